from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_access_mode import VolumeAccessMode
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_service_update import VolumeServiceUpdate


T = TypeVar("T", bound="VolumeUpdate")


@_attrs_define(slots=False)
class VolumeUpdate:
    """
    Attributes:
        description (str | Unset):
        access_mode (VolumeAccessMode | Unset):
        active (bool | Unset):
        service (VolumeServiceUpdate | Unset): Merged into the volume's service.
    """

    description: str | Unset = UNSET
    access_mode: VolumeAccessMode | Unset = UNSET
    active: bool | Unset = UNSET
    service: VolumeServiceUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        access_mode: str | Unset = UNSET
        if not isinstance(self.access_mode, Unset):
            access_mode = self.access_mode.value

        active = self.active

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if active is not UNSET:
            field_dict["active"] = active
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.description = d.pop("description", UNSET)

        if "access_mode" in d:
            _raw._raw_access_mode = d.pop("access_mode")

        _made.active = d.pop("active", UNSET)

        if "service" in d:
            _raw._raw_service = d.pop("service")

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


def _decode_access_mode(_json_value_: Any) -> VolumeAccessMode | Unset:
    _access_mode = _json_value_
    access_mode: VolumeAccessMode | Unset
    if isinstance(_access_mode, Unset):
        access_mode = UNSET
    else:
        access_mode = VolumeAccessMode(_access_mode)

    return access_mode


def _decode_service(_json_value_: Any) -> VolumeServiceUpdate | Unset:
    _service = _json_value_
    service: VolumeServiceUpdate | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = VolumeServiceUpdate.from_dict(_service)

    return service


decoded_fields(
    VolumeUpdate,
    {
        "access_mode": (_decode_access_mode, "VolumeAccessMode", True),
        "service": (_decode_service, "VolumeServiceUpdate", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_service_update import VolumeServiceUpdate
