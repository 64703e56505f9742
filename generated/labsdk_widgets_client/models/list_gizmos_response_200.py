from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gizmo import Gizmo
    from ..models.list_gizmos_response_200_meta import ListGizmosResponse200Meta


T = TypeVar("T", bound="ListGizmosResponse200")


@_attrs_define
class ListGizmosResponse200:
    """
    Attributes:
        meta (ListGizmosResponse200Meta):
        objects (list[Gizmo]):
    """

    meta: ListGizmosResponse200Meta
    objects: list[Gizmo]
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
        d = dict(src_dict)
        meta = ListGizmosResponse200Meta.from_dict(d.pop("meta"))

        _made.meta = meta

        objects = [Gizmo.from_dict(objects_item_data) for objects_item_data in d.pop("objects")]

        _made.objects = objects

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


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.gizmo import Gizmo
    from ..models.list_gizmos_response_200_meta import ListGizmosResponse200Meta
