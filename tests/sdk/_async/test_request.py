"""``client.request(method, path)``: the escape hatch for an endpoint a client does not wrap, on every client, with
what the client's own calls have: the credential (to the API's origin only), retries, rate-limit pacing, typed
errors."""

from __future__ import annotations

import httpx
import pytest

import labmock
from labmock import MockConfig
from labsdk import APIConnectionError, NotFoundError
from labsdk.sevenbridges import AsyncSevenBridges

from ...harness import ManualClock, Waits
from ..biodock_support import async_client
from ..support import API_KEY, FakeApi


async def test_a_path_is_joined_to_the_base_url_and_carries_the_credential(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "/api/external/pipelines", httpx.Response(200, json={"results": [{"id": "pl_1"}]}))
    api.add("POST", "/api/external/masks-jobs", lambda r: httpx.Response(200, json={"echo": r.content.decode()}))
    async with async_client(api, waits) as bd:
        listed = await bd.request("GET", "/pipelines", params={"limit": 5})
        posted = await bd.request("post", "masks-jobs", json={"a": 1}, headers={"X-Trace": "t1"})
    assert listed.json() == {"results": [{"id": "pl_1"}]}
    first, second = api.requests
    assert str(first.url) == "https://app.biodock.ai/api/external/pipelines?limit=5"
    assert first.headers["X-API-KEY"] == API_KEY
    assert (second.method, second.headers["X-Trace"], posted.json()["echo"]) == ("POST", "t1", '{"a":1}')


async def test_retries_and_typed_errors(api: FakeApi, waits: Waits) -> None:
    api.add(
        "GET",
        "/api/external/flaky",
        httpx.Response(503, json={"message": "busy"}),
        httpx.Response(503, json={"message": "busy"}),
        httpx.Response(200, json={"ok": True}),
    )
    api.add("GET", "/api/external/missing", httpx.Response(404, json={"message": "No such thing"}))
    api.add("GET", "/api/external/down", httpx.ConnectError("refused"))
    async with async_client(api, waits, max_retries=3) as bd:
        assert (await bd.request("GET", "/flaky")).json() == {"ok": True}
        assert len(waits.waits) == 2  # two retries with backoff
        with pytest.raises(NotFoundError) as raised:
            await bd.request("GET", "/missing")
        assert raised.value.status_code == 404
        assert "No such thing" in str(raised.value)
        assert API_KEY not in str(raised.value)
        with pytest.raises(APIConnectionError):
            await bd.request("GET", "/down")


async def test_the_credential_never_leaves_for_another_host(api: FakeApi, waits: Waits) -> None:
    api.add("GET", "elsewhere.example/collect", httpx.Response(200, json={}))
    async with async_client(api, waits) as bd:
        await bd.request("GET", "https://elsewhere.example/collect", headers={"Authorization": "Bearer x"})
    (sent,) = api.requests
    assert sent.url.host == "elsewhere.example"
    assert "X-API-KEY" not in sent.headers
    assert "Authorization" not in sent.headers  # a credential header the caller added does not leave either


async def test_the_rate_limit_is_paced_as_for_the_clients_own_calls() -> None:
    server = labmock.create("sevenbridges", MockConfig(rate_limit=(2, 60.0)))
    clock = ManualClock()
    server.state.limiter.now = clock
    async with AsyncSevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.async_transport(), retry=clock.policy()
    ) as sb:
        assert sb._pacer is not None
        sb._pacer.clock = clock
        for _ in range(3):
            volumes = await sb.request("GET", "/storage/volumes")  # an endpoint, called by hand
            assert volumes.status_code == 200
        assert clock.waits
        assert clock.waits[0] >= 60  # the third call waited for the window's reset instead of meeting a 429
        assert sb.with_options(max_retries=0)._pacer is sb._pacer
    with server.client() as raw:
        raw.get("/user")
        raw.get("/user")
        assert raw.get("/user").status_code == 429  # what the check above would have met
