"""Iterating the items (or pages) of a paginated list operation: what the two faces share.

A :class:`Page`, and the bookkeeping of a walk (``_Walk``); the loop that fetches is ``ItemPaged`` in
``_async/pagination.py`` (and its sync derivation); what each page means is the strategy's job (``_strategies``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from typing import Generic, TypeVar, cast

from ._errors import PaginationError, ResponseValidationError
from ._fields import type_name
from ._strategies import PageResponse, PageState, PagingStrategy

__all__ = ["Page"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page: its ``items``; the ``continuation_token`` to pass to resume *after* it (``None`` after the last
    page); the ``total`` number of matches when the API says; the ``raw`` response (parsed body and headers)."""

    items: list[T]
    continuation_token: str | None
    total: int | None
    raw: PageResponse

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class _Walk(Generic[T]):
    """The bookkeeping of one walk through a list (no I/O)."""

    def __init__(
        self,
        strategy: PagingStrategy,
        item_type: type[T],
        page_size: int | None,
        max_items: int | None,
        max_empty_pages: int,
        token: str | None,
    ) -> None:
        decl = strategy.declaration
        size = decl.default_limit if page_size is None else page_size
        if size < 1:
            raise ValueError("page_size must be >= 1")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self.strategy = strategy
        self.item_type = item_type
        self.page_size = min(size, decl.max_limit)
        self.max_items = max_items
        self.max_empty_pages = max_empty_pages
        self.delivered = 0
        self.empty_run = 0
        self.seen: set[str] = {token} if token is not None else set()
        self.start = strategy.start(token)

    def budget(self) -> int | None:
        return None if self.max_items is None else self.max_items - self.delivered

    def ask(self) -> int:
        """The page size to ask for next (no more than still needed); 0 when done."""
        left = self.budget()
        return self.page_size if left is None else max(0, min(self.page_size, left))

    def consume(self, state: PageState, raw: PageResponse, asked: int) -> tuple[Page[T], PageState | None]:
        """The page made of ``raw`` and the state to continue from (``None`` when the walk is over)."""
        items = self.strategy.items(raw)
        if not all(map(isinstance, items, repeat(self.item_type))):  # one pass in C: a page has many items
            wrong = next(item for item in items if not isinstance(item, self.item_type))
            raise ResponseValidationError(
                f"a page item is {type(wrong).__name__}, expected {type_name(self.item_type)}",
                status_code=raw.status_code,
            )
        typed = cast(list[T], items)
        left = self.budget()
        kept = len(typed) if left is None else min(len(typed), left)
        step = self.strategy.advance(state, raw, items, asked, kept)
        self.delivered += kept
        if step.next is not None:
            self.empty_run = 0 if items else self.empty_run + 1
            if self.empty_run >= self.max_empty_pages:
                raise PaginationError(f"{self.empty_run} empty pages in a row still said there was more")
            if step.token is not None and kept == len(items):
                if step.token in self.seen:
                    raise PaginationError(f"continuation token {step.token!r} repeated: the list did not advance")
                self.seen.add(step.token)
        page = Page(typed if kept == len(typed) else typed[:kept], step.token, step.total, raw)
        over = step.next is None or (self.max_items is not None and self.delivered >= self.max_items)
        return page, None if over else step.next
