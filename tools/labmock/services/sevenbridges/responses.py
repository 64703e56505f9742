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

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from labspecs import ApiSpec

from ...core import Call, ErrorBuilder, MockHTTPError, MockRequest, MockResponse, Record, json_response
from . import lifecycle
from .models import (
    PERMISSIONS,
    SevenBridgesState,
    Upload,
    full_permissions,
    not_found,
    now_iso,
    part_key,
    short_name_id,
)
from .render import app_json, file_json, listed_app_json, project_json
from .views import api_url, error_body, handlers, no_content, one, page, selected

handlers.id_hook("owner-short-name")(short_name_id)

RATE_LIMITED = "Rate limit exceeded! Check response headers."

PROJECT_LIST = ("href", "id", "name", "created_by", "category", "created_on", "modified_on")
FILE_LIST = ("href", "id", "name", "project")
FOLDER_LIST = ("href", "id", "name", "project", "parent", "type")
TASK_LIST = ("href", "id", "name", "project")
APP_LIST = ("href", "id", "name")


# -- error body, rate limit ---------------------------------------------------------------------------------------


def error_builder(spec: ApiSpec) -> ErrorBuilder:
    """The platform's error body (``views.error_body``) in the fields ``x-errors`` names."""
    code_field, message_field = spec.errors.code_field or "code", spec.errors.message_field

    def build(error: MockHTTPError) -> MockResponse:
        return json_response(error_body(error, code_field, message_field), error.status, error.headers)

    return build


def _token(state: SevenBridgesState, request: MockRequest) -> str:
    auth = state.ctx.spec.auth
    return (request.headers.get(auth.header) if auth else None) or ""


def before(state: SevenBridgesState, request: MockRequest) -> None:
    """Settle the jobs that are done by now; count the request against its token's window (429, code 1000, past the
    limit). Only the token that authenticates has a window: any other is answered 401 and spends nothing."""
    lifecycle.settle(state)
    token = _token(state, request)
    if token == state.token and state.limiter.hit(token).exceeded:
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


# -- members -------------------------------------------------------------------------------------------------


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


# -- general, users -----------------------------------------------------------------------------------------------


@handlers("getApiRoot")
def get_api_root(state: SevenBridgesState, call: Call) -> MockResponse:
    api = api_url(state, call)
    roots = ("rate_limit", "user", "users", "billing", "projects", "files", "tasks", "apps", "action", "upload")
    body = {f"{root}_url": f"{api}/{root}" for root in roots} | {"storage_url": f"{api}/storage"}
    return one(call, body, keep=())


@handlers("getRateLimit")
def get_rate_limit(state: SevenBridgesState, call: Call) -> MockResponse:
    window = state.limiter.peek(_token(state, call.request))
    body = {
        "rate": {"limit": window.limit, "remaining": window.remaining, "reset": window.reset},
        "instance_limit": {"limit": -1, "remaining": 9223372036854775807},
    }
    return one(call, body, keep=("rate",))


@handlers("getCurrentUser")
def get_current_user(state: SevenBridgesState, call: Call) -> MockResponse:
    return one(call, state.users[state.user].to_json(api_url(state, call)), keep=("href", "username"))


@handlers("getUser")
def get_user(state: SevenBridgesState, call: Call) -> MockResponse:
    username = call.path["username"]
    if username not in state.users:
        raise not_found("user", 2002)
    if username != state.user:
        raise MockHTTPError(403, "Not enough privileges to access requested user info.", code=2001)
    return one(call, state.users[username].to_json(api_url(state, call)), keep=("href", "username"))


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
    return selected(call, project_json(api_url(state, call), project, state.user), PROJECT_LIST)


@handlers.before("getProject")
def readable_project(state: SevenBridgesState, call: Call) -> None:
    state.project(_project_id(call))


def _project_response(state: SevenBridgesState, call: Call, project: Mapping[str, Any]) -> MockResponse:
    return one(call, project_json(api_url(state, call), project, state.user))


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
    return no_content()


