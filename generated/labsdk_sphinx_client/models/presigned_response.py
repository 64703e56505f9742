from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decoded_fields

if TYPE_CHECKING:
    from ..models.presigned_response_fields import PresignedResponseFields


T = TypeVar("T", bound="PresignedResponse")


@_attrs_define(slots=False)
class PresignedResponse:
    """
    Attributes:
        url (str): The URL to POST the form to.
        fields (PresignedResponseFields): The form fields to send with the file (the key, the signed policy, ...).
    """

    url: str
    fields: PresignedResponseFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.url = d.pop("url")

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


def _decode_fields(_json_value_: Any) -> PresignedResponseFields:
    fields = PresignedResponseFields.from_dict(_json_value_)

    return fields


decoded_fields(
    PresignedResponse,
    {
        "fields": (_decode_fields, "PresignedResponseFields", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.presigned_response_fields import PresignedResponseFields
