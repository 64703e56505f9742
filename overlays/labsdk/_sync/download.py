# Derived from overlays/labsdk/_async/download.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Signed-URL downloads: the ``Downloader`` and the one-call ``download`` / ``read_csv`` (see ``labsdk._download``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Mapping
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Never, Self

import httpx

from .._backend import Backend
from .._download import (
    CHUNK_SIZE,
    DEFAULT_TIMEOUT,
    PART_SIZE,
    _bar,
    _Batch,
    _parse_csv,
    _PartFile,
    _range_headers,
    _range_start,
    _ranged_total,
    _require_pandas,
    _Sink,
    _Spool,
    _Transfer,
    filename_for,
)
from .._errors import DownloadError, IncompleteDownloadError
from .._proxies import ProxyRules, ProxyTypes
from .._retry import RetryPolicy
from .._transport import EventHooks, Hooks
from .._version import __version__
from .proxies import network_transport
from .transport import BorrowedTransport, RetryingTransport

if TYPE_CHECKING:
    import pandas as pd
    from tqdm.std import tqdm

__all__ = ["Downloader", "Opener", "commit_parts", "download", "read_csv", "signed_url_transport"]

# Opens one GET of the content with the given headers (``Range`` when resuming); the response is closed on exit.
Opener = Callable[[Mapping[str, str]], AbstractContextManager[httpx.Response]]


def signed_url_transport(
    inner: httpx.BaseTransport | None,
    policy: RetryPolicy,
    *,
    method: str = "GET",
    proxies: ProxyRules | None = None,
    event_hooks: EventHooks | None = None,
) -> RetryingTransport:
    """The transport for signed-URL hosts: no credentials anywhere in it, ``policy``'s retries for ``method``
    (GET for downloads, PUT for upload parts), through ``proxies`` (default: the environment's), the user's
    ``event_hooks`` (see ``labsdk._transport.Hooks``). ``inner`` (tests, in-process mocks) is borrowed, never
    closed."""
    if inner is not None:
        network: httpx.BaseTransport = BorrowedTransport(inner)
    else:
        network = network_transport(proxies if proxies is not None else ProxyRules.resolve())
    return RetryingTransport(network, policy, method=method, hooks=Hooks(event_hooks))


