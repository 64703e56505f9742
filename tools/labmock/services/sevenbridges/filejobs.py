"""Files in bulk: moving a file, the synchronous bulk calls (``/bulk/files/...``: get, update, edit, delete, one
record per id) and the asynchronous copy, move and delete jobs (``/async/files/...``), whose items are applied
when the job finishes, each with its own outcome."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...core import Call, MockHTTPError, MockResponse, Record
from . import lifecycle
from .models import SevenBridgesState, now_iso
from .render import file_json
from .views import api_url, bulk, bulk_records, handlers, one, selected

JOB_TYPES = {"copy": "COPY", "move": "MOVE", "delete": "DELETE"}
JOB_LIST = ("href", "id", "type", "state")


# -- one file at a time, as the bulk and async calls do it --------------------------------------------------------


def _writable(state: SevenBridgesState, file_id: str, need: str = "write") -> Record:
    node = state.node(file_id, need)
    if not node["parent"]:
        raise MockHTTPError(409, "A project's root folder cannot be changed.", code=5023)
    return node


def copy_node(state: SevenBridgesState, source: Mapping[str, Any], folder: Mapping[str, Any], name: str) -> Record:
    """``source`` (a file, or a folder with everything in it) copied into ``folder`` as ``name``."""
    if source["type"] == "folder":
        copy = state.add_node(folder, name, "folder")
        for child in state.listing(source):
            copy_node(state, child, copy, child["name"])
        return copy
    copy = state.add_node(folder, name, "file", size=source["size"], metadata=source["metadata"], tags=source["tags"])
    if source.get("volume_object"):
        copy["volume_object"] = dict(source["volume_object"])
    else:
        state.ctx.objects.put(f"files/{copy['id']}", state.content(source), "application/octet-stream", copy["name"])
    return copy


def move_node(state: SevenBridgesState, file_id: str, parent: str, name: str | None, *, folders: bool) -> Record:
    """Move a file (or, for the async job, a folder) into ``parent``, in its own project."""
    node = _writable(state, file_id)
    if node["type"] == "folder" and not folders:
        raise MockHTTPError(409, "Moving folders is not supported.", code=5018)
    folder = state.folder_for(project=None, parent=parent, need="write")
    if folder["project"] != node["project"]:
        raise MockHTTPError(409, "Moving files between projects is not supported.", code=5015)
    ancestor: Mapping[str, Any] | None = folder
    while ancestor is not None:
        if ancestor["id"] == node["id"]:
            raise MockHTTPError(409, "Unable to move folder to itself or to a subfolder", code=57012)
        ancestor = state.files.get(ancestor["parent"])
    if folder["id"] == node["parent"] and (name is None or name == node["name"]):
        return node
    moved = Record({**node, "parent": folder["id"], "modified_on": now_iso()})
    moved["name"] = state.free_name(folder, name or node["name"])
    return state.ctx.store["file"].replace(node["id"], moved)


def change_file(state: SevenBridgesState, change: Mapping[str, Any], *, merge: bool) -> Record:
    """One item of ``bulk/files/update`` (``merge=False``: replace) or ``bulk/files/edit`` (merge)."""
    node = _writable(state, change["id"])
    if node["type"] == "folder":
        raise MockHTTPError(409, "Updating folder details is not supported.", code=5023)
    name = change.get("name")
    if name is not None and name != node["name"]:
        if state.child_named(state.files[node["parent"]], name) is not None:
            raise MockHTTPError(409, "Requested file already exists.", code=5003)
        node["name"] = name
    tags, metadata = change.get("tags"), change.get("metadata")
    if tags is not None or not merge:
        node["tags"] = list(tags or [])
    if merge:
        for key, value in (metadata or {}).items():
            if value is None:
                node["metadata"].pop(key, None)
            else:
                node["metadata"][key] = value
    else:
        node["metadata"] = {k: v for k, v in (metadata or {}).items() if v is not None}
    node["modified_on"] = now_iso()
    return node


def delete_node(state: SevenBridgesState, file_id: str, *, recursive: bool) -> Record:
    node = _writable(state, file_id)
    if node["type"] == "folder" and state.listing(node) and not recursive:
        raise MockHTTPError(409, "Deleting non-empty folders is not supported.", code=5021)
    state.forget(node)
    return node


# -- the endpoints -------------------------------------------------------------------------------------------------


@handlers("moveFile")
def move_file(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    node = move_node(state, call.path["file_id"], body["parent"], body.get("name"), folders=False)
    return one(call, file_json(api_url(state, call), node))


@handlers("bulkGetFiles")
def bulk_get_files(state: SevenBridgesState, call: Call) -> MockResponse:
    api = api_url(state, call)
    return bulk(call.body["file_ids"], lambda file_id: file_json(api, state.node(file_id)))


@handlers("bulkDeleteFiles")
def bulk_delete_files(state: SevenBridgesState, call: Call) -> MockResponse:
    api = api_url(state, call)

    def delete(file_id: str) -> dict[str, Any]:
        node = delete_node(state, file_id, recursive=False)
        return {"href": f"{api}/files/{node['id']}", "id": node["id"]}

    return bulk(call.body["file_ids"], delete)


@handlers("bulkUpdateFiles")
def bulk_update_files(state: SevenBridgesState, call: Call) -> MockResponse:
    api = api_url(state, call)
    return bulk(call.body["items"], lambda change: file_json(api, change_file(state, change, merge=False)))


@handlers("bulkEditFiles")
def bulk_edit_files(state: SevenBridgesState, call: Call) -> MockResponse:
    api = api_url(state, call)
    return bulk(call.body["items"], lambda change: file_json(api, change_file(state, change, merge=True)))


# -- asynchronous jobs ------------------------------------------------------------------------------------------


def _job_json(state: SevenBridgesState, call: Call, record: Record, *, poll: bool) -> dict[str, Any]:
    seen = lifecycle.view(state, "file-job", record, poll=poll)
    kind = record["type"].lower()
    out: dict[str, Any] = {
        "href": f"{api_url(state, call)}/async/files/{kind}/{record['id']}",
        "id": str(record["id"]),
        "type": record["type"],
        "state": seen.status,
        "result": None,
        "total_files": len(record["items"]),
        "completed_files": 0,
        "failed_files": 0,
        "started_on": record["started_on"],
        "finished_on": None,
    }
    if seen.done:
        result = [dict(item) for item in record.get("result", [])]
        for item in result:
            resource = item.get("resource")
            if isinstance(resource, dict) and "id" in resource:
                item["resource"] = {"href": f"{api_url(state, call)}/files/{resource['id']}", **resource}
        failed = sum(1 for item in result if "error" in item)
        out |= {"result": result, "completed_files": len(result) - failed, "failed_files": failed}
        out["finished_on"] = record.get("finished_on")
    return out


def _start(state: SevenBridgesState, call: Call, kind: str) -> MockResponse:
    record = state.ctx.store["file-job"].create(
        {"type": JOB_TYPES[kind], "items": list(call.body["items"]), "started_on": now_iso(), "created_by": state.user}
    )
    lifecycle.start(state, "file-job", record)
    return one(call, _job_json(state, call, record, poll=False))


@handlers("startCopyJob")
def start_copy_job(state: SevenBridgesState, call: Call) -> MockResponse:
    return _start(state, call, "copy")


@handlers("startMoveJob")
def start_move_job(state: SevenBridgesState, call: Call) -> MockResponse:
    return _start(state, call, "move")


@handlers("startDeleteJob")
def start_delete_job(state: SevenBridgesState, call: Call) -> MockResponse:
    return _start(state, call, "delete")


def _apply_item(state: SevenBridgesState, kind: str, item: Mapping[str, Any]) -> dict[str, Any]:
    if kind == "COPY":
        source = state.node(item["file"], "copy")
        if not source["parent"]:
            raise MockHTTPError(400, "Cannot copy project root", code=57020)
        folder = state.folder_for(project=item.get("project"), parent=item.get("parent"), need="write")
        ancestor: Mapping[str, Any] | None = folder
        while ancestor is not None:
            if ancestor["id"] == source["id"]:
                raise MockHTTPError(400, "Unable to copy folder to itself or to a subfolder", code=57010)
            ancestor = state.files.get(ancestor["parent"])
        node = copy_node(state, source, folder, state.free_name(folder, item.get("name") or source["name"]))
    elif kind == "MOVE":
        node = move_node(state, item["file"], item["parent"], item.get("name"), folders=True)
    else:
        node = delete_node(state, item["file"], recursive=True)
        return {"id": node["id"]}
    return {k: v for k, v in file_json("", node).items() if k != "href"}


@lifecycle.outcome("file-job", "getFileJob")
def apply_async_job(state: SevenBridgesState, job: Record) -> Mapping[str, Any] | None:
    """Every item in order, each with its own outcome (the job itself never fails)."""
    job["result"] = bulk_records(job["items"], lambda item: _apply_item(state, job["type"], item))
    return None


@handlers("getFileJob")
def get_file_job(state: SevenBridgesState, call: Call) -> MockResponse:
    record = state.file_jobs.get(int(call.path["job_id"]))
    if record is None or record["created_by"] != state.user or record["type"] != JOB_TYPES[call.path["job_type"]]:
        raise MockHTTPError(404, "Unable to find job", code=57039)
    return one(call, _job_json(state, call, record, poll=True))


@handlers.select("file-job")
def my_async_jobs(state: SevenBridgesState, call: Call, records: list[Record]) -> list[Record]:
    return [r for r in records if r["created_by"] == state.user]


@handlers.render("file-job")
def render_async_job(state: SevenBridgesState, call: Call, record: Record) -> dict[str, Any]:
    return selected(call, _job_json(state, call, record, poll=False), JOB_LIST)
