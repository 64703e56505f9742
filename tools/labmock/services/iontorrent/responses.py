"""The Torrent Server's handlers and resource hooks, for specs/iontorrent.yaml.

The resource store lists and fetches chips, runs, reports, library metrics and plans (``x-resources``), with
Tastypie's filters and ``order_by`` as a select hook; the composite views are assembled here and listed with the
same hook, every ``/<resource>/schema/`` is described from the spec, and plans have their own create / update /
patch / delete. Choices where the sources are silent (the spec marks them ``[inferred]``): a non-numeric id is 400 (the
server: 404); any non-empty ``chipType`` / ``templatingKitName`` is accepted; no 17 s response cache on
``compositeexperiment``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import labspecs

from ...core import Call, Handlers, MockHTTPError, MockResponse, Record, json_response, page_response
from .models import BASE, IonTorrentState, status_state
from .tastypie import filter_objects, order_objects, pk_of, resource_index, resource_schema

handlers: Handlers[IonTorrentState] = Handlers()

Rows = Callable[[IonTorrentState, Call], list[dict[str, Any]]]
CORS = ("access-control-allow-origin", "*")
DETAIL_ONLY = ("pluginState", "pluginStore")


def _result(result: dict[str, Any], *, plugins: bool) -> dict[str, Any]:
    return result if plugins else {k: v for k, v in result.items() if k not in DETAIL_ONLY}


def _nested_metrics(state: IonTorrentState, result: dict[str, Any]) -> dict[str, Any]:
    lib_id = pk_of(result["libmetrics"][0]) if result["libmetrics"] else None
    lib = state.libmetrics.get(lib_id or 0)
    if lib is None:
        return {
            k: None for k in ("libmetrics", "analysismetrics", "analysis_metrics", "qualitymetrics", "quality_metrics")
        }
    reads = lib["totalNumReads"]
    analysis = {
        "bead": int(reads * 2.0),
        "empty": int(reads * 0.07),
        "excluded": int(reads * 0.18),
        "id": result["id"],
        "ignored": int(reads * 0.02),
        "lib": int(reads * 1.98),
        "libFinal": reads,
        "live": int(reads * 1.99),
        "pinned": int(reads * 0.006),
        "resource_uri": "",
        "total_wells": int(reads * 2.28),
    }
    quality = {
        "id": result["id"],
        "q0_bases": str(reads * 112),
        "q0_mean_read_length": 111.714116247485,
        "q0_reads": reads,
        "q20_bases": str(reads * 99),
        "q20_mean_read_length": 111,
        "q20_reads": reads,
        "resource_uri": "",
    }
    nested_lib = {
        "aveKeyCounts": lib["aveKeyCounts"],
        "i100Q20_reads": lib["i100Q20_reads"],
        "id": lib["id"],
        "q20_mean_alignment_length": lib["q20_mean_alignment_length"],
        "resource_uri": "",
    }
    return {
        "analysis_metrics": analysis,
        "analysismetrics": analysis,
        "libmetrics": nested_lib,
        "quality_metrics": quality,
        "qualitymetrics": quality,
    }


def _composite_result(state: IonTorrentState, result: dict[str, Any]) -> dict[str, Any]:
    run: dict[str, Any] = state.experiments.get(pk_of(result["experiment"]) or 0) or {}
    return {
        **_nested_metrics(state, result),
        "autoExempt": result["autoExempt"],
        "eas": {
            "barcodeKitName": None,
            "chipType": run.get("chipType", ""),
            "isPQ": False,
            "reference": result["reference"] or "",
            "references": result["reference"] or "",
            "resource_uri": "",
        },
        "i18nstatus": result["i18nstatus"],
        "id": result["id"],
        "isShowAllMetrics": True,
        "processedflows": result["processedflows"],
        "projects": [{"id": 1, "modified": result["timeStamp"], "name": "Demo", "resource_uri": ""}],
        "reportLink": result["reportLink"],
        "reportStatus": result["reportStatus"],
        "representative": result["representative"],
        "resource_uri": f"{BASE}/compositeresult/{result['id']}/",
        "resultsName": result["resultsName"],
        "status": result["status"],
        "status_display": status_state(result["status"]),
        "timeStamp": result["timeStamp"],
    }


def _composite(state: IonTorrentState, run: dict[str, Any], status: str | None = None) -> dict[str, Any]:
    reports = [state.results[pk] for pk in (pk_of(u) for u in run["results"]) if pk is not None and pk in state.results]
    nested = order_objects([_composite_result(state, r) for r in reports], ["-representative", "-timeStamp"])
    if status is not None:
        nested = [r for r in nested if r["status_display"] == status]
    plan: dict[str, Any] | None = state.plans.get(pk_of(run["plan"]) or 0)
    chip = state.chip_named(run["chipType"]) or {}
    return {
        "applicationCategoryDisplayedName": "",
        "barcodeId": (plan or {}).get("barcodeId") or "",
        "barcodedSamples": (plan or {}).get("barcodedSamples") or {},
        "chefReagentsSerialNum": "",
        "chefSolutionsSerialNum": "",
        "chefStartTime": run["chefStartTime"],
        "chipDescription": chip.get("description", run["chipType"]),
        "chipInstrumentType": chip.get("instrumentType", ""),
        "chipType": run["chipType"],
        "date": run["date"],
        "displayName": run["displayName"],
        "expName": run["expName"],
        "flows": run["flows"],
        "ftpStatus": run["ftpStatus"],
        "id": run["id"],
        "keep": run["storage_options"] == "KI",
        "library": (plan or {}).get("library") or "",
        "notes": run["notes"],
        "pgmName": run["pgmName"],
        "plan": None
        if plan is None
        else {"id": plan["id"], "resource_uri": "", "runType": plan["runType"], "sampleTubeLabel": None},
        "platform": run["platform"],
        "references": (plan or {}).get("library") or "",
        "repResult": nested[0]["resource_uri"] if nested else None,
        "resource_uri": f"{BASE}/compositeexperiment/{run['id']}/",
        "resultDate": run["resultDate"],
        "results": nested,
        "runMode": run["runMode"],
        "sample": run["sample"],
        "sampleDisplayedName": run["sample"],
        "sampleSetName": "",
        "star": run["star"],
        "status": run["status"],
        "storage_options": run["storage_options"],
    }


def _sequenced(state: IonTorrentState) -> list[dict[str, Any]]:
    """The compositeexperiment queryset: no planned runs, no report-only ones, none without a data folder."""
    return [
        run
        for run in state.experiments.values()
        if run["status"] != "planned" and run["expDir"] and run["expName"] != "NONE_ReportOnly_NONE"
    ]


def _composite_rows(state: IonTorrentState, call: Call) -> list[dict[str, Any]]:
    status = call.query.get("result_status")
    rows = [_composite(state, run, status) for run in _sequenced(state)]
    return [row for row in rows if row["results"]] if status is not None else rows


def _composite_result_rows(state: IonTorrentState, call: Call) -> list[dict[str, Any]]:
    return [_composite_result(state, result) for result in state.results.values()]


@dataclass(frozen=True)
class View:
    """A composite resource: how it lists (``rows``: its objects as listed, before filters) and fetches."""

    rows: Rows
    detail: Callable[[IonTorrentState, int], dict[str, Any]]
    default_order: tuple[str, ...] = ("-id",)
    custom_params: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()


VIEWS: dict[str, View] = {
    "compositeexperiment": View(
        _composite_rows,
        lambda s, pk: _composite(s, _sequenced_run(s, pk)),
        default_order=("-resultDate",),
        custom_params=("result_status",),
        headers=(CORS,),
    ),
    "compositeresult": View(_composite_result_rows, lambda s, pk: _composite_result(s, s.get(s.results, pk))),
}


def _sequenced_run(state: IonTorrentState, pk: int) -> dict[str, Any]:
    run = state.get(state.experiments, pk)
    if run not in _sequenced(state):
        raise MockHTTPError(404, f"Run {pk} is not a sequenced run")
    return run


def _tastypie(rows: list[Any], call: Call, custom: tuple[str, ...] = (), default: tuple[str, ...] = ("-id",)) -> Any:
    """Tastypie's declared ``field__op`` filters, then ``order_by`` (newest id first by default)."""
    return order_objects(filter_objects(rows, call.query, custom), call.query.get("order_by") or default)


