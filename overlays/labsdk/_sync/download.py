# Derived from overlays/labsdk/_async/download.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Signed-URL downloads: the ``Downloader`` and the one-call ``download`` / ``read_csv`` (see ``labsdk._download``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Never, Self

import httpx

from .._backend import Backend
from .._download import (
    CHUNK_SIZE,
    DEFAULT_TIMEOUT,
    _bar,
    _parse_csv,
    _PartFile,
    _require_pandas,
    _Sink,
    _Spool,
    _Transfer,
    filename_for,
)
from .._errors import DownloadError
from .._proxies import ProxyRules, ProxyTypes
from .._retry import RetryPolicy
from .._transport import EventHooks, Hooks
from .._version import __version__
from .proxies import network_transport
from .transport import BorrowedTransport, RetryingTransport

if TYPE_CHECKING:
    import pandas as pd
    from tqdm.std import tqdm

__all__ = ["Downloader", "Opener", "download", "read_csv", "signed_url_transport"]

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
        event_hooks: EventHooks | None = None,
    ) -> None:
        self._policy = retry or RetryPolicy()
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
    ) -> Path:
        """Download ``url`` to ``dest`` (a file path, or an existing directory: then the file is named from
        Content-Disposition, else ``filename``, else the URL path) and return the path written."""
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
        target = Path(dest)
        into_dir = Backend.run_blocking(target.is_dir)
        if not into_dir and not overwrite and Backend.run_blocking(target.exists):
            raise FileExistsError(target)
        box: list[_PartFile] = []

        def open_sink(response: httpx.Response) -> _Sink:
            final = target / filename_for(response.headers, url, filename) if into_dir else target
            if final.exists() and not overwrite:
                raise FileExistsError(final)
            box.append(_PartFile(final))
            return box[0]

        self._transfer(
            url, open_sink, opener=opener, expected_size=expected_size, chunk_size=chunk_size, progress=progress
        )
        try:
            return Backend.run_blocking(box[0].commit)
        except BaseException:
            box[0].discard()
            raise

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
                            sink = Backend.run_blocking(open_sink, response)
                            bar = _bar(progress, filename_for(response.headers, url), transfer.expected)
                        elif action == "restart" or not transfer.resumable:
                            sink.restart()
                            if bar is not None:
                                bar.reset(total=transfer.expected)
                        if action != "skip":
                            try:
                                for chunk in response.iter_bytes(chunk_size):
                                    Backend.run_blocking(sink.write, chunk)
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
                self._policy.pause(self._policy.backoff(transfer.resumes))
        except BaseException:
            if sink is not None:
                sink.discard()
            raise
        finally:
            if bar is not None:
                bar.close()


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
) -> Path:
    """Download a signed URL (no credentials sent) to ``dest``; see :meth:`Downloader.download`."""
    with Downloader(transport=transport, retry=retry, proxy=proxy, trust_env=trust_env) as downloader:
        return downloader.download(
            url,
            dest,
            filename=filename,
            progress=progress,
            chunk_size=chunk_size,
            expected_size=expected_size,
            overwrite=overwrite,
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
