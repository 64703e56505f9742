"""The I/O of the transport stack (see ``labsdk._transport`` for the whole stack and what it decides)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Unpack, cast

import httpx
from httpx_retries import RetryTransport

from .._backend import AsyncBackend
from .._errors import LabSDKError
from .._ratelimit import RateLimitPacer
from .._retry import RetryPolicy
from .._transport import (
    ERROR_BODY_LIMIT,
    REDIRECT_STATUSES,
    TransportCore,
    TransportOptions,
    is_raw,
    with_query_credential,
)

__all__ = ["AsyncApiTransport", "AsyncBorrowedTransport", "AsyncPacedTransport", "AsyncQueryCredentialTransport"]


class AsyncBorrowedTransport(httpx.AsyncBaseTransport):
    """A transport someone else owns: requests pass through, closing it does nothing."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        if not isinstance(cast(object, inner), httpx.AsyncBaseTransport):
            kind = httpx.AsyncBaseTransport.__name__
            raise TypeError(f"transport= must be an httpx.{kind} for this client, not a {type(inner).__name__}")
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """Waits as the pacer says before each attempt and tells it about each response."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, pacer: RateLimitPacer, *, sleep: Callable[[float], Awaitable[None]]
    ) -> None:
        self.inner = inner
        self.pacer = pacer
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        while (wait := self.pacer.acquire()) > 0:
            await self._sleep(wait)
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            self.pacer.release(None)
            raise
        self.pacer.release(response.headers)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class AsyncQueryCredentialTransport(httpx.AsyncBaseTransport):
    """Sends what goes to ``origin`` with the credential query parameters (see ``with_query_credential``)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, origin: httpx.URL, query: Mapping[str, str]) -> None:
        self.inner = inner
        self._origin = origin
        self._query = dict(query)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(with_query_credential(request, self._origin, self._query))

    async def aclose(self) -> None:
        await self.inner.aclose()


class AsyncApiTransport(TransportCore, httpx.AsyncBaseTransport):
    """See ``labsdk._transport``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        origin: str | httpx.URL,
        retry: RetryPolicy,
        **options: Unpack[TransportOptions],
    ) -> None:
        super().__init__(origin=origin, retry=retry, **options)
        self._inner = inner
        network: httpx.AsyncBaseTransport = AsyncBorrowedTransport(inner)
        if self._credential_query:
            network = AsyncQueryCredentialTransport(network, self._origin, self._credential_query)
        if self._pacer is not None:
            network = AsyncPacedTransport(network, self._pacer, sleep=retry.asleep)
        self._retrying = RetryTransport(transport=network, retry=self._retry)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = is_raw()  # answering_raw(): a redirect as it came, a 2xx body unread
        try:
            hops = 0
            while True:
                self._prepare(request, is_async=AsyncBackend.is_async)
                response = await self._retrying.handle_async_request(request)
                following = self._redirect(request, response) if hops < self._max_redirects and not raw else None
                if following is None:
                    break
                await response.aclose()
                request, hops = following, hops + 1
            if raw and response.status_code in REDIRECT_STATUSES:
                return self._done(request, response)
            if not 200 <= response.status_code < 300:
                raise self._status_error(request, response, await _read_capped(response))
            if not raw:
                await response.aread()
        except LabSDKError:
            raise
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, request) from exc
        return self._done(request, response)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()


async def _read_capped(response: httpx.Response, limit: int = ERROR_BODY_LIMIT) -> bytes:
    buffer = bytearray()
    try:
        async for chunk in response.aiter_bytes():
            buffer += chunk
            if len(buffer) >= limit:
                break
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()
    return bytes(buffer[:limit])
