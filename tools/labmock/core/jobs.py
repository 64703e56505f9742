"""A generic job clock driven by ``x-long-running``.

A job records when it was created and how many times it was read; its state is computed on read. It walks
the declared ``lifecycle`` with its progress rising from 0 (first state) through values strictly between 0
and 100 (middle states) to 100 (the final, success state). Time drives it (``job_duration`` seconds in
total) unless ``job_polls`` is set, in which case its N-th poll finds it done, whatever the time. A job set
up to fail walks the same way and ends in the first declared ``failure`` state, with a message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labspecs import LongRunning

from .errors import LabmockError


@dataclass(frozen=True, slots=True)
class JobView:
    """A job's state at one instant. ``progress`` is a percentage (0..100)."""

    long_running: LongRunning
    status: str
    progress: int
    succeeded: bool
    failed: bool
    message: str | None

    @property
    def done(self) -> bool:
        return self.succeeded or self.failed

    def fields(self) -> dict[str, Any]:
        """The declared status, progress (on its ``progress-scale``) and, once failed, message fields."""
        lr = self.long_running
        out: dict[str, Any] = {}
        if lr.progress_field:
            scale = lr.progress_scale
            out[lr.progress_field] = self.progress if scale == 100 else self.progress * scale / 100
        out[lr.status_field] = self.status
        if self.failed and lr.message_field and self.message is not None:
            out[lr.message_field] = self.message
        return out


class JobClock:
    """Creates jobs and decides how far along they are (``duration`` seconds, or ``polls`` reads)."""

    def __init__(self, duration: float, polls: int | None = None, now: Callable[[], float] = time.monotonic) -> None:
        self.duration = duration
        self.polls = polls
        self.now = now

    def start(self, long_running: LongRunning, *, fail: str | None = None, failure_state: str | None = None) -> Job:
        """A new job; with ``fail`` (its message) it ends in ``failure_state`` (default: the first one declared)."""
        return Job(self, long_running, fail, failure_state)

    def finished(self, long_running: LongRunning, *, fail: str | None = None, failure_state: str | None = None) -> Job:
        """A job that is already over (a pre-existing one in a demo dataset)."""
        job = Job(self, long_running, fail, failure_state)
        job.final = True
        return job


class Job:
    __slots__ = ("clock", "created", "fail", "failure_state", "final", "long_running", "polls")

    def __init__(self, clock: JobClock, long_running: LongRunning, fail: str | None, failure_state: str | None) -> None:
        if fail is not None and failure_state is None:
            if not long_running.failure:
                raise LabmockError("a job set up to fail needs a declared failure state")
            failure_state = long_running.failure[0]
        self.clock = clock
        self.long_running = long_running
        self.created = clock.now()
        self.polls = 0
        self.fail = fail
        self.failure_state = failure_state
        self.final = False

    def poll(self) -> JobView:
        """Read the job as a client's GET does: counts as one poll."""
        self.polls += 1
        return self.peek()

    def peek(self) -> JobView:
        """Read the job without counting a poll (listings, internal checks)."""
        lr = self.long_running
        lifecycle = lr.lifecycle
        fraction = self._fraction()
        if fraction >= 1.0 or len(lifecycle) == 1:
            if self.fail is not None and self.failure_state is not None:
                middle = round(100 * (len(lifecycle) - 2) / (len(lifecycle) - 1)) if len(lifecycle) > 2 else 0
                return JobView(lr, self.failure_state, middle, False, True, self.fail)
            return JobView(lr, lifecycle[-1], 100, True, False, None)
        segment = min(int(fraction * (len(lifecycle) - 1)), len(lifecycle) - 2)
        if segment == 0:
            return JobView(lr, lifecycle[0], 0, False, False, None)
        return JobView(lr, lifecycle[segment], min(max(round(fraction * 100), 1), 99), False, False, None)

    def _fraction(self) -> float:
        clock = self.clock
        if self.final:
            return 1.0
        if clock.polls is not None:
            return 1.0 if clock.polls == 0 else min(self.polls / clock.polls, 1.0)
        if clock.duration <= 0:
            return 1.0
        return min((clock.now() - self.created) / clock.duration, 1.0)
