"""What the tests of every API share, whatever the API: a mock of any service on 127.0.0.1 with a recorder of the
requests it receives, plain reads of its API for ground truth, signed fetches without credentials, a retry policy
that records its waits instead of sleeping, and the checks on a download's folder. A client of any API on a live
mock is ``open_client`` of ``tests/_async/clients.py`` (both faces)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

import labmock
from labmock import LiveServer, MockConfig, MockRequest, MockResponse, MockServer, Service
from labsdk import RetryPolicy

OBJECTS = "/_labmock/objects/"  # where every mock's signed-URL object store serves


@dataclass
class Waits:
    """Records every wait the SDK asks for (retries, polls, download resumes), sync and async, and never sleeps."""

    waits: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)  # let the other tasks run, as a real wait would

    def recording(self, policy: RetryPolicy | None = None) -> RetryPolicy:
        """``policy`` (default: the SDK's default one) with its waits recorded here instead of slept."""
        return dataclasses.replace(policy or RetryPolicy(), sleep=self.sleep, asleep=self.asleep)

    def policy(self, max_retries: int = 3, *, backoff_factor: float = 0.5, max_backoff: float = 30.0) -> RetryPolicy:
        return RetryPolicy(
            max_retries=max_retries,
            backoff_factor=backoff_factor,
            backoff_jitter=0.0,
            max_backoff=max_backoff,
            sleep=self.sleep,
            asleep=self.asleep,
        )


class ManualClock:
    """A clock that moves only when a test (or the SDK's sleeping, with :meth:`policy`) moves it: for a mock's rate
    limiter or job clock, and a client's pacer."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, **changes: Any) -> RetryPolicy:
        """A retry policy whose waits move this clock."""
        return RetryPolicy(backoff_jitter=0.0, sleep=self.sleep, asleep=self.asleep, **changes)


# -- the server side ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seen:
    """One request as the mock server received it, and the status it answered."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    status: int
    fault: str | None = None  # an injected "drop" or "truncate" (the status says the others)

    @property
    def signed(self) -> bool:
        """Whether it went to the signed-URL object store."""
        return OBJECTS in self.path


def record_requests(server: MockServer) -> list[Seen]:
    """Every request ``server`` handles from now on (its one dispatch function, which every adapter calls)."""
    seen: list[Seen] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        response = original(request)
        query, headers = dict(request.query_params), dict(request.headers.items())
        seen.append(Seen(request.method, request.path, query, headers, response.status, response.fault))
        return response

    server.handle = handle  # type: ignore[method-assign]
    return seen


def mock(target: str | Service[Any] | MockServer, config: MockConfig | None = None) -> MockServer:
    """A fresh in-process mock of a service (by name, or a ``Service`` such as the widgets fixture's)."""
    if isinstance(target, MockServer):
        return target
    return labmock.create(target, config) if isinstance(target, str) else MockServer(target, config)


@contextlib.contextmanager
def serve(
    target: str | Service[Any] | MockServer, config: MockConfig | None = None
) -> Iterator[tuple[LiveServer, list[Seen]]]:
    """A mock of ``target`` on 127.0.0.1 (a free port) for the block, with a recorder of its requests."""
    server = mock(target, config)
    seen = record_requests(server)
    with labmock.running(server) as live:
        yield live, seen


def signed_fetches(seen: list[Seen]) -> list[Seen]:
    """The requests that went to the signed-URL object store."""
    return [s for s in seen if s.signed]


# -- plain HTTP: ground truth, with no SDK involved ----------------------------------------------------------------


def raw_client(live: LiveServer) -> httpx.Client:
    """A plain ``httpx.Client`` on the API, with the mock's demo credential in the API's own scheme."""
    return httpx.Client(base_url=live.base_url, headers=live.server.auth_headers(), trust_env=False, timeout=10.0)


def raw_get(live: LiveServer, path: str, **params: str | int) -> Any:
    """An authenticated GET of the API's JSON, which must answer 200."""
    with raw_client(live) as client:
        response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET") -> httpx.Response:
    """A plain request with no credential (a signed URL, as any HTTP client would fetch it)."""
    return httpx.request(method, url, headers=headers, trust_env=False, timeout=10.0)


# -- a download's folder -----------------------------------------------------------------------------------------


def names_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def leftovers(directory: Path) -> list[str]:
    """Names in ``directory`` that a finished download must not leave: hidden or ``.part`` temporary files."""
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".") or p.name.endswith(".part"))


# -- a tiny server that answers slowly ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SlowRoute:
    """What :func:`slow_server` answers on a path: ``status``, ``headers`` (one byte every ``head_every`` seconds),
    then ``body`` one byte every ``every`` seconds (``0``: at once)."""

    body: bytes = b""
    every: float = 0.0
    head_every: float = 0.0
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/plain"),)


@contextlib.contextmanager
def slow_server(routes: dict[str, SlowRoute]) -> Iterator[str]:
    """An HTTP/1.1 server on 127.0.0.1 (a free port) for the block, answering ``routes`` by path (query ignored;
    404 otherwise): a server that trickles its body, for deadlines. Yields its origin (``http://127.0.0.1:port``)."""
    import socketserver
    import threading
    import time

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            while True:
                line = self.rfile.readline()
                if not line:
                    return
                path = line.split(b" ")[1].decode().split("?")[0] if line.count(b" ") >= 2 else "/"
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                route = routes.get(path, SlowRoute(b"not found", status=404))
                head = [f"HTTP/1.1 {route.status} X", f"Content-Length: {len(route.body)}"]
                head += [f"{name}: {value}" for name, value in route.headers]
                try:
                    raw_head = ("\r\n".join(head) + "\r\n\r\n").encode()
                    for index in range(len(raw_head) if route.head_every else 0):
                        self.wfile.write(raw_head[index : index + 1])
                        self.wfile.flush()
                        time.sleep(route.head_every)
                    if not route.head_every:
                        self.wfile.write(raw_head)
                    for index in range(len(route.body)):
                        if route.every:
                            self.wfile.flush()
                            time.sleep(route.every)
                        self.wfile.write(route.body[index : index + 1])
                    self.wfile.flush()
                except OSError:
                    return

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        block_on_close = False
        allow_reuse_address = True

    with Server(("127.0.0.1", 0), Handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
