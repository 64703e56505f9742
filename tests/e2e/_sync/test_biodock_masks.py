# Derived from tests/e2e/_async/test_biodock_masks.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Workflow 5: generate the masks of a succeeded job, follow that masks job, download the masks ZIP."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from labmock import LiveServer, MockConfig
from labsdk import ConflictError
from labsdk.biodock import Biodock, MasksJob, MasksJobStatus

from ..._sync.clients import open_client
from ...harness import Seen, Waits, leftovers, serve

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    """Analysis and masks jobs finish on their 3rd GET."""
    with serve("biodock", MockConfig(job_polls=3)) as pair:
        yield pair


def status(masks: MasksJob) -> str:
    return masks.status.value if isinstance(masks.status, MasksJobStatus) else masks.status


def check_masks_zip(path: Path, file_ids: list[str]) -> list[str]:
    assert path.name == "masks.zip"
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert len(names) == len(file_ids)
        for name, file_id in zip(names, file_ids, strict=True):
            assert re.fullmatch(rf"masks/{file_id}_[A-Za-z0-9._-]+_mask\.png", name), name
            assert archive.read(name).startswith(PNG_SIGNATURE)
    assert leftovers(path.parent) == []
    return names


def test_masks_of_a_new_job(served: tuple[LiveServer, list[Seen]], waits: Waits, tmp_path: Path) -> None:
    live, _ = served
    with open_client(Biodock, live, retry=waits.policy()) as bd:
        job = bd.submit_job("pl_0001", ["fs_0007", "fs_0008", "fs_0009"])
        with pytest.raises(ConflictError) as early:  # masks only for a succeeded job
            bd.submit_masks(job.id)
        assert early.value.status_code == 409
        assert f"Analysis job {job.id} has not succeeded" in early.value.message
        bd.wait_for_job(job.id, timeout=30)

        submitted = bd.submit_masks(job.id)
        assert (status(submitted), submitted.percentage_completed) == ("SUBMITTED", 0)
        assert not isinstance(submitted.masks_zip_url, str)

        events: list[tuple[str, float | None]] = []
        done = bd.wait_for_masks(job.id, timeout=30, on_progress=lambda s, f, m: events.append((s, f)))
        assert events == [("SUBMITTED", 0.0), ("RUNNING", 0.67), ("SUCCEEDED", 1.0)]
        assert (status(done), done.percentage_completed) == ("SUCCEEDED", 100)
        assert isinstance(done.masks_zip_url, str)
        assert done.masks_zip_url.startswith(f"{live.base_url}/_labmock/objects/analysis-jobs/{job.id}/masks.zip?")

        again = bd.submit_masks(job.id)  # submitting again answers the existing (finished) masks job
        assert (status(again), again.percentage_completed) == ("SUCCEEDED", 100)

        path = bd.download_masks(job.id, tmp_path)
    assert path == tmp_path / "masks.zip"
    check_masks_zip(path, ["fs_0007", "fs_0008", "fs_0009"])
    stored = live.server.objects.get(f"analysis-jobs/{job.id}/masks.zip")
    assert stored is not None
    assert path.read_bytes() == stored.content


def test_masks_of_a_demo_job_by_polling(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, _ = served
    job_id = "aj_0003"  # a succeeded demo job without masks
    files = list(live.server.state.jobs[job_id].file_ids)
    with open_client(Biodock, live) as bd:
        submitted = bd.submit_masks(job_id)
        assert (status(submitted), submitted.percentage_completed) == ("SUBMITTED", 0)
        done = bd.poll_masks(job_id, interval=0.001, max_interval=0.001).result(10)
        assert (status(done), done.percentage_completed) == ("SUCCEEDED", 100)
        assert status(bd.get_masks(job_id)) == "SUCCEEDED"
        path = bd.download_masks(job_id, tmp_path / "masks-out")
    assert path == tmp_path / "masks-out" / "masks.zip"
    check_masks_zip(path, files)


def test_masks_ready_in_the_demo_data(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, _ = served
    with open_client(Biodock, live) as bd:
        ready = bd.get_masks("aj_0001")
        assert (status(ready), ready.percentage_completed) == ("SUCCEEDED", 100)
        path = bd.download_masks("aj_0001", tmp_path)
    names = check_masks_zip(path, list(live.server.state.jobs["aj_0001"].file_ids))
    assert names