for _kind in ("chip", "experiment", "libmetrics", "plannedexperiment"):
    handlers.select(_kind)(lambda state, call, records: _tastypie(records, call))


@handlers.select("results")
def select_results(state: IonTorrentState, call: Call, records: list[Record]) -> list[Record]:
    thumbnail = call.query.get("isThumbnail")
    if thumbnail is not None:
        records = [r for r in records if bool(r["metaData"].get("thumb")) == (thumbnail == "yes")]
    return _tastypie(records, call, ("plugin", "noplugin", "isThumbnail"))  # type: ignore[no-any-return]


@handlers.render("results")
def render_result(state: IonTorrentState, call: Call, record: Record) -> dict[str, Any]:
    """A report; its plugin states only in the detail, or in a list asked for ``plugin`` (and not ``noplugin``)."""
    listed = call.operation.pagination is not None
    return _result(record, plugins=not listed or (bool(call.query.get("plugin")) and not call.query.get("noplugin")))


def _lister(view: View) -> Callable[[IonTorrentState, Call], MockResponse]:
    def handle(state: IonTorrentState, call: Call) -> MockResponse:
        rows = _tastypie(view.rows(state, call), call, view.custom_params, view.default_order)
        return page_response(call, rows, headers=view.headers)

    return handle


def _fetcher(view: View) -> Callable[[IonTorrentState, Call], MockResponse]:
    def handle(state: IonTorrentState, call: Call) -> MockResponse:
        return json_response(view.detail(state, call.path["id"]), headers=view.headers)

    return handle


