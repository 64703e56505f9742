"""The four ``x-pagination`` styles as pure strategies.

A strategy never does I/O: given the request state and a page response it says which items the page holds, what
to ask next and what the continuation token is. The sync and async engines (``_pagination``) share them.

Continuation tokens (what a user saves to resume, see specs/README.md): ``cursor`` the last item's cursor field,
``next-token`` the body's token, ``offset`` / ``next-url`` the next offset (as a string).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import unquote_plus

from labspecs import Pagination, snake_case

from ._errors import PaginationError
from ._fields import read_field, read_path

__all__ = [
    "CursorStrategy",
    "NextTokenStrategy",
    "NextUrlStrategy",
    "OffsetStrategy",
    "PageResponse",
    "PageState",
    "PagingStrategy",
    "Step",
    "strategy_for",
]


@dataclass(frozen=True, slots=True)
class PageResponse:
    """One page as the API answered it: the parsed body (a generated model, or a mapping) and the headers, by
    lower-case name (as the client's ``Result`` has them)."""

    body: object
    headers: Mapping[str, str]
    status_code: int = 200


@dataclass(frozen=True, slots=True)
class PageState:
    """Where the next request starts: a cursor / token, or an offset. ``token`` is its continuation token."""

    cursor: str | None = None
    offset: int = 0
    token: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """What follows a page: ``next`` (``None`` after the last page), the continuation token to resume after the
    items kept from it (``None`` when nothing follows), and the total number of matches if the API says."""

    next: PageState | None
    token: str | None
    total: int | None = None


class PagingStrategy(Protocol):
    """A pagination style. Pure: no I/O."""

    @property
    def declaration(self) -> Pagination: ...

    def start(self, continuation_token: str | None) -> PageState:
        """The state of the first request (resuming after ``continuation_token`` if given)."""
        ...

    def request(self, state: PageState, limit: int) -> dict[str, object]:
        """The generated operation's keyword arguments for a page of at most ``limit`` items."""
        ...

    def items(self, page: PageResponse) -> list[object]:
        """The page's items."""
        ...

    def advance(self, state: PageState, page: PageResponse, items: Sequence[object], asked: int, kept: int) -> Step:
        """What follows ``page`` (requested with ``state`` and ``limit=asked``), of which the first ``kept`` items
        are delivered (fewer than all when ``max_items`` cuts the page)."""
        ...

    def plan(
        self, state: PageState, total: int | None, page_size: int, budget: int | None
    ) -> list[tuple[PageState, int]]:
        """The remaining requests, as (state, limit), when they can be computed in advance (the total is known),
        so they can be fetched concurrently; ``[]`` when they cannot."""
        ...


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str | float):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _offset_token(token: str | None) -> int:
    if token is None:
        return 0
    offset = _as_int(token)
    if offset is None or offset < 0:
        raise PaginationError(f"continuation token {token!r} is not an offset")
    return offset


class _Base:
    def __init__(self, declaration: Pagination) -> None:
        self._decl = declaration
        self._limit = snake_case(declaration.limit_param)

    @property
    def declaration(self) -> Pagination:
        return self._decl

    def items(self, page: PageResponse) -> list[object]:
        value = read_field(page.body, self._decl.items)
        if value is None:
            return []
        if not isinstance(value, list):
            raise PaginationError(f"the page's {self._decl.items!r} is {type(value).__name__}, not a list")
        return list(value)

    def plan(
        self, state: PageState, total: int | None, page_size: int, budget: int | None
    ) -> list[tuple[PageState, int]]:
        return []


class _TokenParamStrategy(_Base):
    """Styles whose continuation token goes back in one query parameter (cursor, next-token)."""

    def __init__(self, declaration: Pagination, param: str | None) -> None:
        super().__init__(declaration)
        assert param
        self._param = snake_case(param)

    def start(self, continuation_token: str | None) -> PageState:
        return PageState(cursor=continuation_token, token=continuation_token)

    def request(self, state: PageState, limit: int) -> dict[str, object]:
        kwargs: dict[str, object] = {self._limit: limit}
        if state.cursor is not None:
            kwargs[self._param] = state.cursor
        return kwargs


class CursorStrategy(_TokenParamStrategy):
    """``cursor`` (Biodock): pass the last item's cursor-field as cursor-param; the last page is shorter than asked."""

    def __init__(self, declaration: Pagination) -> None:
        super().__init__(declaration, declaration.cursor_param)
        assert declaration.cursor_field
        self._field = declaration.cursor_field

    def _cursor(self, item: object) -> str:
        value = read_field(item, self._field)
        if value is None or value == "":
            raise PaginationError(f"a page item has no {self._field!r} to continue from")
        return str(value)

    def advance(self, state: PageState, page: PageResponse, items: Sequence[object], asked: int, kept: int) -> Step:
        if kept < len(items):
            token = self._cursor(items[kept - 1]) if kept else state.cursor
            return Step(PageState(cursor=token, token=token), token)
        if not items or len(items) < asked:
            return Step(None, None)
        token = self._cursor(items[-1])
        return Step(PageState(cursor=token, token=token), token)


