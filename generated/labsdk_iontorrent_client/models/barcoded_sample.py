from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.barcoded_sample_barcode_sample_info import BarcodedSampleBarcodeSampleInfo


T = TypeVar("T", bound="BarcodedSample")


@_attrs_define(slots=False)
class BarcodedSample:
    """One sample of a barcoded plan; its barcodes, and per barcode what it holds.

    Attributes:
        barcodes (list[str]):
        barcode_sample_info (BarcodedSampleBarcodeSampleInfo | Unset):
    """

    barcodes: list[str]
    barcode_sample_info: BarcodedSampleBarcodeSampleInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcodes = self.barcodes

        barcode_sample_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode_sample_info, Unset):
            barcode_sample_info = self.barcode_sample_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "barcodes": barcodes,
            }
        )
        if barcode_sample_info is not UNSET:
            field_dict["barcodeSampleInfo"] = barcode_sample_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.barcodes = d.pop("barcodes")

        if "barcodeSampleInfo" in d:
            _raw._raw_barcode_sample_info = d.pop("barcodeSampleInfo")

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


def _decode_barcode_sample_info(_json_value_: Any) -> BarcodedSampleBarcodeSampleInfo | Unset:
    _barcode_sample_info = _json_value_
    barcode_sample_info: BarcodedSampleBarcodeSampleInfo | Unset
    if isinstance(_barcode_sample_info, Unset):
        barcode_sample_info = UNSET
    else:
        barcode_sample_info = BarcodedSampleBarcodeSampleInfo.from_dict(_barcode_sample_info)

    return barcode_sample_info


decoded_fields(
    BarcodedSample,
    {
        "barcode_sample_info": (_decode_barcode_sample_info, "BarcodedSampleBarcodeSampleInfo", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.barcoded_sample_barcode_sample_info import BarcodedSampleBarcodeSampleInfo
