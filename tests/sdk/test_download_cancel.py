"""Cancelling an async download (async only: the sync face has no cancellation in the middle of a call)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from labsdk import AsyncDownloader
from labsdk._download import _PartFile

from ..harness import Waits, leftovers
from .download_support import DATA, OBJECT, URL, ranges, serve
from .support import FakeApi


async def cancel_once(download: Coroutine[Any, Any, Path], started: threading.Event) -> None:
    """Run ``download`` until ``started`` is set (in a worker thread), then cancel it; it must end cancelled."""
    task = asyncio.ensure_future(download)
    for _ in range(400):
        if started.is_set():
            break
        await asyncio.sleep(0.005)
    assert started.is_set()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


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

    await cancel_once(download(), opening)
    assert leftovers(tmp_path) == []
    await asyncio.sleep(0.1)  # nor later, once the worker thread is surely done
    assert leftovers(tmp_path) == []
    assert dest.read_bytes() == b"previous version"


@pytest.mark.parametrize("workers", [1, 3])
async def test_cancelling_during_a_write_waits_for_it_then_leaves_no_part_file(
    workers: int, api: FakeApi, waits: Waits, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each write runs in a worker thread; a cancellation meanwhile lets it end before the part file is closed and
    removed (a thread cannot be stopped, and it must not write to a closed file descriptor, maybe reused)."""
    writing, ended = threading.Event(), threading.Event()
    open_while_writing: list[bool] = []

    def slow(write: Callable[..., None]) -> Callable[..., None]:
        def wrapper(self: _PartFile, *args: Any) -> None:
            writing.set()
            time.sleep(0.05)  # the cancellation lands while the worker thread writes
            write(self, *args)
            open_while_writing.append(not self._file.closed)
            ended.set()

        return wrapper

    monkeypatch.setattr(_PartFile, "write", slow(_PartFile.write))
    monkeypatch.setattr(_PartFile, "write_at", slow(_PartFile.write_at))
    api.add("GET", OBJECT, ranges(DATA) if workers > 1 else serve(DATA))
    dest = tmp_path / "objects.csv"
    dest.write_bytes(b"previous version")

    async def download() -> Path:
        async with AsyncDownloader(transport=api.transport, retry=waits.policy()) as downloader:
            return await downloader.download(URL, dest, chunk_size=1000, workers=workers, part_size=4096)

    await cancel_once(download(), writing)
    assert ended.is_set()  # the write had ended before the cancellation went on
    assert open_while_writing
    assert all(open_while_writing)
    assert leftovers(tmp_path) == []
    assert dest.read_bytes() == b"previous version"
