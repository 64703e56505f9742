"""What every Seven Bridges handler module shares: the registry of handlers and hooks, the platform's error body,
and how a resource is served (absolute ``href``s on the request's origin, ``fields``, pages)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from ...core import Call, Handlers, MockHTTPError, MockResponse, page_response
from ...core import json_response as json_response
from .fields import Fields, select
from .models import SevenBridgesState

T = TypeVar("T")

handlers: Handlers[SevenBridgesState] = Handlers()

MORE_INFO = "https://docs.sevenbridges.com/reference/api-status-codes"
GENERIC_CODES = {400: 90000, 401: 90001, 403: 90002, 404: 90003, 405: 90006, 409: 90007, 415: 90008, 429: 1000}
IDENTITY = ("href", "id")


def error_body(error: MockHTTPError, code_field: str = "code", message_field: str = "message") -> dict[str, Any]:
    """``{status, code, message, more_info}`` with the registry's code (or the generic one of the status).
    [inferred] 5xx get 90005 (a 503 never gets code 0, which makes sevenbridges-python sleep for good)."""
    code = error.code if isinstance(error.code, int) else GENERIC_CODES.get(error.status)
    if code is None:
        code = 90005 if error.status >= 500 else 90000
    return {"status": error.status, code_field: code, message_field: error.message, "more_info": MORE_INFO}


def api_url(state: SevenBridgesState, call: Call) -> str:
    """``{origin}/v2``: what every ``href`` starts with."""
    return call.origin + state.ctx.spec.base_path


def fields_of(call: Call) -> Fields | None:
    return Fields.parse(call.query.get("fields"))


def one(call: Call, full: Mapping[str, Any], keep: Collection[str] = IDENTITY) -> MockResponse:
    """One resource as ``fields`` selects it."""
    return json_response(select(full, fields_of(call), default=None, keep=keep))


def page(
    call: Call,
    records: Sequence[T],
    render: Callable[[T], Mapping[str, Any]],
    default: Collection[str] | None,
    keep: Collection[str] = IDENTITY,
) -> MockResponse:
    """The page of ``records`` the call asks for; ``default`` are a listed item's default properties."""
    fields = fields_of(call)
    return page_response(call, records, lambda record: select(render(record), fields, default=default, keep=keep))


def selected(call: Call, full: Mapping[str, Any], listed: Collection[str] | None) -> dict[str, Any]:
    """A store-served object as ``fields`` selects it: ``listed`` are its default properties in a list."""
    default = listed if call.operation.pagination is not None else None
    return select(full, fields_of(call), default=default, keep=IDENTITY)


def no_content() -> MockResponse:
    return MockResponse(204, [], b"")


def bulk_records(items: Iterable[T], each: Callable[[T], Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One record per item, in order: ``{"resource": each(item)}``, or ``{"error": ...}`` with the error it met."""
    records: list[dict[str, Any]] = []
    for item in items:
        try:
            records.append({"resource": each(item)})
        except MockHTTPError as error:
            records.append({"error": error_body(error)})
    return records


def bulk(items: Iterable[T], each: Callable[[T], Mapping[str, Any]]) -> MockResponse:
    """A bulk call's answer: ``{"items": [...]}``, one record per item (:func:`bulk_records`)."""
    return json_response({"items": bulk_records(items, each)})
