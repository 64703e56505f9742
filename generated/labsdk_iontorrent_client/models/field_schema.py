from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="FieldSchema")


@_attrs_define(slots=False)
class FieldSchema:
    """
    Attributes:
        type_ (FieldType | str):
        blank (bool | Unset):
        default (Any | Unset): The default value, or "No default provided."
        help_text (str | Unset):
        nullable (bool | Unset):
        readonly (bool | Unset):
        unique (bool | Unset):
        related_type (str | Unset): `to_one` or `to_many`, for `related` fields.
    """

    type_: FieldType | str
    blank: bool | Unset = UNSET
    default: Any | Unset = UNSET
    help_text: str | Unset = UNSET
    nullable: bool | Unset = UNSET
    readonly: bool | Unset = UNSET
    unique: bool | Unset = UNSET
    related_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, FieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        blank = self.blank

        default = self.default

        help_text = self.help_text

        nullable = self.nullable

        readonly = self.readonly

        unique = self.unique

        related_type = self.related_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if blank is not UNSET:
            field_dict["blank"] = blank
        if default is not UNSET:
            field_dict["default"] = default
        if help_text is not UNSET:
            field_dict["help_text"] = help_text
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if unique is not UNSET:
            field_dict["unique"] = unique
        if related_type is not UNSET:
            field_dict["related_type"] = related_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_type_ = d.pop("type")

        _made.blank = d.pop("blank", UNSET)

        _made.default = d.pop("default", UNSET)

        _made.help_text = d.pop("help_text", UNSET)

        _made.nullable = d.pop("nullable", UNSET)

        _made.readonly = d.pop("readonly", UNSET)

        _made.unique = d.pop("unique", UNSET)

        _made.related_type = d.pop("related_type", UNSET)

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


def _decode_type_(_json_value_: Any) -> FieldType | str:
    def _parse_type_(data: object) -> FieldType | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = FieldType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FieldType | str, data)

    type_ = _parse_type_(_json_value_)

    return type_


decoded_fields(
    FieldSchema,
    {
        "type_": (_decode_type_, "FieldType | str", False),
    },
)
