from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.composite_analysis_metrics import CompositeAnalysisMetrics
    from ..models.composite_eas import CompositeEas
    from ..models.composite_lib_metrics import CompositeLibMetrics
    from ..models.composite_project import CompositeProject
    from ..models.composite_quality_metrics import CompositeQualityMetrics
    from ..models.i18n_status import I18NStatus


T = TypeVar("T", bound="CompositeResult")


@_attrs_define(slots=False)
class CompositeResult:
    """A report with its summary metrics nested (null when the report has none yet).

    Attributes:
        id (int):
        resource_uri (str):
        results_name (str):
        status (str): Free text, e.g. "Completed", "Importing Failed".
        status_display (str | Unset): "Completed", "Progress", "Error", "Other" or "".
        i18nstatus (I18NStatus | Unset): Schema says string; the server sends this object.
        processedflows (int | Unset):
        time_stamp (datetime.datetime | Unset):
        report_link (str | Unset):
        report_status (None | str | Unset):
        representative (bool | Unset):
        auto_exempt (bool | Unset):
        is_show_all_metrics (bool | Unset):
        projects (list[CompositeProject] | Unset):
        eas (CompositeEas | None | Unset):
        analysismetrics (CompositeAnalysisMetrics | None | Unset):
        analysis_metrics (CompositeAnalysisMetrics | None | Unset):
        libmetrics (CompositeLibMetrics | None | Unset):
        qualitymetrics (CompositeQualityMetrics | None | Unset):
        quality_metrics (CompositeQualityMetrics | None | Unset):
    """

    id: int
    resource_uri: str
    results_name: str
    status: str
    status_display: str | Unset = UNSET
    i18nstatus: I18NStatus | Unset = UNSET
    processedflows: int | Unset = UNSET
    time_stamp: datetime.datetime | Unset = UNSET
    report_link: str | Unset = UNSET
    report_status: None | str | Unset = UNSET
    representative: bool | Unset = UNSET
    auto_exempt: bool | Unset = UNSET
    is_show_all_metrics: bool | Unset = UNSET
    projects: list[CompositeProject] | Unset = UNSET
    eas: CompositeEas | None | Unset = UNSET
    analysismetrics: CompositeAnalysisMetrics | None | Unset = UNSET
    analysis_metrics: CompositeAnalysisMetrics | None | Unset = UNSET
    libmetrics: CompositeLibMetrics | None | Unset = UNSET
    qualitymetrics: CompositeQualityMetrics | None | Unset = UNSET
    quality_metrics: CompositeQualityMetrics | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.composite_analysis_metrics import CompositeAnalysisMetrics  # noqa: PLC0415
        from ..models.composite_eas import CompositeEas  # noqa: PLC0415
        from ..models.composite_lib_metrics import CompositeLibMetrics  # noqa: PLC0415
        from ..models.composite_quality_metrics import CompositeQualityMetrics  # noqa: PLC0415

        id = self.id

        resource_uri = self.resource_uri

        results_name = self.results_name

        status = self.status

        status_display = self.status_display

        i18nstatus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.i18nstatus, Unset):
            i18nstatus = self.i18nstatus.to_dict()

        processedflows = self.processedflows

        time_stamp: str | Unset = UNSET
        if not isinstance(self.time_stamp, Unset):
            time_stamp = self.time_stamp.isoformat()

        report_link = self.report_link

        report_status: None | str | Unset
        if isinstance(self.report_status, Unset):
            report_status = UNSET
        else:
            report_status = self.report_status

        representative = self.representative

        auto_exempt = self.auto_exempt

        is_show_all_metrics = self.is_show_all_metrics

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        eas: dict[str, Any] | None | Unset
        if isinstance(self.eas, Unset):
            eas = UNSET
        elif isinstance(self.eas, CompositeEas):
            eas = self.eas.to_dict()
        else:
            eas = self.eas

        analysismetrics: dict[str, Any] | None | Unset
        if isinstance(self.analysismetrics, Unset):
            analysismetrics = UNSET
        elif isinstance(self.analysismetrics, CompositeAnalysisMetrics):
            analysismetrics = self.analysismetrics.to_dict()
        else:
            analysismetrics = self.analysismetrics

        analysis_metrics: dict[str, Any] | None | Unset
        if isinstance(self.analysis_metrics, Unset):
            analysis_metrics = UNSET
        elif isinstance(self.analysis_metrics, CompositeAnalysisMetrics):
            analysis_metrics = self.analysis_metrics.to_dict()
        else:
            analysis_metrics = self.analysis_metrics

        libmetrics: dict[str, Any] | None | Unset
        if isinstance(self.libmetrics, Unset):
            libmetrics = UNSET
        elif isinstance(self.libmetrics, CompositeLibMetrics):
            libmetrics = self.libmetrics.to_dict()
        else:
            libmetrics = self.libmetrics

        qualitymetrics: dict[str, Any] | None | Unset
        if isinstance(self.qualitymetrics, Unset):
            qualitymetrics = UNSET
        elif isinstance(self.qualitymetrics, CompositeQualityMetrics):
            qualitymetrics = self.qualitymetrics.to_dict()
        else:
            qualitymetrics = self.qualitymetrics

        quality_metrics: dict[str, Any] | None | Unset
        if isinstance(self.quality_metrics, Unset):
            quality_metrics = UNSET
        elif isinstance(self.quality_metrics, CompositeQualityMetrics):
            quality_metrics = self.quality_metrics.to_dict()
        else:
            quality_metrics = self.quality_metrics

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
        if status_display is not UNSET:
            field_dict["status_display"] = status_display
        if i18nstatus is not UNSET:
            field_dict["i18nstatus"] = i18nstatus
        if processedflows is not UNSET:
            field_dict["processedflows"] = processedflows
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if report_link is not UNSET:
            field_dict["reportLink"] = report_link
        if report_status is not UNSET:
            field_dict["reportStatus"] = report_status
        if representative is not UNSET:
            field_dict["representative"] = representative
        if auto_exempt is not UNSET:
            field_dict["autoExempt"] = auto_exempt
        if is_show_all_metrics is not UNSET:
            field_dict["isShowAllMetrics"] = is_show_all_metrics
        if projects is not UNSET:
            field_dict["projects"] = projects
        if eas is not UNSET:
            field_dict["eas"] = eas
        if analysismetrics is not UNSET:
            field_dict["analysismetrics"] = analysismetrics
        if analysis_metrics is not UNSET:
            field_dict["analysis_metrics"] = analysis_metrics
        if libmetrics is not UNSET:
            field_dict["libmetrics"] = libmetrics
        if qualitymetrics is not UNSET:
            field_dict["qualitymetrics"] = qualitymetrics
        if quality_metrics is not UNSET:
            field_dict["quality_metrics"] = quality_metrics

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

        _made.status_display = d.pop("status_display", UNSET)

        if "i18nstatus" in d:
            _raw._raw_i18nstatus = d.pop("i18nstatus")

        _made.processedflows = d.pop("processedflows", UNSET)

        if "timeStamp" in d:
            _raw._raw_time_stamp = d.pop("timeStamp")

        _made.report_link = d.pop("reportLink", UNSET)

        _made.report_status = d.pop("reportStatus", UNSET)

        _made.representative = d.pop("representative", UNSET)

        _made.auto_exempt = d.pop("autoExempt", UNSET)

        _made.is_show_all_metrics = d.pop("isShowAllMetrics", UNSET)

        if "projects" in d:
            _raw._raw_projects = d.pop("projects")

        if "eas" in d:
            _raw._raw_eas = d.pop("eas")

        if "analysismetrics" in d:
            _raw._raw_analysismetrics = d.pop("analysismetrics")

        if "analysis_metrics" in d:
            _raw._raw_analysis_metrics = d.pop("analysis_metrics")

        if "libmetrics" in d:
            _raw._raw_libmetrics = d.pop("libmetrics")

        if "qualitymetrics" in d:
            _raw._raw_qualitymetrics = d.pop("qualitymetrics")

        if "quality_metrics" in d:
            _raw._raw_quality_metrics = d.pop("quality_metrics")

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


