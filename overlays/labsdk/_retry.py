"""Retries, waits and deadlines: what the one retry loop decides (no I/O).

:class:`RetryPolicy` is the user-facing knob (frozen, per client and per call through ``with_options``). The loop
itself is ``send_with_retries`` in ``_async/transport.py`` (and its sync derivation); for each request it keeps an
:class:`Attempts`, which says after every attempt whether to try again and after how long:

* idempotent methods get the full policy; any other method (POST, PATCH) is retried only where the server cannot
  have acted on it: a ``429`` response or a connection that was never established (``ConnectError``,
  ``ConnectTimeout``, ``PoolTimeout``);
* the wait is the server's (``retry-after-ms``, ``Retry-After`` as seconds or HTTP-date, and on a 429
  ``X-RateLimit-Reset``), else the exponential backoff. A server figure that is garbage (negative, NaN, text) means
  "use the backoff"; one beyond ``max_wait`` fails the call at once, the figure in the error (never a sleep of
  hours, never ``OverflowError``);
* no wait goes past the call's deadline: a retry that could not start before it raises
  :class:`~labsdk.DeadlineExceededError` at once;
* 2xx JSON answers are checked (``check_json``): a body that cannot be read completely or is not JSON (truncated,
  an HTML error page with a 200) is retried like a dropped connection.

Every wait the SDK makes goes through :meth:`RetryPolicy.pause` / :meth:`RetryPolicy.async_pause`: capped by
``max_wait``, finite, and through the injectable ``sleep`` / ``asleep`` (tests record the waits and never sleep).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace

import httpx

from ._fields import lowered_headers

__all__ = ["Attempts", "RetryPolicy", "WaitRefused", "retry_after_seconds"]

logger = logging.getLogger("labsdk")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

# Failures that happened before the request reached the server: safe to repeat for any method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class InvalidBodyError(Exception):
    """A 2xx answer whose body is not the JSON it claims to be (truncated, or an HTML page). Retried, internal."""


RETRY_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    InvalidBodyError,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How requests are retried (idempotent methods, plus 429 / never-sent requests for any method).

    ``max_retries`` is the number of retries after the first attempt. The wait before retry *n* (1-based) is
    ``backoff_factor * 2 ** (n - 1)``, multiplied by a random factor in ``[1 - backoff_jitter, 1]`` and capped by
    ``max_backoff``; a server's ``Retry-After`` (seconds or HTTP-date) replaces it when it is a sane figure.
    ``max_wait`` is the longest wait the SDK makes for anything (a server's ``Retry-After``, a rate-limit window's
    reset, a poll interval): a server asking for more fails the call at once with its figure in the error.
    ``total_timeout`` caps the sum of the waits of one request. ``sleep`` / ``asleep`` are used for every wait the
    SDK makes (retries, pacing, polling, download resumes), so tests can inject recorders.
    """

    max_retries: int = 8
    backoff_factor: float = 0.5
    backoff_jitter: float = 0.25
    max_backoff: float = 30.0
    max_wait: float = 330.0  # Seven Bridges' window is 5 minutes: a wait for its reset must fit
    total_timeout: float | None = None
    retry_statuses: frozenset[int] = RETRY_STATUSES
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    retry_429_on_any_method: bool = True
    retry_unsent_on_any_method: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    asleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if not (_finite(self.backoff_factor) and self.backoff_factor >= 0):
            raise ValueError("backoff_factor must be a finite number >= 0")
        for name in ("max_backoff", "max_wait"):
            value = getattr(self, name)
            if not (_finite(value) and value > 0):
                raise ValueError(f"{name} must be a finite number > 0")
        if not 0 <= self.backoff_jitter <= 1:
            raise ValueError("backoff_jitter must be between 0 and 1")
        if self.total_timeout is not None and not (_finite(self.total_timeout) and self.total_timeout >= 0):
            raise ValueError("total_timeout must be a finite number >= 0 or None")

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        return replace(self, max_retries=max_retries)

    def backoff(self, retry_number: int) -> float:
        """The wait before retry ``retry_number`` (1-based), without a server hint."""
        if self.backoff_factor == 0 or retry_number <= 0:
            return 0.0
        wait = self.backoff_factor * 2.0 ** min(retry_number - 1, 60)
        if self.backoff_jitter:
            wait *= random.uniform(1 - self.backoff_jitter, 1)
        return min(wait, self.max_backoff)

    def capped(self, seconds: float) -> float:
        """``seconds`` as a wait the SDK may make: finite, >= 0, at most ``max_wait``."""
        if not _finite(seconds) or seconds <= 0:
            return 0.0 if not seconds > 0 else self.max_wait  # NaN / negative: no wait; inf: the cap
        return min(seconds, self.max_wait)

    def pause(self, seconds: float) -> None:
        """Every wait of the sync face: capped (:meth:`capped`)."""
        self.sleep(self.capped(seconds))

    async def async_pause(self, seconds: float) -> None:
        """Every wait of the async face: capped (:meth:`capped`)."""
        await self.asleep(self.capped(seconds))


def _finite(value: float) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def _seconds(text: str) -> float | None:
    """A non-negative number of seconds (``inf`` included: "never"), else None (garbage, NaN, negative)."""
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number >= 0 else None  # NaN >= 0 is False


