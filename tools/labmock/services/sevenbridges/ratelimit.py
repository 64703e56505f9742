"""The per-token rate limit: a fixed window of ``limit`` requests per ``window`` seconds for each token.

Every API request with the token that authenticates counts (signed-URL object requests do not; a wrong token is
answered 401 and counted nowhere); past the limit the request gets 429 with platform code 1000, and every response
reports the window in the headers ``x-rate-limit`` names. Windows that have ended are dropped as new ones start.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Window:
    limit: int
    remaining: int
    reset: int  # Unix time (seconds) at which the window ends
    exceeded: bool = False


class RateLimiter:
    def __init__(self, limit: int, window: float, now: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self.window = window
        self.now = now
        self._windows: dict[str, tuple[float, int]] = {}  # token -> (window start, requests in it)

    def _current(self, token: str) -> tuple[float, int]:
        now = self.now()
        start, count = self._windows.get(token, (now, 0))
        if now >= start + self.window:
            start, count = now, 0
        return start, count

    @property
    def tracked(self) -> int:
        """How many tokens have a window."""
        return len(self._windows)

    def hit(self, token: str) -> Window:
        """Count one request of ``token``; ``exceeded`` when it is past the limit (and then it is not counted)."""
        if token not in self._windows and len(self._windows) >= 64:
            self._drop_ended()
        start, count = self._current(token)
        exceeded = count >= self.limit
        if not exceeded:
            count += 1
        self._windows[token] = (start, count)
        return self._view(start, count, exceeded)

    def peek(self, token: str) -> Window:
        """The window of ``token`` as it stands, without counting a request."""
        start, count = self._current(token)
        return self._view(start, count, False)

    def _drop_ended(self) -> None:
        now = self.now()
        for token in [t for t, (start, _) in self._windows.items() if now >= start + self.window]:
            del self._windows[token]

    def _view(self, start: float, count: int, exceeded: bool) -> Window:
        return Window(self.limit, max(self.limit - count, 0), math.ceil(start + self.window), exceeded)
