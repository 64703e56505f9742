from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, decoded_fields

if TYPE_CHECKING:
    from ..models.part_response import PartResponse


T = TypeVar("T", bound="PartReport")


@_attrs_define(slots=False)
class PartReport:
    """
    Attributes:
        part_number (int):
        response (PartResponse):
    """

    part_number: int
    response: PartResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_number = self.part_number

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "part_number": part_number,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _state = _made.__dict__
        _state.update(zip(_PartReport_REQUIRED_NAMES, map(src_dict.__getitem__, _PartReport_REQUIRED_KEYS)))
        _extra = src_dict.keys() - _PartReport_KEYS
        _made.additional_properties = {k: v for k, v in src_dict.items() if k in _extra} if _extra else {}
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


def _decode_response(_json_value_: Any) -> PartResponse:
    response = PartResponse.from_dict(_json_value_)

    return response


_PartReport_REQUIRED_KEYS = (
    "part_number",
    "response",
)
_PartReport_REQUIRED_NAMES = (
    "part_number",
    "_raw_response",
)
_PartReport_OPTIONAL_KEYS = ()
_PartReport_OPTIONAL_NAMES = ()
_PartReport_UNSETS = (UNSET,) * 0
_PartReport_KEYS = frozenset(_PartReport_REQUIRED_KEYS + _PartReport_OPTIONAL_KEYS)
decoded_fields(
    PartReport,
    {
        "response": (_decode_response, "PartResponse", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.part_response import PartResponse
