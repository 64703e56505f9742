"""Pacing under a per-credential rate limit declared by ``x-rate-limit`` (specs/README.md).

:class:`RateLimitPacer` reads the limit, remaining and reset headers of every response and, before a request,
says how long to wait: nothing while the window has requests left (counting the requests already in flight, so
concurrent page fetches do not overshoot it), else until the window resets. ``PacedTransport``
(``_async/transport.py``) applies it under the retry layer, so a 429 that still happens (another client spent the
budget) is retried after the reset too: the retry waits what the server said, and the pacer waits the rest.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

import httpx

from labspecs import RateLimit

__all__ = ["RateLimitPacer"]


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


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
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimitPacer(limit={self.limit}, remaining={self.remaining}, in_flight={self.in_flight})"

    def acquire(self) -> float:
        """Seconds to wait before sending (then call again), or 0: the request may go and is counted in flight."""
        with self._lock:
            now = self.clock()
            if self.reset is not None and now >= self.reset:  # the window has ended: a fresh budget
                self.remaining = self.limit
                self.reset = None
            if self.remaining is not None and self.reset is not None and self.remaining - self.in_flight <= 0:
                return max(self.reset - now, 0.0) + self.margin
            self.in_flight += 1
            return 0.0

    def release(self, headers: Mapping[str, str] | httpx.Headers | None) -> None:
        """The request is over: read what its response (``None`` if there was none) says of the window."""
        with self._lock:
            self.in_flight = max(self.in_flight - 1, 0)
            if headers is None:
                return
            lowered = {k.lower(): v for k, v in headers.items()}
            decl = self.declared
            limit = _number(lowered.get(decl.limit_header.lower()))
            remaining = _number(lowered.get(decl.remaining_header.lower()))
            reset = _number(lowered.get(decl.reset_header.lower()))
            if limit is not None:
                self.limit = int(limit)
            if remaining is None or reset is None:
                return
            if decl.reset == "seconds":
                reset += self.clock()
            if self.reset is None or reset > self.reset + 0.5:  # a newer window
                self.reset, self.remaining = reset, int(remaining)
            elif reset >= self.reset - 0.5:  # the same window: answers may arrive out of order
                self.remaining = min(self.remaining if self.remaining is not None else int(remaining), int(remaining))
