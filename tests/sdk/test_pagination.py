"""The pagination engine and the four strategies, on small fake pages (sync and async walk the same scenarios)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping
from typing import Literal

import pytest

from labsdk import AsyncItemPaged, ItemPaged, Page, PageResponse, PaginationError, ResponseValidationError, strategy_for
from labspecs import Pagination

Item = dict[str, object]
ITEM: type[Item] = dict
Fetch = Callable[[Mapping[str, object]], PageResponse]
Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]

CURSOR = Pagination(
    style="cursor", items="results", limit_param="limit", default_limit=20, max_limit=100,
    cursor_param="startingAfter", cursor_field="id",
)  # fmt: skip
NEXT_TOKEN = Pagination(
    style="next-token", items="campaigns", limit_param="limit", default_limit=10, max_limit=50,
    token_param="nextToken", token_field="nextToken",
)  # fmt: skip
OFFSET = Pagination(
    style="offset", items="items", limit_param="limit", default_limit=50, max_limit=100, offset_param="offset",
    total_header="X-Total-Matching-Query", links_field="links",
)  # fmt: skip
OFFSET_BODY_TOTAL = Pagination(
    style="offset", items="Items", limit_param="Limit", default_limit=10, max_limit=1024, offset_param="Offset",
    total_field="Paging.TotalCount",
)  # fmt: skip
NEXT_URL = Pagination(
    style="next-url", items="objects", limit_param="limit", default_limit=20, max_limit=1000, offset_param="offset",
    next_field="meta.next", total_field="meta.total_count",
)  # fmt: skip


def ids(n: int) -> list[str]:
    return [f"i{k}" for k in range(n)]


class Server:
    """Records the page kwargs the engine asks with."""

    def __init__(self, answer: Callable[[Mapping[str, object]], PageResponse]) -> None:
        self.answer = answer
        self.calls: list[dict[str, object]] = []
        self.lock = threading.Lock()

    def __call__(self, kwargs: Mapping[str, object]) -> PageResponse:
        with self.lock:
            self.calls.append(dict(kwargs))
            if len(self.calls) > 50:  # a broken guard must fail the test, not hang it
                raise AssertionError("the engine kept paging")
        return self.answer(kwargs)


def cursor_server(data: list[str], *, stuck: bool = False) -> Server:
    def answer(kw: Mapping[str, object]) -> PageResponse:
        limit = int(str(kw["limit"]))
        after = kw.get("starting_after")
        start = 0 if after is None or stuck else data.index(str(after)) + 1
        chunk = data[start : start + limit]
        return PageResponse({"results": [{"id": i} for i in chunk], "count": len(chunk)}, {})

    return Server(answer)


def offset_server(n: int, *, links: bool = True, total: bool = True) -> Server:
    data = ids(n)

    def answer(kw: Mapping[str, object]) -> PageResponse:
        limit, offset = int(str(kw["limit"])), int(str(kw["offset"]))
        body: dict[str, object] = {"items": [{"id": i} for i in data[offset : offset + limit]]}
        if links:
            nxt = offset + limit
            body["links"] = (
                [{"href": f"https://api.example/v2/files?offset={nxt}&limit={limit}", "rel": "next", "method": "GET"}]
                if nxt < n
                else []
            )
        return PageResponse(body, {"X-Total-Matching-Query": str(n)} if total else {})

    return Server(answer)


def make(mode: Mode, fetch: Fetch, decl: Pagination, **kwargs: object) -> ItemPaged[Item] | AsyncItemPaged[Item]:
    strategy = strategy_for(decl)
    if mode == "sync":
        return ItemPaged(fetch, strategy, item_type=ITEM, **kwargs)  # type: ignore[arg-type]

    async def afetch(page: Mapping[str, object]) -> PageResponse:
        await asyncio.sleep(0)
        return fetch(page)

    return AsyncItemPaged(afetch, strategy, item_type=ITEM, **kwargs)  # type: ignore[arg-type]


async def items_of(paged: ItemPaged[Item] | AsyncItemPaged[Item]) -> list[object]:
    if isinstance(paged, ItemPaged):
        return [item["id"] for item in paged]
    return [item["id"] async for item in paged]


async def pages_of(paged: ItemPaged[Item] | AsyncItemPaged[Item], token: str | None = None) -> list[Page[Item]]:
    if isinstance(paged, ItemPaged):
        return list(paged.by_page(token))
    return [p async for p in paged.by_page(token)]


# -- cursor (Biodock) ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_empty_first_page(mode: Mode) -> None:
    server = cursor_server([])
    pages = await pages_of(make(mode, server, CURSOR))
    assert [(p.items, p.continuation_token) for p in pages] == [([], None)]
    assert server.calls == [{"limit": 20}]


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_pages_with_page_size_and_max_items(mode: Mode) -> None:
    server = cursor_server(ids(7))
    paged = make(mode, server, CURSOR, page_size=3, max_items=5)
    assert await items_of(paged) == ["i0", "i1", "i2", "i3", "i4"]
    # the last request asks only for what is still needed
    assert server.calls == [{"limit": 3}, {"limit": 2, "starting_after": "i2"}]
    pages = await pages_of(make(mode, cursor_server(ids(7)), CURSOR, page_size=3, max_items=5))
    assert [p.continuation_token for p in pages] == ["i2", "i4"]


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_stops_on_short_page_or_empty_page(mode: Mode) -> None:
    short = cursor_server(ids(7))
    assert await items_of(make(mode, short, CURSOR, page_size=3)) == ids(7)
    assert [c["limit"] for c in short.calls] == [3, 3, 3]
    exact = cursor_server(ids(6))
    pages = await pages_of(make(mode, exact, CURSOR, page_size=3))
    assert [len(p) for p in pages] == [3, 3, 0]
    assert pages[-1].continuation_token is None


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_page_size_is_clamped_to_the_declared_max(mode: Mode) -> None:
    server = cursor_server(ids(3))
    await items_of(make(mode, server, CURSOR, page_size=500))
    assert server.calls == [{"limit": 100}]


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_resume_from_saved_token(mode: Mode) -> None:
    first = (await pages_of(make(mode, cursor_server(ids(8)), CURSOR, page_size=3)))[0]
    assert first.continuation_token == "i2"
    server = cursor_server(ids(8))
    resumed = make(mode, server, CURSOR, page_size=3, continuation_token=first.continuation_token)
    assert await items_of(resumed) == ids(8)[3:]
    assert server.calls[0] == {"limit": 3, "starting_after": "i2"}
    # by_page(token) resumes too, overriding the constructor's token
    again = await pages_of(make(mode, cursor_server(ids(8)), CURSOR, page_size=3), token="i5")
    assert [item["id"] for p in again for item in p.items] == ["i6", "i7"]


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_that_does_not_advance_raises(mode: Mode) -> None:
    server = cursor_server(ids(10), stuck=True)  # ignores startingAfter: the same page forever
    with pytest.raises(PaginationError, match="repeated"):
        await items_of(make(mode, server, CURSOR, page_size=3))
    assert len(server.calls) == 2


# -- next-token (Sphinx) ------------------------------------------------------------------------------------------


def token_server(pages: list[tuple[list[str], str | None]]) -> Server:
    by_token: dict[object, int] = {None: 0}
    by_token.update({tok: k + 1 for k, (_, tok) in enumerate(pages) if tok})

    def answer(kw: Mapping[str, object]) -> PageResponse:
        items, nxt = pages[by_token[kw.get("next_token")]]
        body: dict[str, object] = {"campaigns": [{"id": i} for i in items]}
        if nxt is not None:
            body["nextToken"] = nxt
        return PageResponse(body, {})

    return Server(answer)


@pytest.mark.parametrize("mode", MODES)
async def test_next_token_walk_and_resume(mode: Mode) -> None:
    script: list[tuple[list[str], str | None]] = [(["a", "b"], "t1"), (["c"], "t2"), (["d", "e"], None)]
    server = token_server(script)
    pages = await pages_of(make(mode, server, NEXT_TOKEN, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["a", "b"], ["c"], ["d", "e"]]
    assert [p.continuation_token for p in pages] == ["t1", "t2", None]
    assert server.calls == [{"limit": 2}, {"limit": 2, "next_token": "t1"}, {"limit": 2, "next_token": "t2"}]
    resumed = make(mode, token_server(script), NEXT_TOKEN, continuation_token="t2")
    assert await items_of(resumed) == ["d", "e"]


@pytest.mark.parametrize("mode", MODES)
async def test_next_token_follows_empty_pages_that_say_more_but_not_forever(mode: Mode) -> None:
    ok = token_server([([], "t1"), ([], "t2"), (["x"], None)])
    assert await items_of(make(mode, ok, NEXT_TOKEN)) == ["x"]
    endless = token_server([([], "t1"), ([], "t2"), ([], "t3"), (["never"], None)])
    with pytest.raises(PaginationError, match="empty pages"):
        await items_of(make(mode, endless, NEXT_TOKEN))


@pytest.mark.parametrize("mode", MODES)
async def test_next_token_that_repeats_raises(mode: Mode) -> None:
    loop = Server(lambda kw: PageResponse({"campaigns": [{"id": "a"}], "nextToken": "same"}, {}))
    with pytest.raises(PaginationError, match="'same' repeated"):
        await items_of(make(mode, loop, NEXT_TOKEN))


@pytest.mark.parametrize("mode", MODES)
async def test_next_token_page_larger_than_asked_is_cut_by_max_items(mode: Mode) -> None:
    server = token_server([(["a", "b", "c", "d"], "t1"), (["e"], None)])  # "results may exceed limit"
    assert await items_of(make(mode, server, NEXT_TOKEN, page_size=2, max_items=3)) == ["a", "b", "c"]
    assert len(server.calls) == 1


# -- offset (Seven Bridges) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_offset_with_total_header_and_links(mode: Mode) -> None:
    server = offset_server(5)
    pages = await pages_of(make(mode, server, OFFSET, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [p.continuation_token for p in pages] == ["2", "4", None]
    assert server.calls == [{"limit": 2, "offset": 0}, {"limit": 2, "offset": 2}, {"limit": 2, "offset": 4}]


@pytest.mark.parametrize("mode", MODES)
async def test_offset_stops_without_next_link_even_if_total_says_more(mode: Mode) -> None:
    def answer(kw: Mapping[str, object]) -> PageResponse:
        return PageResponse({"items": [{"id": "only"}], "links": []}, {"X-Total-Matching-Query": "99"})

    server = Server(answer)
    assert await items_of(make(mode, server, OFFSET, page_size=1)) == ["only"]
    assert len(server.calls) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_offset_total_only_and_resume(mode: Mode) -> None:
    server = offset_server(5, links=False)
    assert await items_of(make(mode, server, OFFSET, page_size=2, continuation_token="2")) == ["i2", "i3", "i4"]
    assert [c["offset"] for c in server.calls] == [2, 4]
    with pytest.raises(PaginationError, match="not an offset"):
        await items_of(make(mode, offset_server(5), OFFSET, continuation_token="abc"))


def basespace_server(n: int, total: object) -> Server:
    """Illumina BaseSpace's envelope: no links, no total header; the total in the body (``Paging.TotalCount``)."""
    data = ids(n)

    def answer(kw: Mapping[str, object]) -> PageResponse:
        limit, offset = int(str(kw["limit"])), int(str(kw["offset"]))
        chunk = data[offset : offset + limit]
        paging = {"DisplayedCount": len(chunk), "TotalCount": total, "Offset": offset, "Limit": limit}
        return PageResponse({"Items": [{"id": i} for i in chunk], "Paging": paging}, {})

    return Server(answer)


