from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorContent")


@_attrs_define
class ErrorContent:
    """A structured error body (`ObjectNotFoundError` `{objectName, id}`, `InvalidStagedFileError` `{message}`).

    Attributes:
        object_name (str | Unset): The kind of the missing object (`Campaign`, `Dataset`, ...).
        id (str | Unset): The id that names nothing.
        message (str | Unset):
    """

    object_name: str | Unset = UNSET
    id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_name = self.object_name

        id = self.id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.object_name = d.pop("objectName", UNSET)

        _made.id = d.pop("id", UNSET)

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
