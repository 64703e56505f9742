from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_status import PlanStatus
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.planned_experiment_barcoded_samples import PlannedExperimentBarcodedSamples
    from ..models.planned_experiment_chef_info import PlannedExperimentChefInfo
    from ..models.planned_experiment_meta_data import PlannedExperimentMetaData
    from ..models.planned_experiment_qc_values_item import PlannedExperimentQcValuesItem
    from ..models.planned_experiment_selected_plugins import PlannedExperimentSelectedPlugins


T = TypeVar("T", bound="PlannedExperiment")


@_attrs_define(slots=False)
class PlannedExperiment:
    """A run plan (or, `isReusable`, a plan template). 94 fields in TS 5.12, plus `*args` strings.

    Attributes:
        id (int):
        resource_uri (str):
        plan_name (None | str): Whitespace replaced by `_`.
        plan_short_id (None | str):
        plan_status (PlanStatus | str):
        plan_displayed_name (None | str | Unset):
        plan_guid (None | str | Unset):
        plan_executed (bool | Unset):
        is_reusable (bool | Unset):
        is_system (bool | Unset):
        is_favorite (bool | Unset):
        origin (str | Unset):
        chip_type (str | Unset):
        run_type (str | Unset): "GENS" (default), "AMPS", "AMPS_RNA", "AMPS_DNA_RNA", "WGNM", "TARS" ...
        run_mode (str | Unset):
        flows (int | Unset):
        library (None | str | Unset):
        barcode_id (None | str | Unset):
        barcoded_samples (PlannedExperimentBarcodedSamples | Unset): Sample name → its barcodes (see BarcodedSample);
            schema says string.
        sample (None | str | Unset):
        sample_displayed_name (None | str | Unset):
        sequencekitname (None | str | Unset):
        librarykitname (None | str | Unset):
        templating_kit_name (None | str | Unset):
        sample_prep_kit_name (None | str | Unset):
        library_key (str | Unset):
        tf_key (str | Unset):
        bedfile (str | Unset):
        regionfile (str | Unset):
        selected_plugins (PlannedExperimentSelectedPlugins | Unset): Schema says string; the server sends an object.
        meta_data (PlannedExperimentMetaData | Unset):
        chef_info (PlannedExperimentChefInfo | Unset):
        child_plans (list[Any] | Unset):
        qc_values (list[PlannedExperimentQcValuesItem] | Unset):
        projects (list[str] | Unset):
        application_group (None | str | Unset):
        sample_grouping (None | str | Unset):
        experiment (None | str | Unset): The planned run it created.
        platform (None | str | Unset):
        username (None | str | Unset):
        notes (None | str | Unset):
        date (datetime.datetime | None | Unset):
    """

    id: int
    resource_uri: str
    plan_name: None | str
    plan_short_id: None | str
    plan_status: PlanStatus | str
    plan_displayed_name: None | str | Unset = UNSET
    plan_guid: None | str | Unset = UNSET
    plan_executed: bool | Unset = UNSET
    is_reusable: bool | Unset = UNSET
    is_system: bool | Unset = UNSET
    is_favorite: bool | Unset = UNSET
    origin: str | Unset = UNSET
    chip_type: str | Unset = UNSET
    run_type: str | Unset = UNSET
    run_mode: str | Unset = UNSET
    flows: int | Unset = UNSET
    library: None | str | Unset = UNSET
    barcode_id: None | str | Unset = UNSET
    barcoded_samples: PlannedExperimentBarcodedSamples | Unset = UNSET
    sample: None | str | Unset = UNSET
    sample_displayed_name: None | str | Unset = UNSET
    sequencekitname: None | str | Unset = UNSET
    librarykitname: None | str | Unset = UNSET
    templating_kit_name: None | str | Unset = UNSET
    sample_prep_kit_name: None | str | Unset = UNSET
    library_key: str | Unset = UNSET
    tf_key: str | Unset = UNSET
    bedfile: str | Unset = UNSET
    regionfile: str | Unset = UNSET
    selected_plugins: PlannedExperimentSelectedPlugins | Unset = UNSET
    meta_data: PlannedExperimentMetaData | Unset = UNSET
    chef_info: PlannedExperimentChefInfo | Unset = UNSET
    child_plans: list[Any] | Unset = UNSET
    qc_values: list[PlannedExperimentQcValuesItem] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    application_group: None | str | Unset = UNSET
    sample_grouping: None | str | Unset = UNSET
    experiment: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_uri = self.resource_uri

        plan_name: None | str
        plan_name = self.plan_name

        plan_short_id: None | str
        plan_short_id = self.plan_short_id

        plan_status: str
        if isinstance(self.plan_status, PlanStatus):
            plan_status = self.plan_status.value
        else:
            plan_status = self.plan_status

        plan_displayed_name: None | str | Unset
        if isinstance(self.plan_displayed_name, Unset):
            plan_displayed_name = UNSET
        else:
            plan_displayed_name = self.plan_displayed_name

        plan_guid: None | str | Unset
        if isinstance(self.plan_guid, Unset):
            plan_guid = UNSET
        else:
            plan_guid = self.plan_guid

        plan_executed = self.plan_executed

        is_reusable = self.is_reusable

        is_system = self.is_system

        is_favorite = self.is_favorite

        origin = self.origin

        chip_type = self.chip_type

        run_type = self.run_type

        run_mode = self.run_mode

        flows = self.flows

        library: None | str | Unset
        if isinstance(self.library, Unset):
            library = UNSET
        else:
            library = self.library

        barcode_id: None | str | Unset
        if isinstance(self.barcode_id, Unset):
            barcode_id = UNSET
        else:
            barcode_id = self.barcode_id

        barcoded_samples: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcoded_samples, Unset):
            barcoded_samples = self.barcoded_samples.to_dict()

        sample: None | str | Unset
        if isinstance(self.sample, Unset):
            sample = UNSET
        else:
            sample = self.sample

        sample_displayed_name: None | str | Unset
        if isinstance(self.sample_displayed_name, Unset):
            sample_displayed_name = UNSET
        else:
            sample_displayed_name = self.sample_displayed_name

        sequencekitname: None | str | Unset
        if isinstance(self.sequencekitname, Unset):
            sequencekitname = UNSET
        else:
            sequencekitname = self.sequencekitname

        librarykitname: None | str | Unset
        if isinstance(self.librarykitname, Unset):
            librarykitname = UNSET
        else:
            librarykitname = self.librarykitname

        templating_kit_name: None | str | Unset
        if isinstance(self.templating_kit_name, Unset):
            templating_kit_name = UNSET
        else:
            templating_kit_name = self.templating_kit_name

        sample_prep_kit_name: None | str | Unset
        if isinstance(self.sample_prep_kit_name, Unset):
            sample_prep_kit_name = UNSET
        else:
            sample_prep_kit_name = self.sample_prep_kit_name

        library_key = self.library_key

        tf_key = self.tf_key

        bedfile = self.bedfile

        regionfile = self.regionfile

        selected_plugins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_plugins, Unset):
            selected_plugins = self.selected_plugins.to_dict()

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        chef_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chef_info, Unset):
            chef_info = self.chef_info.to_dict()

        child_plans: list[Any] | Unset = UNSET
        if not isinstance(self.child_plans, Unset):
            child_plans = self.child_plans

        qc_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qc_values, Unset):
            qc_values = []
            for qc_values_item_data in self.qc_values:
                qc_values_item = qc_values_item_data.to_dict()
                qc_values.append(qc_values_item)

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        application_group: None | str | Unset
        if isinstance(self.application_group, Unset):
            application_group = UNSET
        else:
            application_group = self.application_group

        sample_grouping: None | str | Unset
        if isinstance(self.sample_grouping, Unset):
            sample_grouping = UNSET
        else:
            sample_grouping = self.sample_grouping

        experiment: None | str | Unset
        if isinstance(self.experiment, Unset):
            experiment = UNSET
        else:
            experiment = self.experiment

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_uri": resource_uri,
                "planName": plan_name,
                "planShortID": plan_short_id,
                "planStatus": plan_status,
            }
        )
        if plan_displayed_name is not UNSET:
            field_dict["planDisplayedName"] = plan_displayed_name
        if plan_guid is not UNSET:
            field_dict["planGUID"] = plan_guid
        if plan_executed is not UNSET:
            field_dict["planExecuted"] = plan_executed
        if is_reusable is not UNSET:
            field_dict["isReusable"] = is_reusable
        if is_system is not UNSET:
            field_dict["isSystem"] = is_system
        if is_favorite is not UNSET:
            field_dict["isFavorite"] = is_favorite
        if origin is not UNSET:
            field_dict["origin"] = origin
        if chip_type is not UNSET:
            field_dict["chipType"] = chip_type
        if run_type is not UNSET:
            field_dict["runType"] = run_type
        if run_mode is not UNSET:
            field_dict["runMode"] = run_mode
        if flows is not UNSET:
            field_dict["flows"] = flows
        if library is not UNSET:
            field_dict["library"] = library
        if barcode_id is not UNSET:
            field_dict["barcodeId"] = barcode_id
        if barcoded_samples is not UNSET:
            field_dict["barcodedSamples"] = barcoded_samples
        if sample is not UNSET:
            field_dict["sample"] = sample
        if sample_displayed_name is not UNSET:
            field_dict["sampleDisplayedName"] = sample_displayed_name
        if sequencekitname is not UNSET:
            field_dict["sequencekitname"] = sequencekitname
        if librarykitname is not UNSET:
            field_dict["librarykitname"] = librarykitname
        if templating_kit_name is not UNSET:
            field_dict["templatingKitName"] = templating_kit_name
        if sample_prep_kit_name is not UNSET:
            field_dict["samplePrepKitName"] = sample_prep_kit_name
        if library_key is not UNSET:
            field_dict["libraryKey"] = library_key
        if tf_key is not UNSET:
            field_dict["tfKey"] = tf_key
        if bedfile is not UNSET:
            field_dict["bedfile"] = bedfile
        if regionfile is not UNSET:
            field_dict["regionfile"] = regionfile
        if selected_plugins is not UNSET:
            field_dict["selectedPlugins"] = selected_plugins
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data
        if chef_info is not UNSET:
            field_dict["chefInfo"] = chef_info
        if child_plans is not UNSET:
            field_dict["childPlans"] = child_plans
        if qc_values is not UNSET:
            field_dict["qcValues"] = qc_values
        if projects is not UNSET:
            field_dict["projects"] = projects
        if application_group is not UNSET:
            field_dict["applicationGroup"] = application_group
        if sample_grouping is not UNSET:
            field_dict["sampleGrouping"] = sample_grouping
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if platform is not UNSET:
            field_dict["platform"] = platform
        if username is not UNSET:
            field_dict["username"] = username
        if notes is not UNSET:
            field_dict["notes"] = notes
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.resource_uri = d.pop("resource_uri")

        _made.plan_name = d.pop("planName")

        _made.plan_short_id = d.pop("planShortID")

        _raw._raw_plan_status = d.pop("planStatus")

        _made.plan_displayed_name = d.pop("planDisplayedName", UNSET)

        _made.plan_guid = d.pop("planGUID", UNSET)

        _made.plan_executed = d.pop("planExecuted", UNSET)

        _made.is_reusable = d.pop("isReusable", UNSET)

        _made.is_system = d.pop("isSystem", UNSET)

        _made.is_favorite = d.pop("isFavorite", UNSET)

        _made.origin = d.pop("origin", UNSET)

        _made.chip_type = d.pop("chipType", UNSET)

        _made.run_type = d.pop("runType", UNSET)

        _made.run_mode = d.pop("runMode", UNSET)

        _made.flows = d.pop("flows", UNSET)

        _made.library = d.pop("library", UNSET)

        _made.barcode_id = d.pop("barcodeId", UNSET)

        if "barcodedSamples" in d:
            _raw._raw_barcoded_samples = d.pop("barcodedSamples")

        _made.sample = d.pop("sample", UNSET)

        _made.sample_displayed_name = d.pop("sampleDisplayedName", UNSET)

        _made.sequencekitname = d.pop("sequencekitname", UNSET)

        _made.librarykitname = d.pop("librarykitname", UNSET)

        _made.templating_kit_name = d.pop("templatingKitName", UNSET)

        _made.sample_prep_kit_name = d.pop("samplePrepKitName", UNSET)

        _made.library_key = d.pop("libraryKey", UNSET)

        _made.tf_key = d.pop("tfKey", UNSET)

        _made.bedfile = d.pop("bedfile", UNSET)

        _made.regionfile = d.pop("regionfile", UNSET)

        if "selectedPlugins" in d:
            _raw._raw_selected_plugins = d.pop("selectedPlugins")

        if "metaData" in d:
            _raw._raw_meta_data = d.pop("metaData")

        if "chefInfo" in d:
            _raw._raw_chef_info = d.pop("chefInfo")

        _made.child_plans = d.pop("childPlans", UNSET)

        if "qcValues" in d:
            _raw._raw_qc_values = d.pop("qcValues")

        _made.projects = d.pop("projects", UNSET)

        _made.application_group = d.pop("applicationGroup", UNSET)

        _made.sample_grouping = d.pop("sampleGrouping", UNSET)

        _made.experiment = d.pop("experiment", UNSET)

        _made.platform = d.pop("platform", UNSET)

        _made.username = d.pop("username", UNSET)

        _made.notes = d.pop("notes", UNSET)

        if "date" in d:
            _raw._raw_date = d.pop("date")

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


