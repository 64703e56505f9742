from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_option import StorageOption
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.experiment_eas_set_item import ExperimentEasSetItem
    from ..models.experiment_log import ExperimentLog
    from ..models.experiment_meta_data import ExperimentMetaData


T = TypeVar("T", bound="Experiment")


@_attrs_define(slots=False)
class Experiment:
    """A run (sequenced, or planned and waiting for its chip). 36 `chef*` fields and more besides these.

    Attributes:
        id (int):
        resource_uri (str):
        exp_name (str):
        display_name (str | Unset):
        unique (str | Unset):
        chip_type (str | Unset):
        chip_barcode (str | Unset):
        pgm_name (str | Unset):
        platform (str | Unset): "PGM", "PROTON", "S5" ...
        flows (int | Unset):
        cycles (int | Unset):
        date (datetime.datetime | Unset):
        result_date (datetime.datetime | None | Unset):
        status (str | Unset): "", pending, voided, reserved, planned, transferred, inactive, run
        ftp_status (str | Unset):
        storage_options (StorageOption | str | Unset):
        user_ack (str | Unset):
        star (bool | Unset):
        notes (None | str | Unset):
        run_mode (str | Unset):
        runtype (str | Unset):
        sequencekitname (None | str | Unset):
        sample (str | Unset):
        is_proton (str | Unset): The string "True" or "False".
        log (ExperimentLog | Unset): Schema says string; the server sends an object.
        meta_data (ExperimentMetaData | Unset): Schema says string; the server sends an object.
        exp_dir (str | Unset):
        rawdatastyle (None | str | Unset):
        diskusage (int | None | Unset):
        plan (None | str | Unset):
        results (list[str] | Unset):
        samples (list[str] | Unset):
        eas_set (list[ExperimentEasSetItem] | Unset):
        chef_status (str | Unset):
        chef_progress (float | Unset):
        chef_remaining_seconds (int | None | Unset):
        chef_start_time (datetime.datetime | None | Unset):
    """

    id: int
    resource_uri: str
    exp_name: str
    display_name: str | Unset = UNSET
    unique: str | Unset = UNSET
    chip_type: str | Unset = UNSET
    chip_barcode: str | Unset = UNSET
    pgm_name: str | Unset = UNSET
    platform: str | Unset = UNSET
    flows: int | Unset = UNSET
    cycles: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    result_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    ftp_status: str | Unset = UNSET
    storage_options: StorageOption | str | Unset = UNSET
    user_ack: str | Unset = UNSET
    star: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    run_mode: str | Unset = UNSET
    runtype: str | Unset = UNSET
    sequencekitname: None | str | Unset = UNSET
    sample: str | Unset = UNSET
    is_proton: str | Unset = UNSET
    log: ExperimentLog | Unset = UNSET
    meta_data: ExperimentMetaData | Unset = UNSET
    exp_dir: str | Unset = UNSET
    rawdatastyle: None | str | Unset = UNSET
    diskusage: int | None | Unset = UNSET
    plan: None | str | Unset = UNSET
    results: list[str] | Unset = UNSET
    samples: list[str] | Unset = UNSET
    eas_set: list[ExperimentEasSetItem] | Unset = UNSET
    chef_status: str | Unset = UNSET
    chef_progress: float | Unset = UNSET
    chef_remaining_seconds: int | None | Unset = UNSET
    chef_start_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_uri = self.resource_uri

        exp_name = self.exp_name

        display_name = self.display_name

        unique = self.unique

        chip_type = self.chip_type

        chip_barcode = self.chip_barcode

        pgm_name = self.pgm_name

        platform = self.platform

        flows = self.flows

        cycles = self.cycles

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        result_date: None | str | Unset
        if isinstance(self.result_date, Unset):
            result_date = UNSET
        elif isinstance(self.result_date, datetime.datetime):
            result_date = self.result_date.isoformat()
        else:
            result_date = self.result_date

        status = self.status

        ftp_status = self.ftp_status

        storage_options: str | Unset
        if isinstance(self.storage_options, Unset):
            storage_options = UNSET
        elif isinstance(self.storage_options, StorageOption):
            storage_options = self.storage_options.value
        else:
            storage_options = self.storage_options

        user_ack = self.user_ack

        star = self.star

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        run_mode = self.run_mode

        runtype = self.runtype

        sequencekitname: None | str | Unset
        if isinstance(self.sequencekitname, Unset):
            sequencekitname = UNSET
        else:
            sequencekitname = self.sequencekitname

        sample = self.sample

        is_proton = self.is_proton

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        exp_dir = self.exp_dir

        rawdatastyle: None | str | Unset
        if isinstance(self.rawdatastyle, Unset):
            rawdatastyle = UNSET
        else:
            rawdatastyle = self.rawdatastyle

        diskusage: int | None | Unset
        if isinstance(self.diskusage, Unset):
            diskusage = UNSET
        else:
            diskusage = self.diskusage

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        results: list[str] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results

        samples: list[str] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples

        eas_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.eas_set, Unset):
            eas_set = []
            for eas_set_item_data in self.eas_set:
                eas_set_item = eas_set_item_data.to_dict()
                eas_set.append(eas_set_item)

        chef_status = self.chef_status

        chef_progress = self.chef_progress

        chef_remaining_seconds: int | None | Unset
        if isinstance(self.chef_remaining_seconds, Unset):
            chef_remaining_seconds = UNSET
        else:
            chef_remaining_seconds = self.chef_remaining_seconds

        chef_start_time: None | str | Unset
        if isinstance(self.chef_start_time, Unset):
            chef_start_time = UNSET
        elif isinstance(self.chef_start_time, datetime.datetime):
            chef_start_time = self.chef_start_time.isoformat()
        else:
            chef_start_time = self.chef_start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_uri": resource_uri,
                "expName": exp_name,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if unique is not UNSET:
            field_dict["unique"] = unique
        if chip_type is not UNSET:
            field_dict["chipType"] = chip_type
        if chip_barcode is not UNSET:
            field_dict["chipBarcode"] = chip_barcode
        if pgm_name is not UNSET:
            field_dict["pgmName"] = pgm_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if flows is not UNSET:
            field_dict["flows"] = flows
        if cycles is not UNSET:
            field_dict["cycles"] = cycles
        if date is not UNSET:
            field_dict["date"] = date
        if result_date is not UNSET:
            field_dict["resultDate"] = result_date
        if status is not UNSET:
            field_dict["status"] = status
        if ftp_status is not UNSET:
            field_dict["ftpStatus"] = ftp_status
        if storage_options is not UNSET:
            field_dict["storage_options"] = storage_options
        if user_ack is not UNSET:
            field_dict["user_ack"] = user_ack
        if star is not UNSET:
            field_dict["star"] = star
        if notes is not UNSET:
            field_dict["notes"] = notes
        if run_mode is not UNSET:
            field_dict["runMode"] = run_mode
        if runtype is not UNSET:
            field_dict["runtype"] = runtype
        if sequencekitname is not UNSET:
            field_dict["sequencekitname"] = sequencekitname
        if sample is not UNSET:
            field_dict["sample"] = sample
        if is_proton is not UNSET:
            field_dict["isProton"] = is_proton
        if log is not UNSET:
            field_dict["log"] = log
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data
        if exp_dir is not UNSET:
            field_dict["expDir"] = exp_dir
        if rawdatastyle is not UNSET:
            field_dict["rawdatastyle"] = rawdatastyle
        if diskusage is not UNSET:
            field_dict["diskusage"] = diskusage
        if plan is not UNSET:
            field_dict["plan"] = plan
        if results is not UNSET:
            field_dict["results"] = results
        if samples is not UNSET:
            field_dict["samples"] = samples
        if eas_set is not UNSET:
            field_dict["eas_set"] = eas_set
        if chef_status is not UNSET:
            field_dict["chefStatus"] = chef_status
        if chef_progress is not UNSET:
            field_dict["chefProgress"] = chef_progress
        if chef_remaining_seconds is not UNSET:
            field_dict["chefRemainingSeconds"] = chef_remaining_seconds
        if chef_start_time is not UNSET:
            field_dict["chefStartTime"] = chef_start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.resource_uri = d.pop("resource_uri")

        _made.exp_name = d.pop("expName")

        _made.display_name = d.pop("displayName", UNSET)

        _made.unique = d.pop("unique", UNSET)

        _made.chip_type = d.pop("chipType", UNSET)

        _made.chip_barcode = d.pop("chipBarcode", UNSET)

        _made.pgm_name = d.pop("pgmName", UNSET)

        _made.platform = d.pop("platform", UNSET)

        _made.flows = d.pop("flows", UNSET)

        _made.cycles = d.pop("cycles", UNSET)

        if "date" in d:
            _raw._raw_date = d.pop("date")

        if "resultDate" in d:
            _raw._raw_result_date = d.pop("resultDate")

        _made.status = d.pop("status", UNSET)

        _made.ftp_status = d.pop("ftpStatus", UNSET)

        if "storage_options" in d:
            _raw._raw_storage_options = d.pop("storage_options")

        _made.user_ack = d.pop("user_ack", UNSET)

        _made.star = d.pop("star", UNSET)

        _made.notes = d.pop("notes", UNSET)

        _made.run_mode = d.pop("runMode", UNSET)

        _made.runtype = d.pop("runtype", UNSET)

        _made.sequencekitname = d.pop("sequencekitname", UNSET)

        _made.sample = d.pop("sample", UNSET)

        _made.is_proton = d.pop("isProton", UNSET)

        if "log" in d:
            _raw._raw_log = d.pop("log")

        if "metaData" in d:
            _raw._raw_meta_data = d.pop("metaData")

        _made.exp_dir = d.pop("expDir", UNSET)

        _made.rawdatastyle = d.pop("rawdatastyle", UNSET)

        _made.diskusage = d.pop("diskusage", UNSET)

        _made.plan = d.pop("plan", UNSET)

        _made.results = d.pop("results", UNSET)

        _made.samples = d.pop("samples", UNSET)

        if "eas_set" in d:
            _raw._raw_eas_set = d.pop("eas_set")

        _made.chef_status = d.pop("chefStatus", UNSET)

        _made.chef_progress = d.pop("chefProgress", UNSET)

        _made.chef_remaining_seconds = d.pop("chefRemainingSeconds", UNSET)

        if "chefStartTime" in d:
            _raw._raw_chef_start_time = d.pop("chefStartTime")

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


