from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.volume_link import VolumeLink
    from ..models.volume_object import VolumeObject
    from ..models.volume_prefix import VolumePrefix


T = TypeVar("T", bound="VolumeObjectPage")


@_attrs_define(slots=False)
class VolumeObjectPage:
    """
    Attributes:
        href (str):
        items (list[VolumeObject]):
        prefixes (list[VolumePrefix]):
        links (list[VolumeLink]):
        prefix (str | Unset):
        limit (int | Unset):
        continuation_token (str | Unset): [inferred] The next page's token (also in `links[].next`).
    """

    href: str
    items: list[VolumeObject]
    prefixes: list[VolumePrefix]
    links: list[VolumeLink]
    prefix: str | Unset = UNSET
    limit: int | Unset = UNSET
    continuation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        prefixes = []
        for prefixes_item_data in self.prefixes:
            prefixes_item = prefixes_item_data.to_dict()
            prefixes.append(prefixes_item)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        prefix = self.prefix

        limit = self.limit

        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "items": items,
                "prefixes": prefixes,
                "links": links,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if limit is not UNSET:
            field_dict["limit"] = limit
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _raw._raw_items = d.pop("items")

        _raw._raw_prefixes = d.pop("prefixes")

        _raw._raw_links = d.pop("links")

        _made.prefix = d.pop("prefix", UNSET)

        _made.limit = d.pop("limit", UNSET)

        _made.continuation_token = d.pop("continuation_token", UNSET)

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


def _decode_items(_json_value_: Any) -> list[VolumeObject]:
    items = [VolumeObject.from_dict(items_item_data) for items_item_data in _json_value_]

    return items


def _decode_prefixes(_json_value_: Any) -> list[VolumePrefix]:
    prefixes = [VolumePrefix.from_dict(prefixes_item_data) for prefixes_item_data in _json_value_]

    return prefixes


def _decode_links(_json_value_: Any) -> list[VolumeLink]:
    links = [VolumeLink.from_dict(links_item_data) for links_item_data in _json_value_]

    return links


decoded_fields(
    VolumeObjectPage,
    {
        "items": (_decode_items, "list[VolumeObject]", False),
        "prefixes": (_decode_prefixes, "list[VolumePrefix]", False),
        "links": (_decode_links, "list[VolumeLink]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.volume_link import VolumeLink
    from ..models.volume_object import VolumeObject
    from ..models.volume_prefix import VolumePrefix
