# Derived from tests/e2e/_async/test_sevenbridges_workflows.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""``labsdk.sevenbridges`` against the mock over real HTTP: the upload → metadata → task → download workflow, on
both deployments."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import labmock
from labmock import LiveServer, MockConfig
from labsdk.sevenbridges import SevenBridges, TaskFailedError

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"


@pytest.fixture(params=["sevenbridges", "cavatica"])
def live(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    with labmock.running(str(request.param), MockConfig(job_polls=2)) as server:
        yield server


def _workflow(live: LiveServer, tmp_path: Path) -> tuple[bytes, bytes, str]:
    reads = os.urandom(6 * 2**20 + 17)
    source = tmp_path / "reads_1.fastq"
    source.write_bytes(reads)
    with SevenBridges(api_key=live.server.key, base_url=live.base_url) as client:
        uploaded = client.upload(source, project=MY_PROJECT, part_size=5 * 2**20)
        client.set_metadata(uploaded, {"sample_id": "S900"})
        (found,) = [f for f in client.list_files(MY_PROJECT, metadata={"sample_id": "S900"})]
        task = client.create_task(MY_PROJECT, FASTQC, inputs={"input_fastq": found}, run=True)
        done = client.wait(task, interval=0.01)
        output = done.outputs["output_file"]["path"]  # type: ignore[index]
        client.download(found, tmp_path / "back")
        failing = client.create_task(MY_PROJECT, "john_doe/my-project/always-fails", run=True)
        with pytest.raises(TaskFailedError):
            client.wait(failing, interval=0)
        report = client.download(output, tmp_path / "out").read_bytes()
    return reads, (tmp_path / "back").read_bytes(), report.decode()


def test_upload_tag_run_and_download(live: LiveServer, tmp_path: Path) -> None:
    sent, received, report = _workflow(live, tmp_path)
    assert received == sent
    assert "app\tjohn_doe/my-project/fastqc-0-11-9/0" in report
