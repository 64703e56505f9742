# Derived from tests/sdk/_async/test_safety.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The runtime's safety (issue 13): every wait capped, a deadline per call, a poll timeout that covers its polls'
retries, Retry-After edge cases, secrets scrubbed in every form and never forwarded, raw responses and event
hooks. Over the scripted fake API (no sleeping: the waits are recorded), and a tiny local server for deadlines."""

from __future__ import annotations

import base64
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from labsdk import (
    DEFAULT_DEADLINE,
    DeadlineExceededError,
    Downloader,
    InternalServerError,
    LabSDKError,
    PollTimeoutError,
    RateLimitError,
    RawResponse,
    download,
)
from labsdk.biodock import AnalysisJob, Biodock
from labsdk.iontorrent import IonTorrent
from labsdk.sevenbridges import SevenBridges

from ...harness import SlowRoute, Waits, slow_server
from ..biodock_support import client, job
from ..support import API_KEY, FakeApi, fake_client

JOB = "/api/external/analysis-jobs/job1"
OK = httpx.Response(200, json=job())
SB = "https://api.sbgenomics.com/v2"


def _window(reset: str, remaining: int = 0) -> dict[str, str]:
    return {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": reset}


# -- defect 1: a rate-limit window's reset far ahead (or never) -------------------------------------------------


@pytest.mark.parametrize(
    "ahead", [float("inf"), 1e9, 3600.0], ids=["inf", "1e9 s ahead", "a server clock an hour ahead"]
)
def test_a_reset_beyond_the_cap_fails_the_next_call_at_once(api: FakeApi, waits: Waits, ahead: float) -> None:
    reset = "inf" if ahead == float("inf") else str(int(time.time() + ahead))
    api.add("GET", "/v2/user", httpx.Response(200, json={}, headers=_window(reset)))
    with fake_client(SevenBridges, api, waits, base_url=SB) as sb:
        sb.request("GET", "/user")
        with pytest.raises(RateLimitError) as raised:
            sb.request("GET", "/user")
    assert raised.value.retry_after is not None
    assert raised.value.retry_after >= min(ahead, 3000.0)  # the server's figure, not the cap
    assert "max_wait" in str(raised.value)
    assert len(api.calls("/v2/user")) == 1  # never sent
    assert waits.waits == []  # never slept


@pytest.mark.parametrize("reset", ["nan", "soon", "-5"])
def test_a_garbage_or_past_reset_does_not_wait(api: FakeApi, waits: Waits, reset: str) -> None:
    api.add("GET", "/v2/user", httpx.Response(200, json={}, headers=_window(reset)))
    past = str(int(time.time() - 30))
    api.add("GET", "/v2/projects", httpx.Response(200, json={}, headers=_window(past)))
    with fake_client(SevenBridges, api, waits, base_url=SB) as sb:
        for path in ("/user", "/user", "/projects", "/projects"):
            sb.request("GET", path)
    assert waits.waits == []


@pytest.mark.parametrize("header", ["X-RateLimit-Reset", "Retry-After"])
def test_a_429_asking_forever_raises_rate_limit_error_not_overflow(api: FakeApi, waits: Waits, header: str) -> None:
    api.add("GET", JOB, httpx.Response(429, headers={header: "inf", "X-RateLimit-Remaining": "0"}), OK)
    with client(api, waits) as bd, pytest.raises(RateLimitError) as raised:
        bd.get_job("job1")
    assert raised.value.retry_after == float("inf")
    assert "forever" in str(raised.value)
    assert waits.waits == []


# -- defect 7: Retry-After edge cases -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "nan", "-inf", "soon", "Wed, 99 Foo 2024"])
def test_a_garbage_retry_after_uses_the_backoff(api: FakeApi, waits: Waits, value: str) -> None:
    api.add("GET", JOB, httpx.Response(503, headers={"Retry-After": value}), OK)
    assert isinstance((client(api, waits)).get_job("job1"), AnalysisJob)
    assert waits.waits == [0.5]  # the first backoff, neither 0 (at once) nor the server's garbage


@pytest.mark.parametrize("value", ["1e9", "3600", "inf"])
def test_a_retry_after_beyond_the_cap_fails_at_once(api: FakeApi, waits: Waits, value: str) -> None:
    api.add("GET", JOB, httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": value}), OK)
    with client(api, waits) as bd, pytest.raises(InternalServerError) as raised:
        bd.get_job("job1")
    figure = "forever" if value == "inf" else f"{float(value):.6g}s"
    assert figure in str(raised.value)
    assert "busy" in str(raised.value)
    assert len(api.calls(JOB)) == 1
    assert waits.waits == []


def test_a_retry_after_within_the_cap_is_waited(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(503, headers={"Retry-After": "45"}), OK)
    client(api, waits).get_job("job1")
    assert waits.waits == [45.0]


# -- defect 2: a poll timeout covers the retries of its polls -----------------------------------------------------


def test_a_poll_timeout_covers_the_retries_inside_a_poll(api: FakeApi, waits: Waits) -> None:
    api.add(
        "GET",
        JOB,
        httpx.Response(200, json=job(status="RUNNING", progress=40)),
        httpx.Response(503, headers={"Retry-After": "5"}),
    )
    started = time.monotonic()
    with client(api, waits) as bd, pytest.raises(PollTimeoutError) as raised:
        bd.wait_for_job("job1", timeout=3)
    assert time.monotonic() - started < 3.0
    error = raised.value
    assert error.last_status == "RUNNING"
    assert isinstance(error.job, AnalysisJob)
    assert error.job.percentage_completed == 40
    assert 5.0 not in waits.waits  # the 503's Retry-After would end past the poll's deadline: not waited
    assert isinstance(error.__cause__, DeadlineExceededError)


# -- defect 3: a total deadline per call --------------------------------------------------------------------------


def test_a_trickling_server_ends_at_the_deadline() -> None:
    routes = {"/api/external/slow": SlowRoute(b"x" * 40, every=0.5), "/api/external/two": SlowRoute(b"ab", every=0.5)}
    with slow_server(routes) as origin:
        base = f"{origin}/api/external"
        with Biodock(api_key=API_KEY, base_url=base, timeout=5.0, deadline=0.8) as bd:
            started = time.monotonic()
            with pytest.raises(DeadlineExceededError) as raised:
                bd.request("GET", "/slow")  # 2 bytes/s, 20 s in all; every read comes within the timeout
            elapsed = time.monotonic() - started
            assert 0.7 <= elapsed < 3.0, elapsed  # 20 s without the deadline
            assert raised.value.deadline == 0.8
            assert "0.8s" in str(raised.value)
            with pytest.raises(DeadlineExceededError):
                bd.request("GET", "/two")  # 1 s for its two bytes
            unlimited = bd.with_options(deadline=None)
            assert unlimited.request("GET", "/two").content == b"ab"


def test_a_server_trickling_its_headers_ends_at_the_deadline() -> None:
    # Each header byte comes within the read timeout: only the deadline can end the call (the sync face too: each
    # blocking read of the network labsdk builds gets at most the time left).
    with slow_server({"/api/external/slow": SlowRoute(b"{}", head_every=0.2)}) as origin:
        base = f"{origin}/api/external"
        with Biodock(api_key=API_KEY, base_url=base, deadline=0.6) as bd:
            started = time.monotonic()
            with pytest.raises(DeadlineExceededError) as raised:
                bd.request("GET", "/slow")  # about 60 header bytes: 12 s
            assert 0.5 <= time.monotonic() - started < 2.5
            assert raised.value.deadline == 0.6


def test_the_deadline_is_on_by_default_and_configurable() -> None:
    with Biodock(api_key=API_KEY) as bd:
        assert bd._settings.deadline == DEFAULT_DEADLINE
        assert bd.with_options(deadline=5)._settings.deadline == 5.0
        assert bd.with_options(timeout=3)._settings.deadline == DEFAULT_DEADLINE
        assert bd.with_options(deadline=None)._settings.deadline is None
    for bad in (0, -1, "soon", float("nan")):
        with pytest.raises(TypeError):
            Biodock(api_key=API_KEY, deadline=bad)  # type: ignore[arg-type]


# -- defect 6: secrets ---------------------------------------------------------------------------------------------

ION_USER, ION_KEY = "ionadmin", "efb7a14021732d773a4258b69d9452042a31a6b6"
ION = "http://torrent.local/rundb/api/v1"


def _forms(value: str) -> list[str]:
    b64 = base64.b64encode(value.encode()).decode()
    return [
        value,
        value.upper(),
        value.lower(),
        b64,
        b64.rstrip("="),
        quote(value, safe=""),
        quote(value, safe="").lower(),
    ]


def test_every_form_of_the_credential_is_scrubbed_from_an_echoing_server(api: FakeApi, waits: Waits) -> None:
    credential = f"{ION_USER}:{ION_KEY}"
    echoed = [*_forms(credential), *_forms(ION_KEY), f"ApiKey {credential}"]
    body = {"error_message": "bad credential " + " | ".join(echoed), "detail": {"seen": echoed}}
    api.add("GET", "/rundb/api/v1/experiment/", httpx.Response(401, json=body, headers={"X-Echo": echoed[3]}))
    ion = fake_client(IonTorrent, api, waits, api_key=credential, base_url=ION)
    with ion, pytest.raises(LabSDKError) as raised:
        ion.request("GET", "/experiment/")
    error = raised.value
    shown = " ".join([str(error), repr(error), repr(getattr(error, "body", None)), repr(dict(error.headers))])  # type: ignore[attr-defined]
    for form in {*_forms(ION_KEY), *_forms(credential)}:
        assert form not in shown, form
    assert "bad credential" in shown  # the message itself survives


def test_the_httpx_client_and_settings_show_neither_the_key_nor_user_headers(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, OK)
    with fake_client(Biodock, api, waits, headers={"X-Tenant": "tenant-secret-0123"}) as bd:
        http = bd._http()
        assert API_KEY not in repr(dict(http.headers))
        assert "tenant-secret-0123" not in repr(dict(http.headers))
        assert "tenant-secret-0123" not in repr(bd._settings)
        assert API_KEY not in repr(bd._settings)
        bd.get_job("job1")
    sent = api.calls(JOB)[0].headers
    assert (sent["x-api-key"], sent["x-tenant"]) == (API_KEY, "tenant-secret-0123")  # still sent to the API


def test_user_headers_and_the_credential_never_follow_a_redirect_off_origin(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/api/external/hop", httpx.Response(302, headers={"Location": "https://elsewhere.example/y"}))
    api.add("GET", "elsewhere.example/y", httpx.Response(200, json={"ok": True}))
    with fake_client(Biodock, api, waits, headers={"X-Tenant": "tenant-secret-0123"}) as bd:
        assert bd.request("GET", "/hop", headers={"X-Call": "call-secret-456"}).json() == {"ok": True}
    away = api.calls("elsewhere.example/y")[0].headers
    assert {"x-api-key", "x-tenant", "x-call"}.isdisjoint(name.lower() for name in away)
    home = api.calls("/api/external/hop")[0].headers
    assert home["x-tenant"] == "tenant-secret-0123"


def test_secret_headers_are_scrubbed_and_redacted_for_hooks(api: FakeApi, waits: Waits) -> None:
    token = "tenant-secret-0123456"
    echo = {"message": f"tenant {token} / {base64.b64encode(token.encode()).decode()} refused"}
    api.add("GET", JOB, httpx.Response(403, json=echo))
    shown: list[httpx.Request] = []
    with (
        fake_client(
            Biodock,
            api,
            waits,
            headers={"X-Tenant-Token": token},
            secret_headers=["X-Tenant-Token"],
            event_hooks={"request": [shown.append]},
        ) as bd,
        pytest.raises(LabSDKError) as raised,
    ):
        bd.get_job("job1")
    assert token not in str(raised.value)
    assert base64.b64encode(token.encode()).decode() not in str(raised.value)
    assert "refused" in str(raised.value)
    assert shown[0].headers["x-tenant-token"] == "***"
    assert shown[0].headers["x-api-key"] == "***"
    assert api.calls(JOB)[0].headers["x-tenant-token"] == token


def test_signatures_are_redacted_in_every_log_line_of_the_stack(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    signed = "/file?X-Amz-Signature=SIGVALUE0123456789&X-Amz-Credential=CREDVALUE0123&name=keep"
    routes = {
        "/start": SlowRoute(status=302, headers=(("Location", signed),)),
        "/file": SlowRoute(b"content"),
    }
    logs = caplog.at_level("DEBUG", logger="httpx"), caplog.at_level("DEBUG", logger="httpcore")
    with slow_server(routes) as origin, logs[0], logs[1]:
        path = download(f"{origin}/start?token=TOKVALUE0123456", tmp_path / "out.txt")
    assert path.read_bytes() == b"content"
    text = caplog.text
    assert "HTTP Request: GET" in text  # httpx logged the requests ...
    assert "receive_response_headers" in text  # ... and httpcore the wire events (the Location header among them)
    assert "name=keep" in text
    for secret in ("SIGVALUE0123456789", "CREDVALUE0123", "TOKVALUE0123456"):
        assert secret not in text, secret


# -- also: raw responses and event hooks ---------------------------------------------------------------------------


def test_with_raw_response_exposes_status_headers_and_body(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(503), httpx.Response(200, json=job(), headers={"X-Request-Id": "r-1"}))
    with client(api, waits) as bd:
        raw = bd.with_raw_response.get_job("job1")
        assert isinstance(raw, RawResponse)
        assert (raw.status_code, raw.headers["x-request-id"], raw.json()["id"]) == (200, "r-1", "job1")
        assert isinstance(raw.parse(), AnalysisJob)
        assert raw.url == f"https://app.biodock.ai{JOB}"
        assert API_KEY not in repr(raw)
        with pytest.raises(LabSDKError):
            bd.with_raw_response.list_jobs()  # a paged list sends nothing until iterated
        with pytest.raises(AttributeError):
            bd.with_raw_response.no_such_call  # noqa: B018


def test_event_hooks_observe_every_request_and_response(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(503), OK)
    requests: list[httpx.Request] = []
    statuses: list[int] = []
    hooks = {"request": [requests.append], "response": [lambda r: statuses.append(r.status_code)]}
    with fake_client(Biodock, api, waits, event_hooks=hooks) as bd:
        bd.get_job("job1")
    assert [r.url.path for r in requests] == [JOB, JOB]  # the retry too
    assert statuses == [503, 200]
    assert all(API_KEY not in repr(r.headers) + str(r.headers.raw) for r in requests)
    with pytest.raises(ValueError, match="event_hooks"):
        fake_client(Biodock, api, waits, event_hooks={"sent": []})


def test_event_hooks_see_the_signed_url_downloads_redacted(tmp_path: Path) -> None:
    shown: list[str] = []
    statuses: list[int] = []
    hooks = {"request": [lambda r: shown.append(str(r.url))], "response": [lambda r: statuses.append(r.status_code)]}
    with slow_server({"/file": SlowRoute(b"content")}) as origin, Downloader(event_hooks=hooks) as downloader:
        downloader.download(f"{origin}/file?X-Amz-Signature=SIGVALUE0123456789", tmp_path / "f.txt")
    assert shown == [f"{origin}/file?X-Amz-Signature=***"]
    assert statuses == [200]
