# Derived from tests/sdk/_async/test_biodock.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Biodock client's workflows over the generated operations."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from labsdk.biodock import FilesystemItem, MasksJob, UploadedFile

from ...harness import Waits
from ..biodock_support import client, job
from ..download_support import OBJECT, SIGNED, serve
from ..support import FakeApi

JOBS = "/api/external/analysis-jobs"
FILES = "/api/external/filesystem-items"


def test_list_files_keeps_the_folder_filter_on_every_page(api: FakeApi, waits: Waits) -> None:
    item = {"name": "a.png", "__t": "File"}
    api.add(
        "GET",
        FILES,
        httpx.Response(200, json={"results": [{"id": "f1", **item}, {"id": "f2", **item}], "count": 2}),
        httpx.Response(200, json={"results": [], "count": 0}),
    )
    files = [f for f in client(api, waits).list_files("folder9", page_size=2)]
    assert all(isinstance(f, FilesystemItem) for f in files)
    assert [r.url.params.get("folderId") for r in api.requests] == ["folder9", "folder9"]
    assert api.requests[1].url.params["startingAfter"] == "f2"


def test_submit_job_sends_the_documented_body(api: FakeApi, waits: Waits) -> None:
    api.add("POST", JOBS, httpx.Response(200, json=job("new", "PENDING")))
    bd = client(api, waits)
    submitted = bd.submit_job("pl_0001", ["fs_0001", "fs_0002"], name="Nuclei count")
    assert submitted.id == "new"
    sent = json.loads(api.requests[0].content)
    assert sent == {"pipelineId": "pl_0001", "filesystemIds": ["fs_0001", "fs_0002"], "name": "Nuclei count"}
    with pytest.raises(TypeError, match="sequence of ids"):
        bd.submit_job("pl", "fs_0001")


def test_upload_file_from_path_is_multipart_and_survives_a_429(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    source = tmp_path / "cells.png"
    source.write_bytes(b"\x89PNG-fake-image")
    api.add(
        "POST",
        f"{FILES}/upload-file",
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.Response(200, json={"id": "f1", "__t": "File"}),
    )
    uploaded = client(api, waits).upload_file(source, destination_folder="experiments/day1")
    assert isinstance(uploaded, UploadedFile)
    assert len(api.requests) == 2
    for request in api.requests:  # the retried request carries the whole body again
        body = request.content
        assert b'name="fileName"' in body
        assert b"cells.png" in body
        assert b"experiments/day1" in body
        assert b"\x89PNG-fake-image" in body
        assert request.headers["Content-Type"].startswith("multipart/form-data")


# -- the job's signed CSVs and its masks --------------------------------------------------------------------------


def test_read_objects_csv(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json={**job(status="SUCCEEDED"), **SIGNED}))
    api.add("GET", OBJECT, serve(b"id,area\n1,2.5\n2,4.0\n", short_first=5))
    frame = client(api, waits).read_objects_csv("job1")
    assert list(frame.columns) == ["id", "area"]
    assert frame["area"].tolist() == [2.5, 4.0]
    assert api.requests[-1].headers["Range"] == "bytes=15-"  # resumed into the spool too


def test_download_masks(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    masks = {"percentageCompleted": 100, "status": "SUCCEEDED", "masksZipUrl": "https://storage.example/m/xyz?sig=1"}
    api.add("GET", "/api/external/analysis-jobs/job1/download-masks", httpx.Response(200, json=masks))
    api.add("GET", "storage.example/m/xyz", httpx.Response(200, content=b"PK\x03\x04"))
    path = client(api, waits).download_masks("job1", tmp_path)
    assert path == tmp_path / "masks.zip"
    assert path.read_bytes() == b"PK\x03\x04"


MASKS = "/api/external/analysis-jobs/job1/download-masks"


def test_client_masks_job(api: FakeApi, waits: Waits) -> None:
    api.add("POST", MASKS, httpx.Response(200, json={"percentageCompleted": 0, "status": "SUBMITTED"}))
    api.add(
        "GET",
        MASKS,
        httpx.Response(200, json={"percentageCompleted": 40, "status": "RUNNING"}),
        httpx.Response(200, json={"percentageCompleted": 100, "status": "SUCCEEDED", "masksZipUrl": "https://s/m.zip"}),
    )
    bd = client(api, waits)
    submitted = bd.submit_masks("job1")
    final = bd.wait_for_masks("job1")
    assert isinstance(submitted, MasksJob)
    assert submitted.status == "SUBMITTED"
    assert final.masks_zip_url == "https://s/m.zip"
