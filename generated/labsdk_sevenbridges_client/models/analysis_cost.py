from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.cost_breakdown import CostBreakdown


T = TypeVar("T", bound="AnalysisCost")


@_attrs_define(slots=False)
class AnalysisCost:
    """
    Attributes:
        currency (str | Unset):
        amount (str | Unset):
        breakdown (CostBreakdown | Unset):
    """

    currency: str | Unset = UNSET
    amount: str | Unset = UNSET
    breakdown: CostBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = self.breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.currency = d.pop("currency", UNSET)

        _made.amount = d.pop("amount", UNSET)

        if "breakdown" in d:
            _raw._raw_breakdown = d.pop("breakdown")

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


def _decode_breakdown(_json_value_: Any) -> CostBreakdown | Unset:
    _breakdown = _json_value_
    breakdown: CostBreakdown | Unset
    if isinstance(_breakdown, Unset):
        breakdown = UNSET
    else:
        breakdown = CostBreakdown.from_dict(_breakdown)

    return breakdown


decoded_fields(
    AnalysisCost,
    {
        "breakdown": (_decode_breakdown, "CostBreakdown", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.cost_breakdown import CostBreakdown
