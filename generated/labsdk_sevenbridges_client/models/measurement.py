from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.cost import Cost


T = TypeVar("T", bound="Measurement")


@_attrs_define(slots=False)
class Measurement:
    """
    Attributes:
        size (float | Unset):
        unit (str | Unset):
        cost (Cost | Unset):
    """

    size: float | Unset = UNSET
    unit: str | Unset = UNSET
    cost: Cost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        unit = self.unit

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if unit is not UNSET:
            field_dict["unit"] = unit
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.size = d.pop("size", UNSET)

        _made.unit = d.pop("unit", UNSET)

        if "cost" in d:
            _raw._raw_cost = d.pop("cost")

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


def _decode_cost(_json_value_: Any) -> Cost | Unset:
    _cost = _json_value_
    cost: Cost | Unset
    if isinstance(_cost, Unset):
        cost = UNSET
    else:
        cost = Cost.from_dict(_cost)

    return cost


decoded_fields(
    Measurement,
    {
        "cost": (_decode_cost, "Cost", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.cost import Cost
