"""Signed-URL downloads: streamed, verified, resumed, atomic, and without API credentials.

A :class:`Downloader` owns a plain httpx client with no credential of any kind (signed URLs carry their own
signature) over the same retry policy as the API. A download streams into ``.<name>.<random>.part`` next to the
destination, checks the byte count against ``Content-Length`` / ``Content-Range``, resumes a short transfer with
``Range: bytes=<got>-`` (starting over if the server answers 200 instead of 206) within the retry budget, then
``os.replace``s the part file onto the destination. On any failure the part file is removed and the destination
is left as it was.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Mapping
from email.message import Message
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Literal, Never, Protocol, Self
from urllib.parse import unquote, urlsplit

import httpx
from httpx_retries import RetryTransport

from ._errors import DownloadError, IncompleteDownloadError
from ._progress import make_bar
from ._retry import RetryPolicy
from ._transport import BorrowedTransport
from ._version import __version__

if TYPE_CHECKING:
    import pandas as pd
    from tqdm.std import tqdm

__all__ = ["AsyncDownloader", "Downloader", "adownload", "aread_csv", "download", "read_csv"]

CHUNK_SIZE = 1 << 20
SPOOL_SIZE = 16 << 20
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"bytes\s+\*/(\d+)", re.IGNORECASE)


class _Sink(Protocol):
    def write(self, data: bytes) -> None: ...
    def restart(self) -> None: ...
    def discard(self) -> None: ...


class _PartFile:
    """``.<name>.<random>.part`` next to the destination; committed with ``os.replace``."""

    def __init__(self, final: Path) -> None:
        final.parent.mkdir(parents=True, exist_ok=True)
        self.final = final
        self.path = final.parent / f".{final.name}.{secrets.token_hex(4)}.part"
        self._file: IO[bytes] = self.path.open("xb")

    def write(self, data: bytes) -> None:
        self._file.write(data)

    def restart(self) -> None:
        self._file.seek(0)
        self._file.truncate()

    def commit(self) -> Path:
        self._file.flush()
        os.fsync(self._file.fileno())
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

    def write(self, data: bytes) -> None:
        self.file.write(data)

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
    """The bookkeeping of one download across resumes (no I/O)."""

    def __init__(self, url: str, expected_size: int | None, max_resumes: int) -> None:
        self.url = url
        self.expected = expected_size
        self.got = 0
        self.resumes = 0
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
        """Count a resume; :class:`IncompleteDownloadError` when the retry budget is spent."""
        self.resumes += 1
        if self.resumes > self.max_resumes:
            raise IncompleteDownloadError(url=self.url, expected=self.expected, received=self.got)
        if not self.resumable:
            self.got = 0


def signed_url_transport(
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    policy: RetryPolicy,
    *,
    is_async: bool,
    method: str = "GET",
) -> RetryTransport:
    """The transport for signed-URL hosts: no credentials anywhere in it, ``policy``'s retries for ``method``
    (GET for downloads, PUT for upload parts). ``inner`` (tests, in-process mocks) is borrowed, never closed."""
    network: httpx.BaseTransport | httpx.AsyncBaseTransport
    if inner is not None:
        network = BorrowedTransport(inner)
    else:
        network = httpx.AsyncHTTPTransport() if is_async else httpx.HTTPTransport()
    retry = policy.to_retry(check_json=False).for_request(method, is_async=is_async)
    return RetryTransport(transport=network, retry=retry)


def _bar(progress: bool, name: str, total: int | None) -> tqdm[Never] | None:
    return make_bar(desc=name, total=total, unit="B", unit_scale=True) if progress else None


class Downloader:
    """Downloads signed URLs with a credential-free httpx client (sync). See the module docstring.

    ``transport`` replaces the network (tests, in-process mock servers); it is borrowed, never closed.
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        user_agent: str | None = None,
    ) -> None:
        self._policy = retry or RetryPolicy()
        self._client = httpx.Client(
            transport=signed_url_transport(transport, self._policy, is_async=False),
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": user_agent or f"labsdk/{__version__}"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def download(
        self,
        url: str,
        dest: str | os.PathLike[str],
        *,
        filename: str | None = None,
        progress: bool = False,
        chunk_size: int = CHUNK_SIZE,
        expected_size: int | None = None,
        overwrite: bool = True,
    ) -> Path:
        """Download ``url`` to ``dest`` (a file path, or an existing directory: then the file is named from
        Content-Disposition, else ``filename``, else the URL path) and return the path written."""
        target = Path(dest)
        into_dir = target.is_dir()
        if not into_dir and target.exists() and not overwrite:
            raise FileExistsError(target)
        box: list[_PartFile] = []

        def open_sink(response: httpx.Response) -> _Sink:
            final = target / filename_for(response.headers, url, filename) if into_dir else target
            if final.exists() and not overwrite:
                raise FileExistsError(final)
            box.append(_PartFile(final))
            return box[0]

        self._transfer(url, open_sink, expected_size=expected_size, chunk_size=chunk_size, progress=progress)
        try:
            return box[0].commit()
        except BaseException:
            box[0].discard()
            raise

    def read_csv(self, url: str, **pandas_kwargs: Any) -> pd.DataFrame:
        """Stream ``url`` into a spooled temporary file and parse it with ``pandas.read_csv``."""
        _require_pandas()
        spool = _Spool()
        try:
            self._transfer(url, lambda _: spool, expected_size=None, chunk_size=CHUNK_SIZE, progress=False)
            spool.file.seek(0)
            return _parse_csv(spool.file, pandas_kwargs)
        finally:
            spool.discard()

    def _transfer(
        self,
        url: str,
        open_sink: Callable[[httpx.Response], _Sink],
        *,
        expected_size: int | None,
        chunk_size: int,
        progress: bool,
    ) -> None:
        transfer = _Transfer(url, expected_size, self._policy.max_retries)
        sink: _Sink | None = None
        bar: tqdm[Never] | None = None
        try:
            while True:
                try:
                    with self._client.stream("GET", url, headers=transfer.request_headers()) as response:
                        action = transfer.on_response(response)
                        if sink is None:
                            sink = open_sink(response)
                            bar = _bar(progress, filename_for(response.headers, url), transfer.expected)
                        elif action == "restart" or not transfer.resumable:
                            sink.restart()
                            if bar is not None:
                                bar.reset(total=transfer.expected)
                        if action != "skip":
                            try:
                                for chunk in response.iter_bytes(chunk_size):
                                    sink.write(chunk)
                                    transfer.received(len(chunk))
                                    if bar is not None:
                                        bar.update(len(chunk))
                            except httpx.HTTPError:
                                transfer.broken = True
                except httpx.HTTPError as exc:
                    raise DownloadError(f"could not download ({type(exc).__name__})", url=url) from exc
                if transfer.complete():
                    return
                transfer.next_attempt()
                self._policy.sleep(self._policy.backoff(transfer.resumes))
        except BaseException:
            if sink is not None:
                sink.discard()
            raise
        finally:
            if bar is not None:
                bar.close()


