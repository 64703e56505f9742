from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_credentials import VolumeCredentials
    from ..models.volume_service_update_properties import VolumeServiceUpdateProperties


T = TypeVar("T", bound="VolumeServiceUpdate")


@_attrs_define(slots=False)
class VolumeServiceUpdate:
    """Merged into the volume's service.

    Attributes:
        prefix (str | Unset):
        credentials (VolumeCredentials | Unset): The cloud credentials: `access_key_id` and `secret_access_key` (S3,
            OSS), or `role_arn` and `external_id`
            (S3, an IAM role); `client_email` and `private_key`, or `configuration` (GCS); `tenant_id`, `client_id` and
            `client_secret` (Azure). The secret ones are never returned.
        properties (VolumeServiceUpdateProperties | Unset):
    """

    prefix: str | Unset = UNSET
    credentials: VolumeCredentials | Unset = UNSET
    properties: VolumeServiceUpdateProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.prefix = d.pop("prefix", UNSET)

        if "credentials" in d:
            _raw._raw_credentials = d.pop("credentials")

        if "properties" in d:
            _raw._raw_properties = d.pop("properties")

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


def _decode_credentials(_json_value_: Any) -> VolumeCredentials | Unset:
    _credentials = _json_value_
    credentials: VolumeCredentials | Unset
    if isinstance(_credentials, Unset):
        credentials = UNSET
    else:
        credentials = VolumeCredentials.from_dict(_credentials)

    return credentials


def _decode_properties(_json_value_: Any) -> VolumeServiceUpdateProperties | Unset:
    _properties = _json_value_
    properties: VolumeServiceUpdateProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = VolumeServiceUpdateProperties.from_dict(_properties)

    return properties


decoded_fields(
    VolumeServiceUpdate,
    {
        "credentials": (_decode_credentials, "VolumeCredentials", True),
        "properties": (_decode_properties, "VolumeServiceUpdateProperties", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_credentials import VolumeCredentials
    from ..models.volume_service_update_properties import VolumeServiceUpdateProperties