@handlers("listProjectMembers")
def list_project_members(state: SevenBridgesState, call: Call) -> MockResponse:
    project = state.project(_project_id(call))
    api = api_url(state, call)
    return page(
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
    return one(call, _member_json(api_url(state, call), project, user.username, state), ("href", "username"))


def _member(state: SevenBridgesState, call: Call, need: str = "read") -> tuple[Record, str]:
    project = state.project(_project_id(call), need)
    username = call.path["username"]
    if username not in project["members"]:
        raise MockHTTPError(404, "Requested member does not exist.", code=3002)
    return project, username


@handlers("getProjectMember")
def get_project_member(state: SevenBridgesState, call: Call) -> MockResponse:
    project, username = _member(state, call)
    return one(call, _member_json(api_url(state, call), project, username, state), ("href", "username"))


@handlers("removeProjectMember")
def remove_project_member(state: SevenBridgesState, call: Call) -> MockResponse:
    project, username = _member(state, call, "admin")
    if username == project["created_by"]:
        raise MockHTTPError(403, "The project owner cannot be removed from the project.", code=3001)
    del project["members"][username]
    return no_content()


def _set_permissions(state: SevenBridgesState, call: Call, base: dict[str, bool] | None) -> MockResponse:
    project, username = _member(state, call, "admin")
    if username == project["created_by"]:
        raise MockHTTPError(403, "The project owner's permissions cannot be changed.", code=3001)
    members = project["members"]
    members[username] = full_permissions(call.body, base if base is not None else members[username])
    return one(call, members[username], keep=())


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
    return selected(call, file_json(api_url(state, call), node), listed)


@handlers.before("getFile")
def readable_file(state: SevenBridgesState, call: Call) -> None:
    state.node(call.path["file_id"])


@handlers.before("listFolder")
def readable_folder(state: SevenBridgesState, call: Call) -> None:
    if state.node(call.path["file_id"])["type"] != "folder":
        raise MockHTTPError(409, "The file is not a folder.", code=5022)


def _file_response(state: SevenBridgesState, call: Call, node: Mapping[str, Any]) -> MockResponse:
    return one(call, file_json(api_url(state, call), node))


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
    return no_content()


def _metadata_target(state: SevenBridgesState, call: Call) -> Record:
    node = _writable(state, call)
    if node["type"] == "folder":
        raise MockHTTPError(409, "Folders have no metadata.", code=5025)
    return node


@handlers("getFileMetadata")
def get_file_metadata(state: SevenBridgesState, call: Call) -> MockResponse:
    return one(call, state.node(call.path["file_id"])["metadata"], keep=())


@handlers("replaceFileMetadata")
def replace_file_metadata(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _metadata_target(state, call)
    node["metadata"] = {k: v for k, v in call.body.items() if v is not None}
    node["modified_on"] = now_iso()
    return one(call, node["metadata"], keep=())


@handlers("updateFileMetadata")
def update_file_metadata(state: SevenBridgesState, call: Call) -> MockResponse:
    node = _metadata_target(state, call)
    for key, value in call.body.items():
        if value is None:
            node["metadata"].pop(key, None)
        else:
            node["metadata"][key] = value
    node["modified_on"] = now_iso()
    return one(call, node["metadata"], keep=())


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
        stored = state.ctx.objects.put(key, state.content(node), "application/octet-stream", node["name"])
    state.egress.append((node["project"], state.user, len(stored.content), now_iso()))  # the billing's egress
    return one(call, {"url": state.ctx.objects.url(call.origin, key)}, keep=("url",))


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
    api = api_url(state, call)
    listed = call.operation.pagination is not None
    return selected(call, listed_app_json(api, app) if listed else app_json(api, app, None), APP_LIST)


@handlers.before("getApp")
def readable_app(state: SevenBridgesState, call: Call) -> None:
    state.app(f"{call.path['owner']}/{call.path['project']}/{call.path['app_name']}")


@handlers("getAppRevision")
def get_app_revision(state: SevenBridgesState, call: Call) -> MockResponse:
    path = call.path
    app, revision = state.app(f"{path['owner']}/{path['project']}/{path['app_name']}/{path['revision']}")
    return one(call, app_json(api_url(state, call), app, revision))


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
    return one(call, _upload_json(state, upload, False), keep=("upload_id",))


@handlers("getUpload")
def get_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    upload = state.upload(call.path["upload_id"])
    return one(call, _upload_json(state, upload, bool(call.query.get("list_parts"))), keep=("upload_id",))


@handlers("abortUpload")
def abort_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    state.drop_upload(state.upload(call.path["upload_id"]))
    return no_content()


@handlers("getUploadPartUrl")
def get_upload_part_url(state: SevenBridgesState, call: Call) -> MockResponse:
    upload = state.upload(call.path["upload_id"])
    number = state.part_number(upload, int(call.path["part_number"]))
    objects = state.ctx.objects
    expires = datetime.now(UTC) + timedelta(seconds=objects.expiry)
    body = {
        "method": "PUT",
        "url": objects.upload_url(call.origin, part_key(upload.id, number)),
        "expires": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "headers": {},
        "report": {"success_codes": [200], "headers": ["ETag"]},
    }
    return one(call, body, keep=("url",))


@handlers("reportUploadPart")
def report_upload_part(state: SevenBridgesState, call: Call) -> MockResponse:
    upload = state.upload(call.path["upload_id"])
    body: dict[str, Any] = call.body
    upload.reported[state.part_number(upload, int(body["part_number"]))] = str(body["response"]["headers"]["ETag"])
    return json_response(body)


@handlers("completeUpload")
def complete_upload(state: SevenBridgesState, call: Call) -> MockResponse:
    return _file_response(state, call, state.finish_upload(state.upload(call.path["upload_id"])))