class NextTokenStrategy(_TokenParamStrategy):
    """``next-token`` (Sphinx): pass the body's token-field back as token-param until it is absent or null.

    A page cut by ``max_items`` continues after the whole page (a token cannot point inside a page)."""

    def __init__(self, declaration: Pagination) -> None:
        super().__init__(declaration, declaration.token_param)
        assert declaration.token_field
        self._field = declaration.token_field

    def advance(self, state: PageState, page: PageResponse, items: Sequence[object], asked: int, kept: int) -> Step:
        value = read_field(page.body, self._field)
        if value is None or value == "":
            return Step(None, None)
        token = str(value)
        return Step(PageState(cursor=token, token=token), token)


class _OffsetBase(_Base):
    def __init__(self, declaration: Pagination) -> None:
        super().__init__(declaration)
        assert declaration.offset_param
        self._offset_name = declaration.offset_param
        # the offset's value in a next link's query (read on every page: the rest of the query is not parsed)
        self._offset_value = re.compile(rf"(?:^|&){re.escape(declaration.offset_param)}=([^&]*)")
        self._offset = snake_case(declaration.offset_param)

    def start(self, continuation_token: str | None) -> PageState:
        offset = _offset_token(continuation_token)
        return PageState(offset=offset, token=continuation_token)

    def _state(self, offset: int) -> PageState:
        return PageState(offset=offset, token=str(offset))

    def _offset_in(self, href: object) -> int | None:
        if not isinstance(href, str):
            return None
        found = self._offset_value.search(href.partition("?")[2].partition("#")[0])  # in the query only
        offset = _as_int(unquote_plus(found.group(1))) if found is not None else None
        return offset if offset is not None and offset >= 0 else None  # a negative offset is no offset

    def plan(
        self, state: PageState, total: int | None, page_size: int, budget: int | None
    ) -> list[tuple[PageState, int]]:
        if total is None:
            return []
        planned: list[tuple[PageState, int]] = []
        offset, left = state.offset, budget
        while offset < total and (left is None or left > 0):
            ask = page_size if left is None else min(page_size, left)
            planned.append((self._state(offset), ask))
            offset += ask
            left = None if left is None else left - ask
        return planned


class OffsetStrategy(_OffsetBase):
    """``offset`` (Seven Bridges, Illumina BaseSpace): offset-param += items received; the total comes from
    total-header or the body's total-field (a dotted path); the last page has no ``rel=next`` link in links-field,
    or the offset reaches the total."""

    def request(self, state: PageState, limit: int) -> dict[str, object]:
        return {self._limit: limit, self._offset: state.offset}

    def _total(self, page: PageResponse) -> int | None:
        header, field = self._decl.total_header, self._decl.total_field
        total = None
        if header is not None:
            total = _as_int(page.headers.get(header.lower()))
        if total is None and field is not None:
            total = _as_int(read_path(page.body, field))
        return total if total is not None and total >= 0 else None  # a negative count is no count

    def advance(self, state: PageState, page: PageResponse, items: Sequence[object], asked: int, kept: int) -> Step:
        total = self._total(page)
        if kept < len(items):
            resume = state.offset + kept
            return Step(self._state(resume), str(resume), total)
        next_offset = state.offset + len(items)
        has_next: bool | None = None
        if self._decl.links_field is not None:
            links = read_field(page.body, self._decl.links_field)
            if isinstance(links, list):
                nexts = [link for link in links if str(read_field(link, "rel") or "").lower() == "next"]
                has_next = bool(nexts)
                if nexts:
                    next_offset = self._offset_in(read_field(nexts[0], "href")) or next_offset
        if has_next is False or (total is not None and next_offset >= total):
            return Step(None, None, total)
        if has_next is None and total is None and len(items) < asked:
            return Step(None, None, total)
        if not items and has_next is None:
            return Step(None, None, total)
        return Step(self._state(next_offset), str(next_offset), total)


class NextUrlStrategy(_OffsetBase):
    """``next-url`` (Ion Torrent / Tastypie): follow next-field (a relative URL whose query carries the offset and
    limit; the user's filters are kept as given) until it is null; total-field gives the total."""

    def request(self, state: PageState, limit: int) -> dict[str, object]:
        kwargs: dict[str, object] = {self._limit: limit}
        if state.offset:
            kwargs[self._offset] = state.offset
        return kwargs

    def advance(self, state: PageState, page: PageResponse, items: Sequence[object], asked: int, kept: int) -> Step:
        total = _as_int(read_path(page.body, self._decl.total_field)) if self._decl.total_field else None
        if kept < len(items):
            resume = state.offset + kept
            return Step(self._state(resume), str(resume), total)
        assert self._decl.next_field
        href = read_path(page.body, self._decl.next_field)
        if href is None or href == "":
            return Step(None, None, total)
        offset = self._offset_in(href)
        next_offset = offset if offset is not None else state.offset + len(items)
        return Step(self._state(next_offset), str(next_offset), total)


def strategy_for(declaration: Pagination) -> PagingStrategy:
    """The strategy for an ``x-pagination`` declaration's style."""
    styles: dict[str, type[CursorStrategy | NextTokenStrategy | OffsetStrategy | NextUrlStrategy]] = {
        "cursor": CursorStrategy,
        "next-token": NextTokenStrategy,
        "offset": OffsetStrategy,
        "next-url": NextUrlStrategy,
    }
    return styles[declaration.style](declaration)
