"""The three example scripts of Sphinx's "Getting Started with the API" page, run as a user runs them (``python
script.py``, with ``requests`` and pandas) against the mock server over real HTTP.

The scripts are kept below as the page prints them. A user fills in the key (``<Your Key Here>``,
``{access_token}``) and the host; the page's listing script also needs its endpoint chosen ("Replace your endpoint
as required") and is fixed where it is plainly broken; each fix is listed in ``LISTING_FIXES`` with its reason.
One line is appended to each script to show its result (``print(...)``), so the test can read it.
"""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from labmock import LiveServer, MockConfig
from labmock.services.sphinx import DEMO_KEY

from ..harness import Seen, fetch, raw_get, serve, signed_fetches

VENDOR_BASE = "https://api.sphinxbio.com"  # the host root: the scripts' paths carry /v1

LIST_DATASETS = """\
API_KEY = '<Your Key Here>'
response = requests.get(f"https://api.sphinxbio.com/v1/datasets/{dataset_id}", headers={"Authorization": f"Bearer {API_KEY}"}).json()

if response.get('nextToken') is not None:
 params = {'nextToken': response['nextToken']}
 _response = requests.get(f"https://api.sphinxbio.com/v1/datasets/{dataset_id}", params=params, headers={"Authorization": "Bearer {access_token}"}).json()
 response.append(_response)
else:
 response = 0
"""  # noqa: E501 - the page's text

DOWNLOAD_PLOT = """\
import requests

url = requests.get("https://api.sphinxbio.com/v1/plots/plot_12345/download", headers={"Authorization": "Bearer {access_token}"}).json()["signedUrl"]
response = requests.get(url)
with open("plot.svg", "wb") as f:
 f.write(response.content)
"""  # noqa: E501 - the page's text

READ_DATATABLE = """\
import requests
import pandas as pd
import time
task_id = requests.get("https://api.sphinxbio.com/v1/datatables/dt_12345/download", headers={"Authorization": "Bearer {access_token}"}).json()["taskId"]
task_status = "PROCESSING"
while task_status != "SUCCESS":
 time.sleep(1)
 task_response = requests.get(f"https://api.sphinxbio.com/v1/tasks/{task_id}", headers={"Authorization": "Bearer {access_token}"}).json()
 task_status = task_response["status"]
df = pd.read_csv(task_response["result"]["signedUrl"])
"""  # noqa: E501 - the page's text

# (page text, replacement, why). Each must occur in the page's script exactly as often as stated.
LISTING_FIXES: tuple[tuple[str, str, int, str], ...] = (
    ("API_KEY = ", "import requests\n\nAPI_KEY = ", 1, "the page's snippet omits the import the other two have"),
    ("/datasets/{dataset_id}", "/datasets", 2, "the page: 'Replace your endpoint as required'; listing is /datasets"),
    (
        ".json()\n\nif response.get('nextToken') is not None:",
        ".json()\nresponses = [response]\n\nwhile response.get('nextToken') is not None:",
        1,
        "the text says to repeat 'until a nextToken is no longer provided'; the `if` fetches one more page only",
    ),
    (" _response = requests.get(", " response = requests.get(", 1, "so the loop advances to the page just fetched"),
    (
        " response.append(_response)\nelse:\n response = 0\n",
        " responses.append(response)\n",
        1,
        "`append` on the response dict raises AttributeError; the pages are collected in a list instead",
    ),
)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    """Tasks finish on their 2nd GET (the first one shows them PROCESSING)."""
    with serve("sphinx", MockConfig(job_polls=2)) as pair:
        yield pair


def as_a_user_would(script: str, live: LiveServer) -> str:
    """The script with the mock's host and the demo key filled in where the page leaves placeholders."""
    assert VENDOR_BASE in script
    script = script.replace(VENDOR_BASE, live.base_url)
    script = script.replace("'<Your Key Here>'", repr(DEMO_KEY)).replace("{access_token}", DEMO_KEY)
    assert "sphinxbio.com" not in script
    assert "access_token" not in script
    return script


