# Derived from tests/_async/clients.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Any labsdk client on a live mock (or a mock served with its client), and a paged list read to its end.
``_sync/clients.py`` is derived from it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, TypeVar

from labmock import LiveServer, MockConfig, Service
from labsdk import BaseClient, ItemPaged, Page, RetryPolicy

from ..harness import Seen, serve

__all__ = ["collect", "open_client", "pages_of", "serving"]

C = TypeVar("C", bound=BaseClient)
T = TypeVar("T")


def open_client(cls: type[C], live: LiveServer, *, api_key: str | None = None, retry: RetryPolicy | None = None) -> C:
    """A ``cls`` client of ``live``: its base URL, and its demo credential unless ``api_key`` is given."""
    return cls(api_key=live.server.key if api_key is None else api_key, base_url=live.base_url, retry=retry)


def collect(paged: ItemPaged[T]) -> list[T]:
    """Every item of a list."""
    return [item for item in paged]


def pages_of(paged: ItemPaged[T]) -> list[Page[T]]:
    """Every page of a list (``by_page()``)."""
    return [page for page in paged.by_page()]


@contextlib.contextmanager
def serving(
    cls: type[C], target: str | Service[Any], config: MockConfig | None = None, *, retry: RetryPolicy | None = None
) -> Iterator[tuple[C, LiveServer, list[Seen]]]:
    """A mock of ``target`` on 127.0.0.1 with a recorder of its requests (:func:`tests.harness.serve`), and a ``cls``
    client of it, for the block: ``with serving(Biodock, "biodock") as (client, live, seen)``."""
    with serve(target, config) as (live, seen), open_client(cls, live, retry=retry) as client:
        yield client, live, seen