def _describer(name: str) -> Callable[[IonTorrentState, Call], MockResponse]:
    def handle(state: IonTorrentState, call: Call) -> MockResponse:
        return json_response(resource_schema(state.ctx.spec, name))

    return handle


for _op in labspecs.load("iontorrent").operations.values():
    _name = _op.path.strip("/").split("/")[0]
    if not _name or _op.method != "get" or _op.resource is not None:
        continue
    if _op.path.endswith("/schema/"):
        handlers(_op.operation_id)(_describer(_name))
    elif _op.pagination is not None:
        handlers(_op.operation_id)(_lister(VIEWS[_name]))
    else:
        handlers(_op.operation_id)(_fetcher(VIEWS[_name]))


@handlers("listResources")
def list_resources(state: IonTorrentState, call: Call) -> MockResponse:
    return json_response(resource_index(state.ctx.spec))


def _location(call: Call, plan: dict[str, Any]) -> tuple[str, str]:
    return ("location", f"{call.origin}{BASE}/plannedexperiment/{plan['id']}/")


@handlers("createPlannedExperiment")
def create_planned_experiment(state: IonTorrentState, call: Call) -> MockResponse:
    plan = state.new_plan(call.body)
    return json_response(plan, 201, [_location(call, plan)])


@handlers("updatePlannedExperiment")
def update_planned_experiment(state: IonTorrentState, call: Call) -> MockResponse:
    pk: int = call.path["id"]
    if pk not in state.plans:  # Tastypie's PUT creates what is not there
        plan = state.new_plan(call.body, pk)
        return json_response(plan, 201, [_location(call, plan)])
    plan = state.replace_plan(pk, call.body)
    return json_response(plan, 200)


@handlers("patchPlannedExperiment")
def patch_planned_experiment(state: IonTorrentState, call: Call) -> MockResponse:
    plan = state.get(state.plans, call.path["id"])
    state.apply_plan_fields(plan, call.body)
    return json_response(plan, 202)


@handlers("deletePlannedExperiment")
def delete_planned_experiment(state: IonTorrentState, call: Call) -> MockResponse:
    state.delete_plan(call.path["id"])
    return MockResponse(204, [], b"")
