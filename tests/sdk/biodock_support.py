"""The Biodock client's unit tests: a client of each face over the fake API (``async_client`` in the ``_async`` tests
becomes ``client`` in their sync derivation), and Biodock's job and page bodies."""

from __future__ import annotations

from labsdk.biodock import AsyncBiodock, Biodock

from ..harness import Waits
from .support import FakeApi, fake_client

BASE = "https://app.biodock.ai/api/external"


def client(api: FakeApi, waits: Waits, *, max_retries: int = 3, base_url: str | None = None) -> Biodock:
    return fake_client(Biodock, api, waits, max_retries=max_retries, base_url=base_url)


def async_client(api: FakeApi, waits: Waits, *, max_retries: int = 3, base_url: str | None = None) -> AsyncBiodock:
    return fake_client(AsyncBiodock, api, waits, max_retries=max_retries, base_url=base_url)


def job(job_id: str = "job1", status: str = "PENDING", progress: float = 0, **extra: object) -> dict[str, object]:
    return {"id": job_id, "percentageCompleted": progress, "status": status, **extra}


def page(*ids: str) -> dict[str, object]:
    return {"results": [job(i) for i in ids], "count": len(ids)}
