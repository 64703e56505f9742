from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.import_create_properties import ImportCreateProperties
    from ..models.import_destination import ImportDestination
    from ..models.volume_location import VolumeLocation


T = TypeVar("T", bound="ImportCreate")


@_attrs_define(slots=False)
class ImportCreate:
    """
    Attributes:
        source (VolumeLocation):
        destination (ImportDestination): Exactly one of `project` (its root) and `parent` (a folder); `name` defaults to
            the location's last part.
        overwrite (bool | Unset):
        autorename (bool | Unset):
        preserve_folder_structure (bool | Unset):
        properties (ImportCreateProperties | Unset):
    """

    source: VolumeLocation
    destination: ImportDestination
    overwrite: bool | Unset = UNSET
    autorename: bool | Unset = UNSET
    preserve_folder_structure: bool | Unset = UNSET
    properties: ImportCreateProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        destination = self.destination.to_dict()

        overwrite = self.overwrite

        autorename = self.autorename

        preserve_folder_structure = self.preserve_folder_structure

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
        if autorename is not UNSET:
            field_dict["autorename"] = autorename
        if preserve_folder_structure is not UNSET:
            field_dict["preserve_folder_structure"] = preserve_folder_structure
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

        _made.autorename = d.pop("autorename", UNSET)

        _made.preserve_folder_structure = d.pop("preserve_folder_structure", UNSET)

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


def _decode_source(_json_value_: Any) -> VolumeLocation:
    source = VolumeLocation.from_dict(_json_value_)

    return source


def _decode_destination(_json_value_: Any) -> ImportDestination:
    destination = ImportDestination.from_dict(_json_value_)

    return destination


def _decode_properties(_json_value_: Any) -> ImportCreateProperties | Unset:
    _properties = _json_value_
    properties: ImportCreateProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = ImportCreateProperties.from_dict(_properties)

    return properties


decoded_fields(
    ImportCreate,
    {
        "source": (_decode_source, "VolumeLocation", False),
        "destination": (_decode_destination, "ImportDestination", False),
        "properties": (_decode_properties, "ImportCreateProperties", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.import_create_properties import ImportCreateProperties
    from ..models.import_destination import ImportDestination
    from ..models.volume_location import VolumeLocation
