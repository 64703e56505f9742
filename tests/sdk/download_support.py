"""A fake signed-URL object store for the download tests."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx

from .support import ChunkedStream

URL = "https://storage.example/bucket/objects.csv?X-Amz-Signature=s3cr3tsig&X-Amz-Expires=300"
OBJECT = "storage.example/bucket/objects.csv"
DATA = bytes(range(256)) * 40  # 10240 bytes
RANGE = re.compile(r"bytes=(\d+)-$")
SIGNED = {
    "objectsDataCSVUrl": "https://storage.example/bucket/objects.csv?X-Amz-Signature=one",
    "aggregateDataCSVUrl": "https://storage.example/bucket/aggregate.csv?X-Amz-Signature=two",
}


def serve(
    data: bytes, *, short_first: int | None = None, honour_range: bool = True, always_short: bool = False
) -> Callable[[httpx.Request], httpx.Response]:
    """A signed-URL server: the first full response (or every one) stops ``short_first`` bytes early while
    announcing the full Content-Length; ``Range`` requests get a 206 with Content-Range (unless ignored)."""
    state = {"sent_short": False}

    def handler(request: httpx.Request) -> httpx.Response:
        match = RANGE.match(request.headers.get("Range", ""))
        if match and honour_range:
            start = int(match.group(1))
            body = data[start:]
            if always_short:
                body = body[: len(body) // 2]
            headers = {
                "Content-Range": f"bytes {start}-{len(data) - 1}/{len(data)}",
                "Content-Length": str(len(data) - start),
            }
            return httpx.Response(206, headers=headers, content=body)
        body = data
        if short_first is not None and (always_short or not state["sent_short"]):
            state["sent_short"] = True
            body = data[: len(data) - short_first]
        return httpx.Response(200, headers={"Content-Length": str(len(data)), "Content-Type": "text/csv"}, content=body)

    return handler


def asked_range(request: httpx.Request, data: bytes) -> tuple[int, int, dict[str, str]]:
    """The first and last byte of ``data`` a ``Range: bytes=a-b`` request asks for, and the headers of its 206."""
    match = re.fullmatch(r"bytes=(\d+)-(\d+)", request.headers.get("Range", ""))
    assert match, request.headers.get("Range")
    start, end = int(match.group(1)), min(int(match.group(2)), len(data) - 1)
    return start, end, {"Content-Range": f"bytes {start}-{end}/{len(data)}", "Content-Length": str(end + 1 - start)}


def ranges(
    data: bytes, *, cut_once: int | None = None, cut_after: int | None = None, chunk: int | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """A store that answers ``Range: bytes=a-b`` with 206, in ``chunk``-byte pieces (default: one); the range
    starting at ``cut_once`` breaks once, after ``cut_after`` bytes (default: halfway)."""
    cut: set[int] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        start, end, headers = asked_range(request, data)
        body = data[start : end + 1]
        fail_after = None
        if start == cut_once and start not in cut:
            cut.add(start)
            fail_after = len(body) // 2 if cut_after is None else cut_after
        return httpx.Response(206, headers=headers, stream=ChunkedStream(body, chunk or len(body) or 1, fail_after))

    return handler
