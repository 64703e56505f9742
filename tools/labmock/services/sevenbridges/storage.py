"""Volumes (cloud buckets registered on the Platform), their listings, and the import and export jobs between them
and projects.

A volume record keeps its objects (``objects``: location under the volume's prefix → ``{size, content_type,
modified_on}``); the bytes of an exported object are in the object store (``volumes/<id>/<location>``), those of the
demo objects are generated from the seed. An imported file is an alias of its object (``volume_object``). The
credentials' secret parts are refused nowhere and kept nowhere: a mock cannot reach the cloud with them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from ...core import Call, Collection, MockHTTPError, MockResponse, Record, json_response, page_body
from . import lifecycle
from .models import SevenBridgesState, not_found, now_iso, volume_key
from .render import file_json
from .views import api_url, bulk, error_body, handlers, no_content, one, selected

VOLUME_LIST = ("href", "id", "name")
JOB_LIST = ("href", "id", "state")
PUBLIC_CREDENTIALS = ("access_key_id", "role_arn", "client_email", "tenant_id", "client_id")
SERVICE_FIELDS = ("bucket", "container", "storage_account", "prefix", "endpoint", "root_url")
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@handlers.id_hook("transfer-id")
def transfer_id(jobs: Collection, fields: Mapping[str, Any]) -> str:
    """An import's or export's id: 32 letters and digits, the same on every start for the same order of jobs."""
    while True:
        jobs.counter += 1
        number = int.from_bytes(hashlib.sha256(f"{jobs.decl.name}:{jobs.counter}".encode()).digest()[:24], "big")
        candidate = "".join(_ALNUM[(number >> (6 * i)) % 62] for i in range(32))
        if candidate not in jobs:
            return candidate


# -- volumes ------------------------------------------------------------------------------------------------------


def volume_of(state: SevenBridgesState, volume_id: str, *, active: bool = False) -> Record:
    """One of the user's volumes (404, 9007); ``active``: a deactivated one gets 409 (9069)."""
    volume = state.volumes.get(volume_id)
    if volume is None or volume["created_by"] != state.user:
        raise not_found("volume", 9007)
    if active and not volume["active"]:
        raise MockHTTPError(409, "Volume inactive", code=9069)
    return volume


def _volume_id(call: Call) -> str:
    return f"{call.path['volume_owner']}/{call.path['volume_name']}"


def volume_json(api: str, volume: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "href": f"{api}/storage/volumes/{volume['id']}",
        "id": volume["id"],
        "name": volume["name"],
        "description": volume["description"],
        "access_mode": volume["access_mode"],
        "service": dict(volume["service"]),
        "created_on": volume["created_on"],
        "modified_on": volume["modified_on"],
        "active": volume["active"],
    }


def _public_credentials(given: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in given.items() if k in PUBLIC_CREDENTIALS}


@handlers.select("volume")
def my_volumes(state: SevenBridgesState, call: Call, volumes: list[Record]) -> list[Record]:
    return [v for v in volumes if v["created_by"] == state.user]


@handlers.render("volume")
def render_volume(state: SevenBridgesState, call: Call, volume: Record) -> dict[str, Any]:
    return selected(call, volume_json(api_url(state, call), volume), VOLUME_LIST)


@handlers.before("getVolume")
def my_volume(state: SevenBridgesState, call: Call) -> None:
    volume_of(state, _volume_id(call))


@handlers("createVolume")
def create_volume(state: SevenBridgesState, call: Call) -> MockResponse:
    body: dict[str, Any] = call.body
    volume_id = f"{state.user}/{body['name']}"
    if volume_id in state.volumes:
        raise MockHTTPError(409, "Requested volume name already exists.", code=9010)
    given = body["service"]
    service = {"type": str(given["type"]).upper(), **{k: given[k] for k in SERVICE_FIELDS if k in given}}
    service.setdefault("prefix", "")
    service["credentials"] = _public_credentials(given["credentials"])
    service["properties"] = dict(given.get("properties") or {})
    created = now_iso()
    volume = state.ctx.store["volume"].add(
        {
            "id": volume_id,
            "name": body["name"],
            "description": body.get("description") or "",
            "access_mode": body.get("access_mode") or "RW",
            "service": service,
            "created_on": created,
            "modified_on": created,
            "active": True,
            "created_by": state.user,
            "objects": {},
        }
    )
    return one(call, volume_json(api_url(state, call), volume))


def _running_jobs(state: SevenBridgesState, volume_id: str) -> list[tuple[str, Record]]:
    running: list[tuple[str, Record]] = []
    for kind, key in state.unsettled:
        record = state.ctx.store[kind].get(key) if kind in ("import", "export") else None
        if record is not None and _job_volume(kind, record) == volume_id:
            running.append((kind, record))
    return running


