"""A client of each API on a live mock, and a paged list read to its end."""

from __future__ import annotations

from typing import TypeVar

from labmock import LiveServer
from labsdk import AsyncItemPaged, Page, RetryPolicy
from labsdk.biodock import AsyncBiodock
from labsdk.iontorrent import AsyncIonTorrent
from labsdk.sphinx import AsyncSphinx

from .. import iontorrent_support, sphinx_support, support

T = TypeVar("T")


def biodock(live: LiveServer, *, api_key: str = support.DEMO_KEY, retry: RetryPolicy | None = None) -> AsyncBiodock:
    return AsyncBiodock(api_key=api_key, base_url=live.base_url, retry=retry)


def sphinx(
    live: LiveServer, *, api_key: str = sphinx_support.DEMO_KEY, retry: RetryPolicy | None = None
) -> AsyncSphinx:
    return AsyncSphinx(api_key=api_key, base_url=live.base_url, retry=retry)


def iontorrent(live: LiveServer, *, api_key: str = iontorrent_support.DEMO_KEY) -> AsyncIonTorrent:
    return AsyncIonTorrent(api_key=api_key, base_url=live.base_url, retry=RetryPolicy(max_retries=0))


async def collect(paged: AsyncItemPaged[T]) -> list[T]:
    """Every item of a list."""
    return [item async for item in paged]


async def pages_of(paged: AsyncItemPaged[T]) -> list[Page[T]]:
    """Every page of a list (``by_page()``)."""
    return [page async for page in paged.by_page()]
