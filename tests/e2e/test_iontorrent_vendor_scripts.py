"""Every example of the vendor's "API Examples" page (shared/seeds/002), run as a user runs them: the page's
Python 2 text, ported to Python 3 the way a user would (``print x`` becomes ``print(x)``, nothing else), with
``requests``, in a fresh interpreter, against the mock over HTTP. Only ``BASE_URL`` is changed. Each must print
what the page shows."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from labmock import LiveServer
from labmock.services.iontorrent import DEMO_KEY

from ..harness import Seen, serve

USERNAME, API_KEY = DEMO_KEY.split(":")  # the vendor page's user and key

PAGE_BASE_URL = "http://example.xyz"

SETUP = """\
import requests

BASE_URL = "http://example.xyz"
USERNAME = "ionadmin"
API_KEY = "efb7a14021732d773a4258b69d9452042a31a6b6"
"""

FETCHING_ALL_CHIPS = """\
headers = {"Authorization": "ApiKey " + USERNAME + ":" + API_KEY}
object_list = []

next_url = "/rundb/api/v1/chip/"
while next_url:
    response = requests.get(BASE_URL + next_url, headers=headers, params={})
    response.raise_for_status()
    response_data = response.json()

    object_list += response_data["objects"]
    next_url = response_data["meta"]["next"] or None

print object_list
"""

ADDING_FILTERS = """\
headers = {"Authorization": "ApiKey " + USERNAME + ":" + API_KEY}
object_list = []

next_url = "/rundb/api/v1/chip/"
while next_url:
    response = requests.get(BASE_URL + next_url, headers=headers, params={"name__startswith": "31"})
    response.raise_for_status()
    response_data = response.json()

    object_list += response_data["objects"]
    next_url = response_data["meta"]["next"] or None

for chip in object_list[0:3]:
    print chip["name"]
"""

COMPLETED_RUNS_AND_REPORTS = """\
headers = {"Authorization": "ApiKey " + USERNAME + ":" + API_KEY}
object_list = []

next_url = "/rundb/api/v1/compositeexperiment/"
while next_url:
    response = requests.get(BASE_URL + next_url, headers=headers)
    response.raise_for_status()
    response_data = response.json()

    object_list += response_data["objects"]
    next_url = response_data["meta"]["next"] or None

for experiment in object_list[0:3]:
    print experiment["displayName"]
    for report in experiment["results"]:
        print "    " + report["resultsName"] + " " + report["status"]
"""

FETCHING_A_REPORT = """\
headers = {"Authorization": "ApiKey " + USERNAME + ":" + API_KEY}

report_response = requests.get(BASE_URL + "/rundb/api/v1/results/3/", headers=headers)
report_response.raise_for_status()
report_response_data = report_response.json()

print report_response_data["resultsName"]

for plugin_name, plugin_status in report_response_data["pluginState"].items():
    print "    " + plugin_name, plugin_status

lib_metrics_response = requests.get(BASE_URL + report_response_data["libmetrics"][0], headers=headers)
lib_metrics_response.raise_for_status()
lib_metrics_response_data = lib_metrics_response.json()

print "%.1f million reads" % (lib_metrics_response_data["totalNumReads"]/1000000.0)
"""

PLANNING_A_NON_BARCODED_RUN = """\
headers = {"Authorization": "ApiKey " + USERNAME + ":" + API_KEY}
plan_json = {
    "library": "hg19",
    "planName": "DOCS_my_plan",
    "sample": "my_sample",
    "chipType": "520",
    "sequencekitname": "Ion S5 Sequencing Kit",
    "librarykitname": "Ion Xpress Plus Fragment Library Kit",
    "templatingKitName": "Ion 520/530 Kit-OT2"
}
response = requests.post(BASE_URL + "/rundb/api/v1/plannedexperiment/", headers=headers, json=plan_json)
response.raise_for_status()
print response.status_code
"""

PLANNING_A_BARCODED_RUN = """\
headers = {"Authorization": "ApiKey " + USERNAME + ":" + API_KEY}
plan_json = {
    "library": "hg19",
    "planName": "DOCS_my_plan",
    "sample": "my_sample",
    "chipType": "520",
    "sequencekitname": "Ion S5 Sequencing Kit",
    "librarykitname": "Ion Xpress Plus Fragment Library Kit",
    "templatingKitName": "Ion 520/530 Kit-OT2",
    "barcodeId": "IonXpress",
    "barcodedSamples": {
        'demo sample 1': {
            'barcodeSampleInfo': {
                'IonXpress_003': {
                    'description': 'description here',
                    'hotSpotRegionBedFile': '',
                    'nucleotideType': 'DNA',
                    'reference': 'hg19',
                    'targetRegionBedFile': ''
                }
            },
            'barcodes': ['IonXpress_003']
        },
        'demo sample 2': {
            'barcodeSampleInfo': {
                'IonXpress_004': {
                    'description': 'description here',
                    'hotSpotRegionBedFile': '',
                    'nucleotideType': 'DNA',
                    'reference': 'hg19',
                    'targetRegionBedFile': ''
                }
            },
            'barcodes': ['IonXpress_004']
        }
    }
}
response = requests.post(BASE_URL + "/rundb/api/v1/plannedexperiment/", headers=headers, json=plan_json)
response.raise_for_status()
print response.status_code
"""

# What the page prints under each example.
PAGE_FILTERED_CHIPS = "314\n316\n318\n"
PAGE_RUNS_AND_REPORTS = """\
S5-530 cfDNA
    Reanalyze Completed
    S5-530_cfDNA Completed
    Auto_S5-530_cfDNA_89 Completed
