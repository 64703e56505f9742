"""Tasks: their state machine on the job clock (DRAFT → QUEUED → RUNNING → COMPLETED | FAILED, ABORTING → ABORTED),
outputs, batch tasks (a parent whose children run one per item or per metadata group of its batch input), clones
and bulk reads.

A batch parent has no job of its own: its status is its children's (running while any runs; COMPLETED when all
completed, FAILED when any failed, else ABORTED), and reading it reads them, so they move on as it is polled.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ...core import Call, MockHTTPError, MockResponse, Record
from .models import SevenBridgesState, Task, as_input, now_iso
from .views import api_url, bulk, handlers, one, page

TASK_LIST = ("href", "id", "name", "project")
TERMINAL = ("COMPLETED", "FAILED", "ABORTED")
TASK_PRICE = Decimal("0.23")
_STEPS = {"QUEUED": (0, "In queue"), "RUNNING": (1, "Running"), "COMPLETED": (2, "Completed")}


# -- status and outputs -----------------------------------------------------------------------------------------


def status(state: SevenBridgesState, task: Task, *, poll: bool) -> str:
    """The task's status now (a GET counts as a poll); records the end time and outputs once it has ended."""
    if task.children:
        return _parent_status(state, task, poll=poll)
    if task.job is None:
        return "DRAFT"
    if task.aborted:
        return "ABORTED"
    view = task.job.poll() if poll else task.job.peek()
    if view.done and task.end_time is None:
        task.end_time = now_iso()
    if view.succeeded and task.outputs is None:
        task.outputs = {"output_file": as_input(_make_output(state, task))}
    return view.status


def _children(state: SevenBridgesState, task: Task) -> list[Task]:
    return [state.tasks[child] for child in task.children if child in state.tasks]


def child_counts(state: SevenBridgesState, task: Task) -> dict[str, int]:
    counts = dict.fromkeys(("queued", "running", "completed", "failed", "aborted"), 0)
    for child in _children(state, task):
        current = status(state, child, poll=False).lower()
        counts[current] = counts.get(current, 0) + 1
    return counts


def _parent_status(state: SevenBridgesState, task: Task, *, poll: bool) -> str:
    seen = [status(state, child, poll=poll) for child in _children(state, task)]
    if not all(s in TERMINAL for s in seen):
        return "QUEUED" if all(s == "QUEUED" for s in seen) else "RUNNING"
    if task.end_time is None:
        task.end_time = now_iso()
    if all(s == "COMPLETED" for s in seen):
        return "COMPLETED"
    return "FAILED" if "FAILED" in seen else "ABORTED"


def _make_output(state: SevenBridgesState, task: Task) -> Record:
    project = state.projects[task.project]
    folder = state.files[project["root_folder"]]
    app_short = task.app.split("/")[2]
    content = "\n".join(
        [f"task\t{task.id}", f"app\t{task.app}", *(f"input\t{key}" for key in sorted(task.inputs))]
    ).encode()
    name = state.free_name(folder, f"{app_short}_{task.id[:8]}.out.txt")
    node = state.add_node(folder, name, "file", size=len(content), origin_task=task.id)
    state.ctx.objects.put(f"files/{node['id']}", content, "text/plain", node["name"])
    return node


def price(state: SevenBridgesState, task: Task) -> Decimal:
    """What a finished task cost: a demo price per run (a batch parent: its children's)."""
    if task.children:
        return sum((price(state, child) for child in _children(state, task)), Decimal(0))
    return TASK_PRICE


