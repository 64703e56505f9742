"""Status -> exception mapping, response validation, unknown enum values, and that nothing ever shows the key."""

from __future__ import annotations

import logging

import httpx
import pytest

import labmock
from labsdk import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LabSDKError,
    NotFoundError,
    PermissionDeniedError,
    ResponseValidationError,
    Secret,
    UnprocessableEntityError,
    redact_headers,
    redact_url,
)
from labsdk._errors import error_code, make_status_error
from labsdk.biodock import AnalysisJob, AnalysisJobStatus, Biodock, FilesystemItemKind
from labsdk.sevenbridges import AsyncSevenBridges, SevenBridges

from .helpers import MODES, Mode, invoke
from .support import API_KEY, BASE, FakeApi, Sleeps, client, job

JOB = "/api/external/analysis-jobs/job1"


@pytest.mark.parametrize(
    ("status", "exception"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
        (300, APIStatusError),
        (520, InternalServerError),
        (599, InternalServerError),
    ],
)
async def test_status_codes_map_to_exceptions(
    status: int, exception: type[APIStatusError], api: FakeApi, sleeps: Sleeps
) -> None:
    api.add("GET", JOB, httpx.Response(status, json={"message": f"status {status}"}, headers={"X-Request-Id": "req-7"}))
    with pytest.raises(APIStatusError) as info:
        await invoke("sync", api, sleeps, "get_job", "job1")
    assert type(info.value) is exception
    assert info.value.status_code == status
    assert info.value.message == f"status {status}"
    assert info.value.body == {"message": f"status {status}"}
    assert info.value.request_id == "req-7"
    assert info.value.code is None  # Biodock's x-errors declares no code-field
    assert info.value.url == f"{BASE}/analysis-jobs/job1"
    assert len(api.calls(JOB)) == 1  # none of these is retried


@pytest.mark.parametrize("mode", MODES)
async def test_unknown_status_520_is_internal_server_error_with_body(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(520, text="origin unreachable"))
    with pytest.raises(InternalServerError) as info:
        await invoke(mode, api, sleeps, "get_job", "job1")
    assert info.value.status_code == 520
    assert info.value.body == "origin unreachable"
    assert str(info.value).startswith("520 Server Error: origin unreachable")


@pytest.mark.parametrize("mode", MODES)
async def test_html_502_page_is_internal_server_error_with_text_body(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
    api.add("GET", JOB, httpx.Response(502, text=html, headers={"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as info:
        await invoke(mode, api, sleeps, "get_job", "job1")
    assert info.value.body == html
    assert info.value.message == "502 Bad Gateway"
    assert len(api.calls(JOB)) == 4  # 502 is retried for a GET first


@pytest.mark.parametrize("mode", MODES)
async def test_missing_required_field_is_a_validation_error(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json={"id": "job1", "percentageCompleted": 5}))
    with pytest.raises(ResponseValidationError) as info:
        await invoke(mode, api, sleeps, "get_job", "job1")
    assert "KeyError" in str(info.value)
    assert "status" in str(info.value)
    assert info.value.status_code == 200
    assert len(api.calls(JOB)) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_wrong_field_type_is_a_validation_error(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job(progress="lots")))  # type: ignore[arg-type]
    with pytest.raises(ResponseValidationError, match="percentage_completed is str"):
        await invoke(mode, api, sleeps, "get_job", "job1")


@pytest.mark.parametrize("mode", MODES)
async def test_error_body_with_a_2xx_is_a_validation_error(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json={"message": "internal error"}))
    with pytest.raises(ResponseValidationError):
        await invoke(mode, api, sleeps, "get_job", "job1")


@pytest.mark.parametrize("mode", MODES)
async def test_unknown_enum_values_arrive_as_strings(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job(status="QUEUED_FOR_GPU")))
    result = await invoke(mode, api, sleeps, "get_job", "job1")
    assert isinstance(result, AnalysisJob)
    assert result.status == "QUEUED_FOR_GPU"
    assert not isinstance(result.status, AnalysisJobStatus)


