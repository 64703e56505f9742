from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shelf_item_kind import ShelfItemKind
from ..types import decoded_fields

T = TypeVar("T", bound="ShelfItem")


@_attrs_define(slots=False)
class ShelfItem:
    """
    Attributes:
        id (str):
        name (str):
        kind (ShelfItemKind):
    """

    id: str
    name: str
    kind: ShelfItemKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.name = d.pop("name")

        _raw._raw_kind = d.pop("kind")

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


def _decode_kind(_json_value_: Any) -> ShelfItemKind:
    kind = ShelfItemKind(_json_value_)

    return kind


decoded_fields(
    ShelfItem,
    {
        "kind": (_decode_kind, "ShelfItemKind", False),
    },
)
