from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.export_create_properties import ExportCreateProperties
    from ..models.export_create_source import ExportCreateSource
    from ..models.volume_location import VolumeLocation


T = TypeVar("T", bound="ExportCreate")


@_attrs_define(slots=False)
class ExportCreate:
    """
    Attributes:
        source (ExportCreateSource):
        destination (VolumeLocation):
        overwrite (bool | Unset):
        properties (ExportCreateProperties | Unset):
    """

    source: ExportCreateSource
    destination: VolumeLocation
    overwrite: bool | Unset = UNSET
    properties: ExportCreateProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        destination = self.destination.to_dict()

        overwrite = self.overwrite

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_source = d.pop("source")

        _raw._raw_destination = d.pop("destination")

        _made.overwrite = d.pop("overwrite", UNSET)

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


def _decode_source(_json_value_: Any) -> ExportCreateSource:
    source = ExportCreateSource.from_dict(_json_value_)

    return source


def _decode_destination(_json_value_: Any) -> VolumeLocation:
    destination = VolumeLocation.from_dict(_json_value_)

    return destination


def _decode_properties(_json_value_: Any) -> ExportCreateProperties | Unset:
    _properties = _json_value_
    properties: ExportCreateProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = ExportCreateProperties.from_dict(_properties)

    return properties


decoded_fields(
    ExportCreate,
    {
        "source": (_decode_source, "ExportCreateSource", False),
        "destination": (_decode_destination, "VolumeLocation", False),
        "properties": (_decode_properties, "ExportCreateProperties", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.export_create_properties import ExportCreateProperties
    from ..models.export_create_source import ExportCreateSource
    from ..models.volume_location import VolumeLocation
