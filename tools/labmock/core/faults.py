"""Fault injection: reproducible (``random.Random(seed)``) 500/503/429 answers, dropped connections and
truncated bodies. ``drop`` happens before the handler runs (no side effect); ``truncate`` after it (the
server did the work, the client lost part of the answer)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from .errors import MockHTTPError

_MESSAGES = {
    500: "Internal server error (injected by labmock)",
    503: "Service temporarily unavailable (injected by labmock)",
    429: "Too many requests (injected by labmock)",
}


class FaultInjector:
    def __init__(self, rate: float, kinds: Sequence[str], seed: int, retry_after: int) -> None:
        self.rate = rate
        self.kinds = tuple(kinds)
        self.retry_after = retry_after
        self._random = random.Random(seed)

    def pick(self) -> str | None:
        """The fault for this request, or ``None``; one draw per request when the rate is above 0."""
        if self.rate <= 0 or not self.kinds:
            return None
        if self.rate < 1 and self._random.random() >= self.rate:
            return None
        return self._random.choice(self.kinds)

    def error(self, kind: str) -> MockHTTPError:
        """The error for an injected status fault (``500``, ``503``, ``429``)."""
        status = int(kind)
        headers = [("retry-after", str(self.retry_after))] if status in (429, 503) else []
        return MockHTTPError(status, _MESSAGES[status], headers)
