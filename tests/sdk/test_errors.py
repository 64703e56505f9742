"""Errors, what only the sync face shows: reprs, redaction helpers, redirect limits, configuration. Every error
test that holds for both faces is written once in ``_async/test_errors.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

import httpx
import pytest

from labsdk import (
    APIStatusError,
    LabSDKError,
    NotFoundError,
    Secret,
    redact_headers,
    redact_url,
)
from labsdk._errors import error_code, make_status_error
from labsdk._transport import not_following
from labsdk.biodock import AnalysisJob, Biodock, FilesystemItemKind

from ..harness import Waits
from .biodock_support import BASE, client, job
from .support import API_KEY, FakeApi, assert_hidden

JOB = "/api/external/analysis-jobs/job1"


def test_unknown_filesystem_kind_is_a_string(api: FakeApi, waits: Waits) -> None:
    items = [{"id": "1", "name": "a", "__t": "File"}, {"id": "2", "name": "b", "__t": "Symlink"}]
    api.add("GET", "/api/external/filesystem-items", httpx.Response(200, json={"results": items, "count": 2}))
    listed = list(client(api, waits).list_files())
    assert [i.field_t for i in listed] == [FilesystemItemKind.FILE, "Symlink"]


# -- the key never shows ------------------------------------------------------------------------------------------


def test_repr_and_str_of_clients_never_show_the_key(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job()))
    bd = client(api, waits)
    bd.get_job("job1")  # the generated client has now built its httpx client (and its headers)
    clone = bd.with_options(max_retries=0)
    assert_hidden(bd, clone, bd._generated, bd._settings, bd.list_jobs(), bd.poll_job("job1"))
    assert repr(Secret(API_KEY)) == "'***'"
    assert repr({"X-API-KEY": Secret(API_KEY)}) == "{'X-API-KEY': '***'}"
    assert str(Secret(API_KEY)) == API_KEY  # the value itself is intact for the HTTP layer
    assert "api_key='***'" in repr(bd)


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


def test_redirect_loop_ends_as_a_status_error(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(302, headers={"Location": JOB}))
    with pytest.raises(APIStatusError) as info:
        client(api, waits).get_job("job1")
    assert info.value.status_code == 302
    assert len(api.requests) == 6  # the request and 5 redirects


def test_redirects_can_be_turned_off(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(307, headers={"Location": "https://mirror.example/x"}))
    no_follow = Biodock(api_key=API_KEY, transport=api.transport, retry=waits.policy(), follow_redirects=False)
    with pytest.raises(APIStatusError) as info:
        no_follow.get_job("job1")
    assert info.value.status_code == 307
    assert len(api.requests) == 1


def test_a_redirect_answered_as_an_answer_is_raised_not_followed(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(307, headers={"Location": f"{BASE}/signed/x?sig=s"}, json={"error": "moved"}))
    api.add("GET", "/api/external/signed/x", httpx.Response(200, json=job()))
    with not_following(), pytest.raises(APIStatusError) as info:
        client(api, waits).get_job("job1")
    assert info.value.status_code == 307
    assert info.value.headers["location"] == f"{BASE}/signed/x?sig=s"  # where it points, for the caller to fetch
    assert len(api.requests) == 1  # the same-origin Location never saw the key
    assert isinstance(client(api, waits).get_job("job1"), AnalysisJob)  # outside the block: followed again
    assert len(api.requests) == 3


def test_user_agent_and_key_header(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/api/external/check", httpx.Response(200, json={"user": "u", "messsage": "API key is valid."}))
    checked = client(api, waits).check()
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
