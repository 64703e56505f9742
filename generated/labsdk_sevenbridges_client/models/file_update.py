from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="FileUpdate")


@_attrs_define(slots=False)
class FileUpdate:
    """
    Attributes:
        name (str | Unset):
        metadata (Metadata | Unset): Free-form metadata: `{key: value}`.
        tags (list[str] | Unset):
    """

    name: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        _made.name = d.pop("name", UNSET)

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


def _decode_metadata(_json_value_: Any) -> Metadata | Unset:
    _metadata = _json_value_
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


decoded_fields(
    FileUpdate,
    {
        "metadata": (_decode_metadata, "Metadata", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.metadata import Metadata
