from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositeQualityMetrics")


@_attrs_define
class CompositeQualityMetrics:
    """
    Attributes:
        id (int | Unset):
        q0_bases (str | Unset):
        q0_mean_read_length (float | Unset):
        q0_reads (int | Unset):
        q20_bases (str | Unset):
        q20_mean_read_length (float | Unset):
        q20_reads (int | Unset):
        resource_uri (str | Unset):
    """

    id: int | Unset = UNSET
    q0_bases: str | Unset = UNSET
    q0_mean_read_length: float | Unset = UNSET
    q0_reads: int | Unset = UNSET
    q20_bases: str | Unset = UNSET
    q20_mean_read_length: float | Unset = UNSET
    q20_reads: int | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        q0_bases = self.q0_bases

        q0_mean_read_length = self.q0_mean_read_length

        q0_reads = self.q0_reads

        q20_bases = self.q20_bases

        q20_mean_read_length = self.q20_mean_read_length

        q20_reads = self.q20_reads

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if q0_bases is not UNSET:
            field_dict["q0_bases"] = q0_bases
        if q0_mean_read_length is not UNSET:
            field_dict["q0_mean_read_length"] = q0_mean_read_length
        if q0_reads is not UNSET:
            field_dict["q0_reads"] = q0_reads
        if q20_bases is not UNSET:
            field_dict["q20_bases"] = q20_bases
        if q20_mean_read_length is not UNSET:
            field_dict["q20_mean_read_length"] = q20_mean_read_length
        if q20_reads is not UNSET:
            field_dict["q20_reads"] = q20_reads
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.q0_bases = d.pop("q0_bases", UNSET)

        _made.q0_mean_read_length = d.pop("q0_mean_read_length", UNSET)

        _made.q0_reads = d.pop("q0_reads", UNSET)

        _made.q20_bases = d.pop("q20_bases", UNSET)

        _made.q20_mean_read_length = d.pop("q20_mean_read_length", UNSET)

        _made.q20_reads = d.pop("q20_reads", UNSET)

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
