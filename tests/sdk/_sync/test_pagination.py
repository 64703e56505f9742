# Derived from tests/sdk/_async/test_pagination.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The pagination engine and the four strategies, on small fake pages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from labsdk import ItemPaged, Page, PageResponse, PaginationError, ResponseValidationError, strategy_for
from labspecs import Pagination

from ..paging_support import (
    CURSOR,
    ITEM,
    NEXT_TOKEN,
    NEXT_URL,
    OFFSET,
    OFFSET_BODY_TOTAL,
    Item,
    Server,
    basespace_server,
    cursor_server,
    ids,
    offset_server,
    tastypie_server,
    token_server,
)


def make(server: Server, decl: Pagination, **kwargs: Any) -> ItemPaged[Item]:
    return ItemPaged(server.call, strategy_for(decl), item_type=ITEM, **kwargs)


def items_of(paged: ItemPaged[Item]) -> list[object]:
    return [item["id"] for item in paged]


def pages_of(paged: ItemPaged[Item], token: str | None = None) -> list[Page[Item]]:
    return [p for p in paged.by_page(token)]


# -- cursor (Biodock) ---------------------------------------------------------------------------------------------


def test_cursor_empty_first_page() -> None:
    server = cursor_server([])
    pages = pages_of(make(server, CURSOR))
    assert [(p.items, p.continuation_token) for p in pages] == [([], None)]
    assert server.calls == [{"limit": 20}]


def test_cursor_pages_with_page_size_and_max_items() -> None:
    server = cursor_server(ids(7))
    paged = make(server, CURSOR, page_size=3, max_items=5)
    assert items_of(paged) == ["i0", "i1", "i2", "i3", "i4"]
    # the last request asks only for what is still needed
    assert server.calls == [{"limit": 3}, {"limit": 2, "starting_after": "i2"}]
    pages = pages_of(make(cursor_server(ids(7)), CURSOR, page_size=3, max_items=5))
    assert [p.continuation_token for p in pages] == ["i2", "i4"]


def test_cursor_stops_on_short_page_or_empty_page() -> None:
    short = cursor_server(ids(7))
    assert items_of(make(short, CURSOR, page_size=3)) == ids(7)
    assert [c["limit"] for c in short.calls] == [3, 3, 3]
    exact = cursor_server(ids(6))
    pages = pages_of(make(exact, CURSOR, page_size=3))
    assert [len(p) for p in pages] == [3, 3, 0]
    assert pages[-1].continuation_token is None


def test_cursor_page_size_is_clamped_to_the_declared_max() -> None:
    server = cursor_server(ids(3))
    items_of(make(server, CURSOR, page_size=500))
    assert server.calls == [{"limit": 100}]


def test_cursor_resume_from_saved_token() -> None:
    first = pages_of(make(cursor_server(ids(8)), CURSOR, page_size=3))[0]
    assert first.continuation_token == "i2"
    server = cursor_server(ids(8))
    resumed = make(server, CURSOR, page_size=3, continuation_token=first.continuation_token)
    assert items_of(resumed) == ids(8)[3:]
    assert server.calls[0] == {"limit": 3, "starting_after": "i2"}
    # by_page(token) resumes too, overriding the constructor's token
    again = pages_of(make(cursor_server(ids(8)), CURSOR, page_size=3), token="i5")
    assert [item["id"] for p in again for item in p.items] == ["i6", "i7"]


def test_cursor_that_does_not_advance_raises() -> None:
    server = cursor_server(ids(10), stuck=True)  # ignores startingAfter: the same page forever
    with pytest.raises(PaginationError, match="repeated"):
        items_of(make(server, CURSOR, page_size=3))
    assert len(server.calls) == 2


# -- next-token (Sphinx) ------------------------------------------------------------------------------------------


