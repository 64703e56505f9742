"""The Seven Bridges mock (and its CAVATICA deployment): the docs' examples, fields, pagination, the rate limit,
the error registry, the task state machine, uploads and signed URLs, in process."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import labmock
from labmock import LabmockError, MockConfig, MockServer
from labmock.cli import _parser
from labmock.core.config import parse_rate_limit

from ..harness import ManualClock

API = "sevenbridges"

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"
UNKNOWN_FILE = "0123456789abcdef01234567"


def _error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert (body["status"], body["code"]) == (status, code)
    assert body["message"]
    assert "more_info" in body
    return body


# -- the docs' examples ------------------------------------------------------------------------------------------


def test_the_projects_page_of_the_docs(client: httpx.Client) -> None:
    """The docs' page: project1 and project2, with a next link (more than four projects: defect 6)."""
    response = client.get("/projects/", params={"limit": 2, "offset": 2})  # trailing slash, as the client sends
    assert response.status_code == 200
    assert response.headers["x-total-matching-query"] == "6"
    body = response.json()
    assert body["href"] == "http://sevenbridges.labmock/v2/projects/?limit=2&offset=2"
    assert [(p["id"], p["name"]) for p in body["items"]] == [
        ("john_doe/project1", "project1"),
        ("john_doe/project2", "Project 2"),
    ]
    assert body["items"][0]["href"] == "http://sevenbridges.labmock/v2/projects/john_doe/project1"
    assert body["links"] == [
        {"href": "http://sevenbridges.labmock/v2/projects/?limit=2&offset=4", "rel": "next", "method": "GET"},
        {"href": "http://sevenbridges.labmock/v2/projects/?limit=2&offset=0", "rel": "prev", "method": "GET"},
    ]


def test_my_project_has_70_files_served_50_then_20(client: httpx.Client) -> None:
    first = client.get("/files", params={"project": MY_PROJECT})
    assert first.headers["x-total-matching-query"] == "70"
    body = first.json()
    assert len(body["items"]) == 50
    assert set(body["items"][0]) == {"href", "id", "name", "project"}  # a listed file's default properties
    (link,) = body["links"]
    assert link["rel"] == "next"
    assert link["href"].startswith("http://sevenbridges.labmock/v2/files?")
    second = client.get(link["href"]).json()
    assert len(second["items"]) == 20
    assert [link["rel"] for link in second["links"]] == ["prev"]
    assert len(client.get("/files", params={"project": MY_PROJECT, "limit": 70}).json()["items"]) == 70


def test_the_public_reference_project_is_readable_but_not_listed_nor_writable(client: httpx.Client) -> None:
    assert "admin/sbg-public-data" not in [p["id"] for p in client.get("/projects").json()["items"]]
    project = client.get("/projects/admin/sbg-public-data").json()
    assert project["permissions"] == {"read": True, "write": False, "copy": True, "execute": False, "admin": False}
    files = client.get("/files", params={"project": "admin/sbg-public-data"}).json()["items"]
    assert len(files) == 4
    _error(client.patch("/projects/admin/sbg-public-data", json={"name": "mine"}), 403, 3001)
    _error(client.post("/files", json={"name": "x", "type": "folder", "project": "admin/sbg-public-data"}), 403, 3001)


def test_short_names_are_derived_and_suffixed_on_a_clash(client: httpx.Client) -> None:
    assert client.get("/projects/john_doe/rfranklins-experiments").json()["name"] == "RFranklin's experiments"
    again = client.post("/projects", json={"name": "RFranklin's experiments"}).json()
    assert again["id"] == "john_doe/rfranklins-experiments_1"
    third = client.post("/projects", json={"name": "RFranklin's experiments"}).json()
    assert third["id"] == "john_doe/rfranklins-experiments_2"
    assert client.post("/projects", json={"name": "My_Big Project!"}).json()["id"] == "john_doe/my-big-project"
    assert client.post("/projects", json={"name": "???"}).json()["id"] == "john_doe/untitled"


# -- fields -------------------------------------------------------------------------------------------------------


def _file(client: httpx.Client, fields: str | None = None) -> dict[str, Any]:
    params: dict[str, str | int] = {"project": MY_PROJECT, "limit": 1}
    if fields is not None:
        params["fields"] = fields
    item: dict[str, Any] = client.get("/files", params=params).json()["items"][0]
    return item


