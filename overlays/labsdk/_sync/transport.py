# Derived from overlays/labsdk/_async/transport.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The I/O of the transport stack (see ``labsdk._transport`` for the whole stack and what it decides)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Unpack, cast

import httpx
from httpx_retries import RetryTransport

from .._backend import Backend
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

__all__ = ["ApiTransport", "BorrowedTransport", "PacedTransport", "QueryCredentialTransport"]


class BorrowedTransport(httpx.BaseTransport):
    """A transport someone else owns: requests pass through, closing it does nothing."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        if not isinstance(cast(object, inner), httpx.BaseTransport):
            kind = httpx.BaseTransport.__name__
            raise TypeError(f"transport= must be an httpx.{kind} for this client, not a {type(inner).__name__}")
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass


class PacedTransport(httpx.BaseTransport):
    """Waits as the pacer says before each attempt and tells it about each response."""

    def __init__(self, inner: httpx.BaseTransport, pacer: RateLimitPacer, *, sleep: Callable[[float], None]) -> None:
        self.inner = inner
        self.pacer = pacer
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        while (wait := self.pacer.acquire()) > 0:
            self._sleep(wait)
        try:
            response = self.inner.handle_request(request)
        except BaseException:
            self.pacer.release(None)
            raise
        self.pacer.release(response.headers)
        return response

    def close(self) -> None:
        self.inner.close()


class QueryCredentialTransport(httpx.BaseTransport):
    """Sends what goes to ``origin`` with the credential query parameters (see ``with_query_credential``)."""

    def __init__(self, inner: httpx.BaseTransport, origin: httpx.URL, query: Mapping[str, str]) -> None:
        self.inner = inner
        self._origin = origin
        self._query = dict(query)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(with_query_credential(request, self._origin, self._query))

    def close(self) -> None:
        self.inner.close()


class ApiTransport(TransportCore, httpx.BaseTransport):
    """See ``labsdk._transport``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        origin: str | httpx.URL,
        retry: RetryPolicy,
        **options: Unpack[TransportOptions],
    ) -> None:
        super().__init__(origin=origin, retry=retry, **options)
        self._inner = inner
        network: httpx.BaseTransport = BorrowedTransport(inner)
        if self._credential_query:
            network = QueryCredentialTransport(network, self._origin, self._credential_query)
        if self._pacer is not None:
            network = PacedTransport(network, self._pacer, sleep=retry.sleep)
        self._retrying = RetryTransport(transport=network, retry=self._retry)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw = is_raw()  # answering_raw(): a redirect as it came, a 2xx body unread
        try:
            hops = 0
            while True:
                self._prepare(request, is_async=Backend.is_async)
                response = self._retrying.handle_request(request)
                following = self._redirect(request, response) if hops < self._max_redirects and not raw else None
                if following is None:
                    break
                response.close()
                request, hops = following, hops + 1
            if raw and response.status_code in REDIRECT_STATUSES:
                return self._done(request, response)
            if not 200 <= response.status_code < 300:
                raise self._status_error(request, response, _read_capped(response))
            if not raw:
                response.read()
        except LabSDKError:
            raise
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, request) from exc
        return self._done(request, response)

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


def _read_capped(response: httpx.Response, limit: int = ERROR_BODY_LIMIT) -> bytes:
    buffer = bytearray()
    try:
        for chunk in response.iter_bytes():
            buffer += chunk
            if len(buffer) >= limit:
                break
    except httpx.HTTPError:
        pass
    finally:
        response.close()
    return bytes(buffer[:limit])