def _job_volume(kind: str, record: Mapping[str, Any]) -> str:
    return str(record["source"]["volume"] if kind == "import" else record["destination"]["volume"])


@handlers("updateVolume")
def update_volume(state: SevenBridgesState, call: Call) -> MockResponse:
    volume = volume_of(state, _volume_id(call))
    body: dict[str, Any] = call.body
    if body.get("active") is False and volume["active"]:
        running = _running_jobs(state, volume["id"])
        if running and not call.query.get("force"):
            raise MockHTTPError(409, "The volume has imports or exports running; deactivate it with force=true.")
        for kind, record in running:  # force: they end FAILED
            state.unsettled.pop((kind, record["id"]), None)
            record["error"] = error_body(MockHTTPError(409, "Volume inactive", code=9069))
            record["finished_on"] = now_iso()
            job = state.jobs[(kind, record["id"])]
            job.fail, job.failure_state, job.final = "Volume inactive", job.long_running.failure[0], True
    for key in ("description", "access_mode", "active"):
        if key in body:
            volume[key] = body[key]
    given = body.get("service") or {}
    service = volume["service"]
    if "prefix" in given:
        service["prefix"] = given["prefix"]
    if "credentials" in given:
        service["credentials"] = _public_credentials(given["credentials"])
    if "properties" in given:
        service["properties"] = {**service["properties"], **given["properties"]}
    volume["modified_on"] = now_iso()
    return one(call, volume_json(api_url(state, call), volume))


@handlers("deleteVolume")
def delete_volume(state: SevenBridgesState, call: Call) -> MockResponse:
    volume = volume_of(state, _volume_id(call))
    if volume["active"]:
        raise MockHTTPError(409, "Deactivate the volume before deleting it.")
    if any((n.get("volume_object") or {}).get("volume") == volume["id"] for n in state.files.values()):
        raise MockHTTPError(409, "Files imported from this volume are still on the Platform; delete them first.")
    for location in volume["objects"]:
        state.ctx.objects.delete(volume_key(volume["id"], location))
    state.ctx.store["volume"].remove(volume["id"])
    return no_content()


def _object_json(api: str, volume: Mapping[str, Any], location: str) -> dict[str, Any]:
    found = volume["objects"][location]
    service = volume["service"]
    prefix = service.get("prefix") or ""
    return {
        "href": f"{api}/storage/volumes/{volume['id']}/object?location={quote(location, safe='')}",
        "location": location,
        "volume": volume["id"],
        "type": str(service["type"]).lower(),
        "metadata": {
            "name": f"{prefix.rstrip('/')}/{location}" if prefix else location,
            "bucket": service.get("bucket") or service.get("container") or "",
            "size": found["size"],
            "contentType": found["content_type"],
            "etag": hashlib.md5(f"{volume['id']}/{location}".encode(), usedforsecurity=False).hexdigest(),
            "lastModified": found["modified_on"],
        },
    }


@handlers("listVolumeObjects")
def list_volume_objects(state: SevenBridgesState, call: Call) -> MockResponse:
    """S3's listing with the ``/`` delimiter: the objects directly under ``prefix``, and the next-level prefixes."""
    volume = volume_of(state, _volume_id(call), active=True)
    prefix = str(call.query.get("prefix") or "")
    items: list[str] = []
    folders: dict[str, None] = {}
    for location in sorted(volume["objects"]):
        if not location.startswith(prefix):
            continue
        rest = location[len(prefix) :]
        if "/" in rest:
            folders[prefix + rest.split("/", 1)[0] + "/"] = None
        else:
            items.append(location)
    api = api_url(state, call)
    body, headers = page_body(call, items, lambda location: _object_json(api, volume, location))
    request = call.request
    token = body.get("continuation_token")
    params = {k: v for k, v in request.query_params.items() if k != "continuation_token"}
    first = "continuation_token" not in request.query_params
    out: dict[str, Any] = {"href": f"{request.origin}{request.path}" + (f"?{request.query}" if request.query else "")}
    out |= {"prefix": prefix, "limit": call.query.get("limit", len(body["items"])), **body}
    out["prefixes"] = [
        {
            "href": f"{api}/storage/volumes/{volume['id']}/list?{urlencode({'prefix': folder})}",
            "prefix": folder,
            "volume": volume["id"],
        }
        for folder in (folders if first else ())
    ]
    next_url = f"{request.origin}{request.path}?{urlencode({**params, 'continuation_token': [token]}, doseq=True)}"
    out["links"] = [{"next": next_url}] if token else []
    return json_response(out, headers=headers)


@handlers("getVolumeObject")
def get_volume_object(state: SevenBridgesState, call: Call) -> MockResponse:
    volume = volume_of(state, _volume_id(call), active=True)
    location = str(call.query["location"])
    if location not in volume["objects"]:
        raise MockHTTPError(404, "Item not found on the volume.", code=9105)
    return one(call, _object_json(api_url(state, call), volume, location), keep=("href", "location"))


