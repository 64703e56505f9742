from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.creator import Creator


T = TypeVar("T", bound="Analysis")


@_attrs_define(slots=False)
class Analysis:
    """An analysis (a notebook; plots belong to one by `notebookId`).

    Attributes:
        id (str): e.g. `nb_12345`.
        name (str):
        campaign_id (str):
        creator (Creator): Who made the object (the official client's `Creator`).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        source_template_id (None | str | Unset): The template the analysis was made from, if any.
    """

    id: str
    name: str
    campaign_id: str
    creator: Creator
    created_at: datetime.datetime
    updated_at: datetime.datetime
    source_template_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        campaign_id = self.campaign_id

        creator = self.creator.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        source_template_id: None | str | Unset
        if isinstance(self.source_template_id, Unset):
            source_template_id = UNSET
        else:
            source_template_id = self.source_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "campaignId": campaign_id,
                "creator": creator,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if source_template_id is not UNSET:
            field_dict["sourceTemplateId"] = source_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.name = d.pop("name")

        _made.campaign_id = d.pop("campaignId")

        _raw._raw_creator = d.pop("creator")

        _raw._raw_created_at = d.pop("createdAt")

        _raw._raw_updated_at = d.pop("updatedAt")

        _made.source_template_id = d.pop("sourceTemplateId", UNSET)

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


def _decode_creator(_json_value_: Any) -> Creator:
    creator = Creator.from_dict(_json_value_)

    return creator


decoded_fields(
    Analysis,
    {
        "creator": (_decode_creator, "Creator", False),
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
        "updated_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.creator import Creator
