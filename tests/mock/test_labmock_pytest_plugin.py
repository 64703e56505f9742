"""The pytest plugin from a user's point of view: a throwaway project (tests only, no conftest, no configuration)
written to a temporary folder and run with ``python -m pytest`` in a subprocess of this virtual environment, where
installing the package is what registers the plugin (the ``pytest11`` entry point). Its outcome is read from JUnit
XML: every test passes except the one meant to fail, which shows that its assertions are real."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

USER_TESTS = """\
import asyncio

import httpx
import pytest


def test_a_fixture_per_api_with_a_ready_client(labmock_biodock):
    job = labmock_biodock.client.submit_job(pipeline_id="pl_0001", filesystem_ids=["fs_0001"], name="mine")
    assert job.name == "mine"
    assert len(labmock_biodock.state.jobs) == 46
    (entry,) = labmock_biodock.requests(operation="submitAnalysisJob")
    assert entry.status == 200
    assert labmock_biodock.base_url.startswith("http://127.0.0.1:")
    assert labmock_biodock.base_url.endswith("/api/external")


def test_each_test_starts_from_the_start_state(labmock_biodock):
    assert len(labmock_biodock.state.jobs) == 45
    assert labmock_biodock.requests() == []


def test_every_api_has_its_fixture(labmock_sphinx, labmock_sevenbridges, labmock_cavatica, labmock_iontorrent):
    mocks = [labmock_sphinx, labmock_sevenbridges, labmock_cavatica, labmock_iontorrent]
    assert len({m.base_url for m in mocks}) == 4
    for mock in mocks:
        summary = httpx.get(mock.origin + "/_labmock/summary", trust_env=False).json()
        assert summary["service"] == mock.server.name
    assert [p.id for p in labmock_sevenbridges.client.list_projects(max_items=2)] == [
        "john_doe/my-project", "john_doe/rfranklins-experiments"]
    assert labmock_iontorrent.client.get_result(3).results_name == "Auto_S5-540_WholeTranscriptomeRNA_91"


def test_the_factory_takes_knobs_and_the_control_plane(labmock):
    mock = labmock("sevenbridges", job_polls=2)
    assert labmock("sevenbridges", job_polls=2) is mock  # the same test, the same mock
    http = mock.http()
    mock.add_fault("503", "getCurrentUser")
    assert http.get("/user").status_code == 503
    assert http.get("/user").json()["username"] == "john_doe"
    files = http.get("/files", params={"project": "john_doe/my-project", "limit": 1}).json()["items"]
    body = {"project": "john_doe/my-project", "app": "john_doe/my-project/fastqc-0-11-9",
            "inputs": {"input_fastq": {"class": "File", "path": files[0]["id"]}}}
    task = http.post("/tasks", json=body, params={"action": "run"}).json()
    mock.fail_job(task["id"], "the node died")
    failed = http.get("/tasks/" + task["id"]).json()
    assert (failed["status"], failed["execution_status"]["message"]) == ("FAILED", "the node died")
    saved = mock.snapshot()
    mock.reset()
    assert http.get("/tasks/" + task["id"]).status_code == 404
    mock.restore(saved)
    assert http.get("/tasks/" + task["id"]).json()["status"] == "FAILED"


def test_in_process_with_data_of_my_own(labmock, tmp_path):
    data = tmp_path / "mine.yaml"
    data.write_text("pipeline:\\n  - {id: pl_0100, name: My pipeline}\\n")
    mock = labmock("biodock", live=False, data=[str(data)])
    assert mock.base_url == "http://biodock.labmock/api/external"
    assert "pl_0100" in [p.id for p in mock.client.list_pipelines()]


def test_an_async_client(labmock_sphinx):
    async def campaigns():
        async with labmock_sphinx.async_client() as client:
            return [c.id async for c in client.list_campaigns(max_items=3)]

    assert asyncio.run(campaigns()) == ["camp_10001", "camp_10002", "camp_10003"]


def test_meant_to_fail(labmock_biodock):
    assert len(labmock_biodock.state.jobs) == 0, "there are demo jobs"


def test_a_bad_knob_is_a_clear_error(labmock):
    with pytest.raises(Exception, match="fault_rate must be within 0..1"):
        labmock("biodock", fault_rate=2)
"""


def run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args]
    return subprocess.run(  # noqa: S603 - this interpreter, tests the test wrote
        command, cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def outcomes(report: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):  # noqa: S314 - a report the test's own run wrote
        kinds = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
        found[case.attrib["name"]] = kinds[0] if kinds else "passed"
    return found


def test_a_users_project_gets_the_fixtures_by_installing_the_package(tmp_path: Path) -> None:
    project = tmp_path / "pipeline"
    project.mkdir()
    (project / "test_pipeline.py").write_text(USER_TESTS)
    done = run_pytest(project, "-q", "--junitxml", str(tmp_path / "report.xml"))
    assert done.returncode == 1, done.stdout + done.stderr  # one test fails, on purpose
    results = outcomes(tmp_path / "report.xml")
    assert results == {
        "test_a_fixture_per_api_with_a_ready_client": "passed",
        "test_each_test_starts_from_the_start_state": "passed",
        "test_every_api_has_its_fixture": "passed",
        "test_the_factory_takes_knobs_and_the_control_plane": "passed",
        "test_in_process_with_data_of_my_own": "passed",
        "test_an_async_client": "passed",
        "test_meant_to_fail": "failure",
        "test_a_bad_knob_is_a_clear_error": "passed",
    }, done.stdout[-3000:]
    assert "there are demo jobs" in done.stdout


def test_the_plugin_lists_its_fixtures_and_can_be_disabled(tmp_path: Path) -> None:
    (tmp_path / "test_one.py").write_text("def test_one(labmock_cavatica):\n    assert labmock_cavatica.api_key\n")
    listed = run_pytest(tmp_path, "--fixtures", "-q")
    for name in ("labmock", "labmock_biodock", "labmock_sphinx", "labmock_sevenbridges", "labmock_cavatica",
                 "labmock_iontorrent"):  # fmt: skip
        assert f"\n{name} " in listed.stdout or f"\n{name}\n" in listed.stdout, name
    disabled = run_pytest(tmp_path, "-q", "-p", "no:labmock")
    assert disabled.returncode == 1
    assert "fixture 'labmock_cavatica' not found" in disabled.stdout
