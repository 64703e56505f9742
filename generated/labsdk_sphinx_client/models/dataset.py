from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.creator import Creator


T = TypeVar("T", bound="Dataset")


@_attrs_define(slots=False)
class Dataset:
    """
    Attributes:
        id (str):
        name (str):
        campaign_id (str): The campaign the dataset belongs to.
        creator (Creator): Who made the object (the official client's `Creator`).
        tags (list[str]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        eln_link (None | str | Unset):
        mimetype (None | str | Unset): e.g. `application/csv`.
    """

    id: str
    name: str
    campaign_id: str
    creator: Creator
    tags: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    eln_link: None | str | Unset = UNSET
    mimetype: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        campaign_id = self.campaign_id

        creator = self.creator.to_dict()

        tags = self.tags

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        eln_link: None | str | Unset
        if isinstance(self.eln_link, Unset):
            eln_link = UNSET
        else:
            eln_link = self.eln_link

        mimetype: None | str | Unset
        if isinstance(self.mimetype, Unset):
            mimetype = UNSET
        else:
            mimetype = self.mimetype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "campaignId": campaign_id,
                "creator": creator,
                "tags": tags,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if eln_link is not UNSET:
            field_dict["elnLink"] = eln_link
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype

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

        _made.tags = d.pop("tags")

        _raw._raw_created_at = d.pop("createdAt")

        _raw._raw_updated_at = d.pop("updatedAt")

        _made.description = d.pop("description", UNSET)

        _made.eln_link = d.pop("elnLink", UNSET)

        _made.mimetype = d.pop("mimetype", UNSET)

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
    Dataset,
    {
        "creator": (_decode_creator, "Creator", False),
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
        "updated_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.creator import Creator
