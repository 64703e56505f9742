from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decode_all, decoded_fields

T = TypeVar("T", bound="CreateDataset")


@_attrs_define(slots=False)
class CreateDataset:
    """
    Attributes:
        campaign_id (str):
        name (str):
        staged_upload_path (str): The `path` of the storage answer.
        description (None | str | Unset):
        eln_link (None | str | Unset):
        tags (list[str] | None | Unset):
    """

    campaign_id: str
    name: str
    staged_upload_path: str
    description: None | str | Unset = UNSET
    eln_link: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        name = self.name

        staged_upload_path = self.staged_upload_path

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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "name": name,
                "stagedUploadPath": staged_upload_path,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if eln_link is not UNSET:
            field_dict["elnLink"] = eln_link
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.campaign_id = d.pop("campaignId")

        _made.name = d.pop("name")

        _made.staged_upload_path = d.pop("stagedUploadPath")

        _made.description = d.pop("description", UNSET)

        _made.eln_link = d.pop("elnLink", UNSET)

        if "tags" in d:
            _raw._raw_tags = d.pop("tags")

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


def _decode_tags(_json_value_: Any) -> list[str] | None | Unset:
    def _parse_tags(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            tags_type_0: list[str] = data

            decode_all(tags_type_0)
            return tags_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[str] | None | Unset, data)

    tags = _parse_tags(_json_value_)

    return tags


decoded_fields(
    CreateDataset,
    {
        "tags": (_decode_tags, "list[str] | None", True),
    },
)
