"""Support for the end-to-end tests: one client surface over ``Biodock`` and ``AsyncBiodock``, a recording mock
server, a no-sleep retry policy, and a raw ``httpx`` client for ground truth.

Every workflow test is written once against :class:`Driver` and runs twice: once on the sync client (called
directly: the mock serves from its own thread) and once on the async client (awaited).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

import httpx
import pandas as pd

import labmock
from labmock import LiveServer, MockConfig, MockRequest, MockResponse, MockServer
from labsdk import Page, RetryPolicy
from labsdk.biodock import AnalysisJob, AsyncBiodock, Biodock, FilesystemItem, KeyCheck, MasksJob, UploadedFile

DEMO_KEY = "biodock-demo-key"
OBJECTS = "/_labmock/objects/"

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

Upload = str | os.PathLike[str] | bytes | IO[bytes]
JobProgress = Callable[[str, float | None, AnalysisJob], None]
MasksProgress = Callable[[str, float | None, MasksJob], None]


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


class Driver:
    """The Biodock client surface the workflows use, awaited whatever the client (see the module docstring)."""

    mode: Mode

    async def check(self) -> KeyCheck:
        raise NotImplementedError

    async def upload_file(
        self, file: Upload, file_name: str | None = None, destination_folder: str | None = None
    ) -> UploadedFile:
        raise NotImplementedError

    async def list_files(self, folder_id: str | None = None, *, page_size: int | None = None) -> list[FilesystemItem]:
        raise NotImplementedError

    async def submit_job(self, pipeline_id: str, filesystem_ids: Sequence[str], name: str | None = None) -> AnalysisJob:
        raise NotImplementedError

    async def get_job(self, job_id: str) -> AnalysisJob:
        raise NotImplementedError

    async def list_jobs(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> list[AnalysisJob]:
        raise NotImplementedError

    async def job_pages(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> list[Page[AnalysisJob]]:
        raise NotImplementedError

    async def wait_for_job(
        self, job_id: str, *, within: float | None = None, on_progress: JobProgress | None = None
    ) -> AnalysisJob:
        raise NotImplementedError

    async def poll_job(
        self, job_id: str, *, interval: float, within: float | None, on_progress: JobProgress | None = None
    ) -> AnalysisJob:
        """``poll_job(job_id, interval=interval, max_interval=interval, ...).result(within)``."""
        raise NotImplementedError

    async def submit_masks(self, job_id: str) -> MasksJob:
        raise NotImplementedError

    async def get_masks(self, job_id: str) -> MasksJob:
        raise NotImplementedError

    async def wait_for_masks(
        self, job_id: str, *, within: float | None = None, on_progress: MasksProgress | None = None
    ) -> MasksJob:
        raise NotImplementedError

    async def poll_masks(self, job_id: str, *, interval: float, within: float | None) -> MasksJob:
        raise NotImplementedError

    async def download_results(self, job: AnalysisJob | str, dest_dir: Path) -> dict[str, Path]:
        raise NotImplementedError

    async def download_masks(self, job_id: str, dest_dir: Path) -> Path:
        raise NotImplementedError

    async def read_objects_csv(self, job: AnalysisJob | str) -> pd.DataFrame:
        raise NotImplementedError

    async def read_aggregate_csv(self, job: AnalysisJob | str) -> pd.DataFrame:
        raise NotImplementedError

    def client_repr(self) -> str:
        raise NotImplementedError


class SyncDriver(Driver):
    mode: Mode = "sync"

    def __init__(self, client: Biodock) -> None:
        self.client = client

    async def check(self) -> KeyCheck:
        return self.client.check()

    async def upload_file(
        self, file: Upload, file_name: str | None = None, destination_folder: str | None = None
    ) -> UploadedFile:
        return self.client.upload_file(file, file_name, destination_folder)

    async def list_files(self, folder_id: str | None = None, *, page_size: int | None = None) -> list[FilesystemItem]:
        return list(self.client.list_files(folder_id, page_size=page_size))

    async def submit_job(self, pipeline_id: str, filesystem_ids: Sequence[str], name: str | None = None) -> AnalysisJob:
        return self.client.submit_job(pipeline_id, filesystem_ids, name)

    async def get_job(self, job_id: str) -> AnalysisJob:
        return self.client.get_job(job_id)

    async def list_jobs(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> list[AnalysisJob]:
        paged = self.client.list_jobs(page_size=page_size, max_items=max_items, continuation_token=continuation_token)
        return list(paged)

    async def job_pages(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> list[Page[AnalysisJob]]:
        paged = self.client.list_jobs(page_size=page_size, max_items=max_items, continuation_token=continuation_token)
        return list(paged.by_page())

    async def wait_for_job(
        self, job_id: str, *, within: float | None = None, on_progress: JobProgress | None = None
    ) -> AnalysisJob:
        return self.client.wait_for_job(job_id, timeout=within, on_progress=on_progress)

    async def poll_job(
        self, job_id: str, *, interval: float, within: float | None, on_progress: JobProgress | None = None
    ) -> AnalysisJob:
        poller = self.client.poll_job(job_id, interval=interval, max_interval=interval, on_progress=on_progress)
        return poller.result(within)

    async def submit_masks(self, job_id: str) -> MasksJob:
        return self.client.submit_masks(job_id)

    async def get_masks(self, job_id: str) -> MasksJob:
        return self.client.get_masks(job_id)

    async def wait_for_masks(
        self, job_id: str, *, within: float | None = None, on_progress: MasksProgress | None = None
    ) -> MasksJob:
        return self.client.wait_for_masks(job_id, timeout=within, on_progress=on_progress)

    async def poll_masks(self, job_id: str, *, interval: float, within: float | None) -> MasksJob:
        return self.client.poll_masks(job_id, interval=interval, max_interval=interval).result(within)

    async def download_results(self, job: AnalysisJob | str, dest_dir: Path) -> dict[str, Path]:
        return self.client.download_results(job, dest_dir)

    async def download_masks(self, job_id: str, dest_dir: Path) -> Path:
        return self.client.download_masks(job_id, dest_dir)

    async def read_objects_csv(self, job: AnalysisJob | str) -> pd.DataFrame:
        return self.client.read_objects_csv(job)

    async def read_aggregate_csv(self, job: AnalysisJob | str) -> pd.DataFrame:
        return self.client.read_aggregate_csv(job)

    def client_repr(self) -> str:
        return repr(self.client)


class AsyncDriver(Driver):
    mode: Mode = "async"

    def __init__(self, client: AsyncBiodock) -> None:
        self.client = client

    async def check(self) -> KeyCheck:
        return await self.client.check()

    async def upload_file(
        self, file: Upload, file_name: str | None = None, destination_folder: str | None = None
    ) -> UploadedFile:
        return await self.client.upload_file(file, file_name, destination_folder)

    async def list_files(self, folder_id: str | None = None, *, page_size: int | None = None) -> list[FilesystemItem]:
        return [item async for item in self.client.list_files(folder_id, page_size=page_size)]

    async def submit_job(self, pipeline_id: str, filesystem_ids: Sequence[str], name: str | None = None) -> AnalysisJob:
        return await self.client.submit_job(pipeline_id, filesystem_ids, name)

    async def get_job(self, job_id: str) -> AnalysisJob:
        return await self.client.get_job(job_id)

    async def list_jobs(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> list[AnalysisJob]:
        paged = self.client.list_jobs(page_size=page_size, max_items=max_items, continuation_token=continuation_token)
        return [job async for job in paged]

    async def job_pages(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> list[Page[AnalysisJob]]:
        paged = self.client.list_jobs(page_size=page_size, max_items=max_items, continuation_token=continuation_token)
        return [page async for page in paged.by_page()]

    async def wait_for_job(
        self, job_id: str, *, within: float | None = None, on_progress: JobProgress | None = None
    ) -> AnalysisJob:
        return await self.client.wait_for_job(job_id, timeout=within, on_progress=on_progress)

    async def poll_job(
        self, job_id: str, *, interval: float, within: float | None, on_progress: JobProgress | None = None
    ) -> AnalysisJob:
        poller = self.client.poll_job(job_id, interval=interval, max_interval=interval, on_progress=on_progress)
        return await poller.result(within)

    async def submit_masks(self, job_id: str) -> MasksJob:
        return await self.client.submit_masks(job_id)

    async def get_masks(self, job_id: str) -> MasksJob:
        return await self.client.get_masks(job_id)

    async def wait_for_masks(
        self, job_id: str, *, within: float | None = None, on_progress: MasksProgress | None = None
    ) -> MasksJob:
        return await self.client.wait_for_masks(job_id, timeout=within, on_progress=on_progress)

    async def poll_masks(self, job_id: str, *, interval: float, within: float | None) -> MasksJob:
        return await self.client.poll_masks(job_id, interval=interval, max_interval=interval).result(within)

    async def download_results(self, job: AnalysisJob | str, dest_dir: Path) -> dict[str, Path]:
        return await self.client.download_results(job, dest_dir)

    async def download_masks(self, job_id: str, dest_dir: Path) -> Path:
        return await self.client.download_masks(job_id, dest_dir)

    async def read_objects_csv(self, job: AnalysisJob | str) -> pd.DataFrame:
        return await self.client.read_objects_csv(job)

    async def read_aggregate_csv(self, job: AnalysisJob | str) -> pd.DataFrame:
        return await self.client.read_aggregate_csv(job)

    def client_repr(self) -> str:
        return repr(self.client)


@contextlib.asynccontextmanager
async def open_driver(
    mode: Mode,
    live: LiveServer,
    *,
    api_key: str = DEMO_KEY,
    retry: RetryPolicy | None = None,
) -> AsyncIterator[Driver]:
    """A sync or async Biodock client on ``live`` (closed on exit), behind the :class:`Driver` surface."""
    if mode == "sync":
        with Biodock(api_key=api_key, base_url=live.base_url, retry=retry) as client:
            yield SyncDriver(client)
    else:
        async with AsyncBiodock(api_key=api_key, base_url=live.base_url, retry=retry) as aclient:
            yield AsyncDriver(aclient)


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
def serve(config: MockConfig | None = None) -> Iterator[tuple[LiveServer, list[Seen]]]:
    """A fresh Biodock mock on 127.0.0.1 with a request recorder."""
    server = labmock.create("biodock", config)
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