def _decode_projects(_json_value_: Any) -> list[CompositeProject] | Unset:
    _projects = _json_value_
    projects: list[CompositeProject] | Unset = UNSET
    if _projects is not UNSET:
        projects = [CompositeProject.from_dict(projects_item_data) for projects_item_data in _projects]

    return projects


def _decode_eas(_json_value_: Any) -> CompositeEas | None | Unset:
    def _parse_eas(data: object) -> CompositeEas | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            eas_type_0 = CompositeEas.from_dict(data)

            decode_all(eas_type_0)
            return eas_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositeEas | None | Unset, data)

    eas = _parse_eas(_json_value_)

    return eas


def _decode_analysismetrics(_json_value_: Any) -> CompositeAnalysisMetrics | None | Unset:
    def _parse_analysismetrics(data: object) -> CompositeAnalysisMetrics | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            analysismetrics_type_0 = CompositeAnalysisMetrics.from_dict(data)

            decode_all(analysismetrics_type_0)
            return analysismetrics_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositeAnalysisMetrics | None | Unset, data)

    analysismetrics = _parse_analysismetrics(_json_value_)

    return analysismetrics


def _decode_analysis_metrics(_json_value_: Any) -> CompositeAnalysisMetrics | None | Unset:
    def _parse_analysis_metrics(data: object) -> CompositeAnalysisMetrics | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            analysis_metrics_type_0 = CompositeAnalysisMetrics.from_dict(data)

            decode_all(analysis_metrics_type_0)
            return analysis_metrics_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositeAnalysisMetrics | None | Unset, data)

    analysis_metrics = _parse_analysis_metrics(_json_value_)

    return analysis_metrics


