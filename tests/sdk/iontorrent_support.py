"""A scripted Torrent Server for the Ion Torrent client's tests: Tastypie pages of chips."""

from __future__ import annotations

from typing import Any

import httpx

from .support import FakeApi

KEY = "tester:S3CRET0123456789abcdef0123456789abcdef"
BASE = "http://torrent.lab:8080/rundb/api/v1"
CHIPS = "/rundb/api/v1/chip/"


def chip(pk: int) -> dict[str, object]:
    return {"id": pk, "name": str(300 + pk), "resource_uri": f"{CHIPS}{pk}/"}


def page(objects: list[dict[str, object]], *, offset: int, limit: int, total: int, query: str = "") -> dict[str, Any]:
    following = offset + limit
    nxt = f"{CHIPS}?{query}limit={limit}&offset={following}" if following < total else None
    meta = {"limit": limit, "next": nxt, "offset": offset, "previous": None, "total_count": total}
    return {"meta": meta, "objects": objects}


def chip_server(total: int) -> FakeApi:
    """A chip list of ``total`` chips that pages like Tastypie (limit and offset from the query)."""

    def answer(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "20"))
        offset = int(request.url.params.get("offset", "0"))
        objects = [chip(pk) for pk in range(offset + 1, min(offset + limit, total) + 1)]
        return httpx.Response(200, json=page(objects, offset=offset, limit=limit, total=total))

    return FakeApi().add("GET", CHIPS, answer)
