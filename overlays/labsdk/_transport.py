"""The httpx transport stack under every API call.

From the top::

    ApiTransport      credential policy (the key only ever goes to the API's origin), redirects, exception and
                      status mapping (any non-2xx raises an APIStatusError *before* the generated code runs
                      ``HTTPStatus(code)``), body buffering, the last exchange for ResponseValidationError
      RetryTransport  httpx-retries, driven by a LabRetry per request (request.extensions["retry"])
        PacedTransport  only for APIs that declare x-rate-limit: waits for the window's reset when it is spent
        inner         the network (httpx.HTTPTransport / AsyncHTTPTransport) or the transport the user gave

One ``ApiTransport`` serves sync and async clients. ``derive`` makes a copy with other retry settings over the
same inner transport (the connection pool), for ``with_options``; only the original closes the inner transport.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextvars import ContextVar

import httpx
from httpx_retries import Retry, RetryTransport

from ._errors import APIConnectionError, APITimeoutError, LabSDKError, make_status_error
from ._ratelimit import PacedTransport, RateLimitPacer
from ._retry import LabRetry, RetryPolicy
from ._secrets import redact_url, scrub

__all__ = ["ApiTransport", "BorrowedTransport", "last_exchange", "same_origin"]

logger = logging.getLogger("labsdk")

ERROR_BODY_LIMIT = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ALWAYS_PRIVATE_HEADERS = ("authorization", "proxy-authorization", "cookie")

_last: ContextVar[tuple[httpx.Request, httpx.Response] | None] = ContextVar("labsdk_last_exchange", default=None)


def last_exchange() -> tuple[httpx.Request, httpx.Response] | None:
    """The last successful exchange of the current thread / task (to describe a body that fails to parse)."""
    return _last.get()


def reset_last_exchange() -> None:
    _last.set(None)


def _port(url: httpx.URL) -> int | None:
    return url.port if url.port is not None else {"http": 80, "https": 443}.get(url.scheme)


def same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    """Same scheme, host and port, or an http -> https upgrade of the same host on default ports."""
    if url.host != origin.host:
        return False
    if url.scheme == origin.scheme:
        return _port(url) == _port(origin)
    return origin.scheme == "http" and url.scheme == "https" and _port(origin) == 80 and _port(url) == 443


def _map_transport_error(exc: httpx.HTTPError, request: httpx.Request, secrets: Iterable[str]) -> APIConnectionError:
    url = redact_url(request.url)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({type(exc).__name__})", method=request.method, url=url)
    detail = scrub(str(exc), secrets)
    return APIConnectionError(f"connection error ({type(exc).__name__}: {detail})", method=request.method, url=url)


class BorrowedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport someone else owns: requests pass through, ``close`` does nothing."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.BaseTransport):
            raise RuntimeError("this transport is async-only; use the async client")
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.AsyncBaseTransport):
            raise RuntimeError("this transport is sync-only; use the sync client")
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


class ApiTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """See the module docstring."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        origin: str | httpx.URL,
        retry: RetryPolicy,
        credential_headers: Iterable[str] = (),
        secrets: Iterable[str] = (),
        message_field: str = "message",
        code_field: str | None = None,
        follow_redirects: bool = True,
        max_redirects: int = 5,
        owns_inner: bool = True,
        pacer: RateLimitPacer | None = None,
    ) -> None:
        self._inner = inner
        self._origin = httpx.URL(str(origin))
        self._policy = retry
        self._retry = retry.to_retry(check_json=True)
        self._pacer = pacer
        network: httpx.BaseTransport | httpx.AsyncBaseTransport = BorrowedTransport(inner)
        if pacer is not None:
            network = PacedTransport(network, pacer, sleep=retry.sleep, asleep=retry.asleep)
        self._retrying = RetryTransport(transport=network, retry=self._retry)
        self._private = tuple(dict.fromkeys([*(h.lower() for h in credential_headers), *ALWAYS_PRIVATE_HEADERS]))
        self._secrets = tuple(secrets)
        self._message_field = message_field
        self._code_field = code_field
        self._follow = follow_redirects
        self._max_redirects = max_redirects
        self._owns_inner = owns_inner

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    def derive(self, *, retry: RetryPolicy) -> ApiTransport:
        """A copy with another retry policy over the same inner transport (which the copy never closes)."""
        return ApiTransport(
            self._inner,
            origin=self._origin,
            retry=retry,
            credential_headers=self._private,
            secrets=self._secrets,
            message_field=self._message_field,
            code_field=self._code_field,
            follow_redirects=self._follow,
            max_redirects=self._max_redirects,
            owns_inner=False,
            pacer=self._pacer,
        )

    # -- pieces shared by the sync and async paths ------------------------------------------------------------

    def _prepare(self, request: httpx.Request, *, is_async: bool) -> None:
        if not same_origin(request.url, self._origin):
            for name in self._private:
                request.headers.pop(name, None)
        given = request.extensions.get("retry")
        base = given if isinstance(given, LabRetry) else self._retry
        if given is None or isinstance(given, LabRetry):
            request.extensions["retry"] = base.for_request(request.method, is_async=is_async)
        elif not isinstance(given, Retry):
            raise TypeError("request.extensions['retry'] must be an httpx_retries.Retry")

    def _redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
        if not self._follow or response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
            return None
        try:
            url = request.url.join(response.headers["location"])
        except httpx.InvalidURL:
            return None
        method = request.method
        if (response.status_code in (302, 303) and method != "HEAD") or (
            response.status_code == 301 and method == "POST"
        ):
            method = "GET"
        headers = httpx.Headers(request.headers)
        headers["Host"] = url.netloc.decode("ascii")
        headers.pop("Cookie", None)
        stream: httpx.SyncByteStream | httpx.AsyncByteStream | None = request.stream
        if method != request.method:
            stream = None
            for name in ("Content-Length", "Content-Type", "Transfer-Encoding"):
                headers.pop(name, None)
        extensions = {k: v for k, v in request.extensions.items() if k != "retry"}
        logger.debug("labsdk: redirect %s -> %s", redact_url(request.url), redact_url(url))
        return httpx.Request(method, url, headers=headers, stream=stream, extensions=extensions)

    def _done(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        logger.debug("labsdk: %s %s -> %d", request.method, redact_url(request.url), response.status_code)
        _last.set((request, response))
        return response

    # -- sync ----------------------------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            hops = 0
            while True:
                self._prepare(request, is_async=False)
                response = self._retrying.handle_request(request)
                following = self._redirect(request, response) if hops < self._max_redirects else None
                if following is None:
                    break
                response.close()
                request, hops = following, hops + 1
            if not 200 <= response.status_code < 300:
                raise make_status_error(
                    response,
                    _read_capped(response),
                    message_field=self._message_field,
                    code_field=self._code_field,
                    secrets=self._secrets,
                    method=request.method,
                    url=request.url,
                )
            response.read()
        except LabSDKError:
            raise
        except httpx.HTTPError as exc:
            raise _map_transport_error(exc, request, self._secrets) from exc
        return self._done(request, response)

    def close(self) -> None:
        if self._owns_inner and isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    # -- async ---------------------------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            hops = 0
            while True:
                self._prepare(request, is_async=True)
                response = await self._retrying.handle_async_request(request)
                following = self._redirect(request, response) if hops < self._max_redirects else None
                if following is None:
                    break
                await response.aclose()
                request, hops = following, hops + 1
            if not 200 <= response.status_code < 300:
                raise make_status_error(
                    response,
                    await _aread_capped(response),
                    message_field=self._message_field,
                    code_field=self._code_field,
                    secrets=self._secrets,
                    method=request.method,
                    url=request.url,
                )
            await response.aread()
        except LabSDKError:
            raise
        except httpx.HTTPError as exc:
            raise _map_transport_error(exc, request, self._secrets) from exc
        return self._done(request, response)

    async def aclose(self) -> None:
        if self._owns_inner and isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


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


async def _aread_capped(response: httpx.Response, limit: int = ERROR_BODY_LIMIT) -> bytes:
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
