"""The JSON of the records the resource store keeps for Seven Bridges: billing groups, projects, files and apps
(``api`` is ``{origin}/v2`` of the request, for the ``href`` of each)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .models import READ_ONLY

PROJECT_SETTINGS = {
    "locked": False,
    "controlled": False,
    "location": "aws:us-east-1",
    "use_interruptible_instances": True,
    "use_memoization": False,
    "use_elastic_disk": False,
    "intermediate_files": {"retention": "LIMITED", "duration": 24},
}


def billing_group_json(api: str, group: Mapping[str, Any]) -> dict[str, Any]:
    return {"href": f"{api}/billing/groups/{group['id']}", **group}


def project_json(api: str, project: Mapping[str, Any], user: str) -> dict[str, Any]:
    public = READ_ONLY | {"copy": True} if project["public"] else READ_ONLY
    return {
        "href": f"{api}/projects/{project['id']}",
        "id": project["id"],
        "name": project["name"],
        "type": "v2",
        "description": project["description"],
        "tags": list(project["tags"]),
        "settings": {**PROJECT_SETTINGS, **project["settings"]},
        "permissions": dict(project["members"].get(user) or public),
        "root_folder": project["root_folder"],
        "billing_group": project["billing_group"],
        "created_by": project["created_by"],
        "category": project["category"],
        "created_on": project["created_on"],
        "modified_on": project["modified_on"],
    }


def file_json(api: str, node: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "href": f"{api}/files/{node['id']}",
        "id": node["id"],
        "name": node["name"],
        "project": node["project"],
        "parent": node["parent"],
        "type": node["type"],
        "created_on": node["created_on"],
        "modified_on": node["modified_on"],
    }
    if node["type"] == "file":
        out["size"] = node["size"]
        alias = node.get("volume_object")
        if alias:
            out["storage"] = {"type": "VOLUME", "volume": alias["volume"], "location": alias["location"]}
        else:
            out["storage"] = {"type": "PLATFORM", "hosted_on_locations": ["aws:us-east-1"]}
        out["origin"] = {"task": node["origin_task"]} if node["origin_task"] else {}
        out["metadata"] = dict(node["metadata"])
        out["tags"] = list(node["tags"])
    return out


def _epoch(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())


def app_cwl(app: Mapping[str, Any], revision: int) -> dict[str, Any]:
    """An app revision's CWL without the platform's ``sbg:`` keys: as installed (``sources``), else made from the
    demo app's description."""
    sources = app.get("sources") or []
    source = sources[revision] if revision < len(sources) else None
    if source is not None:
        return {k: v for k, v in source["cwl"].items() if not k.startswith("sbg:")}
    return {
        "class": app["class"],
        "cwlVersion": "v1.0",
        "id": f"{app['id']}/{revision}",
        "label": app["name"],
        "description": app["description"],
        "inputs": [{"id": ident, "type": kind} for ident, kind in app["inputs"]],
        "outputs": [{"id": "output_file", "type": "File?"}],
    }


def app_raw(app: Mapping[str, Any], revision: int) -> dict[str, Any]:
    """An app revision's CWL, as the platform stores it (``sbg:`` keys)."""
    app_id = f"{app['id']}/{revision}"
    revisions = app["revisions"]
    sources = app.get("sources") or []
    created = _epoch(revisions[0])
    copy_of = app.get("copy_of")

    def notes(index: int) -> str | None:
        source = sources[index] if index < len(sources) else None
        if source is not None:
            return str(source["notes"]) if source.get("notes") is not None else None
        return None if index == 0 else f"Revision {index}"

    def by(index: int) -> str:
        source = sources[index] if index < len(sources) else None
        return str(source.get("by") or app["created_by"]) if source is not None else str(app["created_by"])

    extra = {"sbg:copyOf": f"{copy_of['app']}/{copy_of['revision']}"} if copy_of else {}
    return {
        **app_cwl(app, revision),
        **extra,
        "sbg:id": app_id,
        "sbg:project": app["project"],
        "sbg:revision": revision,
        "sbg:latestRevision": len(revisions) - 1,
        "sbg:createdBy": app["created_by"],
        "sbg:createdOn": created,
        "sbg:modifiedOn": _epoch(revisions[revision]),
        "sbg:modifiedBy": by(revision),
        "sbg:revisionNotes": notes(revision),
        "sbg:revisionsInfo": [
            {
                "sbg:revision": index,
                "sbg:modifiedBy": by(index),
                "sbg:modifiedOn": _epoch(stamp),
                "sbg:revisionNotes": notes(index),
            }
            for index, stamp in enumerate(revisions)
        ],
        "sbg:validationErrors": [],
    }


def app_json(api: str, app: Mapping[str, Any], revision: int | None) -> dict[str, Any]:
    """An app at ``revision`` (``None``: the latest)."""
    rev = len(app["revisions"]) - 1 if revision is None else revision
    return {
        "href": f"{api}/apps/{app['id']}/{rev}",
        "id": f"{app['id']}/{rev}",
        "project": app["project"],
        "name": app["name"],
        "revision": rev,
        "raw": app_raw(app, rev),
    }


def listed_app_json(api: str, app: Mapping[str, Any]) -> dict[str, Any]:
    """An app in a list: its latest revision, named without the revision."""
    return app_json(api, app, None) | {"href": f"{api}/apps/{app['id']}", "id": app["id"]}
