from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_type import BatchType
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="BatchBy")


@_attrs_define(slots=False)
class BatchBy:
    """`ITEM`: one child task per file of the batch input; `CRITERIA`: one per group of files sharing the `criteria`
    (`metadata.sample_id`, ...).

        Attributes:
            type_ (BatchType):
            criteria (list[str] | Unset):
    """

    type_: BatchType
    criteria: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        criteria: list[str] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_type_ = d.pop("type")

        _made.criteria = d.pop("criteria", UNSET)

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


def _decode_type_(_json_value_: Any) -> BatchType:
    type_ = BatchType(_json_value_)

    return type_


decoded_fields(
    BatchBy,
    {
        "type_": (_decode_type_, "BatchType", False),
    },
)
