"""A scripted Sphinx Bio API for the Sphinx client's tests: nextToken listings, export tasks, signed files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from labsdk.sphinx import Sphinx

from ..harness import Waits
from .support import FakeApi, fake_client

API_KEY = "sphinx-test-S3CRET-KEY-0123456789"
BASE = "https://api.sphinxbio.com/v1"
SIGNED = "https://storage.example/exports/dt_12345.csv"
CSV = b"well,compound,signal\nA01,SPX-100,51234.5\nA02,SPX-101,48000.0\n"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>\n'


def sync_client(api: FakeApi, waits: Waits, max_retries: int = 3) -> Sphinx:
    return fake_client(Sphinx, api, waits, max_retries=max_retries, api_key=API_KEY)


def token_listing(ids: list[str], item: dict[str, object] | None = None) -> Any:
    """A nextToken-paged list, honouring ``limit`` and ``nextToken`` the way the vendor page describes."""

    def respond(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "50"))
        start = int(request.url.params.get("nextToken", "tok-0").removeprefix("tok-"))
        body: dict[str, object] = {"data": [{"id": i, "name": f"name of {i}", **(item or {})} for i in ids]}
        body["data"] = body["data"][start : start + limit]  # type: ignore[index]
        if start + limit < len(ids):
            body["nextToken"] = f"tok-{start + limit}"
        return httpx.Response(200, json=body)

    return respond


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def task(status: str, **extra: object) -> httpx.Response:
    return httpx.Response(200, json={"id": "task_1", "status": status, **extra})


def export_routes(api: FakeApi, *states: httpx.Response) -> FakeApi:
    api.add("GET", "/v1/datatables/dt_12345/download", httpx.Response(200, json={"taskId": "task_1"}))
    api.add("GET", "/v1/tasks/task_1", *states)
    api.add("GET", "storage.example/exports/dt_12345.csv", httpx.Response(200, content=CSV))
    return api