class Downloader:
    """Downloads signed URLs with a credential-free httpx client. See ``labsdk._download``.

    ``durable=True`` also fsyncs each file before it replaces its destination, so that a power cut right after
    cannot leave an empty destination behind (it costs the time the disk takes to write the whole file; without
    it, as with curl or a plain httpx loop, the kernel writes it back later). The replace is atomic either way.

    ``transport`` replaces the network (tests, in-process mock servers); it is borrowed, never closed. Otherwise
    downloads go through ``proxy=`` or the environment's proxies, as the API clients' requests do.
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        user_agent: str | None = None,
        proxy: ProxyTypes | ProxyRules | None = None,
        trust_env: bool = True,
        durable: bool = False,
        event_hooks: EventHooks | None = None,
    ) -> None:
        self._policy = retry or RetryPolicy()
        self._durable = durable
        proxies = ProxyRules.resolve(proxy, trust_env=trust_env, transport=transport)
        self._client = httpx.Client(
            transport=signed_url_transport(transport, self._policy, proxies=proxies, event_hooks=event_hooks),
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
        workers: int = 1,
        part_size: int = PART_SIZE,
    ) -> Path:
        """Download ``url`` to ``dest`` (a file path, or an existing directory: then the file is named from
        Content-Disposition, else ``filename``, else the URL path) and return the path written.

        ``workers > 1`` fetches an object larger than ``part_size`` as ranges of ``part_size`` bytes (``Range:
        bytes=a-b``), ``workers`` at a time, each written at its offset and resumed on its own (as
        sevenbridges-python's download workers do); the first range tells the size, and the next ones start as soon
        as its answer does, while its bytes arrive. A server that does not answer ranges gets the single stream.

        ``chunk_size``: the bytes gathered before each write to the file (256 KiB; the chunks as they arrived, in
        one ``writev``; a break of the connection writes what came before it, and the download resumes from there)."""
        if workers > 1:
            ranged = self._ranged(url, dest, filename, workers, part_size, chunk_size, overwrite)
            if ranged is not None:
                return ranged
        return self.download_from(
            self._opener(url),
            url,
            dest,
            filename=filename,
            progress=progress,
            chunk_size=chunk_size,
            expected_size=expected_size,
            overwrite=overwrite,
        )

    def download_from(
        self,
        opener: Opener,
        url: str,
        dest: str | os.PathLike[str],
        *,
        filename: str | None = None,
        progress: bool = False,
        chunk_size: int = CHUNK_SIZE,
        expected_size: int | None = None,
        overwrite: bool = True,
    ) -> Path:
        """:meth:`download` of what ``opener`` answers (the content of ``url``): the same checks, resumes and atomic
        replace, whoever sends the request (this credential-free client, or the API's own for inline content)."""
        part = self.fetch_part(
            opener,
            url,
            dest,
            filename=filename,
            progress=progress,
            chunk_size=chunk_size,
            expected_size=expected_size,
            overwrite=overwrite,
        )
        return commit_parts([part])

    def fetch_part(
        self,
        opener: Opener,
        url: str,
        dest: str | os.PathLike[str],
        *,
        filename: str | None = None,
        progress: bool = False,
        chunk_size: int = CHUNK_SIZE,
        expected_size: int | None = None,
        overwrite: bool = True,
    ) -> _PartFile:
        """:meth:`download_from` up to its last step: the complete, checked part file next to its destination, for
        the caller to commit with :func:`commit_parts` (several at once: all or none) or to ``discard()``."""
        target = Path(dest)
        into_dir = Backend.run_blocking(target.is_dir)
        if not into_dir and not overwrite and Backend.run_blocking(target.exists):
            raise FileExistsError(target)
        box: list[_PartFile] = []

        def open_sink(response: httpx.Response) -> _Sink:
            final = target / filename_for(response.headers, url, filename) if into_dir else target
            if final.exists() and not overwrite:
                raise FileExistsError(final)
            box.append(_PartFile(final, durable=self._durable))
            return box[0]

        self._transfer(
            url, open_sink, opener=opener, expected_size=expected_size, chunk_size=chunk_size, progress=progress
        )
        return box[0]

    def _ranged(
        self,
        url: str,
        dest: str | os.PathLike[str],
        filename: str | None,
        workers: int,
        part_size: int,
        chunk_size: int,
        overwrite: bool,
    ) -> Path | None:
        """The ranged download of :meth:`download`; None when the server does not answer the first range."""
        target = Path(dest)
        into_dir = Backend.run_blocking(target.is_dir)
        with self._client.stream("GET", url, headers=_range_headers(0, part_size - 1)) as first:
            total = _ranged_total(first)
            if total is None or total <= part_size:
                return None  # no ranges, or small: one stream (a second request, closed here unread)
            final = target / filename_for(first.headers, url, filename) if into_dir else target
            if not overwrite and Backend.run_blocking(final.exists):
                raise FileExistsError(final)
            part = Backend.run_blocking_undone(_sized_part, _discard, (final, total, self._durable))
            # The first range goes on arriving while the next ones start (``workers`` in flight from the first answer).
            jobs: list[tuple[int, int, httpx.Response | None]] = [(0, part_size - 1, first)]
            jobs += [(start, min(start + part_size, total) - 1, None) for start in range(part_size, total, part_size)]

            def fetch(job: tuple[int, int, httpx.Response | None]) -> None:
                self._range_into(part, url, job[0], job[1], chunk_size, job[2])

            try:
                Backend.run_each(fetch, jobs, workers)
            except BaseException:
                part.discard()
                raise
        return commit_parts([part])

    def _range_into(
        self, part: _PartFile, url: str, start: int, end: int, chunk_size: int, response: httpx.Response | None
    ) -> None:
        """Bytes ``start..end`` of ``url`` written at their offset in ``part`` (``response``: already open for them);
        a short or broken answer is resumed from where it stopped, the retry budget counting stalls."""
        position, stalls = start, 0
        for _ in range(_Transfer.MAX_RESUMES):
            try:
                if response is None:
                    with self._client.stream("GET", url, headers=_range_headers(position, end)) as answer:
                        position = self._write_range(part, url, position, end, chunk_size, answer)
                else:
                    position = self._write_range(part, url, position, end, chunk_size, response)
                    response = None
            except httpx.HTTPError as exc:
                if not isinstance(exc, httpx.TransportError):
                    raise DownloadError(f"could not download ({type(exc).__name__})", url=url) from exc
            if position > end:
                return
            stalls = 0 if position > start else stalls + 1
            start = position
            if stalls > self._policy.max_retries:
                raise IncompleteDownloadError(url=url, expected=end + 1, received=position)
            self._policy.pause(self._policy.backoff(max(stalls, 1)))
        raise IncompleteDownloadError(url=url, expected=end + 1, received=position)

    def _write_range(
        self, part: _PartFile, url: str, position: int, end: int, chunk_size: int, response: httpx.Response
    ) -> int:
        if response.status_code != 206 or _range_start(response) != position:
            status = response.status_code
            raise DownloadError(f"the server answered {status} to a range request", url=url, status_code=status)
        batch = _Batch(chunk_size)
        with closing(_batches(response, batch)) as batches:
            for chunks, size in batches:
                if position + size > end + 1:
                    raise DownloadError("more bytes than the range asked for", url=url)
                Backend.run_blocking(part.write_at, position, chunks)
                position += size
        if batch.error is not None and not isinstance(batch.error, httpx.TransportError):
            raise batch.error
        return position  # after a break of the connection, the caller resumes from here

    def opener(self, url: str) -> Opener:
        """The opener of ``url`` through this credential-free client (for :meth:`fetch_part`)."""
        return self._opener(url)

    def _opener(self, url: str) -> Opener:
        def open_url(headers: Mapping[str, str]) -> AbstractContextManager[httpx.Response]:
            return self._client.stream("GET", url, headers=headers)

        return open_url

    def read_csv(self, url: str, **pandas_kwargs: Any) -> pd.DataFrame:
        """Stream ``url`` into a spooled temporary file and parse it with ``pandas.read_csv``."""
        _require_pandas()
        spool = _Spool()
        try:
            opener = self._opener(url)
            self._transfer(
                url, lambda _: spool, opener=opener, expected_size=None, chunk_size=CHUNK_SIZE, progress=False
            )
            spool.file.seek(0)
            return Backend.run_blocking(_parse_csv, spool.file, pandas_kwargs)
        finally:
            spool.discard()

    def _transfer(
        self,
        url: str,
        open_sink: Callable[[httpx.Response], _Sink],
        *,
        opener: Opener,
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
                    with opener(transfer.request_headers()) as response:
                        action = transfer.on_response(response)
                        if sink is None:
                            sink = Backend.run_blocking_undone(open_sink, _discard, response)
                            bar = _bar(progress, filename_for(response.headers, url), transfer.expected)
                        elif action == "restart" or not transfer.resumable:
                            sink.restart()
                            if bar is not None:
                                bar.reset(total=transfer.expected)
                        if action != "skip":
                            batch = _Batch(chunk_size)
                            with closing(_batches(response, batch)) as batches:
                                for chunks, size in batches:
                                    transfer.received(size)  # past the announced size: DownloadError, unwritten
                                    Backend.run_blocking(sink.write, chunks)
                                    if bar is not None:
                                        bar.update(size)
                            transfer.broken = batch.error is not None
                except httpx.HTTPError as exc:
                    raise DownloadError(f"could not download ({type(exc).__name__})", url=url) from exc
                if transfer.complete():
                    return
                transfer.next_attempt()
                self._policy.pause(self._policy.backoff(transfer.stalls))
        except BaseException:
            if sink is not None:
                sink.discard()
            raise
        finally:
            if bar is not None:
                bar.close()


def _batches(response: httpx.Response, batch: _Batch) -> Generator[tuple[list[bytes], int], None, None]:
    """The body of ``response`` a ``batch`` at a time: its chunks as they came, and their byte count. A failure of the
    transfer (a dropped connection) ends it after what came before the failure, which is kept in ``batch.error``
    for the caller to judge."""
    try:
        for chunk in response.iter_bytes():
            if batch.add(chunk):
                yield batch.take()
    except httpx.HTTPError as exc:
        batch.error = exc
    chunks, size = batch.take()
    if chunks:
        yield chunks, size


def _sized_part(target: tuple[Path, int, bool]) -> _PartFile:
    part = _PartFile(target[0], durable=target[2])
    part.allocate(target[1])
    return part


def _discard(sink: _Sink) -> None:
    sink.discard()


def commit_parts(parts: list[_PartFile]) -> Path:
    """Move complete part files onto their destinations (the last one's path is returned); if anything fails or the
    caller is cancelled before the moves, every part is removed and every destination keeps its old content."""
    try:
        return Backend.run_blocking(_commit_all, parts)[-1]
    except BaseException:
        for part in parts:
            part.discard()
        raise


def _commit_all(parts: list[_PartFile]) -> list[Path]:
    for part in parts:
        part.flush()  # every part on disk before the first replace
    return [part.commit() for part in parts]


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
    proxy: ProxyTypes | None = None,
    trust_env: bool = True,
    workers: int = 1,
    part_size: int = PART_SIZE,
    durable: bool = False,
) -> Path:
    """Download a signed URL (no credentials sent) to ``dest``; see :meth:`Downloader.download`."""
    with Downloader(transport=transport, retry=retry, proxy=proxy, trust_env=trust_env, durable=durable) as downloader:
        return downloader.download(
            url,
            dest,
            filename=filename,
            progress=progress,
            chunk_size=chunk_size,
            expected_size=expected_size,
            overwrite=overwrite,
            workers=workers,
            part_size=part_size,
        )


def read_csv(
    url: str,
    *,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
    proxy: ProxyTypes | None = None,
    trust_env: bool = True,
    **pandas_kwargs: Any,
) -> pd.DataFrame:
    """Read a CSV at a signed URL into a pandas DataFrame (pandas is optional, imported here)."""
    with Downloader(transport=transport, retry=retry, proxy=proxy, trust_env=trust_env) as downloader:
        return downloader.read_csv(url, **pandas_kwargs)
