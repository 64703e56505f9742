# Derived from tests/sdk/_async/test_errors.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Status -> exception mapping, response validation, unknown enum values, redirects and the key."""

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
    NotFoundError,
    PermissionDeniedError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from labsdk._transport import sending_query
from labsdk.biodock import AnalysisJob, AnalysisJobStatus
from labsdk.sevenbridges import SevenBridges

from ...harness import Waits
from ..biodock_support import BASE, job
from ..support import API_KEY, FakeApi, assert_hidden
from .helpers import invoke

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
def test_status_codes_map_to_exceptions(
    status: int, exception: type[APIStatusError], api: FakeApi, waits: Waits
) -> None:
    api.add("GET", JOB, httpx.Response(status, json={"message": f"status {status}"}, headers={"X-Request-Id": "req-7"}))
    with pytest.raises(APIStatusError) as info:
        invoke(api, waits, "get_job", "job1")
    assert type(info.value) is exception
    assert info.value.status_code == status
    assert info.value.message == f"status {status}"
    assert info.value.body == {"message": f"status {status}"}
    assert info.value.request_id == "req-7"
    assert info.value.code is None  # Biodock's x-errors declares no code-field
    assert info.value.url == f"{BASE}/analysis-jobs/job1"
    assert len(api.calls(JOB)) == 1  # none of these is retried


def test_unknown_status_520_is_internal_server_error_with_body(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(520, text="origin unreachable"))
    with pytest.raises(InternalServerError) as info:
        invoke(api, waits, "get_job", "job1")
    assert info.value.status_code == 520
    assert info.value.body == "origin unreachable"
    assert str(info.value).startswith("520 Server Error: origin unreachable")


def test_html_502_page_is_internal_server_error_with_text_body(api: FakeApi, waits: Waits) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
    api.add("GET", JOB, httpx.Response(502, text=html, headers={"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as info:
        invoke(api, waits, "get_job", "job1")
    assert info.value.body == html
    assert info.value.message == "502 Bad Gateway"
    assert len(api.calls(JOB)) == 4  # 502 is retried for a GET first


def test_missing_required_field_is_a_validation_error(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(200, json={"id": "job1", "percentageCompleted": 5}))
    with pytest.raises(ResponseValidationError) as info:
        invoke(api, waits, "get_job", "job1")
    assert "$.status: required property is missing" in str(info.value)
    assert info.value.status_code == 200
    assert len(api.calls(JOB)) == 1


def test_wrong_field_type_is_a_validation_error(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job(progress="lots")))  # type: ignore[arg-type]
    with pytest.raises(ResponseValidationError, match=r'\$\.percentageCompleted: string "lots", declared number'):
        invoke(api, waits, "get_job", "job1")


def test_error_body_with_a_2xx_is_a_validation_error(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(200, json={"message": "internal error"}))
    with pytest.raises(ResponseValidationError):
        invoke(api, waits, "get_job", "job1")


def test_unknown_enum_values_arrive_as_strings(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job(status="QUEUED_FOR_GPU")))
    result = invoke(api, waits, "get_job", "job1")
    assert isinstance(result, AnalysisJob)
    assert result.status == "QUEUED_FOR_GPU"
    assert not isinstance(result.status, AnalysisJobStatus)


def test_errors_never_show_the_key_even_if_the_server_echoes_it(
    api: FakeApi, waits: Waits, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"message": f"key {API_KEY} is revoked", "detail": {"key": API_KEY}}
    api.add("GET", JOB, httpx.Response(401, json=echo))
    with pytest.raises(AuthenticationError) as auth:
        invoke(api, waits, "get_job", "job1")
    api.add("GET", JOB, httpx.Response(200, text=f"<html>{API_KEY}</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(ResponseValidationError) as invalid:
        invoke(api, waits, "get_job", "job1", max_retries=0)
    api.add("GET", JOB, httpx.ConnectError(f"refused {API_KEY}"))
    with pytest.raises(APIConnectionError) as connection:
        invoke(api, waits, "get_job", "job1", max_retries=0)
    assert_hidden(auth.value, auth.value.body, auth.value.message, invalid.value, invalid.value.body)
    assert "***" in auth.value.message
    assert API_KEY not in str(connection.value)  # the transport error text is scrubbed
    assert API_KEY not in caplog.text


def test_redirect_to_another_host_drops_the_key(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(302, headers={"Location": "https://mirror.example/jobs/job1"}))
    api.add("GET", "mirror.example/jobs/job1", httpx.Response(200, json=job()))
    assert isinstance(invoke(api, waits, "get_job", "job1"), AnalysisJob)
    first, second = api.requests
    assert first.headers["X-API-KEY"] == API_KEY
    assert second.url.host == "mirror.example"
    assert "X-API-KEY" not in second.headers
    assert "Authorization" not in second.headers
    assert second.headers["Host"] == "mirror.example"


def test_same_origin_redirect_keeps_the_key(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(301, headers={"Location": "/api/external/analysis-jobs/job1/"}))
    api.add("GET", "/api/external/analysis-jobs/job1/", httpx.Response(200, json=job()))
    invoke(api, waits, "get_job", "job1")
    assert [r.headers.get("X-API-KEY") for r in api.requests] == [API_KEY, API_KEY]


def test_extra_query_parameters_go_to_the_api_origin_only(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, httpx.Response(302, headers={"Location": "https://mirror.example/jobs/job1"}))
    api.add("GET", "mirror.example/jobs/job1", httpx.Response(200, json=job()))
    with sending_query({"metadata.sample_id": ["S1", "S2"]}):
        assert isinstance(invoke(api, waits, "get_job", "job1"), AnalysisJob)
    first, second = api.requests
    assert first.url.params.get_list("metadata.sample_id") == ["S1", "S2"]
    assert second.url.host == "mirror.example"
    assert "metadata.sample_id" not in second.url.params
    invoke(api, waits, "get_job", "job1")  # after the block: nothing extra
    assert "metadata.sample_id" not in api.requests[-1].url.params


def test_seven_bridges_errors_carry_the_platform_code() -> None:
    server = labmock.create("sevenbridges")
    client = SevenBridges(api_key=server.key, base_url="http://mock/v2", transport=server.transport())
    try:
        with pytest.raises(NotFoundError) as info:
            client.get_file("0" * 24)
    finally:
        client.close()
    assert (info.value.code, info.value.message) == (5002, "Requested file does not exist.")
