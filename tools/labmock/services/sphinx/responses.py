"""Sphinx Bio's handlers, one per operationId of specs/sphinx.yaml.

Choices where the vendor is silent (the spec marks them ``[inferred]``):

- lists are in creation order, wrapped in ``data`` (the declared x-pagination items field);
- a ``nextToken`` this mock did not issue → 404 (like an unknown id: a valid string that names nothing);
- an unknown id → 404 ``{"message": ...}``;
- every ``GET /datatables/{id}/download`` starts a new export task;
- a task shows ``result`` only once it succeeded, and ``message`` only once it failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...core import Call, Handlers, MockResponse, json_response, paginate
from ...core.service import HandlerFn
from .models import SphinxState

handlers: Handlers[SphinxState] = Handlers()


def _page(call: Call, collection: Mapping[str, dict[str, Any]]) -> MockResponse:
    pagination = call.operation.pagination
    assert pagination is not None
    page = paginate(pagination, list(collection.values()), call.request, call.query)
    return json_response(page.body(page.items), headers=page.headers)


def _lister(collection: str) -> HandlerFn[SphinxState]:
    def handle(state: SphinxState, call: Call) -> MockResponse:
        return _page(call, getattr(state, collection))

    return handle


def _getter(collection: str, kind: str) -> HandlerFn[SphinxState]:
    def handle(state: SphinxState, call: Call) -> MockResponse:
        return json_response(state.find(getattr(state, collection), kind, call.path["id"]))

    return handle


# (list operation, get operation, SphinxState collection, the kind named in a 404)
for _list_op, _get_op, _collection, _kind in (
    ("listCampaigns", "getCampaign", "campaigns", "Campaign"),
    ("listDatasets", "getDataset", "datasets", "Dataset"),
    ("listPlots", "getPlot", "plots", "Plot"),
    ("listDatatables", "getDatatable", "datatables", "Datatable"),
):
    handlers(_list_op)(_lister(_collection))
    handlers(_get_op)(_getter(_collection, _kind))


@handlers("getPlotDownload")
def get_plot_download(state: SphinxState, call: Call) -> MockResponse:
    plot_id = state.find(state.plots, "Plot", call.path["id"])["id"]
    contents = {"signedUrl": lambda: state.plot_svg(plot_id)}
    return json_response(state.ctx.signed_urls("PlotDownload", f"plots/{plot_id}", call.origin, contents))


@handlers("getDatatableDownload")
def get_datatable_download(state: SphinxState, call: Call) -> MockResponse:
    return json_response({"taskId": state.start_export(call.path["id"]).id})


@handlers("getTask")
def get_task(state: SphinxState, call: Call) -> MockResponse:
    task = state.task(call.path["id"])
    view = task.job.poll()
    body: dict[str, Any] = {"id": task.id, **view.fields()}
    if view.succeeded:
        body["result"] = {"signedUrl": state.export_url(task.datatable_id, call.origin)}
    return json_response(body)
