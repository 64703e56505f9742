from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionSettings")


@_attrs_define
class ExecutionSettings:
    """
    Attributes:
        instance_type (str | Unset): `c4.2xlarge;ebs-gp2;2000`.
        max_parallel_instances (int | Unset):
        use_memoization (bool | Unset):
        use_elastic_disk (bool | Unset):
    """

    instance_type: str | Unset = UNSET
    max_parallel_instances: int | Unset = UNSET
    use_memoization: bool | Unset = UNSET
    use_elastic_disk: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        max_parallel_instances = self.max_parallel_instances

        use_memoization = self.use_memoization

        use_elastic_disk = self.use_elastic_disk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_type is not UNSET:
            field_dict["instance_type"] = instance_type
        if max_parallel_instances is not UNSET:
            field_dict["max_parallel_instances"] = max_parallel_instances
        if use_memoization is not UNSET:
            field_dict["use_memoization"] = use_memoization
        if use_elastic_disk is not UNSET:
            field_dict["use_elastic_disk"] = use_elastic_disk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.instance_type = d.pop("instance_type", UNSET)

        _made.max_parallel_instances = d.pop("max_parallel_instances", UNSET)

        _made.use_memoization = d.pop("use_memoization", UNSET)

        _made.use_elastic_disk = d.pop("use_elastic_disk", UNSET)

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
