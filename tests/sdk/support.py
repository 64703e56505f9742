"""Test support: a scripted fake API over httpx.MockTransport, broken streams, sleep recorders, sample bodies, and
a Biodock client of each face over them (``async_client`` in the ``_async`` tests becomes ``client`` in their sync
derivation)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

import httpx

from labmock import MockRequest, MockResponse, MockServer
from labsdk import RetryPolicy
from labsdk.biodock import AsyncBiodock, Biodock

API_KEY = "sk-test-S3CRET-KEY-0123456789"
BASE = "https://app.biodock.ai/api/external"
SIGNED_HOST = "storage.example"

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


class BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends ``data[:fail_after]`` and then drops the connection."""

    def __init__(self, data: bytes, fail_after: int) -> None:
        self.data = data
        self.fail_after = fail_after

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.fail_after]
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data[: self.fail_after]
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


@dataclass
class Sleeps:
    """Records the waits asked for, sync and async, without sleeping."""

    waits: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)  # let the other tasks run, as a real wait would

    def policy(self, *, max_retries: int = 3, backoff_factor: float = 0.5, max_backoff: float = 30.0) -> RetryPolicy:
        return RetryPolicy(
            max_retries=max_retries,
            backoff_factor=backoff_factor,
            backoff_jitter=0.0,
            max_backoff=max_backoff,
            sleep=self.sleep,
            asleep=self.asleep,
        )


class WallClock:
    """A wall clock that only moves when the SDK sleeps (for a mock's rate limiter and the client's pacer)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self) -> RetryPolicy:
        return RetryPolicy(backoff_jitter=0.0, sleep=self.sleep, asleep=self.asleep)


def client(api: FakeApi, sleeps: Sleeps, *, max_retries: int = 3, base_url: str | None = None) -> Biodock:
    return Biodock(
        api_key=API_KEY, transport=api.transport, retry=sleeps.policy(max_retries=max_retries), base_url=base_url
    )


def async_client(api: FakeApi, sleeps: Sleeps, *, max_retries: int = 3, base_url: str | None = None) -> AsyncBiodock:
    return AsyncBiodock(
        api_key=API_KEY, transport=api.transport, retry=sleeps.policy(max_retries=max_retries), base_url=base_url
    )


def recorded(server: MockServer) -> list[MockRequest]:
    """Every request an in-process mock handles from now on (its one dispatch function, wrapped)."""
    requests: list[MockRequest] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        requests.append(request)
        return original(request)

    server.handle = handle  # type: ignore[method-assign]
    return requests


def assert_hidden(*things: object) -> None:
    """None of ``things`` shows the API key, in its repr or its str."""
    for thing in things:
        assert API_KEY not in repr(thing), thing
        assert API_KEY not in str(thing), thing


def job(job_id: str = "job1", status: str = "PENDING", progress: float = 0, **extra: object) -> dict[str, object]:
    return {"id": job_id, "percentageCompleted": progress, "status": status, **extra}


def page(*ids: str) -> dict[str, object]:
    return {"results": [job(i) for i in ids], "count": len(ids)}
