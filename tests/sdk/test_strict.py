"""Strict mode: a labsdk client reports, without raising, every response that departs from the spec: through a
callback and the ``labsdk.strict`` logger, for ``strict=`` or ``LABSDK_STRICT``, sync and async, 2xx and errors,
never quoting the API key. The responses come from real labmock services, drifted by the contract tests' wrapper."""

from __future__ import annotations

import logging

import httpx
import pytest

from labsdk import LabSDKError, NotFoundError, ResponseValidationError
from labsdk._strict import SpecDrift
from labsdk.biodock import AsyncBiodock, Biodock
from labsdk.sevenbridges import SevenBridges

from ..contract.drifted import drifted

KEY = "biodock-demo-key"


def biodock(drifts: list[SpecDrift], transport: httpx.BaseTransport) -> Biodock:
    return Biodock(
        api_key=KEY,
        base_url="http://biodock.labmock/api/external",
        transport=transport,
        strict=drifts.append,
        max_retries=0,
    )


def test_a_new_enum_value_is_reported_and_the_call_succeeds(caplog: pytest.LogCaptureFixture) -> None:
    drifts: list[SpecDrift] = []
    with biodock(drifts, drifted("biodock").transport()) as client:
        job = client.get_job("aj_0001")
    assert job.status == "ARCHIVED"  # an open enum: the SDK passes the unknown value through
    assert [(d.operation, d.kind, d.path, d.breaking, d.status) for d in drifts] == [
        ("getAnalysisJob", "new-enum-value", "$.status", False, 200)
    ]
    assert drifts[0].url == "http://biodock.labmock/api/external/analysis-jobs/aj_0001"
    assert drifts[0].value == "ARCHIVED"
    (record,) = [r for r in caplog.records if r.name == "labsdk.strict"]
    assert record.levelno == logging.WARNING
    assert "getAnalysisJob" in record.getMessage()
    assert "new-enum-value $.status" in record.getMessage()


def test_breaking_drift_is_reported_once_per_path_and_the_sdk_still_raises() -> None:
    drifts: list[SpecDrift] = []
    with biodock(drifts, drifted("biodock").transport()) as client:
        with pytest.raises(ResponseValidationError):
            client.list_jobs(page_size=20).by_page().__next__()
        with pytest.raises(ResponseValidationError):
            client.check()  # a 202 the spec does not declare
    assert {(d.operation, d.kind, d.path, d.count) for d in drifts} == {
        ("listAnalysisJobs", "missing-field", "$.results[*].percentageCompleted", 20),
        ("listAnalysisJobs", "new-field", "$.results[*].percentComplete", 20),
        ("listAnalysisJobs", "missing-field", "$.count", 1),
        ("checkApiKey", "undeclared-status", "status", 1),
    }


def test_error_responses_are_checked_too_and_the_key_never_shows() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "gone", "echo": request.headers["x-api-key"]})

    drifts: list[SpecDrift] = []
    with biodock(drifts, httpx.MockTransport(answer)) as client, pytest.raises(NotFoundError):
        client.get_job("aj_0001")
    assert {(d.kind, d.path) for d in drifts} == {
        ("missing-field", "$.message"),
        ("new-field", "$.error"),
        ("new-field", "$.echo"),
    }
    assert all(d.status == 404 and d.operation == "getAnalysisJob" for d in drifts)
    assert KEY not in repr(drifts)


async def test_the_async_client_reports_the_same() -> None:
    drifts: list[SpecDrift] = []
    server = drifted("biodock")
    async with AsyncBiodock(
        api_key=KEY,
        base_url="http://biodock.labmock/api/external",
        transport=server.async_transport(),
        strict=drifts.append,
    ) as client:
        job = await client.get_job("aj_0001")
    assert job.status == "ARCHIVED"
    assert [(d.kind, d.path) for d in drifts] == [("new-enum-value", "$.status")]


def test_labsdk_strict_turns_it_on_for_any_client(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("LABSDK_STRICT", "report")
    server = drifted("sevenbridges")
    with SevenBridges(api_key=server.key, base_url="http://sb.labmock/v2", transport=server.transport()) as client:
        names = [f.name for f in client.list_files("john_doe/my-project", page_size=50)]
        tasks = list(client.list_tasks())
    assert len(names) == 70  # paging still works without the total header
    assert {t.status for t in tasks} == {"PAUSED"}
    messages = [r.getMessage() for r in caplog.records if r.name == "labsdk.strict"]
    assert any("listFiles" in m and "missing-header header X-Total-Matching-Query" in m for m in messages)
    assert any("listTasks" in m and "new-enum-value $.items[*].status" in m for m in messages)
    assert server.key not in caplog.text


def test_off_by_default_and_bad_settings_are_errors(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("LABSDK_STRICT", raising=False)
    with Biodock(api_key=KEY, base_url="http://b/api/external", transport=drifted("biodock").transport()) as client:
        assert client.get_job("aj_0001").status == "ARCHIVED"
    assert not [r for r in caplog.records if r.name == "labsdk.strict"]
    monkeypatch.setenv("LABSDK_STRICT", "loud")
    with pytest.raises(LabSDKError, match="LABSDK_STRICT must be 'report' or 'off'"):
        Biodock(api_key=KEY)
    monkeypatch.setenv("LABSDK_STRICT", "off")
    with pytest.raises(TypeError, match="strict must be"):
        Biodock(api_key=KEY, strict="yes")  # type: ignore[arg-type]
