"""Signed-URL downloads: streamed, verified, resumed, atomic, and without API credentials. (What the two faces
share, no I/O; the ``Downloader`` is in ``_async/download.py`` and its sync derivation.)

A ``Downloader`` owns a plain httpx client with no credential of any kind (signed URLs carry their own
signature) over the same retry policy as the API. A download streams into ``.<name>.<random>.part`` next to the
destination, checks the byte count against ``Content-Length`` / ``Content-Range``, resumes a short transfer with
``Range: bytes=<got>-`` (starting over if the server answers 200 instead of 206) within the retry budget, then
``os.replace``s the part file onto the destination. On any failure the part file is removed and the destination
is left as it was.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import tempfile
from collections.abc import Mapping
from email.message import Message
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, Literal, Never, Protocol
from urllib.parse import unquote, urlsplit

import httpx

from ._errors import DownloadError, IncompleteDownloadError
from ._progress import make_bar

if TYPE_CHECKING:
    import pandas as pd
    from tqdm.std import tqdm

__all__ = ["filename_for"]

# The bytes gathered (as the chunks that arrived) before each write. 256 KiB measured quickest: a 512 MiB download on
# loopback took 1.1-1.2 s, against 1.2-1.4 s with 128 KiB (more writes) and 1.9-2.2 s with 1 MiB (the batch no longer
# in the CPU's cache when the kernel copies it); four interleaved rounds each, the download child of goals.py.
CHUNK_SIZE = 256 << 10
PART_SIZE = 32 << 20  # the range each worker of a ranged download asks for
SPOOL_SIZE = 16 << 20
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"bytes\s+\*/(\d+)", re.IGNORECASE)


class _Batch:
    """A body's chunks as they arrive, held until they are worth one write: ``size`` bytes, or as many chunks as one
    ``writev`` takes. They are written as they came (``os.writev``), never joined or re-cut into ``size``-byte
    buffers: a fresh 1 MiB buffer per write costs more (the copy, and the kernel's page faults and unmaps of each
    new allocation) than the write itself."""

    __slots__ = ("_chunks", "_held", "_size", "error")

    def __init__(self, size: int) -> None:
        self._size = max(size, 1)
        self._chunks: list[bytes] = []
        self._held = 0
        self.error: httpx.HTTPError | None = None  # what ended the body early (a dropped connection), if anything

    def add(self, chunk: bytes) -> bool:
        """Hold ``chunk``; True when the batch is due to be written (``take`` it)."""
        self._chunks.append(chunk)
        self._held += len(chunk)
        return self._held >= self._size or len(self._chunks) >= _IOV_MAX

    def take(self) -> tuple[list[bytes], int]:
        """The chunks held and their byte count; the batch is empty again."""
        taken = self._chunks, self._held
        self._chunks, self._held = [], 0
        return taken


_IOV_MAX = min(os.sysconf("SC_IOV_MAX"), 1024) if "SC_IOV_MAX" in os.sysconf_names else 16


def _write_all(fd: int, chunks: list[bytes], offset: int | None = None) -> None:
    """Every byte of ``chunks`` written to ``fd`` in order (at ``offset``: a positional write), one ``writev`` /
    ``pwritev`` for them all unless the kernel takes fewer bytes (then the rest, from where it stopped)."""
    pending: list[bytes | memoryview] = list(chunks)
    first = 0
    while first < len(pending):
        todo = pending[first:] if first else pending
        written = os.writev(fd, todo) if offset is None else os.pwritev(fd, todo, offset)
        if written == 0 and any(todo):
            raise OSError(errno.EIO, "the file took none of the bytes written to it")
        if offset is not None:
            offset += written
        while first < len(pending) and written >= len(pending[first]):
            written -= len(pending[first])
            first += 1
        if written:
            pending[first] = memoryview(pending[first])[written:]


class _Sink(Protocol):
    def write(self, chunks: list[bytes]) -> None: ...
    def restart(self) -> None: ...
    def discard(self) -> None: ...


class _PartFile:
    """``.<name>.<random>.part`` next to the destination; committed with ``os.replace``."""

    def __init__(self, final: Path, *, durable: bool = False) -> None:
        final.parent.mkdir(parents=True, exist_ok=True)
        self.final = final
        self.durable = durable
        self._dirty = True
        self.path = final.parent / f".{final.name}.{secrets.token_hex(4)}.part"
        self._file: IO[bytes] = self.path.open("xb", buffering=0)  # unbuffered: every write is ``_write_all``'s

    def write(self, chunks: list[bytes]) -> None:
        """``chunks`` at the file's position (one ``writev``)."""
        self._dirty = True
        _write_all(self._file.fileno(), chunks)

    def restart(self) -> None:
        self._dirty = True
        self._file.seek(0)
        self._file.truncate()

    def allocate(self, size: int) -> None:
        """Make the file ``size`` bytes long (sparse), for ranges written at their offsets."""
        self._file.truncate(size)

    def write_at(self, offset: int, chunks: list[bytes]) -> None:
        """Write ``chunks`` at ``offset`` (a positional write: workers in threads do not share a file position)."""
        self._dirty = True
        _write_all(self._file.fileno(), chunks, offset)

    def flush(self) -> None:
        """Everything written handed to the kernel (and on disk: fsync, when durable); the file stays open."""
        if not self._file.closed and self._dirty:
            self._file.flush()
            if self.durable:
                os.fsync(self._file.fileno())
            self._dirty = False

    def commit(self) -> Path:
        self.flush()
        self._file.close()
        os.replace(self.path, self.final)
        return self.final

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


