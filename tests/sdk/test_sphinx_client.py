"""The Sphinx client over a scripted fake API: nextToken pagination, signed-URL plot downloads, datatable export
tasks polled with the shared poller (no real sleeping), typed errors, and the spec binding."""

from __future__ import annotations

from pathlib import Path
from typing import Any, assert_type

import httpx
import pandas as pd
import pytest

import labspecs
from labsdk import (
    AsyncItemPaged,
    AsyncPoller,
    AuthenticationError,
    ItemPaged,
    JobFailedError,
    LabSDKError,
    NotFoundError,
    Poller,
    PollTimeoutError,
    ResponseValidationError,
)
from labsdk._spec import SpecBinding
from labsdk.sphinx import AsyncSphinx, Campaign, Dataset, Datatable, Plot, Sphinx, Task, TaskStatus

from .helpers import MODES, Mode
from .support import FakeApi, Sleeps

API_KEY = "sphinx-test-S3CRET-KEY-0123456789"
BASE = "https://api.sphinxbio.com/v1"
SIGNED = "https://storage.example/exports/dt_12345.csv"
CSV = b"well,compound,signal\nA01,SPX-100,51234.5\nA02,SPX-101,48000.0\n"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>\n'


def sync_client(api: FakeApi, sleeps: Sleeps, max_retries: int = 3) -> Sphinx:
    return Sphinx(api_key=API_KEY, transport=api.transport, retry=sleeps.policy(max_retries=max_retries))


async def call(mode: Mode, api: FakeApi, sleeps: Sleeps, method: str, *args: object, **kwargs: object) -> Any:
    """``client.<method>(...)`` on a sync or an async client; a list is iterated to the end."""
    if mode == "sync":
        with sync_client(api, sleeps) as client:
            result = getattr(client, method)(*args, **kwargs)
            return list(result) if isinstance(result, ItemPaged) else result
    async with AsyncSphinx(api_key=API_KEY, transport=api.transport, retry=sleeps.policy()) as aclient:
        result = getattr(aclient, method)(*args, **kwargs)
        if isinstance(result, AsyncItemPaged):
            return [item async for item in result]
        return await result


def token_listing(ids: list[str], item: dict[str, object] | None = None) -> Any:
    """A nextToken-paged list, honouring ``limit`` and ``nextToken`` the way the vendor page describes."""

    def respond(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "50"))
        start = int(request.url.params.get("nextToken", "tok-0").removeprefix("tok-"))
        body: dict[str, object] = {"data": [{"id": i, "name": f"name of {i}", **(item or {})} for i in ids]}
        body["data"] = body["data"][start : start + limit]  # type: ignore[index]
        if start + limit < len(ids):
            body["nextToken"] = f"tok-{start + limit}"
        return httpx.Response(200, json=body)

    return respond


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def task(status: str, **extra: object) -> httpx.Response:
    return httpx.Response(200, json={"id": "task_1", "status": status, **extra})


# -- pagination ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "path", "model"),
    [
        ("list_campaigns", "/v1/campaigns", Campaign),
        ("list_datasets", "/v1/datasets", Dataset),
        ("list_plots", "/v1/plots", Plot),
        ("list_datatables", "/v1/datatables", Datatable),
    ],
)
async def test_every_list_follows_next_token_until_none_is_returned(
    mode: Mode, method: str, path: str, model: type, api: FakeApi, sleeps: Sleeps
) -> None:
    ids = [f"x_{n}" for n in range(7)]
    api.add("GET", path, token_listing(ids))
    items = await call(mode, api, sleeps, method, page_size=3)
    assert [i.id for i in items] == ids
    assert all(isinstance(i, model) for i in items)
    assert [dict(r.url.params) for r in api.requests] == [
        {"limit": "3"},
        {"limit": "3", "nextToken": "tok-3"},
        {"limit": "3", "nextToken": "tok-6"},
    ]
    assert all(r.headers["Authorization"] == f"Bearer {API_KEY}" for r in api.requests)


