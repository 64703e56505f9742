from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_public_credentials import VolumePublicCredentials
    from ..models.volume_service_properties import VolumeServiceProperties


T = TypeVar("T", bound="VolumeService")


@_attrs_define(slots=False)
class VolumeService:
    """
    Attributes:
        type_ (str | Unset): `S3`, `GCS`, `AZURE` or `OSS`.
        bucket (str | Unset):
        container (str | Unset):
        storage_account (str | Unset):
        prefix (str | Unset):
        endpoint (str | Unset):
        root_url (str | Unset):
        credentials (VolumePublicCredentials | Unset): The credentials' identifying parts (never the secret ones).
        properties (VolumeServiceProperties | Unset):
    """

    type_: str | Unset = UNSET
    bucket: str | Unset = UNSET
    container: str | Unset = UNSET
    storage_account: str | Unset = UNSET
    prefix: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    root_url: str | Unset = UNSET
    credentials: VolumePublicCredentials | Unset = UNSET
    properties: VolumeServiceProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        bucket = self.bucket

        container = self.container

        storage_account = self.storage_account

        prefix = self.prefix

        endpoint = self.endpoint

        root_url = self.root_url

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        _made.type_ = d.pop("type", UNSET)

        _made.bucket = d.pop("bucket", UNSET)

        _made.container = d.pop("container", UNSET)

        _made.storage_account = d.pop("storage_account", UNSET)

        _made.prefix = d.pop("prefix", UNSET)

        _made.endpoint = d.pop("endpoint", UNSET)

        _made.root_url = d.pop("root_url", UNSET)

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


def _decode_credentials(_json_value_: Any) -> VolumePublicCredentials | Unset:
    _credentials = _json_value_
    credentials: VolumePublicCredentials | Unset
    if isinstance(_credentials, Unset):
        credentials = UNSET
    else:
        credentials = VolumePublicCredentials.from_dict(_credentials)

    return credentials


def _decode_properties(_json_value_: Any) -> VolumeServiceProperties | Unset:
    _properties = _json_value_
    properties: VolumeServiceProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = VolumeServiceProperties.from_dict(_properties)

    return properties


decoded_fields(
    VolumeService,
    {
        "credentials": (_decode_credentials, "VolumePublicCredentials", True),
        "properties": (_decode_properties, "VolumeServiceProperties", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_public_credentials import VolumePublicCredentials
    from ..models.volume_service_properties import VolumeServiceProperties
