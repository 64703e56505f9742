"""The ``Poller``: waits for a long-running job (the state machine is ``labsdk._polling._PollState``)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from labspecs import LongRunning

from .._backend import AsyncBackend
from .._errors import DeadlineExceededError
from .._polling import Polled, _PollState
from .._transport import within_deadline

__all__ = ["AsyncPoller"]

T = TypeVar("T")


class AsyncPoller(Generic[T]):
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
        sleep: Callable[[float], Awaitable[None]] = AsyncBackend.sleep,
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
        return f"{type(self).__name__}(job_id={self.job_id!r}, status={self.status()!r})"

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

    async def poll(self) -> T:
        """Fetch the job once and return it."""
        self._state.observe(await self._fetch())
        assert self._state.last is not None
        return self._state.last

    async def done(self) -> bool:
        """Whether the job has finished (successfully or not); polls once unless it already has."""
        if not self._state.terminal:
            await self.poll()
        return self._state.terminal

    async def wait(self, timeout: float | None = None) -> None:
        """Poll until the job finishes; :class:`PollTimeoutError` (with the last state seen) after ``timeout``
        seconds, the polls' own retries and waits included: a poll that cannot end before then stops there."""
        deadline = None if timeout is None else self._clock() + timeout
        try:
            if self._state.last is None:  # the first poll is made whatever the timeout (0 included)
                await self._bounded_poll(deadline, timeout, first=True)
            while not self._state.terminal:
                delay = self._state.next_delay()
                if deadline is not None:
                    remaining = deadline - self._clock()
                    if remaining <= 0:
                        raise self._state.timed_out(timeout or 0.0)
                    delay = min(delay, remaining)
                await self._sleep(delay)
                await self._bounded_poll(deadline, timeout)
        finally:
            self._state.close_bar()

    async def _bounded_poll(self, deadline: float | None, timeout: float | None, *, first: bool = False) -> None:
        remaining = None if deadline is None else deadline - self._clock()
        if remaining is None or (first and remaining <= 0):
            await self.poll()
            return
        if remaining <= 0:
            raise self._state.timed_out(timeout or 0.0)
        try:
            with within_deadline(remaining):
                await self.poll()
        except DeadlineExceededError as exc:
            raise self._state.timed_out(timeout or 0.0) from exc

    async def result(self, timeout: float | None = None) -> T:
        """Wait for the job and return its final object; :class:`JobFailedError` if it failed."""
        await self.wait(timeout)
        if self._state.failed:
            raise self._state.failure()
        assert self._state.last is not None
        return self._state.last