def task_json(state: SevenBridgesState, api: str, task: Task, current: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "href": f"{api}/tasks/{task.id}",
        "id": task.id,
        "name": task.name,
        "description": task.description,
        "status": current,
        "project": task.project,
        "app": task.app,
        "type": "v2",
        "created_by": task.created_by,
        "executed_by": task.created_by,
        "created_time": task.created_time,
    }
    if task.start_time:
        out["start_time"] = task.start_time
    if task.end_time and current in TERMINAL:
        out["end_time"] = task.end_time
    out |= {
        "batch": task.batch,
        "batch_input": task.batch_input,
        "batch_by": task.batch_by,
        "parent": task.parent,
        "origin_id": None,
        "use_interruptible_instances": task.use_interruptible_instances,
        "execution_settings": dict(task.execution_settings),
    }
    if task.batch_group is not None:
        out["batch_group"] = task.batch_group
    if current != "DRAFT":
        done, message = _STEPS.get(current, (1, current.capitalize()))
        if current == "FAILED" and task.job is not None:
            message = task.job.peek().message or "Failed"
        out["execution_status"] = {"steps_completed": done, "steps_total": 2, "message": message}
        if task.children:
            counts = child_counts(state, task)
            finished = counts["completed"] + counts["failed"] + counts["aborted"]
            out["execution_status"] |= {"steps_completed": finished, "steps_total": len(task.children), **counts}
    if current in TERMINAL:
        amount = f"{price(state, task):.2f}"
        out["price"] = {
            "currency": "USD",
            "amount": amount,
            "breakdown": {"storage": "0.00", "computation": amount, "data_transfer": "0.00"},
        }
    out["errors"] = []
    out["warnings"] = []
    out["inputs"] = dict(task.inputs)
    out["outputs"] = dict(task.outputs) if task.outputs is not None else {"output_file": None}
    if task.output_location is not None:
        out["output_location"] = dict(task.output_location)
    return out


def _task_response(state: SevenBridgesState, call: Call, task: Task, current: str) -> MockResponse:
    return one(call, task_json(state, api_url(state, call), task, current))


# -- batches ---------------------------------------------------------------------------------------------------


def _input_type(app: Mapping[str, Any], name: str) -> str | None:
    return next((kind for ident, kind in app["inputs"] if ident == name), None)


def _check_batch(app: Mapping[str, Any], batch_input: str | None) -> None:
    if batch_input is not None and _input_type(app, batch_input) is None:
        message = f"Batch input property should reference input identifier: the app has no input {batch_input!r}."
        raise MockHTTPError(409, message, code=7018)


def _groups(state: SevenBridgesState, task: Task, files: list[Any]) -> list[tuple[str, dict[str, Any], list[Any]]]:
    """(value, fields, files) per child: one per file (``ITEM``), or per group of the ``criteria`` values."""
    by = task.batch_by or {}
    if by.get("type") != "CRITERIA":
        return [(str(f.get("name") or f.get("path")), {}, [f]) for f in files]
    keys = [criterion.split(".", 1)[1] for criterion in by.get("criteria") or []]
    groups: dict[tuple[str, ...], list[Any]] = {}
    for item in files:
        node = state.files.get(str(item.get("path")))
        metadata = node["metadata"] if node is not None else {}
        groups.setdefault(tuple(str(metadata.get(key, "")) for key in keys), []).append(item)
    return [(", ".join(values), dict(zip(keys, values, strict=True)), group) for values, group in groups.items()]


def _spawn_children(state: SevenBridgesState, parent: Task) -> None:
    """Run a batch task: its children are made and queued; the parent's status is theirs from then on."""
    assert parent.batch_input is not None
    app, revision = state.app(parent.app)
    given = parent.inputs.get(parent.batch_input)
    files = [f for f in (given if isinstance(given, list) else [given]) if isinstance(f, Mapping)]
    if not files:
        raise MockHTTPError(409, f"Missing inputs: the batch input {parent.batch_input!r} holds no files.", code=7012)
    as_list = str(_input_type(app, parent.batch_input) or "").rstrip("?").endswith("[]")
    project = state.projects[parent.project]
    for value, fields, group in _groups(state, parent, files):
        inputs = {**parent.inputs, parent.batch_input: list(group) if as_list else group[0]}
        child = state.add_task(
            project, app, revision, name=f"{parent.name} - {value}", description=parent.description, inputs=inputs
        )
        child.parent, child.batch_group = parent.id, {"value": value, "fields": fields}
        child.use_interruptible_instances = parent.use_interruptible_instances
        child.execution_settings = dict(parent.execution_settings)
        state.run(child)
        parent.children.append(child.id)
    parent.start_time = now_iso()