def test_pages_carry_the_token_to_resume_from(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/v1/datasets", token_listing([f"ds_{n}" for n in range(5)]))
    client = sync_client(api, sleeps)
    paged = client.list_datasets(page_size=2)
    assert_type(paged, ItemPaged[Dataset])
    pages = list(paged.by_page())
    assert [[d.id for d in p] for p in pages] == [["ds_0", "ds_1"], ["ds_2", "ds_3"], ["ds_4"]]
    assert [p.continuation_token for p in pages] == ["tok-2", "tok-4", None]
    assert [d.id for d in client.list_datasets(page_size=2, continuation_token="tok-2")] == ["ds_2", "ds_3", "ds_4"]
    assert [d.id for d in client.list_datasets(page_size=2, max_items=3)] == ["ds_0", "ds_1", "ds_2"]
    assert_type(AsyncSphinx(api_key=API_KEY).list_plots(), AsyncItemPaged[Plot])


@pytest.mark.parametrize("last", [{"nextToken": None}, {"nextToken": ""}, {}])
def test_a_null_empty_or_missing_token_ends_the_list(last: dict[str, object], api: FakeApi, sleeps: Sleeps) -> None:
    api.add(
        "GET",
        "/v1/campaigns",
        httpx.Response(200, json={"data": [{"id": "c1", "name": "a"}], "nextToken": "t1"}),
        httpx.Response(200, json={"data": [{"id": "c2", "name": "b"}], **last}),
    )
    assert [c.id for c in sync_client(api, sleeps).list_campaigns()] == ["c1", "c2"]
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    "body",
    [
        {"results": [{"id": "c1", "name": "a"}]},  # another wrapper key than the declared `data`
        {"data": [{"id": 7, "name": "a"}]},  # a mistyped id
        {"data": "not a list"},
    ],
)
def test_a_page_not_in_the_declared_shape_is_a_validation_error(body: object, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/v1/campaigns", httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError) as raised:
        list(sync_client(api, sleeps).list_campaigns())
    assert API_KEY not in str(raised.value)


# -- plots: signed URL ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_download_plot_fetches_the_signed_url_without_the_key(
    mode: Mode, api: FakeApi, sleeps: Sleeps, tmp_path: Path
) -> None:
    url = "https://storage.example/plots/plot_12345.svg?X-Goog-Signature=abc"
    api.add("GET", "/v1/plots/plot_12345/download", httpx.Response(200, json={"signedUrl": url}))
    api.add("GET", "storage.example/plots/plot_12345.svg", httpx.Response(200, content=SVG))
    saved = await call(mode, api, sleeps, "download_plot", "plot_12345", tmp_path / "plot.svg")
    assert saved == tmp_path / "plot.svg"
    assert saved.read_bytes() == SVG
    api_call, signed_call = api.requests
    assert api_call.headers["Authorization"] == f"Bearer {API_KEY}"
    assert str(signed_call.url) == url
    assert "Authorization" not in signed_call.headers
    assert API_KEY not in str(signed_call.headers)
    # into a folder: named by the plot id when the server does not name the file
    assert await call(mode, api, sleeps, "download_plot", "plot_12345", tmp_path) == tmp_path / "plot_12345.svg"


