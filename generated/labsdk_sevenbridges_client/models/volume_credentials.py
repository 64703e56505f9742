from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_credentials_configuration import VolumeCredentialsConfiguration


T = TypeVar("T", bound="VolumeCredentials")


@_attrs_define(slots=False)
class VolumeCredentials:
    """The cloud credentials: `access_key_id` and `secret_access_key` (S3, OSS), or `role_arn` and `external_id`
    (S3, an IAM role); `client_email` and `private_key`, or `configuration` (GCS); `tenant_id`, `client_id` and
    `client_secret` (Azure). The secret ones are never returned.

        Attributes:
            access_key_id (str | Unset):
            secret_access_key (str | Unset):
            role_arn (str | Unset):
            external_id (str | Unset):
            client_email (str | Unset):
            private_key (str | Unset):
            configuration (VolumeCredentialsConfiguration | Unset):
            tenant_id (str | Unset):
            client_id (str | Unset):
            client_secret (str | Unset):
    """

    access_key_id: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    role_arn: str | Unset = UNSET
    external_id: str | Unset = UNSET
    client_email: str | Unset = UNSET
    private_key: str | Unset = UNSET
    configuration: VolumeCredentialsConfiguration | Unset = UNSET
    tenant_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        role_arn = self.role_arn

        external_id = self.external_id

        client_email = self.client_email

        private_key = self.private_key

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        tenant_id = self.tenant_id

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if secret_access_key is not UNSET:
            field_dict["secret_access_key"] = secret_access_key
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.access_key_id = d.pop("access_key_id", UNSET)

        _made.secret_access_key = d.pop("secret_access_key", UNSET)

        _made.role_arn = d.pop("role_arn", UNSET)

        _made.external_id = d.pop("external_id", UNSET)

        _made.client_email = d.pop("client_email", UNSET)

        _made.private_key = d.pop("private_key", UNSET)

        if "configuration" in d:
            _raw._raw_configuration = d.pop("configuration")

        _made.tenant_id = d.pop("tenant_id", UNSET)

        _made.client_id = d.pop("client_id", UNSET)

        _made.client_secret = d.pop("client_secret", UNSET)

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


def _decode_configuration(_json_value_: Any) -> VolumeCredentialsConfiguration | Unset:
    _configuration = _json_value_
    configuration: VolumeCredentialsConfiguration | Unset
    if isinstance(_configuration, Unset):
        configuration = UNSET
    else:
        configuration = VolumeCredentialsConfiguration.from_dict(_configuration)

    return configuration


decoded_fields(
    VolumeCredentials,
    {
        "configuration": (_decode_configuration, "VolumeCredentialsConfiguration", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_credentials_configuration import VolumeCredentialsConfiguration
