from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="CompositeProject")


@_attrs_define(slots=False)
class CompositeProject:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        modified (datetime.datetime | Unset):
        resource_uri (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if modified is not UNSET:
            field_dict["modified"] = modified
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.name = d.pop("name", UNSET)

        if "modified" in d:
            _raw._raw_modified = d.pop("modified")

        _made.resource_uri = d.pop("resource_uri", UNSET)

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
    CompositeProject,
    {
        "modified": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)