def _decode_plan_status(_json_value_: Any) -> PlanStatus | str:
    def _parse_plan_status(data: object) -> PlanStatus | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            plan_status_type_0 = PlanStatus(data)

            return plan_status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(PlanStatus | str, data)

    plan_status = _parse_plan_status(_json_value_)

    return plan_status


def _decode_barcoded_samples(_json_value_: Any) -> PlannedExperimentBarcodedSamples | Unset:
    _barcoded_samples = _json_value_
    barcoded_samples: PlannedExperimentBarcodedSamples | Unset
    if isinstance(_barcoded_samples, Unset):
        barcoded_samples = UNSET
    else:
        barcoded_samples = PlannedExperimentBarcodedSamples.from_dict(_barcoded_samples)

    return barcoded_samples


def _decode_selected_plugins(_json_value_: Any) -> PlannedExperimentSelectedPlugins | Unset:
    _selected_plugins = _json_value_
    selected_plugins: PlannedExperimentSelectedPlugins | Unset
    if isinstance(_selected_plugins, Unset):
        selected_plugins = UNSET
    else:
        selected_plugins = PlannedExperimentSelectedPlugins.from_dict(_selected_plugins)

    return selected_plugins


def _decode_meta_data(_json_value_: Any) -> PlannedExperimentMetaData | Unset:
    _meta_data = _json_value_
    meta_data: PlannedExperimentMetaData | Unset
    if isinstance(_meta_data, Unset):
        meta_data = UNSET
    else:
        meta_data = PlannedExperimentMetaData.from_dict(_meta_data)

    return meta_data