def retry_after_seconds(
    headers: Mapping[str, str] | httpx.Headers, *, status_code: int | None = None, now: float | None = None
) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, ``Retry-After`` (seconds or HTTP-date), or, on a 429 (or
    when ``X-RateLimit-Remaining`` is 0), ``X-RateLimit-Reset`` as epoch seconds or seconds. ``None`` if none, or
    if the figure is garbage (negative, NaN, text); ``inf`` if the server said so (a wait beyond any cap)."""
    lowered = lowered_headers(headers)
    current = time.time() if now is None else now
    value = lowered.get("retry-after-ms", "").strip()
    if value and (ms := _seconds(value)) is not None:
        return ms / 1000.0
    value = lowered.get("retry-after", "").strip()
    if value:
        seconds = _seconds(value)
        if seconds is not None:
            return seconds
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            when = None
        if when is not None:
            try:
                return max(0.0, when.timestamp() - current)
            except (OverflowError, ValueError, OSError):
                return None
    reset = lowered.get("x-ratelimit-reset", "").strip()
    if reset and (status_code == 429 or lowered.get("x-ratelimit-remaining", "").strip() == "0"):
        number = _seconds(reset)
        if number is None:
            return None
        return max(0.0, number - current if number > 1_000_000_000 else number)
    return None


def needs_json_check(response: httpx.Response, method: str) -> bool:
    if not 200 <= response.status_code < 300 or response.status_code in (204, 205):
        return False
    if method.upper() == "HEAD":
        return False
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return ctype in ("", "text/html") or ctype == "application/json" or ctype.endswith("+json")


PARSED_JSON = "labsdk.parsed_json"  # the response extension holding the JSON value check_json parsed


def check_json(response: httpx.Response, body: bytes) -> None:
    """Raise InvalidBodyError unless ``body`` is JSON; keep the parsed value on the response (``PARSED_JSON``), so that
    the layers above read it without parsing the body again."""
    ctype = response.headers.get("content-type", "").lower()
    if ctype.startswith("text/html"):
        raise InvalidBodyError("an HTML page where JSON was expected")
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise InvalidBodyError(f"the body is not valid JSON ({len(body)} bytes)") from exc
    response.extensions[PARSED_JSON] = value


class WaitRefused(Exception):
    """A wait the loop will not make: the server asked for more than ``max_wait`` (``deadline`` False), or the wait
    would end past the call's deadline (``deadline`` True). Internal: the transport raises the typed error."""

    def __init__(self, asked: float, reason: str, *, deadline: bool) -> None:
        self.asked = asked
        self.reason = reason
        self.deadline = deadline
        super().__init__(reason)


def describe_wait(seconds: float) -> str:
    return "forever" if math.isinf(seconds) else f"{seconds:.6g}s"


class Attempts:
    """The retry state of one request: after each attempt, whether to try again and after how long.

    ``deadline`` is the call's end on ``clock`` (``time.monotonic``), or None; ``check_json`` whether a 2xx JSON
    body is read and checked inside the loop; ``wall`` the clock of epoch-seconds reset headers.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        method: str,
        *,
        check_json: bool,
        deadline: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.policy = policy
        self.method = method.upper()
        idempotent = self.method in {m.upper() for m in policy.idempotent_methods}
        self.statuses: frozenset[int] = policy.retry_statuses if idempotent else frozenset()
        if not idempotent and policy.retry_429_on_any_method:
            self.statuses = frozenset({429})
        self.errors: tuple[type[Exception], ...] = RETRY_ERRORS if idempotent else ()
        if not idempotent and policy.retry_unsent_on_any_method:
            self.errors = NOT_SENT_ERRORS
        self.check_json = check_json and idempotent
        self.deadline = deadline
        self.clock = clock
        self.wall = wall  # the wall clock a reset header's epoch seconds are read against (the pacer's)
        self.retries = 0
        self.slept = 0.0
        self.note: str | None = None  # why the last response was given up on with retries left

    def remaining(self) -> float | None:
        """Seconds left before the deadline (may be <= 0), or None without one."""
        return None if self.deadline is None else self.deadline - self.clock()

    def after_response(self, response: httpx.Response) -> float | None:
        """The wait before retrying ``response``, or None: it is the answer (a success, or the final failure; then
        :attr:`note` may say why it was not retried)."""
        if response.status_code not in self.statuses or self.retries >= self.policy.max_retries:
            return None
        asked = retry_after_seconds(response.headers, status_code=response.status_code, now=self.wall())
        try:
            return self._next(asked, str(response.status_code))
        except WaitRefused as refused:
            if refused.deadline:
                raise
            self.note = refused.reason
            return None

    def after_error(self, exc: Exception) -> float | None:
        """The wait before retrying after ``exc``, or None: it is final (raise it)."""
        if not isinstance(exc, self.errors) or self.retries >= self.policy.max_retries:
            return None
        return self._next(None, type(exc).__name__)

    def _next(self, asked: float | None, what: str) -> float:
        policy = self.policy
        if asked is not None and asked > policy.max_wait:
            raise WaitRefused(
                asked,
                f"the server asked to wait {describe_wait(asked)} before retrying, more than max_wait "
                f"({policy.max_wait:g}s)",
                deadline=False,
            )
        wait = asked if asked is not None else policy.backoff(self.retries + 1)
        if policy.total_timeout is not None:
            wait = min(wait, max(0.0, policy.total_timeout - self.slept))
        self.refuse_past_deadline(wait, f"a retry after {what}")
        self.retries += 1
        self.slept += wait
        logger.info("labsdk: retry %d/%d after %s in %.2fs", self.retries, policy.max_retries, what, wait)
        return wait

    def refuse_past_deadline(self, wait: float, what: str) -> None:
        """Raise :class:`WaitRefused` if waiting ``wait`` seconds would end past the deadline."""
        left = self.remaining()
        if left is not None and wait >= left:
            raise WaitRefused(wait, f"{what} would wait {describe_wait(wait)}, past the call's deadline", deadline=True)
