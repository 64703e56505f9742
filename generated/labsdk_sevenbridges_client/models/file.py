from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_kind import FileKind
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.file_origin import FileOrigin
    from ..models.file_storage import FileStorage
    from ..models.metadata import Metadata


T = TypeVar("T", bound="File")


@_attrs_define(slots=False)
class File:
    """
    Attributes:
        href (str):
        id (str): A file or folder id (24 hexadecimal characters).
        name (str | Unset):
        size (int | Unset):
        project (str | Unset):
        parent (str | Unset):
        type_ (FileKind | str | Unset):
        created_on (datetime.datetime | Unset):
        modified_on (datetime.datetime | Unset):
        storage (FileStorage | Unset):
        origin (FileOrigin | Unset):
        metadata (Metadata | Unset): Free-form metadata: `{key: value}`.
        tags (list[str] | Unset):
    """

    href: str
    id: str
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    type_: FileKind | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    storage: FileStorage | Unset = UNSET
    origin: FileOrigin | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        name = self.name

        size = self.size

        project = self.project

        parent = self.parent

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FileKind):
            type_ = self.type_.value
        else:
            type_ = self.type_

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if storage is not UNSET:
            field_dict["storage"] = storage
        if origin is not UNSET:
            field_dict["origin"] = origin
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        _made.name = d.pop("name", UNSET)

        _made.size = d.pop("size", UNSET)

        _made.project = d.pop("project", UNSET)

        _made.parent = d.pop("parent", UNSET)

        if "type" in d:
            _raw._raw_type_ = d.pop("type")

        if "created_on" in d:
            _raw._raw_created_on = d.pop("created_on")

        if "modified_on" in d:
            _raw._raw_modified_on = d.pop("modified_on")

        if "storage" in d:
            _raw._raw_storage = d.pop("storage")

        if "origin" in d:
            _raw._raw_origin = d.pop("origin")

        if "metadata" in d:
            _raw._raw_metadata = d.pop("metadata")

        _made.tags = d.pop("tags", UNSET)

        _made.additional_properties = d
        return _made

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_type_(_json_value_: Any) -> FileKind | str | Unset:
    def _parse_type_(data: object) -> FileKind | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = FileKind(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FileKind | str | Unset, data)

    type_ = _parse_type_(_json_value_)

    return type_


def _decode_storage(_json_value_: Any) -> FileStorage | Unset:
    _storage = _json_value_
    storage: FileStorage | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = FileStorage.from_dict(_storage)

    return storage


def _decode_origin(_json_value_: Any) -> FileOrigin | Unset:
    _origin = _json_value_
    origin: FileOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = FileOrigin.from_dict(_origin)

    return origin


def _decode_metadata(_json_value_: Any) -> Metadata | Unset:
    _metadata = _json_value_
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


decoded_fields(
    File,
    {
        "type_": (_decode_type_, "FileKind | str", True),
        "created_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "modified_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "storage": (_decode_storage, "FileStorage", True),
        "origin": (_decode_origin, "FileOrigin", True),
        "metadata": (_decode_metadata, "Metadata", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.file_origin import FileOrigin
    from ..models.file_storage import FileStorage
    from ..models.metadata import Metadata
