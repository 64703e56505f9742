"""A billing group's breakdowns, computed from the state: analysis (its projects' finished tasks), storage (their
files on the Platform) and egress (the signed downloads handed out); and its invoices (demo data)."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ...core import Call, MockHTTPError, MockResponse, Record
from .models import SevenBridgesState, not_found
from .render import billing_group_json
from .tasks import TERMINAL, price, status
from .views import api_url, handlers, page, selected

BILLING_LIST = ("href", "id", "name")
INVOICE_LIST = ("href", "id", "pending", "invoice_period", "total")
GB = Decimal(10**9)
STORAGE_PER_GB_MONTH = Decimal("0.021")
EGRESS_PER_GB = Decimal("0.09")


def _money(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'))}"


def _measurement(size: int, rate: Decimal) -> dict[str, Any]:
    gigabytes = Decimal(size) / GB
    return {
        "size": float(round(gigabytes, 9)),
        "unit": "GB",
        "cost": {"amount": _money(gigabytes * rate), "currency": "USD"},
    }


def _day(text: str) -> date:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def _parse_day(text: str) -> date:
    """``MM-DD-YYYY``; [inferred] a day past the month's end (``02-31-2024``) is its last day."""
    month, day, year = (int(part) for part in text.split("-"))
    year = max(year, 1)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _group_projects(state: SevenBridgesState, call: Call) -> tuple[Record, dict[str, Record]]:
    group = state.billing_groups.get(call.path["billing_group_id"])
    if group is None:
        raise not_found("billing group", 4002)
    return group, {p["id"]: p for p in state.projects.values() if p["billing_group"] == group["id"]}


def _period(state: SevenBridgesState, call: Call, group: Mapping[str, Any]) -> tuple[date | None, date | None]:
    """The days a breakdown covers: ``date_from`` .. ``date_to``, within the period of ``invoice_id``."""
    low = _parse_day(call.query["date_from"]) if "date_from" in call.query else None
    high = _parse_day(call.query["date_to"]) if "date_to" in call.query else None
    invoice_id = call.query.get("invoice_id")
    if invoice_id is not None:
        invoice = state.invoices.get(invoice_id)
        if invoice is None or invoice["billing_group"] != group["id"]:
            raise MockHTTPError(404, "Requested billing group/invoice does not exist.", code=4002)
        start, end = _day(invoice["invoice_period"]["from"]), _day(invoice["invoice_period"]["to"])
        low, high = max(low or start, start), min(high or end, end)
    return low, high


def _within(day: date, low: date | None, high: date | None) -> bool:
    return (low is None or day >= low) and (high is None or day <= high)


@handlers.render("billing-group")
def render_billing_group(state: SevenBridgesState, call: Call, group: Record) -> dict[str, Any]:
    return selected(call, billing_group_json(api_url(state, call), group), BILLING_LIST)


@handlers("listAnalysisBreakdown")
def list_analysis_breakdown(state: SevenBridgesState, call: Call) -> MockResponse:
    group, projects = _group_projects(state, call)
    low, high = _period(state, call, group)
    finished = []
    for task in state.tasks.values():
        if task.project not in projects or task.children or task.end_time is None:
            continue
        current = status(state, task, poll=False)
        if current in TERMINAL and _within(_day(task.end_time), low, high):
            finished.append((task, current))
    finished.sort(key=lambda pair: str(pair[0].end_time))

    def item(pair: tuple[Any, str]) -> dict[str, Any]:
        task, current = pair
        project = projects[task.project]
        app = state.apps.get(task.app.rsplit("/", 1)[0])
        amount = _money(price(state, task))
        return {
            "analysis_type": "TASK",
            "analysis_id": task.id,
            "analysis_app_name": app["name"] if app is not None else task.app,
            "analysis_name": task.name,
            "project_name": project["name"],
            "project_locked": bool(project["settings"].get("locked", False)),
            "ran_by": task.created_by,
            "analysis_status": current,
            "analysis_cost": {
                "currency": "USD",
                "amount": amount,
                "breakdown": {"storage": "0.00", "computation": amount, "data_transfer_in": "0.00"},
            },
            "refunded_amount": "0.00",
            "time_started": task.start_time or task.created_time,
            "time_finished": task.end_time,
        }

    return page(call, finished, item, None, keep=())


@handlers("listStorageBreakdown")
def list_storage_breakdown(state: SevenBridgesState, call: Call) -> MockResponse:
    group, projects = _group_projects(state, call)
    _period(state, call, group)  # checked; storage is what the projects hold now
    sizes = dict.fromkeys(projects, 0)
    for node in state.files.values():
        if node["project"] in sizes and node["type"] == "file" and not node.get("volume_object"):
            sizes[node["project"]] += int(node["size"])

    def item(project_id: str) -> dict[str, Any]:
        project = projects[project_id]
        return {
            "project_name": project["name"],
            "project_created_by": project["created_by"],
            "location": "aws:us-east-1",
            "active": _measurement(sizes[project_id], STORAGE_PER_GB_MONTH),
            "archived": _measurement(0, STORAGE_PER_GB_MONTH),
            "project_locked": bool(project["settings"].get("locked", False)),
        }

    return page(call, list(projects), item, None, keep=())


@handlers("listEgressBreakdown")
def list_egress_breakdown(state: SevenBridgesState, call: Call) -> MockResponse:
    group, projects = _group_projects(state, call)
    low, high = _period(state, call, group)
    totals: dict[tuple[str, str], int] = {}
    for project_id, user, size, when in state.egress:
        if project_id in projects and _within(_day(when), low, high):
            totals[(project_id, user)] = totals.get((project_id, user), 0) + size

    def item(key: tuple[str, str]) -> dict[str, Any]:
        project = projects[key[0]]
        downloaded = _measurement(totals[key], EGRESS_PER_GB)
        return {
            "project_name": project["name"],
            "downloaded_by": key[1],
            "downloaded": downloaded,
            "egress_cost": dict(downloaded["cost"]),
            "project_locked": bool(project["settings"].get("locked", False)),
        }

    return page(call, list(totals), item, None, keep=())


# -- invoices -----------------------------------------------------------------------------------------------------


def _usable(state: SevenBridgesState, invoice: Mapping[str, Any]) -> bool:
    return invoice["billing_group"] in state.billing_groups


@handlers.select("invoice")
def usable_invoices(state: SevenBridgesState, call: Call, invoices: list[Record]) -> list[Record]:
    return [i for i in invoices if _usable(state, i)]


@handlers.before("getInvoice")
def usable_invoice(state: SevenBridgesState, call: Call) -> None:
    invoice = state.invoices.get(call.path["invoice_id"])
    if invoice is not None and not _usable(state, invoice):
        raise MockHTTPError(403, "Insufficient privileges to access the requested billing group/invoice.", code=4001)


@handlers.render("invoice")
def render_invoice(state: SevenBridgesState, call: Call, invoice: Record) -> dict[str, Any]:
    served = {"href": f"{api_url(state, call)}/billing/invoices/{invoice['id']}"}
    served |= {k: v for k, v in invoice.items() if k != "billing_group"}
    return selected(call, served, INVOICE_LIST)
