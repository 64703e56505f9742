from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.widget import Widget


T = TypeVar("T", bound="ListWidgetsResponse200")


@_attrs_define(slots=False)
class ListWidgetsResponse200:
    """
    Attributes:
        data (list[Widget]):
        url (str):
        next_token (None | str | Unset):
    """

    data: list[Widget]
    url: str
    next_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
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


def _decode_data(_json_value_: Any) -> list[Widget]:
    data = [Widget.from_dict(data_item_data) for data_item_data in _json_value_]

    return data


decoded_fields(
    ListWidgetsResponse200,
    {
        "data": (_decode_data, "list[Widget]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.widget import Widget