class AsyncDownloader:
    """The async twin of :class:`Downloader`."""

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        user_agent: str | None = None,
    ) -> None:
        self._policy = retry or RetryPolicy()
        self._client = httpx.AsyncClient(
            transport=signed_url_transport(transport, self._policy, is_async=True),
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": user_agent or f"labsdk/{__version__}"},
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def download(
        self,
        url: str,
        dest: str | os.PathLike[str],
        *,
        filename: str | None = None,
        progress: bool = False,
        chunk_size: int = CHUNK_SIZE,
        expected_size: int | None = None,
        overwrite: bool = True,
    ) -> Path:
        """See :meth:`Downloader.download`."""
        target = Path(dest)
        into_dir = await asyncio.to_thread(target.is_dir)
        if not into_dir and not overwrite and await asyncio.to_thread(target.exists):
            raise FileExistsError(target)
        box: list[_PartFile] = []

        def open_sink(response: httpx.Response) -> _Sink:
            final = target / filename_for(response.headers, url, filename) if into_dir else target
            if final.exists() and not overwrite:
                raise FileExistsError(final)
            box.append(_PartFile(final))
            return box[0]

        await self._transfer(url, open_sink, expected_size=expected_size, chunk_size=chunk_size, progress=progress)
        try:
            return await asyncio.to_thread(box[0].commit)
        except BaseException:
            box[0].discard()
            raise

    async def read_csv(self, url: str, **pandas_kwargs: Any) -> pd.DataFrame:
        """See :meth:`Downloader.read_csv` (parsing runs in a worker thread)."""
        _require_pandas()
        spool = _Spool()
        try:
            await self._transfer(url, lambda _: spool, expected_size=None, chunk_size=CHUNK_SIZE, progress=False)
            spool.file.seek(0)
            return await asyncio.to_thread(_parse_csv, spool.file, pandas_kwargs)
        finally:
            spool.discard()

    async def _transfer(
        self,
        url: str,
        open_sink: Callable[[httpx.Response], _Sink],
        *,
        expected_size: int | None,
        chunk_size: int,
        progress: bool,
    ) -> None:
        transfer = _Transfer(url, expected_size, self._policy.max_retries)
        sink: _Sink | None = None
        bar: tqdm[Never] | None = None
        try:
            while True:
                try:
                    async with self._client.stream("GET", url, headers=transfer.request_headers()) as response:
                        action = transfer.on_response(response)
                        if sink is None:
                            sink = await asyncio.to_thread(open_sink, response)
                            bar = _bar(progress, filename_for(response.headers, url), transfer.expected)
                        elif action == "restart" or not transfer.resumable:
                            sink.restart()
                            if bar is not None:
                                bar.reset(total=transfer.expected)
                        if action != "skip":
                            try:
                                async for chunk in response.aiter_bytes(chunk_size):
                                    await asyncio.to_thread(sink.write, chunk)
                                    transfer.received(len(chunk))
                                    if bar is not None:
                                        bar.update(len(chunk))
                            except httpx.HTTPError:
                                transfer.broken = True
                except httpx.HTTPError as exc:
                    raise DownloadError(f"could not download ({type(exc).__name__})", url=url) from exc
                if transfer.complete():
                    return
                transfer.next_attempt()
                await self._policy.asleep(self._policy.backoff(transfer.resumes))
        except BaseException:
            if sink is not None:
                sink.discard()
            raise
        finally:
            if bar is not None:
                bar.close()


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


def download(
    url: str,
    dest: str | os.PathLike[str],
    *,
    filename: str | None = None,
    progress: bool = False,
    chunk_size: int = CHUNK_SIZE,
    expected_size: int | None = None,
    overwrite: bool = True,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Path:
    """Download a signed URL (no credentials sent) to ``dest``; see :meth:`Downloader.download`."""
    with Downloader(transport=transport, retry=retry) as downloader:
        return downloader.download(
            url,
            dest,
            filename=filename,
            progress=progress,
            chunk_size=chunk_size,
            expected_size=expected_size,
            overwrite=overwrite,
        )


async def adownload(
    url: str,
    dest: str | os.PathLike[str],
    *,
    filename: str | None = None,
    progress: bool = False,
    chunk_size: int = CHUNK_SIZE,
    expected_size: int | None = None,
    overwrite: bool = True,
    retry: RetryPolicy | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Path:
    """The async twin of :func:`download`."""
    async with AsyncDownloader(transport=transport, retry=retry) as downloader:
        return await downloader.download(
            url,
            dest,
            filename=filename,
            progress=progress,
            chunk_size=chunk_size,
            expected_size=expected_size,
            overwrite=overwrite,
        )


def read_csv(
    url: str, *, retry: RetryPolicy | None = None, transport: httpx.BaseTransport | None = None, **pandas_kwargs: Any
) -> pd.DataFrame:
    """Read a CSV at a signed URL into a pandas DataFrame (pandas is optional, imported here)."""
    with Downloader(transport=transport, retry=retry) as downloader:
        return downloader.read_csv(url, **pandas_kwargs)


async def aread_csv(
    url: str,
    *,
    retry: RetryPolicy | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    **pandas_kwargs: Any,
) -> pd.DataFrame:
    """The async twin of :func:`read_csv`."""
    async with AsyncDownloader(transport=transport, retry=retry) as downloader:
        return await downloader.read_csv(url, **pandas_kwargs)