# -- import and export jobs: rendering ----------------------------------------------------------------------------


def _job_json(state: SevenBridgesState, call: Call, kind: str, record: Record) -> dict[str, Any]:
    seen = lifecycle.view(state, kind, record, poll=call.operation.long_running is not None)
    api = api_url(state, call)
    out: dict[str, Any] = {"href": f"{api}/storage/{kind}s/{record['id']}", "id": record["id"], "state": seen.status}
    for key in ("overwrite", "autorename", "preserve_folder_structure", "source", "destination", "properties"):
        if key in record:
            out[key] = record[key]
    result = state.files.get(record.get("result_file") or "")
    if seen.succeeded and result is not None:
        out["result"] = file_json(api, result)
    if seen.failed and record.get("error"):
        out["error"] = record["error"]
    out["started_on"] = record["started_on"]
    if seen.done and record.get("finished_on"):
        out["finished_on"] = record["finished_on"]
    return out


def _state_filtered(state: SevenBridgesState, call: Call, kind: str, records: list[Record]) -> list[Record]:
    mine = [r for r in records if r["created_by"] == state.user]
    wanted = call.query.get("state")
    return mine if wanted is None else [r for r in mine if lifecycle.view(state, kind, r).status == wanted]


def _my_job(state: SevenBridgesState, kind: str, job_id: str) -> Record:
    record = state.ctx.store[kind].get(job_id)
    if record is None or record["created_by"] != state.user:
        raise MockHTTPError(404, "Requested job does not exist.", code=9008)
    return record


def _serve_jobs(kind: str, read: str) -> None:
    """The store-served list and read of one kind of job: the user's jobs only, their state filter, their JSON."""

    def mine(state: SevenBridgesState, call: Call, records: list[Record]) -> list[Record]:
        return _state_filtered(state, call, kind, records)

    def render(state: SevenBridgesState, call: Call, record: Record) -> dict[str, Any]:
        return selected(call, _job_json(state, call, kind, record), JOB_LIST)

    def readable(state: SevenBridgesState, call: Call) -> None:
        _my_job(state, kind, call.path[f"{kind}_id"])

    handlers.select(kind)(mine)
    handlers.render(kind)(render)
    handlers.before(read)(readable)


_serve_jobs("import", "getImport")
_serve_jobs("export", "getExport")


# -- imports ------------------------------------------------------------------------------------------------------


def submit_import(state: SevenBridgesState, body: Mapping[str, Any]) -> Record:
    """A new import job, once its volume and destination are known to be there (the rest is checked when it runs)."""
    source, destination = body["source"], body["destination"]
    volume_of(state, source["volume"], active=True)
    folder = state.folder_for(project=destination.get("project"), parent=destination.get("parent"), need="write")
    record = state.ctx.store["import"].create(
        {
            "overwrite": bool(body.get("overwrite")),
            "autorename": bool(body.get("autorename")),
            **_given(body, "preserve_folder_structure"),
            "source": {"volume": source["volume"], "location": source["location"]},
            "destination": {
                "project": folder["project"],
                "parent": folder["id"],
                "name": destination.get("name") or source["location"].rstrip("/").rsplit("/", 1)[-1],
            },
            "properties": dict(body.get("properties") or {}),
            "started_on": now_iso(),
            "created_by": state.user,
        }
    )
    lifecycle.start(state, "import", record)
    return record


def _given(body: Mapping[str, Any], key: str) -> dict[str, Any]:
    return {key: body[key]} if key in body else {}


def _taken(state: SevenBridgesState, folder: Mapping[str, Any], name: str, job: Mapping[str, Any]) -> str:
    """The name an import lands under: ``name``, or (``autorename``) a free ``_1_name``; ``overwrite`` removes what
    is there; otherwise a taken name is the import's error (409, 9108)."""
    existing = state.child_named(folder, name)
    if existing is None:
        return name
    if job.get("autorename"):
        return state.free_name(folder, name)
    if job.get("overwrite"):
        state.forget(existing)
        return name
    raise MockHTTPError(409, "Requested file already exists.", code=9108)


