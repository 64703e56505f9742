from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.i18n_status import I18NStatus
    from ..models.report_storage import ReportStorage
    from ..models.result_meta_data import ResultMetaData
    from ..models.result_plugin_state import ResultPluginState
    from ..models.result_plugin_store import ResultPluginStore


T = TypeVar("T", bound="Result")


@_attrs_define(slots=False)
class Result:
    """A report. `pluginState` and `pluginStore` are only in the detail view (or lists with `plugin=true`).

    Attributes:
        id (int):
        resource_uri (str):
        results_name (str):
        status (str): Free text: "Completed", "Pending", "Started", "Error", "Importing Failed", "Completed with 1
            error(s)" ...
        results_type (str | Unset):
        i18nstatus (I18NStatus | Unset): Schema says string; the server sends this object.
        report_status (None | str | Unset): Default "Nothing".
        experiment (None | str | Unset): The run (an experiment URI).
        eas (None | str | Unset):
        libmetrics (list[str] | Unset):
        tfmetrics (list[str] | Unset):
        analysismetrics (list[str] | Unset):
        qualitymetrics (list[str] | Unset):
        pluginresults (list[str] | Unset):
        projects (list[str] | Unset):
        reportstorage (ReportStorage | Unset):
        analysis_version (str | Unset):
        auto_exempt (bool | Unset):
        bam_link (str | Unset):
        diskusage (int | None | Unset):
        filesystempath (str | Unset):
        frames_processed (int | Unset):
        log (str | Unset): The report log's URL path.
        meta_data (ResultMetaData | Unset): Schema says string; the server sends an object.
        parent_i_ds (str | Unset):
        plan_short_id (str | Unset):
        processed_cycles (int | Unset):
        processedflows (int | Unset):
        reference (None | str | Unset):
        report_link (str | Unset):
        representative (bool | Unset):
        runid (str | Unset):
        time_stamp (datetime.datetime | Unset):
        time_to_complete (str | Unset):
        plugin_state (ResultPluginState | Unset): Plugin name → state, in the server's order.
        plugin_store (ResultPluginStore | Unset): Plugin name → what the plugin stored (free-form).
    """

    id: int
    resource_uri: str
    results_name: str
    status: str
    results_type: str | Unset = UNSET
    i18nstatus: I18NStatus | Unset = UNSET
    report_status: None | str | Unset = UNSET
    experiment: None | str | Unset = UNSET
    eas: None | str | Unset = UNSET
    libmetrics: list[str] | Unset = UNSET
    tfmetrics: list[str] | Unset = UNSET
    analysismetrics: list[str] | Unset = UNSET
    qualitymetrics: list[str] | Unset = UNSET
    pluginresults: list[str] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    reportstorage: ReportStorage | Unset = UNSET
    analysis_version: str | Unset = UNSET
    auto_exempt: bool | Unset = UNSET
    bam_link: str | Unset = UNSET
    diskusage: int | None | Unset = UNSET
    filesystempath: str | Unset = UNSET
    frames_processed: int | Unset = UNSET
    log: str | Unset = UNSET
    meta_data: ResultMetaData | Unset = UNSET
    parent_i_ds: str | Unset = UNSET
    plan_short_id: str | Unset = UNSET
    processed_cycles: int | Unset = UNSET
    processedflows: int | Unset = UNSET
    reference: None | str | Unset = UNSET
    report_link: str | Unset = UNSET
    representative: bool | Unset = UNSET
    runid: str | Unset = UNSET
    time_stamp: datetime.datetime | Unset = UNSET
    time_to_complete: str | Unset = UNSET
    plugin_state: ResultPluginState | Unset = UNSET
    plugin_store: ResultPluginStore | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_uri = self.resource_uri

        results_name = self.results_name

        status = self.status

        results_type = self.results_type

        i18nstatus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.i18nstatus, Unset):
            i18nstatus = self.i18nstatus.to_dict()

        report_status: None | str | Unset
        if isinstance(self.report_status, Unset):
            report_status = UNSET
        else:
            report_status = self.report_status

        experiment: None | str | Unset
        if isinstance(self.experiment, Unset):
            experiment = UNSET
        else:
            experiment = self.experiment

        eas: None | str | Unset
        if isinstance(self.eas, Unset):
            eas = UNSET
        else:
            eas = self.eas

        libmetrics: list[str] | Unset = UNSET
        if not isinstance(self.libmetrics, Unset):
            libmetrics = self.libmetrics

        tfmetrics: list[str] | Unset = UNSET
        if not isinstance(self.tfmetrics, Unset):
            tfmetrics = self.tfmetrics

        analysismetrics: list[str] | Unset = UNSET
        if not isinstance(self.analysismetrics, Unset):
            analysismetrics = self.analysismetrics

        qualitymetrics: list[str] | Unset = UNSET
        if not isinstance(self.qualitymetrics, Unset):
            qualitymetrics = self.qualitymetrics

        pluginresults: list[str] | Unset = UNSET
        if not isinstance(self.pluginresults, Unset):
            pluginresults = self.pluginresults

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        reportstorage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reportstorage, Unset):
            reportstorage = self.reportstorage.to_dict()

        analysis_version = self.analysis_version

        auto_exempt = self.auto_exempt

        bam_link = self.bam_link

        diskusage: int | None | Unset
        if isinstance(self.diskusage, Unset):
            diskusage = UNSET
        else:
            diskusage = self.diskusage

        filesystempath = self.filesystempath

        frames_processed = self.frames_processed

        log = self.log

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        parent_i_ds = self.parent_i_ds

        plan_short_id = self.plan_short_id

        processed_cycles = self.processed_cycles

        processedflows = self.processedflows

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        report_link = self.report_link

        representative = self.representative

        runid = self.runid

        time_stamp: str | Unset = UNSET
        if not isinstance(self.time_stamp, Unset):
            time_stamp = self.time_stamp.isoformat()

        time_to_complete = self.time_to_complete

        plugin_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugin_state, Unset):
            plugin_state = self.plugin_state.to_dict()

        plugin_store: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugin_store, Unset):
            plugin_store = self.plugin_store.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_uri": resource_uri,
                "resultsName": results_name,
                "status": status,
            }
        )
        if results_type is not UNSET:
            field_dict["resultsType"] = results_type
        if i18nstatus is not UNSET:
            field_dict["i18nstatus"] = i18nstatus
        if report_status is not UNSET:
            field_dict["reportStatus"] = report_status
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if eas is not UNSET:
            field_dict["eas"] = eas
        if libmetrics is not UNSET:
            field_dict["libmetrics"] = libmetrics
        if tfmetrics is not UNSET:
            field_dict["tfmetrics"] = tfmetrics
        if analysismetrics is not UNSET:
            field_dict["analysismetrics"] = analysismetrics
        if qualitymetrics is not UNSET:
            field_dict["qualitymetrics"] = qualitymetrics
        if pluginresults is not UNSET:
            field_dict["pluginresults"] = pluginresults
        if projects is not UNSET:
            field_dict["projects"] = projects
        if reportstorage is not UNSET:
            field_dict["reportstorage"] = reportstorage
        if analysis_version is not UNSET:
            field_dict["analysisVersion"] = analysis_version
        if auto_exempt is not UNSET:
            field_dict["autoExempt"] = auto_exempt
        if bam_link is not UNSET:
            field_dict["bamLink"] = bam_link
        if diskusage is not UNSET:
            field_dict["diskusage"] = diskusage
        if filesystempath is not UNSET:
            field_dict["filesystempath"] = filesystempath
        if frames_processed is not UNSET:
            field_dict["framesProcessed"] = frames_processed
        if log is not UNSET:
            field_dict["log"] = log
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data
        if parent_i_ds is not UNSET:
            field_dict["parentIDs"] = parent_i_ds
        if plan_short_id is not UNSET:
            field_dict["planShortID"] = plan_short_id
        if processed_cycles is not UNSET:
            field_dict["processedCycles"] = processed_cycles
        if processedflows is not UNSET:
            field_dict["processedflows"] = processedflows
        if reference is not UNSET:
            field_dict["reference"] = reference
        if report_link is not UNSET:
            field_dict["reportLink"] = report_link
        if representative is not UNSET:
            field_dict["representative"] = representative
        if runid is not UNSET:
            field_dict["runid"] = runid
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if time_to_complete is not UNSET:
            field_dict["timeToComplete"] = time_to_complete
        if plugin_state is not UNSET:
            field_dict["pluginState"] = plugin_state
        if plugin_store is not UNSET:
            field_dict["pluginStore"] = plugin_store

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.resource_uri = d.pop("resource_uri")

        _made.results_name = d.pop("resultsName")

        _made.status = d.pop("status")

        _made.results_type = d.pop("resultsType", UNSET)

        if "i18nstatus" in d:
            _raw._raw_i18nstatus = d.pop("i18nstatus")

        _made.report_status = d.pop("reportStatus", UNSET)

        _made.experiment = d.pop("experiment", UNSET)

        _made.eas = d.pop("eas", UNSET)

        _made.libmetrics = d.pop("libmetrics", UNSET)

        _made.tfmetrics = d.pop("tfmetrics", UNSET)

        _made.analysismetrics = d.pop("analysismetrics", UNSET)

        _made.qualitymetrics = d.pop("qualitymetrics", UNSET)

        _made.pluginresults = d.pop("pluginresults", UNSET)

        _made.projects = d.pop("projects", UNSET)

        if "reportstorage" in d:
            _raw._raw_reportstorage = d.pop("reportstorage")

        _made.analysis_version = d.pop("analysisVersion", UNSET)

        _made.auto_exempt = d.pop("autoExempt", UNSET)

        _made.bam_link = d.pop("bamLink", UNSET)

        _made.diskusage = d.pop("diskusage", UNSET)

        _made.filesystempath = d.pop("filesystempath", UNSET)

        _made.frames_processed = d.pop("framesProcessed", UNSET)

        _made.log = d.pop("log", UNSET)

        if "metaData" in d:
            _raw._raw_meta_data = d.pop("metaData")

        _made.parent_i_ds = d.pop("parentIDs", UNSET)

        _made.plan_short_id = d.pop("planShortID", UNSET)

        _made.processed_cycles = d.pop("processedCycles", UNSET)

        _made.processedflows = d.pop("processedflows", UNSET)

        _made.reference = d.pop("reference", UNSET)

        _made.report_link = d.pop("reportLink", UNSET)

        _made.representative = d.pop("representative", UNSET)

        _made.runid = d.pop("runid", UNSET)

        if "timeStamp" in d:
            _raw._raw_time_stamp = d.pop("timeStamp")

        _made.time_to_complete = d.pop("timeToComplete", UNSET)

        if "pluginState" in d:
            _raw._raw_plugin_state = d.pop("pluginState")

        if "pluginStore" in d:
            _raw._raw_plugin_store = d.pop("pluginStore")

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


