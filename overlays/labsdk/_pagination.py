"""``ItemPaged`` / ``AsyncItemPaged``: iterate the items (or pages) of a paginated list operation.

The I/O loops are here; what each page means is the strategy's job (``_strategies``), shared by both loops.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._errors import PaginationError, ResponseValidationError
from ._strategies import PageResponse, PageState, PagingStrategy

__all__ = ["AsyncItemPaged", "ItemPaged", "Page"]

T = TypeVar("T")

SyncFetch = Callable[[Mapping[str, object]], PageResponse]
AsyncFetch = Callable[[Mapping[str, object]], Awaitable[PageResponse]]


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
    """The bookkeeping of one walk through a list, shared by the sync and async loops (no I/O)."""

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
        typed: list[T] = []
        for item in items:
            if not isinstance(item, self.item_type):
                raise ResponseValidationError(
                    f"a page item is {type(item).__name__}, expected {self.item_type.__name__}",
                    status_code=raw.status_code,
                )
            typed.append(item)
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
        page = Page(typed[:kept], step.token, step.total, raw)
        over = step.next is None or (self.max_items is not None and self.delivered >= self.max_items)
        return page, None if over else step.next


class ItemPaged(Generic[T]):
    """The items of a paginated list, fetched page by page as you iterate.

    ``for item in paged`` yields items; ``paged.by_page()`` yields :class:`Page` objects, each with the
    ``continuation_token`` to resume after it (``paged.by_page(token)`` or ``list_...(continuation_token=token)``).
    ``page_size`` is clamped to the declared max-limit (default: the declared default-limit); ``max_items`` stops
    after that many items and never asks for more than still needed. ``concurrency > 1`` fetches the remaining
    pages of an offset-style list in parallel once the total is known (items still come in order). Iterating
    again starts over.
    """

    def __init__(
        self,
        fetch: SyncFetch,
        strategy: PagingStrategy,
        *,
        item_type: type[T],
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = 1,
        max_empty_pages: int = 3,
    ) -> None:
        self._fetch = fetch
        self._strategy = strategy
        self._item_type = item_type
        self._page_size = page_size
        self._max_items = max_items
        self._token = continuation_token
        self._concurrency = max(1, concurrency)
        self._max_empty_pages = max_empty_pages

    def __repr__(self) -> str:
        return f"ItemPaged[{self._item_type.__name__}](style={self._strategy.declaration.style!r})"

    def __iter__(self) -> Iterator[T]:
        for page in self.by_page():
            yield from page.items

    def by_page(self, continuation_token: str | None = None) -> Iterator[Page[T]]:
        """Iterate pages, starting after ``continuation_token`` (default: the one given at construction)."""
        token = self._token if continuation_token is None else continuation_token
        walk = _Walk(self._strategy, self._item_type, self._page_size, self._max_items, self._max_empty_pages, token)
        return self._pages(walk)

    def _pages(self, walk: _Walk[T]) -> Iterator[Page[T]]:
        state: PageState | None = walk.start
        while state is not None:
            asked = walk.ask()
            if asked == 0:
                return
            page, state = walk.consume(state, self._fetch(self._strategy.request(state, asked)), asked)
            yield page
            if state is not None and self._concurrency > 1:
                plan = self._strategy.plan(state, page.total, walk.page_size, walk.budget())
                if plan:
                    state = yield from self._run_plan(walk, plan)

    def _run_plan(
        self, walk: _Walk[T], plan: list[tuple[PageState, int]]
    ) -> Generator[Page[T], None, PageState | None]:
        """Fetch planned pages with up to ``concurrency`` in flight, yielding them in order. Returns the state to
        continue from sequentially (``None`` when the walk is over)."""
        queue = deque(plan)
        pending: deque[tuple[PageState, int, Future[PageResponse]]] = deque()
        with ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="labsdk-page") as pool:

            def submit() -> None:
                if queue:
                    st, ask = queue.popleft()
                    pending.append((st, ask, pool.submit(self._fetch, self._strategy.request(st, ask))))

            try:
                for _ in range(self._concurrency):
                    submit()
                while pending:
                    st, ask, future = pending.popleft()
                    page, nxt = walk.consume(st, future.result(), ask)
                    yield page
                    if nxt is None:
                        return None
                    following = pending[0][0] if pending else (queue[0][0] if queue else None)
                    if following != nxt:
                        return nxt  # the server did not page as planned: go on one page at a time
                    submit()
                return None
            finally:
                for _, _, future in pending:
                    future.cancel()


class AsyncItemPaged(Generic[T]):
    """The async twin of :class:`ItemPaged`: ``async for item in paged`` / ``async for page in paged.by_page()``.
    ``concurrency > 1`` runs the planned page requests as asyncio tasks."""

    def __init__(
        self,
        fetch: AsyncFetch,
        strategy: PagingStrategy,
        *,
        item_type: type[T],
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = 1,
        max_empty_pages: int = 3,
    ) -> None:
        self._fetch = fetch
        self._strategy = strategy
        self._item_type = item_type
        self._page_size = page_size
        self._max_items = max_items
        self._token = continuation_token
        self._concurrency = max(1, concurrency)
        self._max_empty_pages = max_empty_pages

    def __repr__(self) -> str:
        return f"AsyncItemPaged[{self._item_type.__name__}](style={self._strategy.declaration.style!r})"

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.by_page():
            for item in page.items:
                yield item

    def by_page(self, continuation_token: str | None = None) -> AsyncIterator[Page[T]]:
        """Iterate pages, starting after ``continuation_token`` (default: the one given at construction)."""
        token = self._token if continuation_token is None else continuation_token
        walk = _Walk(self._strategy, self._item_type, self._page_size, self._max_items, self._max_empty_pages, token)
        return self._pages(walk)

    async def _pages(self, walk: _Walk[T]) -> AsyncIterator[Page[T]]:
        state: PageState | None = walk.start
        while state is not None:
            asked = walk.ask()
            if asked == 0:
                return
            page, state = walk.consume(state, await self._fetch(self._strategy.request(state, asked)), asked)
            yield page
            if state is not None and self._concurrency > 1:
                plan = self._strategy.plan(state, page.total, walk.page_size, walk.budget())
                if plan:
                    box: list[PageState | None] = [None]
                    async for planned in self._run_plan(walk, plan, box):
                        yield planned
                    state = box[0]

    async def _run_plan(
        self, walk: _Walk[T], plan: list[tuple[PageState, int]], box: list[PageState | None]
    ) -> AsyncIterator[Page[T]]:
        queue = deque(plan)
        pending: deque[tuple[PageState, int, asyncio.Task[PageResponse]]] = deque()

        async def fetch(kwargs: Mapping[str, object]) -> PageResponse:
            return await self._fetch(kwargs)

        def submit() -> None:
            if queue:
                st, ask = queue.popleft()
                pending.append((st, ask, asyncio.ensure_future(fetch(self._strategy.request(st, ask)))))

        try:
            for _ in range(self._concurrency):
                submit()
            while pending:
                st, ask, task = pending.popleft()
                page, nxt = walk.consume(st, await task, ask)
                yield page
                if nxt is None:
                    return
                following = pending[0][0] if pending else (queue[0][0] if queue else None)
                if following != nxt:
                    box[0] = nxt
                    return
                submit()
        finally:
            for _, _, task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*(task for _, _, task in pending), return_exceptions=True)
