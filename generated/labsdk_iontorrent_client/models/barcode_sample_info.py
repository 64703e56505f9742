from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nucleotide_type import NucleotideType
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="BarcodeSampleInfo")


@_attrs_define(slots=False)
class BarcodeSampleInfo:
    """What one barcode of a sample holds.

    Attributes:
        description (str | Unset):
        nucleotide_type (NucleotideType | str | Unset):
        reference (str | Unset):
        target_region_bed_file (str | Unset):
        hot_spot_region_bed_file (str | Unset):
    """

    description: str | Unset = UNSET
    nucleotide_type: NucleotideType | str | Unset = UNSET
    reference: str | Unset = UNSET
    target_region_bed_file: str | Unset = UNSET
    hot_spot_region_bed_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        nucleotide_type: str | Unset
        if isinstance(self.nucleotide_type, Unset):
            nucleotide_type = UNSET
        elif isinstance(self.nucleotide_type, NucleotideType):
            nucleotide_type = self.nucleotide_type.value
        else:
            nucleotide_type = self.nucleotide_type

        reference = self.reference

        target_region_bed_file = self.target_region_bed_file

        hot_spot_region_bed_file = self.hot_spot_region_bed_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if nucleotide_type is not UNSET:
            field_dict["nucleotideType"] = nucleotide_type
        if reference is not UNSET:
            field_dict["reference"] = reference
        if target_region_bed_file is not UNSET:
            field_dict["targetRegionBedFile"] = target_region_bed_file
        if hot_spot_region_bed_file is not UNSET:
            field_dict["hotSpotRegionBedFile"] = hot_spot_region_bed_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.description = d.pop("description", UNSET)

        if "nucleotideType" in d:
            _raw._raw_nucleotide_type = d.pop("nucleotideType")

        _made.reference = d.pop("reference", UNSET)

        _made.target_region_bed_file = d.pop("targetRegionBedFile", UNSET)

        _made.hot_spot_region_bed_file = d.pop("hotSpotRegionBedFile", UNSET)

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


def _decode_nucleotide_type(_json_value_: Any) -> NucleotideType | str | Unset:
    def _parse_nucleotide_type(data: object) -> NucleotideType | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            nucleotide_type_type_0 = NucleotideType(data)

            return nucleotide_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(NucleotideType | str | Unset, data)

    nucleotide_type = _parse_nucleotide_type(_json_value_)

    return nucleotide_type


decoded_fields(
    BarcodeSampleInfo,
    {
        "nucleotide_type": (_decode_nucleotide_type, "NucleotideType | str", True),
    },
)
