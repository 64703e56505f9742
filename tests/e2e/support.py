"""Support for the end-to-end tests: a recording mock server of any API on 127.0.0.1, a no-sleep retry policy, and
raw ``httpx`` calls for ground truth.

Every workflow test of both faces is written once, async, in ``_async/`` (with the clients of ``_async/clients.py``);
``_sync/`` is derived from it by ``tools/codegen/unasync.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

import labmock
from labmock import LiveServer, MockConfig, MockRequest, MockResponse, MockServer
from labsdk import RetryPolicy

DEMO_KEY = "biodock-demo-key"
OBJECTS = "/_labmock/objects/"


@dataclass
class Waits:
    """Records every wait the SDK asks for (retries, polls, download resumes) and never really sleeps."""

    waits: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)

    def policy(self, max_retries: int = 3) -> RetryPolicy:
        return RetryPolicy(max_retries=max_retries, backoff_jitter=0.0, sleep=self.sleep, asleep=self.asleep)


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
    """Wrap ``server.handle`` (the one dispatch function every adapter calls) to record each request."""
    seen: list[Seen] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        response = original(request)
        seen.append(
            Seen(
                request.method,
                request.path,
                dict(request.query_params),
                dict(request.headers.items()),
                response.status,
                response.fault,
            )
        )
        return response

    server.handle = handle  # type: ignore[method-assign]
    return seen


@contextlib.contextmanager
def serve(config: MockConfig | None = None, *, api: str = "biodock") -> Iterator[tuple[LiveServer, list[Seen]]]:
    """A fresh mock of ``api`` on 127.0.0.1 with a request recorder."""
    server = labmock.create(api, config)
    seen = record_requests(server)
    with labmock.running(server) as live:
        yield live, seen


def raw_client(live: LiveServer) -> httpx.Client:
    """A plain authenticated ``httpx.Client`` on the API (ground truth, no SDK involved)."""
    return httpx.Client(base_url=live.base_url, headers={"X-API-KEY": DEMO_KEY}, trust_env=False, timeout=10.0)


def raw_job_walk(live: LiveServer, limit: int) -> list[list[str]]:
    """The job ids of every page, following ``startingAfter`` by hand until a page comes back short."""
    pages: list[list[str]] = []
    params: dict[str, str | int] = {"limit": limit}
    with raw_client(live) as client:
        while True:
            response = client.get("/analysis-jobs", params=params)
            assert response.status_code == 200, response.text
            body = response.json()
            ids = [item["id"] for item in body["results"]]
            assert body["count"] == len(ids)
            pages.append(ids)
            if len(ids) < limit:
                return pages
            params = {"limit": limit, "startingAfter": ids[-1]}


def server_job_ids(live: LiveServer) -> list[str]:
    """The analysis job ids in the mock's own state, newest first (the documented list order)."""
    return [record.id for record in reversed(live.server.state.job_list)]


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET") -> httpx.Response:
    """A plain request with no credential (a signed URL, as any HTTP client would fetch it)."""
    return httpx.request(method, url, headers=headers, trust_env=False, timeout=10.0)


def names_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def leftovers(directory: Path) -> list[str]:
    """Names in ``directory`` that a finished download must not leave: hidden or ``.part`` temporary files."""
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".") or p.name.endswith(".part"))
