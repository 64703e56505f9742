"""The knobs of a mock server; every one is also a ``labmock serve`` flag."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from os import PathLike
from typing import Any

from .errors import LabmockError

FAULT_KINDS = ("500", "503", "429", "drop", "truncate")
DEFAULT_FAULTS = ("500", "503", "429")


@dataclass(frozen=True, slots=True)
class MockConfig:
    """How a mock server behaves.

    - ``key``: the accepted credential; ``None`` means the service's documented demo key.
    - ``seed``: drives the demo dataset's numbers and the fault dice (ids are the same for every seed).
    - ``latency``: seconds added to every request by the adapters.
    - ``bandwidth``: bytes a second each response body is sent at (0: as fast as it goes), as one connection to an
      object store gets; a download's ranges in parallel then get that much each. Over a socket the body is paced;
      in-process the whole answer is held back for its body's time.
    - ``fault_rate`` (0..1) and ``faults`` (subset of ``500 503 429 drop truncate``): injected failures;
      ``retry_after`` is the ``Retry-After`` (whole seconds) sent with an injected 429/503.
    - ``job_duration``: seconds a job takes from submission to its terminal state.
    - ``job_polls``: if set, a job is done on its N-th GET, whatever the time (deterministic; for tests).
    - ``url_expiry``: lifetime of signed URLs, in seconds.
    - ``validate_responses``: check every JSON response against the spec (slow; for tests).
    - ``rate_limit``: ``(requests, seconds)`` allowed per credential, for services that rate-limit (Seven Bridges);
      ``None`` means the service's documented limit. Other services ignore it.
    - ``data``: data files (YAML or JSON, the fixture format) loaded over the demo data; part of the start state,
      so a reset loads them again.
    - ``control_token``: when set, the control plane (``/_labmock/``) answers only requests carrying it in
      ``X-Labmock-Token``, from any address; when not, it answers loopback and in-process clients only.
    """

    key: str | None = None
    seed: int = 0
    latency: float = 0.0
    bandwidth: float = 0.0
    fault_rate: float = 0.0
    faults: tuple[str, ...] = field(default=DEFAULT_FAULTS)
    retry_after: int = 1
    job_duration: float = 3.0
    job_polls: int | None = None
    url_expiry: int = 3600
    validate_responses: bool = False
    rate_limit: tuple[int, float] | None = None
    data: tuple[str, ...] = ()
    control_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        given: Any = self.data
        object.__setattr__(self, "data", (str(given),) if isinstance(given, str | PathLike) else tuple(map(str, given)))
        if self.control_token is not None and len(self.control_token) < 8:
            raise LabmockError("control_token must be at least 8 characters long")
        faults = tuple(str(f).strip() for f in self.faults)
        object.__setattr__(self, "faults", faults)
        unknown = sorted(set(faults) - set(FAULT_KINDS))
        if unknown:
            raise LabmockError(f"unknown fault kinds {unknown}; choose from {', '.join(FAULT_KINDS)}")
        if not (0.0 <= self.fault_rate <= 1.0):
            raise LabmockError(f"fault_rate must be within 0..1, not {self.fault_rate}")
        if self.fault_rate > 0 and not faults:
            raise LabmockError("fault_rate > 0 needs at least one fault kind")
        for name in ("latency", "bandwidth", "job_duration"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise LabmockError(f"{name} must be a finite number >= 0, not {value}")
        if self.retry_after < 0:
            raise LabmockError(f"retry_after must be >= 0, not {self.retry_after}")
        if self.job_polls is not None and self.job_polls < 0:
            raise LabmockError(f"job_polls must be >= 0, not {self.job_polls}")
        if self.url_expiry <= 0:
            raise LabmockError(f"url_expiry must be > 0, not {self.url_expiry}")
        if self.key is not None and not self.key:
            raise LabmockError("key must not be empty")
        if self.rate_limit is not None:
            requests, seconds = self.rate_limit
            if requests < 1 or not (math.isfinite(seconds) and seconds > 0):
                raise LabmockError(f"rate_limit must be (requests >= 1, seconds > 0), not {self.rate_limit}")
            object.__setattr__(self, "rate_limit", (int(requests), float(seconds)))

    def with_(self, **changes: Any) -> MockConfig:
        """A copy with some knobs changed."""
        return replace(self, **changes)


def parse_rate_limit(text: str) -> tuple[int, float]:
    """``"50/2"`` → ``(50, 2.0)``: that many requests per that many seconds."""
    requests, sep, seconds = text.partition("/")
    try:
        if not sep:
            raise ValueError(text)
        return int(requests), float(seconds)
    except ValueError:
        raise LabmockError(f"rate limit {text!r} is not REQUESTS/SECONDS (e.g. 50/2)") from None


def parse_faults(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"500,429"`` → ``("500", "429")``."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    return tuple(p.strip() for p in parts if p.strip())
