"""Seven Bridges' handlers and resource hooks for specs/sevenbridges.yaml, plus its error body and rate limit.

The resource store lists and fetches billing groups, projects, files and apps (``x-resources``); the hooks here add
what the platform does on top: permissions, ``fields``, the visibility and search filters of lists.

Choices where the vendor is silent are marked ``[inferred]`` in the spec; the main ones:

- a resource's identifying properties survive any ``fields`` selection; unknown field names are ignored;
- a request that is well formed but meets the resource in the wrong state gets 409 (a non-empty folder, a
  folder's metadata, an unfinished upload) or 403 (running a task that is not a DRAFT: 7007; aborting one that
  is neither QUEUED nor RUNNING: 7008), never 400;
- an abort answers ABORTING, and the task reads ABORTED from then on;
- a completed task's output file lands at the top of its project, with ``origin.task`` set.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from labspecs import ApiSpec

from ...core import (
    Call,
    ErrorBuilder,
    Handlers,
    MockHTTPError,
    MockRequest,
    MockResponse,
    Record,
    json_response,
    page_response,
)
from .fields import Fields, select
from .models import (
    PERMISSIONS,
    SevenBridgesState,
    Task,
    Upload,
    as_input,
    full_permissions,
    not_found,
    now_iso,
    part_key,
    short_name_id,
)
from .render import app_json, billing_group_json, file_json, listed_app_json, project_json

T = TypeVar("T")

handlers: Handlers[SevenBridgesState] = Handlers()
handlers.id_hook("owner-short-name")(short_name_id)

MORE_INFO = "https://docs.sevenbridges.com/reference/api-status-codes"
GENERIC_CODES = {400: 90000, 401: 90001, 403: 90002, 404: 90003, 405: 90006, 409: 90007, 415: 90008, 429: 1000}
RATE_LIMITED = "Rate limit exceeded! Check response headers."

PROJECT_LIST = ("href", "id", "name", "created_by", "category", "created_on", "modified_on")
FILE_LIST = ("href", "id", "name", "project")
FOLDER_LIST = ("href", "id", "name", "project", "parent", "type")
TASK_LIST = ("href", "id", "name", "project")
APP_LIST = ("href", "id", "name")
BILLING_LIST = ("href", "id", "name")
IDENTITY = ("href", "id")


# -- error body, rate limit ---------------------------------------------------------------------------------------


def error_builder(spec: ApiSpec) -> ErrorBuilder:
    """``{status, <code-field>, <message-field>, more_info}`` with the registry's code (or the generic one of the
    status). [inferred] 5xx get 90005 (a 503 never gets code 0, which makes sevenbridges-python sleep for good)."""
    code_field, message_field = spec.errors.code_field or "code", spec.errors.message_field

    def build(error: MockHTTPError) -> MockResponse:
        code = error.code if isinstance(error.code, int) else GENERIC_CODES.get(error.status)
        if code is None:
            code = 90005 if error.status >= 500 else 90000
        body = {"status": error.status, code_field: code, message_field: error.message, "more_info": MORE_INFO}
        return json_response(body, error.status, error.headers)

    return build


def _token(state: SevenBridgesState, request: MockRequest) -> str:
    auth = state.ctx.spec.auth
    return (request.headers.get(auth.header) if auth else None) or ""


def before(state: SevenBridgesState, request: MockRequest) -> None:
    """Count the request against its token's window; 429 (code 1000) past the limit."""
    if state.limiter.hit(_token(state, request)).exceeded:
        raise MockHTTPError(429, RATE_LIMITED, code=1000)


def after(state: SevenBridgesState, request: MockRequest, response: MockResponse) -> None:
    """Report the token's window on every response, in the headers the spec's ``x-rate-limit`` names."""
    declared = state.ctx.spec.rate_limit
    if declared is None:
        return
    window = state.limiter.peek(_token(state, request))
    response.headers += [
        (declared.limit_header, str(window.limit)),
        (declared.remaining_header, str(window.remaining)),
        (declared.reset_header, str(window.reset)),
    ]


# -- rendering ------------------------------------------------------------------------------------------------


