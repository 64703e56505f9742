"""Pacing under a per-credential rate limit declared by ``x-rate-limit`` (specs/README.md).

:class:`RateLimitPacer` reads the limit, remaining and reset headers of every response and, before a request,
says how long to wait: nothing while the window has requests left (counting the requests already in flight, so
concurrent page fetches do not overshoot it), else until the window resets; before the first answer, and once a
window has ended, it never lets more go than it knows to be left. The retry loop (``send_with_retries`` in
``_async/transport.py``) asks it before every attempt, so a 429 that still happens (another client spent the
budget) is retried after the reset too: the retry waits what the server said, and the pacer waits the rest. Its
waits go through the policy's cap: a reset further than ``max_wait`` (or ``inf``) fails the call with
``RateLimitError`` before sending.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

import httpx

from labspecs import RateLimit

from ._fields import lowered_headers

__all__ = ["RateLimitPacer"]


PROBE_WAIT = 0.05  # the wait for an answer in flight when the window is not known (first request, new window)


def _number(value: str | None) -> float | None:
    """A header's number: None when absent or garbage (NaN included); ``inf`` is kept (a reset that never comes)."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return None if math.isnan(number) else number


def _count(value: float | None) -> int | None:
    return int(value) if value is not None and math.isfinite(value) and value >= 0 else None


class RateLimitPacer:
    """The rate-limit state of one credential, shared by every request (and thread) of a client.

    ``margin`` seconds are added to a wait for the reset (clock skew with the server). ``clock`` is the wall clock
    (the reset header is a Unix time).
    """

    def __init__(self, declared: RateLimit, *, margin: float = 0.25, clock: Callable[[], float] = time.time) -> None:
        self.declared = declared
        self.margin = margin
        self.clock = clock
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset: float | None = None  # Unix time the current window ends
        self.in_flight = 0
        self.answered = False  # whether any response came back (before: one request at a time, to learn the window)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimitPacer(limit={self.limit}, remaining={self.remaining}, in_flight={self.in_flight})"

    def acquire(self) -> float:
        """Seconds to wait before sending (then call again), or 0: the request may go and is counted in flight.

        Never more in flight than the window has left: before the first answer one request goes alone (the window
        is not known yet); once a window has ended, at most its limit goes until an answer tells the new one. The
        wait may be ``inf`` (a server's reset of ``inf``): the caller refuses waits beyond its cap."""
        with self._lock:
            now = self.clock()
            if self.reset is not None and now >= self.reset:  # the window has ended: a fresh budget
                self.remaining = self.limit
                self.reset = None
            if not self.answered and self.in_flight > 0:
                return PROBE_WAIT
            if self.remaining is not None and self.remaining - self.in_flight <= 0:
                if self.reset is None:  # a fresh window spent by the requests in flight: wait for their answers
                    return PROBE_WAIT
                return max(self.reset - now, 0.0) + self.margin
            self.in_flight += 1
            return 0.0

    def release(self, headers: Mapping[str, str] | httpx.Headers | None) -> None:
        """The request is over: read what its response (``None`` if there was none) says of the window."""
        with self._lock:
            self.in_flight = max(self.in_flight - 1, 0)
            if headers is None:
                return
            self.answered = True
            lowered = lowered_headers(headers)
            decl = self.declared
            limit = _count(_number(lowered.get(decl.limit_header.lower())))
            remaining = _count(_number(lowered.get(decl.remaining_header.lower())))
            reset = _number(lowered.get(decl.reset_header.lower()))
            if limit is not None:
                self.limit = limit
            if remaining is None or reset is None:
                return
            now = self.clock()
            if decl.reset == "seconds":
                reset += now
            elif reset <= now:  # a late answer about a window that has ended: it says nothing of the current one
                return
            if self.reset is None or reset > self.reset + 0.5:  # a newer window
                self.reset, self.remaining = reset, remaining
            elif reset >= self.reset - 0.5:  # the same window: answers may arrive out of order
                self.remaining = min(self.remaining if self.remaining is not None else remaining, remaining)
