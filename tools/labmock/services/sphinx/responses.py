"""Sphinx Bio's handlers, one per operationId of specs/sphinx.yaml.

Campaigns, datasets, plots and datatables (list and get) are served by the resource store (``x-resources``).
Choices where the vendor is silent (the spec marks them ``[inferred]``):

- lists are in creation order, wrapped in ``data`` with the request's ``url`` (the declared x-pagination);
- a ``nextToken`` this list did not issue → 404 ``NotFoundError`` (a valid string that names nothing);
- an unknown id → 404 ``{"error": "ObjectNotFoundError", "content": {"objectName", "id"}}`` (x-resources errors);
- every ``GET /v1/datatables/{id}/download`` starts a new export task, every ``POST /v1/datasets`` a CREATE_DATASET
  task whose dataset joins the lists once the task is seen to succeed (a poll, or a later read of the datasets);
- ``GET /v1/datasets/{id}/download`` answers the signed URL as a bare JSON string, or 307 ``Redirect`` (with
  ``Location``) for a dataset in external storage;
- a task (``/api/tasks/{id}``, and its alias ``/v1/tasks/{id}``) shows ``result`` only once it succeeded, and
  ``error`` only once it failed.
"""

from __future__ import annotations

from typing import Any

from ...core import Call, Handlers, MockResponse, json_response
from .models import DEMO_CREATOR, SphinxState

handlers: Handlers[SphinxState] = Handlers()


@handlers("getPlotDownload")
def get_plot_download(state: SphinxState, call: Call) -> MockResponse:
    plot_id = state.ctx.store["plot"].require(call.path["id"])["id"]
    contents = {"signedUrl": lambda: state.plot_svg(plot_id)}
    return json_response(state.ctx.signed_urls("PlotDownload", f"plots/{plot_id}", call.origin, contents))


@handlers("getDatatableDownload")
def get_datatable_download(state: SphinxState, call: Call) -> MockResponse:
    return json_response({"taskId": state.start_export(call.path["id"]).id})


@handlers("getTaskV1")
@handlers("getTask")
def get_task(state: SphinxState, call: Call) -> MockResponse:
    task = state.task(call.path["id"])
    view = task.job.poll()
    body: dict[str, Any] = {"id": task.id, **view.fields()}
    state.settle(task, view.succeeded)
    if view.succeeded and task.dataset is not None:
        body["result"] = {"type": "CREATE_DATASET", "datasetId": task.dataset["id"]}
    elif view.succeeded:
        body["result"] = {"type": "EXPORT_DATATABLE", "signedUrl": state.export_url(task.datatable_id, call.origin)}
    return json_response(body)


@handlers("getPresignedUrlForUpload")
def get_presigned_url_for_upload(state: SphinxState, call: Call) -> MockResponse:
    return json_response(state.staging_form(str(call.query["filename"]), call.origin))


@handlers("createDataset")
def create_dataset(state: SphinxState, call: Call) -> MockResponse:
    return json_response({"taskId": state.start_dataset(dict(call.body), DEMO_CREATOR).id})


@handlers("downloadDataset")
def download_dataset(state: SphinxState, call: Call) -> MockResponse:
    state.settle_all()
    dataset = state.ctx.store["dataset"].require(call.path["id"])
    url = state.dataset_url(dataset["id"], call.origin)
    if dataset.get("storage") == "external":
        return redirected(url)
    return json_response(url)


@handlers.before("listDatasets")
def _settle_before_listing(state: SphinxState, call: Call) -> None:
    state.settle_all()


@handlers.before("getDataset")
def _settle_before_reading(state: SphinxState, call: Call) -> None:
    state.settle_all()


def redirected(url: str) -> MockResponse:
    """The download of an object kept in external storage (a dataset's, a file's): a 307 to its signed URL, with
    the ``Redirect`` error body the official client raises on when it does not follow redirects."""
    return json_response({"error": "Redirect"}, 307, [("location", url)])
