"""The control plane's state endpoints on every API: reset, snapshot and restore (mid-workflow too, into a fresh
server), data files, and what a bad request gets (a 400 and no change)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import labmock
from labmock import LabmockError, MockConfig, MockServer, Service
from labmock.core import Hooks

from .control_support import CONTROL, MY_PROJECT, PLAN, WITH_JOBS, WORKFLOWS, control, ok, url
from .widgets_service import SERVICE as WIDGETS

APIS = sorted(labmock.SERVICES)


@pytest.fixture
def api_client() -> Iterator[Callable[[MockServer], httpx.Client]]:
    made: list[httpx.Client] = []

    def make(server: MockServer) -> httpx.Client:
        made.append(control(server))
        return made[-1]

    yield make
    for client in made:
        client.close()


@pytest.mark.parametrize("name", APIS)
def test_reset_brings_back_the_start_state(name: str, api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create(name, MockConfig(job_polls=2))
    api = api_client(server)
    at_start = ok(api.get(f"{CONTROL}/state"))
    assert at_start == server.snapshot()
    WORKFLOWS[name].change(server, api)
    changed = ok(api.get(f"{CONTROL}/state"))
    assert changed != at_start
    assert changed["store"] != at_start["store"] or changed["state"] != at_start["state"]
    summary = ok(api.post(f"{CONTROL}/reset"))
    assert summary["service"] == name
    assert summary["requests"]["recorded"] == 0  # the journal is emptied too
    assert ok(api.get(f"{CONTROL}/state")) == at_start


@pytest.mark.parametrize("name", WITH_JOBS)
def test_a_snapshot_taken_mid_workflow_continues_after_restore(
    name: str, api_client: Callable[[MockServer], httpx.Client]
) -> None:
    flow = WORKFLOWS[name]
    assert flow.start is not None
    assert flow.poll is not None
    server = labmock.create(name, MockConfig(job_polls=3))
    api = api_client(server)
    job_id = flow.start(server, api)
    first = flow.poll(server, api, job_id)
    snapshot = ok(api.get(f"{CONTROL}/state"))
    then = [flow.poll(server, api, job_id) for _ in range(2)]  # the rest of the walk: the 2nd and 3rd polls
    assert then[-1] != first
    assert flow.poll(server, api, job_id) == then[1]  # over
    assert ok(api.put(f"{CONTROL}/state", json=snapshot))["restored"] is True
    assert [flow.poll(server, api, job_id) for _ in range(2)] == then  # it goes on from the snapshot's poll count
    fresh = labmock.create(name, MockConfig(job_polls=3))  # and on another server of the service alike
    fresh.restore(snapshot)
    other = api_client(fresh)
    assert [flow.poll(fresh, other, job_id) for _ in range(2)] == then
    assert fresh.snapshot() != snapshot  # the polls counted


def test_time_driven_jobs_keep_their_age_across_a_restore() -> None:
    server = labmock.create("biodock", MockConfig(job_duration=100.0))
    clock = [1000.0]
    server.clock.now = lambda: clock[0]
    job = server.state.submit("pl_0001", ["fs_0001"], None, "2024-03-01T00:00:00Z")
    clock[0] += 60
    snapshot = server.snapshot()
    fresh = labmock.create("biodock", MockConfig(job_duration=100.0))
    fresh.clock.now = lambda: 5000.0
    fresh.restore(snapshot)
    restored = fresh.state.jobs[job.id].job
    assert restored.peek() == job.job.peek()
    assert 5000.0 - restored.created == pytest.approx(60.0)


def test_shared_objects_stay_shared_after_a_restore() -> None:
    server = labmock.create("biodock")
    server.restore(server.snapshot())
    state = server.state
    assert all(state.jobs[record.id] is record for record in state.job_list)  # one object, two collections
    assert state.ctx.store is server.store
    assert state.ctx.objects is server.objects


def test_iontorrent_restore_keeps_plans_and_counters(api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create("iontorrent")
    api = api_client(server)
    first = ok(api.post(url(server, "createPlannedExperiment"), json=PLAN), 201)
    fresh = labmock.create("iontorrent")
    fresh.restore(server.snapshot())
    other = api_client(fresh)
    assert ok(other.get(url(fresh, "getPlannedExperiment", id=first["id"])))["planName"] == "CONTROL_plan"
    again = ok(other.post(url(fresh, "createPlannedExperiment"), json=PLAN), 201)
    assert again["id"] == first["id"] + 1  # the id counter came along


def test_seven_bridges_rate_limit_windows_and_uploads_are_restored(
    api_client: Callable[[MockServer], httpx.Client],
) -> None:
    config = MockConfig(rate_limit=(10, 600.0))
    server = labmock.create("sevenbridges", config)
    api = api_client(server)
    upload = ok(api.post(url(server, "initUpload"), json={"project": MY_PROJECT, "name": "a.txt", "size": 12}))
    part = ok(api.get(url(server, "getUploadPartUrl", upload_id=upload["upload_id"], part_number=1)))
    remaining = int(api.get(url(server, "getCurrentUser")).headers["x-ratelimit-remaining"])
    assert remaining == 7
    snapshot = server.snapshot()
    server.reset()  # the same server (its signing secret is kept), back at the start, then the snapshot
    server.restore(snapshot)
    other = api_client(server)
    assert int(other.get(url(server, "getCurrentUser")).headers["x-ratelimit-remaining"]) == remaining - 1
    assert ok(other.get(url(server, "getUpload", upload_id=upload["upload_id"])))["upload_id"] == upload["upload_id"]
    with httpx.Client(transport=server.transport()) as storage:  # the part URL signed before the snapshot
        stored = storage.put(part["url"], content=b"hello world!")
    assert stored.status_code == 200, stored.text  # the upload in progress came back with the snapshot
    fresh = labmock.create("sevenbridges", config)
    fresh.restore(snapshot)
    assert ok(api_client(fresh).get(url(fresh, "getUpload", upload_id=upload["upload_id"])))["upload_id"]


def test_the_object_store_is_restored(api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create("sphinx")
    api = api_client(server)
    signed = ok(api.get(url(server, "getPlotDownload", id="plot_12345")))["signedUrl"]
    snapshot = server.snapshot()
    server.reset()
    assert len(server.objects) == 0
    server.restore(snapshot)
    with httpx.Client(transport=server.transport()) as anonymous:
        downloaded = anonymous.get(signed)  # the same server: its signing secret is kept
    assert downloaded.status_code == 200
    assert downloaded.content.startswith(b"<?xml")


JOB = ["state", "jobs", "aj_0001"]  # the first analysis job (the job list refers to it)


def _mutations() -> list[tuple[str, Callable[[dict[str, Any]], Any], str]]:
    def drop(key: str) -> Callable[[dict[str, Any]], Any]:
        return lambda s: {k: v for k, v in s.items() if k != key}

    def set_(path: list[Any], value: Any) -> Callable[[dict[str, Any]], Any]:
        def change(s: dict[str, Any]) -> Any:
            node = s
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = value
            return s

        return change

    return [
        ("a list", lambda s: [s], "a snapshot is the JSON object"),
        ("a key missing", drop("counters"), "exactly the keys"),
        ("another service", set_(["service"], "sphinx"), "cannot be restored into 'biodock'"),
        ("another format", set_(["labmock"], 99), "format 99"),
        ("a kind missing", lambda s: set_(["store"], {"pipeline": s["store"]["pipeline"]})(s), "every kind"),
        ("a bad counter", set_(["counters", "pipeline"], "x"), "whole number"),
        ("an id twice", lambda s: set_(["store", "pipeline"], s["store"]["pipeline"] * 2)(s), "an id twice"),
        ("an object without id", set_(["store", "pipeline"], [{"name": "x"}]), "each with its 'id'"),
        ("a state attribute missing", lambda s: s["state"].pop("jobs") and s, "missing ['jobs']"),
        ("an unknown attribute", set_(["state", "mood"], 1), "unknown ['mood']"),
        ("an unknown tag", set_(["state", "_next_job"], {"__nope__": 1}), "unknown tag"),
        ("a foreign class", set_([*JOB, "__dataclass__"], "os:PathLike"), "not a class of labmock"),
        ("an unknown class", set_([*JOB, "__dataclass__"], "labmock.core:Nope"), "no class"),
        ("a dangling reference", set_(["state", "jobs"], {"aj_0001": {"__ref__": 999}}), "not seen before"),
        ("a job of no operation", set_([*JOB, "fields", "job", "__job__", "operation"], "x"), "'x'"),
        ("a bad job field", set_([*JOB, "fields", "job", "__job__", "polls"], -1), "polls"),
        ("objects not base64", set_(["objects"], [{"key": "k", "media_type": "t", "filename": None, "content": "%"}]),
         "base64"),
        ("a bad random state", set_(["state", "_next_job"], {"__random__": [3, [1, 2], None]}), "bad __random__"),
    ]  # fmt: skip


@pytest.mark.parametrize(("case", "mutate", "message"), _mutations(), ids=[m[0] for m in _mutations()])
def test_a_bad_snapshot_is_refused_whole(
    case: str, mutate: Callable[[dict[str, Any]], Any], message: str, api_client: Callable[[MockServer], httpx.Client]
) -> None:
    server = labmock.create("biodock", MockConfig(job_polls=2))
    server.clock.now = lambda: 1000.0  # a running job's age would change between two snapshots
    api = api_client(server)
    WORKFLOWS["biodock"].change(server, api)
    before = server.snapshot()
    response = api.put(f"{CONTROL}/state", json=mutate(copy.deepcopy(before)))
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert server.snapshot() == before  # nothing was applied


def test_a_snapshot_body_that_is_not_json_is_a_400(api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create("biodock")
    api = api_client(server)
    assert "not JSON" in api.put(f"{CONTROL}/state", content=b"{oops").json()["error"]
    assert "needs a JSON body" in api.put(f"{CONTROL}/state").json()["error"]


# -- data files -----------------------------------------------------------------------------------------------------

MY_DATA = """\
pipeline:
  - {id: pl_0100, name: My lab's pipeline, createdAt: "2024-06-01T09:00:00.000Z"}
  - {id: pl_0001, name: Nuclei segmentation v2, createdAt: "2024-02-01T09:00:00.000Z"}
filesystem-item:
  - {id: fs_0100, name: my-plates, createdAt: "2024-06-01T09:00:00.000Z", __t: Folder, parent: null, size: 0}
  - {id: fs_0101, name: plate_1.png, createdAt: "2024-06-01T09:01:00.000Z", __t: File, parent: fs_0100, size: 2048}
"""


def _pipelines(server: MockServer, api: httpx.Client) -> dict[str, str]:
    listed = ok(api.get(url(server, "listPipelines"), params={"limit": 100}))["results"]
    return {p["id"]: p["name"] for p in listed}


def test_a_data_file_is_loaded_over_the_demo_data(api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create("biodock")
    api = api_client(server)
    loaded = ok(api.post(f"{CONTROL}/data", content=MY_DATA, headers={"content-type": "application/yaml"}))
    assert loaded["loaded"] == {"pipeline": 2, "filesystem-item": 2}
    pipelines = _pipelines(server, api)
    assert pipelines["pl_0100"] == "My lab's pipeline"
    assert pipelines["pl_0001"] == "Nuclei segmentation v2"  # the same id: replaced
    assert len(pipelines) == 6
    folder = ok(api.get(url(server, "listFilesystemItems"), params={"folderId": "fs_0100"}))["results"]
    assert [item["id"] for item in folder] == ["fs_0101"]
    job = ok(api.post(url(server, "submitAnalysisJob"), json={"pipelineId": "pl_0100", "filesystemIds": ["fs_0100"]}))
    assert server.state.jobs[job["id"]].file_ids == ("fs_0101",)  # the user's folder, expanded
    folder_only = {"filesystem-item": [{"id": "fs_0102", "name": "JSON too", "__t": "Folder", "parent": None}]}
    assert ok(api.post(f"{CONTROL}/data", json=folder_only))["loaded"] == {"filesystem-item": 1}
    assert server.store["filesystem-item"].require("fs_0102")["createdAt"].endswith("Z")  # the declared timestamp
    server.reset()
    assert "pl_0100" not in _pipelines(server, api)  # loaded at run time: not part of the start state


def test_data_files_given_at_start_are_part_of_the_start_state(tmp_path: Path) -> None:
    data = tmp_path / "mine.yaml"
    data.write_text(MY_DATA)
    server = labmock.create("biodock", MockConfig(data=(str(data),)))
    with control(server) as api:
        assert _pipelines(server, api)["pl_0100"] == "My lab's pipeline"
        ok(api.post(url(server, "submitAnalysisJob"), json={"pipelineId": "pl_0100", "filesystemIds": ["fs_0101"]}))
        start = labmock.create("biodock", MockConfig(data=(str(data),))).snapshot()
        server.reset()
        assert server.snapshot() == start
        assert _pipelines(server, api)["pl_0001"] == "Nuclei segmentation v2"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sprocket: [{id: x}]", "'sprocket' is not an x-resources kind of biodock"),
        ("pipeline: [{name: No id}]", "pipeline[0] has no 'id'"),
        ("pipeline: [{id: pl_0200, name: 7}]", "does not conform"),
        ("pipeline: [{id: pl_0200, name: A, createdAt: 2024-01-01T00:00:00Z}]", "quote dates"),
        ("pipeline: [{id: pl_0200, name: A}, {id: pl_0200, name: B}]", "not a new string"),
        ("filesystem-item: [{id: fs_0200, name: x, __t: File, parent: fs_9999, size: 1}]", "no stored filesystem-item"),
        ("pipeline: {id: pl_0200}", "must be a list of objects"),
        ("- just a list", "a mapping of x-resources kinds"),
        ("pipeline: [", "not a fixture file"),
    ],
)
def test_a_bad_data_file_is_refused_whole(
    text: str, message: str, api_client: Callable[[MockServer], httpx.Client]
) -> None:
    server = labmock.create("biodock")
    api = api_client(server)
    before = server.snapshot()
    good = "pipeline: [{id: pl_0300, name: Would be added}]\n"
    response = api.post(f"{CONTROL}/data", content=good + text if text.startswith(("filesystem", "sprocket")) else text)
    assert response.status_code == 400, response.text
    assert message in response.json()["error"]
    assert server.snapshot() == before


def test_the_data_format_is_described(api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create("sevenbridges")
    described = ok(api_client(server).get(f"{CONTROL}/data"))["kinds"]
    assert set(described) == set(server.spec.resources)
    assert described["file"]["parent"] == {"kind": "file", "field": "parent"}
    assert described["project"]["internal"] == ["members", "public"]
    assert described["project"]["count"] == len(server.store["project"])


def test_loading_data_from_python_takes_a_mapping_text_or_a_file(tmp_path: Path) -> None:
    server = labmock.create("biodock")
    assert server.load_data({"pipeline": [{"id": "pl_0400", "name": "From a dict"}]}) == {"pipeline": 1}
    path = tmp_path / "more.json"
    path.write_text(json.dumps({"pipeline": [{"id": "pl_0401", "name": "From a file"}]}))
    assert server.load_data(path) == {"pipeline": 1}
    assert {"pl_0400", "pl_0401"} <= set(server.store["pipeline"])
    with pytest.raises(LabmockError, match="not an x-resources kind"):
        server.load_data("nope: []")


def _copy(server: MockServer, kind: str, key: Any, **changes: Any) -> dict[str, Any]:
    return {**server.store[kind].require(key), **changes}


@pytest.mark.parametrize("name", ["sphinx", "iontorrent", "sevenbridges"])
def test_each_api_loads_data_files_in_its_format(name: str, api_client: Callable[[MockServer], httpx.Client]) -> None:
    server = labmock.create(name)
    api = api_client(server)
    params: dict[str, str | int]
    if name == "sphinx":
        data = {"campaign": [_copy(server, "campaign", "camp_10001", id="camp_19999", name="My campaign")]}
        read, params, field, expected = "getCampaign", {"id": "camp_19999"}, "name", "My campaign"
    elif name == "iontorrent":
        data = {"chip": [_copy(server, "chip", 1, id=999, name="999", resource_uri="/rundb/api/v1/chip/999/")]}
        read, params, field, expected = "getChip", {"id": 999}, "name", "999"
    else:
        root = _copy(server, "file", "568cf5dce4b0307bc0460050", id="5f00000000000000000000aa", name="lab-data")
        project = _copy(server, "project", "john_doe/project2", id="john_doe/lab-data", name="Lab data")
        data = {"file": [{**root, "project": "john_doe/lab-data"}], "project": [{**project, "root_folder": root["id"]}]}
        read, params, field, expected = "getProject", {"owner": "john_doe", "project": "lab-data"}, "name", "Lab data"
    body = yaml.safe_dump(data)
    assert ok(api.post(f"{CONTROL}/data", content=body))["loaded"] == {kind: 1 for kind in data}
    assert ok(api.get(url(server, read, **params)))[field] == expected


def test_a_service_whose_state_is_its_context_resets_and_restores() -> None:
    """A new API's service as ``make new-api`` writes it: no state of its own, only the resource store."""

    def unused(state: Any, call: Any) -> Any:
        raise AssertionError("not called")

    handlers = {op: unused for op in ("downloadManual", "startBuild", "getBuild")}
    hooks: Hooks[Any] = Hooks(ids=WIDGETS.hooks.ids)  # the spec names an id hook; no other hook
    bare: Service[Any] = Service(
        name="bare", spec=WIDGETS.spec, demo_key="bare-key", handlers=handlers, hooks=hooks, fixtures=WIDGETS.fixtures
    )
    server = MockServer(bare)
    assert server.state is server.context
    start = server.snapshot()
    assert start["state"] == {}
    with server.client(base_url="http://bare.labmock") as api:
        made = ok(api.post("/api/widgets", json={"name": "Lever", "color": "red"}), 201)
        changed = server.snapshot()
        server.reset()
        assert server.snapshot() == start
        assert server.state is server.context
        assert api.get(f"/api/widgets/{made['id']}").status_code == 404
        server.restore(changed)
        assert ok(api.get(f"/api/widgets/{made['id']}"))["name"] == "Lever"