@lifecycle.outcome("import", "getImport")
def apply_import(state: SevenBridgesState, job: Record) -> Mapping[str, Any] | None:
    source, destination = job["source"], job["destination"]
    try:
        volume = volume_of(state, source["volume"], active=True)
        folder = state.files.get(destination["parent"])
        if folder is None:
            raise MockHTTPError(404, "Requested folder does not exist.", code=10222)
        location = str(source["location"])
        objects = volume["objects"]
        if location.endswith("/"):
            under = [key for key in sorted(objects) if key.startswith(location)]
            if not under:
                raise MockHTTPError(404, "Item not found on the volume.", code=9105)
            root = state.add_node(folder, _taken(state, folder, destination["name"], job), "folder")
            flat = job.get("preserve_folder_structure") is False
            for key in under:
                parts = key[len(location) :].split("/")
                target = root
                for part in [] if flat else parts[:-1]:
                    target = state.child_named(target, part) or state.add_node(target, part, "folder")
                name = state.free_name(target, parts[-1])
                _alias(state, target, name, volume, key)
            job["result_file"] = root["id"]
        else:
            if location not in objects:
                raise MockHTTPError(404, "Item not found on the volume.", code=9105)
            job["result_file"] = _alias(
                state, folder, _taken(state, folder, destination["name"], job), volume, location
            )["id"]
    except MockHTTPError as error:
        return error_body(error)
    return None


def _alias(
    state: SevenBridgesState, folder: Mapping[str, Any], name: str, volume: Mapping[str, Any], key: str
) -> Record:
    node = state.add_node(folder, name, "file", size=volume["objects"][key]["size"])
    node["volume_object"] = {"volume": volume["id"], "location": key}
    return node


@handlers("startImport")
def start_import(state: SevenBridgesState, call: Call) -> MockResponse:
    return one(call, _job_json(state, call, "import", submit_import(state, call.body)))


@handlers("bulkStartImports")
def bulk_start_imports(state: SevenBridgesState, call: Call) -> MockResponse:
    return bulk(call.body["items"], lambda body: _job_json(state, call, "import", submit_import(state, body)))


@handlers("bulkGetImports")
def bulk_get_imports(state: SevenBridgesState, call: Call) -> MockResponse:
    return bulk(
        call.body["import_ids"], lambda job_id: _job_json(state, call, "import", _my_job(state, "import", job_id))
    )


# -- exports ------------------------------------------------------------------------------------------------------


def submit_export(state: SevenBridgesState, body: Mapping[str, Any], copy_only: bool) -> Record:
    """A new export job, once the file can be exported and the volume written to."""
    node = state.node(body["source"]["file"], "copy" if copy_only else "write")
    if node["type"] == "folder" or node.get("volume_object"):
        raise MockHTTPError(403, "Requested file cannot be exported.", code=9006)
    destination = body["destination"]
    volume = volume_of(state, destination["volume"], active=True)
    if volume["access_mode"] != "RW":
        raise MockHTTPError(
            403, "The volume is not configured for writing (`access mode` is not set to `RW`).", code=9101
        )
    record = state.ctx.store["export"].create(
        {
            "source": {"file": node["id"]},
            "destination": {"volume": volume["id"], "location": destination["location"]},
            "overwrite": bool(body.get("overwrite")),
            "properties": {**volume["service"].get("properties", {}), **(body.get("properties") or {})},
            "copy_only": copy_only,
            "started_on": now_iso(),
            "created_by": state.user,
        }
    )
    lifecycle.start(state, "export", record)
    return record


@lifecycle.outcome("export", "getExport")
def apply_export(state: SevenBridgesState, job: Record) -> Mapping[str, Any] | None:
    try:
        node = state.files.get(job["source"]["file"])
        if node is None:
            raise MockHTTPError(404, "Requested file does not exist.", code=9009)
        volume = volume_of(state, job["destination"]["volume"], active=True)
        location = str(job["destination"]["location"])
        if location in volume["objects"] and not job["overwrite"]:
            raise MockHTTPError(409, "Location on volume already contains a file.", code=9107)
        content = state.content(node)
        state.ctx.objects.put(volume_key(volume["id"], location), content, "application/octet-stream", node["name"])
        volume["objects"][location] = {
            "size": len(content),
            "content_type": "application/octet-stream",
            "modified_on": now_iso(),
        }
        if not job["copy_only"]:
            node["volume_object"] = {"volume": volume["id"], "location": location}
        job["result_file"] = node["id"]
    except MockHTTPError as error:
        return error_body(error)
    return None


@handlers("startExport")
def start_export(state: SevenBridgesState, call: Call) -> MockResponse:
    record = submit_export(state, call.body, bool(call.query.get("copy_only")))
    return one(call, _job_json(state, call, "export", record))


@handlers("bulkStartExports")
def bulk_start_exports(state: SevenBridgesState, call: Call) -> MockResponse:
    copy_only = bool(call.query.get("copy_only"))
    return bulk(
        call.body["items"], lambda body: _job_json(state, call, "export", submit_export(state, body, copy_only))
    )


@handlers("bulkGetExports")
def bulk_get_exports(state: SevenBridgesState, call: Call) -> MockResponse:
    return bulk(
        call.body["export_ids"], lambda job_id: _job_json(state, call, "export", _my_job(state, "export", job_id))
    )
