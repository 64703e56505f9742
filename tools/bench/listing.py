"""Listing 10,000 items of each API: a raw httpx loop over dicts next to labsdk, against one mock in its own process.

The raw loops are what a user writes by hand with httpx (the same requests labsdk sends, checked against the mock's
journal by ``goals.py``); labsdk walks the same list with ``list_*`` one page at a time (or with pages in flight).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
MOCKPROC = Path(__file__).with_name("mockproc.py")
PAGE = 100


@contextlib.contextmanager
def mock_process(
    api: str, items: int, *, latency: float = 0.0, bandwidth: float = 0.0, object_mib: int = 0, tls: bool = False
) -> Iterator[dict[str, Any]]:
    """A labmock server of ``api`` in a child process with ``items`` in its goal list; yields its JSON line."""
    command = [sys.executable, str(MOCKPROC), api, str(items), "--latency", str(latency), "--bandwidth", str(bandwidth)]
    if object_mib:
        command += ["--object-mib", str(object_mib)]
    if tls:
        command.append("--tls")
    proc = subprocess.Popen(  # noqa: S603
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {api} mock did not start (exit {proc.wait(timeout=30)})")
        yield json.loads(line)
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _auth(api: str, key: str) -> dict[str, str]:
    return {
        "biodock": {"X-API-KEY": key},
        "sphinx": {"Authorization": f"Bearer {key}"},
        "sevenbridges": {"X-SBG-Auth-Token": key},
        "iontorrent": {"Authorization": f"ApiKey {key}"},
    }[api]


def _touch(items: list[dict[str, Any]]) -> int:
    """Every value of every item read (``raw_list(read=True)``)."""
    for item in items:
        for _ in item.values():
            pass
    return len(items)


def raw_list(api: str, info: dict[str, Any], read: bool = False) -> int:
    """The hand-written httpx loop over dicts: every item of the goal list, one page after another (``read``: every
    value of every item read too)."""
    count = 0
    touch: Callable[[list[dict[str, Any]]], int] = _touch if read else len
    with httpx.Client(base_url=info["base_url"] + "/", headers=_auth(api, info["key"]), timeout=30) as client:
        path = info["path"].lstrip("/")
        if api == "biodock":
            params: dict[str, Any] = {"limit": PAGE}
            while True:
                items = client.get(path, params=params).raise_for_status().json()["results"]
                count += touch(items)
                if len(items) < PAGE:
                    return count
                params = {"limit": PAGE, "startingAfter": items[-1]["id"]}
        elif api == "sphinx":
            params = {"limit": PAGE}
            while True:
                body = client.get(path, params=params).raise_for_status().json()
                count += touch(body["data"])
                if not body.get("nextToken"):
                    return count
                params = {"limit": PAGE, "nextToken": body["nextToken"]}
        elif api == "sevenbridges":
            offset = 0
            while True:
                params = {"project": "john_doe/project2", "limit": PAGE, "offset": offset}
                response = client.get(path, params=params).raise_for_status()
                items = response.json()["items"]
                count += touch(items)
                offset += len(items)
                if not items or offset >= int(response.headers["X-Total-Matching-Query"]):
                    return count
        else:  # iontorrent
            params = {"limit": PAGE}
            while True:
                body = client.get(path, params=params).raise_for_status().json()
                count += touch(body["objects"])
                if not body["meta"]["next"]:
                    return count
                params = {"limit": PAGE, "offset": body["meta"]["offset"] + len(body["objects"])}
    raise AssertionError("unreachable")


def sdk_client(api: str, info: dict[str, Any]) -> Any:
    from labsdk.biodock import Biodock
    from labsdk.iontorrent import IonTorrent
    from labsdk.sevenbridges import SevenBridges
    from labsdk.sphinx import Sphinx

    cls: Any = {"biodock": Biodock, "sphinx": Sphinx, "sevenbridges": SevenBridges, "iontorrent": IonTorrent}[api]
    return cls(api_key=info["key"], base_url=info["base_url"])


def _read_fields(items: Iterator[Any]) -> int:
    """Every field of every model read (``sdk_list(read=True)``): its dates, nested models and enums parsed."""
    import attrs

    count, kind = 0, None
    names: tuple[str, ...] = ()
    for item in items:
        if type(item) is not kind:
            kind = type(item)
            names = tuple(f.name for f in attrs.fields(kind))
        for name in names:
            getattr(item, name)
        count += 1
    return count


def sdk_list(api: str, info: dict[str, Any], concurrency: int = 1, read: bool = False) -> int:
    """labsdk's ``list_*`` of the goal list (typed models), ``concurrency`` pages in flight where the API allows
    (``read``: every field of every model read too)."""
    with sdk_client(api, info) as client:
        pages: Any
        if api == "biodock":
            pages = client.list_files(page_size=PAGE)
        elif api == "sphinx":
            pages = client.list_datasets(page_size=PAGE)
        elif api == "sevenbridges":
            pages = client.list_files("john_doe/project2", page_size=PAGE, concurrency=concurrency)
        else:
            pages = client.list_results(page_size=PAGE)
        return _read_fields(iter(pages)) if read else sum(1 for _ in pages)


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = fn()
    return time.perf_counter() - start, count
