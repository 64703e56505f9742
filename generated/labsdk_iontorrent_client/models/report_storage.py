from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportStorage")


@_attrs_define
class ReportStorage:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        default (bool | Unset):
        dir_path (str | Unset):
        web_server_path (str | Unset):
        resource_uri (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    default: bool | Unset = UNSET
    dir_path: str | Unset = UNSET
    web_server_path: str | Unset = UNSET
    resource_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        default = self.default

        dir_path = self.dir_path

        web_server_path = self.web_server_path

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if default is not UNSET:
            field_dict["default"] = default
        if dir_path is not UNSET:
            field_dict["dirPath"] = dir_path
        if web_server_path is not UNSET:
            field_dict["webServerPath"] = web_server_path
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id", UNSET)

        _made.name = d.pop("name", UNSET)

        _made.default = d.pop("default", UNSET)

        _made.dir_path = d.pop("dirPath", UNSET)

        _made.web_server_path = d.pop("webServerPath", UNSET)

        _made.resource_uri = d.pop("resource_uri", UNSET)

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
