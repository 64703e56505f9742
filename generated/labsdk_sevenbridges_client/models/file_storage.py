from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileStorage")


@_attrs_define
class FileStorage:
    """
    Attributes:
        type_ (str | Unset): `PLATFORM` or `VOLUME`.
        volume (str | Unset):
        location (str | Unset):
        hosted_on_locations (list[str] | Unset):
    """

    type_: str | Unset = UNSET
    volume: str | Unset = UNSET
    location: str | Unset = UNSET
    hosted_on_locations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        volume = self.volume

        location = self.location

        hosted_on_locations: list[str] | Unset = UNSET
        if not isinstance(self.hosted_on_locations, Unset):
            hosted_on_locations = self.hosted_on_locations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if volume is not UNSET:
            field_dict["volume"] = volume
        if location is not UNSET:
            field_dict["location"] = location
        if hosted_on_locations is not UNSET:
            field_dict["hosted_on_locations"] = hosted_on_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.type_ = d.pop("type", UNSET)

        _made.volume = d.pop("volume", UNSET)

        _made.location = d.pop("location", UNSET)

        _made.hosted_on_locations = d.pop("hosted_on_locations", UNSET)

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
