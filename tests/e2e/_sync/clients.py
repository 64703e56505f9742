# Derived from tests/e2e/_async/clients.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""A client of each API on a live mock, and a paged list read to its end."""

from __future__ import annotations

from typing import TypeVar

from labmock import LiveServer
from labsdk import ItemPaged, Page, RetryPolicy
from labsdk.biodock import Biodock
from labsdk.iontorrent import IonTorrent
from labsdk.sphinx import Sphinx

from .. import iontorrent_support, sphinx_support, support

T = TypeVar("T")


def biodock(live: LiveServer, *, api_key: str = support.DEMO_KEY, retry: RetryPolicy | None = None) -> Biodock:
    return Biodock(api_key=api_key, base_url=live.base_url, retry=retry)


def sphinx(live: LiveServer, *, api_key: str = sphinx_support.DEMO_KEY, retry: RetryPolicy | None = None) -> Sphinx:
    return Sphinx(api_key=api_key, base_url=live.base_url, retry=retry)


def iontorrent(live: LiveServer, *, api_key: str = iontorrent_support.DEMO_KEY) -> IonTorrent:
    return IonTorrent(api_key=api_key, base_url=live.base_url, retry=RetryPolicy(max_retries=0))


def collect(paged: ItemPaged[T]) -> list[T]:
    """Every item of a list."""
    return [item for item in paged]


def pages_of(paged: ItemPaged[T]) -> list[Page[T]]:
    """Every page of a list (``by_page()``)."""
    return [page for page in paged.by_page()]
