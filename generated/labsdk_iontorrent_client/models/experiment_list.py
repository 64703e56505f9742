from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, decoded_fields

if TYPE_CHECKING:
    from ..models.experiment import Experiment
    from ..models.list_meta import ListMeta


T = TypeVar("T", bound="ExperimentList")


@_attrs_define(slots=False)
class ExperimentList:
    """
    Attributes:
        meta (ListMeta):
        objects (list[Experiment]):
    """

    meta: ListMeta
    objects: list[Experiment]
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
        _state = _made.__dict__
        _state.update(zip(_ExperimentList_REQUIRED_NAMES, map(src_dict.__getitem__, _ExperimentList_REQUIRED_KEYS)))
        _extra = src_dict.keys() - _ExperimentList_KEYS
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


def _decode_meta(_json_value_: Any) -> ListMeta:
    meta = ListMeta.from_dict(_json_value_)

    return meta


def _decode_objects(_json_value_: Any) -> list[Experiment]:
    objects = [Experiment.from_dict(objects_item_data) for objects_item_data in _json_value_]

    return objects


_ExperimentList_REQUIRED_KEYS = (
    "meta",
    "objects",
)
_ExperimentList_REQUIRED_NAMES = (
    "_raw_meta",
    "_raw_objects",
)
_ExperimentList_OPTIONAL_KEYS = ()
_ExperimentList_OPTIONAL_NAMES = ()
_ExperimentList_UNSETS = (UNSET,) * 0
_ExperimentList_KEYS = frozenset(_ExperimentList_REQUIRED_KEYS + _ExperimentList_OPTIONAL_KEYS)
decoded_fields(
    ExperimentList,
    {
        "meta": (_decode_meta, "ListMeta", False),
        "objects": (_decode_objects, "list[Experiment]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.experiment import Experiment
    from ..models.list_meta import ListMeta
