"""Workflow 6: download a finished job's results (objects.csv, aggregate.csv) and read them with pandas."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from labmock import LiveServer, MockConfig
from labsdk import DownloadError, adownload
from labsdk.biodock import AsyncBiodock

from ..._async.clients import open_client
from ...harness import Seen, Waits, fetch, leftovers, names_in, serve

OBJECT_COLUMNS = ["object_id", "file_id", "file_name", "area", "perimeter", "mean_intensity"]
AGGREGATE_COLUMNS = ["file_id", "file_name", "object_count", "mean_area", "mean_perimeter", "mean_intensity"]


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    with serve("biodock", MockConfig(job_polls=2)) as pair:
        yield pair


async def test_download_results_and_read_them_with_pandas(
    served: tuple[LiveServer, list[Seen]], waits: Waits, tmp_path: Path
) -> None:
    live, _ = served
    files = ["fs_0001", "fs_0012", "fs_0025"]
    names = {"fs_0001": "nuclei_001.png", "fs_0012": "plateA_well_A02.tif", "fs_0025": "plateB_day2_field_05.png"}
    dest = tmp_path / "results" / "job"  # does not exist yet
    async with open_client(AsyncBiodock, live, retry=waits.policy()) as bd:
        job = await bd.wait_for_job((await bd.submit_job("pl_0001", files)).id, timeout=30)
        paths = await bd.download_results(job, dest)
        objects = await bd.read_objects_csv(job)
        aggregate = await bd.read_aggregate_csv(job.id)  # by id: the SDK fetches the job for its URL
        assert isinstance(job.objects_data_csv_url, str)
        assert isinstance(job.aggregate_data_csv_url, str)
        urls = {"objects.csv": job.objects_data_csv_url, "aggregate.csv": job.aggregate_data_csv_url}

    assert paths == {"objects_data_csv_url": dest / "objects.csv", "aggregate_data_csv_url": dest / "aggregate.csv"}
    assert names_in(dest) == ["aggregate.csv", "objects.csv"]
    assert leftovers(dest) == []
    for name, url in urls.items():
        head = fetch(url, method="HEAD")
        assert head.status_code == 200
        assert (dest / name).stat().st_size == int(head.headers["content-length"]) > 0
        stored = live.server.objects.get(f"analysis-jobs/{job.id}/{name}")
        assert stored is not None
        assert (dest / name).read_bytes() == stored.content

    assert list(objects.columns) == OBJECT_COLUMNS
    assert list(aggregate.columns) == AGGREGATE_COLUMNS
    assert list(aggregate["file_id"]) == files
    assert dict(zip(aggregate["file_id"], aggregate["file_name"], strict=True)) == names
    assert len(objects) == int(aggregate["object_count"].sum()) > 0
    assert list(objects["object_id"]) == list(range(1, len(objects) + 1))
    assert objects.groupby("file_id").size().to_dict() == dict(
        zip(aggregate["file_id"], aggregate["object_count"], strict=True)
    )
    assert objects["area"].between(40, 400).all()
    pd.testing.assert_frame_equal(objects, pd.read_csv(dest / "objects.csv"))
    pd.testing.assert_frame_equal(aggregate, pd.read_csv(dest / "aggregate.csv"))


async def test_an_expired_url_is_refreshed_once(
    served: tuple[LiveServer, list[Seen]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live, seen = served
    async with open_client(AsyncBiodock, live) as bd:
        job = await bd.get_job("aj_0010")
        assert isinstance(job.objects_data_csv_url, str)
        stale = job.objects_data_csv_url
        monkeypatch.setattr(live.server.objects, "now", lambda: time.time() + 2 * 3600)  # the URLs' hour is over
        assert fetch(stale).status_code == 403
        first = len(seen)
        paths = await bd.download_results(job, tmp_path)
    assert sorted(p.name for p in paths.values()) == ["aggregate.csv", "objects.csv"]
    assert leftovers(tmp_path) == []
    refetched = [s for s in seen[first:] if s.path == "/api/external/analysis-jobs/aj_0010"]
    assert len(refetched) == 1  # one refresh, then both files from the fresh job
    assert [s.status for s in seen[first:] if s.signed] == [403, 200, 200]


async def test_reading_a_csv_behind_an_expired_url_refreshes_it_once(
    served: tuple[LiveServer, list[Seen]], monkeypatch: pytest.MonkeyPatch
) -> None:
    live, seen = served
    async with open_client(AsyncBiodock, live) as bd:
        job = await bd.get_job("aj_0012")
        monkeypatch.setattr(live.server.objects, "now", lambda: time.time() + 2 * 3600)  # the URLs' hour is over
        first = len(seen)
        objects = await bd.read_objects_csv(job)
    assert len(objects) > 0
    assert list(objects.columns)[:2] == ["object_id", "file_id"]
    refetched = [s for s in seen[first:] if s.path == "/api/external/analysis-jobs/aj_0012"]
    assert len(refetched) == 1
    assert [s.status for s in seen[first:] if s.signed] == [403, 200]


async def test_a_failed_download_leaves_nothing_behind(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, _ = served
    async with open_client(AsyncBiodock, live) as bd:
        job = await bd.get_job("aj_0011")
    assert isinstance(job.objects_data_csv_url, str)
    forged = job.objects_data_csv_url[:-8] + "00000000"
    target = tmp_path / "objects.csv"

    with pytest.raises(DownloadError) as caught:
        await adownload(forged, target)
    assert caught.value.status_code == 403
    assert "signature=***" in str(caught.value)
    assert forged.rsplit("=", 1)[1] not in str(caught.value)
    assert names_in(tmp_path) == []
