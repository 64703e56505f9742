from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositeLibMetrics")


@_attrs_define
class CompositeLibMetrics:
    """
    Attributes:
        id (int | Unset):
        ave_key_counts (float | Unset):
        i_100q20_reads (int | Unset):
        q20_mean_alignment_length (int | Unset):
        resource_uri (str | Unset):
    """

    id: int | Unset = UNSET
    ave_key_counts: float | Unset = UNSET
    i_100q20_reads: int | Unset = UNSET
    q20_mean_alignment_length: int | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ave_key_counts = self.ave_key_counts

        i_100q20_reads = self.i_100q20_reads

        q20_mean_alignment_length = self.q20_mean_alignment_length

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ave_key_counts is not UNSET:
            field_dict["aveKeyCounts"] = ave_key_counts
        if i_100q20_reads is not UNSET:
            field_dict["i100Q20_reads"] = i_100q20_reads
        if q20_mean_alignment_length is not UNSET:
            field_dict["q20_mean_alignment_length"] = q20_mean_alignment_length
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.ave_key_counts = d.pop("aveKeyCounts", UNSET)

        _made.i_100q20_reads = d.pop("i100Q20_reads", UNSET)

        _made.q20_mean_alignment_length = d.pop("q20_mean_alignment_length", UNSET)

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
