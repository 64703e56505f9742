"""A scripted Sphinx Bio API for the Sphinx client's tests: nextToken listings, export tasks, signed files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from labsdk.sphinx import Sphinx

from ..harness import Waits
from .support import FakeApi, fake_client

API_KEY = "sphinx-test-S3CRET-KEY-0123456789"
BASE = "https://api.sphinxbio.com"
SIGNED = "https://storage.example/exports/dt_12345.csv"
EXPORT_RESULT = {"type": "EXPORT_DATATABLE", "signedUrl": SIGNED}
CREATOR = {"id": "user_12345", "email": "ada@example.com"}
# Every field a campaign, dataset, plot or datatable requires (the models keep the others as extra fields).
ITEM = {
    "name": "a name",
    "campaignId": "camp_1",
    "notebookId": "nb_1",
    "creator": CREATOR,
    "tags": [],
    "createdAt": "2024-01-09T09:00:00Z",
    "updatedAt": "2024-01-09T10:00:00Z",
}
CSV = b"well,compound,signal\nA01,SPX-100,51234.5\nA02,SPX-101,48000.0\n"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>\n'


def sync_client(api: FakeApi, waits: Waits, max_retries: int = 3) -> Sphinx:
    return fake_client(Sphinx, api, waits, max_retries=max_retries, api_key=API_KEY)


def page(*items: dict[str, object], **extra: object) -> httpx.Response:
    """One list page of ``items`` (each with every required field), with ``url`` and ``extra`` fields."""
    body = {"data": [{**ITEM, **item} for item in items], "url": f"{BASE}/v1/campaigns", **extra}
    return httpx.Response(200, json=body)


def token_listing(ids: list[str], item: dict[str, object] | None = None) -> Any:
    """A nextToken-paged list, honouring ``limit`` and ``nextToken`` the way the vendor page describes."""

    def respond(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "50"))
        start = int(request.url.params.get("nextToken", "tok-0").removeprefix("tok-"))
        items = [{**ITEM, "id": i, "name": f"name of {i}", **(item or {})} for i in ids]
        body: dict[str, object] = {"data": items, "url": str(request.url)}
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
    api.add("GET", "/api/tasks/task_1", *states)
    api.add("GET", "storage.example/exports/dt_12345.csv", httpx.Response(200, content=CSV))
    return api
