# Derived from overlays/labsdk/_async/transport.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The I/O of the transport stack (see ``labsdk._transport`` for the whole stack and what it decides): the one retry
loop (:func:`send_with_retries`), the API transport over it, and the retrying transport of signed-URL hosts."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Unpack, cast

import httpx

from .._backend import Backend
from .._errors import LabSDKError
from .._ratelimit import RateLimitPacer
from .._retry import Attempts, InvalidBodyError, RetryPolicy, WaitRefused, check_json, needs_json_check
from .._transport import (
    ERROR_BODY_LIMIT,
    REDIRECT_STATUSES,
    Hooks,
    TransportCore,
    TransportOptions,
    is_raw,
    with_query_credential,
)

__all__ = [
    "ApiTransport",
    "BorrowedTransport",
    "QueryCredentialTransport",
    "RetryingTransport",
    "send_with_retries",
]

TIMEOUT_PHASES = ("connect", "read", "write", "pool")


class DeadlinePassed(Exception):
    """The deadline passed while the answer was being received. Internal: the transport raises the typed error."""


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


class DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with :class:`DeadlinePassed` once the deadline has passed (a trickling server
    cannot keep a call alive: each read is also bounded by the time left, see :func:`_bound_timeouts`)."""

    def __init__(self, inner: httpx.SyncByteStream, attempts: Attempts) -> None:
        self.inner = inner
        self.attempts = attempts

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            left = self.attempts.remaining()
            if left is not None and left <= 0:
                raise DeadlinePassed("the answer was still arriving")
            yield chunk

    def close(self) -> None:
        self.inner.close()


def _bound_timeouts(request: httpx.Request, left: float | None) -> None:
    """Each phase's httpx timeout (connect, read, write, pool) at most the time left before the deadline."""
    if left is None:
        return
    current = request.extensions.get("timeout") or {}
    bounded = {}
    for phase in TIMEOUT_PHASES:
        value = current.get(phase)
        bounded[phase] = max(min(value, left) if value is not None else left, 0.001)
    request.extensions["timeout"] = bounded


def _pace(pacer: RateLimitPacer, attempts: Attempts) -> None:
    while (wait := pacer.acquire()) > 0:
        if wait > attempts.policy.max_wait:
            raise WaitRefused(wait, "the rate-limit window", deadline=False)
        attempts.refuse_past_deadline(wait, "waiting for the rate-limit window")
        attempts.policy.pause(wait)


def send_with_retries(
    inner: httpx.BaseTransport,
    request: httpx.Request,
    attempts: Attempts,
    *,
    pacer: RateLimitPacer | None = None,
    hooks: Hooks | None = None,
    bound_body: bool = False,
) -> httpx.Response:
    """Send ``request`` until ``attempts`` says the answer is final: the one retry loop of the SDK. Every wait goes
    through the policy's capped pause; none goes past the deadline (``WaitRefused``). ``bound_body``: the body of
    the answer, when read, stops at the deadline too (``DeadlinePassed``). ``hooks``: the user's event hooks."""
    while True:
        if pacer is not None:
            _pace(pacer, attempts)
        _bound_timeouts(request, attempts.remaining())
        if hooks is not None:
            hooks.on_request(request)
        try:
            with Backend.time_limit(attempts.remaining()):
                response = inner.handle_request(request)
        except Exception as exc:
            if pacer is not None:
                pacer.release(None)
            if isinstance(exc, TimeoutError):
                raise DeadlinePassed("no answer yet") from exc
            wait = attempts.after_error(exc)
            if wait is None:
                raise
            attempts.policy.pause(wait)
            continue
        except BaseException:
            if pacer is not None:
                pacer.release(None)
            raise
        if pacer is not None:
            pacer.release(response.headers)
        if hooks is not None:
            hooks.on_response(request, response)
        if bound_body and attempts.deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
            response.stream = DeadlineStream(response.stream, attempts)
        wait = attempts.after_response(response)
        if wait is None and attempts.check_json and needs_json_check(response, request.method):
            try:
                with Backend.time_limit(attempts.remaining()):
                    check_json(response, response.read())
            except (TimeoutError, DeadlinePassed) as exc:
                response.close()
                raise DeadlinePassed("the answer was still arriving") from exc
            except (InvalidBodyError, httpx.TransportError) as exc:
                response.close()
                wait = attempts.after_error(exc)
                if wait is None:
                    if isinstance(exc, InvalidBodyError):  # the final answer: the caller reports the bad body
                        return response
                    raise
        if wait is None:
            return response
        response.close()
        attempts.policy.pause(wait)


class RetryingTransport(httpx.BaseTransport):
    """The retry loop over ``inner`` with ``policy``, no credential anywhere (signed-URL hosts); every request is
    retried as ``method`` would be (``None``: as its own method); ``hooks``: the user's event hooks."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        method: str | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.method = method
        self.hooks = hooks

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = Attempts(self.policy, self.method or request.method, check_json=False)
        return send_with_retries(self.inner, request, attempts, hooks=self.hooks)

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
        self._network = network

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw = is_raw()  # answering_raw(): a redirect as it came, a 2xx body unread (and not bound by the deadline)
        deadline = self.call_deadline()
        try:
            hops = 0
            while True:
                self._prepare(request)
                attempts = Attempts(
                    self._policy, request.method, check_json=not raw, deadline=deadline, wall=self.wall_clock
                )
                response = send_with_retries(
                    self._network, request, attempts, pacer=self._pacer, hooks=self.hooks, bound_body=not raw
                )
                following = self._redirect(request, response) if hops < self._max_redirects and not raw else None
                if following is None:
                    break
                response.close()
                request, hops = following, hops + 1
            if raw and response.status_code in REDIRECT_STATUSES:
                return self._done(request, response)
            if not 200 <= response.status_code < 300:
                raise self._status_error(request, response, _read_capped(response), attempts.note)
            if not raw:
                try:
                    with Backend.time_limit(attempts.remaining()):
                        response.read()
                except BaseException:
                    response.close()
                    raise
        except LabSDKError:
            raise
        except WaitRefused as refused:
            raise self._refused(request, refused) from None
        except (DeadlinePassed, TimeoutError) as exc:
            raise self._deadline_error(request, str(exc) or "the answer was still arriving") from None
        except httpx.HTTPError as exc:
            if deadline is not None and isinstance(exc, httpx.TimeoutException) and time.monotonic() >= deadline - 0.05:
                raise self._deadline_error(request, type(exc).__name__) from exc
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
    except (httpx.HTTPError, DeadlinePassed):
        pass
    finally:
        response.close()
    return bytes(buffer[:limit])
