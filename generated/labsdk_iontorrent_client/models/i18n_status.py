from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.i18n_status_state import I18NStatusState
from ..types import decoded_fields

T = TypeVar("T", bound="I18NStatus")


@_attrs_define(slots=False)
class I18NStatus:
    """Schema says string; the server sends this object.

    Attributes:
        i18n (str): The status as displayed (translated).
        state (I18NStatusState | str):
    """

    i18n: str
    state: I18NStatusState | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        i18n = self.i18n

        state: str
        if isinstance(self.state, I18NStatusState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "i18n": i18n,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.i18n = d.pop("i18n")

        _raw._raw_state = d.pop("state")

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


def _decode_state(_json_value_: Any) -> I18NStatusState | str:
    def _parse_state(data: object) -> I18NStatusState | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            state_type_0 = I18NStatusState(data)

            return state_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(I18NStatusState | str, data)

    state = _parse_state(_json_value_)

    return state


decoded_fields(
    I18NStatus,
    {
        "state": (_decode_state, "I18NStatusState | str", False),
    },
)