def _api(state: SevenBridgesState, call: Call) -> str:
    return call.origin + state.ctx.spec.base_path


def _fields(call: Call) -> Fields | None:
    return Fields.parse(call.query.get("fields"))


def _one(call: Call, full: Mapping[str, Any], keep: Collection[str] = IDENTITY) -> MockResponse:
    return json_response(select(full, _fields(call), default=None, keep=keep))


def _page(
    call: Call,
    records: Sequence[T],
    render: Callable[[T], Mapping[str, Any]],
    default: Collection[str] | None,
    keep: Collection[str] = IDENTITY,
) -> MockResponse:
    fields = _fields(call)
    return page_response(call, records, lambda record: select(render(record), fields, default=default, keep=keep))


def _selected(call: Call, full: Mapping[str, Any], listed: Collection[str] | None) -> dict[str, Any]:
    """A store-served object as ``fields`` selects it: ``listed`` are its default properties in a list."""
    default = listed if call.operation.pagination is not None else None
    return select(full, _fields(call), default=default, keep=IDENTITY)


def _no_content() -> MockResponse:
    return MockResponse(204, [], b"")


def _member_json(api: str, project: Mapping[str, Any], username: str, state: SevenBridgesState) -> dict[str, Any]:
    user = state.users.get(username)
    return {
        "href": f"{api}/projects/{project['id']}/members/{username}",
        "id": username,
        "username": username,
        "email": user.email if user else "",
        "type": "USER",
        "permissions": dict(project["members"][username]),
    }


# -- tasks: status, outputs, rendering ------------------------------------------------------------------------


def _status(state: SevenBridgesState, task: Task, *, poll: bool) -> str:
    """The task's status now (a GET counts as a poll); records the end time and outputs once it has ended."""
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


_STEPS = {"QUEUED": (0, "In queue"), "RUNNING": (1, "Running"), "COMPLETED": (2, "Completed")}


def _task_json(state: SevenBridgesState, api: str, task: Task, status: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "href": f"{api}/tasks/{task.id}",
        "id": task.id,
        "name": task.name,
        "description": task.description,
        "status": status,
        "project": task.project,
        "app": task.app,
        "type": "v2",
        "created_by": task.created_by,
        "executed_by": task.created_by,
        "created_time": task.created_time,
    }
    if task.start_time:
        out["start_time"] = task.start_time
    if task.end_time and status in ("COMPLETED", "FAILED", "ABORTED"):
        out["end_time"] = task.end_time
    out |= {
        "batch": False,
        "batch_input": None,
        "batch_by": None,
        "parent": None,
        "origin_id": None,
        "use_interruptible_instances": task.use_interruptible_instances,
        "execution_settings": dict(task.execution_settings),
    }
    if status != "DRAFT":
        done, message = _STEPS.get(status, (1, status.capitalize()))
        if status == "FAILED" and task.job is not None:
            message = task.job.peek().message or "Failed"
        out["execution_status"] = {"steps_completed": done, "steps_total": 2, "message": message}
    if status in ("COMPLETED", "FAILED", "ABORTED"):
        out["price"] = {
            "currency": "USD",
            "amount": "0.23",
            "breakdown": {"storage": "0.00", "computation": "0.23", "data_transfer": "0.00"},
        }
    out["errors"] = []
    out["warnings"] = []
    out["inputs"] = dict(task.inputs)
    out["outputs"] = dict(task.outputs) if task.outputs is not None else {"output_file": None}
    return out


def _task_response(state: SevenBridgesState, call: Call, task: Task, status: str) -> MockResponse:
    return _one(call, _task_json(state, _api(state, call), task, status))


# -- general, users -----------------------------------------------------------------------------------------------


@handlers("getApiRoot")
def get_api_root(state: SevenBridgesState, call: Call) -> MockResponse:
    api = _api(state, call)
    roots = ("rate_limit", "user", "users", "billing", "projects", "files", "tasks", "apps", "action", "upload")
    body = {f"{root}_url": f"{api}/{root}" for root in roots} | {"storage_url": f"{api}/storage"}
    return _one(call, body, keep=())


