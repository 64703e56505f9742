from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, decoded_fields

if TYPE_CHECKING:
    from ..models.analysis_job import AnalysisJob


T = TypeVar("T", bound="AnalysisJobList")


@_attrs_define(slots=False)
class AnalysisJobList:
    """
    Attributes:
        results (list[AnalysisJob]):
        count (int): Number of items in this page.
    """

    results: list[AnalysisJob]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _state = _made.__dict__
        _state.update(zip(_AnalysisJobList_REQUIRED_NAMES, map(src_dict.__getitem__, _AnalysisJobList_REQUIRED_KEYS)))
        _extra = src_dict.keys() - _AnalysisJobList_KEYS
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


def _decode_results(_json_value_: Any) -> list[AnalysisJob]:
    results = [AnalysisJob.from_dict(results_item_data) for results_item_data in _json_value_]

    return results


_AnalysisJobList_REQUIRED_KEYS = (
    "results",
    "count",
)
_AnalysisJobList_REQUIRED_NAMES = (
    "_raw_results",
    "count",
)
_AnalysisJobList_OPTIONAL_KEYS = ()
_AnalysisJobList_OPTIONAL_NAMES = ()
_AnalysisJobList_UNSETS = (UNSET,) * 0
_AnalysisJobList_KEYS = frozenset(_AnalysisJobList_REQUIRED_KEYS + _AnalysisJobList_OPTIONAL_KEYS)
decoded_fields(
    AnalysisJobList,
    {
        "results": (_decode_results, "list[AnalysisJob]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.analysis_job import AnalysisJob
