# Derived from overlays/labsdk/sevenbridges/_async/tasks.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Tasks: creating (batch tasks too), reading, changing, running, aborting, cloning and waiting for them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from labsdk_sevenbridges_client.api.tasks import (
    abort_task,
    bulk_get_tasks,
    clone_task,
    create_task,
    get_execution_details,
    get_task,
    run_task,
    update_task,
)
from labsdk_sevenbridges_client.models import (
    App,
    CloneTaskAction,
    CreateTaskAction,
    ExecutionDetails,
    Task,
    TaskBulkList,
    TaskBulkRecord,
    TaskIdList,
    TaskStatus,
)
from labsdk_sevenbridges_client.types import UNSET

from ..._errors import JobFailedError
from ..._sync import BaseClient, ItemPaged, Poller
from .._common import (
    DEFAULT_CONCURRENCY,
    Fields,
    TaskProgress,
    _fields,
    _id,
    _task_body,
    _task_error,
    _task_filters,
    _task_id,
    _task_update,
)

__all__ = ["TasksApi"]


class TasksApi(BaseClient):
    """The tasks of ``SevenBridges``."""

    def list_tasks(
        self,
        *,
        project: str | None = None,
        status: TaskStatus | str | None = None,
        order_by: Literal["created_time", "start_time", "name", "end_time", "created_by"] | None = None,
        descending: bool = False,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        parent: Task | str | None = None,
        batch: bool | None = None,
        **filters: str,
    ) -> ItemPaged[Task]:
        """Tasks, by project and status, a batch task's children (``parent``), only batch tasks or only the others
        (``batch``); ``filters`` are the time filters (``created_from="2024-03-01"``, ...)."""
        return self._paged(
            "listTasks",
            Task,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_task_filters(project, status, order_by, descending, fields, filters, parent, batch),
        )

    def create_task(
        self,
        project: str,
        app: App | str,
        *,
        name: str | None = None,
        description: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        run: bool = False,
        batch_input: str | None = None,
        batch_by: Mapping[str, Any] | None = None,
        disable_batch: bool = False,
        execution_settings: Mapping[str, Any] | None = None,
        use_interruptible_instances: bool | None = None,
        output_location: Mapping[str, Any] | None = None,
    ) -> Task:
        """A DRAFT task (QUEUED with ``run=True``); ``inputs`` may hold ``File`` models, lists of them or values.

        A batch task names its ``batch_input`` and ``batch_by`` (``{"type": "ITEM"}``: a child per file, or ``{"type":
        "CRITERIA", "criteria": ["metadata.sample_id"]}``: a child per group); ``disable_batch`` runs it as one task.
        ``execution_settings`` (``instance_type``, ``max_parallel_instances``, ``use_memoization``, ...) and
        ``use_interruptible_instances`` are passed as given."""
        options = {
            "batch_input": batch_input,
            "batch_by": dict(batch_by) if batch_by is not None else None,
            "execution_settings": dict(execution_settings) if execution_settings is not None else None,
            "use_interruptible_instances": use_interruptible_instances,
            "output_location": dict(output_location) if output_location is not None else None,
        }
        body = _task_body(project, _id(app), name, description, inputs, options)
        action = CreateTaskAction.RUN if run else UNSET
        batch = False if disable_batch and run else UNSET
        return self._call(create_task.sync_detailed, body=body, action=action, batch=batch, expect=Task)

    def get_task(self, task: Task | str, *, fields: Fields = None) -> Task:
        return self._call(get_task.sync_detailed, _task_id(task), expect=Task, fields=_fields(fields, "Task"))

    def update_task(
        self,
        task: Task | str,
        *,
        name: str | None = None,
        description: str | None = None,
        inputs: Mapping[str, Any] | None = None,
    ) -> Task:
        """Change a DRAFT task (a task that has run can only be renamed)."""
        body = _task_update(name, description, inputs)
        return self._call(update_task.sync_detailed, _task_id(task), body=body, expect=Task)

    def execution_details(self, task: Task | str) -> ExecutionDetails:
        return self._call(get_execution_details.sync_detailed, _task_id(task), expect=ExecutionDetails)

    def run_task(self, task: Task | str) -> Task:
        return self._call(run_task.sync_detailed, _task_id(task), expect=Task)

    def abort_task(self, task: Task | str) -> Task:
        return self._call(abort_task.sync_detailed, _task_id(task), expect=Task)

    def poll_task(
        self,
        task: Task | str,
        *,
        interval: float = 2.0,
        max_interval: float = 30.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Poller[Task]:
        """A poller for a task (rebuildable from the task id alone)."""
        task_id = _task_id(task)
        return self._poller(
            "getTask",
            Task,
            task_id,
            job_id=str(task_id),
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
        )

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        interval: float = 2.0,
        max_interval: float = 30.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Task:
        """Poll until the task is COMPLETED and return it; :class:`TaskFailedError` / :class:`TaskAbortedError`
        when it ends FAILED / ABORTED, ``PollTimeoutError`` after ``timeout`` seconds."""
        poller = self.poll_task(
            task, interval=interval, max_interval=max_interval, on_progress=on_progress, progress=progress
        )
        try:
            return poller.result(timeout)
        except JobFailedError as exc:
            raise _task_error(exc) from None

    def clone_task(self, task: Task | str, *, run: bool = False) -> Task:
        """A new DRAFT task with the app, inputs, batch criteria and settings of ``task`` (QUEUED with ``run``)."""
        action = CloneTaskAction.RUN if run else UNSET
        return self._call(clone_task.sync_detailed, _task_id(task), action=action, expect=Task)

    def bulk_get_tasks(self, tasks: Sequence[Task | str]) -> list[TaskBulkRecord]:
        """Up to 100 tasks at once: one record per task, in order, with the task (``resource``) or its ``error``."""
        body = TaskIdList(task_ids=[_task_id(task) for task in tasks])
        return self._call(bulk_get_tasks.sync_detailed, body=body, expect=TaskBulkList).items

    def list_batch_children(self, task: Task | str, *, page_size: int | None = None) -> ItemPaged[Task]:
        """The child tasks a batch task ran."""
        return self.list_tasks(parent=task, page_size=page_size, fields="_all")
