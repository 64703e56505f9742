"""What both Sphinx Bio clients share (no I/O)."""

from __future__ import annotations

import os
from collections.abc import Callable

from labsdk_sphinx_client.models import Task, TaskResult

from .._errors import LabSDKError
from .._fields import status_text
from .._spec import bind

_SPEC = bind("sphinx").spec

TaskProgress = Callable[[str, float | None, Task], None]
Dest = str | os.PathLike[str]


def _result(task: Task, task_id: str) -> TaskResult:
    """The result of a succeeded task; a LabSDKError (not a crash) when the server sent none."""
    if not isinstance(task.result, TaskResult):
        raise LabSDKError(f"task {task_id} ended {status_text(task.status) or 'without a status'} with no result")
    return task.result


def _csv_name(datatable_id: str) -> str:
    return f"{datatable_id}.csv"
