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
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.name = d.pop("name")

        _made.external_id = d.pop("externalId")

        _made.campaign_id = d.pop("campaignId")

        if "data" in d:
            _raw._raw_data = d.pop("data")

        _made.is_control = d.pop("isControl", UNSET)

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


def _decode_data(_json_value_: Any) -> CreateEntityData | Unset:
    _data = _json_value_
    data: CreateEntityData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CreateEntityData.from_dict(_data)

    return data


decoded_fields(
    CreateEntity,
    {
        "data": (_decode_data, "CreateEntityData", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.create_entity_data import CreateEntityData
