from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_option import StorageOption
from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.composite_experiment_barcoded_samples import CompositeExperimentBarcodedSamples
    from ..models.composite_plan import CompositePlan
    from ..models.composite_result import CompositeResult


T = TypeVar("T", bound="CompositeExperiment")


@_attrs_define(slots=False)
class CompositeExperiment:
    """A sequenced run with its reports embedded (`results`).

    Attributes:
        id (int):
        resource_uri (str):
        display_name (str):
        exp_name (str):
        results (list[CompositeResult]):
        chip_type (str | Unset):
        chip_description (str | Unset):
        chip_instrument_type (str | Unset):
        date (datetime.datetime | Unset):
        result_date (datetime.datetime | None | Unset):
        flows (int | Unset):
        ftp_status (str | Unset):
        notes (None | str | Unset):
        pgm_name (str | Unset):
        platform (str | Unset):
        run_mode (str | Unset):
        star (bool | Unset):
        status (str | Unset): The run's status ("run", ...).
        storage_options (StorageOption | str | Unset):
        keep (bool | Unset):
        plan (CompositePlan | None | Unset):
        rep_result (None | str | Unset): The representative report (a compositeresult URI).
        sample (str | Unset):
        sample_displayed_name (str | Unset):
        sample_set_name (str | Unset):
        barcode_id (str | Unset):
        barcoded_samples (CompositeExperimentBarcodedSamples | Unset): Schema says string; the server sends an object.
        library (str | Unset):
        references (str | Unset):
        application_category_displayed_name (str | Unset):
        chef_reagents_serial_num (str | Unset):
        chef_solutions_serial_num (str | Unset):
        chef_start_time (datetime.datetime | None | Unset):
    """

    id: int
    resource_uri: str
    display_name: str
    exp_name: str
    results: list[CompositeResult]
    chip_type: str | Unset = UNSET
    chip_description: str | Unset = UNSET
    chip_instrument_type: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    result_date: datetime.datetime | None | Unset = UNSET
    flows: int | Unset = UNSET
    ftp_status: str | Unset = UNSET
    notes: None | str | Unset = UNSET
    pgm_name: str | Unset = UNSET
    platform: str | Unset = UNSET
    run_mode: str | Unset = UNSET
    star: bool | Unset = UNSET
    status: str | Unset = UNSET
    storage_options: StorageOption | str | Unset = UNSET
    keep: bool | Unset = UNSET
    plan: CompositePlan | None | Unset = UNSET
    rep_result: None | str | Unset = UNSET
    sample: str | Unset = UNSET
    sample_displayed_name: str | Unset = UNSET
    sample_set_name: str | Unset = UNSET
    barcode_id: str | Unset = UNSET
    barcoded_samples: CompositeExperimentBarcodedSamples | Unset = UNSET
    library: str | Unset = UNSET
    references: str | Unset = UNSET
    application_category_displayed_name: str | Unset = UNSET
    chef_reagents_serial_num: str | Unset = UNSET
    chef_solutions_serial_num: str | Unset = UNSET
    chef_start_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.composite_plan import CompositePlan  # noqa: PLC0415

        id = self.id

        resource_uri = self.resource_uri

        display_name = self.display_name

        exp_name = self.exp_name

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        chip_type = self.chip_type

        chip_description = self.chip_description

        chip_instrument_type = self.chip_instrument_type

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

        flows = self.flows

        ftp_status = self.ftp_status

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        pgm_name = self.pgm_name

        platform = self.platform

        run_mode = self.run_mode

        star = self.star

        status = self.status

        storage_options: str | Unset
        if isinstance(self.storage_options, Unset):
            storage_options = UNSET
        elif isinstance(self.storage_options, StorageOption):
            storage_options = self.storage_options.value
        else:
            storage_options = self.storage_options

        keep = self.keep

        plan: dict[str, Any] | None | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        elif isinstance(self.plan, CompositePlan):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        rep_result: None | str | Unset
        if isinstance(self.rep_result, Unset):
            rep_result = UNSET
        else:
            rep_result = self.rep_result

        sample = self.sample

        sample_displayed_name = self.sample_displayed_name

        sample_set_name = self.sample_set_name

        barcode_id = self.barcode_id

        barcoded_samples: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcoded_samples, Unset):
            barcoded_samples = self.barcoded_samples.to_dict()

        library = self.library

        references = self.references

        application_category_displayed_name = self.application_category_displayed_name

        chef_reagents_serial_num = self.chef_reagents_serial_num

        chef_solutions_serial_num = self.chef_solutions_serial_num

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
                "displayName": display_name,
                "expName": exp_name,
                "results": results,
            }
        )
        if chip_type is not UNSET:
            field_dict["chipType"] = chip_type
        if chip_description is not UNSET:
            field_dict["chipDescription"] = chip_description
        if chip_instrument_type is not UNSET:
            field_dict["chipInstrumentType"] = chip_instrument_type
        if date is not UNSET:
            field_dict["date"] = date
        if result_date is not UNSET:
            field_dict["resultDate"] = result_date
        if flows is not UNSET:
            field_dict["flows"] = flows
        if ftp_status is not UNSET:
            field_dict["ftpStatus"] = ftp_status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pgm_name is not UNSET:
            field_dict["pgmName"] = pgm_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if run_mode is not UNSET:
            field_dict["runMode"] = run_mode
        if star is not UNSET:
            field_dict["star"] = star
        if status is not UNSET:
            field_dict["status"] = status
        if storage_options is not UNSET:
            field_dict["storage_options"] = storage_options
        if keep is not UNSET:
            field_dict["keep"] = keep
        if plan is not UNSET:
            field_dict["plan"] = plan
        if rep_result is not UNSET:
            field_dict["repResult"] = rep_result
        if sample is not UNSET:
            field_dict["sample"] = sample
        if sample_displayed_name is not UNSET:
            field_dict["sampleDisplayedName"] = sample_displayed_name
        if sample_set_name is not UNSET:
            field_dict["sampleSetName"] = sample_set_name
        if barcode_id is not UNSET:
            field_dict["barcodeId"] = barcode_id
        if barcoded_samples is not UNSET:
            field_dict["barcodedSamples"] = barcoded_samples
        if library is not UNSET:
            field_dict["library"] = library
        if references is not UNSET:
            field_dict["references"] = references
        if application_category_displayed_name is not UNSET:
            field_dict["applicationCategoryDisplayedName"] = application_category_displayed_name
        if chef_reagents_serial_num is not UNSET:
            field_dict["chefReagentsSerialNum"] = chef_reagents_serial_num
        if chef_solutions_serial_num is not UNSET:
            field_dict["chefSolutionsSerialNum"] = chef_solutions_serial_num
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

        _made.display_name = d.pop("displayName")

        _made.exp_name = d.pop("expName")

        _raw._raw_results = d.pop("results")

        _made.chip_type = d.pop("chipType", UNSET)

        _made.chip_description = d.pop("chipDescription", UNSET)

        _made.chip_instrument_type = d.pop("chipInstrumentType", UNSET)

        if "date" in d:
            _raw._raw_date = d.pop("date")

        if "resultDate" in d:
            _raw._raw_result_date = d.pop("resultDate")

        _made.flows = d.pop("flows", UNSET)

        _made.ftp_status = d.pop("ftpStatus", UNSET)

        _made.notes = d.pop("notes", UNSET)

        _made.pgm_name = d.pop("pgmName", UNSET)

        _made.platform = d.pop("platform", UNSET)

        _made.run_mode = d.pop("runMode", UNSET)

        _made.star = d.pop("star", UNSET)

        _made.status = d.pop("status", UNSET)

        if "storage_options" in d:
            _raw._raw_storage_options = d.pop("storage_options")

        _made.keep = d.pop("keep", UNSET)

        if "plan" in d:
            _raw._raw_plan = d.pop("plan")

        _made.rep_result = d.pop("repResult", UNSET)

        _made.sample = d.pop("sample", UNSET)

        _made.sample_displayed_name = d.pop("sampleDisplayedName", UNSET)

        _made.sample_set_name = d.pop("sampleSetName", UNSET)

        _made.barcode_id = d.pop("barcodeId", UNSET)

        if "barcodedSamples" in d:
            _raw._raw_barcoded_samples = d.pop("barcodedSamples")

        _made.library = d.pop("library", UNSET)

        _made.references = d.pop("references", UNSET)

        _made.application_category_displayed_name = d.pop("applicationCategoryDisplayedName", UNSET)

        _made.chef_reagents_serial_num = d.pop("chefReagentsSerialNum", UNSET)

        _made.chef_solutions_serial_num = d.pop("chefSolutionsSerialNum", UNSET)

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


