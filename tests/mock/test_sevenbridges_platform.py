"""The rest of the Seven Bridges platform in the mock: moving files, bulk calls and background file jobs, volumes with
their imports and exports, apps from CWL, batch tasks and clones, billing breakdowns and invoices; and the six
defects found by probing the mock (each with its regression test)."""

from __future__ import annotations

import os
import random
import string
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import labmock
from labmock import MockConfig, MockServer

from ..harness import ManualClock

MY_PROJECT = "john_doe/my-project"
RNA = "john_doe/rna-seq-study"
SALMON = "john_doe/rna-seq-study/salmon-quant-1-10"
INPUT = "john_doe/input_bucket"
RESULTS = "john_doe/results_bucket"
GROUP = "12df3cf4-f720-5972-8b3d-85d8968d5547"
UNKNOWN_FILE = "0123456789abcdef01234567"


@pytest.fixture
def server() -> MockServer:
    return labmock.create("sevenbridges", MockConfig(validate_responses=True, job_polls=2))


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _error(response: httpx.Response, status: int, code: int) -> None:
    assert response.status_code == status, response.text
    assert response.json()["code"] == code


def _files(client: httpx.Client, project: str, **params: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = _ok(client.get("/files", params={"project": project, "fields": "_all", **params}))[
        "items"
    ]
    return found


def _named(client: httpx.Client, project: str, name: str) -> dict[str, Any]:
    (found,) = _files(client, project, name=name)
    return found


def _until(client: httpx.Client, path: str, field: str, final: tuple[str, ...]) -> dict[str, Any]:
    for _ in range(10):
        body: dict[str, Any] = _ok(client.get(path))
        if body[field] in final:
            return body
    raise AssertionError(f"{path} never reached {final}")


# -- files: move, bulk -----------------------------------------------------------------------------------------


def test_a_file_moves_within_its_project_keeping_its_id(client: httpx.Client) -> None:
    lab = "john_doe/rfranklins-experiments"
    notes, images = _named(client, lab, "notes.txt"), _named(client, lab, "images")
    moved = _ok(client.post(f"/files/{notes['id']}/actions/move", json={"parent": images["id"]}))
    assert (moved["id"], moved["parent"], moved["name"]) == (notes["id"], images["id"], "notes.txt")
    assert [f["name"] for f in _ok(client.get(f"/files/{images['id']}/list"))["items"]][-1] == "notes.txt"
    protocol = _named(client, lab, "protocol.pdf")
    again = _ok(
        client.post(f"/files/{protocol['id']}/actions/move", json={"parent": images["id"], "name": "notes.txt"})
    )
    assert again["name"] == "_1_notes.txt"  # the name is taken there
    root = _ok(client.get(f"/projects/{MY_PROJECT}"))["root_folder"]
    _error(client.post(f"/files/{notes['id']}/actions/move", json={"parent": root}), 409, 5015)
    _error(client.post(f"/files/{images['id']}/actions/move", json={"parent": images["id"]}), 409, 5018)


def test_bulk_calls_answer_one_record_per_id_in_order(client: httpx.Client) -> None:
    first, second, third = (f["id"] for f in _files(client, MY_PROJECT, limit=3))
    records = _ok(client.post("/bulk/files/get", json={"file_ids": [second, UNKNOWN_FILE, first]}))["items"]
    assert [r.get("resource", {}).get("id") for r in records] == [second, None, first]
    assert records[1]["error"]["code"] == 5002
    edited = _ok(
        client.post("/bulk/files/edit", json={"items": [{"id": first, "metadata": {"library": None, "x": "1"}}]})
    )
    assert edited["items"][0]["resource"]["metadata"] == {"sample_id": "S001", "platform": "Illumina", "x": "1"}
    updated = _ok(client.post("/bulk/files/update", json={"items": [{"id": second, "name": "second.fastq"}]}))
    resource = updated["items"][0]["resource"]
    assert (resource["name"], resource["metadata"], resource["tags"]) == ("second.fastq", {}, [])  # replaced
    deleted = _ok(client.post("/bulk/files/delete", json={"file_ids": [third, third]}))["items"]
    assert deleted[0]["resource"]["id"] == third
    assert deleted[1]["error"]["code"] == 5002
    too_many = client.post("/bulk/files/get", json={"file_ids": [first] * 101})
    _error(too_many, 400, 90000)


# -- background file jobs ----------------------------------------------------------------------------------------


def test_a_copy_job_walks_its_lifecycle_and_lists_each_outcome(client: httpx.Client) -> None:
    indels = "567890abc9b0307bc0414164"
    job = _ok(
        client.post(
            "/async/files/copy",
            json={"items": [{"file": indels, "project": "john_doe/project2"}, {"file": UNKNOWN_FILE, "project": RNA}]},
        )
    )
    assert (job["type"], job["state"], job["result"]) == ("COPY", "SUBMITTED", None)
    seen = [_ok(client.get(f"/async/files/copy/{job['id']}"))["state"] for _ in range(2)]
    assert seen == ["RESOLVING", "FINISHED"]
    done = _ok(client.get(f"/async/files/copy/{job['id']}"))
    assert (done["completed_files"], done["failed_files"], done["total_files"]) == (1, 1, 2)
    copy = done["result"][0]["resource"]
    assert copy["name"] == "example_human_known_indels.vcf"
    assert copy["project"] == "john_doe/project2"
    assert done["result"][1]["error"]["code"] == 5002
    assert _ok(client.get(f"/files/{copy['id']}"))["size"] == 3000
    _error(client.get(f"/async/files/move/{job['id']}"), 404, 57039)  # the right kind only


def test_a_job_is_applied_once_its_time_is_up_whoever_asks(server: MockServer) -> None:
    server = labmock.create("sevenbridges", MockConfig(job_duration=10.0))
    clock = ManualClock()
    server.clock.now = clock
    with server.client() as client:
        folder = _ok(client.post("/files", json={"name": "gone", "type": "folder", "project": "john_doe/scratch"}))
        _ok(client.post("/files", json={"name": "inner", "type": "folder", "parent": folder["id"]}))
        job = _ok(client.post("/async/files/delete", json={"items": [{"file": folder["id"]}]}))
        assert client.get(f"/files/{folder['id']}").status_code == 200  # not yet
        clock.now += 11
        assert client.get(f"/files/{folder['id']}").status_code == 404  # a non-empty folder, deleted
        assert _ok(client.get(f"/async/files/delete/{job['id']}"))["state"] == "FINISHED"


def test_a_move_job_moves_folders_but_not_into_themselves(client: httpx.Client) -> None:
    lab = "john_doe/rfranklins-experiments"
    images = _named(client, lab, "images")
    sub = _ok(client.post("/files", json={"name": "sub", "type": "folder", "parent": images["id"]}))
    job = _ok(client.post("/async/files/move", json={"items": [{"file": images["id"], "parent": sub["id"]}]}))
    done = _until(client, f"/async/files/move/{job['id']}", "state", ("FINISHED",))
    assert done["result"][0]["error"]["code"] == 57012


# -- volumes ---------------------------------------------------------------------------------------------------


def test_volumes_of_three_clouds_and_their_credentials(server: MockServer, client: httpx.Client) -> None:
    listed = _ok(client.get("/storage/volumes", params={"fields": "_all"}))["items"]
    assert [(v["id"], v["service"]["type"], v["active"]) for v in listed] == [
        ("john_doe/input_bucket", "S3", True),
        ("john_doe/results_bucket", "GCS", True),
        ("john_doe/archive_blob", "AZURE", False),
    ]
    secret = "wJalrXUtnFEMI-never-served"
    created = _ok(
        client.post(
            "/storage/volumes",
            json={
                "name": "lab_bucket",
                "access_mode": "RO",
                "service": {
                    "type": "s3",
                    "bucket": "b",
                    "credentials": {"access_key_id": "AK", "secret_access_key": secret},
                },
            },
        )
    )
    assert created["id"] == "john_doe/lab_bucket"
    assert created["service"]["credentials"] == {"access_key_id": "AK"}
    assert secret not in repr(server.store.dump())
    azure = {"type": "azure", "container": "c", "storage_account": "acct", "credentials": {"tenant_id": "t"}}
    assert client.post("/storage/volumes", json={"name": "az", "service": azure}).status_code == 400  # client_id...
    role = created["service"] | {"credentials": {"role_arn": "r", "external_id": "e"}}
    _error(client.post("/storage/volumes", json={"name": "lab_bucket", "service": role}), 409, 9010)
    _error(client.get("/storage/volumes/john_doe/archive_blob/list"), 409, 9069)
    _error(client.delete("/storage/volumes/john_doe/input_bucket"), 409, 90007)  # active


def test_a_volume_listing_is_a_delimited_paged_listing(client: httpx.Client) -> None:
    root = _ok(client.get(f"/storage/volumes/{INPUT}/list"))
    assert [o["location"] for o in root["items"]] == ["README.txt"]
    assert [p["prefix"] for p in root["prefixes"]] == ["fastq/"]
    first = _ok(client.get(f"/storage/volumes/{INPUT}/list", params={"prefix": "fastq/", "limit": 3}))
    assert [o["location"] for o in first["items"]] == [
        "fastq/sample_D_1.fastq",
        "fastq/sample_D_2.fastq",
        "fastq/sample_E_1.fastq",
    ]
    assert [p["prefix"] for p in first["prefixes"]] == ["fastq/qc/"]
    (link,) = first["links"]
    assert f"continuation_token={first['continuation_token']}" in link["next"]
    second = _ok(client.get(link["next"]))
    assert ([o["location"] for o in second["items"]], second["links"], second["prefixes"]) == (
        ["fastq/sample_E_2.fastq"],
        [],
        [],
    )
    assert client.get(f"/storage/volumes/{INPUT}/list", params={"continuation_token": "forged"}).status_code == 404
    info = _ok(client.get(f"/storage/volumes/{INPUT}/object", params={"location": "README.txt"}))
    assert (info["metadata"]["size"], info["metadata"]["name"], info["type"]) == (300, "runs/README.txt", "s3")
    _error(client.get(f"/storage/volumes/{INPUT}/object", params={"location": "nope"}), 404, 9105)


def test_deactivating_a_volume_with_running_jobs_needs_force_and_fails_them(client: httpx.Client) -> None:
    body = {"source": {"volume": INPUT, "location": "README.txt"}, "destination": {"project": RNA}}
    job = _ok(client.post("/storage/imports", json=body))
    _error(client.patch(f"/storage/volumes/{INPUT}", json={"active": False}), 409, 90007)
    volume = _ok(client.patch(f"/storage/volumes/{INPUT}", params={"force": "true"}, json={"active": False}))
    assert volume["active"] is False
    failed = _ok(client.get(f"/storage/imports/{job['id']}"))
    assert (failed["state"], failed["error"]["code"]) == ("FAILED", 9069)


# -- imports ---------------------------------------------------------------------------------------------------


def _import(client: httpx.Client, location: str, **extra: Any) -> dict[str, Any]:
    body = {"source": {"volume": INPUT, "location": location}, "destination": {"project": RNA}, **extra}
    job = _ok(client.post("/storage/imports", json=body))
    assert job["state"] == "PENDING"
    return _until(client, f"/storage/imports/{job['id']}", "state", ("COMPLETED", "FAILED"))


def test_an_import_makes_an_alias_and_a_taken_name_is_resolved_as_asked(
    server: MockServer, client: httpx.Client
) -> None:
    first = _import(client, "fastq/sample_D_1.fastq")
    alias = first["result"]
    assert (first["state"], alias["name"], alias["storage"]["type"]) == ("COMPLETED", "sample_D_1.fastq", "VOLUME")
    download = _ok(client.get(f"/files/{alias['id']}/download_info"))["url"]
    volume = server.state.volumes[INPUT]
    with httpx.Client(transport=server.transport()) as storage:
        assert storage.get(download).content == server.state.object_content(volume, "fastq/sample_D_1.fastq")
    clash = _import(client, "fastq/sample_D_1.fastq")
    assert (clash["state"], clash["error"]["code"]) == ("FAILED", 9108)
    assert _import(client, "fastq/sample_D_1.fastq", autorename=True)["result"]["name"] == "_1_sample_D_1.fastq"
    replaced = _import(client, "fastq/sample_D_1.fastq", overwrite=True)["result"]
    assert replaced["id"] != alias["id"]
    assert client.get(f"/files/{alias['id']}").status_code == 404  # the item that was there is gone
    both = {
        "source": {"volume": INPUT, "location": "x"},
        "destination": {"project": RNA},
        "overwrite": True,
        "autorename": True,
    }
    assert client.post("/storage/imports", json=both).status_code == 400
    missing = _import(client, "fastq/nope.fastq")
    assert (missing["state"], missing["error"]["code"]) == ("FAILED", 9105)
    assert [
        j["id"] for j in _ok(client.get("/storage/imports", params={"state": "FAILED", "project": RNA}))["items"]
    ] == [
        clash["id"],
        missing["id"],
    ]


def test_a_folder_import_keeps_its_structure_unless_asked(client: httpx.Client) -> None:
    kept = _import(client, "fastq/")["result"]
    children = _ok(client.get(f"/files/{kept['id']}/list"))["items"]
    assert [c["name"] for c in children] == [
        "qc",
        "sample_D_1.fastq",
        "sample_D_2.fastq",
        "sample_E_1.fastq",
        "sample_E_2.fastq",
    ]
    flat = _import(client, "fastq/", preserve_folder_structure=False, destination={"project": RNA, "name": "flat"})
    assert flat["result"]["name"] == "flat"
    assert len(_ok(client.get(f"/files/{flat['result']['id']}/list"))["items"]) == 5
    bulk = _ok(
        client.post(
            "/bulk/storage/imports/create",
            json={
                "items": [
                    {"source": {"volume": INPUT, "location": "README.txt"}, "destination": {"project": RNA}},
                    {"source": {"volume": "john_doe/archive_blob", "location": "x"}, "destination": {"project": RNA}},
                ]
            },
        )
    )["items"]
    assert bulk[0]["resource"]["state"] == "PENDING"
    assert bulk[1]["error"]["code"] == 9069  # inactive
    again = _ok(client.post("/bulk/storage/imports/get", json={"import_ids": [bulk[0]["resource"]["id"], "nope"]}))
    assert [("resource" in r, r.get("error", {}).get("code")) for r in again["items"]] == [(True, None), (False, 9008)]


# -- exports ---------------------------------------------------------------------------------------------------


def test_an_export_writes_the_object_and_makes_the_file_its_alias(server: MockServer, client: httpx.Client) -> None:
    indels = "567890abc9b0307bc0414164"
    content = server.state.content(server.state.files[indels])
    body = {"source": {"file": indels}, "destination": {"volume": RESULTS, "location": "exports/indels.vcf"}}
    job = _ok(client.post("/storage/exports", json=body))
    done = _until(client, f"/storage/exports/{job['id']}", "state", ("COMPLETED", "FAILED"))
    assert done["result"]["storage"] == {"type": "VOLUME", "volume": RESULTS, "location": "exports/indels.vcf"}
    assert server.state.object_content(server.state.volumes[RESULTS], "exports/indels.vcf") == content
    _error(client.post("/storage/exports", json=body), 403, 9006)  # an alias now
    reads = "567890abc1e5339df0414123"
    body = {"source": {"file": reads}, "destination": {"volume": RESULTS, "location": "exports/indels.vcf"}}
    clashing = _ok(client.post("/storage/exports", params={"copy_only": "true"}, json=body))
    clash = _until(client, f"/storage/exports/{clashing['id']}", "state", ("COMPLETED", "FAILED"))
    assert clash["error"]["code"] == 9107
    over = _ok(client.post("/storage/exports", params={"copy_only": "true"}, json={**body, "overwrite": True}))
    assert (
        _until(client, f"/storage/exports/{over['id']}", "state", ("COMPLETED",))["result"]["storage"]["type"]
        == "PLATFORM"
    )
    read_only = {"source": {"file": reads}, "destination": {"volume": INPUT, "location": "x"}}
    _error(client.post("/storage/exports", json=read_only), 403, 9101)
    root = _ok(client.get("/projects/john_doe/project1"))["root_folder"]
    _error(client.post("/storage/exports", json={**read_only, "source": {"file": root}}), 403, 9006)


# -- apps ------------------------------------------------------------------------------------------------------

CWL = {
    "class": "CommandLineTool",
    "cwlVersion": "v1.2",
    "label": "Count",
    "inputs": {"reads": {"type": "File[]"}},
    "outputs": [],
}


def test_apps_from_cwl_revisions_copies_and_syncs(client: httpx.Client) -> None:
    raw = _ok(client.post(f"/apps/{MY_PROJECT}/count/raw", json=CWL))
    assert (raw["sbg:id"], raw["sbg:revision"], raw["label"]) == (f"{MY_PROJECT}/count/0", 0, "Count")
    _error(client.post(f"/apps/{MY_PROJECT}/count/raw", json=CWL), 409, 6003)
    _error(client.post(f"/apps/{MY_PROJECT}/count/2/raw", json=CWL), 409, 6003)  # the next revision is 1
    second = {**CWL, "label": "Count 2", "sbg:revisionNotes": "faster"}
    revised = _ok(client.post(f"/apps/{MY_PROJECT}/count/1/raw", json=second))
    assert (revised["sbg:latestRevision"], revised["sbg:revisionNotes"]) == (1, "faster")
    assert [i["sbg:revisionNotes"] for i in revised["sbg:revisionsInfo"]] == [None, "faster"]
    app = _ok(client.get(f"/apps/{MY_PROJECT}/count"))
    assert (app["revision"], app["name"], app["raw"]["label"]) == (1, "Count 2", "Count 2")
    assert _ok(client.get(f"/apps/{MY_PROJECT}/count/0/raw"))["label"] == "Count"
    listed = [a["id"] for a in _ok(client.get("/apps", params={"project": MY_PROJECT}))["items"]]
    assert f"{MY_PROJECT}/count" in listed

    clone = _ok(client.post(f"/apps/{MY_PROJECT}/count/actions/copy", json={"project": "john_doe/project2"}))
    assert (clone["id"], clone["raw"]["sbg:copyOf"]) == ("john_doe/project2/count/1", f"{MY_PROJECT}/count/1")
    assert len(clone["raw"]["sbg:revisionsInfo"]) == 2  # clone: every revision
    direct = _ok(client.post(f"/apps/{MY_PROJECT}/count/0/actions/copy", json={"project": RNA, "strategy": "direct"}))
    assert (direct["id"], direct["raw"]["label"]) == (f"{RNA}/count/0", "Count")  # revision 0 only
    _error(client.post(f"/apps/{MY_PROJECT}/count/actions/copy", json={"project": "john_doe/project2"}), 409, 6003)
    assert _ok(client.post("/apps/john_doe/project2/count/actions/sync"))["revision"] == 1  # up to date
    _ok(client.post(f"/apps/{MY_PROJECT}/count/2/raw", json={**CWL, "label": "Count 3"}))
    synced = _ok(client.post("/apps/john_doe/project2/count/actions/sync"))
    assert (synced["revision"], synced["raw"]["label"]) == (2, "Count 3")
    assert client.post(f"/apps/{RNA}/count/actions/sync").status_code == 409  # a direct copy is not linked


# -- tasks -----------------------------------------------------------------------------------------------------


def _reads(client: httpx.Client) -> list[dict[str, str]]:
    return [{"class": "File", "path": f["id"]} for f in _files(client, RNA) if f["name"].startswith("sample_")]


def test_a_batch_task_runs_a_child_per_group_and_ends_with_them(client: httpx.Client) -> None:
    body = {
        "project": RNA,
        "app": SALMON,
        "name": "Per sample",
        "inputs": {"reads": _reads(client)},
        "batch_input": "reads",
        "batch_by": {"type": "CRITERIA", "criteria": ["metadata.sample_id"]},
        "execution_settings": {"instance_type": "c5.2xlarge", "max_parallel_instances": 3},
        "use_interruptible_instances": False,
    }
    parent = _ok(client.post("/tasks", params={"action": "run"}, json=body))
    assert (parent["batch"], parent["status"], parent["execution_status"]["queued"]) == (True, "QUEUED", 3)
    assert parent["execution_settings"] == {"instance_type": "c5.2xlarge", "max_parallel_instances": 3}
    children = _ok(client.get("/tasks", params={"parent": parent["id"], "fields": "_all"}))["items"]
    assert [(c["name"], c["batch_group"]["value"], len(c["inputs"]["reads"])) for c in children] == [
        ("Per sample - A", "A", 2),
        ("Per sample - B", "B", 2),
        ("Per sample - C", "C", 2),
    ]
    assert all(c["parent"] == parent["id"] and c["use_interruptible_instances"] is False for c in children)
    done = _until(client, f"/tasks/{parent['id']}", "status", ("COMPLETED", "FAILED"))
    assert (done["status"], done["execution_status"]["completed"], done["price"]["amount"]) == ("COMPLETED", 3, "0.69")
    assert [t["id"] for t in _ok(client.get("/tasks", params={"batch": "true"}))["items"]] == [parent["id"]]
    item = _ok(client.post("/tasks", params={"action": "run"}, json={**body, "batch_by": {"type": "ITEM"}}))
    assert item["execution_status"]["queued"] == 6
    single = _ok(client.post("/tasks", params={"action": "run", "batch": "false"}, json=body))
    assert (single["batch"], single["status"]) == (False, "QUEUED")
    _error(client.post("/tasks", json={**body, "batch_input": "nope"}), 409, 7018)


def test_a_batch_task_is_aborted_with_its_children_and_cloned(client: httpx.Client) -> None:
    body = {"project": RNA, "app": SALMON, "inputs": {"reads": _reads(client)}}
    body |= {"batch_input": "reads", "batch_by": {"type": "ITEM"}}
    parent = _ok(client.post("/tasks", params={"action": "run"}, json=body))
    assert _ok(client.post(f"/tasks/{parent['id']}/actions/abort"))["status"] == "ABORTING"
    assert _ok(client.get(f"/tasks/{parent['id']}"))["status"] == "ABORTED"
    children = _ok(client.get("/tasks", params={"parent": parent["id"], "fields": "status"}))["items"]
    assert {c["status"] for c in children} == {"ABORTED"}
    clone = _ok(client.post(f"/tasks/{parent['id']}/actions/clone"))
    assert (clone["status"], clone["batch"], clone["batch_by"], clone["inputs"]) == (
        "DRAFT",
        True,
        {"type": "ITEM"},
        parent["inputs"],
    )
    run = _ok(client.post(f"/tasks/{clone['id']}/actions/clone", params={"action": "run"}))
    assert run["status"] == "QUEUED"
    records = _ok(
        client.post("/bulk/tasks/get", json={"task_ids": [clone["id"], "00000000-0000-4000-8000-000000000000"]})
    )
    assert records["items"][0]["resource"]["id"] == clone["id"]
    assert records["items"][1]["error"]["code"] == 7002


# -- billing ---------------------------------------------------------------------------------------------------


def test_breakdowns_are_computed_from_what_happened(client: httpx.Client) -> None:
    analysis = _ok(client.get(f"/billing/groups/{GROUP}/breakdown/analysis"))
    names = [a["analysis_name"] for a in analysis["items"]]
    assert names == [
        "QC of sample 1",
        "QC of sample 2",
        "Merge tumor samples",
        "A run that fails",
        "QC that was aborted",
    ]
    assert analysis["items"][3]["analysis_status"] == "FAILED"
    march = {"date_from": "03-01-2024", "date_to": "03-31-2024"}
    assert len(_ok(client.get(f"/billing/groups/{GROUP}/breakdown/analysis", params=march))["items"]) == 5
    january = {"invoice_id": "6b0c12e9-1b7d-4d1e-9b4e-2f4a3b2c1d01"}
    assert _ok(client.get(f"/billing/groups/{GROUP}/breakdown/analysis", params=january))["items"] == []
    _error(client.get(f"/billing/groups/{GROUP}/breakdown/analysis", params={"invoice_id": "nope"}), 404, 4002)
    items = _ok(client.get(f"/billing/groups/{GROUP}/breakdown/storage"))["items"]
    storage = {s["project_name"]: s["active"]["size"] for s in items}
    assert "Scratch" not in storage  # another billing group's project
    assert storage["Project 2"] == 0.0
    assert _ok(client.get(f"/billing/groups/{GROUP}/breakdown/egress"))["items"] == []
    reads = _named(client, MY_PROJECT, "sample_001.fastq")
    _ok(client.get(f"/files/{reads['id']}/download_info"))
    (egress,) = _ok(client.get(f"/billing/groups/{GROUP}/breakdown/egress"))["items"]
    assert (egress["project_name"], egress["downloaded_by"], egress["downloaded"]["size"]) == (
        "My project",
        "john_doe",
        2.037e-06,
    )
    _error(client.get("/billing/groups/00000000-0000-4000-8000-000000000000/breakdown/storage"), 404, 4002)


def test_invoices(client: httpx.Client) -> None:
    listed = _ok(client.get("/billing/invoices", params={"billing_group": GROUP}))["items"]
    assert [(i["pending"], i["total"]["amount"]) for i in listed] == [
        (False, "15.55"),
        (False, "11.25"),
        (True, "4.60"),
    ]
    invoice = _ok(client.get(f"/billing/invoices/{listed[0]['id']}"))
    assert invoice["invoice_period"] == {"from": "2024-01-01T00:00:00Z", "to": "2024-01-31T23:59:59Z"}
    assert invoice["analysis_costs"] == {"currency": "USD", "amount": "12.40"}
    _error(client.get("/billing/invoices/nope"), 404, 4002)


# -- the six defects ---------------------------------------------------------------------------------------------


def test_defect_1_deleting_a_project_deletes_its_apps(client: httpx.Client) -> None:
    project = _ok(client.post("/projects", json={"name": "Short lived"}))
    _ok(client.post(f"/apps/{project['id']}/tool/raw", json=CWL))
    assert client.delete(f"/projects/{project['id']}").status_code == 204
    assert _ok(client.get("/apps", params={"visibility": "public"}))["items"]  # no 500: no app of a deleted project
    assert [a["id"] for a in _ok(client.get("/apps", params={"limit": 100}))["items"] if "short-lived" in a["id"]] == []
    again = _ok(client.post("/projects", json={"name": "Short lived"}))
    assert again["id"] == project["id"]
    assert _ok(client.get("/apps", params={"project": again["id"]}))["items"] == []  # nothing revived
    assert client.get(f"/apps/{again['id']}/tool").status_code == 404


def _upload(client: httpx.Client, size: int) -> dict[str, Any]:
    body = {"project": "john_doe/project2", "name": f"up_{size}.bin", "size": size, "part_size": 5 * 2**20}
    upload: dict[str, Any] = _ok(client.post("/upload/multipart", json=body))
    return upload


def test_defect_2_part_numbers_are_checked_and_aborted_parts_freed(server: MockServer, client: httpx.Client) -> None:
    upload = _upload(client, 100)
    _error(client.get(f"/upload/multipart/{upload['upload_id']}/part/9999"), 409, 8012)
    report = {"part_number": 2, "response": {"headers": {"ETag": "x"}}}
    _error(client.post(f"/upload/multipart/{upload['upload_id']}/part", json=report), 409, 8012)
    url = _ok(client.get(f"/upload/multipart/{upload['upload_id']}/part/1"))["url"]
    with httpx.Client(transport=server.transport()) as storage:
        assert storage.put(url, content=b"x" * 100).status_code == 200
        held = server.objects.total_bytes
        assert client.delete(f"/upload/multipart/{upload['upload_id']}").status_code == 204
        assert server.objects.total_bytes == held - 100  # the part is freed
        late = storage.put(url, content=os.urandom(1000))  # a signed part URL of an aborted upload
        assert late.status_code == 404
        assert b"NoSuchUpload" in late.content
    assert server.objects.total_bytes == held - 100  # and it stored nothing


def test_defect_2_every_part_is_freed_when_the_upload_completes(server: MockServer, client: httpx.Client) -> None:
    size = 3 * 5 * 2**20
    upload = _upload(client, size)
    before = server.objects.total_bytes
    with httpx.Client(transport=server.transport()) as storage:
        for number in (1, 2, 3):
            url = _ok(client.get(f"/upload/multipart/{upload['upload_id']}/part/{number}"))["url"]
            etag = storage.put(url, content=b"p" * (5 * 2**20)).headers["etag"]
            report = {"part_number": number, "response": {"headers": {"ETag": etag}}}
            _ok(client.post(f"/upload/multipart/{upload['upload_id']}/part/", json=report))
    _ok(client.post(f"/upload/multipart/{upload['upload_id']}/complete"))
    assert server.objects.total_bytes == before + size  # the file's bytes once, no part kept


def test_defect_3_a_long_project_name_makes_an_id_its_paths_accept(client: httpx.Client) -> None:
    name = "A very long project name " * 8
    project = _ok(client.post("/projects", json={"name": name}))
    short = project["id"].split("/")[1]
    assert len(short) <= 128
    assert _ok(client.get(f"/projects/{project['id']}"))["name"] == name
    again = _ok(client.post("/projects", json={"name": name}))
    assert again["id"].endswith("_1")
    assert len(again["id"].split("/")[1]) <= 128
    assert client.delete(f"/projects/{again['id']}").status_code == 204


@pytest.mark.parametrize(
    ("name", "fallback", "encoded"),
    [
        ("evil\r\nSet-Cookie: x=1.txt", "evil__Set-Cookie: x=1.txt", "evil%0D%0ASet-Cookie%3A%20x%3D1.txt"),
        ('say "hi".txt', "say _hi_.txt", "say%20%22hi%22.txt"),
        ("données_ß_東京.fastq", "donn_es_____.fastq", "donn%C3%A9es_%C3%9F_%E6%9D%B1%E4%BA%AC.fastq"),
    ],
)
def test_defect_4_a_file_name_is_sent_as_rfc_6266_says(name: str, fallback: str, encoded: str) -> None:
    with (
        labmock.running("sevenbridges") as live,
        httpx.Client(base_url=live.base_url, headers=live.server.auth_headers()) as client,
    ):
        file_id = _named(client, MY_PROJECT, "sample_001.fastq")["id"]
        _ok(client.patch(f"/files/{file_id}", json={"name": name}))
        url = _ok(client.get(f"/files/{file_id}/download_info"))["url"]
        response = httpx.get(url)  # over a real socket: a header with CR/LF used to drop the connection
        assert response.status_code == 200
        disposition = response.headers["content-disposition"]
    assert "\r" not in disposition
    assert "\n" not in disposition
    assert disposition.count('"') == 2
    assert disposition == f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"


def test_defect_5_a_wrong_token_spends_and_holds_nothing(server: MockServer) -> None:
    limiter = server.state.limiter
    rng = random.Random(5)
    with server.client(authenticated=False) as anonymous:
        for _ in range(2000):
            token = "".join(rng.choices(string.hexdigits.lower(), k=32))
            assert anonymous.get("/user", headers={"X-SBG-Auth-Token": token}).status_code == 401
    assert limiter.tracked == 0
    with server.client() as client:
        assert client.get("/user").headers["x-ratelimit-remaining"] == "999"
    assert limiter.tracked == 1


def test_defect_6_the_docs_page_example(client: httpx.Client) -> None:
    page = _ok(client.get("/projects", params={"limit": 2, "offset": 2}))
    assert [p["id"] for p in page["items"]] == ["john_doe/project1", "john_doe/project2"]
    assert [link["rel"] for link in page["links"]] == ["next", "prev"]
    assert page["links"][0]["href"].endswith("/v2/projects?limit=2&offset=4")
