"""Small fake list servers and the four paging declarations, for the pagination engine's tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping

from labsdk import PageResponse
from labspecs import Pagination

Item = dict[str, object]
ITEM: type[Item] = dict
Fetch = Callable[[Mapping[str, object]], PageResponse]

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
    """Records the page kwargs the engine asks with: the fetch of a sync ``ItemPaged`` (``server`` or ``server.call``),
    or of an async one (``server.async_call``, which lets the other tasks run first)."""

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

    def call(self, kwargs: Mapping[str, object]) -> PageResponse:
        return self(kwargs)

    async def async_call(self, kwargs: Mapping[str, object]) -> PageResponse:
        await asyncio.sleep(0)
        return self(kwargs)


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
        return PageResponse(body, {"x-total-matching-query": str(n)} if total else {})

    return Server(answer)


def basespace_server(n: int, total: object) -> Server:
    """Illumina BaseSpace's envelope: no links, no total header; the total in the body (``Paging.TotalCount``)."""
    data = ids(n)

    def answer(kw: Mapping[str, object]) -> PageResponse:
        limit, offset = int(str(kw["limit"])), int(str(kw["offset"]))
        chunk = data[offset : offset + limit]
        paging = {"DisplayedCount": len(chunk), "TotalCount": total, "Offset": offset, "Limit": limit}
        return PageResponse({"Items": [{"id": i} for i in chunk], "Paging": paging}, {})

    return Server(answer)


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
