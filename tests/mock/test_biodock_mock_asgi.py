"""The Starlette (ASGI) adapter, driven in-process by httpx.ASGITransport."""

from __future__ import annotations

import dataclasses

import httpx

import labmock
from labmock import Call, MockConfig, MockResponse, MockServer
from labmock.core import json_response
from labmock.services.biodock import SERVICE, BiodockState


def _client(server: MockServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server.asgi),
        base_url="http://asgi.test/api/external",
        headers=server.auth_headers(),
    )


async def test_asgi_serves_the_api_with_the_request_origin() -> None:
    async with _client(labmock.create("biodock")) as client:
        check = await client.get("/check")
        assert check.status_code == 200
        assert check.headers["content-length"] == str(len(check.content))
        job = (await client.get("/analysis-jobs/aj_0002")).json()
        assert job["objectsDataCSVUrl"].startswith("http://asgi.test/api/external/_labmock/objects/")
        download = await client.get(job["objectsDataCSVUrl"], headers={"X-API-KEY": ""})
        assert download.status_code == 400  # even an empty API key header is a credential
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=labmock.create("biodock").asgi)) as other:
            assert (await other.get(job["objectsDataCSVUrl"])).status_code == 403  # another server's signature


async def test_asgi_odd_paths_get_the_api_error_shape() -> None:
    async with _client(labmock.create("biodock")) as client:
        for path in ("/analysis-jobs/a%0Ab/download-masks", "/nope%0A", "/check/", "/"):
            response = await client.get(path)
            assert response.status_code == 404, path
            assert response.headers["content-type"] == "application/json"
            assert "message" in response.json()


async def test_asgi_reports_response_validation_failures_as_json_500() -> None:
    def bad_check(state: BiodockState, call: Call) -> MockResponse:
        return json_response({"nobody": True})

    broken = dataclasses.replace(SERVICE, handlers={**SERVICE.handlers, "checkApiKey": bad_check})
    async with _client(MockServer(broken, MockConfig(validate_responses=True))) as client:
        response = await client.get("/check")
    assert response.status_code == 500
    assert "checkApiKey" in response.json()["message"]
