"""The Sphinx client over a scripted fake API, what only the sync face shows, and the spec binding. Every test that
holds for both faces is written once in ``_async/test_sphinx_client.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

import httpx
import pytest

import labspecs
from labsdk import (
    AsyncItemPaged,
    AsyncPoller,
    ItemPaged,
    LabSDKError,
    Poller,
    ResponseValidationError,
)
from labsdk._spec import SpecBinding
from labsdk.sphinx import AsyncSphinx, Campaign, Dataset, Datatable, Plot, Sphinx, StagedUploadError, Task, TaskStatus

from ..harness import Waits
from .sphinx_support import (
    API_KEY,
    BASE,
    EXPORT_RESULT,
    ITEM,
    export_routes,
    files_in,
    page,
    sync_client,
    task,
    token_listing,
)
from .support import FakeApi

# -- pagination ---------------------------------------------------------------------------------------------------


def test_pages_carry_the_token_to_resume_from(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/v1/datasets", token_listing([f"ds_{n}" for n in range(5)]))
    client = sync_client(api, waits)
    paged = client.list_datasets(page_size=2)
    assert_type(paged, ItemPaged[Dataset])
    pages = list(paged.by_page())
    assert [[d.id for d in p] for p in pages] == [["ds_0", "ds_1"], ["ds_2", "ds_3"], ["ds_4"]]
    assert [p.continuation_token for p in pages] == ["tok-2", "tok-4", None]
    assert [d.id for d in client.list_datasets(page_size=2, continuation_token="tok-2")] == ["ds_2", "ds_3", "ds_4"]
    assert [d.id for d in client.list_datasets(page_size=2, max_items=3)] == ["ds_0", "ds_1", "ds_2"]
    assert_type(AsyncSphinx(api_key=API_KEY).list_plots(), AsyncItemPaged[Plot])


@pytest.mark.parametrize("last", [{"nextToken": None}, {"nextToken": ""}, {}])
def test_a_null_empty_or_missing_token_ends_the_list(last: dict[str, object], api: FakeApi, waits: Waits) -> None:
    api.add(
        "GET",
        "/v1/campaigns",
        page({"id": "c1", "name": "a"}, nextToken="t1"),
        page({"id": "c2", "name": "b"}, **last),
    )
    assert [c.id for c in sync_client(api, waits).list_campaigns()] == ["c1", "c2"]
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    "body",
    [
        {"results": [{**ITEM, "id": "c1"}], "url": BASE},  # another wrapper key than the declared `data`
        {"data": [{**ITEM, "id": 7}], "url": BASE},  # a mistyped id
        {"data": "not a list", "url": BASE},
        {"data": [{**ITEM, "id": "c1"}]},  # no `url`, which the official client requires
        {"data": [{"id": "c1", "name": "a"}], "url": BASE},  # no createdAt / updatedAt
    ],
)
def test_a_page_not_in_the_declared_shape_is_a_validation_error(body: object, api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/v1/campaigns", httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError) as raised:
        list(sync_client(api, waits).list_campaigns())
    assert API_KEY not in str(raised.value)


# -- plots: signed URL ---------------------------------------------------------------------------------------------


def test_a_plot_download_without_a_url_is_a_validation_error(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", "/v1/plots/p1/download", httpx.Response(200, json={"url": "https://elsewhere"}))
    with pytest.raises(ResponseValidationError, match="get_plot_download"):
        sync_client(api, waits).download_plot("p1", tmp_path / "p.svg")
    assert files_in(tmp_path) == []


# -- datatables: export task, poller, signed URL ------------------------------------------------------------------


def test_unknown_statuses_keep_polling_and_arrive_as_strings(api: FakeApi, waits: Waits) -> None:
    export_routes(api, task("QUEUED"), task("PROCESSING"), task("SUCCESS", result=EXPORT_RESULT))
    client = sync_client(api, waits)
    statuses: list[object] = []
    done = client.wait_for_task("task_1", on_progress=lambda s, f, t: statuses.append(t.status))
    assert statuses == ["QUEUED", TaskStatus.PROCESSING, TaskStatus.SUCCESS]
    assert done.status == TaskStatus.SUCCESS
    assert_type(client.poll_task("task_1"), Poller[Task])
    assert_type(AsyncSphinx(api_key=API_KEY).poll_task("task_1"), AsyncPoller[Task])


@pytest.mark.parametrize(
    ("finished", "message"),
    [
        (task("SUCCESS"), "task task_1 ended SUCCESS with no result"),
        (task("SUCCESS", result=None), "task task_1 ended SUCCESS with no result"),
        (task("SUCCESS", result={"type": "EXPORT_DATATABLE"}), "TaskResult has no signedUrl yet"),
    ],
)
def test_a_success_without_a_url_is_a_clear_error(
    finished: httpx.Response, message: str, api: FakeApi, waits: Waits
) -> None:
    export_routes(api, finished)
    with pytest.raises(LabSDKError) as raised:
        sync_client(api, waits).read_datatable("dt_12345")
    assert str(raised.value) == message
    assert not isinstance(raised.value, KeyError | ValueError)


@pytest.mark.parametrize(
    "body",
    [
        {"status": 3},
        {"id": "task_1"},
        {"status": "SUCCESS", "result": "https://x"},
        {"status": "SUCCESS", "result": {"signedUrl": "https://x"}},  # a result is tagged by its type
    ],
)
def test_a_malformed_task_is_a_validation_error(body: object, api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/api/tasks/task_1", httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError):
        sync_client(api, waits).get_task("task_1")


@pytest.mark.parametrize("body", [{}, {"taskId": 5}, {"task_id": "t1"}, ["task_1"]])
def test_a_malformed_download_answer_is_a_validation_error(body: object, api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/v1/datatables/dt_12345/download", httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError, match="get_datatable_download"):
        sync_client(api, waits).download_datatable("dt_12345", "unused.csv")
    assert len(api.requests) == 1


# -- errors and configuration --------------------------------------------------------------------------------------


def test_presets_environment_and_repr(api: FakeApi, waits: Waits, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Sphinx.PRODUCTION == AsyncSphinx.PRODUCTION == labspecs.load("sphinx").server_url == BASE
    assert (Sphinx.STAGING, Sphinx.LOCAL) == ("https://api-stg.sphinxbio.com", "http://localhost:8000")
    assert Sphinx.servers() == {"production": BASE, "staging": Sphinx.STAGING, "local": Sphinx.LOCAL}
    monkeypatch.setenv("SPHINX_API_KEY", API_KEY)
    monkeypatch.setenv("SPHINX_BASE_URL", "http://127.0.0.1:8000")
    api.add("GET", "/v1/campaigns/c1", httpx.Response(200, json={**ITEM, "id": "c1", "name": "Screen"}))
    with Sphinx(transport=api.transport, retry=waits.policy()) as client:
        assert client.get_campaign("c1").name == "Screen"
        assert API_KEY not in repr(client)
    assert str(api.requests[0].url) == "http://127.0.0.1:8000/v1/campaigns/c1"
    assert api.requests[0].headers["Authorization"] == f"Bearer {API_KEY}"


def test_the_spec_binds_every_operation_to_its_generated_code() -> None:
    binding = SpecBinding(labspecs.load("sphinx"))
    assert binding.spec.auth == labspecs.AuthScheme("BearerAuth", "bearer", "Authorization", "Bearer")
    assert binding.spec.auth_schemes["BasicAuth"] == labspecs.AuthScheme(
        "BasicAuth", "basic", "Authorization", "Basic", "username"
    )
    assert binding.spec.base_path == ""
    errors = binding.spec.errors
    assert (errors.schema, errors.message_field, errors.code_field) == ("Error", "content", "error")
    assert (errors.code_for(401), errors.code_for(404), errors.code_for(503)) == (
        "NotAuthenticatedError",
        "NotFoundError",
        "InternalServerError",
    )
    assert {
        op: binding.op(op).item_model for op in ("listCampaigns", "listDatasets", "listPlots", "listDatatables")
    } == {
        "listCampaigns": Campaign,
        "listDatasets": Dataset,
        "listPlots": Plot,
        "listDatatables": Datatable,
    }
    declared = binding.op("getTask").long_running
    assert (declared.lifecycle, declared.success, declared.message_field) == (
        ("PROCESSING", "SUCCESS"),
        frozenset({"SUCCESS"}),
        "error",
    )
    assert declared.failure == ("FAILED",)
    assert [(f.schema, f.property) for f in binding.spec.signed_urls] == [
        ("PlotDownload", "signedUrl"),
        ("TaskResult", "signedUrl"),
        ("DownloadFileResponse", "signedUrl"),
    ]


# -- datasets: the download answer, the staged upload ---------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, json={"signedUrl": "https://x"}),  # an object, not the JSON string
        httpx.Response(200, json="not a url"),
        httpx.Response(200, content=b"https://x"),  # not JSON
        httpx.Response(307, json={"error": "Redirect"}),  # no Location
    ],
)
def test_a_dataset_download_answer_without_a_url_is_a_validation_error(
    answer: httpx.Response, api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    api.add("GET", "/v1/datasets/ds_1/download", answer)
    with pytest.raises(ResponseValidationError, match="download_dataset"):
        sync_client(api, waits).download_dataset("ds_1", tmp_path)
    assert files_in(tmp_path) == []


def test_a_redirected_dataset_download_is_fetched_without_the_key(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    signed = "https://storage.example/ds_1.csv?signature=abc"
    api.add(
        "GET",
        "/v1/datasets/ds_1/download",
        httpx.Response(307, json={"error": "Redirect"}, headers={"Location": signed}),
    )
    api.add("GET", "storage.example/ds_1.csv", httpx.Response(200, content=b"a,b\n1,2\n"))
    saved = sync_client(api, waits).download_dataset("ds_1", tmp_path)
    assert saved.read_bytes() == b"a,b\n1,2\n"
    asked, fetched = api.requests
    assert asked.headers["Authorization"] == f"Bearer {API_KEY}"
    assert "Authorization" not in fetched.headers


def test_a_refused_staged_upload_is_a_staged_upload_error(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    form = {"url": "https://uploads.example/", "fields": {"key": "staged/1/a.csv", "policy": "p"}}
    api.add(
        "GET",
        "/api/storage/url/upload",
        httpx.Response(200, json={"presignedResponse": form, "path": "staged/1/a.csv"}),
    )
    api.add("POST", "uploads.example/", httpx.Response(403, content=b"<Error><Code>AccessDenied</Code></Error>"))
    (tmp_path / "a.csv").write_bytes(b"a\n1\n")
    with pytest.raises(StagedUploadError) as raised:
        sync_client(api, waits).create_dataset_from_file(tmp_path / "a.csv", "camp_1")
    assert raised.value.status_code == 403
    upload = api.requests[-1]
    assert "Authorization" not in upload.headers
    assert b'name="key"' in upload.content
    assert b'filename="a.csv"' in upload.content
    assert [r.url.path for r in api.requests] == ["/api/storage/url/upload", "/"]  # no dataset was asked for
