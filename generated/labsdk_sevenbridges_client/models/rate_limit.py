from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.rate import Rate


T = TypeVar("T", bound="RateLimit")


@_attrs_define(slots=False)
class RateLimit:
    """
    Attributes:
        rate (Rate):
        instance_limit (Rate | Unset):
    """

    rate: Rate
    instance_limit: Rate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate.to_dict()

        instance_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_limit, Unset):
            instance_limit = self.instance_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
            }
        )
        if instance_limit is not UNSET:
            field_dict["instance_limit"] = instance_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_rate = d.pop("rate")

        if "instance_limit" in d:
            _raw._raw_instance_limit = d.pop("instance_limit")

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


def _decode_rate(_json_value_: Any) -> Rate:
    rate = Rate.from_dict(_json_value_)

    return rate


def _decode_instance_limit(_json_value_: Any) -> Rate | Unset:
    _instance_limit = _json_value_
    instance_limit: Rate | Unset
    if isinstance(_instance_limit, Unset):
        instance_limit = UNSET
    else:
        instance_limit = Rate.from_dict(_instance_limit)

    return instance_limit


decoded_fields(
    RateLimit,
    {
        "rate": (_decode_rate, "Rate", False),
        "instance_limit": (_decode_instance_limit, "Rate", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.rate import Rate
