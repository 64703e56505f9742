from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decoded_fields

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
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_results = d.pop("results")

        _made.count = d.pop("count")

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


def _decode_results(_json_value_: Any) -> list[AnalysisJob]:
    results = [AnalysisJob.from_dict(results_item_data) for results_item_data in _json_value_]

    return results


decoded_fields(
    AnalysisJobList,
    {
        "results": (_decode_results, "list[AnalysisJob]", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.analysis_job import AnalysisJob
