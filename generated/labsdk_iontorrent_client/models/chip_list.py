from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decoded_fields

if TYPE_CHECKING:
    from ..models.chip import Chip
    from ..models.list_meta import ListMeta


T = TypeVar("T", bound="ChipList")


@_attrs_define(slots=False)
class ChipList:
    """
    Attributes:
        meta (ListMeta):
        objects (list[Chip]):
    """

    meta: ListMeta
    objects: list[Chip]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_meta = d.pop("meta")

        _raw._raw_objects = d.pop("objects")

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


def _decode_meta(_json_value_: Any) -> ListMeta:
    meta = ListMeta.from_dict(_json_value_)

    return meta


def _decode_objects(_json_value_: Any) -> list[Chip]:
    objects = [Chip.from_dict(objects_item_data) for objects_item_data in _json_value_]

    return objects


decoded_fields(
    ChipList,
    {
        "meta": (_decode_meta, "ListMeta", False),
        "objects": (_decode_objects, "list[Chip]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.chip import Chip
    from ..models.list_meta import ListMeta