def test_fields_include_exclude_nested_and_all(client: httpx.Client) -> None:
    assert set(_file(client, "id,name,size")) == {"href", "id", "name", "size"}
    full = _file(client, "_all")
    assert {"size", "metadata", "tags", "origin", "storage", "created_on"} <= set(full)
    assert set(_file(client, "!metadata")) == set(full) - {"metadata"}
    assert _file(client, "metadata.sample_id") == {
        "href": full["href"],
        "id": full["id"],
        "metadata": {"sample_id": "S001"},
    }
    combined = _file(client, "id,name,metadata,!metadata.library")
    assert combined["metadata"] == {"sample_id": "S001", "platform": "Illumina"}
    assert set(_file(client, "!id,nonsense")) == {"href", "id"}  # identity kept, unknown names ignored
    single = client.get(f"/files/{full['id']}", params={"fields": "!metadata,!origin"}).json()
    assert "metadata" not in single
    assert "origin" not in single
    assert single["size"] == full["size"]


# -- filters ------------------------------------------------------------------------------------------------------


def test_file_filters(client: httpx.Client) -> None:
    def names(**params: Any) -> list[str]:
        return [f["name"] for f in client.get("/files", params={"project": MY_PROJECT, **params}).json()["items"]]

    assert names(name=["sample_001.fastq", "sample_003.fastq", "nope"]) == ["sample_001.fastq", "sample_003.fastq"]
    assert names(**{"metadata.sample_id": ["S001", "S002"]}) == ["sample_001.fastq", "sample_002.fastq"]
    assert len(names(**{"metadata.library": "L1", "metadata.platform": "Illumina"})) == 23
    assert len(names(tag="tumor")) == 35
    assert names(**{"origin.task": "00000000-0000-0000-0000-000000000000"}) == []


def test_exactly_one_of_project_and_parent(client: httpx.Client) -> None:
    _error(client.get("/files"), 400, 90000)
    folder = client.get("/projects/john_doe/rfranklins-experiments").json()["root_folder"]
    _error(client.get("/files", params={"project": MY_PROJECT, "parent": folder}), 400, 90000)
    items = client.get("/files", params={"parent": folder}).json()["items"]
    assert [i["name"] for i in items][:1] == ["images"]


# -- errors and the rate limit ------------------------------------------------------------------------------------


def test_error_envelopes_carry_registry_codes(server: MockServer, client: httpx.Client) -> None:
    _error(client.get(f"/files/{UNKNOWN_FILE}"), 404, 5002)
    _error(client.get("/tasks/00000000-0000-0000-0000-000000000000"), 404, 7002)
    _error(client.get("/projects/john_doe/nope"), 404, 3002)
    _error(client.get("/users/rfranklin"), 403, 2001)
    _error(client.delete("/user"), 405, 90006)
    with server.client(authenticated=False) as anonymous:
        _error(anonymous.get("/user"), 401, 90001)
        assert anonymous.get("/").status_code == 200  # the one call without a token


def test_rate_limit_headers_and_429(server: MockServer) -> None:
    server = labmock.create("sevenbridges", MockConfig(rate_limit=(3, 60.0)))
    clock = ManualClock()
    server.state.limiter.now = clock
    with server.client() as client:
        statuses = []
        for _ in range(4):
            response = client.get("/user")
            statuses.append((response.status_code, response.headers["x-ratelimit-remaining"]))
        assert statuses == [(200, "2"), (200, "1"), (200, "0"), (429, "0")]
        body = _error(response, 429, 1000)
        assert body["message"] == "Rate limit exceeded! Check response headers."
        assert response.headers["x-ratelimit-reset"] == str(int(clock.now) + 60)
        assert response.headers["x-ratelimit-limit"] == "3"
        assert client.get(f"/files/{UNKNOWN_FILE}").status_code == 429  # every call counts
        clock.now += 60
        assert client.get("/rate_limit").json()["rate"] == {"limit": 3, "remaining": 2, "reset": int(clock.now) + 60}
    with server.client(headers={"X-SBG-Auth-Token": "another"}) as other:  # a wrong token spends nothing
        response = other.get("/user")
        assert response.status_code == 401
        assert response.headers["x-ratelimit-remaining"] == "3"
    assert server.state.limiter.tracked == 1  # only the token that authenticates has a window


def test_the_documented_rate_limit_is_the_default(client: httpx.Client) -> None:
    response = client.get("/rate_limit")
    assert response.headers["x-ratelimit-limit"] == "1000"
    assert response.json()["instance_limit"] == {"limit": -1, "remaining": 9223372036854775807}


def test_the_rate_limit_knob() -> None:
    assert parse_rate_limit("50/2") == (50, 2.0)
    assert _parser().parse_args(["serve", "sevenbridges", "--rate-limit", "50/2.5"]).rate_limit == (50, 2.5)
    with pytest.raises(LabmockError):
        parse_rate_limit("50")
    with pytest.raises(LabmockError):
        MockConfig(rate_limit=(0, 1.0))


# -- tasks --------------------------------------------------------------------------------------------------------


