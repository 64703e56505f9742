"""Injected faults and latency, in-process (sync and async transports)."""

from __future__ import annotations

import json
import time

import httpx
import pytest

import labmock
from labmock import MockConfig, MockServer


def _server(**knobs: object) -> MockServer:
    return labmock.create("biodock", MockConfig(validate_responses=True, **knobs))  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "retry_after"), [("429", "7"), ("503", "7"), ("500", None)])
def test_status_faults_use_the_error_shape(kind: str, retry_after: str | None) -> None:
    with _server(fault_rate=1.0, faults=(kind,), retry_after=7).client() as client:
        response = client.get("/analysis-jobs/aj_0001")
    assert response.status_code == int(kind)
    assert response.headers["content-type"] == "application/json"
    assert "injected" in response.json()["message"]
    assert response.headers.get("retry-after") == retry_after


def test_faults_come_before_auth() -> None:
    with _server(fault_rate=1.0, faults=("503",)).client(authenticated=False) as client:
        assert client.get("/check").status_code == 503


def test_truncate_sends_less_than_it_declares() -> None:
    with _server(fault_rate=1.0, faults=("truncate",)).client() as client:
        response = client.get("/analysis-jobs/aj_0001")
    assert response.status_code == 200
    assert len(response.content) < int(response.headers["content-length"])
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_drop_raises_a_transport_error() -> None:
    with _server(fault_rate=1.0, faults=("drop",)).client() as client, pytest.raises(httpx.RemoteProtocolError):
        client.get("/check")


def test_drop_happens_before_the_handler_runs() -> None:
    server = _server(fault_rate=1.0, faults=("drop",))
    with server.client() as client, pytest.raises(httpx.TransportError):
        client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]})
    assert "aj_0046" not in server.state.jobs


def test_faults_are_reproducible_for_a_seed() -> None:
    def statuses(seed: int) -> list[int]:
        with _server(fault_rate=0.5, faults=("500", "429"), seed=seed).client() as client:
            return [client.get("/check").status_code for _ in range(40)]

    first = statuses(3)
    assert first == statuses(3)
    assert first != statuses(4)
    assert {200, 500, 429} == set(first)


def test_routing_errors_are_never_faulted() -> None:
    with _server(fault_rate=1.0, faults=("500",)).client() as client:
        assert client.get("/nowhere").status_code == 404
        assert client.delete("/check").status_code == 405


def test_object_store_credential_and_signature_checks_are_never_faulted() -> None:
    faulty = _server(fault_rate=1.0, faults=("500",))
    faulty.objects.put("demo/hello.txt", b"hello", "text/plain")
    url = faulty.objects.url("http://biodock.labmock", "demo/hello.txt")
    with faulty.client(authenticated=False) as anonymous:
        assert anonymous.get(url, headers={"X-API-KEY": "k"}).status_code == 400
        assert anonymous.get(url.replace("signature=", "signature=0")).status_code == 403
        download = anonymous.get(url)  # a valid download may be hit: that is realistic
    assert download.status_code == 500
    assert download.headers["content-type"] == "application/xml"


def test_latency_is_added_sync() -> None:
    with _server(latency=0.15).client() as client:
        started = time.perf_counter()
        assert client.get("/check").status_code == 200
        assert time.perf_counter() - started >= 0.15


async def test_latency_is_added_async_and_async_transport_works() -> None:
    async with _server(latency=0.15).async_client() as client:
        started = time.perf_counter()
        response = await client.get("/check")
        elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert response.json()["messsage"] == "API key is valid."
    assert elapsed >= 0.15


async def test_async_transport_drop() -> None:
    async with _server(fault_rate=1.0, faults=("drop",)).async_client() as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/check")
