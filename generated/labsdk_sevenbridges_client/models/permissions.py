from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """[inferred] In a PATCH, the permissions not given are kept.

    Attributes:
        read (bool | Unset):
        write (bool | Unset):
        copy (bool | Unset):
        execute (bool | Unset):
        admin (bool | Unset):
    """

    read: bool | Unset = UNSET
    write: bool | Unset = UNSET
    copy: bool | Unset = UNSET
    execute: bool | Unset = UNSET
    admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read = self.read

        write = self.write

        copy = self.copy

        execute = self.execute

        admin = self.admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write
        if copy is not UNSET:
            field_dict["copy"] = copy
        if execute is not UNSET:
            field_dict["execute"] = execute
        if admin is not UNSET:
            field_dict["admin"] = admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.read = d.pop("read", UNSET)

        _made.write = d.pop("write", UNSET)

        _made.copy = d.pop("copy", UNSET)

        _made.execute = d.pop("execute", UNSET)

        _made.admin = d.pop("admin", UNSET)

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