def _decode_results(_json_value_: Any) -> list[CompositeResult]:
    results = [CompositeResult.from_dict(results_item_data) for results_item_data in _json_value_]

    return results


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


def _decode_plan(_json_value_: Any) -> CompositePlan | None | Unset:
    def _parse_plan(data: object) -> CompositePlan | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            plan_type_0 = CompositePlan.from_dict(data)

            decode_all(plan_type_0)
            return plan_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositePlan | None | Unset, data)

    plan = _parse_plan(_json_value_)

    return plan


def _decode_barcoded_samples(_json_value_: Any) -> CompositeExperimentBarcodedSamples | Unset:
    _barcoded_samples = _json_value_
    barcoded_samples: CompositeExperimentBarcodedSamples | Unset
    if isinstance(_barcoded_samples, Unset):
        barcoded_samples = UNSET
    else:
        barcoded_samples = CompositeExperimentBarcodedSamples.from_dict(_barcoded_samples)

    return barcoded_samples


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
    CompositeExperiment,
    {
        "results": (_decode_results, "list[CompositeResult]", False),
        "date": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "result_date": (_decode_result_date, "datetime.datetime | None", True),
        "storage_options": (_decode_storage_options, "StorageOption | str", True),
        "plan": (_decode_plan, "CompositePlan | None", True),
        "barcoded_samples": (_decode_barcoded_samples, "CompositeExperimentBarcodedSamples", True),
        "chef_start_time": (_decode_chef_start_time, "datetime.datetime | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.composite_experiment_barcoded_samples import CompositeExperimentBarcodedSamples
    from ..models.composite_plan import CompositePlan
    from ..models.composite_result import CompositeResult
