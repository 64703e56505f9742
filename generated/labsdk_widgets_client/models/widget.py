from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="Widget")


@_attrs_define(slots=False)
class Widget:
    """
    Attributes:
        id (str):
        name (str):
        color (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        size (int | Unset):
        part_count (int | Unset):
    """

    id: str
    name: str
    color: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    size: int | Unset = UNSET
    part_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color = self.color

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        size = self.size

        part_count = self.part_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if part_count is not UNSET:
            field_dict["partCount"] = part_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.name = d.pop("name")

        _made.color = d.pop("color")

        _raw._raw_created_at = d.pop("createdAt")

        _raw._raw_updated_at = d.pop("updatedAt")

        _made.size = d.pop("size", UNSET)

        _made.part_count = d.pop("partCount", UNSET)

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


decoded_fields(
    Widget,
    {
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
        "updated_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
    },
)
