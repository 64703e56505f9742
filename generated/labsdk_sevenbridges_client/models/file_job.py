from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_job_state import FileJobState
from ..models.file_job_type import FileJobType
from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.file_bulk_record import FileBulkRecord


T = TypeVar("T", bound="FileJob")


@_attrs_define(slots=False)
class FileJob:
    """
    Attributes:
        href (str):
        id (str): An asynchronous job's id (digits).
        type_ (FileJobType | str | Unset):
        state (FileJobState | str | Unset):
        result (list[FileBulkRecord] | None | Unset): Once FINISHED, one record per item (the file, or the error); null
            before.
        total_files (int | Unset):
        completed_files (int | Unset):
        failed_files (int | Unset):
        started_on (datetime.datetime | Unset):
        finished_on (datetime.datetime | None | Unset):
    """

    href: str
    id: str
    type_: FileJobType | str | Unset = UNSET
    state: FileJobState | str | Unset = UNSET
    result: list[FileBulkRecord] | None | Unset = UNSET
    total_files: int | Unset = UNSET
    completed_files: int | Unset = UNSET
    failed_files: int | Unset = UNSET
    started_on: datetime.datetime | Unset = UNSET
    finished_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FileJobType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, FileJobState):
            state = self.state.value
        else:
            state = self.state

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        total_files = self.total_files

        completed_files = self.completed_files

        failed_files = self.failed_files

        started_on: str | Unset = UNSET
        if not isinstance(self.started_on, Unset):
            started_on = self.started_on.isoformat()

        finished_on: None | str | Unset
        if isinstance(self.finished_on, Unset):
            finished_on = UNSET
        elif isinstance(self.finished_on, datetime.datetime):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result
        if total_files is not UNSET:
            field_dict["total_files"] = total_files
        if completed_files is not UNSET:
            field_dict["completed_files"] = completed_files
        if failed_files is not UNSET:
            field_dict["failed_files"] = failed_files
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if finished_on is not UNSET:
            field_dict["finished_on"] = finished_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        if "type" in d:
            _raw._raw_type_ = d.pop("type")

        if "state" in d:
            _raw._raw_state = d.pop("state")

        if "result" in d:
            _raw._raw_result = d.pop("result")

        _made.total_files = d.pop("total_files", UNSET)

        _made.completed_files = d.pop("completed_files", UNSET)

        _made.failed_files = d.pop("failed_files", UNSET)

        if "started_on" in d:
            _raw._raw_started_on = d.pop("started_on")

        if "finished_on" in d:
            _raw._raw_finished_on = d.pop("finished_on")

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


def _decode_type_(_json_value_: Any) -> FileJobType | str | Unset:
    def _parse_type_(data: object) -> FileJobType | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = FileJobType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FileJobType | str | Unset, data)

    type_ = _parse_type_(_json_value_)

    return type_


def _decode_state(_json_value_: Any) -> FileJobState | str | Unset:
    def _parse_state(data: object) -> FileJobState | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            state_type_0 = FileJobState(data)

            return state_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FileJobState | str | Unset, data)

    state = _parse_state(_json_value_)

    return state


def _decode_result(_json_value_: Any) -> list[FileBulkRecord] | None | Unset:
    def _parse_result(data: object) -> list[FileBulkRecord] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            result_type_0 = [FileBulkRecord.from_dict(result_type_0_item_data) for result_type_0_item_data in data]

            decode_all(result_type_0)
            return result_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[FileBulkRecord] | None | Unset, data)

    result = _parse_result(_json_value_)

    return result


def _decode_finished_on(_json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_finished_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            finished_on_type_0 = datetime.datetime.fromisoformat(data)

            return finished_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    finished_on = _parse_finished_on(_json_value_)

    return finished_on


decoded_fields(
    FileJob,
    {
        "type_": (_decode_type_, "FileJobType | str", True),
        "state": (_decode_state, "FileJobState | str", True),
        "result": (_decode_result, "list[FileBulkRecord] | None", True),
        "started_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "finished_on": (_decode_finished_on, "datetime.datetime | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.file_bulk_record import FileBulkRecord
