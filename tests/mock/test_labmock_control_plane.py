"""The control plane's other endpoints: the request journal, targeted faults, job control, who may use it (loopback,
the control token), its routing beside the API and the object store, and the compiled-spec cache."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

import labmock
import labspecs
from labmock import LabmockError, MockConfig, MockRequest, MockServer
from labmock.core import Headers

from .control_support import CONTROL, MY_PROJECT, WORKFLOWS, control, ok, url
from .widgets_service import FIXTURES
from .widgets_service import SERVICE as WIDGETS


@pytest.fixture
def server() -> MockServer:
    return labmock.create("biodock", MockConfig(job_polls=2))


@pytest.fixture
def api(server: MockServer) -> Iterator[httpx.Client]:
    with control(server) as client:
        yield client


# -- the journal ----------------------------------------------------------------------------------------------------


def test_the_journal_lists_api_requests_newest_first(server: MockServer, api: httpx.Client) -> None:
    ok(api.get(url(server, "listPipelines"), params={"limit": 2}))
    api.get(url(server, "getAnalysisJob", id="aj_9999"))
    api.get(server.base_path + "/nowhere")
    ok(api.get(f"{CONTROL}/summary"))  # the control plane is not journaled
    entries = ok(api.get(f"{CONTROL}/requests"))["requests"]
    assert [(e["method"], e["operation"], e["status"]) for e in entries] == [
        ("GET", None, 404),
        ("GET", "getAnalysisJob", 404),
        ("GET", "listPipelines", 200),
    ]
    newest, _, oldest = entries
    assert newest["id"] > oldest["id"]
    assert oldest["path"] == url(server, "listPipelines")
    assert oldest["query"] == "limit=2"
    assert oldest["duration_ms"] >= 0
    assert oldest["time"].endswith("Z")
    assert oldest["fault"] is None
    assert set(oldest) == {"id", "time", "method", "path", "query", "operation", "status", "duration_ms", "fault"}


def test_the_journal_is_filtered_and_emptied(server: MockServer, api: httpx.Client) -> None:
    for _ in range(3):
        ok(api.get(url(server, "listPipelines")))
    job = ok(api.post(url(server, "submitAnalysisJob"), json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}))
    api.get(url(server, "getAnalysisJob", id="aj_9999"))

    def listed(**params: Any) -> list[tuple[str | None, int]]:
        return [(e["operation"], e["status"]) for e in ok(api.get(f"{CONTROL}/requests", params=params))["requests"]]

    assert listed(operation="listPipelines") == [("listPipelines", 200)] * 3
    assert listed(method="post") == [("submitAnalysisJob", 200)]
    assert listed(status="4xx") == [("getAnalysisJob", 404)]
    assert listed(status="200,404", limit=2) == [("getAnalysisJob", 404), ("submitAnalysisJob", 200)]
    assert listed(path=f"{server.base_path}/analysis-jobs*") == [("getAnalysisJob", 404), ("submitAnalysisJob", 200)]
    first_id = server.requests(operation="listPipelines")[-1].id
    assert len(listed(since=first_id)) == 4
    assert [e.operation for e in server.requests(method="POST")] == ["submitAnalysisJob"]
    assert job["id"]
    assert ok(api.delete(f"{CONTROL}/requests")) == {"cleared": 5}
    assert listed() == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"colour": "red"}, "unknown parameters ['colour']"),
        ({"status": "teapot"}, "is not a status"),
        ({"limit": "0"}, "limit must be"),
        ({"since": "-1"}, "since must be"),
    ],
)
def test_a_bad_journal_filter_is_a_400(api: httpx.Client, query: dict[str, str], message: str) -> None:
    response = api.get(f"{CONTROL}/requests", params=query)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_the_journal_never_holds_a_credential() -> None:
    server = labmock.create("iontorrent")
    with control(server) as api:
        api.get(
            url(server, "listChips"),
            params={"username": "ionadmin", "api_key": "efb7a14021732d773a4258b69d9452042a31a6b6"},
        )
        signed = ok(api.get(url(server, "listChips"), params={"limit": 1}))
        assert signed["objects"]
    recorded = str([e.to_json() for e in server.requests()])
    assert "efb7a14021732d773a4258b69d9452042a31a6b6" not in recorded
    assert "api_key=REDACTED" in recorded


# -- targeted faults ------------------------------------------------------------------------------------------------


def test_a_fault_hits_the_next_calls_of_one_operation(server: MockServer, api: httpx.Client) -> None:
    added = ok(api.post(f"{CONTROL}/faults", json={"kind": "503", "operation": "listPipelines", "times": 2}), 201)
    (fault,) = added["faults"]
    assert (fault["kind"], fault["operation"], fault["remaining"]) == ("503", "listPipelines", 2)
    assert api.get(url(server, "checkApiKey")).status_code == 200  # another operation is not touched
    first = api.get(url(server, "listPipelines"))
    assert (first.status_code, first.headers["retry-after"]) == (503, "1")
    assert "injected by labmock" in first.json()["message"]  # the API's own error shape
    assert ok(api.get(f"{CONTROL}/faults"))["faults"][0]["remaining"] == 1
    assert api.get(url(server, "listPipelines")).status_code == 503
    assert api.get(url(server, "listPipelines")).status_code == 200
    assert ok(api.get(f"{CONTROL}/faults")) == {"faults": []}
    assert [e.status for e in server.requests(operation="listPipelines")] == [200, 503, 503]


def test_faults_after_some_calls_of_any_operation_and_of_every_kind(server: MockServer, api: httpx.Client) -> None:
    ok(api.post(f"{CONTROL}/faults", json={"kind": 429, "after": 1}), 201)
    assert api.get(url(server, "checkApiKey")).status_code == 200
    assert api.get(url(server, "listPipelines")).status_code == 429
    server.add_fault("drop", "listPipelines")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get(url(server, "listPipelines"))
    server.add_fault("truncate", "listPipelines")
    truncated = api.get(url(server, "listPipelines"))
    assert len(truncated.content) < int(truncated.headers["content-length"])
    server.add_fault("latency", "checkApiKey", seconds=0.2)
    answer = server.handle(MockRequest("GET", url(server, "checkApiKey"), headers=Headers(server.auth_headers())))
    assert (answer.status, answer.delay) == (200, 0.2)
    assert [e.fault for e in server.requests(limit=3)] == [None, "truncate", "drop"]
    assert server.requests(limit=1)[0].duration_ms >= 200  # the injected wait is part of it


def test_a_fault_on_the_object_store(api: httpx.Client, server: MockServer) -> None:
    finished = ok(api.get(url(server, "getAnalysisJob", id="aj_0003")))
    server.add_fault("500", "_objects")
    with httpx.Client(transport=server.transport()) as anonymous:
        failed = anonymous.get(finished["objectsDataCSVUrl"])
        assert failed.status_code == 500
        assert b"<Code>InternalError</Code>" in failed.content
        assert anonymous.get(finished["objectsDataCSVUrl"]).status_code == 200
    assert server.requests(limit=2)[1].operation == "_objects"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"kind": "418"}, "is not one of 500, 503, 429, drop, truncate, latency"),
        ({"kind": "500", "operation": "deleteEverything"}, "no operation 'deleteEverything'"),
        ({"kind": "500", "times": 0}, "times must be"),
        ({"kind": "500", "after": "1"}, "after must be"),
        ({"kind": "500", "seconds": 1}, "seconds is for the latency kind only"),
        ({"kind": "latency", "seconds": 600}, "within 0..60"),
        ({"kind": "500", "colour": "red"}, "unknown fault fields"),
        ([{"kind": "500"}, {"kind": "nope"}], "'nope'"),
        ([], "no fault given"),
        ("503", "a fault is a JSON object"),
    ],
)
def test_a_bad_fault_is_a_400_and_none_is_added(server: MockServer, api: httpx.Client, body: Any, message: str) -> None:
    response = api.post(f"{CONTROL}/faults", json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert server.faults.rules == []


def test_faults_are_removed_one_by_one_or_all(server: MockServer, api: httpx.Client) -> None:
    added = ok(api.post(f"{CONTROL}/faults", json={"faults": [{"kind": "500"}, {"kind": "503"}, {"kind": "429"}]}), 201)
    first, *_ = (f["id"] for f in added["faults"])
    assert ok(api.delete(f"{CONTROL}/faults/{first}"))["removed"]["kind"] == "500"
    assert api.delete(f"{CONTROL}/faults/{first}").status_code == 404
    assert ok(api.delete(f"{CONTROL}/faults")) == {"cleared": 2}
    assert api.get(url(server, "listPipelines")).status_code == 200
    server.add_fault("500", times=5)
    server.reset()
    assert server.faults.rules == []  # a reset removes them


# -- jobs -----------------------------------------------------------------------------------------------------------


def test_jobs_are_listed_finished_and_failed(server: MockServer, api: httpx.Client) -> None:
    jobs = ok(api.get(f"{CONTROL}/jobs"))["jobs"]
    assert {"id": "aj_0001", "job": "masks", "operation": "getDownloadMasks", "status": "SUCCEEDED", "progress": 100,
            "done": True} in jobs  # fmt: skip
    first = WORKFLOWS["biodock"].start
    assert first is not None
    running = first(server, api)
    finished = ok(api.post(f"{CONTROL}/jobs/{running}/finish"))
    assert (finished["status"], finished["done"]) == ("SUCCEEDED", True)
    assert ok(api.get(url(server, "getAnalysisJob", id=running)))["status"] == "SUCCEEDED"  # at once: no more polls
    doomed = first(server, api)
    failed = ok(api.post(f"{CONTROL}/jobs/{doomed}/fail", json={"message": "out of disk"}))
    assert failed["status"] == "FAILED"
    assert ok(api.get(url(server, "getAnalysisJob", id=doomed)))["message"] == "out of disk"
    assert api.post(f"{CONTROL}/jobs/{doomed}/finish").status_code == 409  # over already
    assert api.post(f"{CONTROL}/jobs/aj_9999/finish").status_code == 404
    ok(api.post(url(server, "submitDownloadMasks", id=running)))
    assert api.post(f"{CONTROL}/jobs/{running}/finish", params={"job": "job"}).status_code == 409  # the analysis
    masks = ok(api.post(f"{CONTROL}/jobs/{running}/finish"))  # the one still running of the two
    assert (masks["job"], masks["status"]) == ("masks", "SUCCEEDED")
    assert ok(api.get(url(server, "getDownloadMasks", id=running)))["status"] == "SUCCEEDED"
    assert api.post(f"{CONTROL}/jobs/{running}/fail", json={"colour": 1}).status_code == 400


def test_job_control_of_tasks_on_sphinx_seven_bridges_and_a_service_keeping_jobs_by_id() -> None:
    for name, status in (("sphinx", "SUCCESS"), ("sevenbridges", "COMPLETED")):
        mock = labmock.create(name, MockConfig(job_polls=5))
        flow = WORKFLOWS[name]
        assert flow.start is not None
        assert flow.poll is not None
        with control(mock) as api:
            task = flow.start(mock, api)
            assert mock.finish_job(task).status == status
            assert flow.poll(mock, api, task) == status
    widgets = MockServer(WIDGETS, MockConfig(job_polls=5))
    with control(widgets) as api:
        build = ok(api.post("/api/widgets/wd_0003/builds"))["id"]  # the broken widget: its builds fail
        assert widgets.finish_job(build).status == "DONE"
        assert [j.id for j in widgets.jobs()] == [build]


# -- who may use it -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client", "allowed"),
    [(None, True), ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("::ffff:127.0.0.1", True),
     ("10.1.2.3", False), ("192.168.0.5", False), ("2001:db8::1", False), ("", False)],
)  # fmt: skip
def test_without_a_token_only_loopback_clients_are_answered(client: str | None, allowed: bool) -> None:
    server = labmock.create("biodock")
    answer = server.handle(MockRequest("POST", f"{CONTROL}/reset", client=client))
    assert answer.status == (200 if allowed else 403)
    if not allowed:
        assert b"loopback clients only" in answer.body
    api = server.handle(
        MockRequest("GET", url(server, "checkApiKey"), headers=Headers(server.auth_headers()), client=client)
    )
    assert api.status == 200  # the API itself answers anyone


def test_with_a_token_every_control_request_must_carry_it() -> None:
    token = "s3cret-control-token"
    server = labmock.create("biodock", MockConfig(control_token=token))
    assert token not in repr(server.config)
    with labmock.running(server) as live:
        origin = live.origin
        assert httpx.post(f"{origin}{CONTROL}/reset", trust_env=False).status_code == 403
        wrong = httpx.post(f"{origin}{CONTROL}/reset", headers={"X-Labmock-Token": "guess"}, trust_env=False)
        assert wrong.status_code == 403
        assert token not in wrong.text
        right = httpx.post(f"{origin}{CONTROL}/reset", headers={"X-Labmock-Token": token}, trust_env=False)
        assert right.status_code == 200
        page = httpx.get(f"{origin}{CONTROL}/", trust_env=False)  # the page holds no data; its calls need the token
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        remote = server.handle(
            MockRequest("GET", f"{CONTROL}/state", client="10.0.0.9", headers=Headers({"X-Labmock-Token": token}))
        )
        assert remote.status == 200
    with pytest.raises(LabmockError, match="at least 8"):
        MockConfig(control_token="short")


def test_a_live_server_answers_its_loopback_clients() -> None:
    with labmock.running("sevenbridges") as live:
        summary = httpx.get(f"{live.origin}{CONTROL}/summary", trust_env=False).json()
        assert summary["service"] == "sevenbridges"
        assert summary["resources"]["project"] == len(live.server.store["project"])
        assert "createTask" in summary["operations"]
        ok(httpx.get(f"{live.base_url}/projects", headers=live.server.auth_headers(), trust_env=False))
        assert live.server.requests()[0].operation == "listProjects"


# -- routing --------------------------------------------------------------------------------------------------------


def test_unknown_control_paths_and_methods(api: httpx.Client) -> None:
    missing = api.get(f"{CONTROL}/nope")
    assert missing.status_code == 404
    assert "no control endpoint" in missing.json()["error"]
    wrong = api.get(f"{CONTROL}/reset")
    assert (wrong.status_code, wrong.headers["allow"]) == (405, "POST")
    assert api.get(f"{CONTROL}/summary", params={"x": 1}).status_code == 400
    assert api.post(f"{CONTROL}/jobs/aj_0001/explode").status_code == 404


def _host_root_widgets() -> MockServer:
    """The widgets API served at the host root: its paths move from /api/... to /v1/..., the base path is empty."""
    document = yaml.safe_load((FIXTURES / "widgets.yaml").read_text(encoding="utf-8"))
    document["servers"] = [{"url": "https://widgets.example"}]
    document["paths"] = {"/v1" + path: item for path, item in document["paths"].items()}
    spec = labspecs.parse("widgets", document)
    return MockServer(dataclasses.replace(WIDGETS, spec=spec), MockConfig(job_polls=1))


def test_at_the_host_root_the_object_store_and_the_control_plane_share_the_prefix_unambiguously() -> None:
    server = _host_root_widgets()
    assert server.base_path == ""
    assert server.objects.prefix == "/_labmock/objects/"
    with server.client(base_url="http://widgets.labmock") as api:
        build = ok(api.post("/v1/widgets/wd_0001/builds"))["id"]
        artifact = ok(api.get(f"/v1/builds/{build}"))["artifactUrl"]
        assert "/_labmock/objects/builds/" in artifact
        with httpx.Client(transport=server.transport()) as anonymous:
            assert anonymous.get(artifact).status_code == 200  # the object store
        assert ok(api.post(f"{CONTROL}/reset"))["service"] == "widgets"  # the control plane
        assert api.get(f"{CONTROL}/objects").status_code == 404  # no control endpoint, and no object either
        assert ok(api.get(f"{CONTROL}/jobs")) == {"jobs": []}


def test_an_operation_under_the_control_prefix_is_refused_at_start() -> None:
    document = yaml.safe_load((FIXTURES / "widgets.yaml").read_text(encoding="utf-8"))
    document["servers"] = [{"url": "https://widgets.example"}]
    document["paths"]["/_labmock/reset"] = document["paths"].pop("/shelf")
    spec = labspecs.parse("widgets", document)
    with pytest.raises(LabmockError, match="under /_labmock/"):
        MockServer(dataclasses.replace(WIDGETS, spec=spec))


# -- the compiled-spec cache ----------------------------------------------------------------------------------------


def test_servers_of_one_spec_share_its_compiled_routes_and_validators() -> None:
    first, second = labmock.create("sevenbridges"), labmock.create("sevenbridges")
    assert first._compiled is second._compiled
    assert labmock.create("cavatica")._compiled is first._compiled  # two services, one spec
    same_content = labspecs.parse("widgets", yaml.safe_load((FIXTURES / "widgets.yaml").read_text(encoding="utf-8")))
    assert MockServer(dataclasses.replace(WIDGETS, spec=same_content))._compiled is MockServer(WIDGETS)._compiled
    changed = _host_root_widgets()
    assert changed._compiled is not MockServer(WIDGETS)._compiled
    assert changed._compiled.digest != MockServer(WIDGETS)._compiled.digest
    first.state.add_files(MY_PROJECT, 3)
    assert len(second.state.projects) == len(first.state.projects)  # only the compilation is shared, not the state
    assert len(first.store["file"]) == len(second.store["file"]) + 3
