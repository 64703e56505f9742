from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Plot")


@_attrs_define
class Plot:
    """[inferred] Field set.

    Attributes:
        id (str):
        name (str):
        dataset_id (str | Unset):
        plot_type (str | Unset): e.g. `dose-response`, `scatter`, `plate-heatmap`.
        created_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    dataset_id: str | Unset = UNSET
    plot_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        dataset_id = self.dataset_id

        plot_type = self.plot_type

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
        if plot_type is not UNSET:
            field_dict["plotType"] = plot_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        dataset_id = d.pop("datasetId", UNSET)

        plot_type = d.pop("plotType", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        plot = cls(
            id=id,
            name=name,
            dataset_id=dataset_id,
            plot_type=plot_type,
            created_at=created_at,
        )

        plot.additional_properties = d
        return plot

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
