from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_copy_strategy import AppCopyStrategy
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="AppCopy")


@_attrs_define(slots=False)
class AppCopy:
    """
    Attributes:
        project (str): `owner/short-name`.
        name (str | Unset):
        strategy (AppCopyStrategy | Unset):
    """

    project: str
    name: str | Unset = UNSET
    strategy: AppCopyStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        name = self.name

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.project = d.pop("project")

        _made.name = d.pop("name", UNSET)

        if "strategy" in d:
            _raw._raw_strategy = d.pop("strategy")

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


def _decode_strategy(_json_value_: Any) -> AppCopyStrategy | Unset:
    _strategy = _json_value_
    strategy: AppCopyStrategy | Unset
    if isinstance(_strategy, Unset):
        strategy = UNSET
    else:
        strategy = AppCopyStrategy(_strategy)

    return strategy


decoded_fields(
    AppCopy,
    {
        "strategy": (_decode_strategy, "AppCopyStrategy", True),
    },
)
