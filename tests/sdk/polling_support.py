"""A scripted build (the widgets fixture API's x-long-running ``getBuild``) for the poller's tests: its states in
order, and a fake clock that only moves when slept."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import labspecs
from labsdk import Polled
from labspecs import LongRunning

from .._sync.widgets import Build


def _declaration() -> LongRunning:
    declared = labspecs.load("widgets").operation("getBuild").long_running
    assert declared is not None
    return declared


DECL = _declaration()  # state QUEUED -> BUILDING -> DONE, failures BROKEN and CANCELLED, the message in ``reason``


def build(state: str, progress: float = 0, **extra: object) -> Build:
    return Build.from_dict({"id": "job1", "state": state, "progress": progress, **extra})


@dataclass
class Script:
    """Serves build states in order (the last repeats) and keeps a fake clock that only moves when slept."""

    states: Sequence[Build | tuple[Build, Mapping[str, str]]]
    now: float = 0.0
    waits: list[float] = field(default_factory=list)
    polls: int = 0
    seen: list[tuple[str, float | None]] = field(default_factory=list)

    def fetch(self) -> Polled[Build]:
        state = self.states[min(self.polls, len(self.states) - 1)]
        self.polls += 1
        obj, headers = state if isinstance(state, tuple) else (state, {})
        return Polled(obj, headers)

    async def async_fetch(self) -> Polled[Build]:
        return self.fetch()

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def clock(self) -> float:
        return self.now

    def on_progress(self, status: str, fraction: float | None, obj: Build) -> None:
        self.seen.append((status, fraction))
