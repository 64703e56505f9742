"""Biodock's handlers, one per operationId of specs/biodock.yaml that the resource store does not serve (it lists
filesystem items and pipelines).

Choices where the vendor is silent (the spec marks them ``[inferred]``):

- unknown ``pipelineId`` or ``filesystemIds`` entry → 404; folder ids are accepted and expanded to their files;
- ``GET /analysis-jobs`` lists newest first; filesystem items and pipelines in creation order;
- an unknown ``startingAfter`` cursor → 404;
- ``POST .../download-masks`` on an analysis job that has not succeeded → 409; submitting again returns the
  existing masks job's state;
- uploads larger than 2 GB → 413.
"""

from __future__ import annotations

from typing import Any

from ...core import Call, Handlers, JobView, MockHTTPError, MockResponse, form_bytes, json_response, page_response
from .models import AnalysisJob, BiodockState, now_iso

handlers: Handlers[BiodockState] = Handlers()


def _job_json(state: BiodockState, record: AnalysisJob, view: JobView, origin: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record.id}
    if record.name is not None:
        out["name"] = record.name
    out["pipelineId"] = record.pipeline_id
    out.update(view.fields())
    out["createdAt"] = record.created_at
    if view.succeeded:
        contents = {
            "objectsDataCSVUrl": lambda: state.objects_csv(record),
            "aggregateDataCSVUrl": lambda: state.aggregate_csv(record),
        }
        out.update(state.ctx.signed_urls("AnalysisJob", f"analysis-jobs/{record.id}", origin, contents))
    return out


def _masks_json(state: BiodockState, record: AnalysisJob, view: JobView, origin: str) -> dict[str, Any]:
    out = view.fields()
    if view.succeeded:
        contents = {"masksZipUrl": lambda: state.masks_zip(record)}
        out.update(state.ctx.signed_urls("MasksJob", f"analysis-jobs/{record.id}", origin, contents))
    return out


def _first_state(view: JobView) -> JobView:
    """How a job looks when just submitted, whatever the clock says (the vendor documents 0 and PENDING)."""
    lr = view.long_running
    return JobView(lr, lr.lifecycle[0], 0, False, False, None)


@handlers("checkApiKey")
def check_api_key(state: BiodockState, call: Call) -> MockResponse:
    return json_response(
        {"user": "auth0|labmock-demo-user", "email": "demo@labmock.invalid", "messsage": "API key is valid."}
    )


@handlers("uploadFile")
def upload_file(state: BiodockState, call: Call) -> MockResponse:
    form: dict[str, Any] = call.body
    content = form_bytes(form.get("upload"))
    if content is None:
        raise MockHTTPError(400, "Invalid form body: 'upload' must be a file")
    if len(content) > state.max_upload_bytes:
        raise MockHTTPError(413, f"The file is larger than the {state.max_upload_bytes} bytes (2 GB) the API accepts")
    destination = form.get("destinationFolder")
    folder_id = state.ensure_folder(destination if isinstance(destination, str) else None)
    item = state.add_item(str(form["fileName"]), "File", folder_id, len(content))
    return json_response({"id": item["id"], "__t": item["__t"]})


@handlers("listAnalysisJobs")
def list_analysis_jobs(state: BiodockState, call: Call) -> MockResponse:
    origin = call.origin
    return page_response(call, state.job_list[::-1], lambda record: _job_json(state, record, record.job.peek(), origin))


@handlers("submitAnalysisJob")
def submit_analysis_job(state: BiodockState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    record = state.submit(body["pipelineId"], list(body["filesystemIds"]), body.get("name"), now_iso())
    return json_response(_job_json(state, record, _first_state(record.job.peek()), call.origin))


@handlers("getAnalysisJob")
def get_analysis_job(state: BiodockState, call: Call) -> MockResponse:
    record = state.job(call.path["id"])
    return json_response(_job_json(state, record, record.job.poll(), call.origin))


@handlers("submitDownloadMasks")
def submit_download_masks(state: BiodockState, call: Call) -> MockResponse:
    record = state.job(call.path["id"])
    analysis = record.job.peek()
    if not analysis.succeeded:
        raise MockHTTPError(
            409,
            f"Analysis job {record.id} has not succeeded (status {analysis.status}); "
            "masks can only be generated for a succeeded job",
        )
    if record.masks is not None:
        return json_response(_masks_json(state, record, record.masks.peek(), call.origin))
    record.masks = state.ctx.start_job("getDownloadMasks")
    return json_response(_masks_json(state, record, _first_state(record.masks.peek()), call.origin))


@handlers("getDownloadMasks")
def get_download_masks(state: BiodockState, call: Call) -> MockResponse:
    record = state.job(call.path["id"])
    if record.masks is None:
        raise MockHTTPError(404, f"No masks job was submitted for analysis job {record.id}")
    return json_response(_masks_json(state, record, record.masks.poll(), call.origin))
