from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_credentials import VolumeCredentials
    from ..models.volume_service_create_properties import VolumeServiceCreateProperties


T = TypeVar("T", bound="VolumeServiceCreate")


@_attrs_define(slots=False)
class VolumeServiceCreate:
    """The cloud service: `type` is `s3`, `gcs`, `azure` or `oss` (any case); S3, GCS and OSS need `bucket` (OSS its
    `endpoint` too), Azure `container` and `storage_account`.

        Attributes:
            type_ (str):
            credentials (VolumeCredentials): The cloud credentials: `access_key_id` and `secret_access_key` (S3, OSS), or
                `role_arn` and `external_id`
                (S3, an IAM role); `client_email` and `private_key`, or `configuration` (GCS); `tenant_id`, `client_id` and
                `client_secret` (Azure). The secret ones are never returned.
            bucket (str | Unset):
            container (str | Unset):
            storage_account (str | Unset):
            prefix (str | Unset):
            endpoint (str | Unset):
            root_url (str | Unset):
            properties (VolumeServiceCreateProperties | Unset):
    """

    type_: str
    credentials: VolumeCredentials
    bucket: str | Unset = UNSET
    container: str | Unset = UNSET
    storage_account: str | Unset = UNSET
    prefix: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    root_url: str | Unset = UNSET
    properties: VolumeServiceCreateProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        credentials = self.credentials.to_dict()

        bucket = self.bucket

        container = self.container

        storage_account = self.storage_account

        prefix = self.prefix

        endpoint = self.endpoint

        root_url = self.root_url

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "credentials": credentials,
            }
        )
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if container is not UNSET:
            field_dict["container"] = container
        if storage_account is not UNSET:
            field_dict["storage_account"] = storage_account
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if root_url is not UNSET:
            field_dict["root_url"] = root_url
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.type_ = d.pop("type")

        _raw._raw_credentials = d.pop("credentials")

        _made.bucket = d.pop("bucket", UNSET)

        _made.container = d.pop("container", UNSET)

        _made.storage_account = d.pop("storage_account", UNSET)

        _made.prefix = d.pop("prefix", UNSET)

        _made.endpoint = d.pop("endpoint", UNSET)

        _made.root_url = d.pop("root_url", UNSET)

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


def _decode_credentials(_json_value_: Any) -> VolumeCredentials:
    credentials = VolumeCredentials.from_dict(_json_value_)

    return credentials


def _decode_properties(_json_value_: Any) -> VolumeServiceCreateProperties | Unset:
    _properties = _json_value_
    properties: VolumeServiceCreateProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = VolumeServiceCreateProperties.from_dict(_properties)

    return properties


decoded_fields(
    VolumeServiceCreate,
    {
        "credentials": (_decode_credentials, "VolumeCredentials", False),
        "properties": (_decode_properties, "VolumeServiceCreateProperties", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_credentials import VolumeCredentials
    from ..models.volume_service_create_properties import VolumeServiceCreateProperties
