"""The control plane's methods on what wraps a mock server (an interception, the pytest plugin's mocks), so that a
test says ``mock.reset()`` or ``mock.fail_job(task_id)`` whatever it holds; each one is the server's own."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .core import MockServer
from .core.faults import FaultRule
from .core.journal import Entry
from .core.world import JobInfo


class ControlMethods:
    server: MockServer

    @property
    def state(self) -> Any:
        """The service's in-memory state (changes object on :meth:`reset` and :meth:`restore`)."""
        return self.server.state

    def reset(self) -> None:
        self.server.reset()

    def snapshot(self) -> dict[str, Any]:
        return self.server.snapshot()

    def restore(self, snapshot: Mapping[str, Any]) -> None:
        self.server.restore(snapshot)

    def load_data(self, data: Mapping[str, Any] | str | bytes | Path) -> dict[str, int]:
        return self.server.load_data(data)

    def requests(self, **filters: str | int | None) -> list[Entry]:
        return self.server.requests(**filters)

    def clear_requests(self) -> int:
        return self.server.journal.clear()

    def add_fault(
        self,
        kind: str | int,
        operation: str | None = None,
        *,
        times: int = 1,
        after: int = 0,
        seconds: float | None = None,
    ) -> FaultRule:
        return self.server.add_fault(kind, operation, times=times, after=after, seconds=seconds)

    def clear_faults(self) -> int:
        return self.server.clear_faults()

    def jobs(self) -> list[JobInfo]:
        return self.server.jobs()

    def finish_job(self, job_id: str, *, job: str | None = None) -> JobInfo:
        return self.server.finish_job(job_id, job=job)

    def fail_job(self, job_id: str, message: str | None = None, *, job: str | None = None) -> JobInfo:
        return self.server.fail_job(job_id, message, job=job)
