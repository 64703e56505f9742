"""The httpx transport stack under every API call: what its two faces share (no I/O).

From the top (``_async/transport.py``, and its derivation ``_sync/transport.py``)::

    ApiTransport      credential policy (the key only ever goes to the API's origin), redirects, exception and
                      status mapping (any non-2xx raises an APIStatusError *before* the generated code runs
                      ``HTTPStatus(code)``), body buffering, the last exchange for ResponseValidationError,
                      the extra query parameters of :func:`sending_query`
      RetryTransport  httpx-retries, driven by a LabRetry per request (request.extensions["retry"])
        PacedTransport  only for APIs that declare x-rate-limit: waits for the window's reset when it is spent
        inner         the network (httpx.HTTPTransport / AsyncHTTPTransport) or the transport the user gave

A client's ``with_options`` copies make their own ``ApiTransport`` over the same inner transport (the connection
pool); only the original closes the inner transport.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import TypedDict, Unpack

import httpx
from httpx_retries import Retry

from ._errors import APIConnectionError, APIStatusError, APITimeoutError, make_status_error
from ._ratelimit import RateLimitPacer
from ._retry import LabRetry, RetryPolicy
from ._secrets import redact_url, scrub

__all__ = [
    "TransportCore",
    "TransportOptions",
    "answering_raw",
    "last_exchange",
    "same_origin",
    "sending_query",
    "with_query_credential",
]

logger = logging.getLogger("labsdk")

ERROR_BODY_LIMIT = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ALWAYS_PRIVATE_HEADERS = ("authorization", "proxy-authorization", "cookie")

_last: ContextVar[tuple[httpx.Request, httpx.Response] | None] = ContextVar("labsdk_last_exchange", default=None)
_extra_query: ContextVar[Mapping[str, Sequence[str]] | None] = ContextVar("labsdk_extra_query", default=None)
_raw: ContextVar[bool] = ContextVar("labsdk_raw_answers", default=False)


def last_exchange() -> tuple[httpx.Request, httpx.Response] | None:
    """The last successful exchange of the current thread / task (to describe a body that fails to parse)."""
    return _last.get()


def reset_last_exchange() -> None:
    _last.set(None)


@contextlib.contextmanager
def sending_query(params: Mapping[str, Sequence[str]] | None) -> Iterator[None]:
    """Within the block, the API requests of this thread / task also carry ``params`` (query parameters a spec
    cannot declare, such as Seven Bridges' ``metadata.<key>`` filters); the ``ApiTransport`` adds them."""
    if not params:
        yield
        return
    token = _extra_query.set(params)
    try:
        yield
    finally:
        _extra_query.reset(token)


@contextlib.contextmanager
def answering_raw() -> Iterator[None]:
    """Within the block, the API requests of this thread / task get a redirect as it came (never followed: its
    ``Location`` may be a signed URL, which must not see the credential) and a 2xx body unread, to stream it.
    Every other status still raises its ``APIStatusError``."""
    token = _raw.set(True)
    try:
        yield
    finally:
        _raw.reset(token)


def is_raw() -> bool:
    return _raw.get()


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


class TransportOptions(TypedDict, total=False):
    """The request and response policy of an ``ApiTransport`` besides its origin and retry policy."""

    credential_headers: Iterable[str]
    secrets: Iterable[str]
    message_field: str
    code_field: str | None
    error_classes: Mapping[int | str, type[APIStatusError]]
    follow_redirects: bool
    max_redirects: int
    owns_inner: bool
    pacer: RateLimitPacer | None
    credential_query: Mapping[str, str]  # query parameters carrying the credential (Ion Torrent's query form)


def with_query_credential(request: httpx.Request, origin: httpx.URL, query: Mapping[str, str]) -> httpx.Request:
    """The request as sent on the wire: with the credential ``query`` parameters (replacing any of those names) when
    it goes to ``origin``; any other request unchanged (a signed URL or another host never gets them). A new request,
    so that the one errors and logs describe never holds the credential."""
    if not query or not same_origin(request.url, origin):
        return request
    url = request.url.copy_merge_params(dict(query))
    return httpx.Request(
        request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
    )


class TransportCore:
    """What the sync and async ``ApiTransport`` share: the request and response policy, no I/O."""

    def __init__(self, *, origin: str | httpx.URL, retry: RetryPolicy, **options: Unpack[TransportOptions]) -> None:
        self._origin = httpx.URL(str(origin))
        self._retry = retry.to_retry(check_json=True)
        self._retry_raw = retry.to_retry(check_json=False)  # answering_raw(): the body is content, not JSON
        self._pacer = options.get("pacer")
        headers = [*(h.lower() for h in options.get("credential_headers", ())), *ALWAYS_PRIVATE_HEADERS]
        self._private = tuple(dict.fromkeys(headers))
        self._secrets = tuple(options.get("secrets", ()))
        self._message_field = options.get("message_field", "message")
        self._code_field = options.get("code_field")
        self._error_classes = options.get("error_classes", {})
        self._follow = options.get("follow_redirects", True)
        self._max_redirects = options.get("max_redirects", 5)
        self._owns_inner = options.get("owns_inner", True)
        self._credential_query = dict(options.get("credential_query") or {})

    def _prepare(self, request: httpx.Request, *, is_async: bool) -> None:
        if not same_origin(request.url, self._origin):
            for name in self._private:
                request.headers.pop(name, None)
        else:
            extra = _extra_query.get()
            if extra:  # merged: a redirect that carries them already gets them once
                request.url = request.url.copy_merge_params({k: list(v) for k, v in extra.items()})
        given = request.extensions.get("retry")
        base = given if isinstance(given, LabRetry) else (self._retry_raw if is_raw() else self._retry)
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

    def _status_error(self, request: httpx.Request, response: httpx.Response, content: bytes) -> APIStatusError:
        return make_status_error(
            response,
            content,
            message_field=self._message_field,
            code_field=self._code_field,
            error_classes=self._error_classes,
            secrets=self._secrets,
            method=request.method,
            url=request.url,
        )

    def _transport_error(self, exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
        return _map_transport_error(exc, request, self._secrets)
