from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositePlan")


@_attrs_define
class CompositePlan:
    """
    Attributes:
        id (int | Unset):
        run_type (str | Unset):
        sample_tube_label (None | str | Unset):
        resource_uri (str | Unset):
    """

    id: int | Unset = UNSET
    run_type: str | Unset = UNSET
    sample_tube_label: None | str | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_type = self.run_type

        sample_tube_label: None | str | Unset
        if isinstance(self.sample_tube_label, Unset):
            sample_tube_label = UNSET
        else:
            sample_tube_label = self.sample_tube_label

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if run_type is not UNSET:
            field_dict["runType"] = run_type
        if sample_tube_label is not UNSET:
            field_dict["sampleTubeLabel"] = sample_tube_label
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.run_type = d.pop("runType", UNSET)

        _made.sample_tube_label = d.pop("sampleTubeLabel", UNSET)

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
