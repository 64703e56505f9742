"""Deliberately drifted mocks: a real labmock service whose handlers' answers a test alters (a renamed field, a new
enum value, an extra status code, a missing total), and the table of what each API's drift should be reported as.

``drifted(api)`` is the real service with the changes of ``DRIFTS[api]`` applied to the responses of the named
operations, after the real handler (and the service's ``after`` hook) produced them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from labmock import MockConfig, MockRequest, MockResponse, MockServer
from labmock.core.service import Call, HandlerFn
from labmock.services import get

Change = Callable[[MockResponse], MockResponse]


def edit_json(edit: Callable[[Any], None]) -> Change:
    def change(response: MockResponse) -> MockResponse:
        body = json.loads(response.body)
        edit(body)
        return MockResponse(response.status, response.headers, json.dumps(body).encode())

    return change


def rename(old: str, new: str, items: str | None = None) -> Change:
    """Rename ``old`` to ``new`` in the body (or in each of its ``items``)."""

    def edit(body: Any) -> None:
        for obj in body[items] if items else [body]:
            obj[new] = obj.pop(old)

    return edit_json(edit)


def set_value(name: str, value: Any, items: str | None = None) -> Change:
    def edit(body: Any) -> None:
        for obj in body[items] if items else [body]:
            obj[name] = value

    return edit_json(edit)


def drop(*path: str) -> Change:
    """Remove the field at ``path`` (``drop("meta", "total_count")``)."""

    def edit(body: Any) -> None:
        for part in path[:-1]:
            body = body[part]
        del body[path[-1]]

    return edit_json(edit)


def status(code: int) -> Change:
    def change(response: MockResponse) -> MockResponse:
        return MockResponse(code, response.headers, response.body)

    return change


def without_header(name: str) -> Change:
    def change(response: MockResponse) -> MockResponse:
        kept = [(k, v) for k, v in response.headers if k.lower() != name.lower()]
        return MockResponse(response.status, kept, response.body)

    return change


@dataclass(frozen=True)
class Drift:
    """The changes made to one API, the requests that show them, and the findings they must produce."""

    changes: Mapping[str, list[Change]]
    requests: list[tuple[str, str, dict[str, str]]]
    expected: set[tuple[str, str, str]]
    after: Mapping[str, Change] = field(default_factory=dict)  # changes made after the service's own `after` hook


def _sevenbridges() -> Drift:
    return Drift(
        changes={
            "listProjects": [rename("href", "url", items="items")],
            "listTasks": [set_value("status", "PAUSED", items="items")],
            "getCurrentUser": [status(202)],
            "listFiles": [without_header("X-Total-Matching-Query")],
        },
        after={"/v2/rate_limit": without_header("X-RateLimit-Remaining")},
        requests=[
            ("GET", "/projects", {}),
            ("GET", "/tasks", {}),
            ("GET", "/user", {}),
            ("GET", "/files", {"project": "john_doe/my-project"}),
            ("GET", "/rate_limit", {}),
        ],
        expected={
            ("listProjects", "$.items[*].href", "missing-field"),
            ("listProjects", "$.items[*].url", "new-field"),
            ("listTasks", "$.items[*].status", "new-enum-value"),
            ("getCurrentUser", "status", "undeclared-status"),
            ("listFiles", "header X-Total-Matching-Query", "missing-header"),
            ("getRateLimit", "header X-RateLimit-Remaining", "missing-header"),
        },
    )


DRIFTS: dict[str, Callable[[], Drift]] = {
    "biodock": lambda: Drift(
        changes={
            "listAnalysisJobs": [rename("percentageCompleted", "percentComplete", items="results"), drop("count")],
            "getAnalysisJob": [set_value("status", "ARCHIVED")],
            "checkApiKey": [status(202)],
        },
        requests=[("GET", "/analysis-jobs", {}), ("GET", "/analysis-jobs/aj_0001", {}), ("GET", "/check", {})],
        expected={
            ("listAnalysisJobs", "$.results[*].percentageCompleted", "missing-field"),
            ("listAnalysisJobs", "$.results[*].percentComplete", "new-field"),
            ("listAnalysisJobs", "$.count", "missing-field"),  # Biodock's total is the body's count
            ("getAnalysisJob", "$.status", "new-enum-value"),
            ("checkApiKey", "status", "undeclared-status"),
        },
    ),
    "sphinx": lambda: Drift(  # Sphinx declares no total (a next-token API)
        changes={
            "listDatasets": [rename("name", "title", items="data")],
            "getTask": [set_value("status", "QUEUED_REMOTELY")],
            "getCampaign": [status(202)],
        },
        requests=[
            ("GET", "/v1/datasets", {}),
            ("GET", "/v1/datatables/dt_12345/download", {}),
            ("GET", "/api/tasks/task_000001", {}),
            ("GET", "/v1/campaigns/camp_10001", {}),
        ],
        expected={
            ("listDatasets", "$.data[*].name", "missing-field"),
            ("listDatasets", "$.data[*].title", "new-field"),
            ("getTask", "$.status", "new-enum-value"),
            ("getCampaign", "status", "undeclared-status"),
        },
    ),
    "sevenbridges": _sevenbridges,
    "cavatica": _sevenbridges,
    "iontorrent": lambda: Drift(
        changes={
            "listChips": [rename("name", "chipName", items="objects"), drop("meta", "total_count")],
            "getPlannedExperiment": [set_value("planStatus", "archived_v2")],
            "getChip": [status(203)],
        },
        requests=[("GET", "/chip/", {}), ("GET", "/plannedexperiment/1/", {}), ("GET", "/chip/1/", {})],
        expected={
            ("listChips", "$.objects[*].name", "missing-field"),
            ("listChips", "$.objects[*].chipName", "new-field"),
            ("listChips", "$.meta.total_count", "missing-field"),  # Tastypie's total is meta.total_count
            ("getPlannedExperiment", "$.planStatus", "new-enum-value"),
            ("getChip", "status", "undeclared-status"),
        },
    ),
}


def _wrap(handler: HandlerFn[Any], changes: list[Change]) -> HandlerFn[Any]:
    def changed(state: Any, call: Call) -> MockResponse:
        response = handler(state, call)
        for change in changes:
            response = change(response)
        return response

    return changed


def drifted(api: str, config: MockConfig | None = None) -> MockServer:
    """The real ``api`` mock, drifted as ``DRIFTS[api]`` says."""
    drift = DRIFTS[api]()
    service = get(api)
    handlers = service.effective_handlers()  # the store-served operations too
    for operation, changes in drift.changes.items():
        handlers[operation] = _wrap(handlers[operation], changes)
    original_after = service.after

    def after(state: Any, request: MockRequest, response: MockResponse) -> None:
        if original_after is not None:
            original_after(state, request, response)
        change = drift.after.get(request.path)
        if change is not None:
            changed = change(response)
            response.headers[:] = changed.headers

    return MockServer(replace(service, handlers=handlers, after=after), config)
