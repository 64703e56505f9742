"""The tiny service of the widgets fixture spec (``fixtures/widgets.yaml``): what labmock's engines serve from the
declarations, plus the few hooks and handlers a real service would add, one of each kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import labspecs
from labmock.core import (
    Call,
    Collection,
    Handlers,
    Job,
    MockHTTPError,
    MockResponse,
    Record,
    Service,
    ServiceContext,
    json_response,
)

FIXTURES = Path(__file__).with_name("fixtures")
SPEC = labspecs.parse("widgets", yaml.safe_load((FIXTURES / "widgets.yaml").read_text(encoding="utf-8")))
DEMO_KEY = "widget-key"
BROKEN = "wd_0003"  # its builds always fail


@dataclass
class WidgetsState:
    ctx: ServiceContext
    builds: dict[str, Job] = field(default_factory=dict)

    @property
    def widgets(self) -> Collection:
        return self.ctx.store["widget"]


handlers: Handlers[WidgetsState] = Handlers()


@handlers.render("widget")
def widget_json(state: WidgetsState, call: Call, record: Record) -> dict[str, Any]:
    served = {k: v for k, v in record.items() if k != "secret"}
    return served | {"partCount": len(state.ctx.store["part"].children(record["id"]))}


@handlers.prepare("widget")
def check_widget(state: WidgetsState, call: Call, record: Record) -> None:
    if record.get("size", 0) < 0:
        raise MockHTTPError(400, "size must be >= 0", code="W400")


@handlers.before("deleteWidget")
def only_bare_widgets(state: WidgetsState, call: Call) -> None:
    if state.ctx.store["part"].children(call.path["id"]):
        raise MockHTTPError(409, "The widget still has parts", code="W409-parts")


@handlers.after("getGizmo")
def with_uri(state: WidgetsState, call: Call, served: dict[str, Any]) -> dict[str, Any]:
    return served | {"resource_uri": f"/api/gizmos/{served['id']}/"}


@handlers.id_hook("part-number")
def part_number(parts: Collection, fields: Any) -> str:
    return f"pt_{fields['widgetId']}_{len(parts.children(fields['widgetId'])) + 1}"


@handlers("downloadManual")
def download_manual(state: WidgetsState, call: Call) -> MockResponse:
    widget = state.widgets.require(call.path["id"])
    return state.ctx.signed_redirect(call, f"manuals/{widget['id']}", lambda: f"How to use {widget['name']}\n".encode())


@handlers("startBuild")
def start_build(state: WidgetsState, call: Call) -> MockResponse:
    widget = state.widgets.require(call.path["id"])
    build_id = f"bd_{len(state.builds) + 1:03d}"
    fail = "the widget is broken" if widget["id"] == BROKEN else None
    state.builds[build_id] = state.ctx.start_job("getBuild", fail=fail)
    return json_response({"id": build_id, **state.builds[build_id].peek().fields()})


@handlers("getBuild")
def get_build(state: WidgetsState, call: Call) -> MockResponse:
    build_id = call.path["id"]
    job = state.builds.get(build_id)
    if job is None:
        raise MockHTTPError(404, f"No build {build_id!r}", code="B404")
    view = job.poll()
    body: dict[str, Any] = {"id": build_id, **view.fields()}
    if view.succeeded:
        body |= state.ctx.signed_urls("Build", f"builds/{build_id}", call.origin, {"artifactUrl": lambda: b"\x00" * 64})
    return json_response(body)


SERVICE: Service[WidgetsState] = Service(
    name="widgets",
    spec=SPEC,
    demo_key=DEMO_KEY,
    make_state=WidgetsState,
    handlers=handlers.by_operation,
    hooks=handlers.hooks,
    fixtures=FIXTURES / "widgets-data.yaml",
)
