"""``labmock proxy`` / ``replay`` / ``drift`` as a user runs them: the proxy writes its drift report when it is
stopped (SIGINT or SIGTERM) and logs each finding to stderr as it happens; ``drift`` exits non-zero on findings."""

from __future__ import annotations

import json
import os
import signal
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import labmock
from labmock.cli import main
from labmock.contract import running_proxy

from .drifted import drifted

LABMOCK = [sys.executable, "-m", "labmock"]


@pytest.fixture
def drifted_biodock() -> Iterator[labmock.LiveServer]:
    with labmock.running(drifted("biodock")) as live:
        yield live


def start(*args: str) -> tuple[subprocess.Popen[str], str]:
    """Start ``labmock <args>`` and return it with the URL its ready line announces."""
    process = subprocess.Popen(  # noqa: S603 - this interpreter, our own CLI
        [*LABMOCK, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert "://127.0.0.1:" in line, process.communicate(timeout=10)
    url = next(word for word in line.split() if word.startswith(("http://127.0.0.1:", "https://127.0.0.1:")))
    return process, url


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_the_proxy_logs_findings_and_writes_its_report_when_stopped(
    stop: signal.Signals, drifted_biodock: labmock.LiveServer, tmp_path: Path
) -> None:
    report, cassette = tmp_path / "drift.json", tmp_path / "run.jsonl"
    process, url = start(
        "proxy",
        "biodock",
        "--upstream",
        drifted_biodock.base_url,
        "--port",
        "0",
        "--record",
        str(cassette),
        "--report",
        str(report),
    )
    try:
        with httpx.Client(base_url=url, headers={"X-API-KEY": "biodock-demo-key"}, trust_env=False) as client:
            assert client.get("/analysis-jobs/aj_0001").json()["status"] == "ARCHIVED"
            assert client.get("/check").status_code == 202
    finally:
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    assert "labmock: drift biodock getAnalysisJob: new-enum-value $.status" in stderr
    assert "labmock: drift biodock checkApiKey: undeclared-status status" in stderr
    document = json.loads(report.read_text())
    assert document["exchanges"] == 2
    assert {(f["operation"], f["kind"]) for f in document["findings"]} == {
        ("getAnalysisJob", "new-enum-value"),
        ("checkApiKey", "undeclared-status"),
    }
    assert "getAnalysisJob" in report.with_suffix(".txt").read_text()
    assert len(cassette.read_text().splitlines()) == 2
    assert "biodock-demo-key" not in cassette.read_text()


def test_replay_serves_a_cassette_until_stopped(drifted_biodock: labmock.LiveServer, tmp_path: Path) -> None:
    cassette = tmp_path / "run.jsonl"
    with running_proxy("biodock", drifted_biodock.base_url, record=cassette) as proxy:
        httpx.get(f"{proxy.base_url}/pipelines", headers={"X-API-KEY": "biodock-demo-key"}, trust_env=False)
    process, url = start("replay", str(cassette), "--port", "0")
    try:
        answered = httpx.get(f"{url}/pipelines", headers={"X-API-KEY": "any"}, trust_env=False)
        missing = httpx.get(f"{url}/pipelines", params={"limit": 1}, trust_env=False)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    assert answered.status_code == 200
    assert answered.json()["results"][0]["id"] == "pl_0001"
    assert missing.status_code == 404
    assert "nearest recorded request is GET /api/external/pipelines" in missing.json()["message"]
    assert process.returncode == 0


def test_drift_exits_non_zero_on_findings(
    drifted_biodock: labmock.LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean, additive, breaking = tmp_path / "clean.jsonl", tmp_path / "additive.jsonl", tmp_path / "breaking.jsonl"
    headers = {"X-API-KEY": "biodock-demo-key"}
    with labmock.running("biodock") as upstream, running_proxy("biodock", upstream.base_url, record=clean) as proxy:
        httpx.get(f"{proxy.base_url}/pipelines", headers=headers, trust_env=False)
    for cassette, path in ((additive, "/analysis-jobs/aj_0001"), (breaking, "/check")):
        with running_proxy("biodock", drifted_biodock.base_url, record=cassette) as proxy:
            httpx.get(f"{proxy.base_url}{path}", headers=headers, trust_env=False)

    assert main(["drift", "biodock", str(clean)]) == 0
    assert "no findings" in capsys.readouterr().out
    assert main(["drift", "biodock", str(additive)]) == 1
    assert main(["drift", "biodock", str(additive), "--fail-on", "breaking"]) == 0
    report = tmp_path / "ci.json"
    assert main(["drift", "biodock", str(breaking), "--fail-on", "breaking", "--report", str(report)]) == 1
    out = capsys.readouterr().out
    assert "checkApiKey" in out
    assert json.loads(report.read_text())["totals"] == {
        "findings": 1,
        "breaking": 1,
        "by_kind": {"undeclared-status": 1},
    }
    assert main(["drift", "biodock", str(tmp_path / "absent.jsonl")]) == 2
    assert "cannot read cassette" in capsys.readouterr().err


def test_bad_arguments_are_clear_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["proxy", "biodock", "--upstream", "ftp://example.com"]) == 2
    assert "--upstream must be an http(s) URL" in capsys.readouterr().err
    assert main(["proxy", "nope", "--upstream", "https://example.com"]) == 2
    assert "no mock service named 'nope'" in capsys.readouterr().err
    assert main(["proxy", "biodock", "--upstream", "https://example.com", "--redact-field", "$.a[b"]) == 2
    assert "is not a JSON path" in capsys.readouterr().err


def test_replay_over_https_prints_the_bundle_to_trust(drifted_biodock: labmock.LiveServer, tmp_path: Path) -> None:
    cassette = tmp_path / "run.jsonl"
    with running_proxy("biodock", drifted_biodock.base_url, record=cassette) as proxy:
        httpx.get(f"{proxy.base_url}/pipelines", headers={"X-API-KEY": "biodock-demo-key"}, trust_env=False)
    process, url = start("replay", str(cassette), "--port", "0", "--tls", "--ca-dir", str(tmp_path / "ca"))
    try:
        assert url.startswith("https://127.0.0.1:")
        assert process.stdout is not None
        bundle = process.stdout.readline().split()[2]
        assert Path(bundle).is_file()
        answered = httpx.get(f"{url}/pipelines", verify=ssl.create_default_context(cafile=bundle), trust_env=False)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    assert answered.status_code == 200
    assert process.returncode == 0
