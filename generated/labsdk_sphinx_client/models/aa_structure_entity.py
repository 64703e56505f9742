from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aa_structure_entity_type import AaStructureEntityType
from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.creator import Creator
    from ..models.entity_fields_data_type_0 import EntityFieldsDataType0


T = TypeVar("T", bound="AaStructureEntity")


@_attrs_define(slots=False)
class AaStructureEntity:
    """
    Attributes:
        id (str): e.g. `ent_12345`, `seq_12345`, `rna_1a441e4`.
        name (str):
        campaign_id (str):
        creator (Creator): Who made the object (the official client's `Creator`).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        is_control (bool):
        type_ (AaStructureEntityType):
        pdb_path (str):
        data (EntityFieldsDataType0 | None | Unset): Free-form attributes.
        external_id (None | str | Unset): The id in the customer's own registry, e.g. `ext_12345`.
        model (None | str | Unset): [inferred] The model the entity came from (the client declares it without a
            description).
        parent_id (None | str | Unset): The entity this one derives from.
        sequence_id (None | str | Unset): The `aa_sequence` entity folded.
    """

    id: str
    name: str
    campaign_id: str
    creator: Creator
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_control: bool
    type_: AaStructureEntityType
    pdb_path: str
    data: EntityFieldsDataType0 | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_fields_data_type_0 import EntityFieldsDataType0  # noqa: PLC0415

        id = self.id

        name = self.name

        campaign_id = self.campaign_id

        creator = self.creator.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_control = self.is_control

        type_ = self.type_.value

        pdb_path = self.pdb_path

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EntityFieldsDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id

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
                "isControl": is_control,
                "type": type_,
                "pdbPath": pdb_path,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if model is not UNSET:
            field_dict["model"] = model
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if sequence_id is not UNSET:
            field_dict["sequenceId"] = sequence_id

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

        _made.is_control = d.pop("isControl")

        _raw._raw_type_ = d.pop("type")

        _made.pdb_path = d.pop("pdbPath")

        if "data" in d:
            _raw._raw_data = d.pop("data")

        _made.external_id = d.pop("externalId", UNSET)

        _made.model = d.pop("model", UNSET)

        _made.parent_id = d.pop("parentId", UNSET)

        _made.sequence_id = d.pop("sequenceId", UNSET)

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


def _decode_type_(_json_value_: Any) -> AaStructureEntityType:
    type_ = AaStructureEntityType(_json_value_)

    return type_


def _decode_data(_json_value_: Any) -> EntityFieldsDataType0 | None | Unset:
    def _parse_data(data: object) -> EntityFieldsDataType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            data_type_0 = EntityFieldsDataType0.from_dict(data)

            decode_all(data_type_0)
            return data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityFieldsDataType0 | None | Unset, data)

    data = _parse_data(_json_value_)

    return data


decoded_fields(
    AaStructureEntity,
    {
        "creator": (_decode_creator, "Creator", False),
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
        "updated_at": (datetime.datetime.fromisoformat, "datetime.datetime", False),
        "type_": (_decode_type_, "AaStructureEntityType", False),
        "data": (_decode_data, "EntityFieldsDataType0 | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.creator import Creator
    from ..models.entity_fields_data_type_0 import EntityFieldsDataType0
