"""The contract proxy of every API, in front of a real labmock on 127.0.0.1:

- in front of its own mock, the seed-page workflow (labsdk, in strict mode) leaves an empty drift report and no strict
  report, the cassette records every exchange, and the replay server (upstream and proxy gone) reproduces the same
  workflow from it;
- in front of a deliberately drifted mock (a renamed field, a new enum value, an extra status code, a missing
  total), the report names each drift, and nothing else, at its operation and JSON path; ``check_cassette`` over
  the recording finds the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

import labmock
from labmock import MockConfig, MockRequest, MockResponse
from labmock.contract import check_cassette, read_cassette, running_proxy, running_replay

from . import workflows
from .drifted import DRIFTS, drifted


@pytest.mark.parametrize("api", workflows.APIS)
def test_the_workflow_is_clean_recorded_and_replayed_offline(
    api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("LABSDK_STRICT", "report")  # the SDK side checks every response too
    cassette = tmp_path / "workflow.jsonl"
    upstream_server = labmock.create(api, MockConfig(job_polls=2))
    answered: list[str] = []
    handle = upstream_server.handle

    def counting(request: MockRequest) -> MockResponse:
        answered.append(request.path)
        return handle(request)

    upstream_server.handle = counting  # type: ignore[method-assign]
    with labmock.running(upstream_server) as upstream, running_proxy(api, upstream.base_url, record=cassette) as proxy:
        live = workflows.run(api, proxy.base_url, tmp_path / "live")
    report = proxy.app.report
    assert report.summary().endswith("no findings.\n"), report.summary()
    assert report.findings == []
    assert report.exchanges == len(answered) >= 6
    recorded = read_cassette(cassette)
    assert [e.request.path for e in recorded] == answered  # every exchange went through the proxy, in order
    assert len(report.operations) >= 4

    with running_replay(cassette) as replay:  # the upstream and the proxy are gone
        replayed = workflows.run(api, replay.base_url, tmp_path / "replayed")
    assert replayed == live
    assert check_cassette(api, cassette).findings == []
    assert [r.getMessage() for r in caplog.records if r.name == "labsdk.strict"] == []


@pytest.mark.parametrize("api", workflows.APIS)
def test_a_drifted_mock_is_reported_at_each_operation_and_path(api: str, tmp_path: Path) -> None:
    drift = DRIFTS[api]()
    server = drifted(api)
    cassette = tmp_path / "drifted.jsonl"
    with (
        labmock.running(server) as upstream,
        running_proxy(api, upstream.base_url, record=cassette) as proxy,
        httpx.Client(base_url=proxy.base_url, headers=server.auth_headers(), trust_env=False) as client,
    ):
        for method, path, params in drift.requests:
            client.request(method, path, params=params)
    report = proxy.app.report
    assert report.kinds() == drift.expected, report.summary()
    for finding in report.findings:
        assert finding.count >= 1
        assert finding.example["request"].startswith("GET ")
        assert finding.breaking == (finding.kind not in ("new-field", "new-enum-value"))
    assert check_cassette(api, cassette).kinds() == drift.expected

    written, summary = report.write(tmp_path / "report.json")
    document = json.loads(written.read_text())
    assert {(f["operation"], f["path"], f["kind"]) for f in document["findings"]} == drift.expected
    assert document["totals"]["findings"] == len(drift.expected)
    text = summary.read_text()
    for operation, path, kind in drift.expected:
        assert any(operation in line for line in text.splitlines())
        assert any(kind in line and path in line for line in text.splitlines()), (kind, path)


def test_unknown_paths_and_operations_and_bad_requests_are_findings() -> None:
    with labmock.running("biodock") as upstream, running_proxy("biodock", upstream.base_url) as proxy:
        headers = upstream.server.auth_headers()
        with httpx.Client(base_url=proxy.base_url, headers=headers, trust_env=False) as client:
            assert client.get("/no-such-thing").status_code == 404
            assert client.delete("/analysis-jobs").status_code == 405
            assert client.get("/analysis-jobs", params={"limit": "lots"}).status_code == 400
    assert proxy.app.report.kinds() == {
        ("(unknown)", "GET /api/external/no-such-thing", "unknown-path"),
        ("(unknown)", "DELETE /api/external/analysis-jobs", "unknown-operation"),
        ("listAnalysisJobs", "request", "invalid-request"),
    }


def test_an_unreachable_upstream_is_a_502_in_the_api_error_shape() -> None:
    with labmock.running("sevenbridges") as gone:
        url = gone.base_url
    with running_proxy("sevenbridges", url) as proxy:
        response = httpx.get(f"{proxy.base_url}/user", trust_env=False)
    assert response.status_code == 502
    body = response.json()
    assert body["status"] == 502
    assert "upstream did not answer" in body["message"]
    assert proxy.app.report.exchanges == 0  # nothing the upstream said, nothing to judge


def test_the_upstream_path_is_kept_and_urls_point_back_at_the_proxy() -> None:
    with labmock.running("sevenbridges") as upstream, running_proxy("sevenbridges", upstream.base_url) as proxy:
        headers = upstream.server.auth_headers()
        page = httpx.get(f"{proxy.base_url}/projects", params={"limit": 1}, headers=headers, trust_env=False).json()
    assert page["href"].startswith(proxy.base_url)
    assert all(link["href"].startswith(proxy.base_url) for link in page["links"])
    assert upstream.base_url not in json.dumps(page)
