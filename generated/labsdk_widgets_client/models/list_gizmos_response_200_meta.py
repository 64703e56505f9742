from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListGizmosResponse200Meta")


@_attrs_define
class ListGizmosResponse200Meta:
    """
    Attributes:
        limit (int | Unset):
        next_ (None | str | Unset):
        offset (int | Unset):
        previous (None | str | Unset):
        total_count (int | Unset):
    """

    limit: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    offset: int | Unset = UNSET
    previous: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        offset = self.offset

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_ is not UNSET:
            field_dict["next"] = next_
        if offset is not UNSET:
            field_dict["offset"] = offset
        if previous is not UNSET:
            field_dict["previous"] = previous
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.limit = d.pop("limit", UNSET)

        _made.next_ = d.pop("next", UNSET)

        _made.offset = d.pop("offset", UNSET)

        _made.previous = d.pop("previous", UNSET)

        _made.total_count = d.pop("total_count", UNSET)

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
