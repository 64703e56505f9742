"""``ItemPaged``: the items (or pages) of a paginated list, fetched as you iterate (see ``labsdk._pagination``)."""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import aclosing
from typing import Generic, TypeVar

from .._backend import AsyncBackend
from .._fields import type_name
from .._pagination import Page, _Walk
from .._strategies import PageResponse, PageState, PagingStrategy

__all__ = ["AsyncItemPaged"]

T = TypeVar("T")

Fetch = Callable[[Mapping[str, object]], Awaitable[PageResponse]]


class AsyncItemPaged(Generic[T]):
    """The items of a paginated list, fetched page by page as you iterate.

    Iterating yields items; ``paged.by_page()`` yields :class:`Page` objects, each with the ``continuation_token``
    to resume after it (``paged.by_page(token)`` or ``list_...(continuation_token=token)``). ``page_size`` is
    clamped to the declared max-limit (default: the declared default-limit); ``max_items`` stops after that many
    items and never asks for more than still needed. ``concurrency > 1`` fetches the remaining pages of an
    offset-style list in parallel once the total is known (items still come in order). Iterating again starts
    over.
    """

    def __init__(
        self,
        fetch: Fetch,
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
        return f"{type(self).__name__}[{type_name(self._item_type)}](style={self._strategy.declaration.style!r})"

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
            if state is None or self._concurrency == 1:
                continue
            plan = self._strategy.plan(state, page.total, walk.page_size, walk.budget())
            if not plan:
                continue
            # The planned pages, up to `concurrency` in flight, in order; one page at a time again as soon as
            # the server did not page as planned.
            requests = [self._strategy.request(planned, ask) for planned, ask in plan]
            pending = deque(plan)
            async with aclosing(AsyncBackend.map_ordered(self._fetch, requests, self._concurrency)) as answers:
                async for raw in answers:
                    planned, ask = pending.popleft()
                    page, state = walk.consume(planned, raw, ask)
                    yield page
                    if state is None or not pending or pending[0][0] != state:
                        break
