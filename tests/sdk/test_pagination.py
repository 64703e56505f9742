"""The pagination engine's concurrency, face by face (threads, tasks), and what both faces check before paging.

Every other pagination test is written once in ``_async/test_pagination.py``; ``_sync/`` is derived from it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping

import pytest

from labsdk import AsyncItemPaged, ItemPaged, PageResponse, strategy_for

from .paging_support import CURSOR, ITEM, OFFSET, cursor_server, ids, offset_server


def test_offset_concurrent_fetch_really_overlaps_in_threads() -> None:
    inner = offset_server(23)
    barrier = threading.Barrier(2, timeout=5)  # offsets 5 and 10 each wait for the other: only parallel passes

    def threaded(kw: Mapping[str, object]) -> PageResponse:
        if kw["offset"] in (5, 10):
            barrier.wait()
        return inner(kw)

    paged = ItemPaged(threaded, strategy_for(OFFSET), item_type=ITEM, page_size=5, concurrency=4)
    assert [item["id"] for item in paged] == ids(23)
    assert sorted(int(str(c["offset"])) for c in inner.calls) == [0, 5, 10, 15, 20]


async def test_offset_concurrent_fetch_really_overlaps_as_tasks() -> None:
    inner = offset_server(23)
    event_10 = asyncio.Event()  # offset 5 waits for offset 10 to have started: only concurrent tasks pass

    async def fetch(kw: Mapping[str, object]) -> PageResponse:
        if kw["offset"] == 5:
            await asyncio.wait_for(event_10.wait(), timeout=5)
        if kw["offset"] == 10:
            event_10.set()
        return inner(kw)

    paged = AsyncItemPaged(fetch, strategy_for(OFFSET), item_type=ITEM, page_size=5, concurrency=4)
    assert [item["id"] async for item in paged] == ids(23)
    assert sorted(int(str(c["offset"])) for c in inner.calls) == [0, 5, 10, 15, 20]


def test_page_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="page_size"):
        list(ItemPaged(cursor_server([]), strategy_for(CURSOR), item_type=ITEM, page_size=0))


@pytest.mark.parametrize(
    ("href", "offset"),
    [
        ("https://api/v2/files?offset=40&limit=20", 40),
        ("https://api/v2/files?limit=20&offset=40", 40),
        ("https://api/v2/files?limit=20&offset=%34%30", 40),  # percent-encoded digits are still read
        ("https://api/v2/files?limit=20&offset=+40", 40),  # "+" is a space in a query
        ("https://api/v2/files?xoffset=7&offset=40", 40),  # another parameter ending in the name is not it
        ("https://api/v2/files?offset=40#&offset=9", 40),  # nor is one in the fragment
        ("https://api/v2/a&offset=9/files?limit=20", 20),  # nor one in the path: the walk's own offset is kept
        ("https://api/v2/files?offset=-1&limit=20", 20),  # a negative offset is no offset
        ("https://api/v2/files?offset=&limit=20", 20),
    ],
)
def test_the_next_link_offset_is_read_from_its_query_only(href: str, offset: int) -> None:
    strategy = strategy_for(OFFSET)
    page = PageResponse({"items": [{"id": "a"}] * 20, "links": [{"rel": "next", "href": href}]}, {})
    step = strategy.advance(strategy.start(None), page, page.body["items"], 20, 20)  # type: ignore[index]
    assert step.token == str(offset)