def start(state: SevenBridgesState, task: Task) -> None:
    """Run a DRAFT task: a batch task spawns its children, any other gets its job."""
    if task.batch:
        _spawn_children(state, task)
    else:
        state.run(task)


# -- the endpoints ---------------------------------------------------------------------------------------------


def _time_ok(value: str | None, low: str | None, high: str | None) -> bool:
    """ISO 8601 times compare as text once in the same form; a filter on a time the task lacks excludes it."""
    if low is None and high is None:
        return True
    if value is None:
        return False
    stamp = value.replace("T", " ").rstrip("Z")
    return (low is None or stamp >= low.replace("T", " ").rstrip("Z")) and (
        high is None or stamp <= high.replace("T", " ").rstrip("Z")
    )


@handlers("listTasks")
def list_tasks(state: SevenBridgesState, call: Call) -> MockResponse:
    query = call.query
    project = query.get("project")
    if project is not None:
        state.project(project)
        tasks = [t for t in state.tasks.values() if t.project == project]
    else:
        mine = {p["id"] for p in state.my_projects()}
        tasks = [t for t in state.tasks.values() if t.project in mine]
    parent, batch = query.get("parent"), query.get("batch")
    statuses = {t.id: status(state, t, poll=False) for t in tasks}
    tasks = [
        t
        for t in tasks
        if query.get("status") in (None, statuses[t.id])
        and (parent is None or t.parent == str(parent))
        and (batch is None or t.batch == batch)
        and _time_ok(t.created_time, query.get("created_from"), query.get("created_to"))
        and _time_ok(t.start_time, query.get("started_from"), query.get("started_to"))
        and _time_ok(t.end_time, query.get("ended_from"), query.get("ended_to"))
    ]
    order_by = query.get("order_by")
    if order_by is not None:
        tasks.sort(key=lambda t: str(getattr(t, order_by) or ""), reverse=query.get("order") == "desc")
    api = api_url(state, call)
    return page(call, tasks, lambda t: task_json(state, api, t, statuses[t.id]), TASK_LIST)


