"""The Biodock client: workflows over the generated operations, its typed surface, and spec verification."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any, assert_type

import httpx
import pytest
import respx

import labspecs
from labsdk import AsyncItemPaged, AsyncPoller, ItemPaged, Poller
from labsdk._spec import SpecBinding
from labsdk.biodock import AnalysisJob, AsyncBiodock, Biodock, Pipeline

from ..harness import Waits
from .biodock_support import BASE, async_client, client, job, page
from .support import API_KEY, FakeApi

JOBS = "/api/external/analysis-jobs"
FILES = "/api/external/filesystem-items"


def listing(request: httpx.Request) -> httpx.Response:
    """A cursor-paged list of 5 jobs, honouring limit and startingAfter like the real API."""
    data = [f"j{k}" for k in range(5)]
    limit = int(request.url.params.get("limit", "20"))
    after = request.url.params.get("startingAfter")
    start = data.index(after) + 1 if after else 0
    return httpx.Response(200, json=page(*data[start : start + limit]))


def test_list_jobs_is_typed_and_pages_with_the_declared_params(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOBS, listing)
    bd = client(api, waits)
    paged = bd.list_jobs(page_size=2, max_items=4)
    assert_type(paged, ItemPaged[AnalysisJob])
    jobs = list(paged)
    assert_type(jobs, list[AnalysisJob])
    assert [j.id for j in jobs] == ["j0", "j1", "j2", "j3"]
    assert [dict(r.url.params) for r in api.requests] == [{"limit": "2"}, {"limit": "2", "startingAfter": "j1"}]
    pages = list(bd.list_jobs(page_size=2).by_page())
    assert [p.continuation_token for p in pages] == ["j1", "j3", None]
    resumed = list(bd.list_jobs(page_size=2, continuation_token="j3"))
    assert [j.id for j in resumed] == ["j4"]


async def test_async_list_jobs(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOBS, listing)
    paged = async_client(api, waits).list_jobs(page_size=3)
    assert_type(paged, AsyncItemPaged[AnalysisJob])
    assert [j.id async for j in paged] == ["j0", "j1", "j2", "j3", "j4"]


def test_list_pipelines(api: FakeApi, waits: Waits) -> None:
    body = {"results": [{"id": "pl1", "name": "Nuclei"}], "count": 1}
    api.add("GET", "/api/external/pipelines", httpx.Response(200, json=body))
    pipelines = list(client(api, waits).list_pipelines())
    assert_type(pipelines, list[Pipeline])
    assert [p.name for p in pipelines] == ["Nuclei"]


def test_upload_bytes_needs_a_name(api: FakeApi, waits: Waits) -> None:
    api.add("POST", f"{FILES}/upload-file", httpx.Response(200, json={"id": "f1", "__t": "File"}))
    bd = client(api, waits)
    with pytest.raises(ValueError, match="file_name"):
        bd.upload_file(b"data")
    assert bd.upload_file(b"data", "notes.txt").id == "f1"
    assert b'filename="notes.txt"' in api.requests[0].content


def test_poll_and_wait_are_typed(api: FakeApi, waits: Waits) -> None:
    api.add("GET", f"{JOBS}/j1", httpx.Response(200, json=job("j1", "SUCCEEDED", 100)))
    bd = client(api, waits)
    assert_type(bd.poll_job("j1"), Poller[AnalysisJob])
    assert_type(bd.wait_for_job("j1"), AnalysisJob)
    assert_type(async_client(api, waits).poll_job("j1"), AsyncPoller[AnalysisJob])


def test_presets_and_base_url(api: FakeApi, waits: Waits) -> None:
    spec = labspecs.load("biodock")
    assert Biodock.PRODUCTION == AsyncBiodock.PRODUCTION == spec.server_url == BASE
    assert Biodock.servers() == {"production": BASE}
    api.add("GET", "/api/external/check", httpx.Response(200, json={"user": "u"}))
    local = client(api, waits, base_url="http://127.0.0.1:8000/api/external")
    local.check()
    assert str(api.requests[0].url) == "http://127.0.0.1:8000/api/external/check"
    assert api.requests[0].headers["X-API-KEY"] == API_KEY


def test_with_options_headers_are_added(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/api/external/check", httpx.Response(200, json={"user": "u"}))
    bd = client(api, waits)
    bd.with_options(headers={"X-Trace": "t1"}).check()
    bd.check()
    assert [r.headers.get("X-Trace") for r in api.requests] == ["t1", None]


# -- over the real default transport, with respx -------------------------------------------------------------------


@respx.mock
def test_default_transport_with_respx(tmp_path: Path) -> None:
    job_route = respx.get(f"{BASE}/analysis-jobs/j1").mock(
        return_value=httpx.Response(
            200,
            json=job("j1", "SUCCEEDED", 100, objectsDataCSVUrl="https://signed.example/o.csv?sig=abc"),
        )
    )
    signed_route = respx.get("https://signed.example/o.csv").mock(return_value=httpx.Response(200, content=b"a\n1\n"))
    with Biodock(api_key=API_KEY) as bd:
        found = bd.get_job("j1")
        path = bd.downloader.download(str(found.objects_data_csv_url), tmp_path)
    assert path.read_bytes() == b"a\n1\n"
    assert job_route.calls.last.request.headers["X-API-KEY"] == API_KEY
    signed_request = signed_route.calls.last.request
    assert "X-API-KEY" not in signed_request.headers
    assert "Authorization" not in signed_request.headers


@respx.mock
async def test_default_async_transport_with_respx() -> None:
    route = respx.get(f"{BASE}/analysis-jobs/j1").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=job("j1"))]
    )
    async with AsyncBiodock(api_key=API_KEY, retry=Waits().policy()) as abd:
        assert (await abd.get_job("j1")).id == "j1"
    assert route.call_count == 2


# -- spec verification --------------------------------------------------------------------------------------------


def _broken(edit: str) -> labspecs.ApiSpec:
    document: dict[str, Any] = copy.deepcopy(dict(labspecs.load("biodock").document))
    components = document["components"]
    if edit == "cursor-field":
        components["x-pagination"]["cursor"]["cursor-field"] = "uuid"
    elif edit == "limit-param":
        components["x-pagination"]["cursor"]["limit-param"] = "pageSize"
    elif edit == "items":
        components["x-pagination"]["cursor"]["items"] = "data"
    elif edit == "status-field":
        document["paths"]["/analysis-jobs/{id}"]["get"]["x-long-running"]["status-field"] = "state"
    elif edit == "signed-url":
        components["schemas"]["MasksJob"]["properties"]["previewUrl"] = {"type": "string", "x-signed-url": {}}
    elif edit == "tag":
        document["paths"]["/check"]["get"]["tags"] = ["accounts"]
    return labspecs.parse("biodock", document)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ("cursor-field", r"x-pagination cursor-field 'uuid': FilesystemItem has no attribute 'uuid'"),
        ("limit-param", r"limit-param 'pageSize': sync_detailed has no keyword 'page_size'"),
        ("items", r"x-pagination items 'data': \w+List has no attribute 'data'"),
        ("status-field", r"x-long-running status-field 'state': AnalysisJob has no attribute 'state'"),
        ("signed-url", r"MasksJob x-signed-url 'previewUrl': MasksJob has no attribute 'preview_url'"),
        ("tag", r"generated module labsdk_biodock_client.api.accounts.check_api_key not found"),
    ],
)
def test_spec_declarations_are_verified_against_the_generated_code(edit: str, message: str) -> None:
    with pytest.raises(labspecs.SpecError, match=message):
        SpecBinding(_broken(edit))


def test_the_shipped_spec_binds() -> None:
    binding = SpecBinding(labspecs.load("biodock"))
    assert binding.op("listAnalysisJobs").item_model is AnalysisJob


def test_results_of_an_unfinished_job_are_a_clear_error(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json=job(status="RUNNING")))
    with pytest.raises(Exception, match=r"no objectsDataCSVUrl yet \(status RUNNING\)"):
        client(api, waits).download_results("job1", tmp_path)
    assert os.listdir(tmp_path) == []
