from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionStatus")


@_attrs_define
class ExecutionStatus:
    """
    Attributes:
        steps_completed (int | Unset):
        steps_total (int | Unset):
        message (str | Unset):
        message_code (str | Unset):
        queued_duration (int | Unset):
        running_duration (int | Unset):
        execution_duration (int | Unset):
        duration (int | Unset):
        system_limit (bool | Unset):
        account_limit (bool | Unset):
        instance_init (bool | Unset):
        queued (int | Unset): A batch task's children QUEUED.
        running (int | Unset): A batch task's children RUNNING.
        completed (int | Unset): A batch task's children COMPLETED.
        failed (int | Unset): A batch task's children FAILED.
        aborted (int | Unset): A batch task's children ABORTED.
    """

    steps_completed: int | Unset = UNSET
    steps_total: int | Unset = UNSET
    message: str | Unset = UNSET
    message_code: str | Unset = UNSET
    queued_duration: int | Unset = UNSET
    running_duration: int | Unset = UNSET
    execution_duration: int | Unset = UNSET
    duration: int | Unset = UNSET
    system_limit: bool | Unset = UNSET
    account_limit: bool | Unset = UNSET
    instance_init: bool | Unset = UNSET
    queued: int | Unset = UNSET
    running: int | Unset = UNSET
    completed: int | Unset = UNSET
    failed: int | Unset = UNSET
    aborted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps_completed = self.steps_completed

        steps_total = self.steps_total

        message = self.message

        message_code = self.message_code

        queued_duration = self.queued_duration

        running_duration = self.running_duration

        execution_duration = self.execution_duration

        duration = self.duration

        system_limit = self.system_limit

        account_limit = self.account_limit

        instance_init = self.instance_init

        queued = self.queued

        running = self.running

        completed = self.completed

        failed = self.failed

        aborted = self.aborted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if steps_total is not UNSET:
            field_dict["steps_total"] = steps_total
        if message is not UNSET:
            field_dict["message"] = message
        if message_code is not UNSET:
            field_dict["message_code"] = message_code
        if queued_duration is not UNSET:
            field_dict["queued_duration"] = queued_duration
        if running_duration is not UNSET:
            field_dict["running_duration"] = running_duration
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if duration is not UNSET:
            field_dict["duration"] = duration
        if system_limit is not UNSET:
            field_dict["system_limit"] = system_limit
        if account_limit is not UNSET:
            field_dict["account_limit"] = account_limit
        if instance_init is not UNSET:
            field_dict["instance_init"] = instance_init
        if queued is not UNSET:
            field_dict["queued"] = queued
        if running is not UNSET:
            field_dict["running"] = running
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if aborted is not UNSET:
            field_dict["aborted"] = aborted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.steps_completed = d.pop("steps_completed", UNSET)

        _made.steps_total = d.pop("steps_total", UNSET)

        _made.message = d.pop("message", UNSET)

        _made.message_code = d.pop("message_code", UNSET)

        _made.queued_duration = d.pop("queued_duration", UNSET)

        _made.running_duration = d.pop("running_duration", UNSET)

        _made.execution_duration = d.pop("execution_duration", UNSET)

        _made.duration = d.pop("duration", UNSET)

        _made.system_limit = d.pop("system_limit", UNSET)

        _made.account_limit = d.pop("account_limit", UNSET)

        _made.instance_init = d.pop("instance_init", UNSET)

        _made.queued = d.pop("queued", UNSET)

        _made.running = d.pop("running", UNSET)

        _made.completed = d.pop("completed", UNSET)

        _made.failed = d.pop("failed", UNSET)

        _made.aborted = d.pop("aborted", UNSET)

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