def _new_task(client: httpx.Client, app: str = FASTQC, run: bool = False) -> dict[str, Any]:
    file_id = _file(client)["id"]
    body = {"project": MY_PROJECT, "app": app, "inputs": {"input_fastq": {"class": "File", "path": file_id}}}
    response = client.post("/tasks", json=body, params={"action": "run"} if run else {})
    assert response.status_code == 200, response.text
    task: dict[str, Any] = response.json()
    return task


def test_a_task_walks_draft_queued_running_completed(client: httpx.Client) -> None:
    task = _new_task(client)
    assert task["status"] == "DRAFT"
    assert task["app"] == f"{FASTQC}/0"
    assert task["name"].startswith("FastQC 0.11.9 run - ")
    assert client.patch(f"/tasks/{task['id']}", json={"name": "QC"}).json()["name"] == "QC"
    run = client.post(f"/tasks/{task['id']}/actions/run")
    assert run.json()["status"] == "QUEUED"
    statuses = [client.get(f"/tasks/{task['id']}").json()["status"] for _ in range(3)]
    assert statuses == ["QUEUED", "RUNNING", "COMPLETED"]  # job_polls=3: done on the third read
    done = client.get(f"/tasks/{task['id']}").json()
    output = done["outputs"]["output_file"]
    assert done["end_time"]
    assert done["price"]["amount"] == "0.23"
    produced = client.get("/files", params={"project": MY_PROJECT, "origin.task": task["id"]}).json()["items"]
    assert [f["id"] for f in produced] == [output["path"]]
    _error(client.post(f"/tasks/{task['id']}/actions/run"), 403, 7007)
    _error(client.patch(f"/tasks/{task['id']}", json={"inputs": {}}), 403, 7026)


def test_abort_answers_aborting_then_aborted(client: httpx.Client) -> None:
    task = _new_task(client, run=True)
    assert client.post(f"/tasks/{task['id']}/actions/abort").json()["status"] == "ABORTING"
    assert client.get(f"/tasks/{task['id']}").json()["status"] == "ABORTED"
    _error(client.post(f"/tasks/{task['id']}/actions/abort"), 403, 7008)
    _error(client.post(f"/tasks/{_new_task(client)['id']}/actions/abort"), 403, 7008)  # a DRAFT


def test_the_failing_app_fails_with_a_message(client: httpx.Client) -> None:
    task = _new_task(client, app="john_doe/my-project/always-fails", run=True)
    for _ in range(3):
        final = client.get(f"/tasks/{task['id']}").json()
    assert final["status"] == "FAILED"
    assert "always fails" in final["execution_status"]["message"]
    details = client.get(f"/tasks/{task['id']}/execution_details").json()
    assert details["jobs"][0]["status"] == "FAILED"


def test_task_filters(client: httpx.Client) -> None:
    everything = client.get("/tasks", params={"fields": "_all"}).json()["items"]
    assert sorted(t["status"] for t in everything) == [
        "ABORTED",
        "COMPLETED",
        "COMPLETED",
        "COMPLETED",
        "DRAFT",
        "FAILED",
    ]
    assert len(client.get("/tasks", params={"status": "COMPLETED"}).json()["items"]) == 3
    assert client.get("/tasks", params={"batch": "True"}).json()["items"] == []  # Python booleans are read
    early = client.get("/tasks", params={"created_to": "2024-03-01T13:00:00"}).json()["items"]
    assert [t["name"] for t in early] == ["QC of sample 1"]
    ended = client.get("/tasks", params={"ended_from": "2024-03-01T15:00", "order_by": "name", "order": "desc"})
    assert [t["name"] for t in ended.json()["items"]] == ["QC that was aborted", "A run that fails"]
    _error(client.get("/tasks", params={"status": "SLEEPING"}), 400, 90000)


# -- files: metadata, tags, folders, copies ------------------------------------------------------------------------


def test_metadata_patch_merges_and_put_replaces(client: httpx.Client) -> None:
    file_id = _file(client)["id"]
    merged = client.patch(f"/files/{file_id}/metadata", json={"tissue": "liver", "library": None}).json()
    assert merged == {"sample_id": "S001", "platform": "Illumina", "tissue": "liver"}
    assert client.put(f"/files/{file_id}/metadata", json={"a": "1"}).json() == {"a": "1"}
    assert client.get(f"/files/{file_id}/metadata").json() == {"a": "1"}
    assert client.put(f"/files/{file_id}/tags", json=["x", "y"]).json() == ["x", "y"]
    _error(client.put(f"/files/{file_id}/metadata", json={"nested": {"no": 1}}), 400, 90000)


