"""The independent check: the official ``sevenbridges-python`` client, unmodified, against the mock over https.

As a user would run it: a ``~/.sevenbridges/credentials`` profile whose ``api_endpoint`` is the mock's https URL, the
mock's CA bundle in ``REQUESTS_CA_BUNDLE``, ``sbg.Api(config=sbg.Config(profile=...))`` and no ``debug=True``. The
scenarios (``sevenbridges_official.py``) run in one fresh process per deployment (the client reads ``~`` when it is
imported); each test here checks one scenario's outcome, and what it says against the server's state.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labmock import LiveServer

from .sevenbridges_https import profiled_mock

DRIVER = Path(__file__).with_name("sevenbridges_official.py")
MY_PROJECT = "john_doe/my-project"

Run = tuple[LiveServer, dict[str, dict[str, Any]]]


@pytest.fixture(scope="module", params=["sevenbridges", "cavatica"])
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    home = tmp_path_factory.mktemp("home")
    with profiled_mock(str(request.param), home) as mock:
        out = home / "results.json"
        done = mock.python(str(DRIVER), mock.profile, str(out), str(home / "work"), cwd=home, timeout=300)
        assert out.is_file(), done.stderr[-3000:]
        yield mock.live, json.loads(out.read_text(encoding="utf-8"))


def facts(run: Run, scenario: str) -> dict[str, Any]:
    """The facts a scenario returned, once it passed (else its traceback fails the test)."""
    outcome = run[1][scenario]
    assert outcome["ok"], outcome.get("error")
    found: dict[str, Any] = outcome["facts"]
    return found


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_every_scenario_ran(run: Run) -> None:
    failed = {name: outcome["error"].splitlines()[-1] for name, outcome in run[1].items() if not outcome["ok"]}
    assert failed == {}
    assert len(run[1]) == 14


def test_projects_are_listed_across_pages_with_all(run: Run) -> None:
    found = facts(run, "projects")
    assert found["total"] == 6
    assert found["ids"] == [
        "john_doe/my-project",
        "john_doe/rfranklins-experiments",
        "john_doe/project1",
        "john_doe/project2",
        "john_doe/rna-seq-study",
        "john_doe/scratch",
    ]
    assert found["name"] == "Project 2"
    assert found["billing_group"] == "12df3cf4-f720-5972-8b3d-85d8968d5547"


def test_files_are_listed_filtered_and_their_metadata_changed(run: Run) -> None:
    found = facts(run, "files_and_metadata")
    assert (found["count"], found["first"]) == (70, ["sample_001.fastq", "sample_002.fastq"])
    assert found["by_metadata"] == ["sample_007.fastq", "sample_008.fastq"]
    assert found["by_name_and_tag"] == ["sample_001.fastq"]
    assert found["public"] == 4
    assert (found["merged"]["tissue"], found["merged"]["sample_id"]) == ("liver", "S010")
    assert (found["replaced"], found["tags"]) == ({"sample_id": "S010-b"}, ["reviewed"])


def test_a_task_is_created_run_and_waited_for(run: Run) -> None:
    found = facts(run, "task_run_and_wait")
    assert (found["status"], found["details"]) == ("COMPLETED", "COMPLETED")
    assert found["produced"] == [found["output"]]
    assert found["completed"] == [found["task"]]


def test_a_failing_task_fails_and_a_running_one_is_aborted(run: Run) -> None:
    found = facts(run, "task_fails_and_aborts")
    assert found["failed"] == "FAILED"
    assert "always fails" in found["message"]
    assert (found["aborting"], found["aborted"], found["refused"]) == ("ABORTING", "ABORTED", 7008)


def test_a_file_is_downloaded_and_one_uploaded_in_parts(run: Run) -> None:
    live, _ = run
    found = facts(run, "download_and_upload")
    state = live.server.state
    assert found["downloaded"] == _sha(state.content(state.files[found["file"]]))
    assert found["upload_name"] == "reads.bin"
    assert _sha(state.content(state.files[found["uploaded"]])) == found["sent"] == found["back"]


def test_errors_arrive_as_the_clients_typed_exceptions(run: Run) -> None:
    found = facts(run, "errors_and_rate_limit")
    assert found["error"] == [404, 5002]
    assert (found["limit"], found["remaining"]) == (1000, True)


def test_files_are_moved_copied_and_changed_in_bulk(run: Run) -> None:
    live, _ = run
    found = facts(run, "files_move_copy_and_bulk")
    state = live.server.state
    moved_id, moved_name, moved_parent = found["moved"]
    assert moved_name == "moved_notes.txt"
    assert state.files[moved_id]["parent"] == moved_parent  # the same file, in the images folder
    assert found["copied"][0] != moved_id
    assert found["valid"] == [True, True, True, False]
    assert found["error"] == 5002
    assert found["updated"] == ["renamed_001.fastq", ["bulk"]]
    assert found["edited"]["bulk"] == "edited"
    assert found["edited"]["platform"] == "Illumina"  # edit merges
    assert found["deleted"] == [True, False]  # a project's root folder is refused
    assert found["deleted_id"] not in state.files
    assert found["kept"] in state.files


def test_background_file_jobs_copy_move_and_delete(run: Run) -> None:
    live, _ = run
    found = facts(run, "async_file_jobs")
    state = live.server.state
    assert found["copy"] == ["COPY", 2, 1, 1]
    assert found["copy_error"] == 5002
    copied_id, copied_name = found["copied"]
    assert copied_name == "example_human_known_indels.vcf"
    assert found["moved_parent"] == found["scratch_root"]
    assert state.files[copied_id]["parent"] == found["scratch_root"]
    assert found["deleted"] == found["folder"]
    assert found["folder"] not in state.files
    assert set(found["jobs"]) <= set(found["listed"])
    assert found["finished_on"]


def test_volumes_are_listed_browsed_created_deactivated_and_deleted(run: Run) -> None:
    live, _ = run
    found = facts(run, "volumes")
    assert found["listed"] == ["john_doe/input_bucket", "john_doe/results_bucket", "john_doe/archive_blob"]
    assert (found["access_mode"], found["service"]) == ("RO", ["S3", "sbg-demo-sequencing-core"])
    assert found["items"] == [
        "fastq/sample_D_1.fastq",
        "fastq/sample_D_2.fastq",
        "fastq/sample_E_1.fastq",
        "fastq/sample_E_2.fastq",
    ]
    assert found["prefixes"] == ["fastq/qc/"]
    assert found["all"] == found["items"]  # two pages of two, followed through links[].next
    assert found["object"] == ["README.txt", 300]
    assert found["s3"] == ["john_doe/labmock_s3", "S3", {"access_key_id": "AKIAEXAMPLE"}]  # no secret comes back
    assert found["gcs_active"] is False
    assert "john_doe/labmock_gcs" not in found["after"]
    for secret in ("s3cr3t-never-returned", "never-returned"):
        assert secret not in json.dumps(live.server.store.dump())  # not kept either


def test_imports_resolve_conflicts_as_documented(run: Run) -> None:
    live, _ = run
    found = facts(run, "imports")
    state = live.server.state
    state_, file_id, name, storage = found["first"]
    assert (state_, name, storage) == ("COMPLETED", "sample_D_1.fastq", "VOLUME")
    assert state.files[file_id]["volume_object"] == {
        "volume": "john_doe/input_bucket",
        "location": "fastq/sample_D_1.fastq",
    }
    assert found["clash"] == ["FAILED", 9108]
    assert found["renamed"] == ["COMPLETED", "_1_sample_D_1.fastq"]
    assert found["folder"] == ["COMPLETED", "run_fastq", "folder"]
    assert found["bulk"] == [True, 9007, True]
    assert found["clash_id"] in found["failed"]


def test_exports_write_to_the_volume(run: Run) -> None:
    live, _ = run
    found = facts(run, "exports")
    assert found["moved"][:2] == ["COMPLETED", "VOLUME"]
    assert found["copied"] == ["COMPLETED", "PLATFORM"]  # copy_only keeps the file on the Platform
    assert found["clash"] == ["FAILED", 9107]
    assert found["read_only"] == 9101
    assert found["bulk"] == [True, True]
    assert found["listing"] == ["exports/indels.vcf", "exports/pe_1.fastq", "exports/pe_1_again.fastq"]
    volume = live.server.state.volumes["john_doe/results_bucket"]
    state = live.server.state
    assert state.object_content(volume, "exports/indels.vcf") == state.content(state.files[found["moved"][2]])


def test_apps_are_installed_revised_copied_and_synced(run: Run) -> None:
    found = facts(run, "apps")
    assert found["installed"] == ["john_doe/my-project/word-count", 0, "john_doe/my-project/word-count/0"]
    assert found["revised"] == [1, "Word count 2", 1]
    assert found["zero"] == "Word count"
    assert found["copy"] == ["john_doe/project2/word-count-copy", 1, "john_doe/my-project/word-count/1"]
    assert found["synced"] == [2, "Word count 3"]
    assert found["listed"] == ["john_doe/project2/word-count-copy"]


def test_batch_tasks_run_their_children_clones_and_bulk_reads(run: Run) -> None:
    live, _ = run
    found = facts(run, "tasks_clone_batch_and_bulk")
    assert found["batch"] == [True, "COMPLETED", 3]
    assert found["settings"] == [{"instance_type": "c5.2xlarge;ebs-gp2;1024", "max_parallel_instances": 2}, False]
    assert found["children"] == [["A", 2, "COMPLETED"], ["B", 2, "COMPLETED"], ["C", 2, "COMPLETED"]]
    assert found["clone"][:3] == ["DRAFT", True, "reads"]
    assert found["bulk"] == ["COMPLETED", "DRAFT", 7002]
    children = [t for t in live.server.state.tasks.values() if t.parent == found["parent"]]
    assert len(children) == 3


def test_billing_breakdowns_and_invoices(run: Run) -> None:
    found = facts(run, "billing")
    assert found["group"] == ["12df3cf4-f720-5972-8b3d-85d8968d5547", "john_doe's billing group", 1000.0]
    analysis = found["analysis"]
    assert analysis[0] == ["QC of sample 1", "COMPLETED", "0.23"]
    assert ["A run that fails", "FAILED", "0.23"] in analysis
    assert any(name == "Quantify per sample - A" for name, _, _ in analysis)  # the batch's children, this run's
    assert found["first_finished"].startswith("2024-03-01T")
    assert set(found["storage"]) >= {"My project", "RNA-seq study", "Project 2"}
    assert ("My project", "john_doe") in [tuple(e) for e in found["egress"]]  # the downloads of this run
    assert found["invoices"][:3] == [f"6b0c12e9-1b7d-4d1e-9b4e-2f4a3b2c1d0{i}" for i in (1, 2, 3)]
    assert found["invoice"] == [False, 15.55, "2024-01-01T00:00:00"]
