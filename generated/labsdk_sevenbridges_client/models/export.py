from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_state import TransferState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.export_destination import ExportDestination
    from ..models.export_properties import ExportProperties
    from ..models.export_source import ExportSource
    from ..models.file import File


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """
    Attributes:
        href (str):
        id (str): An import or export job's id.
        state (str | TransferState | Unset):
        source (ExportSource | Unset):
        destination (ExportDestination | Unset):
        overwrite (bool | Unset):
        properties (ExportProperties | Unset):
        result (File | Unset):
        error (Error | Unset): The platform's error envelope; `code` is the platform code of the error registry.
        started_on (datetime.datetime | Unset):
        finished_on (datetime.datetime | Unset):
    """

    href: str
    id: str
    state: str | TransferState | Unset = UNSET
    source: ExportSource | Unset = UNSET
    destination: ExportDestination | Unset = UNSET
    overwrite: bool | Unset = UNSET
    properties: ExportProperties | Unset = UNSET
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

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        overwrite = self.overwrite

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

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
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if properties is not UNSET:
            field_dict["properties"] = properties
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
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        if "state" in d:

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

            state = _parse_state(d.pop("state"))

            _made.state = state
        else:
            _made.state = UNSET

        if "source" in d:
            _source = d.pop("source")
            source: ExportSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = ExportSource.from_dict(_source)

            _made.source = source
        else:
            _made.source = UNSET

        if "destination" in d:
            _destination = d.pop("destination")
            destination: ExportDestination | Unset
            if isinstance(_destination, Unset):
                destination = UNSET
            else:
                destination = ExportDestination.from_dict(_destination)

            _made.destination = destination
        else:
            _made.destination = UNSET

        _made.overwrite = d.pop("overwrite", UNSET)

        if "properties" in d:
            _properties = d.pop("properties")
            properties: ExportProperties | Unset
            if isinstance(_properties, Unset):
                properties = UNSET
            else:
                properties = ExportProperties.from_dict(_properties)

            _made.properties = properties
        else:
            _made.properties = UNSET

        if "result" in d:
            _result = d.pop("result")
            result: File | Unset
            if isinstance(_result, Unset):
                result = UNSET
            else:
                result = File.from_dict(_result)

            _made.result = result
        else:
            _made.result = UNSET

        if "error" in d:
            _error = d.pop("error")
            error: Error | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = Error.from_dict(_error)

            _made.error = error
        else:
            _made.error = UNSET

        if "started_on" in d:
            _started_on = d.pop("started_on")
            started_on: datetime.datetime | Unset
            if isinstance(_started_on, Unset):
                started_on = UNSET
            else:
                started_on = datetime.datetime.fromisoformat(_started_on)

            _made.started_on = started_on
        else:
            _made.started_on = UNSET

        if "finished_on" in d:
            _finished_on = d.pop("finished_on")
            finished_on: datetime.datetime | Unset
            if isinstance(_finished_on, Unset):
                finished_on = UNSET
            else:
                finished_on = datetime.datetime.fromisoformat(_finished_on)

            _made.finished_on = finished_on
        else:
            _made.finished_on = UNSET

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


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.error import Error
    from ..models.export_destination import ExportDestination
    from ..models.export_properties import ExportProperties
    from ..models.export_source import ExportSource
    from ..models.file import File