def _decode_result_date(_json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_result_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            result_date_type_0 = datetime.datetime.fromisoformat(data)

            return result_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    result_date = _parse_result_date(_json_value_)

    return result_date


def _decode_storage_options(_json_value_: Any) -> StorageOption | str | Unset:
    def _parse_storage_options(data: object) -> StorageOption | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            storage_options_type_0 = StorageOption(data)

            return storage_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(StorageOption | str | Unset, data)

    storage_options = _parse_storage_options(_json_value_)

    return storage_options


def _decode_log(_json_value_: Any) -> ExperimentLog | Unset:
    _log = _json_value_
    log: ExperimentLog | Unset
    if isinstance(_log, Unset):
        log = UNSET
    else:
        log = ExperimentLog.from_dict(_log)

    return log


def _decode_meta_data(_json_value_: Any) -> ExperimentMetaData | Unset:
    _meta_data = _json_value_
    meta_data: ExperimentMetaData | Unset
    if isinstance(_meta_data, Unset):
        meta_data = UNSET
    else:
        meta_data = ExperimentMetaData.from_dict(_meta_data)

    return meta_data


def _decode_eas_set(_json_value_: Any) -> list[ExperimentEasSetItem] | Unset:
    _eas_set = _json_value_
    eas_set: list[ExperimentEasSetItem] | Unset = UNSET
    if _eas_set is not UNSET:
        eas_set = [ExperimentEasSetItem.from_dict(eas_set_item_data) for eas_set_item_data in _eas_set]

    return eas_set


def _decode_chef_start_time(_json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_chef_start_time(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            chef_start_time_type_0 = datetime.datetime.fromisoformat(data)

            return chef_start_time_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    chef_start_time = _parse_chef_start_time(_json_value_)

    return chef_start_time


decoded_fields(
    Experiment,
    {
        "date": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "result_date": (_decode_result_date, "datetime.datetime | None", True),
        "storage_options": (_decode_storage_options, "StorageOption | str", True),
        "log": (_decode_log, "ExperimentLog", True),
        "meta_data": (_decode_meta_data, "ExperimentMetaData", True),
        "eas_set": (_decode_eas_set, "list[ExperimentEasSetItem]", True),
        "chef_start_time": (_decode_chef_start_time, "datetime.datetime | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.experiment_eas_set_item import ExperimentEasSetItem
    from ..models.experiment_log import ExperimentLog
    from ..models.experiment_meta_data import ExperimentMetaData
