from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_object_metadata import VolumeObjectMetadata


T = TypeVar("T", bound="VolumeObject")


@_attrs_define(slots=False)
class VolumeObject:
    """
    Attributes:
        href (str):
        location (str):
        volume (str | Unset):
        type_ (str | Unset): `s3`, `gcs`, `azure` or `oss`.
        metadata (VolumeObjectMetadata | Unset): The cloud's metadata of the object (`size`, `etag`, `contentType`,
            ...).
    """

    href: str
    location: str
    volume: str | Unset = UNSET
    type_: str | Unset = UNSET
    metadata: VolumeObjectMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        location = self.location

        volume = self.volume

        type_ = self.type_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "location": location,
            }
        )
        if volume is not UNSET:
            field_dict["volume"] = volume
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.location = d.pop("location")

        _made.volume = d.pop("volume", UNSET)

        _made.type_ = d.pop("type", UNSET)

        if "metadata" in d:
            _raw._raw_metadata = d.pop("metadata")

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


def _decode_metadata(_json_value_: Any) -> VolumeObjectMetadata | Unset:
    _metadata = _json_value_
    metadata: VolumeObjectMetadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = VolumeObjectMetadata.from_dict(_metadata)

    return metadata


decoded_fields(
    VolumeObject,
    {
        "metadata": (_decode_metadata, "VolumeObjectMetadata", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_object_metadata import VolumeObjectMetadata
