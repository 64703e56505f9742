"""Waiting for a long-running job described by an ``x-long-running`` declaration: what the two faces share.

The state machine (``_PollState``) is here; the ``Poller`` that waits is in ``_async/polling.py`` (and its sync
derivation). Status values may be Enum members or plain strings (values the spec does not know): they are compared
as text, and an unknown status means "keep polling", never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Never, TypeVar

from labspecs import LongRunning

from ._errors import JobFailedError, PollTimeoutError
from ._fields import read_field, status_text
from ._progress import make_bar
from ._retry import retry_after_seconds

if TYPE_CHECKING:
    from tqdm.std import tqdm

__all__ = ["Polled"]

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
