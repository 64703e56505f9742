"""The jobs of imports, exports and asynchronous file operations: each walks its operation's ``x-long-running``
lifecycle on the job clock, and its outcome (the files it makes, moves or deletes, or the error it meets) is applied
once, when the job is first seen done: by a read of the job, or by the settling every request does first, so a
listing made after the job's time has passed already shows what it did."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...core import JobView, Record
from .models import SevenBridgesState, now_iso

Apply = Callable[[SevenBridgesState, Record], Mapping[str, Any] | None]
"""Applies a finished job's outcome to the state; returns the error body of a job that failed, else None."""

_APPLY: dict[str, Apply] = {}
_READS: dict[str, str] = {}  # kind -> the operation that reads its jobs (its x-long-running)


def outcome(kind: str, operation_id: str) -> Callable[[Apply], Apply]:
    """Register how a finished job of ``kind`` (an x-resources kind) is applied; ``operation_id`` reads its jobs."""

    def register(apply: Apply) -> Apply:
        _APPLY[kind] = apply
        _READS[kind] = operation_id
        return apply

    return register


def start(state: SevenBridgesState, kind: str, record: Record) -> None:
    """Put a new job of ``kind`` on the clock; its outcome is applied when it is done."""
    key = (kind, record["id"])
    state.jobs[key] = state.ctx.start_job(_READS[kind])
    state.unsettled[key] = None


def finished(state: SevenBridgesState, kind: str, record: Record, error: Mapping[str, Any] | None = None) -> None:
    """A job that was over before the server started (demo data): succeeded, or failed with ``error``."""
    message = str(error.get("message")) if error else None
    state.jobs[(kind, record["id"])] = state.ctx.finished_job(_READS[kind], fail=message)


def demo_jobs(state: SevenBridgesState) -> None:
    """The jobs of the demo data: over before the server started (FAILED when the record holds an ``error``)."""
    for kind in _APPLY:
        for record in state.ctx.store[kind].values():
            finished(state, kind, record, record.get("error"))


def view(state: SevenBridgesState, kind: str, record: Record, *, poll: bool = False) -> JobView:
    """Where the job is (a client's read counts as a poll); applies its outcome the first time it is seen done."""
    key = (kind, record["id"])
    job = state.jobs[key]
    seen = job.poll() if poll else job.peek()
    if not seen.done or key not in state.unsettled:
        return seen
    del state.unsettled[key]
    error = _APPLY[kind](state, record)
    record["finished_on"] = now_iso()
    if error is not None:
        record["error"] = dict(error)
        job.fail = str(error.get("message") or "failed")
        job.failure_state = job.long_running.failure[0]
    return job.peek()


def settle(state: SevenBridgesState) -> None:
    """Apply every job that is done by now (without counting a poll)."""
    for kind, key in list(state.unsettled):
        record = state.ctx.store[kind].get(key)
        if record is None:
            state.unsettled.pop((kind, key), None)
        else:
            view(state, kind, record)
