"""The vendors' example scripts, run unmodified with their real URLs inside ``labmock.intercept``: no socket, no
URL changed. They are the same texts as the scripts of ``test_biodock_vendor_scripts.py``,
``test_sphinx_vendor_scripts.py`` and ``test_iontorrent_vendor_scripts.py``; only what the pages say to replace (the
key, the ids) is filled in, plus the fixes those tests list for the Sphinx listing script and the Python 3 port of Ion
Torrent's. Each runs as ``python script.py`` would, in this process (``runpy``), printing to a captured stdout; one runs
in a real child process, intercepted through :func:`labmock.child_environment`."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import runpy
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import labmock
from labmock import Interception
from labmock.services.biodock import DEMO_KEY as BIODOCK_KEY
from labmock.services.sphinx import DEMO_KEY as SPHINX_KEY

from . import test_biodock_vendor_scripts as biodock_page
from . import test_iontorrent_vendor_scripts as iontorrent_page
from . import test_sphinx_vendor_scripts as sphinx_page


def run_script(text: str, folder: Path, name: str = "script") -> str:
    """Run ``text`` as ``python script.py`` would (as ``__main__``, in ``folder``); what it printed."""
    path = folder / f"{name}.py"
    path.write_text(text)
    out = io.StringIO()
    with contextlib.chdir(folder), contextlib.redirect_stdout(out):
        runpy.run_path(str(path), run_name="__main__")
    return out.getvalue()


def fill_placeholders(script: str, **constants: str | list[str]) -> str:
    """The page's ``NAME = ""`` (or ``[""]``) placeholders filled in, as a user does; the URLs stay the real ones."""
    for name, value in constants.items():
        placeholder = f'{name} = [""]' if isinstance(value, list) else f'{name} = ""'
        assert script.count(placeholder) == 1, placeholder
        script = script.replace(placeholder, f"{name} = {json.dumps(value)}")
    assert '= ""' not in script
    assert '[""]' not in script
    return script


# -- Biodock: the five scripts of the "Analysis Jobs" page ----------------------------------------------------------


@pytest.fixture
def biodock() -> Iterator[Interception]:
    with labmock.intercept("biodock", job_polls=2) as mock:
        yield mock


def test_biodock_scripts_run_against_app_biodock_ai(biodock: Interception, tmp_path: Path) -> None:
    submit = fill_placeholders(
        biodock_page.SUBMIT_JOB, API_KEY=BIODOCK_KEY, FILESYSTEM_IDS=["fs_0001"], PIPELINE_ID="pl_0001"
    )
    assert 'URL = "https://app.biodock.ai/api/external/analysis-jobs"' in submit
    submitted = json.loads(run_script(submit, tmp_path))
    assert submitted["status"] == "PENDING"
    job_id = submitted["id"]
    assert biodock.state.jobs[job_id].file_ids == ("fs_0001",)
    view = fill_placeholders(biodock_page.VIEW_JOB, API_KEY=BIODOCK_KEY, ANALYSIS_JOB_ID=job_id)
    assert json.loads(run_script(view, tmp_path))["status"] == "RUNNING"
    finished = json.loads(run_script(view, tmp_path))
    assert finished["status"] == "SUCCEEDED"
    assert finished["objectsDataCSVUrl"].startswith(
        f"https://app.biodock.ai/api/external/_labmock/objects/analysis-jobs/{job_id}/"
    )
    listing = json.loads(run_script(fill_placeholders(biodock_page.VIEW_ALL_JOBS, API_KEY=BIODOCK_KEY), tmp_path))
    assert listing["results"][0]["id"] == job_id
    assert listing["count"] == 20
    masks = fill_placeholders(biodock_page.GENERATE_MASKS, API_KEY=BIODOCK_KEY, ANALYSIS_JOB_ID="aj_0003")
    assert json.loads(run_script(masks, tmp_path)) == {"percentageCompleted": 0, "status": "SUBMITTED"}
    view_masks = fill_placeholders(biodock_page.VIEW_MASKS, API_KEY=BIODOCK_KEY, ANALYSIS_JOB_ID="aj_0003")
    run_script(view_masks, tmp_path)
    assert json.loads(run_script(view_masks, tmp_path))["masksZipUrl"].startswith("https://app.biodock.ai/")
    assert [(e.method, e.operation, e.status) for e in reversed(biodock.requests())] == [
        ("POST", "submitAnalysisJob", 200),
        ("GET", "getAnalysisJob", 200),
        ("GET", "getAnalysisJob", 200),
        ("GET", "listAnalysisJobs", 200),
        ("POST", "submitDownloadMasks", 200),
        ("GET", "getDownloadMasks", 200),
        ("GET", "getDownloadMasks", 200),
    ]


