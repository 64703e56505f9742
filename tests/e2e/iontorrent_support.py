"""Support for the Ion Torrent end-to-end tests: a live mock with a request recorder, and the sync / async clients
behind one awaitable surface (every workflow runs on ``IonTorrent`` and on ``AsyncIonTorrent``)."""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import TypeVar

import labmock
from labmock import LiveServer, MockConfig
from labsdk import AsyncItemPaged, ItemPaged, Page, RetryPolicy
from labsdk.iontorrent import AsyncIonTorrent, IonTorrent

from .support import Mode, Seen, record_requests

T = TypeVar("T")

USERNAME = "ionadmin"
API_KEY = "efb7a14021732d773a4258b69d9452042a31a6b6"
DEMO_KEY = f"{USERNAME}:{API_KEY}"
Client = IonTorrent | AsyncIonTorrent


@contextlib.contextmanager
def serve(config: MockConfig | None = None) -> Iterator[tuple[LiveServer, list[Seen]]]:
    """A fresh Ion Torrent mock on 127.0.0.1 with a request recorder."""
    server = labmock.create("iontorrent", config)
    seen = record_requests(server)
    with labmock.running(server) as live:
        yield live, seen


@contextlib.asynccontextmanager
async def open_client(mode: Mode, live: LiveServer, *, api_key: str = DEMO_KEY) -> AsyncIterator[Client]:
    retry = RetryPolicy(max_retries=0)
    if mode == "sync":
        with IonTorrent(api_key=api_key, base_url=live.base_url, retry=retry) as client:
            yield client
    else:
        async with AsyncIonTorrent(api_key=api_key, base_url=live.base_url, retry=retry) as aclient:
            yield aclient


async def done(value: T | Awaitable[T]) -> T:
    """A sync client's result as is, an async client's awaited."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(paged: ItemPaged[T] | AsyncItemPaged[T]) -> list[T]:
    if isinstance(paged, AsyncItemPaged):
        return [item async for item in paged]
    return list(paged)


async def pages_of(paged: ItemPaged[T] | AsyncItemPaged[T]) -> list[Page[T]]:
    if isinstance(paged, AsyncItemPaged):
        return [page async for page in paged.by_page()]
    return list(paged.by_page())
