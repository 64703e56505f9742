from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filesystem_item_kind import FilesystemItemKind
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="FilesystemItem")


@_attrs_define(slots=False)
class FilesystemItem:
    """
    Attributes:
        id (str):
        name (str):
        field_t (FilesystemItemKind | str):
        created_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    field_t: FilesystemItemKind | str
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_t: str
        if isinstance(self.field_t, FilesystemItemKind):
            field_t = self.field_t.value
        else:
            field_t = self.field_t

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "__t": field_t,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.name = d.pop("name")

        _raw._raw_field_t = d.pop("__t")

        if "createdAt" in d:
            _raw._raw_created_at = d.pop("createdAt")

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


def _decode_field_t(_json_value_: Any) -> FilesystemItemKind | str:
    def _parse_field_t(data: object) -> FilesystemItemKind | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            field_t_type_0 = FilesystemItemKind(data)

            return field_t_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FilesystemItemKind | str, data)

    field_t = _parse_field_t(_json_value_)

    return field_t


decoded_fields(
    FilesystemItem,
    {
        "field_t": (_decode_field_t, "FilesystemItemKind | str", False),
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)
