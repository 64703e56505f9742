"""The httpx transport stack under every API call: what its two faces share (no I/O).

From the top (``_async/transport.py``, and its derivation ``_sync/transport.py``)::

    ApiTransport        credential policy (the credential and the user's ``headers=`` are added here, to requests
                        for the API's origin only; an off-origin redirect keeps only content headers), redirects,
                        the call's total deadline, exception and status mapping (any non-2xx raises an
                        APIStatusError *before* the generated code runs ``HTTPStatus(code)``), body buffering, the
                        last exchange for ResponseValidationError, the extra query parameters of
                        :func:`sending_query`, the user's event hooks
      send_with_retries the one retry loop (``labsdk._retry.Attempts`` decides), with the rate-limit pacer (APIs
                        that declare x-rate-limit) before each attempt
        inner           the network (httpx.HTTPTransport / AsyncHTTPTransport) or the transport the user gave

A client's ``with_options`` copies make their own ``ApiTransport`` over the same inner transport (the connection
pool); only the original closes the inner transport.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import TypedDict, Unpack

import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    DeadlineExceededError,
    RateLimitError,
    make_status_error,
)
from ._ratelimit import RateLimitPacer
from ._retry import RetryPolicy, WaitRefused, describe_wait
from ._secrets import REDACTED, redact_headers, redact_url, registry, scrub

__all__ = [
    "EventHooks",
    "Hooks",
    "TransportCore",
    "TransportOptions",
    "answering_raw",
    "capturing",
    "last_exchange",
    "not_following",
    "same_origin",
    "sending_query",
    "with_query_credential",
    "within_deadline",
]

logger = logging.getLogger("labsdk")

ERROR_BODY_LIMIT = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ALWAYS_PRIVATE_HEADERS = ("authorization", "proxy-authorization", "cookie")
# What a request to another origin (a redirect off the API's host) keeps of its headers: nothing of the user's.
OFF_ORIGIN_HEADERS = frozenset(
    {
        "host",
        "accept",
        "accept-encoding",
        "user-agent",
        "content-type",
        "content-length",
        "transfer-encoding",
        "range",
        "if-range",
        "if-match",
        "if-none-match",
    }
)

EventHooks = Mapping[str, Sequence[Callable[..., object]]]

_last: ContextVar[tuple[httpx.Request, httpx.Response] | None] = ContextVar("labsdk_last_exchange", default=None)
_extra_query: ContextVar[Mapping[str, Sequence[str]] | None] = ContextVar("labsdk_extra_query", default=None)
_raw: ContextVar[bool] = ContextVar("labsdk_raw_answers", default=False)
_unfollowed: ContextVar[bool] = ContextVar("labsdk_unfollowed_redirects", default=False)
_deadline: ContextVar[float | None] = ContextVar("labsdk_deadline", default=None)
_captured: ContextVar[list[tuple[httpx.Request, httpx.Response]] | None] = ContextVar("labsdk_captured", default=None)


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


@contextlib.contextmanager
def not_following() -> Iterator[None]:
    """Within the block, a redirect the API answers is not followed but raised as the ``APIStatusError`` of its
    status (the error class its body names, with the ``Location`` in ``headers``): for an operation whose redirect
    is an answer of its own (Sphinx Bio's ``Redirect``), not a move of the resource."""
    token = _unfollowed.set(True)
    try:
        yield
    finally:
        _unfollowed.reset(token)


@contextlib.contextmanager
def within_deadline(seconds: float | None) -> Iterator[None]:
    """Within the block, every API call of this thread / task ends within ``seconds`` from now (its retries and
    waits included), or raises :class:`DeadlineExceededError`; nested blocks keep the earliest end."""
    if seconds is None:
        yield
        return
    end = time.monotonic() + max(seconds, 0.0)
    outer = _deadline.get()
    token = _deadline.set(end if outer is None else min(outer, end))
    try:
        yield
    finally:
        _deadline.reset(token)


@contextlib.contextmanager
def capturing() -> Iterator[list[tuple[httpx.Request, httpx.Response]]]:
    """Within the block, every final exchange of the API transport (after retries and redirects) is appended to the
    list it gives (``with_raw_response``)."""
    seen: list[tuple[httpx.Request, httpx.Response]] = []
    token = _captured.set(seen)
    try:
        yield seen
    finally:
        _captured.reset(token)


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


class Hooks:
    """The user's ``event_hooks``: plain callables, called for every attempt (each retry and redirect). A request
    hook gets a redacted copy (URL signatures, the credential and secret headers ``***``; no body), a response hook
    the response as it came (headers; its body not read yet), its ``.request`` that redacted copy."""

    def __init__(self, hooks: EventHooks | None, *, private: Iterable[str] = (), secrets: Iterable[str] = ()) -> None:
        given = hooks or {}
        unknown = set(given) - {"request", "response"}
        if unknown:
            raise ValueError(f"event_hooks takes 'request' and 'response', not {sorted(unknown)}")
        self.request = tuple(given.get("request", ()))
        self.response = tuple(given.get("response", ()))
        self.private = tuple(dict.fromkeys([*(p.lower() for p in private), *ALWAYS_PRIVATE_HEADERS]))
        self.secrets = tuple(secrets)

    def redacted(self, request: httpx.Request) -> httpx.Request:
        headers = redact_headers(request.headers, self.private)
        headers = {k: scrub(v, self.secrets) if v != REDACTED else v for k, v in headers.items()}
        return httpx.Request(request.method, redact_url(request.url), headers=headers)

    def on_request(self, request: httpx.Request) -> None:
        if self.request:
            shown = self.redacted(request)
            for hook in self.request:
                hook(shown)

    def on_response(self, request: httpx.Request, response: httpx.Response) -> None:
        if self.response:
            response.request = self.redacted(request)  # httpx sets the real one again once the transport returns
            for hook in self.response:
                hook(response)


class TransportOptions(TypedDict, total=False):
    """The request and response policy of an ``ApiTransport`` besides its origin and retry policy."""

    credential: tuple[str, str] | None  # (header, value), sent to the API's origin only
    headers: Mapping[str, str]  # the user's headers, to the API's origin only (a request's own win)
    secret_headers: Iterable[str]  # more header names whose values are secret (scrubbed, redacted)
    credential_headers: Iterable[str]
    secrets: Iterable[str]
    deadline: float | None  # seconds per call, all of it; None: none
    event_hooks: EventHooks | None
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
        self._policy = retry
        self._pacer = options.get("pacer")
        self._credential = options.get("credential")
        self._headers = dict(options.get("headers", {}))
        secret_headers = [h.lower() for h in options.get("secret_headers", ())]
        named = [*(h.lower() for h in options.get("credential_headers", ())), *secret_headers]
        if self._credential is not None:
            named.append(self._credential[0].lower())
        self._private = tuple(dict.fromkeys([*named, *ALWAYS_PRIVATE_HEADERS]))
        secret_values = [v for k, v in self._headers.items() if k.lower() in secret_headers]
        credential_value = [self._credential[1]] if self._credential is not None else []
        self._secrets = tuple(dict.fromkeys([*options.get("secrets", ()), *credential_value, *secret_values]))
        registry.add(self._secrets)
        deadline = options.get("deadline")
        if deadline is not None and not (math.isfinite(deadline) and deadline > 0):
            raise ValueError("deadline must be a number of seconds > 0, or None (no deadline)")
        self._deadline = deadline
        self.hooks = Hooks(options.get("event_hooks"), private=self._private, secrets=self._secrets)
        self._message_field = options.get("message_field", "message")
        self._code_field = options.get("code_field")
        self._error_classes = options.get("error_classes", {})
        self._follow = options.get("follow_redirects", True)
        self._max_redirects = options.get("max_redirects", 5)
        self._owns_inner = options.get("owns_inner", True)
        self._credential_query = dict(options.get("credential_query") or {})

    def wall_clock(self) -> float:
        """The time a reset header's epoch seconds are read against: the pacer's clock, else ``time.time``."""
        return self._pacer.clock() if self._pacer is not None else time.time()

    def call_deadline(self) -> float | None:
        """When the call starting now must end (``time.monotonic``): this client's ``deadline``, or the end of an
        enclosing :func:`within_deadline` if earlier; None for neither."""
        end = None if self._deadline is None else time.monotonic() + self._deadline
        outer = _deadline.get()
        if outer is None:
            return end
        return outer if end is None else min(end, outer)

    def _prepare(self, request: httpx.Request) -> None:
        if not same_origin(request.url, self._origin):
            for name in [n for n in request.headers if n.lower() not in OFF_ORIGIN_HEADERS]:
                del request.headers[name]
            return
        for name, value in self._headers.items():
            if name not in request.headers:
                request.headers[name] = value
        if self._credential is not None and self._credential[1]:  # empty: the credential is in the query
            request.headers[self._credential[0]] = self._credential[1]
        extra = _extra_query.get()
        if extra:  # merged: a redirect that carries them already gets them once
            request.url = request.url.copy_merge_params({k: list(v) for k, v in extra.items()})

    def _redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
        if response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
            return None
        if not self._follow or _unfollowed.get():
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
        logger.debug("labsdk: redirect %s -> %s", redact_url(request.url), redact_url(url))
        return httpx.Request(method, url, headers=headers, stream=stream, extensions=dict(request.extensions))

    def _done(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if logger.isEnabledFor(logging.DEBUG):  # the redaction is not free: only for a line that is written
            logger.debug("labsdk: %s %s -> %d", request.method, redact_url(request.url), response.status_code)
        _last.set((request, response))
        captured = _captured.get()
        if captured is not None:
            captured.append((request, response))
        return response

    def _status_error(
        self, request: httpx.Request, response: httpx.Response, content: bytes, note: str | None = None
    ) -> APIStatusError:
        return make_status_error(
            response,
            content,
            message_field=self._message_field,
            code_field=self._code_field,
            error_classes=self._error_classes,
            secrets=self._secrets,
            method=request.method,
            url=request.url,
            note=note,
        )

    def _transport_error(self, exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
        return _map_transport_error(exc, request, self._secrets)

    def _deadline_error(self, request: httpx.Request, reason: str) -> DeadlineExceededError:
        budget = f" of {self._deadline:g}s" if self._deadline is not None else ""
        return DeadlineExceededError(
            f"deadline exceeded: the call did not finish within its deadline{budget} ({reason})",
            deadline=self._deadline,
            method=request.method,
            url=redact_url(request.url),
        )

    def _refused(self, request: httpx.Request, refused: WaitRefused) -> APIConnectionError | RateLimitError:
        """The typed error of a wait the loop would not make (see :class:`labsdk._retry.WaitRefused`)."""
        if refused.deadline:
            return self._deadline_error(request, refused.reason)
        error = RateLimitError(
            f"the rate-limit window ends in {describe_wait(refused.asked)}, more than max_wait "
            f"({self._policy.max_wait:g}s): not sent",
            status_code=429,
            body=None,
            method=request.method,
            url=redact_url(request.url),
        )
        error.requested_wait = refused.asked
        return error
