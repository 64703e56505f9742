from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadInit")


@_attrs_define
class UploadInit:
    """Give exactly one of `project` and `parent` (a folder id).

    Attributes:
        name (str):
        size (int):
        project (str | Unset): `owner/short-name`.
        parent (str | Unset): A file or folder id (24 hexadecimal characters).
        part_size (int | Unset):
        md5 (str | Unset):
    """

    name: str
    size: int
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    part_size: int | Unset = UNSET
    md5: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        project = self.project

        parent = self.parent

        part_size = self.part_size

        md5 = self.md5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if part_size is not UNSET:
            field_dict["part_size"] = part_size
        if md5 is not UNSET:
            field_dict["md5"] = md5

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.name = d.pop("name")

        _made.size = d.pop("size")

        _made.project = d.pop("project", UNSET)

        _made.parent = d.pop("parent", UNSET)

        _made.part_size = d.pop("part_size", UNSET)

        _made.md5 = d.pop("md5", UNSET)

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
