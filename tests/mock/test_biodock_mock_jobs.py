"""Pagination, the job lifecycle (by polls and by time), failures and masks, in-process."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from typing import Any

import httpx
import pytest

import labmock
from labmock import MockConfig

API = "biodock"

URL_FIELDS = {"objectsDataCSVUrl", "aggregateDataCSVUrl"}


def _walk(client: httpx.Client, path: str, limit: int, **params: str) -> list[list[dict[str, Any]]]:
    pages: list[list[dict[str, Any]]] = []
    cursor: str | None = None
    while True:
        query = {"limit": str(limit), **params, **({"startingAfter": cursor} if cursor else {})}
        response = client.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["count"] == len(body["results"])
        pages.append(body["results"])
        if len(body["results"]) < limit:
            return pages
        cursor = body["results"][-1]["id"]


def test_job_listing_walk_gives_every_job_once_newest_first(client: httpx.Client) -> None:
    pages = _walk(client, "/analysis-jobs", 7)
    ids = [job["id"] for page in pages for job in page]
    assert ids == [f"aj_{n:04d}" for n in range(45, 0, -1)]
    assert [len(page) for page in pages] == [7, 7, 7, 7, 7, 7, 3]


def test_default_limit_is_20_and_count_is_the_page_size(client: httpx.Client) -> None:
    body = client.get("/analysis-jobs").json()
    assert body["count"] == 20
    assert len(body["results"]) == 20
    assert len(client.get("/analysis-jobs", params={"limit": "100"}).json()["results"]) == 45


def test_listed_jobs_are_terminal_with_urls_only_on_success(client: httpx.Client) -> None:
    jobs = [job for page in _walk(client, "/analysis-jobs", 100) for job in page]
    failed = {job["id"]: job for job in jobs if job["status"] == "FAILED"}
    assert set(failed) == {"aj_0007", "aj_0023"}
    for job in jobs:
        if job["status"] == "SUCCEEDED":
            assert job["percentageCompleted"] == 100
            assert set(job) >= URL_FIELDS
            assert "message" not in job
        else:
            assert not URL_FIELDS & set(job)
            assert job["message"]
    assert "Broken pipeline" in failed["aj_0007"]["message"]
    assert "corrupt_image.tif" in failed["aj_0023"]["message"]


def test_new_jobs_join_the_listing_at_the_top_without_disturbing_a_walk(client: httpx.Client) -> None:
    first = client.get("/analysis-jobs", params={"limit": "5"}).json()["results"]
    created = client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0002"]}).json()
    assert created["id"] == "aj_0046"
    second = client.get("/analysis-jobs", params={"limit": "5", "startingAfter": first[-1]["id"]}).json()["results"]
    assert [j["id"] for j in second] == ["aj_0040", "aj_0039", "aj_0038", "aj_0037", "aj_0036"]
    assert client.get("/analysis-jobs", params={"limit": "1"}).json()["results"][0]["id"] == "aj_0046"


def test_unknown_cursor_is_404(client: httpx.Client) -> None:
    response = client.get("/analysis-jobs", params={"startingAfter": "aj_9999"})
    assert response.status_code == 404
    assert "startingAfter" in response.json()["message"]
    assert client.get("/pipelines", params={"startingAfter": "nope"}).status_code == 404
    assert client.get("/filesystem-items", params={"startingAfter": "fs_0031"}).status_code == 200


def test_filesystem_and_pipeline_listings(client: httpx.Client) -> None:
    root = [item for page in _walk(client, "/filesystem-items", 4) for item in page]
    assert [item["id"] for item in root] == [
        *(f"fs_{n:04d}" for n in range(1, 11)),
        "fs_0030",
        "fs_0031",
        "fs_0032",
        "fs_0034",
    ]
    assert {item["__t"] for item in root} == {"File", "Folder"}
    plate_a = client.get("/filesystem-items", params={"folderId": "fs_0031"}).json()["results"]
    assert [item["id"] for item in plate_a] == [f"fs_{n:04d}" for n in range(11, 21)]
    assert client.get("/filesystem-items", params={"folderId": "fs_0034"}).json() == {"results": [], "count": 0}
    pipelines = [p for page in _walk(client, "/pipelines", 2) for p in page]
    assert [p["id"] for p in pipelines] == ["pl_0001", "pl_0002", "pl_0003", "pl_0004", "pl_0005"]
    assert pipelines[0]["name"] == "Nuclei segmentation"
    assert "always fails" in pipelines[4]["name"]


def _submit(client: httpx.Client, pipeline: str = "pl_0001", files: list[str] | None = None) -> dict[str, Any]:
    response = client.post(
        "/analysis-jobs", json={"pipelineId": pipeline, "filesystemIds": files or ["fs_0001", "fs_0002"]}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_job_lifecycle_by_polls(client: httpx.Client, anonymous: httpx.Client) -> None:
    job = _submit(client)
    assert (job["status"], job["percentageCompleted"]) == ("PENDING", 0)
    assert not URL_FIELDS & set(job)
    seen = [client.get(f"/analysis-jobs/{job['id']}").json() for _ in range(3)]
    assert [s["status"] for s in seen] == ["PENDING", "RUNNING", "SUCCEEDED"]
    assert seen[0]["percentageCompleted"] == 0
    assert 0 < seen[1]["percentageCompleted"] < 100
    assert seen[2]["percentageCompleted"] == 100
    assert not URL_FIELDS & set(seen[1])
    assert set(seen[2]) >= URL_FIELDS
    # listing does not count as a poll and shows the same state
    listed = client.get("/analysis-jobs", params={"limit": "1"}).json()["results"][0]
    assert (listed["id"], listed["status"]) == (job["id"], "SUCCEEDED")

    objects = anonymous.get(seen[2]["objectsDataCSVUrl"])
    assert objects.status_code == 200
    assert objects.headers["content-type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(objects.text)))
    assert list(rows[0]) == ["object_id", "file_id", "file_name", "area", "perimeter", "mean_intensity"]
    assert {row["file_id"] for row in rows} == {"fs_0001", "fs_0002"}
    aggregate = list(csv.DictReader(io.StringIO(anonymous.get(seen[2]["aggregateDataCSVUrl"]).text)))
    assert [row["file_id"] for row in aggregate] == ["fs_0001", "fs_0002"]
    assert sum(int(row["object_count"]) for row in aggregate) == len(rows)


def test_results_are_deterministic_per_seed() -> None:
    def objects_csv(seed: int) -> bytes:
        server = labmock.create("biodock", MockConfig(seed=seed))
        with server.client() as client, server.client(authenticated=False) as anonymous:
            url = client.get("/analysis-jobs/aj_0003").json()["objectsDataCSVUrl"]
            return anonymous.get(url).content

    assert objects_csv(1) == objects_csv(1)
    assert objects_csv(1) != objects_csv(2)


def test_job_lifecycle_by_time() -> None:
    now = [1000.0]
    server = labmock.create("biodock", MockConfig(job_duration=10.0, validate_responses=True))
    server.clock.now = lambda: now[0]
    with server.client() as client:
        job = _submit(client)
        path = f"/analysis-jobs/{job['id']}"
        states = []
        for elapsed in (0.0, 2.0, 6.0, 9.9, 10.0, 50.0):
            now[0] = 1000.0 + elapsed
            body = client.get(path).json()
            states.append((body["status"], body["percentageCompleted"]))
    assert states == [
        ("PENDING", 0),
        ("PENDING", 0),
        ("RUNNING", 60),
        ("RUNNING", 99),
        ("SUCCEEDED", 100),
        ("SUCCEEDED", 100),
    ]


def test_job_lifecycle_by_wall_clock() -> None:
    server = labmock.create("biodock", MockConfig(job_duration=0.2))
    with server.client() as client:
        job = _submit(client)
        time.sleep(0.25)
        body = client.get(f"/analysis-jobs/{job['id']}").json()
    assert (body["status"], body["percentageCompleted"]) == ("SUCCEEDED", 100)
    assert set(body) >= URL_FIELDS


@pytest.mark.parametrize(
    ("pipeline", "files", "fragment"),
    [("pl_0005", ["fs_0001"], "Broken pipeline"), ("pl_0001", ["fs_0001", "fs_0030"], "corrupt_image.tif")],
)
def test_failing_jobs_end_failed_with_a_message(
    client: httpx.Client, pipeline: str, files: list[str], fragment: str
) -> None:
    job = _submit(client, pipeline, files)
    assert job["status"] == "PENDING"
    seen = [client.get(f"/analysis-jobs/{job['id']}").json() for _ in range(4)]
    assert [s["status"] for s in seen] == ["PENDING", "RUNNING", "FAILED", "FAILED"]
    assert fragment in seen[2]["message"]
    assert "message" not in seen[1]
    assert not URL_FIELDS & set(seen[2])
    masks = client.post(f"/analysis-jobs/{job['id']}/download-masks")
    assert masks.status_code == 409


def test_folder_ids_expand_to_their_files(client: httpx.Client, anonymous: httpx.Client) -> None:
    job = _submit(client, "pl_0002", ["fs_0032", "fs_0001"])  # plate-B holds day-2's nine files
    for _ in range(3):
        body = client.get(f"/analysis-jobs/{job['id']}").json()
    aggregate = list(csv.DictReader(io.StringIO(anonymous.get(body["aggregateDataCSVUrl"]).text)))
    assert [row["file_id"] for row in aggregate] == [*(f"fs_{n:04d}" for n in range(21, 30)), "fs_0001"]
    empty = client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0034"]})
    assert empty.status_code == 400


def test_masks_lifecycle_and_zip(client: httpx.Client, anonymous: httpx.Client) -> None:
    assert client.get("/analysis-jobs/aj_9999/download-masks").status_code == 404
    assert client.post("/analysis-jobs/aj_9999/download-masks").status_code == 404
    job = _submit(client, files=["fs_0003", "fs_0004", "fs_0005"])
    path = f"/analysis-jobs/{job['id']}/download-masks"
    early = client.post(path)
    assert early.status_code == 409
    assert "not succeeded" in early.json()["message"]
    assert client.get(path).status_code == 404
    for _ in range(3):
        client.get(f"/analysis-jobs/{job['id']}")
    submitted = client.post(path)
    assert submitted.status_code == 200
    assert submitted.json() == {"percentageCompleted": 0, "status": "SUBMITTED"}
    seen = [client.get(path).json() for _ in range(3)]
    assert [s["status"] for s in seen] == ["SUBMITTED", "RUNNING", "SUCCEEDED"]
    assert "masksZipUrl" not in seen[1]
    again = client.post(path).json()
    assert again["status"] == "SUCCEEDED"  # submitting again reports the existing masks job
    download = anonymous.get(seen[2]["masksZipUrl"])
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == [
            "masks/fs_0003_nuclei_003_mask.png",
            "masks/fs_0004_nuclei_004_mask.png",
            "masks/fs_0005_nuclei_005_mask.png",
        ]
        assert all(archive.read(name).startswith(b"\x89PNG\r\n\x1a\n") for name in names)


def test_demo_jobs_with_ready_masks(client: httpx.Client, anonymous: httpx.Client) -> None:
    body = client.get("/analysis-jobs/aj_0001/download-masks").json()
    assert body["status"] == "SUCCEEDED"
    archive = anonymous.get(body["masksZipUrl"]).content
    assert zipfile.ZipFile(io.BytesIO(archive)).testzip() is None
    assert client.get("/analysis-jobs/aj_0003/download-masks").status_code == 404


def test_server_instances_do_not_share_state() -> None:
    one, two = labmock.create("biodock"), labmock.create("biodock")
    with one.client() as client:
        assert _submit(client)["id"] == "aj_0046"
    with two.client() as client:
        assert _submit(client)["id"] == "aj_0046"
        assert client.get("/analysis-jobs/aj_0047").status_code == 404
