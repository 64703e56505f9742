from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, decoded_fields

if TYPE_CHECKING:
    from ..models.export_bulk_record import ExportBulkRecord


T = TypeVar("T", bound="ExportBulkList")


@_attrs_define(slots=False)
class ExportBulkList:
    """
    Attributes:
        items (list[ExportBulkRecord]):
    """

    items: list[ExportBulkRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _state = _made.__dict__
        _state.update(zip(_ExportBulkList_REQUIRED_NAMES, map(src_dict.__getitem__, _ExportBulkList_REQUIRED_KEYS)))
        _extra = src_dict.keys() - _ExportBulkList_KEYS
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


def _decode_items(_json_value_: Any) -> list[ExportBulkRecord]:
    items = [ExportBulkRecord.from_dict(items_item_data) for items_item_data in _json_value_]

    return items


_ExportBulkList_REQUIRED_KEYS = ("items",)
_ExportBulkList_REQUIRED_NAMES = ("_raw_items",)
_ExportBulkList_OPTIONAL_KEYS = ()
_ExportBulkList_OPTIONAL_NAMES = ()
_ExportBulkList_UNSETS = (UNSET,) * 0
_ExportBulkList_KEYS = frozenset(_ExportBulkList_REQUIRED_KEYS + _ExportBulkList_OPTIONAL_KEYS)
decoded_fields(
    ExportBulkList,
    {
        "items": (_decode_items, "list[ExportBulkRecord]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.export_bulk_record import ExportBulkRecord
