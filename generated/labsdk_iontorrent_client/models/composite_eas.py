from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositeEas")


@_attrs_define
class CompositeEas:
    """The report's analysis settings (nested).

    Attributes:
        barcode_kit_name (None | str | Unset):
        chip_type (str | Unset):
        is_pq (bool | Unset):
        reference (str | Unset):
        references (str | Unset):
        resource_uri (str | Unset):
    """

    barcode_kit_name: None | str | Unset = UNSET
    chip_type: str | Unset = UNSET
    is_pq: bool | Unset = UNSET
    reference: str | Unset = UNSET
    references: str | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode_kit_name: None | str | Unset
        if isinstance(self.barcode_kit_name, Unset):
            barcode_kit_name = UNSET
        else:
            barcode_kit_name = self.barcode_kit_name

        chip_type = self.chip_type

        is_pq = self.is_pq

        reference = self.reference

        references = self.references

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode_kit_name is not UNSET:
            field_dict["barcodeKitName"] = barcode_kit_name
        if chip_type is not UNSET:
            field_dict["chipType"] = chip_type
        if is_pq is not UNSET:
            field_dict["isPQ"] = is_pq
        if reference is not UNSET:
            field_dict["reference"] = reference
        if references is not UNSET:
            field_dict["references"] = references
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.barcode_kit_name = d.pop("barcodeKitName", UNSET)

        _made.chip_type = d.pop("chipType", UNSET)

        _made.is_pq = d.pop("isPQ", UNSET)

        _made.reference = d.pop("reference", UNSET)

        _made.references = d.pop("references", UNSET)

        _made.resource_uri = d.pop("resource_uri", UNSET)

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