def test_a_script_in_a_child_process_is_intercepted_too(tmp_path: Path) -> None:
    script = tmp_path / "submit.py"
    script.write_text(
        fill_placeholders(
            biodock_page.SUBMIT_JOB, API_KEY=BIODOCK_KEY, FILESYSTEM_IDS=["fs_0001"], PIPELINE_ID="pl_0001"
        )
    )
    report = tmp_path / "mock.json"
    with labmock.child_environment("biodock", report=report) as env:
        done = subprocess.run(  # noqa: S603 - this interpreter, a script the test wrote
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120, check=False
        )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "PENDING"
    recorded = json.loads(report.read_text())
    assert recorded["hosts"] == ["https://app.biodock.ai:443"]
    assert [(e["method"], e["path"], e["status"]) for e in recorded["requests"]] == [
        ("POST", "/api/external/analysis-jobs", 200)
    ]
    assert recorded["summary"]["jobs"] == {"total": 48, "running": 1}  # 45 demo analyses, 2 demo masks, the new one


# -- Sphinx: the three scripts of "Getting Started with the API" ----------------------------------------------------


def sphinx_script(script: str) -> str:
    filled = script.replace("'<Your Key Here>'", repr(SPHINX_KEY)).replace("{access_token}", SPHINX_KEY)
    assert "https://api.sphinxbio.com/v1" in filled
    assert "access_token" not in filled
    return filled


@pytest.fixture
def sphinx(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Interception, list[float]]]:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)  # the datatable script waits 1 s per poll: counted, not waited
    with labmock.intercept("sphinx", job_polls=2) as mock:
        yield mock, slept


def test_sphinx_scripts_run_against_api_sphinxbio_com(sphinx: tuple[Interception, list[float]], tmp_path: Path) -> None:
    mock, slept = sphinx
    listing = sphinx_script(sphinx_page.fixed_listing_script()) + "\nimport json; print(json.dumps(responses))\n"
    pages = json.loads(run_script(listing, tmp_path, "listing"))
    assert [d["id"] for page in pages for d in page["data"]] == list(mock.state.datasets)
    run_script(sphinx_script(sphinx_page.DOWNLOAD_PLOT), tmp_path, "plot")  # requests.get(signedUrl)
    stored = mock.server.objects.get("plots/plot_12345/plot.svg")
    assert stored is not None
    assert (tmp_path / "plot.svg").read_bytes() == stored.content
    table = sphinx_script(sphinx_page.READ_DATATABLE) + "\nimport json; print(json.dumps(df.to_dict('list')))\n"
    frame = json.loads(run_script(table, tmp_path, "datatable"))  # pandas.read_csv(signedUrl): urllib
    csv = mock.server.objects.get("datatables/dt_12345/dt_12345.csv")
    assert csv is not None
    assert frame == pd.read_csv(io.BytesIO(csv.content)).to_dict("list")
    assert slept == [1, 1]  # PROCESSING, then SUCCESS
    signed = mock.requests(operation="_objects")
    assert [(e.method, e.status) for e in signed] == [("GET", 200), ("GET", 200)]  # the SVG, the CSV: both in-process
    assert all("signature=REDACTED" in e.query for e in signed)


# -- Ion Torrent: the "API Examples" page, with the host it names ---------------------------------------------------


@pytest.mark.parametrize(
    ("example", "printed"),
    [
        (iontorrent_page.ADDING_FILTERS, iontorrent_page.PAGE_FILTERED_CHIPS),
        (iontorrent_page.COMPLETED_RUNS_AND_REPORTS, iontorrent_page.PAGE_RUNS_AND_REPORTS),
        (iontorrent_page.FETCHING_A_REPORT, iontorrent_page.PAGE_REPORT),
        (iontorrent_page.PLANNING_A_BARCODED_RUN, "201\n"),
    ],
)
def test_ion_torrent_examples_run_against_the_host_they_name(example: str, printed: str, tmp_path: Path) -> None:
    script = iontorrent_page.port(iontorrent_page.SETUP + "\n" + example)
    assert 'BASE_URL = "http://example.xyz"' in script  # unchanged: the interception names that host
    with labmock.intercept("iontorrent", hosts="example.xyz") as mock:
        assert run_script(script, tmp_path) == printed
        assert {e.status for e in mock.requests()} <= {200, 201}


def test_fetching_all_chips_through_an_intercepted_host(tmp_path: Path) -> None:
    with labmock.intercept("iontorrent", hosts=["example.xyz"]) as mock:
        script = iontorrent_page.port(iontorrent_page.SETUP + "\n" + iontorrent_page.FETCHING_ALL_CHIPS)
        chips: list[dict[str, Any]] = ast.literal_eval(run_script(script, tmp_path))  # the page prints the list
        assert len(chips) == len(mock.state.chips) == 32
        assert [e.query for e in reversed(mock.requests())] == ["", "limit=20&offset=20"]