def fixed_listing_script() -> str:
    script = LIST_DATASETS
    for old, new, count, why in LISTING_FIXES:
        assert script.count(old) == count, why
        script = script.replace(old, new)
    return script


def run(script: str, cwd: Path, show: str) -> str:
    """Run ``script`` plus the line ``show`` with this Python in a fresh process, in ``cwd``; return its output."""
    path = cwd / "script.py"
    path.write_text(f"{script}\n{show}\n")
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    done = subprocess.run(  # noqa: S603 - this interpreter, a script the test wrote
        [sys.executable, str(path)], capture_output=True, text=True, timeout=60, env=env, check=False, cwd=cwd
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_page_listing_script_is_broken_as_printed(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    """Why it needs fixing: as printed (with only the key and host filled in) it cannot run."""
    live, _ = served
    path = tmp_path / "as_printed.py"
    path.write_text("import requests\n" + as_a_user_would(LIST_DATASETS, live))
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(path)], capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path
    )
    assert done.returncode == 1
    assert "NameError: name 'dataset_id' is not defined" in done.stderr


def test_listing_datasets_follows_next_token_to_the_end(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    before = len(seen)
    output = run(as_a_user_would(fixed_listing_script(), live), tmp_path, "import json; print(json.dumps(responses))")
    pages = json.loads(output)
    datasets = list(live.server.state.datasets)
    assert len(datasets) >= 250
    assert [item["id"] for page in pages for item in page["data"]] == datasets
    assert len(pages) == math.ceil(len(datasets) / 50)  # the default limit: the script passes none
    assert all("nextToken" in page for page in pages[:-1])
    assert "nextToken" not in pages[-1]
    requests_made = seen[before:]
    assert [s.path for s in requests_made] == ["/v1/datasets"] * len(pages)
    assert [s.query.get("nextToken", [None])[0] for s in requests_made] == [None] + [p["nextToken"] for p in pages[:-1]]
    assert all(s.status == 200 and s.headers["authorization"] == f"Bearer {DEMO_KEY}" for s in requests_made)


def test_downloading_a_plot_through_its_signed_url(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    before = len(seen)
    run(as_a_user_would(DOWNLOAD_PLOT, live), tmp_path, "")
    saved = tmp_path / "plot.svg"
    stored = live.server.objects.get("plots/plot_12345/plot.svg")
    assert stored is not None
    assert saved.read_bytes() == stored.content
    assert saved.read_bytes().startswith(b"<?xml")
    assert b"<svg" in saved.read_bytes()
    api_call, download = seen[before:]
    assert (api_call.path, api_call.status) == ("/v1/plots/plot_12345/download", 200)
    assert (download.signed, download.status) == (True, 200)
    assert "authorization" not in download.headers  # the signed URL works without the key


def test_waiting_for_a_datatable_task_and_reading_its_csv(
    served: tuple[LiveServer, list[Seen]], tmp_path: Path
) -> None:
    live, seen = served
    before = len(seen)
    output = run(as_a_user_would(READ_DATATABLE, live), tmp_path, "import json; print(json.dumps(df.to_dict('list')))")
    frame = json.loads(output)
    requests_made = seen[before:]
    task_id = requests_made[1].path.rsplit("/", 1)[-1]
    assert [s.path for s in requests_made if not s.signed] == [
        "/v1/datatables/dt_12345/download",
        f"/v1/tasks/{task_id}",
        f"/v1/tasks/{task_id}",  # PROCESSING, then SUCCESS: the script waited
    ]
    assert live.server.state.tasks[task_id].job.polls == 2
    (download,) = signed_fetches(requests_made)
    assert download.status == 200
    assert "authorization" not in download.headers
    stored = live.server.objects.get("datatables/dt_12345/dt_12345.csv")
    assert stored is not None
    assert frame == pd.read_csv(io.BytesIO(stored.content)).to_dict("list")
    assert len(frame["well"]) == raw_get(live, "/v1/datatables/dt_12345")["rowCount"] == 96
    assert fetch(live.origin + download.path).status_code == 403  # the URL is useless without its signature