def test_unknown_filesystem_kind_is_a_string(api: FakeApi, sleeps: Sleeps) -> None:
    items = [{"id": "1", "name": "a", "__t": "File"}, {"id": "2", "name": "b", "__t": "Symlink"}]
    api.add("GET", "/api/external/filesystem-items", httpx.Response(200, json={"results": items, "count": 2}))
    listed = list(client(api, sleeps).list_files())
    assert [i.field_t for i in listed] == [FilesystemItemKind.FILE, "Symlink"]


# -- the key never shows ------------------------------------------------------------------------------------------


def _assert_hidden(*things: object) -> None:
    for thing in things:
        assert API_KEY not in repr(thing), thing
        assert API_KEY not in str(thing), thing


def test_repr_and_str_of_clients_never_show_the_key(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job()))
    bd = client(api, sleeps)
    bd.get_job("job1")  # the generated client has now built its httpx client (and its headers)
    clone = bd.with_options(max_retries=0)
    _assert_hidden(bd, clone, bd._generated, bd._settings, bd.list_jobs(), bd.poll_job("job1"))
    assert repr(Secret(API_KEY)) == "'***'"
    assert repr({"X-API-KEY": Secret(API_KEY)}) == "{'X-API-KEY': '***'}"
    assert str(Secret(API_KEY)) == API_KEY  # the value itself is intact for the HTTP layer
    assert "api_key='***'" in repr(bd)


