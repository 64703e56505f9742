from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, decoded_fields

if TYPE_CHECKING:
    from ..models.analysis_breakdown import AnalysisBreakdown
    from ..models.link import Link


T = TypeVar("T", bound="AnalysisBreakdownList")


@_attrs_define(slots=False)
class AnalysisBreakdownList:
    """
    Attributes:
        href (str):
        items (list[AnalysisBreakdown]):
        links (list[Link]):
    """

    href: str
    items: list[AnalysisBreakdown]
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
        _state = _made.__dict__
        _state.update(
            zip(_AnalysisBreakdownList_REQUIRED_NAMES, map(src_dict.__getitem__, _AnalysisBreakdownList_REQUIRED_KEYS))
        )
        _extra = src_dict.keys() - _AnalysisBreakdownList_KEYS
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


def _decode_items(_json_value_: Any) -> list[AnalysisBreakdown]:
    items = [AnalysisBreakdown.from_dict(items_item_data) for items_item_data in _json_value_]

    return items


def _decode_links(_json_value_: Any) -> list[Link]:
    links = [Link.from_dict(links_item_data) for links_item_data in _json_value_]

    return links


_AnalysisBreakdownList_REQUIRED_KEYS = (
    "href",
    "items",
    "links",
)
_AnalysisBreakdownList_REQUIRED_NAMES = (
    "href",
    "_raw_items",
    "_raw_links",
)
_AnalysisBreakdownList_OPTIONAL_KEYS = ()
_AnalysisBreakdownList_OPTIONAL_NAMES = ()
_AnalysisBreakdownList_UNSETS = (UNSET,) * 0
_AnalysisBreakdownList_KEYS = frozenset(_AnalysisBreakdownList_REQUIRED_KEYS + _AnalysisBreakdownList_OPTIONAL_KEYS)
decoded_fields(
    AnalysisBreakdownList,
    {
        "items": (_decode_items, "list[AnalysisBreakdown]", False),
        "links": (_decode_links, "list[Link]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.analysis_breakdown import AnalysisBreakdown
    from ..models.link import Link
