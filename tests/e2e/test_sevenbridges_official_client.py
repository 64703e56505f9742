"""The independent check: the official ``sevenbridges-python`` client, unmodified, against the mock over real HTTP.

A user who points ``sevenbridges.Api`` at ``labmock serve sevenbridges`` (or ``cavatica``) can list projects and
files with ``.all()``, read and change metadata, create, run, wait for and abort a task, and download and upload
files (several parts, through the signed storage URLs).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sevenbridges as sbg  # type: ignore[import-untyped]

import labmock
from labmock import LiveServer, MockConfig

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"
FAILING = "john_doe/my-project/always-fails"


@pytest.fixture(scope="module", params=["sevenbridges", "cavatica"])
def live(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    with labmock.running(str(request.param), MockConfig(job_polls=2)) as server:
        yield server


@pytest.fixture
def api(live: LiveServer) -> sbg.Api:
    return sbg.Api(url=live.base_url, token=live.server.key, debug=True)


def test_projects_are_listed_across_pages_with_all(api: sbg.Api) -> None:
    first = api.projects.query(limit=2)
    assert first.total == 4
    assert len(first) == 2  # one page, as the client's iteration without .all() gives
    everything = list(first.all())
    assert [p.id for p in everything] == [
        "john_doe/my-project",
        "john_doe/rfranklins-experiments",
        "john_doe/project1",
        "john_doe/project2",
    ]
    project = api.projects.get("john_doe/project2")
    assert (project.name, str(project.billing_group)) == ("Project 2", everything[3].billing_group)
    assert project.created_on is not None  # the client parses the timestamps


def test_files_are_listed_with_all_and_filtered(api: sbg.Api) -> None:
    files = list(api.files.query(project=MY_PROJECT, limit=20).all())
    assert len(files) == 70
    assert [f.name for f in files[:2]] == ["sample_001.fastq", "sample_002.fastq"]
    assert all(f.size and f.metadata["platform"] == "Illumina" for f in files)  # fields=_all: whole files
    by_metadata = api.files.query(project=MY_PROJECT, metadata={"sample_id": ["S007", "S008"]})
    assert sorted(f.name for f in by_metadata) == ["sample_007.fastq", "sample_008.fastq"]
    by_name_and_tag = api.files.query(
        project=MY_PROJECT, names=["sample_001.fastq", "sample_002.fastq"], tags=["tumor"]
    )
    assert [f.name for f in by_name_and_tag] == ["sample_001.fastq"]
    public = api.files.query(project="admin/sbg-public-data")
    assert public.total == 4


def test_metadata_is_read_and_changed(api: sbg.Api) -> None:
    file = next(iter(api.files.query(project=MY_PROJECT, names=["sample_010.fastq"])))
    assert file.metadata["sample_id"] == "S010"
    file.metadata["tissue"] = "liver"  # merged with PATCH /files/{id}/metadata
    file.save()
    again = api.files.get(file.id)
    assert (again.metadata["tissue"], again.metadata["sample_id"]) == ("liver", "S010")
    again.metadata = {"sample_id": "S010-b"}  # replaced with PUT
    again.tags = ["reviewed"]
    again.save()
    final = api.files.get(file.id)
    assert dict(final.metadata) == {"sample_id": "S010-b"}
    assert final.tags == ["reviewed"]


def test_a_task_is_created_run_and_waited_for(api: sbg.Api) -> None:
    reads = next(iter(api.files.query(project=MY_PROJECT, names=["sample_003.fastq"])))
    task = api.tasks.create(name="QC of sample 3", project=MY_PROJECT, app=FASTQC, inputs={"input_fastq": reads})
    assert task.status == "DRAFT"
    assert task.inputs["input_fastq"].id == reads.id
    task.run()
    assert task.status == "QUEUED"
    task.wait(period=0)
    assert task.status == "COMPLETED"
    output = task.outputs["output_file"]
    produced = list(api.files.query(project=MY_PROJECT, origin={"task": task.id}))
    assert [f.id for f in produced] == [output.id]
    details = task.get_execution_details()
    assert details.status == "COMPLETED"
    assert [t.id for t in api.tasks.query(project=MY_PROJECT, status="COMPLETED").all()] == [task.id]


def test_a_failing_task_ends_failed(api: sbg.Api) -> None:
    task = api.tasks.create(name="Doomed", project=MY_PROJECT, app=FAILING, run=True)
    task.wait(period=0)
    assert task.status == "FAILED"
    assert "always fails" in task.execution_status.message


def test_a_running_task_is_aborted(api: sbg.Api) -> None:
    task = api.tasks.create(name="Aborted QC", project=MY_PROJECT, app=FASTQC, run=True)
    task.abort()
    assert task.status == "ABORTING"
    task.wait(period=0)
    assert task.status == "ABORTED"
    with pytest.raises(sbg.errors.Forbidden) as raised:
        task.abort()
    assert raised.value.code == 7008


def test_a_file_is_downloaded(api: sbg.Api, live: LiveServer, tmp_path: Path) -> None:
    file = next(iter(api.files.query(project=MY_PROJECT, names=["sample_020.fastq"])))
    target = tmp_path / "sample_020.fastq"
    file.download(str(target))
    expected = live.server.state.content(live.server.state.files[file.id])
    assert target.read_bytes() == expected
    assert len(expected) == file.size


def test_a_file_is_uploaded_in_parts(api: sbg.Api, live: LiveServer, tmp_path: Path) -> None:
    source = tmp_path / "reads.bin"
    content = os.urandom(11 * 2**20 + 123)  # three parts of 5 MiB
    source.write_bytes(content)
    upload = api.files.upload(str(source), project="john_doe/project2", part_size=5 * 2**20)
    uploaded = upload.result()
    assert (uploaded.name, uploaded.size) == ("reads.bin", len(content))
    assert live.server.state.content(live.server.state.files[uploaded.id]) == content
    back = tmp_path / "back.bin"
    api.files.get(uploaded.id).download(str(back))
    assert back.read_bytes() == content


def test_errors_arrive_as_the_clients_typed_exceptions(api: sbg.Api) -> None:
    with pytest.raises(sbg.errors.NotFound) as raised:
        api.files.get("0123456789abcdef01234567")
    assert (raised.value.status, raised.value.code) == (404, 5002)
    assert api.limit == 1000  # read from the rate-limit headers
    assert api.remaining is not None