def test_a_plot_download_without_a_url_is_a_validation_error(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", "/v1/plots/p1/download", httpx.Response(200, json={"url": "https://elsewhere"}))
    with pytest.raises(ResponseValidationError, match="get_plot_download"):
        sync_client(api, sleeps).download_plot("p1", tmp_path / "p.svg")
    assert files_in(tmp_path) == []


# -- datatables: export task, poller, signed URL ------------------------------------------------------------------


def export_routes(api: FakeApi, *states: httpx.Response) -> FakeApi:
    api.add("GET", "/v1/datatables/dt_12345/download", httpx.Response(200, json={"taskId": "task_1"}))
    api.add("GET", "/v1/tasks/task_1", *states)
    api.add("GET", "storage.example/exports/dt_12345.csv", httpx.Response(200, content=CSV))
    return api


@pytest.mark.parametrize("mode", MODES)
async def test_download_datatable_waits_for_the_task_then_downloads(
    mode: Mode, api: FakeApi, sleeps: Sleeps, tmp_path: Path
) -> None:
    export_routes(api, task("PROCESSING"), task("PROCESSING"), task("SUCCESS", result={"signedUrl": SIGNED}))
    seen: list[str] = []
    saved = await call(
        mode, api, sleeps, "download_datatable", "dt_12345", tmp_path, on_progress=lambda s, f, t: seen.append(s)
    )
    assert saved == tmp_path / "dt_12345.csv"
    assert saved.read_bytes() == CSV
    assert [r.url.path for r in api.requests] == [
        "/v1/datatables/dt_12345/download",
        "/v1/tasks/task_1",
        "/v1/tasks/task_1",
        "/v1/tasks/task_1",
        "/exports/dt_12345.csv",
    ]
    assert sleeps.waits == [1.0, 1.5]  # the poller's backoff, never a real sleep
    assert seen == ["PROCESSING", "SUCCESS"]
    assert "Authorization" not in api.requests[-1].headers


@pytest.mark.parametrize("mode", MODES)
async def test_read_datatable_gives_a_dataframe(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    export_routes(api, task("SUCCESS", result={"signedUrl": SIGNED}))
    frame = await call(mode, api, sleeps, "read_datatable", "dt_12345", dtype={"signal": "float64"})
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["well", "compound", "signal"]
    assert frame["signal"].tolist() == [51234.5, 48000.0]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failed", ["FAILURE", "FAILED", "ERROR"])
async def test_a_failed_task_raises_with_the_server_message(
    mode: Mode, failed: str, api: FakeApi, sleeps: Sleeps, tmp_path: Path
) -> None:
    export_routes(api, task("PROCESSING"), task(failed, message="plate file could not be parsed"))
    with pytest.raises(JobFailedError) as raised:
        await call(mode, api, sleeps, "download_datatable", "dt_12345", tmp_path / "out.csv")
    error = raised.value
    assert (error.job_id, error.status, error.server_message) == ("task_1", failed, "plate file could not be parsed")
    assert str(error) == f"job task_1 ended {failed}: plate file could not be parsed"
    assert isinstance(error.job, Task)
    assert files_in(tmp_path) == []
    assert not any(r.url.host == "storage.example" for r in api.requests)


@pytest.mark.parametrize("mode", MODES)
async def test_a_timeout_raises_with_the_last_state(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    export_routes(api, task("PROCESSING"))
    with pytest.raises(PollTimeoutError) as raised:
        await call(mode, api, sleeps, "read_datatable", "dt_12345", timeout=0)
    error = raised.value
    assert isinstance(error, TimeoutError)
    assert (error.job_id, error.last_status, error.timeout) == ("task_1", "PROCESSING", 0)
    assert isinstance(error.job, Task)
    assert error.job.status == TaskStatus.PROCESSING
    assert sleeps.waits == []  # a zero timeout gives up after the first poll, without waiting


def test_unknown_statuses_keep_polling_and_arrive_as_strings(api: FakeApi, sleeps: Sleeps) -> None:
    export_routes(api, task("QUEUED"), task("PENDING"), task("SUCCESS", result={"signedUrl": SIGNED}))
    client = sync_client(api, sleeps)
    statuses: list[object] = []
    done = client.wait_for_task("task_1", on_progress=lambda s, f, t: statuses.append(t.status))
    assert statuses == ["QUEUED", TaskStatus.PENDING, TaskStatus.SUCCESS]
    assert done.status == TaskStatus.SUCCESS
    assert_type(client.poll_task("task_1"), Poller[Task])
    assert_type(AsyncSphinx(api_key=API_KEY).poll_task("task_1"), AsyncPoller[Task])


@pytest.mark.parametrize(
    ("finished", "message"),
    [
        (task("SUCCESS"), "task task_1 ended SUCCESS with no result"),
        (task("SUCCESS", result=None), "task task_1 ended SUCCESS with no result"),
        (task("SUCCESS", result={}), "TaskResult has no signedUrl yet"),
    ],
)
def test_a_success_without_a_url_is_a_clear_error(
    finished: httpx.Response, message: str, api: FakeApi, sleeps: Sleeps
) -> None:
    export_routes(api, finished)
    with pytest.raises(LabSDKError) as raised:
        sync_client(api, sleeps).read_datatable("dt_12345")
    assert str(raised.value) == message
    assert not isinstance(raised.value, KeyError | ValueError)


@pytest.mark.parametrize("body", [{"status": 3}, {"id": "task_1"}, {"status": "SUCCESS", "result": "https://x"}])
def test_a_malformed_task_is_a_validation_error(body: object, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/v1/tasks/task_1", httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError):
        sync_client(api, sleeps).get_task("task_1")


@pytest.mark.parametrize("body", [{}, {"taskId": 5}, {"task_id": "t1"}, ["task_1"]])
def test_a_malformed_download_answer_is_a_validation_error(body: object, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/v1/datatables/dt_12345/download", httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError, match="get_datatable_download"):
        sync_client(api, sleeps).download_datatable("dt_12345", "unused.csv")
    assert len(api.requests) == 1


# -- errors and configuration --------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_error_bodies_become_typed_errors_without_the_key(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/v1/plots/nope", httpx.Response(404, json={"message": "Plot 'nope' not found"}))
    api.add("GET", "/v1/datatables/dt_1", httpx.Response(401, json={"message": f"Invalid API key {API_KEY}"}))
    with pytest.raises(NotFoundError) as missing:
        await call(mode, api, sleeps, "get_plot", "nope")
    assert missing.value.message == "Plot 'nope' not found"
    assert missing.value.url == f"{BASE}/plots/nope"
    with pytest.raises(AuthenticationError) as denied:
        await call(mode, api, sleeps, "get_datatable", "dt_1")
    assert API_KEY not in str(denied.value)
    assert API_KEY not in repr(denied.value.body)


def test_presets_environment_and_repr(api: FakeApi, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Sphinx.PRODUCTION == AsyncSphinx.PRODUCTION == labspecs.load("sphinx").server_url == BASE
    assert Sphinx.servers() == {"production": BASE}
    monkeypatch.setenv("SPHINX_API_KEY", API_KEY)
    monkeypatch.setenv("SPHINX_BASE_URL", "http://127.0.0.1:8000/v1")
    api.add("GET", "/v1/campaigns/c1", httpx.Response(200, json={"id": "c1", "name": "Screen"}))
    with Sphinx(transport=api.transport, retry=sleeps.policy()) as client:
        assert client.get_campaign("c1").name == "Screen"
        assert API_KEY not in repr(client)
    assert str(api.requests[0].url) == "http://127.0.0.1:8000/v1/campaigns/c1"
    assert api.requests[0].headers["Authorization"] == f"Bearer {API_KEY}"


def test_the_spec_binds_every_operation_to_its_generated_code() -> None:
    binding = SpecBinding(labspecs.load("sphinx"))
    assert binding.spec.auth == labspecs.AuthScheme("BearerAuth", "bearer", "Authorization", "Bearer")
    assert binding.spec.base_path == "/v1"
    assert binding.spec.errors == labspecs.ErrorShape("Error", "message")
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
        "message",
    )
    assert declared.failure == ("FAILURE", "FAILED", "ERROR")  # in declared order: a failing job ends FAILURE
    assert [(f.schema, f.property) for f in binding.spec.signed_urls] == [
        ("PlotDownload", "signedUrl"),
        ("TaskResult", "signedUrl"),
    ]