class _Spool:
    """An in-memory buffer that spills to a temporary file past 16 MiB (for ``read_csv``)."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_SIZE)  # noqa: SIM115 - closed by owner

    def write(self, chunks: list[bytes]) -> None:
        self.file.writelines(chunks)

    def restart(self) -> None:
        self.file.seek(0)
        self.file.truncate()

    def discard(self) -> None:
        self.file.close()


def _safe_name(name: str | None) -> str | None:
    if not name:
        return None
    base = PurePosixPath(name.replace("\\", "/")).name.strip().replace("\x00", "")
    return None if base in ("", ".", "..") else base


def filename_for(headers: Mapping[str, str] | httpx.Headers, url: str, hint: str | None = None) -> str:
    """The file name for a download into a directory: Content-Disposition, else ``hint``, else the URL path."""
    disposition = headers.get("content-disposition")
    if disposition:
        message = Message()
        message["content-disposition"] = disposition
        found = _safe_name(message.get_filename())
        if found:
            return found
    return _safe_name(hint) or _safe_name(unquote(PurePosixPath(urlsplit(url).path).name)) or "download"


class _Transfer:
    """The bookkeeping of one download across resumes (no I/O).

    The retry budget (``max_resumes``) counts stalls, not progress: a resume that got further than any attempt
    before it starts the count again, so a host that cuts every response short (at 10 MiB, say) still delivers a
    large object; resumes that bring nothing new spend it. ``MAX_RESUMES`` bounds the whole download anyway."""

    MAX_RESUMES = 1000

    def __init__(self, url: str, expected_size: int | None, max_resumes: int) -> None:
        self.url = url
        self.expected = expected_size
        self.got = 0
        self.best = 0  # the most bytes any attempt has had
        self.resumes = 0
        self.stalls = 0  # attempts in a row that brought nothing new (the first attempt counts as one)
        self.max_resumes = max_resumes
        self.resumable = True
        self.broken = False

    def request_headers(self) -> dict[str, str]:
        if self.got and self.resumable:
            return {"Range": f"bytes={self.got}-", "Accept-Encoding": "identity"}
        return {"Accept-Encoding": "identity"}

    def on_response(self, response: httpx.Response) -> Literal["append", "restart", "skip"]:
        """Check a response: ``append`` its body, ``restart`` the sink from zero first, or ``skip`` (complete)."""
        status = response.status_code
        self.broken = False
        encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
        self.resumable = not encoded
        if status == 206 and self.got:
            match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
            if not match or int(match.group(1)) != self.got:
                raise DownloadError("the server answered a different range than asked", url=self.url, status_code=206)
            if match.group(3) != "*":
                self.expected = int(match.group(3))
            return "append"
        if 200 <= status < 300:
            restart = self.got > 0
            self.got = 0
            length = response.headers.get("content-length")
            if length is not None and length.isdigit() and not encoded:
                self.expected = int(length)
            return "restart" if restart else "append"
        if status == 416 and self.got:
            total = _UNSATISFIED_RANGE.match(response.headers.get("content-range", ""))
            if total is not None and int(total.group(1)) == self.got:
                self.expected = self.got
                return "skip"
        raise DownloadError(f"the server answered {status}", url=self.url, status_code=status)

    def received(self, count: int) -> None:
        self.got += count
        if self.expected is not None and self.got > self.expected:
            raise DownloadError(f"more bytes than announced ({self.got} > {self.expected})", url=self.url)

    def complete(self) -> bool:
        if self.broken:
            return False
        return self.expected is None or self.got == self.expected

    def next_attempt(self) -> None:
        """Count a resume; :class:`IncompleteDownloadError` when the retry budget is spent (see the class)."""
        if self.resumes and self.got > self.best:
            self.stalls = 0
        self.best = max(self.best, self.got)
        self.resumes += 1
        self.stalls += 1
        if self.stalls > self.max_resumes or self.resumes > self.MAX_RESUMES:
            raise IncompleteDownloadError(url=self.url, expected=self.expected, received=self.got)
        if not self.resumable:
            self.got = 0


def _range_headers(start: int, end: int) -> dict[str, str]:
    return {"Range": f"bytes={start}-{end}", "Accept-Encoding": "identity"}


def _range_start(response: httpx.Response) -> int | None:
    match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
    return int(match.group(1)) if match else None


def _ranged_total(response: httpx.Response) -> int | None:
    """The object's size from a 206 answer to ``bytes=0-...`` (None: the server does not do ranges here)."""
    if response.status_code != 206 or response.headers.get("content-encoding", "identity") not in ("", "identity"):
        return None
    match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
    if not match or match.group(1) != "0" or match.group(3) == "*":
        return None
    return int(match.group(3))


def _bar(progress: bool, name: str, total: int | None) -> tqdm[Never] | None:
    return make_bar(desc=name, total=total, unit="B", unit_scale=True) if progress else None


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "read_csv needs pandas: pip install 'labsdk-monorepo[pandas]' (or pip install pandas)"
        ) from exc


def _parse_csv(file: IO[bytes], pandas_kwargs: dict[str, Any]) -> pd.DataFrame:
    import pandas

    frame = pandas.read_csv(file, **pandas_kwargs)
    if not isinstance(frame, pandas.DataFrame):  # iterator=True / chunksize= give a reader: not supported here
        raise TypeError("read_csv returns a DataFrame; iterator / chunksize are not supported")
    return frame
