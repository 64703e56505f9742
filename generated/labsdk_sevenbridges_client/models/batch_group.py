from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.batch_group_fields import BatchGroupFields


T = TypeVar("T", bound="BatchGroup")


@_attrs_define(slots=False)
class BatchGroup:
    """
    Attributes:
        value (str | Unset):
        fields (BatchGroupFields | Unset):
    """

    value: str | Unset = UNSET
    fields: BatchGroupFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.value = d.pop("value", UNSET)

        if "fields" in d:
            _raw._raw_fields = d.pop("fields")

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


def _decode_fields(_json_value_: Any) -> BatchGroupFields | Unset:
    _fields = _json_value_
    fields: BatchGroupFields | Unset
    if isinstance(_fields, Unset):
        fields = UNSET
    else:
        fields = BatchGroupFields.from_dict(_fields)

    return fields


decoded_fields(
    BatchGroup,
    {
        "fields": (_decode_fields, "BatchGroupFields", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.batch_group_fields import BatchGroupFields
