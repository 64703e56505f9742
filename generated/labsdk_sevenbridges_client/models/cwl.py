from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cwl_class import CwlClass
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="Cwl")


@_attrs_define(slots=False)
class Cwl:
    """A CWL process (its other properties pass through as they are); the platform's answers add `sbg:id`,
    `sbg:revision`, `sbg:latestRevision`, `sbg:revisionsInfo`, `sbg:project`, `sbg:createdBy`, ...

        Attributes:
            class_ (CwlClass):
            cwl_version (str | Unset):
            label (str | Unset):
    """

    class_: CwlClass
    cwl_version: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        class_ = self.class_.value

        cwl_version = self.cwl_version

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "class": class_,
            }
        )
        if cwl_version is not UNSET:
            field_dict["cwlVersion"] = cwl_version
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_class_ = d.pop("class")

        _made.cwl_version = d.pop("cwlVersion", UNSET)

        _made.label = d.pop("label", UNSET)

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


def _decode_class_(_json_value_: Any) -> CwlClass:
    class_ = CwlClass(_json_value_)

    return class_


decoded_fields(
    Cwl,
    {
        "class_": (_decode_class_, "CwlClass", False),
    },
)
