"""The sync face's time limit on blocking reads: every socket read and write of the network labsdk builds ends by
the deadline of the block it runs in (``Backend.time_limit``), as the async face's ``asyncio.timeout`` cancels.

A blocking read cannot be interrupted, and httpx's per-phase timeouts are per read: a server trickling its status
line and headers a byte at a time, each byte inside the read timeout, would hold a call far past its deadline. Here
each read is given at most the time left (and raises httpcore's ``ReadTimeout`` once none is), so the call ends at
its deadline wherever it is waiting: connecting, sending, or reading the headers or the body.

The same streams read a body that keeps coming in larger reads than httpcore's 64 KiB (up to 256 KiB): a large
download takes a quarter of the reads, and so a quarter of the GIL hand-overs between its range threads. (Over TLS
a read gives at most one record, 16 KiB, whatever is asked.)

httpx builds its connection pool without a way to pass a network backend, so :func:`bound_reads` sets the pool's
(httpcore's ``_network_backend``); a transport whose pool it does not recognize is left as it is, and the tests
check that the ones labsdk builds are recognized.
"""

from __future__ import annotations

import ssl
import time
import typing
from collections.abc import Iterable
from contextvars import ContextVar, Token
from types import TracebackType

import httpcore
import httpx

__all__ = ["ReadsUntil", "bound_reads", "is_bounded"]

_MAX_READ = 256 * 1024
_until: ContextVar[float | None] = ContextVar("labsdk_reads_until", default=None)


class ReadsUntil:
    """A block whose socket reads and writes (on a :func:`bound_reads` transport) end within ``seconds``."""

    __slots__ = ("_end", "_token")

    def __init__(self, seconds: float) -> None:
        end = time.monotonic() + max(seconds, 0.0)
        outer = _until.get()
        self._end = end if outer is None else min(outer, end)
        self._token: Token[float | None] | None = None

    def __enter__(self) -> ReadsUntil:
        self._token = _until.set(self._end)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._token is not None:
            _until.reset(self._token)


def _bounded(timeout: float | None, error: type[Exception], what: str) -> float | None:
    """``timeout`` cut to the time left in the enclosing :class:`ReadsUntil` (``error`` when none is left)."""
    end = _until.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error(f"the call's deadline passed while {what}")
    return left if timeout is None or timeout > left else timeout


class _Stream(httpcore.NetworkStream):
    __slots__ = ("_inner", "_read")

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        self._read = 0

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        asked = max_bytes if max_bytes > self._read else self._read
        data = self._inner.read(asked, _bounded(timeout, httpcore.ReadTimeout, "reading the answer"))
        # A read that takes all it asked for finds a body flowing in: the next asks for twice as much (up to
        # _MAX_READ), so a large body takes fewer reads, each giving the GIL away once; any other read goes back
        # to what httpcore asks.
        self._read = min(asked << 1, _MAX_READ) if len(data) == asked else 0
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout, "sending the request"))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout, "starting TLS")
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout, "connecting")
        return _Stream(self.inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout, "connecting")
        return _Stream(self.inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def bound_reads(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    """``transport`` with its pool's network bounded by :class:`ReadsUntil` (see the module)."""
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)
    return transport


def is_bounded(transport: httpx.HTTPTransport) -> bool:
    """Whether :func:`bound_reads` took on ``transport`` (for the tests)."""
    return isinstance(getattr(getattr(transport, "_pool", None), "_network_backend", None), _Backend)
