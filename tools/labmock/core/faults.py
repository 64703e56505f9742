"""Fault injection.

Random faults (``MockConfig.fault_rate``): reproducible (``random.Random(seed)``) 500/503/429 answers, dropped
connections and truncated bodies, on any request. ``drop`` happens before the handler runs (no side effect);
``truncate`` after it (the server did the work, the client lost part of the answer).

Targeted faults (:class:`FaultRule`, added through the control plane or ``server.add_fault``): one kind, on one
operation (or on every one, or on the signed-URL object store: :data:`OBJECTS`), for the next ``times`` calls after
skipping ``after`` of them. They come before the dice, and ``latency`` (the answer is held back ``seconds``) is one
more kind.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .errors import LabmockError, MockHTTPError

_MESSAGES = {
    500: "Internal server error (injected by labmock)",
    503: "Service temporarily unavailable (injected by labmock)",
    429: "Too many requests (injected by labmock)",
}

TARGETED_KINDS = ("500", "503", "429", "drop", "truncate", "latency")
OBJECTS = "_objects"
"""The target name of the signed-URL object store (downloads, upload parts)."""
MAX_TIMES = 1_000_000
MAX_LATENCY = 60.0


@dataclass(slots=True)
class FaultRule:
    """``kind`` on the next ``times`` calls of ``operation`` (``None``: any), after letting ``after`` calls through."""

    id: int
    kind: str
    operation: str | None = None
    times: int = 1
    after: int = 0
    seconds: float = 0.0  # latency only
    fired: int = 0

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "remaining": self.times - self.fired}


class FaultInjector:
    def __init__(self, rate: float, kinds: Sequence[str], seed: int, retry_after: int) -> None:
        self.rate = rate
        self.kinds = tuple(kinds)
        self.retry_after = retry_after
        self.seed = seed
        self._random = random.Random(seed)
        self.rules: list[FaultRule] = []
        self._ids = itertools.count(1)

    def reset(self) -> None:
        """No targeted faults, and the dice as at start."""
        self.rules.clear()
        self._random = random.Random(self.seed)

    def take(self, operation: str | None) -> FaultRule | None:
        """The targeted rule that fires on this call of ``operation`` (counted), or ``None``."""
        for rule in self.rules:
            if rule.operation is not None and rule.operation != operation:
                continue
            if rule.after > 0:
                rule.after -= 1
                continue
            rule.fired += 1
            if rule.fired >= rule.times:
                self.rules.remove(rule)
            return rule
        return None

    def pick(self) -> str | None:
        """The random fault for this request, or ``None``; one draw per request when the rate is above 0."""
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

    # -- targeted rules -----------------------------------------------------------------------------------------

    def add(self, rules: Iterable[FaultRule]) -> list[FaultRule]:
        added = list(rules)
        for rule in added:
            rule.id = next(self._ids)
        self.rules.extend(added)
        return added

    def remove(self, rule_id: int) -> FaultRule:
        for rule in self.rules:
            if rule.id == rule_id:
                self.rules.remove(rule)
                return rule
        raise LabmockError(f"no fault {rule_id}")


def parse_rule(given: Mapping[str, Any], operations: Iterable[str]) -> FaultRule:
    """A targeted fault from its JSON form (``{"kind": "503", "operation": "uploadFile", "times": 2}``), checked whole:
    any problem raises :class:`LabmockError` naming it."""
    if not isinstance(given, Mapping):
        raise LabmockError('a fault is a JSON object such as {"kind": "503", "operation": "getTask"}')
    unknown = sorted(set(given) - {"kind", "operation", "times", "after", "seconds"})
    if unknown:
        raise LabmockError(f"unknown fault fields {unknown}; a fault has kind, operation, times, after, seconds")
    kind = given.get("kind")
    if isinstance(kind, int) and not isinstance(kind, bool):
        kind = str(kind)
    if kind not in TARGETED_KINDS:
        raise LabmockError(f"fault kind {kind!r} is not one of {', '.join(TARGETED_KINDS)}")
    operation = given.get("operation")
    if operation is not None and operation != "*":
        known = set(operations)
        if not isinstance(operation, str) or (operation not in known and operation != OBJECTS):
            raise LabmockError(
                f"no operation {str(operation)[:80]!r}: give an operationId of the spec, {OBJECTS!r} for the object "
                "store, or leave it out for any request"
            )
    times = _count(given, "times", 1, minimum=1)
    after = _count(given, "after", 0, minimum=0)
    seconds = given.get("seconds", 1.0 if kind == "latency" else 0.0)
    if kind != "latency" and "seconds" in given:
        raise LabmockError("seconds is for the latency kind only")
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not math.isfinite(seconds)
        or not 0 <= seconds <= MAX_LATENCY
    ):
        raise LabmockError(f"seconds must be a number within 0..{MAX_LATENCY:g}")
    return FaultRule(0, kind, None if operation in (None, "*") else operation, times, after, float(seconds))


def _count(given: Mapping[str, Any], name: str, default: int, *, minimum: int) -> int:
    value = given.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_TIMES:
        raise LabmockError(f"{name} must be a whole number within {minimum}..{MAX_TIMES}")
    return value
