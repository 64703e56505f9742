"""Retry configuration, built on httpx-retries.

:class:`RetryPolicy` is the user-facing knob (frozen, per client and per call through ``with_options``).
It is turned into a :class:`LabRetry`, an ``httpx_retries.Retry`` subclass that ``httpx_retries.RetryTransport``
drives. What the subclass adds to the library:

* its own method / status / exception sets per request: idempotent methods get the full policy; any other method
  (POST, PATCH) is retried only where the server cannot have acted on it: a ``429`` response or a connection that
  was never established (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``);
* a ``Retry-After`` reading that also understands ``retry-after-ms`` and, on a 429, ``X-RateLimit-Reset``
  (epoch seconds, as Seven Bridges sends it), capped by ``max_backoff``;
* an injectable ``sleep`` / ``asleep`` (tests assert the waits asked for, and never really sleep);
* a body check for 2xx JSON answers (``validate_response``): a body that cannot be read completely or is not JSON
  (truncated, an HTML error page with a 200) is retried like a dropped connection.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace

import httpx
from httpx_retries import Retry

__all__ = ["LabRetry", "RetryPolicy", "retry_after_seconds"]

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
    ``max_backoff``; a server's ``Retry-After`` (seconds or HTTP-date) replaces it, capped by ``max_backoff`` too.
    ``total_timeout`` caps the sum of the waits of one request. ``sleep`` / ``asleep`` are used for every wait the
    SDK makes (retries, polling, download resumes), so tests can inject recorders.
    """

    max_retries: int = 3
    backoff_factor: float = 0.5
    backoff_jitter: float = 0.25
    max_backoff: float = 30.0
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
        if self.backoff_factor < 0 or self.max_backoff <= 0:
            raise ValueError("backoff_factor must be >= 0 and max_backoff > 0")
        if not 0 <= self.backoff_jitter <= 1:
            raise ValueError("backoff_jitter must be between 0 and 1")

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        return replace(self, max_retries=max_retries)

    def backoff(self, retry_number: int) -> float:
        """The wait before retry ``retry_number`` (1-based), without a server hint."""
        if self.backoff_factor == 0 or retry_number <= 0:
            return 0.0
        wait = self.backoff_factor * 2.0 ** (retry_number - 1)
        if self.backoff_jitter:
            wait *= random.uniform(1 - self.backoff_jitter, 1)
        return min(wait, self.max_backoff)

    def to_retry(self, *, check_json: bool = True) -> LabRetry:
        """The ``httpx_retries.Retry`` for this policy (idempotent-method variant)."""
        return LabRetry.from_policy(self, check_json=check_json)


