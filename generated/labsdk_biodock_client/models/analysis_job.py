from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_job_status import AnalysisJobStatus
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="AnalysisJob")


@_attrs_define(slots=False)
class AnalysisJob:
    """
    Attributes:
        id (str):
        percentage_completed (float):
        status (AnalysisJobStatus | str):
        name (str | Unset):
        pipeline_id (str | Unset):
        message (str | Unset): [inferred] Why the job failed.
        created_at (datetime.datetime | Unset):
        objects_data_csv_url (str | Unset): Signed URL of the per-object CSV; present once the job has succeeded.
        aggregate_data_csv_url (str | Unset): Signed URL of the aggregate CSV; present once the job has succeeded.
    """

    id: str
    percentage_completed: float
    status: AnalysisJobStatus | str
    name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    objects_data_csv_url: str | Unset = UNSET
    aggregate_data_csv_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        percentage_completed = self.percentage_completed

        status: str
        if isinstance(self.status, AnalysisJobStatus):
            status = self.status.value
        else:
            status = self.status

        name = self.name

        pipeline_id = self.pipeline_id

        message = self.message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        objects_data_csv_url = self.objects_data_csv_url

        aggregate_data_csv_url = self.aggregate_data_csv_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "percentageCompleted": percentage_completed,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if pipeline_id is not UNSET:
            field_dict["pipelineId"] = pipeline_id
        if message is not UNSET:
            field_dict["message"] = message
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if objects_data_csv_url is not UNSET:
            field_dict["objectsDataCSVUrl"] = objects_data_csv_url
        if aggregate_data_csv_url is not UNSET:
            field_dict["aggregateDataCSVUrl"] = aggregate_data_csv_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.percentage_completed = d.pop("percentageCompleted")

        _raw._raw_status = d.pop("status")

        _made.name = d.pop("name", UNSET)

        _made.pipeline_id = d.pop("pipelineId", UNSET)

        _made.message = d.pop("message", UNSET)

        if "createdAt" in d:
            _raw._raw_created_at = d.pop("createdAt")

        _made.objects_data_csv_url = d.pop("objectsDataCSVUrl", UNSET)

        _made.aggregate_data_csv_url = d.pop("aggregateDataCSVUrl", UNSET)

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


def _decode_status(_json_value_: Any) -> AnalysisJobStatus | str:
    def _parse_status(data: object) -> AnalysisJobStatus | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = AnalysisJobStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AnalysisJobStatus | str, data)

    status = _parse_status(_json_value_)

    return status


decoded_fields(
    AnalysisJob,
    {
        "status": (_decode_status, "AnalysisJobStatus | str", False),
        "created_at": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)
