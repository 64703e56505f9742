from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.analysis_cost import AnalysisCost


T = TypeVar("T", bound="AnalysisBreakdown")


@_attrs_define(slots=False)
class AnalysisBreakdown:
    """
    Attributes:
        analysis_type (str | Unset): `TASK` (or `CRUNCHER_ANALYSIS`).
        analysis_id (UUID | Unset):
        analysis_app_name (str | Unset):
        analysis_name (str | Unset):
        project_name (str | Unset):
        project_locked (bool | Unset):
        ran_by (str | Unset):
        analysis_status (str | Unset):
        analysis_cost (AnalysisCost | Unset):
        refunded_amount (str | Unset):
        time_started (datetime.datetime | Unset):
        time_finished (datetime.datetime | Unset):
    """

    analysis_type: str | Unset = UNSET
    analysis_id: UUID | Unset = UNSET
    analysis_app_name: str | Unset = UNSET
    analysis_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    project_locked: bool | Unset = UNSET
    ran_by: str | Unset = UNSET
    analysis_status: str | Unset = UNSET
    analysis_cost: AnalysisCost | Unset = UNSET
    refunded_amount: str | Unset = UNSET
    time_started: datetime.datetime | Unset = UNSET
    time_finished: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_type = self.analysis_type

        analysis_id: str | Unset = UNSET
        if not isinstance(self.analysis_id, Unset):
            analysis_id = str(self.analysis_id)

        analysis_app_name = self.analysis_app_name

        analysis_name = self.analysis_name

        project_name = self.project_name

        project_locked = self.project_locked

        ran_by = self.ran_by

        analysis_status = self.analysis_status

        analysis_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_cost, Unset):
            analysis_cost = self.analysis_cost.to_dict()

        refunded_amount = self.refunded_amount

        time_started: str | Unset = UNSET
        if not isinstance(self.time_started, Unset):
            time_started = self.time_started.isoformat()

        time_finished: str | Unset = UNSET
        if not isinstance(self.time_finished, Unset):
            time_finished = self.time_finished.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis_type is not UNSET:
            field_dict["analysis_type"] = analysis_type
        if analysis_id is not UNSET:
            field_dict["analysis_id"] = analysis_id
        if analysis_app_name is not UNSET:
            field_dict["analysis_app_name"] = analysis_app_name
        if analysis_name is not UNSET:
            field_dict["analysis_name"] = analysis_name
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if project_locked is not UNSET:
            field_dict["project_locked"] = project_locked
        if ran_by is not UNSET:
            field_dict["ran_by"] = ran_by
        if analysis_status is not UNSET:
            field_dict["analysis_status"] = analysis_status
        if analysis_cost is not UNSET:
            field_dict["analysis_cost"] = analysis_cost
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if time_started is not UNSET:
            field_dict["time_started"] = time_started
        if time_finished is not UNSET:
            field_dict["time_finished"] = time_finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.analysis_type = d.pop("analysis_type", UNSET)

        if "analysis_id" in d:
            _raw._raw_analysis_id = d.pop("analysis_id")

        _made.analysis_app_name = d.pop("analysis_app_name", UNSET)

        _made.analysis_name = d.pop("analysis_name", UNSET)

        _made.project_name = d.pop("project_name", UNSET)

        _made.project_locked = d.pop("project_locked", UNSET)

        _made.ran_by = d.pop("ran_by", UNSET)

        _made.analysis_status = d.pop("analysis_status", UNSET)

        if "analysis_cost" in d:
            _raw._raw_analysis_cost = d.pop("analysis_cost")

        _made.refunded_amount = d.pop("refunded_amount", UNSET)

        if "time_started" in d:
            _raw._raw_time_started = d.pop("time_started")

        if "time_finished" in d:
            _raw._raw_time_finished = d.pop("time_finished")

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


def _decode_analysis_id(_json_value_: Any) -> UUID | Unset:
    _analysis_id = _json_value_
    analysis_id: UUID | Unset
    if isinstance(_analysis_id, Unset):
        analysis_id = UNSET
    else:
        analysis_id = UUID(_analysis_id)

    return analysis_id


def _decode_analysis_cost(_json_value_: Any) -> AnalysisCost | Unset:
    _analysis_cost = _json_value_
    analysis_cost: AnalysisCost | Unset
    if isinstance(_analysis_cost, Unset):
        analysis_cost = UNSET
    else:
        analysis_cost = AnalysisCost.from_dict(_analysis_cost)

    return analysis_cost


decoded_fields(
    AnalysisBreakdown,
    {
        "analysis_id": (_decode_analysis_id, "UUID", True),
        "analysis_cost": (_decode_analysis_cost, "AnalysisCost", True),
        "time_started": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "time_finished": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.analysis_cost import AnalysisCost