@pytest.mark.parametrize("mode", MODES)
async def test_offset_total_from_the_body(mode: Mode) -> None:
    server = basespace_server(4, 4)
    pages = await pages_of(make(mode, server, OFFSET_BODY_TOTAL, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["i0", "i1"], ["i2", "i3"]]
    assert [p.total for p in pages] == [4, 4]
    assert len(server.calls) == 2  # the second page reaches the total: no third request for an empty page


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("absurd", ["many", None, True, -3])
async def test_offset_total_field_that_is_not_a_count_is_ignored(mode: Mode, absurd: object) -> None:
    server = basespace_server(3, absurd)
    assert await items_of(make(mode, server, OFFSET_BODY_TOTAL, page_size=2)) == ["i0", "i1", "i2"]


@pytest.mark.parametrize("mode", MODES)
async def test_offset_concurrent_fetch_keeps_order_and_really_overlaps(mode: Mode) -> None:
    inner = offset_server(23)
    barrier = threading.Barrier(2, timeout=5)  # offsets 5 and 10 each wait for the other: only parallel passes
    event_10 = asyncio.Event()

    def threaded(kw: Mapping[str, object]) -> PageResponse:
        if kw["offset"] in (5, 10):
            barrier.wait()
        return inner(kw)

    if mode == "sync":
        paged: ItemPaged[Item] | AsyncItemPaged[Item] = ItemPaged(
            threaded, strategy_for(OFFSET), item_type=ITEM, page_size=5, concurrency=4
        )
    else:

        async def afetch(kw: Mapping[str, object]) -> PageResponse:
            if kw["offset"] == 5:
                await asyncio.wait_for(event_10.wait(), timeout=5)
            if kw["offset"] == 10:
                event_10.set()
            return inner(kw)

        paged = AsyncItemPaged(afetch, strategy_for(OFFSET), item_type=ITEM, page_size=5, concurrency=4)
    assert await items_of(paged) == ids(23)
    assert sorted(int(str(c["offset"])) for c in inner.calls) == [0, 5, 10, 15, 20]


@pytest.mark.parametrize("mode", MODES)
async def test_offset_concurrent_respects_max_items(mode: Mode) -> None:
    server = offset_server(50)
    assert await items_of(make(mode, server, OFFSET, page_size=5, max_items=12, concurrency=3)) == ids(12)
    assert sorted((int(str(c["offset"])), c["limit"]) for c in server.calls) == [(0, 5), (5, 5), (10, 2)]


@pytest.mark.parametrize("mode", MODES)
async def test_offset_concurrent_falls_back_when_the_server_pages_differently(mode: Mode) -> None:
    data = ids(10)

    def answer(kw: Mapping[str, object]) -> PageResponse:
        offset, limit = int(str(kw["offset"])), int(str(kw["limit"]))
        size = 3 if offset == 5 else limit  # a short page in the middle, with a next link
        chunk = data[offset : offset + size]
        nxt = offset + len(chunk)
        links = [{"href": f"/v2/files?offset={nxt}&limit={limit}", "rel": "next"}] if nxt < len(data) else []
        return PageResponse({"items": [{"id": i} for i in chunk], "links": links}, {"X-Total-Matching-Query": "10"})

    assert await items_of(make(mode, Server(answer), OFFSET, page_size=5, concurrency=2)) == data


# -- next-url (Ion Torrent / Tastypie) ----------------------------------------------------------------------------


def tastypie_server(n: int) -> Server:
    data = ids(n)

    def answer(kw: Mapping[str, object]) -> PageResponse:
        limit, offset = int(str(kw["limit"])), int(str(kw.get("offset", 0)))
        nxt = offset + limit
        meta = {
            "limit": limit,
            "offset": offset,
            "total_count": n,
            "next": f"/rundb/api/v1/results/?limit={limit}&name__startswith=x&offset={nxt}" if nxt < n else None,
            "previous": None,
        }
        return PageResponse({"meta": meta, "objects": [{"id": i} for i in data[offset:nxt]]}, {})

    return Server(answer)


@pytest.mark.parametrize("mode", MODES)
async def test_next_url_follows_meta_next(mode: Mode) -> None:
    server = tastypie_server(5)
    pages = await pages_of(make(mode, server, NEXT_URL, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [p.continuation_token for p in pages] == ["2", "4", None]
    assert server.calls == [{"limit": 2}, {"limit": 2, "offset": 2}, {"limit": 2, "offset": 4}]
    resumed = make(mode, tastypie_server(5), NEXT_URL, page_size=2, continuation_token="4")
    assert await items_of(resumed) == ["i4"]


@pytest.mark.parametrize("mode", MODES)
async def test_next_url_max_items_token_points_after_last_kept(mode: Mode) -> None:
    pages = await pages_of(make(mode, tastypie_server(9), NEXT_URL, page_size=4, max_items=6))
    assert [len(p) for p in pages] == [4, 2]
    assert pages[-1].continuation_token == "6"


# -- typing of items ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_items_of_the_wrong_type_are_a_validation_error(mode: Mode) -> None:
    server = Server(lambda kw: PageResponse({"results": ["not-a-dict"]}, {}))
    with pytest.raises(ResponseValidationError, match="expected dict"):
        await items_of(make(mode, server, CURSOR))


def test_page_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="page_size"):
        list(ItemPaged(cursor_server([]), strategy_for(CURSOR), item_type=ITEM, page_size=0))
