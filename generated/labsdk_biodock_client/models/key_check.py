from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyCheck")


@_attrs_define
class KeyCheck:
    """
    Attributes:
        user (str):
        email (str | Unset):
        messsage (str | Unset): Spelt with three s's in the vendor's sample; `message` is accepted too.
        message (str | Unset):
    """

    user: str
    email: str | Unset = UNSET
    messsage: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        email = self.email

        messsage = self.messsage

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if messsage is not UNSET:
            field_dict["messsage"] = messsage
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.user = d.pop("user")

        _made.email = d.pop("email", UNSET)

        _made.messsage = d.pop("messsage", UNSET)

        _made.message = d.pop("message", UNSET)

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
