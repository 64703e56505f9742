"""What later services will lean on: custom error bodies, request/response hooks, the bare dispatch core."""

from __future__ import annotations

import dataclasses
import json

from labmock import MockConfig, MockHTTPError, MockRequest, MockResponse, MockServer
from labmock.core import ErrorBuilder, Headers, json_response
from labmock.services.biodock import SERVICE, BiodockState
from labspecs import ApiSpec


def test_handle_directly() -> None:
    server = MockServer(SERVICE)
    request = MockRequest("GET", "/api/external/pipelines", "limit=1", Headers({"X-Api-Key": "biodock-demo-key"}))
    response = server.handle(request)
    assert response.status == 200
    assert response.header("Content-Type") == "application/json"
    assert json.loads(response.body)["results"][0]["id"] == "pl_0001"


def test_custom_error_body_and_hooks() -> None:
    """A Seven-Bridges-like service: its own error envelope, rate-limit headers on every response, and a 429."""

    def build_error(spec: ApiSpec) -> ErrorBuilder:
        def build(error: MockHTTPError) -> MockResponse:
            body = {
                "status": error.status,
                "code": error.code or 90000 + error.status,
                "message": error.message,
                "more_info": "",
            }
            return json_response(body, error.status, error.headers)

        return build

    calls = {"n": 0}

    def before(state: BiodockState, request: MockRequest) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise MockHTTPError(429, "Rate limit exceeded! Check response headers.", code=1000)

    def after(state: BiodockState, request: MockRequest, response: MockResponse) -> None:
        response.headers.append(("x-ratelimit-remaining", str(max(2 - calls["n"], 0))))

    service = dataclasses.replace(SERVICE, error_builder=build_error, before=before, after=after)
    with MockServer(service, MockConfig()).client() as client:
        first = client.get("/check")
        assert (first.status_code, first.headers["x-ratelimit-remaining"]) == (200, "1")
        missing = client.get("/analysis-jobs/nope")
        assert missing.json() == {
            "status": 404,
            "code": 90404,
            "message": "Analysis job 'nope' not found",
            "more_info": "",
        }
        limited = client.get("/check")
        assert limited.status_code == 429
        assert limited.json()["code"] == 1000
        assert limited.headers["x-ratelimit-remaining"] == "0"
        unrouted = client.get("/nowhere")
        assert (unrouted.json()["code"], unrouted.headers["x-ratelimit-remaining"]) == (90404, "0")
