from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_state import TransferState
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.file import File
    from ..models.import_source import ImportSource
    from ..models.imported_to import ImportedTo


T = TypeVar("T", bound="Import")


@_attrs_define(slots=False)
class Import:
    """
    Attributes:
        href (str):
        id (str): An import or export job's id.
        state (str | TransferState | Unset):
        overwrite (bool | Unset):
        autorename (bool | Unset):
        preserve_folder_structure (bool | Unset):
        source (ImportSource | Unset):
        destination (ImportedTo | Unset):
        result (File | Unset):
        error (Error | Unset): The platform's error envelope; `code` is the platform code of the error registry.
        started_on (datetime.datetime | Unset):
        finished_on (datetime.datetime | Unset):
    """

    href: str
    id: str
    state: str | TransferState | Unset = UNSET
    overwrite: bool | Unset = UNSET
    autorename: bool | Unset = UNSET
    preserve_folder_structure: bool | Unset = UNSET
    source: ImportSource | Unset = UNSET
    destination: ImportedTo | Unset = UNSET
    result: File | Unset = UNSET
    error: Error | Unset = UNSET
    started_on: datetime.datetime | Unset = UNSET
    finished_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, TransferState):
            state = self.state.value
        else:
            state = self.state

        overwrite = self.overwrite

        autorename = self.autorename

        preserve_folder_structure = self.preserve_folder_structure

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        started_on: str | Unset = UNSET
        if not isinstance(self.started_on, Unset):
            started_on = self.started_on.isoformat()

        finished_on: str | Unset = UNSET
        if not isinstance(self.finished_on, Unset):
            finished_on = self.finished_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if autorename is not UNSET:
            field_dict["autorename"] = autorename
        if preserve_folder_structure is not UNSET:
            field_dict["preserve_folder_structure"] = preserve_folder_structure
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
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

        if "state" in d:
            _raw._raw_state = d.pop("state")

        _made.overwrite = d.pop("overwrite", UNSET)

        _made.autorename = d.pop("autorename", UNSET)

        _made.preserve_folder_structure = d.pop("preserve_folder_structure", UNSET)

        if "source" in d:
            _raw._raw_source = d.pop("source")

        if "destination" in d:
            _raw._raw_destination = d.pop("destination")

        if "result" in d:
            _raw._raw_result = d.pop("result")

        if "error" in d:
            _raw._raw_error = d.pop("error")

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


def _decode_state(_json_value_: Any) -> str | TransferState | Unset:
    def _parse_state(data: object) -> str | TransferState | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            state_type_0 = TransferState(data)

            return state_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(str | TransferState | Unset, data)

    state = _parse_state(_json_value_)

    return state


def _decode_source(_json_value_: Any) -> ImportSource | Unset:
    _source = _json_value_
    source: ImportSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = ImportSource.from_dict(_source)

    return source


def _decode_destination(_json_value_: Any) -> ImportedTo | Unset:
    _destination = _json_value_
    destination: ImportedTo | Unset
    if isinstance(_destination, Unset):
        destination = UNSET
    else:
        destination = ImportedTo.from_dict(_destination)

    return destination


def _decode_result(_json_value_: Any) -> File | Unset:
    _result = _json_value_
    result: File | Unset
    if isinstance(_result, Unset):
        result = UNSET
    else:
        result = File.from_dict(_result)

    return result


def _decode_error(_json_value_: Any) -> Error | Unset:
    _error = _json_value_
    error: Error | Unset
    if isinstance(_error, Unset):
        error = UNSET
    else:
        error = Error.from_dict(_error)

    return error


decoded_fields(
    Import,
    {
        "state": (_decode_state, "str | TransferState", True),
        "source": (_decode_source, "ImportSource", True),
        "destination": (_decode_destination, "ImportedTo", True),
        "result": (_decode_result, "File", True),
        "error": (_decode_error, "Error", True),
        "started_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "finished_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.error import Error
    from ..models.file import File
    from ..models.import_source import ImportSource
    from ..models.imported_to import ImportedTo