S5-540 AmpliSeqExome
    S5-540_AmpliSeqExome Importing Failed
    Auto_S5-540_AmpliSeqExome_90 Completed
S5-540 WholeTranscriptomeRNA
    Auto_S5-540_WholeTranscriptomeRNA_91 Importing Failed
"""
PAGE_REPORT = """\
Auto_S5-540_WholeTranscriptomeRNA_91
    DataExport Completed
    ERCC_Analysis Completed
    sampleID Error
    coverageAnalysis Error
    AssemblerSPAdes Started
    FilterDuplicates Completed
    RunTransfer Completed
94.0 million reads
"""

_PRINT_STATEMENT = re.compile(r"^(\s*)print (.+)$", re.MULTILINE)


def port(python2: str) -> str:
    """What a user does to run the page's Python 2 under Python 3: the print statement becomes the function."""
    return _PRINT_STATEMENT.sub(r"\1print(\2)", python2)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    with serve("iontorrent") as (live, seen):
        yield live, seen


def run_example(example: str, live: LiveServer, tmp_path: Path) -> str:
    """The page's setup and one example, ported, with the mock as BASE_URL, run in a fresh interpreter."""
    script = port(SETUP + "\n" + example)
    assert script.count(PAGE_BASE_URL) == 1
    origin = live.base_url.removesuffix(live.server.base_path)
    script = script.replace(f'BASE_URL = "{PAGE_BASE_URL}"', f'BASE_URL = "{origin}"')
    path = tmp_path / "example.py"
    path.write_text(script)
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    done = subprocess.run(  # noqa: S603 - this interpreter, a script the test wrote
        [sys.executable, str(path)], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    "example",
    [
        FETCHING_ALL_CHIPS,
        ADDING_FILTERS,
        COMPLETED_RUNS_AND_REPORTS,
        FETCHING_A_REPORT,
        PLANNING_A_NON_BARCODED_RUN,
        PLANNING_A_BARCODED_RUN,
    ],
)
def test_the_port_only_changes_print_statements(example: str) -> None:
    original = SETUP + "\n" + example
    with pytest.raises(SyntaxError):
        compile(original, "page.py", "exec")  # the page's text is Python 2
    ported = port(original)
    compile(ported, "ported.py", "exec")
    changed = [(a, b) for a, b in zip(original.splitlines(), ported.splitlines(), strict=True) if a != b]
    assert changed
    assert all(a.lstrip().startswith("print ") and b.lstrip().startswith("print(") for a, b in changed)


def test_fetching_all_chips(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    seen.clear()
    printed = run_example(FETCHING_ALL_CHIPS, live, tmp_path)
    chips = ast.literal_eval(printed)  # the page prints the list itself ("[...]")
    names = [chip["name"] for chip in chips]
    state = live.server.state.chips
    assert len(chips) == len(state) == 32
    assert names == [state[pk]["name"] for pk in sorted(state, reverse=True)]  # newest id first, no repeats
    assert all(chip["resource_uri"] == f"/rundb/api/v1/chip/{chip['id']}/" for chip in chips)
    pages = [s for s in seen if s.path == "/rundb/api/v1/chip/"]
    assert [s.status for s in pages] == [200, 200]  # more than one page, followed through meta.next
    assert pages[1].query == {"limit": ["20"], "offset": ["20"]}
    assert all(s.headers["authorization"] == f"ApiKey {USERNAME}:{API_KEY}" for s in pages)


def test_adding_filters(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    seen.clear()
    assert run_example(ADDING_FILTERS, live, tmp_path) == PAGE_FILTERED_CHIPS
    assert [s.query.get("name__startswith") for s in seen] == [["31"]]


def test_completed_runs_and_reports(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    seen.clear()
    assert run_example(COMPLETED_RUNS_AND_REPORTS, live, tmp_path) == PAGE_RUNS_AND_REPORTS
    assert len(seen) == 2  # 27 sequenced runs: two pages


def test_fetching_a_report(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    seen.clear()
    assert run_example(FETCHING_A_REPORT, live, tmp_path) == PAGE_REPORT
    assert [s.path for s in seen] == ["/rundb/api/v1/results/3/", "/rundb/api/v1/libmetrics/3/"]


@pytest.mark.parametrize("example", [PLANNING_A_NON_BARCODED_RUN, PLANNING_A_BARCODED_RUN])
def test_planning_runs(example: str, served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    plans = live.server.state.plans
    before = set(plans)
    seen.clear()
    assert run_example(example, live, tmp_path) == "201\n"
    assert [(s.method, s.status) for s in seen] == [("POST", 201)]
    (new,) = set(plans) - before
    plan = plans[new]
    assert (plan["planName"], plan["sample"], plan["chipType"], plan["planStatus"]) == (
        "DOCS_my_plan",
        "my_sample",
        "520",
        "planned",
    )
    if "barcodedSamples" in example:
        assert plan["barcodeId"] == "IonXpress"
        assert sorted(plan["barcodedSamples"]) == ["demo sample 1", "demo sample 2"]
        assert plan["barcodedSamples"]["demo sample 2"]["barcodes"] == ["IonXpress_004"]
    # the new plan is the first of later lists (newest id first), with the planned run it created
    with live.server.client() as client:
        listed = client.get("/plannedexperiment/", params={"limit": 1}).json()["objects"]
        assert [p["id"] for p in listed] == [new]
        run = client.get(plan["experiment"].removeprefix(live.server.base_path)).json()
        assert (run["status"], run["expName"]) == ("planned", plan["planGUID"])
