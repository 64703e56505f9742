from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.task_result import TaskResult


T = TypeVar("T", bound="Task")


@_attrs_define(slots=False)
class Task:
    """The official client's TaskResponse, a union tagged by `status` ("[inferred]" plus the `id`).

    Attributes:
        status (str | TaskStatus):
        id (str | Unset): [inferred] The task id (the official client ignores it).
        result (None | TaskResult | Unset): `SUCCESS` only: what the task produced.
        error (str | Unset): `FAILED` only: why the task failed.
    """

    status: str | TaskStatus
    id: str | Unset = UNSET
    result: None | TaskResult | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_result import TaskResult  # noqa: PLC0415

        status: str
        if isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        id = self.id

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, TaskResult):
            result = self.result.to_dict()
        else:
            result = self.result

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_status = d.pop("status")

        _made.id = d.pop("id", UNSET)

        if "result" in d:
            _raw._raw_result = d.pop("result")

        _made.error = d.pop("error", UNSET)

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


def _decode_status(_json_value_: Any) -> str | TaskStatus:
    def _parse_status(data: object) -> str | TaskStatus:
        try:
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = TaskStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(str | TaskStatus, data)

    status = _parse_status(_json_value_)

    return status


def _decode_result(_json_value_: Any) -> None | TaskResult | Unset:
    def _parse_result(data: object) -> None | TaskResult | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            result_type_0 = TaskResult.from_dict(data)

            decode_all(result_type_0)
            return result_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | TaskResult | Unset, data)

    result = _parse_result(_json_value_)

    return result


decoded_fields(
    Task,
    {
        "status": (_decode_status, "str | TaskStatus", False),
        "result": (_decode_result, "None | TaskResult", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.task_result import TaskResult
