"""Test support of the SDK's unit tests, whatever the API: a scripted fake API over httpx.MockTransport, broken
streams, and the check that a thing never shows the key."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from labsdk import AsyncBaseClient, BaseClient

from ..harness import Waits

API_KEY = "sk-test-S3CRET-KEY-0123456789"
C = TypeVar("C", bound=BaseClient | AsyncBaseClient)

Responder = httpx.Response | Callable[[httpx.Request], httpx.Response] | Exception


def clone(response: httpx.Response) -> httpx.Response:
    """A fresh copy of a (non-streaming) response: MockTransport responses are single-use."""
    return httpx.Response(response.status_code, headers=response.headers, content=response.content)


@dataclass
class FakeApi:
    """Routes ``(method, path)`` (or ``(method, host + path)``) to scripted responses, in order; the last one
    repeats. Records every request it sees."""

    routes: dict[tuple[str, str], list[Responder]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def add(self, method: str, path: str, *responses: Responder) -> FakeApi:
        self.routes[(method.upper(), path)] = list(responses)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for key in ((request.method, f"{request.url.host}{request.url.path}"), (request.method, request.url.path)):
            if key in self.routes:
                queue = self.routes[key]
                item = queue[0] if len(queue) == 1 else queue.pop(0)
                if isinstance(item, Exception):
                    raise item
                if isinstance(item, httpx.Response):
                    return clone(item)
                return item(request)
        return httpx.Response(404, json={"message": f"no route for {request.method} {request.url.path}"})

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def calls(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith(path) or f"{r.url.host}{r.url.path}" == path]


class ChunkedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends ``data`` in ``chunk``-byte pieces; with ``fail_after``, only ``data[:fail_after]``, and
    then it drops the connection."""

    def __init__(self, data: bytes, chunk: int, fail_after: int | None = None) -> None:
        end = len(data) if fail_after is None else fail_after
        self.pieces = [data[i : min(i + chunk, end)] for i in range(0, end, chunk)]
        self.broken = fail_after is not None

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces
        if self.broken:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


class BrokenStream(ChunkedStream):
    """A body that sends ``data[:fail_after]`` in one piece and then drops the connection."""

    def __init__(self, data: bytes, fail_after: int) -> None:
        super().__init__(data, max(fail_after, 1), fail_after)


def fake_client(cls: type[C], api: FakeApi, waits: Waits, *, max_retries: int = 3, **options: Any) -> C:
    """A ``cls`` client (either face, any API) over the fake API, its waits recorded; ``options`` are the client's
    own (``base_url=``, ``api_key=``, ...)."""
    options.setdefault("api_key", API_KEY)
    return cls(transport=api.transport, retry=waits.policy(max_retries=max_retries), **options)


def assert_hidden(*things: object) -> None:
    """None of ``things`` shows the API key, in its repr or its str."""
    for thing in things:
        assert API_KEY not in repr(thing), thing
        assert API_KEY not in str(thing), thing
