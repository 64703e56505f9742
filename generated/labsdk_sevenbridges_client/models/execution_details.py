from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.execution_job import ExecutionJob


T = TypeVar("T", bound="ExecutionDetails")


@_attrs_define(slots=False)
class ExecutionDetails:
    """
    Attributes:
        href (str):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (str | Unset):
        message (str | Unset):
        jobs (list[ExecutionJob] | Unset):
    """

    href: str
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    jobs: list[ExecutionJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        status = self.status

        message = self.message

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        if "start_time" in d:
            _raw._raw_start_time = d.pop("start_time")

        if "end_time" in d:
            _raw._raw_end_time = d.pop("end_time")

        _made.status = d.pop("status", UNSET)

        _made.message = d.pop("message", UNSET)

        if "jobs" in d:
            _raw._raw_jobs = d.pop("jobs")

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


def _decode_jobs(_json_value_: Any) -> list[ExecutionJob] | Unset:
    _jobs = _json_value_
    jobs: list[ExecutionJob] | Unset = UNSET
    if _jobs is not UNSET:
        jobs = [ExecutionJob.from_dict(jobs_item_data) for jobs_item_data in _jobs]

    return jobs


decoded_fields(
    ExecutionDetails,
    {
        "start_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "end_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "jobs": (_decode_jobs, "list[ExecutionJob]", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.execution_job import ExecutionJob