@handlers("createTask")
def create_task(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    project = state.project(body["project"], "execute")
    app, revision = state.app(body["app"])
    name, description, inputs = body.get("name"), body.get("description"), body.get("inputs") or {}
    task = state.add_task(project, app, revision, name=name, description=description, inputs=inputs)
    if body.get("batch_input") is not None and body.get("batch_by") is not None:
        _check_batch(app, body["batch_input"])
        task.batch_input, task.batch_by = body["batch_input"], dict(body["batch_by"])
    if "use_interruptible_instances" in body:
        task.use_interruptible_instances = bool(body["use_interruptible_instances"])
    task.execution_settings = dict(body.get("execution_settings") or {})
    task.output_location = body.get("output_location")
    if call.query.get("action") == "run":
        if call.query.get("batch") is False:
            task.batching = False
        try:
            start(state, task)
        except MockHTTPError:
            del state.tasks[task.id]
            raise
        return _task_response(state, call, task, status(state, task, poll=False))
    return _task_response(state, call, task, "DRAFT")


@handlers("getTask")
def get_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    return _task_response(state, call, task, status(state, task, poll=True))


@handlers("updateTask")
def update_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    state.project(task.project, "write")
    body: dict[str, Any] = call.body
    current = status(state, task, poll=False)
    if current != "DRAFT" and set(body) - {"name"}:
        raise MockHTTPError(403, "Only DRAFT tasks can be edited; a task that has run can only be renamed.", code=7026)
    if "batch_input" in body or "batch_by" in body:
        batch_input = body.get("batch_input", task.batch_input)
        batch_by = body.get("batch_by", task.batch_by)
        if (batch_input is None) != (batch_by is None):
            raise MockHTTPError(409, "Missing `batch_by` or `batch_input` fields: they go together.", code=7023)
        _check_batch(state.app(task.app)[0], batch_input)
        task.batch_input, task.batch_by = batch_input, dict(batch_by) if batch_by is not None else None
    if "name" in body:
        task.name = body["name"]
    if "description" in body:
        task.description = body["description"]
    if "inputs" in body:
        task.inputs.update(body["inputs"])
    if "execution_settings" in body:
        task.execution_settings.update(body["execution_settings"])
    if "use_interruptible_instances" in body:
        task.use_interruptible_instances = bool(body["use_interruptible_instances"])
    return _task_response(state, call, task, current)


@handlers("runTask")
def run_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    state.project(task.project, "execute")
    if task.job is not None or task.children:
        raise MockHTTPError(403, "This action is only allowed for DRAFT tasks.", code=7007)
    if call.query.get("use_interruptible_instances") is not None:
        task.use_interruptible_instances = bool(call.query["use_interruptible_instances"])
    if call.query.get("batch") is False:
        task.batching = False
    start(state, task)
    return _task_response(state, call, task, status(state, task, poll=False))


@handlers("abortTask")
def abort_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    state.project(task.project, "execute")
    if status(state, task, poll=False) not in ("QUEUED", "RUNNING"):
        raise MockHTTPError(403, "This action is only allowed for QUEUED or RUNNING tasks.", code=7008)
    for running in [task, *_children(state, task)]:
        if running.children or status(state, running, poll=False) in ("QUEUED", "RUNNING"):
            running.aborted = True
            running.end_time = now_iso()
    return _task_response(state, call, task, "ABORTING")


@handlers("cloneTask")
def clone_task(state: SevenBridgesState, call: Call) -> MockResponse:
    original = state.task(call.path["task_id"])
    project = state.project(original.project, "write")
    app, revision = state.app(original.app)
    clone = state.add_task(
        project, app, revision, name=original.name, description=original.description, inputs=original.inputs
    )
    clone.batch_input, clone.batch_by = original.batch_input, original.batch_by
    clone.use_interruptible_instances = original.use_interruptible_instances
    clone.execution_settings = dict(original.execution_settings)
    clone.output_location = original.output_location
    if call.query.get("action") == "run":
        state.project(original.project, "execute")
        start(state, clone)
    return _task_response(state, call, clone, status(state, clone, poll=False))


@handlers("bulkGetTasks")
def bulk_get_tasks(state: SevenBridgesState, call: Call) -> MockResponse:
    api = api_url(state, call)

    def read(task_id: str) -> dict[str, Any]:
        task = state.task(task_id)
        return task_json(state, api, task, status(state, task, poll=False))

    return bulk(call.body["task_ids"], read)


@handlers("getExecutionDetails")
def get_execution_details(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    current = status(state, task, poll=False)
    out: dict[str, Any] = {"href": f"{api_url(state, call)}/tasks/{task.id}/execution_details", "status": current}
    jobs: list[dict[str, Any]] = []
    for run in _children(state, task) if task.children else [task]:
        if not run.start_time:
            continue
        run_status = status(state, run, poll=False)
        job: dict[str, Any] = {
            "name": run.app.split("/")[2] + (f"_{len(jobs) + 1}" if task.children else ""),
            "start_time": run.start_time,
            "status": run_status,
            "command_line": f"{run.app.split('/')[2]} --inputs {' '.join(sorted(run.inputs))}",
            "retried": False,
            "instance": {
                "id": "i-0a1b2c3d4e5f67890",
                "type": "c4.2xlarge",
                "provider": "AWS",
                "disk": {"size": 1024, "unit": "GB", "type": "amazon-gp2"},
            },
            "logs": {},
            "docker": {"checksum": "sha256:5f8a1b7d2c"},
        }
        if run.end_time and run_status in TERMINAL:
            job["end_time"] = run.end_time
        jobs.append(job)
    if task.start_time:
        out["start_time"] = task.start_time
    if task.end_time and current in TERMINAL:
        out["end_time"] = task.end_time
    out["message"] = _STEPS.get(current, (0, current.capitalize()))[1]
    out["jobs"] = jobs
    return one(call, out, keep=("href",))