def test_folders_and_copies(client: httpx.Client) -> None:
    folder = client.post("/files", json={"name": "results", "type": "folder", "project": "john_doe/project2"}).json()
    assert folder["type"] == "folder"
    _error(client.post("/files", json={"name": "results", "type": "FOLDER", "project": "john_doe/project2"}), 409, 5030)
    _error(
        client.post("/files", json={"name": "__hidden", "type": "folder", "project": "john_doe/project2"}), 400, 90000
    )
    source = _file(client, "_all")
    first = client.post(f"/files/{source['id']}/actions/copy", json={"parent": folder["id"]}).json()
    second = client.post(f"/files/{source['id']}/actions/copy", json={"parent": folder["id"]}).json()
    assert (first["name"], second["name"]) == ("sample_001.fastq", "_1_sample_001.fastq")
    assert first["id"] != source["id"]
    assert first["metadata"] == source["metadata"]
    listed = client.get(f"/files/{folder['id']}/list").json()["items"]
    assert (listed[0]["name"], listed[0]["parent"], listed[0]["type"]) == ("sample_001.fastq", folder["id"], "file")
    _error(client.delete(f"/files/{folder['id']}"), 409, 5021)
    for item in listed:
        assert client.delete(f"/files/{item['id']}").status_code == 204
    assert client.delete(f"/files/{folder['id']}").status_code == 204
    _error(client.get(f"/files/{folder['id']}"), 404, 5002)


def test_download_info_is_a_signed_url_without_the_token(server: MockServer, client: httpx.Client) -> None:
    file = _file(client, "_all")
    url = client.get(f"/files/{file['id']}/download_info").json()["url"]
    with httpx.Client(transport=server.transport()) as storage:
        whole = storage.get(url)
        assert whole.status_code == 200
        assert len(whole.content) == file["size"]
        assert 'filename="sample_001.fastq"' in whole.headers["content-disposition"]
        part = storage.get(url, headers={"Range": "bytes=10-19"})
        assert (part.status_code, part.content) == (206, whole.content[10:20])
        assert storage.get(url, headers=server.auth_headers()).status_code == 400  # never with the token
        assert storage.put(url, content=b"x").status_code == 405  # a download URL is not an upload URL


# -- uploads ------------------------------------------------------------------------------------------------------


def test_a_multipart_upload(server: MockServer, client: httpx.Client) -> None:
    content = bytes(range(256)) * (6 * 2**20 // 256) + b"tail"
    started = client.post(
        "/upload/multipart",
        params={"overwrite": "True"},
        json={"project": "john_doe/project2", "name": "big.bin", "size": len(content), "part_size": 1024},
    ).json()
    part_size = started["part_size"]
    assert part_size == 5 * 2**20  # the server's part size wins (at least 5 MiB)
    with httpx.Client(transport=server.transport()) as storage:
        for number, offset in enumerate(range(0, len(content), part_size), start=1):
            part = client.get(f"/upload/multipart/{started['upload_id']}/part/{number}").json()
            stored = storage.put(part["url"], content=content[offset : offset + part_size])
            assert stored.status_code == 200
            report = {"part_number": number, "response": {"headers": {"ETag": stored.headers["etag"].strip('"')}}}
            assert client.post(f"/upload/multipart/{started['upload_id']}/part/", json=report).status_code == 200
    listed = client.get(f"/upload/multipart/{started['upload_id']}", params={"list_parts": "true"}).json()
    assert [p["part_number"] for p in listed["parts"]] == [1, 2]
    file = client.post(f"/upload/multipart/{started['upload_id']}/complete").json()
    assert (file["name"], file["size"]) == ("big.bin", len(content))
    assert server.state.content(server.state.files[file["id"]]) == content
    _error(client.get(f"/upload/multipart/{started['upload_id']}"), 404, 8003)


def test_an_upload_needs_every_part_and_no_clash(client: httpx.Client) -> None:
    body = {"project": MY_PROJECT, "name": "sample_001.fastq", "size": 3}
    _error(client.post("/upload/multipart", json=body), 409, 8005)
    started = client.post("/upload/multipart", json={**body, "name": "new.txt"}).json()
    _error(client.post(f"/upload/multipart/{started['upload_id']}/complete"), 409, 8014)
    assert client.delete(f"/upload/multipart/{started['upload_id']}").status_code == 204


# -- the CAVATICA deployment ----------------------------------------------------------------------------------------


def test_cavatica_is_the_same_api_with_its_own_token() -> None:
    cavatica = labmock.create("cavatica")
    assert cavatica.spec.name == "sevenbridges"
    assert cavatica.key == "3259c50e1ac5426ea8f1273259740f74"
    assert cavatica.key != labmock.create("sevenbridges").key
    with cavatica.client() as client:
        page = client.get("/projects", params={"limit": 2, "offset": 2}).json()
        assert [p["id"] for p in page["items"]] == ["john_doe/project1", "john_doe/project2"]
        assert client.get("/rate_limit").json()["rate"]["limit"] == 1000
    assert "CAVATICA" in labmock.SERVICES["cavatica"].summary
