"""Signed-URL downloads, what only the sync face shows: the progress bar, the refresh of an expired URL, and a
clear error for an unfinished job. Every download test that holds for both faces is written once in
``_async/test_download.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from labsdk import Downloader

from .download_support import DATA, OBJECT, SIGNED, URL, serve
from .support import FakeApi, Sleeps, client, job


def test_progress_bar(api: FakeApi, sleeps: Sleeps, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api.add("GET", OBJECT, serve(DATA))
    with Downloader(transport=api.transport, retry=sleeps.policy()) as downloader:
        downloader.download(URL, tmp_path / "o.csv", progress=True, chunk_size=1024)
    assert "objects.csv" in capsys.readouterr().err


def test_expired_signed_url_is_refreshed_once(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    fresh = {**SIGNED, "objectsDataCSVUrl": "https://storage.example/bucket/fresh.csv?X-Amz-Signature=new"}
    api.add("GET", OBJECT, httpx.Response(403, text="expired"))
    api.add("GET", "storage.example/bucket/fresh.csv", httpx.Response(200, content=b"fresh"))
    api.add("GET", "storage.example/bucket/aggregate.csv", httpx.Response(200, content=b"agg"))
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json={**job(status="SUCCEEDED"), **fresh}))
    from labsdk.biodock import AnalysisJob

    stale = AnalysisJob.from_dict({**job(status="SUCCEEDED"), **SIGNED})
    paths = client(api, sleeps).download_results(stale, tmp_path)
    assert paths["objects_data_csv_url"].read_bytes() == b"fresh"
    assert paths["objects_data_csv_url"].name == "objects.csv"


def test_results_of_an_unfinished_job_are_a_clear_error(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json=job(status="RUNNING")))
    with pytest.raises(Exception, match=r"no objectsDataCSVUrl yet \(status RUNNING\)"):
        client(api, sleeps).download_results("job1", tmp_path)
    assert os.listdir(tmp_path) == []