@pytest.mark.parametrize("mode", MODES)
async def test_errors_never_show_the_key_even_if_the_server_echoes_it(
    mode: Mode, api: FakeApi, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"message": f"key {API_KEY} is revoked", "detail": {"key": API_KEY}}
    api.add("GET", JOB, httpx.Response(401, json=echo))
    with pytest.raises(AuthenticationError) as auth:
        await invoke(mode, api, sleeps, "get_job", "job1")
    api.add("GET", JOB, httpx.Response(200, text=f"<html>{API_KEY}</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(ResponseValidationError) as invalid:
        await invoke(mode, api, sleeps, "get_job", "job1", max_retries=0)
    api.add("GET", JOB, httpx.ConnectError(f"refused {API_KEY}"))
    with pytest.raises(APIConnectionError) as connection:
        await invoke(mode, api, sleeps, "get_job", "job1", max_retries=0)
    _assert_hidden(auth.value, auth.value.body, auth.value.message, invalid.value, invalid.value.body)
    assert "***" in auth.value.message
    assert API_KEY not in str(connection.value)  # the transport error text is scrubbed
    assert API_KEY not in caplog.text


def test_missing_api_key_error_names_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BIODOCK_API_KEY", raising=False)
    with pytest.raises(LabSDKError, match="BIODOCK_API_KEY"):
        Biodock()
    monkeypatch.setenv("BIODOCK_API_KEY", API_KEY)
    monkeypatch.setenv("BIODOCK_BASE_URL", "http://127.0.0.1:8000/api/external/")
    from_env = Biodock()
    assert from_env.base_url == "http://127.0.0.1:8000/api/external"
    assert API_KEY not in repr(from_env)


def test_redaction_helpers() -> None:
    url = "https://user:pw@storage.example/o.csv?X-Amz-Signature=abc&X-Amz-Credential=AKIA&api_key=k&token=t&sig=s&x=1"
    redacted = redact_url(url)
    for secret in ("pw", "abc", "AKIA", "=k", "=t", "=s"):
        assert secret not in redacted
    assert "x=1" in redacted
    assert "storage.example/o.csv" in redacted
    headers = redact_headers({"X-API-KEY": "k", "Authorization": "Bearer t", "X-SBG-Auth-Token": "t", "Accept": "a"})
    assert headers == {"X-API-KEY": "***", "Authorization": "***", "X-SBG-Auth-Token": "***", "Accept": "a"}


# -- redirects and the credential -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_redirect_to_another_host_drops_the_key(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(302, headers={"Location": "https://mirror.example/jobs/job1"}))
    api.add("GET", "mirror.example/jobs/job1", httpx.Response(200, json=job()))
    assert isinstance(await invoke(mode, api, sleeps, "get_job", "job1"), AnalysisJob)
    first, second = api.requests
    assert first.headers["X-API-KEY"] == API_KEY
    assert second.url.host == "mirror.example"
    assert "X-API-KEY" not in second.headers
    assert "Authorization" not in second.headers
    assert second.headers["Host"] == "mirror.example"


@pytest.mark.parametrize("mode", MODES)
async def test_same_origin_redirect_keeps_the_key(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(301, headers={"Location": "/api/external/analysis-jobs/job1/"}))
    api.add("GET", "/api/external/analysis-jobs/job1/", httpx.Response(200, json=job()))
    await invoke(mode, api, sleeps, "get_job", "job1")
    assert [r.headers.get("X-API-KEY") for r in api.requests] == [API_KEY, API_KEY]


def test_redirect_loop_ends_as_a_status_error(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(302, headers={"Location": JOB}))
    with pytest.raises(APIStatusError) as info:
        client(api, sleeps).get_job("job1")
    assert info.value.status_code == 302
    assert len(api.requests) == 6  # the request and 5 redirects


def test_redirects_can_be_turned_off(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(307, headers={"Location": "https://mirror.example/x"}))
    no_follow = Biodock(api_key=API_KEY, transport=api.transport, retry=sleeps.policy(), follow_redirects=False)
    with pytest.raises(APIStatusError) as info:
        no_follow.get_job("job1")
    assert info.value.status_code == 307
    assert len(api.requests) == 1


def test_user_agent_and_key_header(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", "/api/external/check", httpx.Response(200, json={"user": "u", "messsage": "API key is valid."}))
    checked = client(api, sleeps).check()
    assert checked.user == "u"
    request = api.requests[0]
    assert request.headers["X-API-KEY"] == API_KEY
    assert request.headers["User-Agent"].startswith("labsdk/")
    assert request.headers["User-Agent"].endswith("(biodock)")
    assert str(request.url) == f"{BASE}/check"


def test_status_errors_carry_the_declared_error_code() -> None:
    """``x-errors`` code-field (Seven Bridges: ``code``) becomes ``APIStatusError.code``; Biodock declares none."""
    request = httpx.Request("GET", "https://api.example/v2/files/x")
    body = {"status": 404, "code": 5002, "message": "Requested file does not exist.", "more_info": "https://docs"}
    error = make_status_error(
        httpx.Response(404, json=body, request=request), httpx.Response(404, json=body).content,
        message_field="message", code_field="code",
    )  # fmt: skip
    assert (type(error), error.code, error.message) == (NotFoundError, 5002, "Requested file does not exist.")
    nested = {"error": {"code": "ObjectNotFoundError", "detail": "no"}}
    assert error_code(nested, "error.code") == "ObjectNotFoundError"
    for odd in ({"code": True}, {"code": {"x": 1}}, {"code": ""}, "<html>502</html>", {"other": 1}, [1]):
        assert error_code(odd, "code") is None  # never a crash, never a non-code
    assert error_code(body, None) is None
    plain = make_status_error(
        httpx.Response(404, json=body, request=request), httpx.Response(404, json=body).content, message_field="message"
    )
    assert plain.code is None


@pytest.mark.parametrize("mode", MODES)
async def test_seven_bridges_errors_carry_the_platform_code(mode: Mode) -> None:
    server = labmock.create("sevenbridges")
    if mode == "sync":
        sync = SevenBridges(api_key=server.key, base_url="http://mock/v2", transport=server.transport())
        with sync, pytest.raises(NotFoundError) as info:
            sync.get_file("0" * 24)
    else:
        transport = server.async_transport()
        async with AsyncSevenBridges(api_key=server.key, base_url="http://mock/v2", transport=transport) as client:
            with pytest.raises(NotFoundError) as info:
                await client.get_file("0" * 24)
    assert (info.value.code, info.value.message) == (5002, "Requested file does not exist.")
