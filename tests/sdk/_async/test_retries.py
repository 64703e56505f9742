"""Retries through the one retry loop: statuses, Retry-After, methods, connection errors, bodies, per-call options."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from labsdk import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
)
from labsdk.biodock import AnalysisJob

from ...harness import Waits
from ..biodock_support import async_client, job
from ..support import BrokenStream, FakeApi
from .helpers import invoke

JOB = "/api/external/analysis-jobs/job1"
JOBS = "/api/external/analysis-jobs"
OK = httpx.Response(200, json=job())


async def test_429_then_success(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(429, json={"message": "slow down"}), OK)
    result = await invoke(api, waits, "get_job", "job1")
    assert isinstance(result, AnalysisJob)
    assert len(api.calls(JOB)) == 2
    assert waits.waits == [0.5]


async def test_retry_after_seconds_is_honoured(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(429, headers={"Retry-After": "7"}), OK)
    await invoke(api, waits, "get_job", "job1")
    assert waits.waits == [7.0]


async def test_retry_after_http_date_is_honoured(api: FakeApi, waits: Waits) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    api.add("GET", JOB, httpx.Response(503, headers={"Retry-After": when}), OK)
    await invoke(api, waits, "get_job", "job1")
    assert len(waits.waits) == 1
    assert 17.0 < waits.waits[0] <= 20.0


async def test_a_retry_after_beyond_the_cap_fails_at_once_with_the_servers_figure(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(429, headers={"Retry-After": "3600"}), OK)
    with pytest.raises(RateLimitError) as raised:
        await invoke(api, waits, "get_job", "job1")
    assert raised.value.retry_after == 3600.0
    assert "3600s" in str(raised.value)
    assert "max_wait" in str(raised.value)
    assert len(api.calls(JOB)) == 1  # never retried at a capped wait
    assert waits.waits == []


async def test_5xx_retried_for_get_with_exponential_backoff(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(503), httpx.Response(502), httpx.Response(500), OK)
    assert isinstance(await invoke(api, waits, "get_job", "job1"), AnalysisJob)
    assert waits.waits == [0.5, 1.0, 2.0]


async def test_5xx_gives_up_after_max_retries(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(500, json={"message": "database on fire"}))
    with pytest.raises(InternalServerError) as info:
        await invoke(api, waits, "get_job", "job1")
    assert len(api.calls(JOB)) == 4
    assert info.value.status_code == 500
    assert info.value.message == "database on fire"


async def test_5xx_not_retried_for_post(api: FakeApi, waits: Waits) -> None:
    api.add("POST", JOBS, httpx.Response(503, json={"message": "maybe applied"}), httpx.Response(200, json=job()))
    with pytest.raises(InternalServerError):
        await invoke(api, waits, "submit_job", "pl1", ["fs1"])
    assert len(api.calls(JOBS)) == 1


async def test_429_retried_for_post(api: FakeApi, waits: Waits) -> None:
    api.add("POST", JOBS, httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=job()))
    assert isinstance(await invoke(api, waits, "submit_job", "pl1", ["fs1"]), AnalysisJob)
    assert len(api.calls(JOBS)) == 2
    assert waits.waits == [2.0]


async def test_post_429_exhausted_is_a_rate_limit_error_with_retry_after(api: FakeApi, waits: Waits) -> None:
    api.add("POST", JOBS, httpx.Response(429, headers={"Retry-After": "2"}, json={"message": "quota"}))
    with pytest.raises(RateLimitError) as info:
        await invoke(api, waits, "submit_job", "pl1", ["fs1"])
    assert info.value.retry_after == 2.0
    assert len(api.calls(JOBS)) == 4


async def test_post_connection_dropped_after_sending_is_not_retried(api: FakeApi, waits: Waits) -> None:
    api.add("POST", JOBS, httpx.ReadError("connection reset"), httpx.Response(200, json=job()))
    with pytest.raises(APIConnectionError):
        await invoke(api, waits, "submit_job", "pl1", ["fs1"])
    assert len(api.calls(JOBS)) == 1


async def test_post_never_sent_is_retried(api: FakeApi, waits: Waits) -> None:
    api.add("POST", JOBS, httpx.ConnectError("connection refused"), httpx.Response(200, json=job()))
    assert isinstance(await invoke(api, waits, "submit_job", "pl1", ["fs1"]), AnalysisJob)
    assert len(api.calls(JOBS)) == 2


async def test_connection_error_retried_then_api_connection_error(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as info:
        await invoke(api, waits, "get_job", "job1")
    assert not isinstance(info.value, APITimeoutError)
    assert len(api.calls(JOB)) == 4
    assert waits.waits == [0.5, 1.0, 2.0]


async def test_connection_error_then_success(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.RemoteProtocolError("server disconnected"), OK)
    assert isinstance(await invoke(api, waits, "get_job", "job1"), AnalysisJob)


async def test_timeout_is_api_timeout_error(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.ReadTimeout("read timed out"))
    with pytest.raises(APITimeoutError) as info:
        await invoke(api, waits, "get_job", "job1")
    assert isinstance(info.value, APIConnectionError)
    assert info.value.method == "GET"
    assert len(api.calls(JOB)) == 4


async def test_html_200_page_is_retried_then_a_validation_error(api: FakeApi, waits: Waits) -> None:
    page = "<html><head><title>Captive portal</title></head><body>log in</body></html>"
    api.add("GET", JOB, httpx.Response(200, text=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(ResponseValidationError) as info:
        await invoke(api, waits, "get_job", "job1")
    assert len(api.calls(JOB)) == 4
    assert info.value.status_code == 200
    assert info.value.body == "Captive portal"


async def test_truncated_json_is_retried(api: FakeApi, waits: Waits) -> None:
    truncated = httpx.Response(
        200, content=b'{"id": "job1", "percentageComp', headers={"Content-Type": "application/json"}
    )
    api.add("GET", JOB, truncated, OK)
    assert isinstance(await invoke(api, waits, "get_job", "job1"), AnalysisJob)
    assert len(api.calls(JOB)) == 2


async def test_truncated_json_every_time_is_a_validation_error(api: FakeApi, waits: Waits) -> None:
    truncated = httpx.Response(200, content=b'{"id": "job1", "perc', headers={"Content-Type": "application/json"})
    api.add("GET", JOB, truncated)
    with pytest.raises(ResponseValidationError, match="does not match the spec"):
        await invoke(api, waits, "get_job", "job1")
    assert len(api.calls(JOB)) == 4


async def test_body_dropped_mid_stream_is_retried(api: FakeApi, waits: Waits) -> None:
    body = b'{"id": "job1", "percentageCompleted": 0, "status": "PENDING"}'

    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"Content-Type": "application/json", "Content-Length": str(len(body))},
            stream=BrokenStream(body, 10),
        )

    api.add("GET", JOB, broken, OK)
    assert isinstance(await invoke(api, waits, "get_job", "job1"), AnalysisJob)
    assert len(api.calls(JOB)) == 2


async def test_post_truncated_body_is_not_retried(api: FakeApi, waits: Waits) -> None:
    truncated = httpx.Response(200, content=b'{"id": "jo', headers={"Content-Type": "application/json"})
    api.add("POST", JOBS, truncated, httpx.Response(200, json=job()))
    with pytest.raises(ResponseValidationError):
        await invoke(api, waits, "submit_job", "pl1", ["fs1"])
    assert len(api.calls(JOBS)) == 1


async def test_with_options_max_retries_zero(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(503), httpx.Response(503), OK)
    base = async_client(api, waits)
    with pytest.raises(InternalServerError):
        await base.with_options(max_retries=0).get_job("job1")
    assert len(api.calls(JOB)) == 1
    assert isinstance(await base.get_job("job1"), AnalysisJob)  # the original still retries
    assert base.with_options(max_retries=0)._inner is base._inner  # same connection pool
    await base.aclose()
    assert len(api.calls(JOB)) == 3