def _decode_i18nstatus(_json_value_: Any) -> I18NStatus | Unset:
    _i18nstatus = _json_value_
    i18nstatus: I18NStatus | Unset
    if isinstance(_i18nstatus, Unset):
        i18nstatus = UNSET
    else:
        i18nstatus = I18NStatus.from_dict(_i18nstatus)

    return i18nstatus


def _decode_reportstorage(_json_value_: Any) -> ReportStorage | Unset:
    _reportstorage = _json_value_
    reportstorage: ReportStorage | Unset
    if isinstance(_reportstorage, Unset):
        reportstorage = UNSET
    else:
        reportstorage = ReportStorage.from_dict(_reportstorage)

    return reportstorage


def _decode_meta_data(_json_value_: Any) -> ResultMetaData | Unset:
    _meta_data = _json_value_
    meta_data: ResultMetaData | Unset
    if isinstance(_meta_data, Unset):
        meta_data = UNSET
    else:
        meta_data = ResultMetaData.from_dict(_meta_data)

    return meta_data


def _decode_plugin_state(_json_value_: Any) -> ResultPluginState | Unset:
    _plugin_state = _json_value_
    plugin_state: ResultPluginState | Unset
    if isinstance(_plugin_state, Unset):
        plugin_state = UNSET
    else:
        plugin_state = ResultPluginState.from_dict(_plugin_state)

    return plugin_state


def _decode_plugin_store(_json_value_: Any) -> ResultPluginStore | Unset:
    _plugin_store = _json_value_
    plugin_store: ResultPluginStore | Unset
    if isinstance(_plugin_store, Unset):
        plugin_store = UNSET
    else:
        plugin_store = ResultPluginStore.from_dict(_plugin_store)

    return plugin_store


decoded_fields(
    Result,
    {
        "i18nstatus": (_decode_i18nstatus, "I18NStatus", True),
        "reportstorage": (_decode_reportstorage, "ReportStorage", True),
        "meta_data": (_decode_meta_data, "ResultMetaData", True),
        "time_stamp": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "plugin_state": (_decode_plugin_state, "ResultPluginState", True),
        "plugin_store": (_decode_plugin_store, "ResultPluginStore", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.i18n_status import I18NStatus
    from ..models.report_storage import ReportStorage
    from ..models.result_meta_data import ResultMetaData
    from ..models.result_plugin_state import ResultPluginState
    from ..models.result_plugin_store import ResultPluginStore
