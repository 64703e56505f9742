"""Apps from their CWL: installing one (revision 0), adding revisions, reading the CWL back, copying an app into
another project (the four strategies) and syncing a linked copy with its original.

An installed app's record keeps each revision's CWL in ``sources`` (``{cwl, notes, by}``; ``None`` for the demo
apps' revisions, whose CWL ``render.app_cwl`` makes), and a copy its original in ``copy_of``
(``{app, revision, linked}``).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ...core import Call, MockHTTPError, MockResponse, Record, json_response
from .models import SevenBridgesState, now_iso, short_name
from .render import app_cwl, app_json, app_raw
from .views import api_url, handlers, one

LINKED = ("clone", "transient")
ALL_REVISIONS = ("clone", "clone_direct")


def _type_text(kind: Any) -> str:
    """A CWL input type as text: ``File``, ``File[]``, ``File?``, ``string``..."""
    if isinstance(kind, str):
        return kind
    if isinstance(kind, list):
        rest = [k for k in kind if k != "null"]
        return (_type_text(rest[0]) if rest else "null") + ("?" if "null" in kind else "")
    if isinstance(kind, Mapping):
        if kind.get("type") == "array":
            return _type_text(kind.get("items")) + "[]"
        return str(kind.get("type") or kind.get("name") or "record")
    return "Any"


def cwl_inputs(cwl: Mapping[str, Any]) -> list[list[str]]:
    """The ``[id, type]`` pairs of a CWL process's inputs (a list of inputs, or a map of them)."""
    inputs = cwl.get("inputs") or []
    pairs: list[list[str]] = []
    if isinstance(inputs, Mapping):
        for ident, spec in inputs.items():
            kind = spec.get("type") if isinstance(spec, Mapping) else spec
            pairs.append([str(ident), _type_text(kind)])
    elif isinstance(inputs, list):
        for spec in inputs:
            if isinstance(spec, Mapping) and isinstance(spec.get("id"), str):
                pairs.append([spec["id"].lstrip("#").rsplit("/", 1)[-1], _type_text(spec.get("type"))])
    return pairs


def _source(state: SevenBridgesState, cwl: Mapping[str, Any]) -> dict[str, Any]:
    notes = cwl.get("sbg:revisionNotes")
    return {"cwl": copy.deepcopy(dict(cwl)), "notes": notes if isinstance(notes, str) else None, "by": state.user}


def _describe(app: Record, cwl: Mapping[str, Any]) -> None:
    """What the app's record says of its latest CWL: its class, label, description and inputs."""
    app["class"] = cwl["class"]
    label = cwl.get("label")
    if isinstance(label, str) and label:
        app["name"] = label
    text = cwl.get("doc", cwl.get("description"))
    app["description"] = text if isinstance(text, str) else ""
    app["inputs"] = cwl_inputs(cwl)


def _app_id(call: Call) -> str:
    return f"{call.path['owner']}/{call.path['project']}/{call.path['app_name']}"


def _installed(state: SevenBridgesState, app: Record, revision: int) -> MockResponse:
    return json_response(app_raw(app, revision))


@handlers("installApp")
def install_app(state: SevenBridgesState, call: Call) -> MockResponse:
    app_id = _app_id(call)
    project = state.project(f"{call.path['owner']}/{call.path['project']}", "write")
    if app_id in state.apps:
        raise MockHTTPError(409, "Requested app/revision already exists.", code=6003)
    cwl: dict[str, Any] = call.body
    app = state.ctx.store["app"].add(
        {
            "id": app_id,
            "project": project["id"],
            "name": call.path["app_name"],
            "revisions": [now_iso()],
            "created_by": state.user,
            "sources": [_source(state, cwl)],
        }
    )
    _describe(app, cwl)
    return _installed(state, app, 0)


@handlers("createAppRevision")
def create_app_revision(state: SevenBridgesState, call: Call) -> MockResponse:
    app, latest = state.app(_app_id(call))
    state.project(app["project"], "write")
    revision = int(call.path["revision"])
    if revision <= latest:
        raise MockHTTPError(409, "Requested app/revision already exists.", code=6003)
    if revision != latest + 1:
        raise MockHTTPError(409, f"The next revision of this app is {latest + 1}, not {revision}.", code=6003)
    cwl: dict[str, Any] = call.body
    _add_revision(state, app, cwl)
    return _installed(state, app, revision)


def _add_revision(state: SevenBridgesState, app: Record, cwl: Mapping[str, Any]) -> None:
    sources = list(app.get("sources") or [None] * len(app["revisions"]))
    sources.append(_source(state, cwl))
    app["sources"] = sources
    app["revisions"] = [*app["revisions"], now_iso()]
    _describe(app, cwl)


@handlers("getAppRaw")
def get_app_raw(state: SevenBridgesState, call: Call) -> MockResponse:
    app, revision = state.app(_app_id(call))
    return json_response(app_raw(app, revision))


@handlers("getAppRevisionRaw")
def get_app_revision_raw(state: SevenBridgesState, call: Call) -> MockResponse:
    app, revision = state.app(f"{_app_id(call)}/{call.path['revision']}")
    return json_response(app_raw(app, revision))


def _copy(state: SevenBridgesState, call: Call, ref: str) -> MockResponse:
    source, revision = state.app(ref)
    state.project(source["project"], "copy")
    body: dict[str, Any] = call.body
    project = state.project(body["project"], "write")
    strategy = body.get("strategy") or "clone"
    short = short_name(body["name"]) if body.get("name") else source["id"].rsplit("/", 1)[-1]
    app_id = f"{project['id']}/{short}"
    if app_id in state.apps:
        raise MockHTTPError(409, "Requested app/revision already exists.", code=6003)
    kept = range(revision + 1) if strategy in ALL_REVISIONS else [revision]
    stamp = now_iso()
    copied = state.ctx.store["app"].add(
        {
            **{k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "project", "copy_of")},
            "id": app_id,
            "project": project["id"],
            "revisions": [source["revisions"][index] for index in kept[:-1]] + [stamp],
            "created_by": state.user,
            "sources": [{"cwl": app_cwl(source, index), "notes": None, "by": state.user} for index in kept],
            "copy_of": {"app": source["id"], "revision": revision, "linked": strategy in LINKED},
        }
    )
    if body.get("name"):
        copied["name"] = body["name"]
    return one(call, app_json(api_url(state, call), copied, None))


@handlers("copyApp")
def copy_app(state: SevenBridgesState, call: Call) -> MockResponse:
    return _copy(state, call, _app_id(call))


@handlers("copyAppRevision")
def copy_app_revision(state: SevenBridgesState, call: Call) -> MockResponse:
    return _copy(state, call, f"{_app_id(call)}/{call.path['revision']}")


@handlers("syncApp")
def sync_app(state: SevenBridgesState, call: Call) -> MockResponse:
    app, _ = state.app(_app_id(call))
    state.project(app["project"], "write")
    link = app.get("copy_of")
    if not link or not link["linked"]:
        raise MockHTTPError(409, "Only a linked copy of an app (clone or transient) can be synced.")
    original = state.apps.get(link["app"])
    if original is None:
        raise MockHTTPError(409, "The app this one was copied from no longer exists.", code=6002)
    latest = len(original["revisions"]) - 1
    if latest > link["revision"]:
        _add_revision(state, app, app_cwl(original, latest))
        app["copy_of"] = {**link, "revision": latest}
    return one(call, app_json(api_url(state, call), app, None))