def _decode_libmetrics(_json_value_: Any) -> CompositeLibMetrics | None | Unset:
    def _parse_libmetrics(data: object) -> CompositeLibMetrics | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            libmetrics_type_0 = CompositeLibMetrics.from_dict(data)

            decode_all(libmetrics_type_0)
            return libmetrics_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositeLibMetrics | None | Unset, data)

    libmetrics = _parse_libmetrics(_json_value_)

    return libmetrics


def _decode_qualitymetrics(_json_value_: Any) -> CompositeQualityMetrics | None | Unset:
    def _parse_qualitymetrics(data: object) -> CompositeQualityMetrics | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            qualitymetrics_type_0 = CompositeQualityMetrics.from_dict(data)

            decode_all(qualitymetrics_type_0)
            return qualitymetrics_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositeQualityMetrics | None | Unset, data)

    qualitymetrics = _parse_qualitymetrics(_json_value_)

    return qualitymetrics


def _decode_quality_metrics(_json_value_: Any) -> CompositeQualityMetrics | None | Unset:
    def _parse_quality_metrics(data: object) -> CompositeQualityMetrics | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            quality_metrics_type_0 = CompositeQualityMetrics.from_dict(data)

            decode_all(quality_metrics_type_0)
            return quality_metrics_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CompositeQualityMetrics | None | Unset, data)

    quality_metrics = _parse_quality_metrics(_json_value_)

    return quality_metrics


decoded_fields(
    CompositeResult,
    {
        "i18nstatus": (_decode_i18nstatus, "I18NStatus", True),
        "time_stamp": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "projects": (_decode_projects, "list[CompositeProject]", True),
        "eas": (_decode_eas, "CompositeEas | None", True),
        "analysismetrics": (_decode_analysismetrics, "CompositeAnalysisMetrics | None", True),
        "analysis_metrics": (_decode_analysis_metrics, "CompositeAnalysisMetrics | None", True),
        "libmetrics": (_decode_libmetrics, "CompositeLibMetrics | None", True),
        "qualitymetrics": (_decode_qualitymetrics, "CompositeQualityMetrics | None", True),
        "quality_metrics": (_decode_quality_metrics, "CompositeQualityMetrics | None", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.composite_analysis_metrics import CompositeAnalysisMetrics
    from ..models.composite_eas import CompositeEas
    from ..models.composite_lib_metrics import CompositeLibMetrics
    from ..models.composite_project import CompositeProject
    from ..models.composite_quality_metrics import CompositeQualityMetrics
    from ..models.i18n_status import I18NStatus
