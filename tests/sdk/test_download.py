"""Signed-URL downloads, what only the sync face shows: the progress bar, the refresh of an expired URL, and a
clear error for an unfinished job. Every download test that holds for both faces is written once in
``_async/test_download.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from labsdk import Downloader, LabSDKError
from labsdk._download import _PartFile

from .._sync.widgets import Build, Widgets
from ..harness import Waits
from .download_support import DATA, OBJECT, URL, asked_range, serve
from .support import FakeApi, fake_client

BUILD = "/api/builds/bd_1"


def test_progress_bar(api: FakeApi, waits: Waits, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api.add("GET", OBJECT, serve(DATA))
    with Downloader(transport=api.transport, retry=waits.policy()) as downloader:
        downloader.download(URL, tmp_path / "o.csv", progress=True, chunk_size=1024)
    assert "objects.csv" in capsys.readouterr().err


def test_expired_signed_url_is_refreshed_once(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    fresh = "https://storage.example/bucket/fresh.bin?X-Amz-Signature=new"
    api.add("GET", OBJECT, httpx.Response(403, text="expired"))
    api.add("GET", "storage.example/bucket/fresh.bin", httpx.Response(200, content=b"fresh"))
    api.add("GET", BUILD, httpx.Response(200, json={"id": "bd_1", "state": "DONE", "artifactUrl": fresh}))
    stale = Build.from_dict({"id": "bd_1", "state": "DONE", "artifactUrl": URL})
    with fake_client(Widgets, api, waits) as client:
        paths = client.download_artifact(stale, tmp_path)
    assert paths["artifact_url"].read_bytes() == b"fresh"
    assert paths["artifact_url"].name == "widget.bin"
    assert len(api.calls(BUILD)) == 1


def test_a_signed_field_not_there_yet_is_a_clear_error(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    unfinished = Build.from_dict({"id": "bd_1", "state": "BUILDING"})
    with (
        fake_client(Widgets, api, waits) as client,
        pytest.raises(LabSDKError, match=r"Build has no artifactUrl yet"),
    ):
        client.download_artifact(unfinished, tmp_path)
    assert os.listdir(tmp_path) == []
    assert api.requests == []


class _HeldBody(httpx.SyncByteStream):
    """A body that sends nothing until ``ready`` is set (or ``wait`` seconds passed), then ``data``."""

    def __init__(self, data: bytes, ready: threading.Event, seen: list[bool]) -> None:
        self.data, self.ready, self.seen = data, ready, seen

    def __iter__(self) -> Iterator[bytes]:
        self.seen.append(self.ready.wait(timeout=5))
        yield self.data


def _download_in_ranges(
    api: FakeApi, waits: Waits, tmp_path: Path, handler: Callable[[httpx.Request], httpx.Response], *, workers: int
) -> None:
    """``DATA`` downloaded in 1000-byte ranges from ``handler``, ``workers`` at a time, and checked."""
    api.add("GET", OBJECT, handler)
    with Downloader(transport=api.transport, retry=waits.policy()) as downloader:
        path = downloader.download(URL, tmp_path / "objects.csv", workers=workers, part_size=1000)
    assert path.read_bytes() == DATA


def test_a_ranged_download_has_every_range_in_flight_while_the_first_arrives(
    api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    """The first range tells the size; the next ones must not wait for its body (workers=3: two start at once)."""
    asked: set[str] = set()
    all_asked = threading.Event()
    overlapped: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        start, end, headers = asked_range(request, DATA)
        if start == 0:
            return httpx.Response(206, headers=headers, stream=_HeldBody(DATA[: end + 1], all_asked, overlapped))
        asked.add(request.headers["Range"])
        if len(asked) >= 2:
            all_asked.set()
        return httpx.Response(206, headers=headers, content=DATA[start : end + 1])

    _download_in_ranges(api, waits, tmp_path, handler, workers=3)
    assert overlapped == [True]
    assert asked == {f"bytes={a}-{min(a + 999, len(DATA) - 1)}" for a in range(1000, len(DATA), 1000)}


def test_a_slow_range_holds_back_no_other(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    """Two workers: while one waits for a range whose body is slow to come, the other takes every next range (an
    ordered map would wait for the slow one before starting the next)."""
    last_asked = threading.Event()
    released: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        start, end, headers = asked_range(request, DATA)
        if start == 1000:
            return httpx.Response(206, headers=headers, stream=_HeldBody(DATA[start : end + 1], last_asked, released))
        if end == len(DATA) - 1:
            last_asked.set()
        return httpx.Response(206, headers=headers, content=DATA[start : end + 1])

    _download_in_ranges(api, waits, tmp_path, handler, workers=2)
    assert released == [True]  # the slow range was let go by the last range's request, not by its 5 s wait


def test_a_short_write_goes_on_from_where_the_kernel_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel may take fewer bytes than one ``writev`` / ``pwritev`` offers: the rest follows, in order."""
    takes: list[int] = []

    def first_seven(buffers: list[bytes | memoryview]) -> bytes:
        data = b"".join(bytes(b) for b in buffers)[:7]
        takes.append(len(data))
        return data

    real_writev, real_pwritev = os.writev, os.pwritev
    monkeypatch.setattr(os, "writev", lambda fd, buffers: real_writev(fd, [first_seven(buffers)]))
    monkeypatch.setattr(os, "pwritev", lambda fd, buffers, at: real_pwritev(fd, [first_seven(buffers)], at))
    chunks = [b"abcde", b"fghij", b"", b"klmnopqrstu"]
    part = _PartFile(tmp_path / "streamed")
    part.write(chunks)
    assert part.commit().read_bytes() == b"abcdefghijklmnopqrstu"
    assert takes == [7, 7, 7]
    ranged = _PartFile(tmp_path / "ranged")
    ranged.allocate(25)
    ranged.write_at(2, chunks)
    assert ranged.commit().read_bytes() == b"\0\0abcdefghijklmnopqrstu\0\0"


def test_a_write_that_makes_no_progress_is_an_error_not_a_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "writev", lambda fd, buffers: 0)
    part = _PartFile(tmp_path / "stuck")
    with pytest.raises(OSError, match="took none of the bytes"):
        part.write([b"abc"])
    part.discard()
    assert not part.path.exists()
