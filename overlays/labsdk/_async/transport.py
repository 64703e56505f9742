"""The I/O of the transport stack (see ``labsdk._transport`` for the whole stack and what it decides): the one retry
loop (:func:`send_with_retries`), the API transport over it, and the retrying transport of signed-URL hosts."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from typing import Unpack, cast

import httpx

from .._backend import AsyncBackend
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
    "AsyncApiTransport",
    "AsyncBorrowedTransport",
    "AsyncQueryCredentialTransport",
    "AsyncRetryingTransport",
    "send_with_retries",
]

TIMEOUT_PHASES = ("connect", "read", "write", "pool")


class DeadlinePassed(Exception):
    """The deadline passed while the answer was being received. Internal: the transport raises the typed error."""


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


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """A response body that stops with :class:`DeadlinePassed` once the deadline has passed (a trickling server
    cannot keep a call alive: each read is also bounded by the time left, see :func:`_bound_timeouts`)."""

    def __init__(self, inner: httpx.AsyncByteStream, attempts: Attempts) -> None:
        self.inner = inner
        self.attempts = attempts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            left = self.attempts.remaining()
            if left is not None and left <= 0:
                raise DeadlinePassed("the answer was still arriving")
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


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


async def _pace(pacer: RateLimitPacer, attempts: Attempts) -> None:
    while (wait := pacer.acquire()) > 0:
        if wait > attempts.policy.max_wait:
            raise WaitRefused(wait, "the rate-limit window", deadline=False)
        attempts.refuse_past_deadline(wait, "waiting for the rate-limit window")
        await attempts.policy.async_pause(wait)


async def send_with_retries(
    inner: httpx.AsyncBaseTransport,
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
            await _pace(pacer, attempts)
        _bound_timeouts(request, attempts.remaining())
        if hooks is not None:
            hooks.on_request(request)
        try:
            async with AsyncBackend.time_limit(attempts.remaining()):
                response = await inner.handle_async_request(request)
        except Exception as exc:
            if pacer is not None:
                pacer.release(None)
            if isinstance(exc, TimeoutError):
                raise DeadlinePassed("no answer yet") from exc
            wait = attempts.after_error(exc)
            if wait is None:
                raise
            await attempts.policy.async_pause(wait)
            continue
        except BaseException:
            if pacer is not None:
                pacer.release(None)
            raise
        if pacer is not None:
            pacer.release(response.headers)
        if hooks is not None:
            hooks.on_response(request, response)
        if bound_body and attempts.deadline is not None and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = AsyncDeadlineStream(response.stream, attempts)
        wait = attempts.after_response(response)
        if wait is None and attempts.check_json and needs_json_check(response, request.method):
            try:
                async with AsyncBackend.time_limit(attempts.remaining()):
                    check_json(response, await response.aread())
            except (TimeoutError, DeadlinePassed) as exc:
                await response.aclose()
                raise DeadlinePassed("the answer was still arriving") from exc
            except (InvalidBodyError, httpx.TransportError) as exc:
                await response.aclose()
                wait = attempts.after_error(exc)
                if wait is None:
                    if isinstance(exc, InvalidBodyError):  # the final answer: the caller reports the bad body
                        return response
                    raise
        if wait is None:
            return response
        await response.aclose()
        await attempts.policy.async_pause(wait)


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """The retry loop over ``inner`` with ``policy``, no credential anywhere (signed-URL hosts); every request is
    retried as ``method`` would be (``None``: as its own method); ``hooks``: the user's event hooks."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        method: str | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.method = method
        self.hooks = hooks

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = Attempts(self.policy, self.method or request.method, check_json=False)
        return await send_with_retries(self.inner, request, attempts, hooks=self.hooks)

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
        self._network = network

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = is_raw()  # answering_raw(): a redirect as it came, a 2xx body unread (and not bound by the deadline)
        deadline = self.call_deadline()
        try:
            hops = 0
            while True:
                self._prepare(request)
                attempts = Attempts(
                    self._policy, request.method, check_json=not raw, deadline=deadline, wall=self.wall_clock
                )
                response = await send_with_retries(
                    self._network, request, attempts, pacer=self._pacer, hooks=self.hooks, bound_body=not raw
                )
                following = self._redirect(request, response) if hops < self._max_redirects and not raw else None
                if following is None:
                    break
                await response.aclose()
                request, hops = following, hops + 1
            if raw and response.status_code in REDIRECT_STATUSES:
                return self._done(request, response)
            if not 200 <= response.status_code < 300:
                raise self._status_error(request, response, await _read_capped(response), attempts.note)
            if not raw:
                try:
                    async with AsyncBackend.time_limit(attempts.remaining()):
                        await response.aread()
                except BaseException:
                    await response.aclose()
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
    except (httpx.HTTPError, DeadlinePassed):
        pass
    finally:
        await response.aclose()
    return bytes(buffer[:limit])
