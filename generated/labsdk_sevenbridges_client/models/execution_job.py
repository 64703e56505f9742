from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.execution_job_docker import ExecutionJobDocker
    from ..models.execution_job_logs import ExecutionJobLogs
    from ..models.job_instance import JobInstance


T = TypeVar("T", bound="ExecutionJob")


@_attrs_define(slots=False)
class ExecutionJob:
    """
    Attributes:
        name (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (str | Unset):
        command_line (str | Unset):
        retried (bool | Unset):
        instance (JobInstance | Unset):
        logs (ExecutionJobLogs | Unset):
        docker (ExecutionJobDocker | Unset):
    """

    name: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    command_line: str | Unset = UNSET
    retried: bool | Unset = UNSET
    instance: JobInstance | Unset = UNSET
    logs: ExecutionJobLogs | Unset = UNSET
    docker: ExecutionJobDocker | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        status = self.status

        command_line = self.command_line

        retried = self.retried

        instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance, Unset):
            instance = self.instance.to_dict()

        logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs.to_dict()

        docker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docker, Unset):
            docker = self.docker.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if command_line is not UNSET:
            field_dict["command_line"] = command_line
        if retried is not UNSET:
            field_dict["retried"] = retried
        if instance is not UNSET:
            field_dict["instance"] = instance
        if logs is not UNSET:
            field_dict["logs"] = logs
        if docker is not UNSET:
            field_dict["docker"] = docker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.name = d.pop("name", UNSET)

        if "start_time" in d:
            _raw._raw_start_time = d.pop("start_time")

        if "end_time" in d:
            _raw._raw_end_time = d.pop("end_time")

        _made.status = d.pop("status", UNSET)

        _made.command_line = d.pop("command_line", UNSET)

        _made.retried = d.pop("retried", UNSET)

        if "instance" in d:
            _raw._raw_instance = d.pop("instance")

        if "logs" in d:
            _raw._raw_logs = d.pop("logs")

        if "docker" in d:
            _raw._raw_docker = d.pop("docker")

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


def _decode_instance(_json_value_: Any) -> JobInstance | Unset:
    _instance = _json_value_
    instance: JobInstance | Unset
    if isinstance(_instance, Unset):
        instance = UNSET
    else:
        instance = JobInstance.from_dict(_instance)

    return instance


def _decode_logs(_json_value_: Any) -> ExecutionJobLogs | Unset:
    _logs = _json_value_
    logs: ExecutionJobLogs | Unset
    if isinstance(_logs, Unset):
        logs = UNSET
    else:
        logs = ExecutionJobLogs.from_dict(_logs)

    return logs


def _decode_docker(_json_value_: Any) -> ExecutionJobDocker | Unset:
    _docker = _json_value_
    docker: ExecutionJobDocker | Unset
    if isinstance(_docker, Unset):
        docker = UNSET
    else:
        docker = ExecutionJobDocker.from_dict(_docker)

    return docker


decoded_fields(
    ExecutionJob,
    {
        "start_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "end_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "instance": (_decode_instance, "JobInstance", True),
        "logs": (_decode_logs, "ExecutionJobLogs", True),
        "docker": (_decode_docker, "ExecutionJobDocker", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.execution_job_docker import ExecutionJobDocker
    from ..models.execution_job_logs import ExecutionJobLogs
    from ..models.job_instance import JobInstance
