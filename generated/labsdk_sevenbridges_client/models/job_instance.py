from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.job_instance_disk import JobInstanceDisk


T = TypeVar("T", bound="JobInstance")


@_attrs_define(slots=False)
class JobInstance:
    """
    Attributes:
        id (str | Unset):
        type_ (str | Unset):
        provider (str | Unset):
        disk (JobInstanceDisk | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    provider: str | Unset = UNSET
    disk: JobInstanceDisk | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        provider = self.provider

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if provider is not UNSET:
            field_dict["provider"] = provider
        if disk is not UNSET:
            field_dict["disk"] = disk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.type_ = d.pop("type", UNSET)

        _made.provider = d.pop("provider", UNSET)

        if "disk" in d:
            _raw._raw_disk = d.pop("disk")

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


def _decode_disk(_json_value_: Any) -> JobInstanceDisk | Unset:
    _disk = _json_value_
    disk: JobInstanceDisk | Unset
    if isinstance(_disk, Unset):
        disk = UNSET
    else:
        disk = JobInstanceDisk.from_dict(_disk)

    return disk


decoded_fields(
    JobInstance,
    {
        "disk": (_decode_disk, "JobInstanceDisk", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.job_instance_disk import JobInstanceDisk