def test_next_token_walk_and_resume() -> None:
    script: list[tuple[list[str], str | None]] = [(["a", "b"], "t1"), (["c"], "t2"), (["d", "e"], None)]
    server = token_server(script)
    pages = pages_of(make(server, NEXT_TOKEN, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["a", "b"], ["c"], ["d", "e"]]
    assert [p.continuation_token for p in pages] == ["t1", "t2", None]
    assert server.calls == [{"limit": 2}, {"limit": 2, "next_token": "t1"}, {"limit": 2, "next_token": "t2"}]
    resumed = make(token_server(script), NEXT_TOKEN, continuation_token="t2")
    assert items_of(resumed) == ["d", "e"]


def test_next_token_follows_empty_pages_that_say_more_but_not_forever() -> None:
    ok = token_server([([], "t1"), ([], "t2"), (["x"], None)])
    assert items_of(make(ok, NEXT_TOKEN)) == ["x"]
    endless = token_server([([], "t1"), ([], "t2"), ([], "t3"), (["never"], None)])
    with pytest.raises(PaginationError, match="empty pages"):
        items_of(make(endless, NEXT_TOKEN))


def test_next_token_that_repeats_raises() -> None:
    loop = Server(lambda kw: PageResponse({"campaigns": [{"id": "a"}], "nextToken": "same"}, {}))
    with pytest.raises(PaginationError, match="'same' repeated"):
        items_of(make(loop, NEXT_TOKEN))


def test_next_token_page_larger_than_asked_is_cut_by_max_items() -> None:
    server = token_server([(["a", "b", "c", "d"], "t1"), (["e"], None)])  # "results may exceed limit"
    assert items_of(make(server, NEXT_TOKEN, page_size=2, max_items=3)) == ["a", "b", "c"]
    assert len(server.calls) == 1


# -- offset (Seven Bridges) ---------------------------------------------------------------------------------------


def test_offset_with_total_header_and_links() -> None:
    server = offset_server(5)
    pages = pages_of(make(server, OFFSET, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [p.continuation_token for p in pages] == ["2", "4", None]
    assert server.calls == [{"limit": 2, "offset": 0}, {"limit": 2, "offset": 2}, {"limit": 2, "offset": 4}]


def test_offset_stops_without_next_link_even_if_total_says_more() -> None:
    def answer(kw: Mapping[str, object]) -> PageResponse:
        return PageResponse({"items": [{"id": "only"}], "links": []}, {"x-total-matching-query": "99"})

    server = Server(answer)
    assert items_of(make(server, OFFSET, page_size=1)) == ["only"]
    assert len(server.calls) == 1


def test_offset_total_only_and_resume() -> None:
    server = offset_server(5, links=False)
    assert items_of(make(server, OFFSET, page_size=2, continuation_token="2")) == ["i2", "i3", "i4"]
    assert [c["offset"] for c in server.calls] == [2, 4]
    with pytest.raises(PaginationError, match="not an offset"):
        items_of(make(offset_server(5), OFFSET, continuation_token="abc"))


def test_offset_total_from_the_body() -> None:
    server = basespace_server(4, 4)
    pages = pages_of(make(server, OFFSET_BODY_TOTAL, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["i0", "i1"], ["i2", "i3"]]
    assert [p.total for p in pages] == [4, 4]
    assert len(server.calls) == 2  # the second page reaches the total: no third request for an empty page


@pytest.mark.parametrize("absurd", ["many", None, True, -3])
def test_offset_total_field_that_is_not_a_count_is_ignored(absurd: object) -> None:
    server = basespace_server(3, absurd)
    assert items_of(make(server, OFFSET_BODY_TOTAL, page_size=2)) == ["i0", "i1", "i2"]


def test_offset_concurrent_fetch_keeps_order() -> None:
    server = offset_server(23)
    assert items_of(make(server, OFFSET, page_size=5, concurrency=4)) == ids(23)
    assert sorted(int(str(c["offset"])) for c in server.calls) == [0, 5, 10, 15, 20]


def test_offset_concurrent_respects_max_items() -> None:
    server = offset_server(50)
    assert items_of(make(server, OFFSET, page_size=5, max_items=12, concurrency=3)) == ids(12)
    assert sorted((int(str(c["offset"])), c["limit"]) for c in server.calls) == [(0, 5), (5, 5), (10, 2)]


def test_offset_concurrent_falls_back_when_the_server_pages_differently() -> None:
    data = ids(10)

    def answer(kw: Mapping[str, object]) -> PageResponse:
        offset, limit = int(str(kw["offset"])), int(str(kw["limit"]))
        size = 3 if offset == 5 else limit  # a short page in the middle, with a next link
        chunk = data[offset : offset + size]
        nxt = offset + len(chunk)
        links = [{"href": f"/v2/files?offset={nxt}&limit={limit}", "rel": "next"}] if nxt < len(data) else []
        return PageResponse({"items": [{"id": i} for i in chunk], "links": links}, {"x-total-matching-query": "10"})

    assert items_of(make(Server(answer), OFFSET, page_size=5, concurrency=2)) == data


# -- next-url (Ion Torrent / Tastypie) ----------------------------------------------------------------------------


def test_next_url_follows_meta_next() -> None:
    server = tastypie_server(5)
    pages = pages_of(make(server, NEXT_URL, page_size=2))
    assert [[i["id"] for i in p.items] for p in pages] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [p.continuation_token for p in pages] == ["2", "4", None]
    assert server.calls == [{"limit": 2}, {"limit": 2, "offset": 2}, {"limit": 2, "offset": 4}]
    resumed = make(tastypie_server(5), NEXT_URL, page_size=2, continuation_token="4")
    assert items_of(resumed) == ["i4"]


def test_next_url_max_items_token_points_after_last_kept() -> None:
    pages = pages_of(make(tastypie_server(9), NEXT_URL, page_size=4, max_items=6))
    assert [len(p) for p in pages] == [4, 2]
    assert pages[-1].continuation_token == "6"


# -- typing of items ----------------------------------------------------------------------------------------------


def test_items_of_the_wrong_type_are_a_validation_error() -> None:
    server = Server(lambda kw: PageResponse({"results": ["not-a-dict"]}, {}))
    with pytest.raises(ResponseValidationError, match="expected dict"):
        items_of(make(server, CURSOR))
