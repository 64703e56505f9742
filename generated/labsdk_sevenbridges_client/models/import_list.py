from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decoded_fields

if TYPE_CHECKING:
    from ..models.import_ import Import
    from ..models.link import Link


T = TypeVar("T", bound="ImportList")


@_attrs_define(slots=False)
class ImportList:
    """
    Attributes:
        href (str):
        items (list[Import]):
        links (list[Link]):
    """

    href: str
    items: list[Import]
    links: list[Link]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "items": items,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _raw._raw_items = d.pop("items")

        _raw._raw_links = d.pop("links")

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


def _decode_items(_json_value_: Any) -> list[Import]:
    items = [Import.from_dict(items_item_data) for items_item_data in _json_value_]

    return items


def _decode_links(_json_value_: Any) -> list[Link]:
    links = [Link.from_dict(links_item_data) for links_item_data in _json_value_]

    return links


decoded_fields(
    ImportList,
    {
        "items": (_decode_items, "list[Import]", False),
        "links": (_decode_links, "list[Link]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.import_ import Import
    from ..models.link import Link
