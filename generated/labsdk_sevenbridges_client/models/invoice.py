from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.cost import Cost
    from ..models.invoice_period import InvoicePeriod


T = TypeVar("T", bound="Invoice")


@_attrs_define(slots=False)
class Invoice:
    """
    Attributes:
        href (str):
        id (str):
        pending (bool | Unset):
        approval_date (datetime.datetime | None | Unset):
        invoice_period (InvoicePeriod | Unset):
        analysis_costs (Cost | Unset):
        storage_costs (Cost | Unset):
        total (Cost | Unset):
    """

    href: str
    id: str
    pending: bool | Unset = UNSET
    approval_date: datetime.datetime | None | Unset = UNSET
    invoice_period: InvoicePeriod | Unset = UNSET
    analysis_costs: Cost | Unset = UNSET
    storage_costs: Cost | Unset = UNSET
    total: Cost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        pending = self.pending

        approval_date: None | str | Unset
        if isinstance(self.approval_date, Unset):
            approval_date = UNSET
        elif isinstance(self.approval_date, datetime.datetime):
            approval_date = self.approval_date.isoformat()
        else:
            approval_date = self.approval_date

        invoice_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_period, Unset):
            invoice_period = self.invoice_period.to_dict()

        analysis_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_costs, Unset):
            analysis_costs = self.analysis_costs.to_dict()

        storage_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_costs, Unset):
            storage_costs = self.storage_costs.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if pending is not UNSET:
            field_dict["pending"] = pending
        if approval_date is not UNSET:
            field_dict["approval_date"] = approval_date
        if invoice_period is not UNSET:
            field_dict["invoice_period"] = invoice_period
        if analysis_costs is not UNSET:
            field_dict["analysis_costs"] = analysis_costs
        if storage_costs is not UNSET:
            field_dict["storage_costs"] = storage_costs
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        _made.pending = d.pop("pending", UNSET)

        if "approval_date" in d:
            _raw._raw_approval_date = d.pop("approval_date")

        if "invoice_period" in d:
            _raw._raw_invoice_period = d.pop("invoice_period")

        if "analysis_costs" in d:
            _raw._raw_analysis_costs = d.pop("analysis_costs")

        if "storage_costs" in d:
            _raw._raw_storage_costs = d.pop("storage_costs")

        if "total" in d:
            _raw._raw_total = d.pop("total")

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


def _decode_approval_date(_json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_approval_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            approval_date_type_0 = datetime.datetime.fromisoformat(data)

            return approval_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    approval_date = _parse_approval_date(_json_value_)

    return approval_date


def _decode_invoice_period(_json_value_: Any) -> InvoicePeriod | Unset:
    _invoice_period = _json_value_
    invoice_period: InvoicePeriod | Unset
    if isinstance(_invoice_period, Unset):
        invoice_period = UNSET
    else:
        invoice_period = InvoicePeriod.from_dict(_invoice_period)

    return invoice_period


def _decode_analysis_costs(_json_value_: Any) -> Cost | Unset:
    _analysis_costs = _json_value_
    analysis_costs: Cost | Unset
    if isinstance(_analysis_costs, Unset):
        analysis_costs = UNSET
    else:
        analysis_costs = Cost.from_dict(_analysis_costs)

    return analysis_costs


def _decode_storage_costs(_json_value_: Any) -> Cost | Unset:
    _storage_costs = _json_value_
    storage_costs: Cost | Unset
    if isinstance(_storage_costs, Unset):
        storage_costs = UNSET
    else:
        storage_costs = Cost.from_dict(_storage_costs)

    return storage_costs


def _decode_total(_json_value_: Any) -> Cost | Unset:
    _total = _json_value_
    total: Cost | Unset
    if isinstance(_total, Unset):
        total = UNSET
    else:
        total = Cost.from_dict(_total)

    return total


decoded_fields(
    Invoice,
    {
        "approval_date": (_decode_approval_date, "datetime.datetime | None", True),
        "invoice_period": (_decode_invoice_period, "InvoicePeriod", True),
        "analysis_costs": (_decode_analysis_costs, "Cost", True),
        "storage_costs": (_decode_storage_costs, "Cost", True),
        "total": (_decode_total, "Cost", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.cost import Cost
    from ..models.invoice_period import InvoicePeriod
