"""Cancelling an async download (async only: the sync face has no cancellation in the middle of a call)."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from labsdk import AsyncDownloader
from labsdk._download import _PartFile

from ..harness import Waits, leftovers
from .download_support import DATA, OBJECT, URL, serve
from .support import FakeApi


@pytest.mark.parametrize("trial", range(5))
async def test_cancelling_while_the_part_file_opens_leaves_no_part_file(
    trial: int, api: FakeApi, waits: Waits, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opening = threading.Event()
    original = _PartFile.__init__

    def slow_open(self: _PartFile, final: Path, *, durable: bool = False) -> None:
        opening.set()
        time.sleep(0.05)  # the cancellation lands while the worker thread opens the part file
        original(self, final, durable=durable)

    monkeypatch.setattr(_PartFile, "__init__", slow_open)
    api.add("GET", OBJECT, serve(DATA))
    dest = tmp_path / "objects.csv"
    dest.write_bytes(b"previous version")

    async def download() -> Path:
        async with AsyncDownloader(transport=api.transport, retry=waits.policy()) as downloader:
            return await downloader.download(URL, dest)

    task = asyncio.ensure_future(download())
    for _ in range(400):
        if opening.is_set():
            break
        await asyncio.sleep(0.005)
    assert opening.is_set()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert leftovers(tmp_path) == []
    await asyncio.sleep(0.1)  # nor later, once the worker thread is surely done
    assert leftovers(tmp_path) == []
    assert dest.read_bytes() == b"previous version"
