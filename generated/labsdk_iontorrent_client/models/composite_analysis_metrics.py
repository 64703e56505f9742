from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositeAnalysisMetrics")


@_attrs_define
class CompositeAnalysisMetrics:
    """
    Attributes:
        id (int | Unset):
        bead (int | Unset):
        empty (int | Unset):
        excluded (int | Unset):
        ignored (int | Unset):
        lib (int | Unset):
        lib_final (int | Unset):
        live (int | Unset):
        pinned (int | Unset):
        total_wells (int | Unset):
        resource_uri (str | Unset):
    """

    id: int | Unset = UNSET
    bead: int | Unset = UNSET
    empty: int | Unset = UNSET
    excluded: int | Unset = UNSET
    ignored: int | Unset = UNSET
    lib: int | Unset = UNSET
    lib_final: int | Unset = UNSET
    live: int | Unset = UNSET
    pinned: int | Unset = UNSET
    total_wells: int | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bead = self.bead

        empty = self.empty

        excluded = self.excluded

        ignored = self.ignored

        lib = self.lib

        lib_final = self.lib_final

        live = self.live

        pinned = self.pinned

        total_wells = self.total_wells

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bead is not UNSET:
            field_dict["bead"] = bead
        if empty is not UNSET:
            field_dict["empty"] = empty
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if ignored is not UNSET:
            field_dict["ignored"] = ignored
        if lib is not UNSET:
            field_dict["lib"] = lib
        if lib_final is not UNSET:
            field_dict["libFinal"] = lib_final
        if live is not UNSET:
            field_dict["live"] = live
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if total_wells is not UNSET:
            field_dict["total_wells"] = total_wells
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.bead = d.pop("bead", UNSET)

        _made.empty = d.pop("empty", UNSET)

        _made.excluded = d.pop("excluded", UNSET)

        _made.ignored = d.pop("ignored", UNSET)

        _made.lib = d.pop("lib", UNSET)

        _made.lib_final = d.pop("libFinal", UNSET)

        _made.live = d.pop("live", UNSET)

        _made.pinned = d.pop("pinned", UNSET)

        _made.total_wells = d.pop("total_wells", UNSET)

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
