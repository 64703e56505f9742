from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.create_entity_data import CreateEntityData


T = TypeVar("T", bound="CreateEntity")


@_attrs_define(slots=False)
class CreateEntity:
    """The official client's flat `CreateEntity` (it carries no `type`). "[inferred]" `campaignId` is required here
    (the client's model makes it optional), as every entity belongs to a campaign (`Entity.campaignId`).

        Attributes:
            name (str):
            external_id (str):
            campaign_id (str):
            data (CreateEntityData | Unset):
            is_control (bool | Unset):
    """

    name: str
    external_id: str
    campaign_id: str
    data: CreateEntityData | Unset = UNSET
    is_control: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id = self.external_id

        campaign_id = self.campaign_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        is_control = self.is_control

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "externalId": external_id,
                "campaignId": campaign_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if is_control is not UNSET:
            field_dict["isControl"] = is_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _state = _made.__dict__
        _state.update(zip(_CreateEntity_REQUIRED_NAMES, map(src_dict.__getitem__, _CreateEntity_REQUIRED_KEYS)))
        _state.update(
            zip(_CreateEntity_OPTIONAL_NAMES, map(src_dict.get, _CreateEntity_OPTIONAL_KEYS, _CreateEntity_UNSETS))
        )
        _extra = src_dict.keys() - _CreateEntity_KEYS
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


def _decode_data(_json_value_: Any) -> CreateEntityData | Unset:
    _data = _json_value_
    data: CreateEntityData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CreateEntityData.from_dict(_data)

    return data


_CreateEntity_REQUIRED_KEYS = (
    "name",
    "externalId",
    "campaignId",
)
_CreateEntity_REQUIRED_NAMES = (
    "name",
    "external_id",
    "campaign_id",
)
_CreateEntity_OPTIONAL_KEYS = (
    "data",
    "isControl",
)
_CreateEntity_OPTIONAL_NAMES = (
    "_raw_data",
    "is_control",
)
_CreateEntity_UNSETS = (UNSET,) * 2
_CreateEntity_KEYS = frozenset(_CreateEntity_REQUIRED_KEYS + _CreateEntity_OPTIONAL_KEYS)
decoded_fields(
    CreateEntity,
    {
        "data": (_decode_data, "CreateEntityData", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.create_entity_data import CreateEntityData
