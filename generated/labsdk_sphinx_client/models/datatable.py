from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="Datatable")


@_attrs_define(slots=False)
class Datatable:
    """[inferred] Field set (the official client has no datatables).

    Attributes:
        id (str):
        name (str):
        dataset_id (str | Unset):
        row_count (int | Unset):
        column_count (int | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    dataset_id: str | Unset = UNSET
    row_count: int | Unset = UNSET
    column_count: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        dataset_id = self.dataset_id

        row_count = self.row_count

        column_count = self.column_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if column_count is not UNSET:
            field_dict["columnCount"] = column_count
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

        _made.dataset_id = d.pop("datasetId", UNSET)

        _made.row_count = d.pop("rowCount", UNSET)

        _made.column_count = d.pop("columnCount", UNSET)

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


decoded_fields(
    Datatable,
    {
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)