@handlers("getRateLimit")
def get_rate_limit(state: SevenBridgesState, call: Call) -> MockResponse:
    window = state.limiter.peek(_token(state, call.request))
    body = {
        "rate": {"limit": window.limit, "remaining": window.remaining, "reset": window.reset},
        "instance_limit": {"limit": -1, "remaining": 9223372036854775807},
    }
    return _one(call, body, keep=("rate",))


@handlers("getCurrentUser")
def get_current_user(state: SevenBridgesState, call: Call) -> MockResponse:
    return _one(call, state.users[state.user].to_json(_api(state, call)), keep=("href", "username"))


@handlers("getUser")
def get_user(state: SevenBridgesState, call: Call) -> MockResponse:
    username = call.path["username"]
    if username not in state.users:
        raise not_found("user", 2002)
    if username != state.user:
        raise MockHTTPError(403, "Not enough privileges to access requested user info.", code=2001)
    return _one(call, state.users[username].to_json(_api(state, call)), keep=("href", "username"))


# -- projects -----------------------------------------------------------------------------------------------------


@handlers.select("project")
def visible_projects(state: SevenBridgesState, call: Call, projects: list[Record]) -> list[Record]:
    """The projects you are a member of, with ``name`` (a substring, any case) and every ``tags`` given."""
    name = call.query.get("name")
    tags = [t for raw in call.query.get("tags") or [] for t in raw.split(",") if t]
    return [
        p
        for p in projects
        if state.user in p["members"]
        and (name is None or name.lower() in p["name"].lower())
        and all(tag in p["tags"] for tag in tags)
    ]


@handlers.render("project")
def render_project(state: SevenBridgesState, call: Call, project: Record) -> dict[str, Any]:
    return _selected(call, project_json(_api(state, call), project, state.user), PROJECT_LIST)


@handlers.before("getProject")
def readable_project(state: SevenBridgesState, call: Call) -> None:
    state.project(_project_id(call))


def _project_response(state: SevenBridgesState, call: Call, project: Mapping[str, Any]) -> MockResponse:
    return _one(call, project_json(_api(state, call), project, state.user))


