from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppRevisionInfo")


@_attrs_define
class AppRevisionInfo:
    """
    Attributes:
        sbgrevision (int | Unset):
        sbgmodified_by (str | Unset):
        sbgmodified_on (int | Unset):
        sbgrevision_notes (None | str | Unset):
    """

    sbgrevision: int | Unset = UNSET
    sbgmodified_by: str | Unset = UNSET
    sbgmodified_on: int | Unset = UNSET
    sbgrevision_notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sbgrevision = self.sbgrevision

        sbgmodified_by = self.sbgmodified_by

        sbgmodified_on = self.sbgmodified_on

        sbgrevision_notes: None | str | Unset
        if isinstance(self.sbgrevision_notes, Unset):
            sbgrevision_notes = UNSET
        else:
            sbgrevision_notes = self.sbgrevision_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sbgrevision is not UNSET:
            field_dict["sbg:revision"] = sbgrevision
        if sbgmodified_by is not UNSET:
            field_dict["sbg:modifiedBy"] = sbgmodified_by
        if sbgmodified_on is not UNSET:
            field_dict["sbg:modifiedOn"] = sbgmodified_on
        if sbgrevision_notes is not UNSET:
            field_dict["sbg:revisionNotes"] = sbgrevision_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.sbgrevision = d.pop("sbg:revision", UNSET)

        _made.sbgmodified_by = d.pop("sbg:modifiedBy", UNSET)

        _made.sbgmodified_on = d.pop("sbg:modifiedOn", UNSET)

        _made.sbgrevision_notes = d.pop("sbg:revisionNotes", UNSET)

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
