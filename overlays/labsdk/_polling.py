"""``Poller`` / ``AsyncPoller``: wait for a long-running job described by an ``x-long-running`` declaration.

The state machine (``_PollState``) is shared; only the waiting differs. Status values may be Enum members or
plain strings (values the spec does not know): they are compared as text, and an unknown status means "keep
polling", never a crash.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Never, TypeVar

from labspecs import LongRunning

from ._errors import JobFailedError, PollTimeoutError
from ._fields import read_field, status_text
from ._progress import make_bar
from ._retry import retry_after_seconds

if TYPE_CHECKING:
    from tqdm.std import tqdm

__all__ = ["AsyncPoller", "Polled", "Poller"]

T = TypeVar("T")

MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True, slots=True)
class Polled(Generic[T]):
    """One poll's result: the job object and the response headers (for ``Retry-After``)."""

    value: T
    headers: Mapping[str, str] = field(default_factory=dict)


class _PollState(Generic[T]):
    """What the polls have shown so far, and when to poll next. No I/O."""

    def __init__(
        self,
        declaration: LongRunning,
        job_id: str,
        *,
        interval: float,
        max_interval: float,
        factor: float,
        on_progress: Callable[[str, float | None, T], None] | None,
        progress: bool,
    ) -> None:
        if interval < 0 or max_interval < 0 or factor < 1:
            raise ValueError("interval and max_interval must be >= 0, factor >= 1")
        self.decl = declaration
        self.job_id = job_id
        self.interval = interval
        self.max_interval = max_interval
        self.factor = factor
        self.on_progress = on_progress
        self.progress = progress
        self.bar: tqdm[Never] | None = None
        self.last: T | None = None
        self.status: str | None = None
        self.fraction: float | None = None
        self.retry_after: float | None = None
        self._reported: tuple[str, float | None] | None = None

    def observe(self, polled: Polled[T]) -> None:
        obj = polled.value
        self.last = obj
        self.status = status_text(read_field(obj, self.decl.status_field))
        self.fraction = self._fraction(obj)
        self.retry_after = retry_after_seconds(polled.headers)
        current = (self.status, self.fraction)
        if current != self._reported:
            self._reported = current
            if self.on_progress is not None:
                self.on_progress(self.status, self.fraction, obj)
            self._update_bar()

    def _fraction(self, obj: object) -> float | None:
        if self.decl.progress_field is None:
            return None
        value = read_field(obj, self.decl.progress_field)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        scale = self.decl.progress_scale or 1.0
        return max(0.0, min(1.0, float(value) / scale))

    def _update_bar(self) -> None:
        if not self.progress:
            return
        if self.bar is None:
            self.bar = make_bar(desc=f"job {self.job_id}", total=100.0, unit="%")
        if self.fraction is not None:
            self.bar.n = round(self.fraction * 100, 1)
        self.bar.set_postfix_str(self.status or "", refresh=False)
        self.bar.refresh()

    def close_bar(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    @property
    def terminal(self) -> bool:
        return self.status is not None and self.decl.is_terminal(self.status)

    @property
    def failed(self) -> bool:
        return self.status is not None and self.status in self.decl.failure

    def next_delay(self) -> float:
        """The wait before the next poll: the server's ``Retry-After`` if it sent one, else the bounded backoff."""
        if self.retry_after is not None:
            return min(self.retry_after, MAX_RETRY_AFTER)
        delay = self.interval
        self.interval = min(self.interval * self.factor, self.max_interval)
        return min(delay, self.max_interval)

    def failure(self) -> JobFailedError:
        message = None
        if self.decl.message_field is not None and self.last is not None:
            raw = read_field(self.last, self.decl.message_field)
            message = str(raw) if raw is not None else None
        return JobFailedError(self.job_id, self.status or "", message, self.last)

    def timed_out(self, timeout: float) -> PollTimeoutError:
        return PollTimeoutError(self.job_id, self.status, self.last, timeout)


class Poller(Generic[T]):
    """Waits for a long-running job.

    ``result(timeout)`` waits and returns the final object, raising :class:`JobFailedError` (with the server's
    message) on a failure state and :class:`PollTimeoutError` (with the last status) on timeout. ``wait(timeout)``
    waits without judging success. ``done()`` polls once unless already finished. ``status()`` / ``last`` are
    the last seen. ``job_id`` is the continuation token: a poller can be rebuilt from it alone.

    Polls back off from ``interval`` by ``factor`` up to ``max_interval`` seconds (a ``Retry-After`` on a poll
    response wins). ``on_progress(status, fraction or None, obj)`` is called on each poll that changed the status
    or the progress; ``progress=True`` shows a tqdm bar.
    """

    def __init__(
        self,
        fetch: Callable[[], Polled[T]],
        declaration: LongRunning,
        *,
        job_id: str,
        interval: float = 0.5,
        max_interval: float = 10.0,
        factor: float = 1.5,
        on_progress: Callable[[str, float | None, T], None] | None = None,
        progress: bool = False,
        initial: T | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._sleep = sleep
        self._clock = clock
        self._state: _PollState[T] = _PollState(
            declaration,
            job_id,
            interval=interval,
            max_interval=max_interval,
            factor=factor,
            on_progress=on_progress,
            progress=progress,
        )
        if initial is not None:
            self._state.observe(Polled(initial))

    def __repr__(self) -> str:
        return f"Poller(job_id={self.job_id!r}, status={self.status()!r})"

    @property
    def job_id(self) -> str:
        return self._state.job_id

    def continuation_token(self) -> str:
        """The job id: ``client.poll_...(token)`` rebuilds this poller."""
        return self._state.job_id

    @property
    def last(self) -> T | None:
        return self._state.last

    def status(self) -> str | None:
        """The last status seen (no request); ``None`` before the first poll."""
        return self._state.status

    def poll(self) -> T:
        """Fetch the job once and return it."""
        self._state.observe(self._fetch())
        assert self._state.last is not None
        return self._state.last

    def done(self) -> bool:
        """Whether the job has finished (successfully or not); polls once unless it already has."""
        if not self._state.terminal:
            self.poll()
        return self._state.terminal

    def wait(self, timeout: float | None = None) -> None:
        """Poll until the job finishes; :class:`PollTimeoutError` after ``timeout`` seconds."""
        deadline = None if timeout is None else self._clock() + timeout
        try:
            if self._state.last is None:
                self.poll()
            while not self._state.terminal:
                delay = self._state.next_delay()
                if deadline is not None:
                    remaining = deadline - self._clock()
                    if remaining <= 0:
                        raise self._state.timed_out(timeout or 0.0)
                    delay = min(delay, remaining)
                self._sleep(delay)
                self.poll()
        finally:
            self._state.close_bar()

    def result(self, timeout: float | None = None) -> T:
        """Wait for the job and return its final object; :class:`JobFailedError` if it failed."""
        self.wait(timeout)
        if self._state.failed:
            raise self._state.failure()
        assert self._state.last is not None
        return self._state.last


class AsyncPoller(Generic[T]):
    """The async twin of :class:`Poller` (``await poller.result()``)."""

    def __init__(
        self,
        fetch: Callable[[], Awaitable[Polled[T]]],
        declaration: LongRunning,
        *,
        job_id: str,
        interval: float = 0.5,
        max_interval: float = 10.0,
        factor: float = 1.5,
        on_progress: Callable[[str, float | None, T], None] | None = None,
        progress: bool = False,
        initial: T | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._sleep = sleep
        self._clock = clock
        self._state: _PollState[T] = _PollState(
            declaration,
            job_id,
            interval=interval,
            max_interval=max_interval,
            factor=factor,
            on_progress=on_progress,
            progress=progress,
        )
        if initial is not None:
            self._state.observe(Polled(initial))

    def __repr__(self) -> str:
        return f"AsyncPoller(job_id={self.job_id!r}, status={self.status()!r})"

    @property
    def job_id(self) -> str:
        return self._state.job_id

    def continuation_token(self) -> str:
        return self._state.job_id

    @property
    def last(self) -> T | None:
        return self._state.last

    def status(self) -> str | None:
        return self._state.status

    async def poll(self) -> T:
        self._state.observe(await self._fetch())
        assert self._state.last is not None
        return self._state.last

    async def done(self) -> bool:
        if not self._state.terminal:
            await self.poll()
        return self._state.terminal

    async def wait(self, timeout: float | None = None) -> None:  # noqa: ASYNC109 - a poll deadline, not a cancel scope
        deadline = None if timeout is None else self._clock() + timeout
        try:
            if self._state.last is None:
                await self.poll()
            while not self._state.terminal:
                delay = self._state.next_delay()
                if deadline is not None:
                    remaining = deadline - self._clock()
                    if remaining <= 0:
                        raise self._state.timed_out(timeout or 0.0)
                    delay = min(delay, remaining)
                await self._sleep(delay)
                await self.poll()
        finally:
            self._state.close_bar()

    async def result(self, timeout: float | None = None) -> T:  # noqa: ASYNC109 - see wait
        await self.wait(timeout)
        if self._state.failed:
            raise self._state.failure()
        assert self._state.last is not None
        return self._state.last
