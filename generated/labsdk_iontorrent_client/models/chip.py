from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Chip")


@_attrs_define
class Chip:
    """A chip type. Besides these fields, the chip's default analysis arguments (`*args`, strings).

    Attributes:
        id (int):
        resource_uri (str):
        name (str): e.g. "314", "520", "P1.1.17"
        description (str | Unset):
        instrument_type (str | Unset): "", "pgm", "proton" or "S5"
        is_active (bool | Unset):
        slots (int | Unset):
        early_dat_file_deletion (str | Unset): "", "0" or "1"
        analysisargs (str | Unset):
        basecallerargs (str | Unset):
        beadfindargs (str | Unset):
        calibrateargs (str | Unset):
        alignmentargs (str | Unset):
        ionstatsargs (str | Unset):
        prebasecallerargs (str | Unset):
        prethumbnailbasecallerargs (str | Unset):
        thumbnailanalysisargs (str | Unset):
        thumbnailbasecallerargs (str | Unset):
        thumbnailbeadfindargs (str | Unset):
        thumbnailcalibrateargs (str | Unset):
        thumbnailalignmentargs (str | Unset):
        thumbnailionstatsargs (str | Unset):
    """

    id: int
    resource_uri: str
    name: str
    description: str | Unset = UNSET
    instrument_type: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    slots: int | Unset = UNSET
    early_dat_file_deletion: str | Unset = UNSET
    analysisargs: str | Unset = UNSET
    basecallerargs: str | Unset = UNSET
    beadfindargs: str | Unset = UNSET
    calibrateargs: str | Unset = UNSET
    alignmentargs: str | Unset = UNSET
    ionstatsargs: str | Unset = UNSET
    prebasecallerargs: str | Unset = UNSET
    prethumbnailbasecallerargs: str | Unset = UNSET
    thumbnailanalysisargs: str | Unset = UNSET
    thumbnailbasecallerargs: str | Unset = UNSET
    thumbnailbeadfindargs: str | Unset = UNSET
    thumbnailcalibrateargs: str | Unset = UNSET
    thumbnailalignmentargs: str | Unset = UNSET
    thumbnailionstatsargs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_uri = self.resource_uri

        name = self.name

        description = self.description

        instrument_type = self.instrument_type

        is_active = self.is_active

        slots = self.slots

        early_dat_file_deletion = self.early_dat_file_deletion

        analysisargs = self.analysisargs

        basecallerargs = self.basecallerargs

        beadfindargs = self.beadfindargs

        calibrateargs = self.calibrateargs

        alignmentargs = self.alignmentargs

        ionstatsargs = self.ionstatsargs

        prebasecallerargs = self.prebasecallerargs

        prethumbnailbasecallerargs = self.prethumbnailbasecallerargs

        thumbnailanalysisargs = self.thumbnailanalysisargs

        thumbnailbasecallerargs = self.thumbnailbasecallerargs

        thumbnailbeadfindargs = self.thumbnailbeadfindargs

        thumbnailcalibrateargs = self.thumbnailcalibrateargs

        thumbnailalignmentargs = self.thumbnailalignmentargs

        thumbnailionstatsargs = self.thumbnailionstatsargs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_uri": resource_uri,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if instrument_type is not UNSET:
            field_dict["instrumentType"] = instrument_type
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if slots is not UNSET:
            field_dict["slots"] = slots
        if early_dat_file_deletion is not UNSET:
            field_dict["earlyDatFileDeletion"] = early_dat_file_deletion
        if analysisargs is not UNSET:
            field_dict["analysisargs"] = analysisargs
        if basecallerargs is not UNSET:
            field_dict["basecallerargs"] = basecallerargs
        if beadfindargs is not UNSET:
            field_dict["beadfindargs"] = beadfindargs
        if calibrateargs is not UNSET:
            field_dict["calibrateargs"] = calibrateargs
        if alignmentargs is not UNSET:
            field_dict["alignmentargs"] = alignmentargs
        if ionstatsargs is not UNSET:
            field_dict["ionstatsargs"] = ionstatsargs
        if prebasecallerargs is not UNSET:
            field_dict["prebasecallerargs"] = prebasecallerargs
        if prethumbnailbasecallerargs is not UNSET:
            field_dict["prethumbnailbasecallerargs"] = prethumbnailbasecallerargs
        if thumbnailanalysisargs is not UNSET:
            field_dict["thumbnailanalysisargs"] = thumbnailanalysisargs
        if thumbnailbasecallerargs is not UNSET:
            field_dict["thumbnailbasecallerargs"] = thumbnailbasecallerargs
        if thumbnailbeadfindargs is not UNSET:
            field_dict["thumbnailbeadfindargs"] = thumbnailbeadfindargs
        if thumbnailcalibrateargs is not UNSET:
            field_dict["thumbnailcalibrateargs"] = thumbnailcalibrateargs
        if thumbnailalignmentargs is not UNSET:
            field_dict["thumbnailalignmentargs"] = thumbnailalignmentargs
        if thumbnailionstatsargs is not UNSET:
            field_dict["thumbnailionstatsargs"] = thumbnailionstatsargs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.resource_uri = d.pop("resource_uri")

        _made.name = d.pop("name")

        _made.description = d.pop("description", UNSET)

        _made.instrument_type = d.pop("instrumentType", UNSET)

        _made.is_active = d.pop("isActive", UNSET)

        _made.slots = d.pop("slots", UNSET)

        _made.early_dat_file_deletion = d.pop("earlyDatFileDeletion", UNSET)

        _made.analysisargs = d.pop("analysisargs", UNSET)

        _made.basecallerargs = d.pop("basecallerargs", UNSET)

        _made.beadfindargs = d.pop("beadfindargs", UNSET)

        _made.calibrateargs = d.pop("calibrateargs", UNSET)

        _made.alignmentargs = d.pop("alignmentargs", UNSET)

        _made.ionstatsargs = d.pop("ionstatsargs", UNSET)

        _made.prebasecallerargs = d.pop("prebasecallerargs", UNSET)

        _made.prethumbnailbasecallerargs = d.pop("prethumbnailbasecallerargs", UNSET)

        _made.thumbnailanalysisargs = d.pop("thumbnailanalysisargs", UNSET)

        _made.thumbnailbasecallerargs = d.pop("thumbnailbasecallerargs", UNSET)

        _made.thumbnailbeadfindargs = d.pop("thumbnailbeadfindargs", UNSET)

        _made.thumbnailcalibrateargs = d.pop("thumbnailcalibrateargs", UNSET)

        _made.thumbnailalignmentargs = d.pop("thumbnailalignmentargs", UNSET)

        _made.thumbnailionstatsargs = d.pop("thumbnailionstatsargs", UNSET)

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
