"""Workflow 10: the five sample scripts of the vendor's "Analysis Jobs" page, run as a user runs them
(``python script.py``, with ``requests``) against the mock. Only the URL base and the placeholders the page says to
replace are changed; the scripts' text is the page's, character for character."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from labmock import LiveServer, MockConfig
from labmock.services.biodock import DEMO_KEY

from ..harness import serve
from .biodock_support import server_job_ids

VENDOR_BASE = "https://app.biodock.ai/api/external"

SUBMIT_JOB = """\
import requests

API_KEY = "" # Replace with your api key
FILESYSTEM_IDS = [""] # Replace with your filesystem ids. Add to the list as neccesary
PIPELINE_ID = "" # Replace with your pipeline id

URL = "https://app.biodock.ai/api/external/analysis-jobs"
headers = {"X-API-KEY": API_KEY, "Content-Type": "application/json"}
data = {"filesystemIds": FILESYSTEM_IDS, "pipelineId": PIPELINE_ID}

response = requests.post(URL, json=data, headers=headers)
print(response.text)
"""

VIEW_JOB = """\
import requests

API_KEY = "" # Replace with your api key
ANALYSIS_JOB_ID = "" # Replace with your analysis job id

URL = f"https://app.biodock.ai/api/external/analysis-jobs/{ANALYSIS_JOB_ID}"
headers = {"X-API-KEY": API_KEY, "Content-Type": "application/json"}

response = requests.get(URL, headers=headers)
print(response.text)
"""

VIEW_ALL_JOBS = """\
import requests

API_KEY = "" # Replace with your api key

URL = "https://app.biodock.ai/api/external/analysis-jobs"
headers = {"X-API-KEY": API_KEY, "Content-Type": "application/json"}

response = requests.get(URL, headers=headers)
print(response.text)
"""

GENERATE_MASKS = """\
import requests

API_KEY = "" # Replace with your api key
ANALYSIS_JOB_ID = "" # Replace with your analysis job id

URL = f"https://app.biodock.ai/api/external/analysis-jobs/{ANALYSIS_JOB_ID}/download-masks"
headers = {"X-API-KEY": API_KEY, "Content-Type": "application/json"}

response = requests.post(URL, headers=headers)
print(response.text)
"""

VIEW_MASKS = """\
import requests

API_KEY = "" # Replace with your api key
ANALYSIS_JOB_ID = "" # Replace with your analysis job id

URL = f"https://app.biodock.ai/api/external/analysis-jobs/{ANALYSIS_JOB_ID}/download-masks"
headers = {"X-API-KEY": API_KEY, "Content-Type": "application/json"}

response = requests.get(URL, headers=headers)
print(response.text)
"""


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    """Jobs finish on their 2nd GET (the first one shows them RUNNING at 50 %)."""
    with serve("biodock", MockConfig(job_polls=2)) as (server, _):
        yield server


def fill_in(script: str, live: LiveServer, **constants: str | list[str]) -> str:
    """The script with the mock's URL base and the placeholders (``API_KEY = ""`` ...) filled in, as a user would."""
    assert script.count(VENDOR_BASE) == 1
    script = script.replace(VENDOR_BASE, live.base_url)
    for name, value in {"API_KEY": DEMO_KEY, **constants}.items():
        placeholder = f'{name} = [""]' if isinstance(value, list) else f'{name} = ""'
        assert script.count(placeholder) == 1, placeholder
        script = script.replace(placeholder, f"{name} = {json.dumps(value)}")
    assert '= ""' not in script
    assert '[""]' not in script
    assert "biodock.ai" not in script
    return script


def run(script: str, tmp_path: Path, name: str) -> Any:
    """Run the script with this Python in a fresh process; return what it printed, parsed as JSON."""
    path = tmp_path / f"{name}.py"
    path.write_text(script)
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    done = subprocess.run(  # noqa: S603 - this interpreter, a script the test wrote
        [sys.executable, str(path)], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("\n")
    assert done.stdout.count("\n") == 1  # one print(response.text)
    return json.loads(done.stdout)


def test_submit_view_and_list_analysis_jobs(live: LiveServer, tmp_path: Path) -> None:
    submitted = run(fill_in(SUBMIT_JOB, live, FILESYSTEM_IDS=["fs_0001"], PIPELINE_ID="pl_0001"), tmp_path, "submit")
    # the page: {id: "0123456789", percentageCompleted: 0, status: "PENDING"}
    assert {k: submitted[k] for k in ("percentageCompleted", "status")} == {
        "percentageCompleted": 0,
        "status": "PENDING",
    }
    job_id = submitted["id"]
    assert re.fullmatch(r"aj_\d{4}", job_id)
    assert job_id not in {f"aj_{n:04d}" for n in range(1, 46)}
    assert live.server.state.jobs[job_id].file_ids == ("fs_0001",)

    view = fill_in(VIEW_JOB, live, ANALYSIS_JOB_ID=job_id)
    running = run(view, tmp_path, "view")
    assert (running["id"], running["status"], running["percentageCompleted"]) == (job_id, "RUNNING", 50)
    assert "objectsDataCSVUrl" not in running
    # the page: {id, percentageCompleted: 100, status: "SUCCEEDED", objectsDataCSVUrl, aggregateDataCSVUrl}
    finished = run(view, tmp_path, "view")
    assert (finished["id"], finished["status"], finished["percentageCompleted"]) == (job_id, "SUCCEEDED", 100)
    for field, header in (("objectsDataCSVUrl", b"object_id,"), ("aggregateDataCSVUrl", b"file_id,")):
        assert finished[field].startswith(f"{live.base_url}/_labmock/objects/analysis-jobs/{job_id}/")
        fetched = httpx.get(finished[field], trust_env=False)
        assert fetched.status_code == 200
        assert fetched.content.startswith(header)

    # the page: {results: [{id, percentageCompleted, status, objectsDataCSVUrl, aggregateDataCSVUrl}], count}
    listing = run(fill_in(VIEW_ALL_JOBS, live), tmp_path, "list")
    assert set(listing) == {"results", "count"}
    assert listing["count"] == len(listing["results"]) == 20  # the first page, at the default limit
    assert [r["id"] for r in listing["results"]] == server_job_ids(live)[:20]
    assert listing["results"][0]["id"] == job_id
    assert listing["results"][0]["status"] == "SUCCEEDED"
    assert all({"id", "percentageCompleted", "status"} <= set(r) for r in listing["results"])


def test_generate_masks_and_view_their_progress(live: LiveServer, tmp_path: Path) -> None:
    generated = run(fill_in(GENERATE_MASKS, live, ANALYSIS_JOB_ID="aj_0003"), tmp_path, "masks")
    assert generated == {"percentageCompleted": 0, "status": "SUBMITTED"}  # exactly the page's sample

    view = fill_in(VIEW_MASKS, live, ANALYSIS_JOB_ID="aj_0003")
    assert run(view, tmp_path, "view_masks") == {"percentageCompleted": 50, "status": "RUNNING"}
    # the page: {percentageCompleted: 100, status: "SUCCEEDED", masksZipUrl: "https://..."}
    finished = run(view, tmp_path, "view_masks")
    assert set(finished) == {"percentageCompleted", "status", "masksZipUrl"}
    assert (finished["percentageCompleted"], finished["status"]) == (100, "SUCCEEDED")
    masks = httpx.get(finished["masksZipUrl"], trust_env=False)
    assert masks.status_code == 200
    with zipfile.ZipFile(io.BytesIO(masks.content)) as archive:
        assert archive.testzip() is None
        assert len(archive.namelist()) == len(live.server.state.jobs["aj_0003"].file_ids)
