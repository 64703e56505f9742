from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.aa_sequence_entity import AaSequenceEntity
    from ..models.aa_structure_entity import AaStructureEntity
    from ..models.cell_line_entity import CellLineEntity
    from ..models.chemical_molecule_entity import ChemicalMoleculeEntity
    from ..models.control_entity import ControlEntity
    from ..models.dna_sequence_entity import DnaSequenceEntity
    from ..models.rna_sequence_entity import RnaSequenceEntity


T = TypeVar("T", bound="EntityList")


@_attrs_define(slots=False)
class EntityList:
    """
    Attributes:
        data (list[AaSequenceEntity | AaStructureEntity | CellLineEntity | ChemicalMoleculeEntity | ControlEntity |
            DnaSequenceEntity | RnaSequenceEntity]):
        url (str): The absolute URL of the list request (the official client requires it).
        next_token (None | str | Unset): The token of the next set of results; null (or absent) on the last page.
    """

    data: list[
        AaSequenceEntity
        | AaStructureEntity
        | CellLineEntity
        | ChemicalMoleculeEntity
        | ControlEntity
        | DnaSequenceEntity
        | RnaSequenceEntity
    ]
    url: str
    next_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aa_sequence_entity import AaSequenceEntity  # noqa: PLC0415
        from ..models.aa_structure_entity import AaStructureEntity  # noqa: PLC0415
        from ..models.cell_line_entity import CellLineEntity  # noqa: PLC0415
        from ..models.chemical_molecule_entity import ChemicalMoleculeEntity  # noqa: PLC0415
        from ..models.control_entity import ControlEntity  # noqa: PLC0415
        from ..models.dna_sequence_entity import DnaSequenceEntity  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, AaSequenceEntity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, AaStructureEntity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CellLineEntity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ChemicalMoleculeEntity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ControlEntity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, DnaSequenceEntity):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        url = self.url

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "url": url,
            }
        )
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_data = d.pop("data")

        _made.url = d.pop("url")

        _made.next_token = d.pop("nextToken", UNSET)

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


def _decode_data(
    _json_value_: Any,
) -> list[
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
]:
    data = []
    _data = _json_value_
    for data_item_data in _data:

        def _parse_data_item(
            data: object,
        ) -> (
            AaSequenceEntity
            | AaStructureEntity
            | CellLineEntity
            | ChemicalMoleculeEntity
            | ControlEntity
            | DnaSequenceEntity
            | RnaSequenceEntity
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_0 = AaSequenceEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_0)
                return componentsschemas_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_1 = AaStructureEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_1)
                return componentsschemas_entity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_2 = CellLineEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_2)
                return componentsschemas_entity_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_3 = ChemicalMoleculeEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_3)
                return componentsschemas_entity_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_4 = ControlEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_4)
                return componentsschemas_entity_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_5 = DnaSequenceEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_5)
                return componentsschemas_entity_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_entity_type_6 = RnaSequenceEntity.from_dict(data)

            return componentsschemas_entity_type_6

        data_item = _parse_data_item(data_item_data)

        data.append(data_item)

    return data


decoded_fields(
    EntityList,
    {
        "data": (
            _decode_data,
            "list[AaSequenceEntity | AaStructureEntity | CellLineEntity | ChemicalMoleculeEntity | ControlEntity | DnaSequenceEntity | RnaSequenceEntity]",
            False,
        ),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.aa_sequence_entity import AaSequenceEntity
    from ..models.aa_structure_entity import AaStructureEntity
    from ..models.cell_line_entity import CellLineEntity
    from ..models.chemical_molecule_entity import ChemicalMoleculeEntity
    from ..models.control_entity import ControlEntity
    from ..models.dna_sequence_entity import DnaSequenceEntity
    from ..models.rna_sequence_entity import RnaSequenceEntity
