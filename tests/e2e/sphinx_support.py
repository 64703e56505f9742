"""Support for the Sphinx end-to-end tests: a recording Sphinx mock on 127.0.0.1, a sync or async ``labsdk.sphinx``
client on it, and one way to call either (``await invoke(client, "list_datasets")``)."""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

import labmock
from labmock import LiveServer, MockConfig
from labsdk import AsyncItemPaged, ItemPaged, Page, RetryPolicy
from labsdk.sphinx import AsyncSphinx, Sphinx

from .support import Mode, Seen, record_requests

DEMO_KEY = "sphinx-demo-key"

Client = Sphinx | AsyncSphinx


@contextlib.contextmanager
def serve_sphinx(config: MockConfig | None = None) -> Iterator[tuple[LiveServer, list[Seen]]]:
    """A fresh Sphinx mock on 127.0.0.1 with a request recorder."""
    server = labmock.create("sphinx", config)
    seen = record_requests(server)
    with labmock.running(server) as live:
        yield live, seen


@contextlib.asynccontextmanager
async def open_client(
    mode: Mode, live: LiveServer, *, retry: RetryPolicy | None = None, api_key: str = DEMO_KEY
) -> AsyncIterator[Client]:
    """A ``Sphinx`` (sync: called directly, the mock serves from its own thread) or ``AsyncSphinx`` on ``live``."""
    if mode == "sync":
        with Sphinx(api_key=api_key, base_url=live.base_url, retry=retry) as client:
            yield client
    else:
        async with AsyncSphinx(api_key=api_key, base_url=live.base_url, retry=retry) as aclient:
            yield aclient


async def invoke(client: Client, method: str, *args: object, **kwargs: object) -> Any:
    """``client.<method>(...)``, awaited if the client is async; a list is iterated to its end."""
    result = getattr(client, method)(*args, **kwargs)
    if isinstance(result, ItemPaged):
        return list(result)
    if isinstance(result, AsyncItemPaged):
        return [item async for item in result]
    return await result if inspect.isawaitable(result) else result


async def pages_of(client: Client, method: str, **kwargs: object) -> list[Page[Any]]:
    """The pages of a list (``by_page()``), sync or async."""
    paged = getattr(client, method)(**kwargs)
    if isinstance(paged, AsyncItemPaged):
        return [page async for page in paged.by_page()]
    return list(paged.by_page())


def raw_get(live: LiveServer, path: str, **params: str | int) -> Any:
    """Ground truth: a plain authenticated GET of the API's JSON, no SDK involved."""
    with httpx.Client(base_url=live.base_url, headers={"Authorization": f"Bearer {DEMO_KEY}"}, trust_env=False) as c:
        response = c.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()


def signed_fetches(seen: list[Seen]) -> list[Seen]:
    """The requests that went to the signed-URL object store."""
    return [s for s in seen if s.signed]