def retry_after_seconds(
    headers: Mapping[str, str] | httpx.Headers, *, status_code: int | None = None, now: float | None = None
) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, ``Retry-After`` (seconds or HTTP-date), or, on a 429 (or
    when ``X-RateLimit-Remaining`` is 0), ``X-RateLimit-Reset`` as epoch seconds or seconds. ``None`` if none."""
    lowered = {k.lower(): v for k, v in headers.items()}
    current = time.time() if now is None else now
    value = lowered.get("retry-after-ms", "").strip()
    if value:
        try:
            return max(0.0, float(value) / 1000.0)
        except ValueError:
            pass
    value = lowered.get("retry-after", "").strip()
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - current)
    reset = lowered.get("x-ratelimit-reset", "").strip()
    if reset and (status_code == 429 or lowered.get("x-ratelimit-remaining", "").strip() == "0"):
        try:
            number = float(reset)
        except ValueError:
            return None
        return max(0.0, number - current if number > 1_000_000_000 else number)
    return None


def _needs_json_check(response: httpx.Response) -> bool:
    if not 200 <= response.status_code < 300 or response.status_code in (204, 205):
        return False
    if response.request.method == "HEAD":
        return False
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return ctype in ("", "text/html") or ctype == "application/json" or ctype.endswith("+json")


def _check_json(response: httpx.Response, body: bytes) -> None:
    ctype = response.headers.get("content-type", "").lower()
    if ctype.startswith("text/html"):
        raise InvalidBodyError("an HTML page where JSON was expected")
    try:
        json.loads(body)
    except ValueError as exc:
        raise InvalidBodyError(f"the body is not valid JSON ({len(body)} bytes)") from exc


def _validate_sync(response: httpx.Response) -> None:
    if _needs_json_check(response):
        _check_json(response, response.read())


async def _validate_async(response: httpx.Response) -> None:
    if _needs_json_check(response):
        _check_json(response, await response.aread())


class LabRetry(Retry):
    """``httpx_retries.Retry`` driven by a :class:`RetryPolicy` (see the module docstring for what it adds).

    Build it with :meth:`from_policy`; ``RetryTransport`` advances it with :meth:`increment`, which keeps the
    policy. (``Retry.copy_with`` alone would drop it: use the policy to configure, not ``copy_with``.)
    """

    policy: RetryPolicy = RetryPolicy()
    check_json: bool = True
    methods: frozenset[str] = IDEMPOTENT_METHODS
    statuses: frozenset[int] = RETRY_STATUSES
    errors: tuple[type[Exception], ...] = RETRY_ERRORS

    @classmethod
    def from_policy(cls, policy: RetryPolicy, *, check_json: bool = True) -> LabRetry:
        retry = cls(
            total=policy.max_retries,
            backoff_factor=policy.backoff_factor,
            backoff_jitter=policy.backoff_jitter,
            max_backoff_wait=policy.max_backoff,
            total_timeout=policy.total_timeout,
            respect_retry_after_header=True,
            allowed_methods=sorted(policy.idempotent_methods) or None,
            status_forcelist=sorted(policy.retry_statuses) or None,
            retry_on_exceptions=RETRY_ERRORS,
            validate_response=_validate_sync if check_json else None,
        )
        retry.policy = policy
        retry.check_json = check_json
        retry.methods = frozenset(m.upper() for m in policy.idempotent_methods)
        retry.statuses = policy.retry_statuses
        retry.errors = RETRY_ERRORS
        return retry

    def _adopt(self, other: LabRetry) -> LabRetry:
        self.policy, self.check_json = other.policy, other.check_json
        self.methods, self.statuses, self.errors = other.methods, other.statuses, other.errors
        return self

    def for_request(self, method: str, *, is_async: bool) -> LabRetry:
        """The variant for one request: the JSON body check matching the I/O style, and for a non-idempotent
        method only the retries that are safe for it (429, never-sent errors)."""
        validator: Callable[[httpx.Response], Awaitable[None] | None] | None = None
        if self.check_json:
            validator = _validate_async if is_async else _validate_sync
        method = method.upper()
        if method in self.methods:
            variant = self.copy_with(validate_response=validator)
            assert isinstance(variant, LabRetry)
            return variant._adopt(self)
        variant = self.copy_with(validate_response=None)
        assert isinstance(variant, LabRetry)
        variant._adopt(self)
        variant.methods = frozenset({method})
        variant.statuses = frozenset({429}) if self.policy.retry_429_on_any_method else frozenset()
        variant.errors = NOT_SENT_ERRORS if self.policy.retry_unsent_on_any_method else ()
        return variant

    def is_retryable_method(self, method: str) -> bool:
        return method.upper() in self.methods

    def is_retryable_status_code(self, status_code: int) -> bool:
        return status_code in self.statuses

    def is_retryable_exception(self, exception: Exception) -> bool:
        return isinstance(exception, self.errors)

    def increment(self) -> LabRetry:
        new = self.copy_with(attempts_made=self.attempts_made + 1)
        assert isinstance(new, LabRetry)
        return new._adopt(self)

    def backoff_strategy(self) -> float:
        return self.policy.backoff(self.attempts_made)

    def wait_for(self, response: httpx.Response | Exception) -> float:
        """The wait before the next attempt: the server's hint if any, else the backoff; both capped."""
        wait: float | None = None
        if isinstance(response, httpx.Response) and self.respect_retry_after_header:
            wait = retry_after_seconds(response.headers, status_code=response.status_code)
        if wait is None:
            wait = self.backoff_strategy()
        wait = min(wait, self.max_backoff_wait)
        if self.total_timeout is not None:
            wait = min(wait, max(0.0, self.total_timeout - self.elapsed_sleep))
        what = response.status_code if isinstance(response, httpx.Response) else type(response).__name__
        logger.info("labsdk: retry %d/%d after %s in %.2fs", self.attempts_made, self.total, what, wait)
        return wait

    def sleep(self, response: httpx.Response | Exception) -> None:
        wait = self.wait_for(response)
        self.policy.sleep(wait)
        self.elapsed_sleep += wait

    async def asleep(self, response: httpx.Response | Exception) -> None:
        wait = self.wait_for(response)
        await self.policy.asleep(wait)
        self.elapsed_sleep += wait
