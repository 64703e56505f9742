from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_access_mode import VolumeAccessMode
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_service import VolumeService


T = TypeVar("T", bound="Volume")


@_attrs_define(slots=False)
class Volume:
    """
    Attributes:
        href (str):
        id (str): `owner/volume_name`.
        name (str | Unset):
        description (str | Unset):
        access_mode (str | Unset | VolumeAccessMode):
        service (VolumeService | Unset):
        created_on (datetime.datetime | Unset):
        modified_on (datetime.datetime | Unset):
        active (bool | Unset):
    """

    href: str
    id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    access_mode: str | Unset | VolumeAccessMode = UNSET
    service: VolumeService | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        name = self.name

        description = self.description

        access_mode: str | Unset
        if isinstance(self.access_mode, Unset):
            access_mode = UNSET
        elif isinstance(self.access_mode, VolumeAccessMode):
            access_mode = self.access_mode.value
        else:
            access_mode = self.access_mode

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if service is not UNSET:
            field_dict["service"] = service
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        _made.name = d.pop("name", UNSET)

        _made.description = d.pop("description", UNSET)

        if "access_mode" in d:
            _raw._raw_access_mode = d.pop("access_mode")

        if "service" in d:
            _raw._raw_service = d.pop("service")

        if "created_on" in d:
            _raw._raw_created_on = d.pop("created_on")

        if "modified_on" in d:
            _raw._raw_modified_on = d.pop("modified_on")

        _made.active = d.pop("active", UNSET)

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


def _decode_access_mode(_json_value_: Any) -> str | Unset | VolumeAccessMode:
    def _parse_access_mode(data: object) -> str | Unset | VolumeAccessMode:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            access_mode_type_0 = VolumeAccessMode(data)

            return access_mode_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(str | Unset | VolumeAccessMode, data)

    access_mode = _parse_access_mode(_json_value_)

    return access_mode


def _decode_service(_json_value_: Any) -> VolumeService | Unset:
    _service = _json_value_
    service: VolumeService | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = VolumeService.from_dict(_service)

    return service


decoded_fields(
    Volume,
    {
        "access_mode": (_decode_access_mode, "str | VolumeAccessMode", True),
        "service": (_decode_service, "VolumeService", True),
        "created_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "modified_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_service import VolumeService
