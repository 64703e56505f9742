from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.measurement import Measurement


T = TypeVar("T", bound="StorageBreakdown")


@_attrs_define(slots=False)
class StorageBreakdown:
    """
    Attributes:
        project_name (str | Unset):
        project_created_by (str | Unset):
        location (str | Unset):
        active (Measurement | Unset):
        archived (Measurement | Unset):
        project_locked (bool | Unset):
    """

    project_name: str | Unset = UNSET
    project_created_by: str | Unset = UNSET
    location: str | Unset = UNSET
    active: Measurement | Unset = UNSET
    archived: Measurement | Unset = UNSET
    project_locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        project_created_by = self.project_created_by

        location = self.location

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        archived: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archived, Unset):
            archived = self.archived.to_dict()

        project_locked = self.project_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if project_created_by is not UNSET:
            field_dict["project_created_by"] = project_created_by
        if location is not UNSET:
            field_dict["location"] = location
        if active is not UNSET:
            field_dict["active"] = active
        if archived is not UNSET:
            field_dict["archived"] = archived
        if project_locked is not UNSET:
            field_dict["project_locked"] = project_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.project_name = d.pop("project_name", UNSET)

        _made.project_created_by = d.pop("project_created_by", UNSET)

        _made.location = d.pop("location", UNSET)

        if "active" in d:
            _raw._raw_active = d.pop("active")

        if "archived" in d:
            _raw._raw_archived = d.pop("archived")

        _made.project_locked = d.pop("project_locked", UNSET)

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


def _decode_active(_json_value_: Any) -> Measurement | Unset:
    _active = _json_value_
    active: Measurement | Unset
    if isinstance(_active, Unset):
        active = UNSET
    else:
        active = Measurement.from_dict(_active)

    return active


def _decode_archived(_json_value_: Any) -> Measurement | Unset:
    _archived = _json_value_
    archived: Measurement | Unset
    if isinstance(_archived, Unset):
        archived = UNSET
    else:
        archived = Measurement.from_dict(_archived)

    return archived


decoded_fields(
    StorageBreakdown,
    {
        "active": (_decode_active, "Measurement", True),
        "archived": (_decode_archived, "Measurement", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.measurement import Measurement
