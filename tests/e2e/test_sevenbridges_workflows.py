"""``labsdk.sevenbridges`` against the mock over real HTTP: a 10,000-file listing fetched a few pages at a time,
a run that crosses the rate limit with no user-visible error. The upload → metadata → task → download workflow on
both deployments is in ``_async/test_sevenbridges_workflows.py`` (``_sync/`` is derived from it)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

import httpx
import pytest

import labmock
from labmock import LiveServer, MockConfig, MockRequest, MockResponse, MockServer
from labsdk.sevenbridges import AsyncSevenBridges, SevenBridges

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[Any], Awaitable[None]]


def _record(server: MockServer) -> list[tuple[str, int]]:
    """(path, status) of every request the server answers."""
    seen: list[tuple[str, int]] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        response = original(request)
        seen.append((request.path, response.status))
        return response

    server.handle = handle  # type: ignore[method-assign]
    return seen


def _count_in_flight(server: MockServer) -> dict[str, int]:
    """Track how many requests the ASGI app is serving at once (they overlap while the mock's latency elapses)."""
    app = server.asgi
    counts = {"now": 0, "max": 0}

    async def counting(scope: Scope, receive: Receive, send: Send) -> None:
        counts["now"] += 1
        counts["max"] = max(counts["max"], counts["now"])
        try:
            await app(scope, receive, send)
        finally:
            counts["now"] -= 1

    server.__dict__["asgi"] = counting  # the cached property, replaced before the server starts
    return counts


@pytest.fixture(scope="module")
def big() -> Iterator[tuple[LiveServer, list[tuple[str, int]], dict[str, int]]]:
    server = labmock.create("sevenbridges", MockConfig(latency=0.005))
    server.state.add_files("john_doe/project2", 10_000)
    seen = _record(server)
    counts = _count_in_flight(server)
    with labmock.running(server) as live:
        yield live, seen, counts


def test_ten_thousand_files_are_listed_concurrently_in_order(
    big: tuple[LiveServer, list[tuple[str, int]], dict[str, int]],
) -> None:
    live, seen, counts = big
    seen.clear()
    with SevenBridges(api_key=live.server.key, base_url=live.base_url) as client:
        names = [f.name for f in client.list_files("john_doe/project2", page_size=100, concurrency=8)]
    assert names == [f"bulk_{i:05d}.txt" for i in range(1, 10_001)]
    pages = [status for path, status in seen if path == "/v2/files"]
    assert pages == [200] * 100  # one request per page of 100, none repeated, none refused
    assert counts["max"] >= 2  # the pages after the first were in flight together


async def test_ten_thousand_files_async(big: tuple[LiveServer, list[tuple[str, int]], dict[str, int]]) -> None:
    live, seen, _ = big
    seen.clear()
    async with AsyncSevenBridges(api_key=live.server.key, base_url=live.base_url) as client:
        count = 0
        async for page in client.list_files("john_doe/project2", page_size=100, concurrency=8).by_page():
            assert page.total == 10_000
            count += len(page)
    assert count == 10_000
    assert len([p for p, _ in seen if p == "/v2/files"]) == 100


def test_a_run_that_crosses_the_rate_limit_shows_no_error() -> None:
    server = labmock.create("sevenbridges", MockConfig(rate_limit=(50, 2.0)))
    seen = _record(server)
    with labmock.running(server) as live, SevenBridges(api_key=server.key, base_url=live.base_url) as client:
        names = [f.name for f in client.list_files(MY_PROJECT, page_size=1, concurrency=4)]  # 70 requests
        sizes = [client.get_file(f, fields="size").size for f in client.list_files(MY_PROJECT, max_items=40)]
    assert len(names) == 70
    assert len(sizes) == 40
    assert len(seen) > 100  # more than two windows' worth
    assert [status for _, status in seen if status != 200] == []  # paced: not even a 429 the SDK hid


def test_a_429_caused_by_another_program_is_waited_out() -> None:
    server = labmock.create("sevenbridges", MockConfig(rate_limit=(5, 2.0)))
    seen = _record(server)
    with labmock.running(server) as live:
        with httpx.Client(base_url=live.base_url, headers=server.auth_headers()) as other:
            for _ in range(5):
                assert other.get("/user").status_code == 200
        with SevenBridges(api_key=server.key, base_url=live.base_url) as client:
            assert client.get_project(MY_PROJECT).name == "My project"
    assert [status for _, status in seen] == [200] * 5 + [429, 200]
