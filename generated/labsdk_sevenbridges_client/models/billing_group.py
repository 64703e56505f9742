from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BillingGroup")


@_attrs_define(slots=False)
class BillingGroup:
    """
    Attributes:
        href (str):
        id (UUID):
        owner (str | Unset):
        name (str | Unset):
        type_ (str | Unset): `free`, `regular`, ...
        pending (bool | Unset):
        disabled (bool | Unset):
        balance (Money | Unset):
    """

    href: str
    id: UUID
    owner: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    pending: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    balance: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = str(self.id)

        owner = self.owner

        name = self.name

        type_ = self.type_

        pending = self.pending

        disabled = self.disabled

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pending is not UNSET:
            field_dict["pending"] = pending
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _raw._raw_id = d.pop("id")

        _made.owner = d.pop("owner", UNSET)

        _made.name = d.pop("name", UNSET)

        _made.type_ = d.pop("type", UNSET)

        _made.pending = d.pop("pending", UNSET)

        _made.disabled = d.pop("disabled", UNSET)

        if "balance" in d:
            _raw._raw_balance = d.pop("balance")

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


def _decode_id(_json_value_: Any) -> UUID:
    id = UUID(_json_value_)

    return id


def _decode_balance(_json_value_: Any) -> Money | Unset:
    _balance = _json_value_
    balance: Money | Unset
    if isinstance(_balance, Unset):
        balance = UNSET
    else:
        balance = Money.from_dict(_balance)

    return balance


decoded_fields(
    BillingGroup,
    {
        "id": (_decode_id, "UUID", False),
        "balance": (_decode_balance, "Money", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.money import Money
