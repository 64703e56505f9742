from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decoded_fields

T = TypeVar("T", bound="Annotation")


@_attrs_define(slots=False)
class Annotation:
    """A hit annotation, tying an entity to a dataset of a campaign.

    Attributes:
        id (str): e.g. `hit_asd3b18`.
        campaign_id (str):
        dataset_id (str):
        entity_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    campaign_id: str
    dataset_id: str
    entity_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        dataset_id = self.dataset_id

        entity_id = self.entity_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaignId": campaign_id,
                "datasetId": dataset_id,
                "entityId": entity_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.campaign_id = d.pop("campaignId")

        _made.dataset_id = d.pop("datasetId")

        _made.entity_id = d.pop("entityId")

        _raw._raw_created_at = d.pop("createdAt")

        _raw._raw_updated_at = d.pop("updatedAt")

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
    Annotation,
    {
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
        "updated_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
    },
)