def _decode_chef_info(_json_value_: Any) -> PlannedExperimentChefInfo | Unset:
    _chef_info = _json_value_
    chef_info: PlannedExperimentChefInfo | Unset
    if isinstance(_chef_info, Unset):
        chef_info = UNSET
    else:
        chef_info = PlannedExperimentChefInfo.from_dict(_chef_info)

    return chef_info


def _decode_qc_values(_json_value_: Any) -> list[PlannedExperimentQcValuesItem] | Unset:
    _qc_values = _json_value_
    qc_values: list[PlannedExperimentQcValuesItem] | Unset = UNSET
    if _qc_values is not UNSET:
        qc_values = [PlannedExperimentQcValuesItem.from_dict(qc_values_item_data) for qc_values_item_data in _qc_values]

    return qc_values


def _decode_date(_json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    date = _parse_date(_json_value_)

    return date


decoded_fields(
    PlannedExperiment,
    {
        "plan_status": (_decode_plan_status, "PlanStatus | str", False),
        "barcoded_samples": (_decode_barcoded_samples, "PlannedExperimentBarcodedSamples", True),
        "selected_plugins": (_decode_selected_plugins, "PlannedExperimentSelectedPlugins", True),
        "meta_data": (_decode_meta_data, "PlannedExperimentMetaData", True),
        "chef_info": (_decode_chef_info, "PlannedExperimentChefInfo", True),
        "qc_values": (_decode_qc_values, "list[PlannedExperimentQcValuesItem]", True),
        "date": (_decode_date, "datetime.datetime | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.planned_experiment_barcoded_samples import PlannedExperimentBarcodedSamples
    from ..models.planned_experiment_chef_info import PlannedExperimentChefInfo
    from ..models.planned_experiment_meta_data import PlannedExperimentMetaData
    from ..models.planned_experiment_qc_values_item import PlannedExperimentQcValuesItem
    from ..models.planned_experiment_selected_plugins import PlannedExperimentSelectedPlugins
