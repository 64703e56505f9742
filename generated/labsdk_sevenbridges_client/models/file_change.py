from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="FileChange")


@_attrs_define(slots=False)
class FileChange:
    """One file's new details; see the operation for what an omitted (or null) field means.

    Attributes:
        id (str): A file or folder id (24 hexadecimal characters).
        name (None | str | Unset):
        tags (list[str] | None | Unset):
        metadata (Metadata | None | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.name = d.pop("name", UNSET)

        if "tags" in d:
            _raw._raw_tags = d.pop("tags")

        if "metadata" in d:
            _raw._raw_metadata = d.pop("metadata")

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


def _decode_tags(_json_value_: Any) -> list[str] | None | Unset:
    def _parse_tags(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            tags_type_0: list[str] = data

            decode_all(tags_type_0)
            return tags_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[str] | None | Unset, data)

    tags = _parse_tags(_json_value_)

    return tags


def _decode_metadata(_json_value_: Any) -> Metadata | None | Unset:
    def _parse_metadata(data: object) -> Metadata | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_0 = Metadata.from_dict(data)

            decode_all(metadata_type_0)
            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Metadata | None | Unset, data)

    metadata = _parse_metadata(_json_value_)

    return metadata


decoded_fields(
    FileChange,
    {
        "tags": (_decode_tags, "list[str] | None", True),
        "metadata": (_decode_metadata, "Metadata | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.metadata import Metadata