@handlers("createProject")
def create_project(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    project = state.add_project(
        body["name"],
        billing_group=body.get("billing_group"),
        description=body.get("description") or "",
        tags=body.get("tags") or (),
        settings=body.get("settings"),
    )
    return _project_response(state, call, project)


def _project_id(call: Call) -> str:
    return f"{call.path['owner']}/{call.path['project']}"


@handlers("updateProject")
def update_project(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    need = "write" if set(body) <= {"description"} else "admin"
    project = state.project(_project_id(call), need)
    if "billing_group" in body and body["billing_group"] not in state.billing_groups:
        raise not_found("billing group", 4002)
    for key in ("name", "description", "billing_group"):
        if key in body:
            project[key] = body[key]
    if "tags" in body:
        project["tags"] = list(body["tags"])
    if "settings" in body:
        project["settings"].update(body["settings"])
    project["modified_on"] = now_iso()
    return _project_response(state, call, project)


@handlers("deleteProject")
def delete_project(state: SevenBridgesState, call: Call) -> MockResponse:
    state.delete_project(state.project(_project_id(call), "admin"))
    return _no_content()


@handlers("listProjectMembers")
def list_project_members(state: SevenBridgesState, call: Call) -> MockResponse:
    project = state.project(_project_id(call))
    api = _api(state, call)
    return _page(
        call, list(project["members"]), lambda u: _member_json(api, project, u, state), None, ("href", "username")
    )


@handlers("addProjectMember")
def add_project_member(state: SevenBridgesState, call: Call) -> MockResponse:
    project = state.project(_project_id(call), "admin")
    body: dict[str, Any] = call.body
    if "username" in body:
        user = state.users.get(body["username"])
    else:
        user = next((u for u in state.users.values() if u.email.lower() == str(body["email"]).lower()), None)
    if user is None:
        raise not_found("user", 2002)
    if user.username in project["members"]:
        raise MockHTTPError(409, "Requested member already exists.", code=3003)
    project["members"][user.username] = full_permissions(body.get("permissions") or {})
    return _one(call, _member_json(_api(state, call), project, user.username, state), ("href", "username"))


def _member(state: SevenBridgesState, call: Call, need: str = "read") -> tuple[Record, str]:
    project = state.project(_project_id(call), need)
    username = call.path["username"]
    if username not in project["members"]:
        raise MockHTTPError(404, "Requested member does not exist.", code=3002)
    return project, username


@handlers("getProjectMember")
def get_project_member(state: SevenBridgesState, call: Call) -> MockResponse:
    project, username = _member(state, call)
    return _one(call, _member_json(_api(state, call), project, username, state), ("href", "username"))


@handlers("removeProjectMember")
def remove_project_member(state: SevenBridgesState, call: Call) -> MockResponse:
    project, username = _member(state, call, "admin")
    if username == project["created_by"]:
        raise MockHTTPError(403, "The project owner cannot be removed from the project.", code=3001)
    del project["members"][username]
    return _no_content()


def _set_permissions(state: SevenBridgesState, call: Call, base: dict[str, bool] | None) -> MockResponse:
    project, username = _member(state, call, "admin")
    if username == project["created_by"]:
        raise MockHTTPError(403, "The project owner's permissions cannot be changed.", code=3001)
    members = project["members"]
    members[username] = full_permissions(call.body, base if base is not None else members[username])
    return _one(call, members[username], keep=())


@handlers("updateMemberPermissions")
def update_member_permissions(state: SevenBridgesState, call: Call) -> MockResponse:
    return _set_permissions(state, call, None)


@handlers("replaceMemberPermissions")
def replace_member_permissions(state: SevenBridgesState, call: Call) -> MockResponse:
    return _set_permissions(state, call, dict.fromkeys(PERMISSIONS, False))


# -- files ----------------------------------------------------------------------------------------------------


def _metadata_filters(request: MockRequest) -> dict[str, list[str]]:
    prefix = "metadata."
    return {k[len(prefix) :]: v for k, v in request.query_params.items() if k.startswith(prefix) and len(k) > 9}


def _matches(node: Mapping[str, Any], call: Call, metadata: Mapping[str, list[str]]) -> bool:
    names = call.query.get("name")
    tags = call.query.get("tag")
    origin = call.query.get("origin.task")
    return (
        (not names or node["name"] in names)
        and (not tags or any(tag in node["tags"] for tag in tags))
        and (origin is None or node["origin_task"] == origin)
        and all(key in node["metadata"] and str(node["metadata"][key]) in values for key, values in metadata.items())
    )


@handlers.select("file")
def listed_files(state: SevenBridgesState, call: Call, nodes: list[Record]) -> list[Record]:
    """``GET /files``: the folder ``scope`` names (a project's root or a folder), with the ``name``, ``tag``,
    ``origin.task`` and ``metadata.*`` filters; ``GET /files/{id}/list``: the folder's items, as scoped."""
    if call.operation.operation_id == "listFolder":
        return nodes
    scope: dict[str, str] = call.query["scope"]
    folder = state.folder_for(project=scope.get("project"), parent=scope.get("parent"))
    metadata = _metadata_filters(call.request)
    query = call.query
    if not (metadata or query.get("name") or query.get("tag") or query.get("origin.task") is not None):
        return state.listing(folder)  # no filter: the folder as it is (a 10,000-file listing stays fast)
    return [node for node in state.listing(folder) if _matches(node, call, metadata)]


@handlers.render("file")
def render_file(state: SevenBridgesState, call: Call, node: Record) -> dict[str, Any]:
    listed = FOLDER_LIST if call.operation.operation_id == "listFolder" else FILE_LIST
    return _selected(call, file_json(_api(state, call), node), listed)


@handlers.before("getFile")
def readable_file(state: SevenBridgesState, call: Call) -> None:
    state.node(call.path["file_id"])


@handlers.before("listFolder")
def readable_folder(state: SevenBridgesState, call: Call) -> None:
    if state.node(call.path["file_id"])["type"] != "folder":
        raise MockHTTPError(409, "The file is not a folder.", code=5022)


def _file_response(state: SevenBridgesState, call: Call, node: Mapping[str, Any]) -> MockResponse:
    return _one(call, file_json(_api(state, call), node))


@handlers("createFolder")
def create_folder(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    folder = state.folder_for(project=body.get("project"), parent=body.get("parent"), need="write")
    if state.child_named(folder, body["name"]) is not None:
        raise MockHTTPError(409, "Requested folder already exists.", code=5030)
    return _file_response(state, call, state.add_node(folder, body["name"], "folder"))


def _writable(state: SevenBridgesState, call: Call) -> Record:
    node = state.node(call.path["file_id"], "write")
    if not node["parent"]:
        raise MockHTTPError(409, "A project's root folder cannot be changed.", code=5023)
    return node


@handlers("updateFile")
def update_file(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _writable(state, call)
    body: dict[str, Any] = call.body
    if node["type"] == "folder" and set(body) - {"name"}:
        raise MockHTTPError(409, "Only the name of a folder can be updated.", code=5023)
    if "name" in body and body["name"] != node["name"]:
        if state.child_named(state.files[node["parent"]], body["name"]) is not None:
            raise MockHTTPError(409, "A file with this name already exists in the folder.", code=5003)
        node["name"] = body["name"]
    if "metadata" in body:
        node["metadata"] = dict(body["metadata"])
    if "tags" in body:
        node["tags"] = list(body["tags"])
    node["modified_on"] = now_iso()
    return _file_response(state, call, node)


@handlers("deleteFile")
def delete_file(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _writable(state, call)
    if node["type"] == "folder" and state.listing(node):
        raise MockHTTPError(409, "The folder is not empty.", code=5021)
    state.forget(node)
    return _no_content()


def _metadata_target(state: SevenBridgesState, call: Call) -> Record:
    node = _writable(state, call)
    if node["type"] == "folder":
        raise MockHTTPError(409, "Folders have no metadata.", code=5025)
    return node


@handlers("getFileMetadata")
def get_file_metadata(state: SevenBridgesState, call: Call) -> MockResponse:
    return _one(call, state.node(call.path["file_id"])["metadata"], keep=())


@handlers("replaceFileMetadata")
def replace_file_metadata(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _metadata_target(state, call)
    node["metadata"] = {k: v for k, v in call.body.items() if v is not None}
    node["modified_on"] = now_iso()
    return _one(call, node["metadata"], keep=())


@handlers("updateFileMetadata")
def update_file_metadata(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _metadata_target(state, call)
    for key, value in call.body.items():
        if value is None:
            node["metadata"].pop(key, None)
        else:
            node["metadata"][key] = value
    node["modified_on"] = now_iso()
    return _one(call, node["metadata"], keep=())


@handlers("replaceFileTags")
def replace_file_tags(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _writable(state, call)
    if node["type"] == "folder":
        raise MockHTTPError(409, "Folders have no tags.", code=5027)
    node["tags"] = list(call.body)
    node["modified_on"] = now_iso()
    return json_response(node["tags"])


@handlers("getDownloadInfo")
def get_download_info(state: SevenBridgesState, call: Call) -> MockResponse:
    node = state.node(call.path["file_id"])
    if node["type"] == "folder":
        raise MockHTTPError(409, "Folders cannot be downloaded.", code=5017)
    key = f"files/{node['id']}"
    stored = state.ctx.objects.get(key)
    if stored is None or stored.filename != node["name"]:
        state.ctx.objects.put(key, state.content(node), "application/octet-stream", node["name"])
    return _one(call, {"url": state.ctx.objects.url(call.origin, key)}, keep=("url",))


@handlers("copyFile")
def copy_file(state: SevenBridgesState, call: Call) -> MockResponse:
    source = state.node(call.path["file_id"], "copy")
    if source["type"] == "folder":
        raise MockHTTPError(409, "Folders cannot be copied.", code=5018)
    body: dict[str, Any] = call.body
    folder = state.folder_for(project=body.get("project"), parent=body.get("parent"), need="write")
    name = state.free_name(folder, body.get("name") or source["name"])
    copy = state.add_node(folder, name, "file", size=source["size"], metadata=source["metadata"], tags=source["tags"])
    state.ctx.objects.put(f"files/{copy['id']}", state.content(source), "application/octet-stream", copy["name"])
    return _file_response(state, call, copy)


# -- apps -----------------------------------------------------------------------------------------------------


@handlers.select("app")
def visible_apps(state: SevenBridgesState, call: Call, apps: list[Record]) -> list[Record]:
    """The apps of a project, the public ones, or those of your projects; ``q``: every term in id, name or text."""
    apps = state.visible_apps(apps, call.query.get("project"), call.query.get("visibility") == "public")
    terms = str(call.query.get("q") or "").lower().split()
    return [a for a in apps if all(t in f"{a['id']} {a['name']} {a['description']}".lower() for t in terms)]


@handlers.render("app")
def render_app(state: SevenBridgesState, call: Call, app: Record) -> dict[str, Any]:
    api = _api(state, call)
    listed = call.operation.pagination is not None
    return _selected(call, listed_app_json(api, app) if listed else app_json(api, app, None), APP_LIST)


@handlers.before("getApp")
def readable_app(state: SevenBridgesState, call: Call) -> None:
    state.app(f"{call.path['owner']}/{call.path['project']}/{call.path['app_name']}")


@handlers("getAppRevision")
def get_app_revision(state: SevenBridgesState, call: Call) -> MockResponse:
    path = call.path
    app, revision = state.app(f"{path['owner']}/{path['project']}/{path['app_name']}/{path['revision']}")
    return _one(call, app_json(_api(state, call), app, revision))


# -- tasks ----------------------------------------------------------------------------------------------------


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
    statuses = {t.id: _status(state, t, poll=False) for t in tasks}
    tasks = [
        t
        for t in tasks
        if query.get("status") in (None, statuses[t.id])
        and query.get("parent") is None
        and query.get("batch") in (None, False)
        and _time_ok(t.created_time, query.get("created_from"), query.get("created_to"))
        and _time_ok(t.start_time, query.get("started_from"), query.get("started_to"))
        and _time_ok(t.end_time, query.get("ended_from"), query.get("ended_to"))
    ]
    order_by = query.get("order_by")
    if order_by is not None:
        attribute = {"created_time": "created_time", "start_time": "start_time", "end_time": "end_time"}
        key = attribute.get(order_by, order_by)
        tasks.sort(key=lambda t: str(getattr(t, key) or ""), reverse=query.get("order") == "desc")
    api = _api(state, call)
    return _page(call, tasks, lambda t: _task_json(state, api, t, statuses[t.id]), TASK_LIST)


@handlers("createTask")
def create_task(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    project = state.project(body["project"], "execute")
    app, revision = state.app(body["app"])
    task = state.add_task(
        project,
        app,
        revision,
        name=body.get("name"),
        description=body.get("description"),
        inputs=body.get("inputs") or {},
    )
    if "use_interruptible_instances" in body:
        task.use_interruptible_instances = bool(body["use_interruptible_instances"])
    task.execution_settings = dict(body.get("execution_settings") or {})
    if call.query.get("action") == "run":
        state.run(task)
        return _task_response(state, call, task, "QUEUED")
    return _task_response(state, call, task, "DRAFT")


@handlers("getTask")
def get_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    return _task_response(state, call, task, _status(state, task, poll=True))


@handlers("updateTask")
def update_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    state.project(task.project, "write")
    body: dict[str, Any] = call.body
    status = _status(state, task, poll=False)
    if status != "DRAFT" and set(body) - {"name"}:
        raise MockHTTPError(403, "Only DRAFT tasks can be edited; a task that has run can only be renamed.", code=7026)
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
    return _task_response(state, call, task, status)


@handlers("runTask")
def run_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    state.project(task.project, "execute")
    if task.job is not None:
        raise MockHTTPError(403, "This action is only allowed for DRAFT tasks.", code=7007)
    if call.query.get("use_interruptible_instances") is not None:
        task.use_interruptible_instances = bool(call.query["use_interruptible_instances"])
    state.run(task)
    return _task_response(state, call, task, "QUEUED")


@handlers("abortTask")
def abort_task(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    state.project(task.project, "execute")
    if _status(state, task, poll=False) not in ("QUEUED", "RUNNING"):
        raise MockHTTPError(403, "This action is only allowed for QUEUED or RUNNING tasks.", code=7008)
    task.aborted = True
    task.end_time = now_iso()
    return _task_response(state, call, task, "ABORTING")


@handlers("getExecutionDetails")
def get_execution_details(state: SevenBridgesState, call: Call) -> MockResponse:
    task = state.task(call.path["task_id"])
    status = _status(state, task, poll=False)
    out: dict[str, Any] = {"href": f"{_api(state, call)}/tasks/{task.id}/execution_details", "status": status}
    jobs: list[dict[str, Any]] = []
    if task.start_time:
        out["start_time"] = task.start_time
        job: dict[str, Any] = {
            "name": task.app.split("/")[2],
            "start_time": task.start_time,
            "status": status if status != "ABORTED" else "ABORTED",
            "command_line": f"{task.app.split('/')[2]} --inputs {' '.join(sorted(task.inputs))}",
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
        if task.end_time and status in ("COMPLETED", "FAILED", "ABORTED"):
            out["end_time"] = job["end_time"] = task.end_time
        jobs.append(job)
    out["message"] = _STEPS.get(status, (0, status.capitalize()))[1]
    out["jobs"] = jobs
    return _one(call, out, keep=("href",))


# -- billing --------------------------------------------------------------------------------------------------


@handlers.render("billing-group")
def render_billing_group(state: SevenBridgesState, call: Call, group: Record) -> dict[str, Any]:
    return _selected(call, billing_group_json(_api(state, call), group), BILLING_LIST)


# -- upload ---------------------------------------------------------------------------------------------------


def _upload_json(state: SevenBridgesState, upload: Upload, with_parts: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "upload_id": upload.id,
        "project": upload.project,
        "parent": upload.parent,
        "name": upload.name,
        "size": upload.size,
        "part_size": upload.part_size,
        "parallel_uploads": True,
        "initiated": upload.initiated,
        "uploaded_parts_count": len(upload.reported),
    }
    if with_parts:
        out["parts"] = [{"part_number": n, "etag": etag} for n, etag in sorted(upload.reported.items())]
    return out


@handlers("initUpload")
def init_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    folder = state.folder_for(project=body.get("project"), parent=body.get("parent"), need="write")
    overwrite = bool(call.query.get("overwrite"))
    upload = state.start_upload(folder, body["name"], body["size"], body.get("part_size"), overwrite)
    return _one(call, _upload_json(state, upload, False), keep=("upload_id",))


@handlers("getUpload")
def get_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    upload = state.upload(call.path["upload_id"])
    return _one(call, _upload_json(state, upload, bool(call.query.get("list_parts"))), keep=("upload_id",))


@handlers("abortUpload")
def abort_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    state.drop_upload(state.upload(call.path["upload_id"]))
    return _no_content()


@handlers("getUploadPartUrl")
def get_upload_part_url(state: SevenBridgesState, call: Call) -> MockResponse:
    upload = state.upload(call.path["upload_id"])
    number = int(call.path["part_number"])
    objects = state.ctx.objects
    expires = datetime.now(UTC) + timedelta(seconds=objects.expiry)
    body = {
        "method": "PUT",
        "url": objects.upload_url(call.origin, part_key(upload.id, number)),
        "expires": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "headers": {},
        "report": {"success_codes": [200], "headers": ["ETag"]},
    }
    return _one(call, body, keep=("url",))


@handlers("reportUploadPart")
def report_upload_part(state: SevenBridgesState, call: Call) -> MockResponse:
    upload = state.upload(call.path["upload_id"])
    body: dict[str, Any] = call.body
    upload.reported[int(body["part_number"])] = str(body["response"]["headers"]["ETag"])
    return json_response(body)


@handlers("completeUpload")
def complete_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    return _file_response(state, call, state.finish_upload(state.upload(call.path["upload_id"])))
