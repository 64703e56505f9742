# Derived from tests/sdk/_async/test_download.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Signed-URL downloads: streaming, Content-Length checks, Range resume, atomic replace, no credentials."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from labsdk import Downloader, DownloadError, IncompleteDownloadError

from ..download_support import DATA, OBJECT, SIGNED, URL, leftovers, serve
from ..support import API_KEY, BrokenStream, FakeApi, Sleeps, client, job


def fetch_to(api: FakeApi, sleeps: Sleeps, dest: Path, url: str = URL, **kwargs: Any) -> Path:
    with Downloader(transport=api.transport, retry=sleeps.policy()) as downloader:
        return downloader.download(url, dest, **kwargs)


def test_happy_path_streams_to_the_destination(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA))
    dest = tmp_path / "out" / "objects.csv"
    path = fetch_to(api, sleeps, dest, chunk_size=1000)
    assert path == dest
    assert dest.read_bytes() == DATA
    assert leftovers(dest.parent) == []
    assert len(api.requests) == 1
    assert "Range" not in api.requests[0].headers


def test_short_body_is_resumed_with_range(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA, short_first=4000))
    dest = tmp_path / "objects.csv"
    fetch_to(api, sleeps, dest)
    assert dest.read_bytes() == DATA
    assert [r.headers.get("Range") for r in api.requests] == [None, f"bytes={len(DATA) - 4000}-"]
    assert sleeps.waits == [0.5]


def test_dropped_connection_is_resumed(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(len(DATA))}, stream=BrokenStream(DATA, 3000))

    resumer = serve(DATA)
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return broken(request) if calls["n"] == 1 else resumer(request)

    api.add("GET", OBJECT, handler)
    dest = tmp_path / "objects.csv"
    fetch_to(api, sleeps, dest, chunk_size=1000)  # small chunks: the 3000 bytes reach the file first
    assert dest.read_bytes() == DATA
    assert api.requests[1].headers["Range"] == "bytes=3000-"


def test_server_ignoring_range_restarts_from_zero(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA, short_first=5000, honour_range=False))
    dest = tmp_path / "objects.csv"
    fetch_to(api, sleeps, dest)
    assert dest.read_bytes() == DATA  # not the first half twice
    assert api.requests[1].headers["Range"] == f"bytes={len(DATA) - 5000}-"


def test_still_short_raises_and_leaves_nothing(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA, short_first=1000, honour_range=False, always_short=True))
    dest = tmp_path / "objects.csv"
    dest.write_bytes(b"previous version")
    with pytest.raises(IncompleteDownloadError) as info:
        fetch_to(api, sleeps, dest)
    assert info.value.expected == len(DATA)
    assert info.value.received == len(DATA) - 1000
    assert "s3cr3tsig" not in str(info.value)
    assert dest.read_bytes() == b"previous version"
    assert leftovers(tmp_path) == []
    assert len(api.requests) == 4  # the first attempt and 3 resumes (the retry budget)


def test_no_file_is_created_when_the_first_response_fails(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, httpx.Response(403, text="<Error><Code>AccessDenied</Code></Error>"))
    dest = tmp_path / "objects.csv"
    with pytest.raises(DownloadError) as info:
        fetch_to(api, sleeps, dest)
    assert info.value.status_code == 403
    assert "s3cr3tsig" not in str(info.value)
    assert "X-Amz-Signature=%2A%2A%2A" in info.value.url or "X-Amz-Signature=***" in info.value.url
    assert not dest.exists()
    assert leftovers(tmp_path) == []


def test_5xx_on_the_signed_host_is_retried(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, httpx.Response(503), serve(DATA))
    fetch_to(api, sleeps, tmp_path / "o.csv")
    assert (tmp_path / "o.csv").read_bytes() == DATA
    assert len(api.requests) == 2


def test_directory_destination_names(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    disposition = {"Content-Disposition": 'attachment; filename="../../etc/report final.csv"'}
    api.add("GET", OBJECT, httpx.Response(200, headers=disposition, content=b"a,b\n1,2\n"))
    named = fetch_to(api, sleeps, tmp_path)
    assert named == tmp_path / "report final.csv"  # path parts of the header are dropped
    api.add("GET", OBJECT, httpx.Response(200, content=b"a,b\n"))
    assert fetch_to(api, sleeps, tmp_path) == tmp_path / "objects.csv"  # from the URL path
    assert fetch_to(api, sleeps, tmp_path, filename="declared.csv") == tmp_path / "declared.csv"


def test_overwrite_false_keeps_the_existing_file(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA))
    dest = tmp_path / "objects.csv"
    dest.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        fetch_to(api, sleeps, dest, overwrite=False)
    assert dest.read_bytes() == b"keep me"


# -- through the client: no credentials on the signed host, refresh on 403, CSV reading ----------------------------


def test_download_results_sends_no_credentials_to_the_signed_host(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json={**job(status="SUCCEEDED"), **SIGNED}))
    api.add("GET", OBJECT, httpx.Response(200, content=b"id,area\n1,2.5\n"))
    api.add("GET", "storage.example/bucket/aggregate.csv", httpx.Response(200, content=b"n\n1\n"))
    paths = client(api, sleeps).download_results("job1", tmp_path)
    assert paths == {
        "objects_data_csv_url": tmp_path / "objects.csv",
        "aggregate_data_csv_url": tmp_path / "aggregate.csv",
    }
    assert (tmp_path / "objects.csv").read_bytes() == b"id,area\n1,2.5\n"
    api_requests = [r for r in api.requests if r.url.host == "app.biodock.ai"]
    signed_requests = [r for r in api.requests if r.url.host == "storage.example"]
    assert [r.headers.get("X-API-KEY") for r in api_requests] == [API_KEY]
    assert len(signed_requests) == 2
    for request in signed_requests:
        assert "X-API-KEY" not in request.headers
        assert "Authorization" not in request.headers
        assert API_KEY not in str(request.headers) + str(request.url)


def test_read_objects_csv(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json={**job(status="SUCCEEDED"), **SIGNED}))
    api.add("GET", OBJECT, serve(b"id,area\n1,2.5\n2,4.0\n", short_first=5))
    frame = client(api, sleeps).read_objects_csv("job1")
    assert list(frame.columns) == ["id", "area"]
    assert frame["area"].tolist() == [2.5, 4.0]
    assert api.requests[-1].headers["Range"] == "bytes=15-"  # resumed into the spool too


def test_download_masks(api: FakeApi, sleeps: Sleeps, tmp_path: Path) -> None:
    masks = {"percentageCompleted": 100, "status": "SUCCEEDED", "masksZipUrl": "https://storage.example/m/xyz?sig=1"}
    api.add("GET", "/api/external/analysis-jobs/job1/download-masks", httpx.Response(200, json=masks))
    api.add("GET", "storage.example/m/xyz", httpx.Response(200, content=b"PK\x03\x04"))
    path = client(api, sleeps).download_masks("job1", tmp_path)
    assert path == tmp_path / "masks.zip"
    assert path.read_bytes() == b"PK\x03\x04"
