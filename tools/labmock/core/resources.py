"""The operations ``x-resources`` declares, served from the resource store: list (filters, order, the
``x-pagination`` engine), read, create, replace (PUT), update (PATCH: the body's top-level fields merged) and
delete, with the API's own 404 and 409 errors. A service adjusts them with :class:`~.service.Hooks`, or replaces one
with its own handler.

- Objects are named by ``id.from`` (a template over path parameters; the one path parameter by default).
- With a ``parent``, the ``parent.from`` template (path, query, then body values) scopes a list and places a new
  object; an unknown parent, or one lacking the ``require``d fields, is the parent kind's 404, and a one-object
  operation that names a parent only finds the objects under it.
- Fields the server writes (a generated id, the timestamps, ``server-fields``) are dropped from a request body
  (``on-server-field: ignore``) or refused with 400 (``reject``); ``internal`` fields are never read from a body
  nor served.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from labspecs import ApiSpec, Operation, Resource, placeholders

from .errors import LabmockError, MockHTTPError, clip
from .messages import MockResponse, json_response
from .paging import page_body
from .service import Call, HandlerFn, Hooks
from .store import Collection, Record


class ResourceEngine:
    """Builds the store-served handler of each operation an ``x-resources`` declaration claims. A handler serves
    from the store of the server that calls it (``call.context.store``), so it belongs to no server."""

    def __init__(self, spec: ApiSpec, hooks: Hooks[Any]) -> None:
        self.spec = spec
        self.hooks = hooks
        served = {op_id for op_id, op in spec.operations.items() if op.resource}
        for table, names, what in (
            (hooks.before, served, "operations the store serves"),
            (hooks.after, served, "operations the store serves"),
            (hooks.render, set(spec.resources), "x-resources kinds"),
            (hooks.select, set(spec.resources), "x-resources kinds"),
            (hooks.prepare, set(spec.resources), "x-resources kinds"),
        ):
            unknown = sorted(set(table) - names)
            if unknown:
                raise LabmockError(f"{spec.name}: hooks for {unknown}, which are not {what}")

    def handler(self, operation: Operation) -> HandlerFn[Any]:
        assert operation.resource is not None
        kind, role = operation.resource
        serve = getattr(self, f"_{role}")
        decl = self.spec.resources[kind]
        status = _success_status(operation)
        before = self.hooks.before.get(operation.operation_id)
        after = self.hooks.after.get(operation.operation_id)

        def handle(state: Any, call: Call) -> MockResponse:
            if before is not None:
                before(state, call)
            served, headers = serve(state, call, decl, call.context.store[kind])
            if status == 204:
                return MockResponse(204, [], b"")
            return json_response(after(state, call, served) if after else served, status, headers)

        return handle

    # -- the roles ----------------------------------------------------------------------------------------------

    def _list(self, state: Any, call: Call, decl: Resource, objects: Collection) -> tuple[Any, list[tuple[str, str]]]:
        records = self._scoped(call, decl, objects)
        given = {**call.query, **call.path}
        for param, field_name in decl.filters.items():
            if param in given:
                wanted = given[param]
                accepted = wanted if isinstance(wanted, list) else [wanted]
                records = [r for r in records if _dotted(r, field_name) in accepted]
        for param, bound in decl.ranges.items():
            if given.get(param) is not None:
                limit = _bound(given[param], param)
                test = _RANGE_TESTS[bound.op]
                records = [r for r in records if _in_range(_dotted(r, bound.field), limit, test)]
        order = decl.order
        if decl.sort is not None:
            chosen = given.get(decl.sort.param, decl.sort.default)
            if chosen is not None and chosen not in decl.sort.orders:
                allowed = ", ".join(decl.sort.orders)
                raise MockHTTPError(400, f"{decl.sort.param} must be one of {allowed}, not {clip(str(chosen), 40)!r}")
            order = decl.sort.orders[chosen] if chosen is not None else order
        if order:
            name = order.lstrip("-")
            records.sort(key=lambda r: _sort_key(_dotted(r, name)), reverse=order.startswith("-"))
        select = self.hooks.select.get(decl.name)
        if select is not None:
            records = select(state, call, records)
        return page_body(
            call,
            records,
            lambda record: self._render(state, call, decl, record),
            key_of=lambda record: str(record.get(decl.id.field)),
        )

    def _read(self, state: Any, call: Call, decl: Resource, objects: Collection) -> tuple[Any, list[tuple[str, str]]]:
        return self._render(state, call, decl, self._find(call, decl, objects)), []

    def _delete(self, state: Any, call: Call, decl: Resource, objects: Collection) -> tuple[Any, list[tuple[str, str]]]:
        record = self._find(call, decl, objects)
        objects.remove(record[decl.id.field])
        return self._render(state, call, decl, record), []

    def _create(self, state: Any, call: Call, decl: Resource, objects: Collection) -> tuple[Any, list[tuple[str, str]]]:
        fields = self._accept(call, decl)
        if decl.parent is not None:
            parent = self._parent_id(call, decl, call.body)
            if parent is not None:
                self._require_parent(call, decl, parent)
            fields[decl.parent.field] = parent
        fields = objects.new(fields)
        self._check_unique(decl, objects, fields, None)
        self._prepare(state, call, decl, fields)
        return self._render(state, call, decl, objects.add(fields)), []

    def _replace(
        self, state: Any, call: Call, decl: Resource, objects: Collection
    ) -> tuple[Any, list[tuple[str, str]]]:
        old = self._find(call, decl, objects)
        kept = (*decl.written_by_server, *decl.internal, *((decl.parent.field,) if decl.parent else ()))
        fields = Record({**decl.defaults, **{k: old[k] for k in kept if k in old}, **self._accept(call, decl)})
        return self._write(state, call, decl, objects, old, fields), []

    def _update(self, state: Any, call: Call, decl: Resource, objects: Collection) -> tuple[Any, list[tuple[str, str]]]:
        old = self._find(call, decl, objects)
        changes = self._accept(call, decl)
        fields = Record(_merged(old, changes) if decl.merge == "deep" else {**old, **changes})
        return self._write(state, call, decl, objects, old, fields), []

    def _write(self, state: Any, call: Call, decl: Resource, objects: Collection, old: Record, fields: Record) -> Any:
        key = old[decl.id.field]
        self._check_unique(decl, objects, fields, key)
        self._prepare(state, call, decl, fields)
        return self._render(state, call, decl, objects.replace(key, fields))

    # -- pieces -------------------------------------------------------------------------------------------------

    def _render(self, state: Any, call: Call, decl: Resource, record: Record) -> Any:
        render = self.hooks.render.get(decl.name)
        if render is not None:
            return render(state, call, record)
        return {k: v for k, v in record.items() if k not in decl.internal} if decl.internal else dict(record)

    def _prepare(self, state: Any, call: Call, decl: Resource, fields: Record) -> None:
        prepare = self.hooks.prepare.get(decl.name)
        if prepare is not None:
            prepare(state, call, fields)

    def _accept(self, call: Call, decl: Resource) -> dict[str, Any]:
        """The client fields of the request body: server fields dropped (or refused), internal ones dropped."""
        body = call.body
        if not isinstance(body, Mapping):
            raise MockHTTPError(400, "The request body must be a JSON object")
        server = set(decl.written_by_server)
        given = sorted(server & set(body))
        if given and decl.on_server_field == "reject":
            raise MockHTTPError(400, f"{', '.join(given)}: set by the server, not in a request")
        return {k: v for k, v in body.items() if k not in server and k not in decl.internal}

    def _find(self, call: Call, decl: Resource, objects: Collection) -> Record:
        """The object the path names (within the parent the request names, if it names one)."""
        template = decl.id.source or "{" + _only_path_param(call.operation) + "}"
        key = _fill(template, call.path)
        record = objects.require(key)
        if decl.parent is not None and not set(placeholders(decl.parent.source)) & set(placeholders(template)):
            parent = self._parent_id(call, decl, {})
            if parent is not None and objects.parent_of(record) != parent:
                raise objects.error("not-found", 404, id=clip(str(key), 80))
        return record

    def _scoped(self, call: Call, decl: Resource, objects: Collection) -> list[Record]:
        if decl.parent is None:
            return objects.values()
        parent = self._parent_id(call, decl, {})
        if parent is None:
            return objects.children(None) if decl.parent.absent == "root" else objects.values()
        self._require_parent(call, decl, parent)
        return objects.children(parent)

    def _parent_id(self, call: Call, decl: Resource, body: Mapping[str, Any]) -> Any:
        assert decl.parent is not None
        return _fill(decl.parent.source, {**body, **call.query, **call.path})

    def _require_parent(self, call: Call, decl: Resource, parent_id: Any) -> None:
        assert decl.parent is not None
        parents = call.context.store[decl.parent.resource]
        found = parents.get(parent_id)
        if found is None or any(found.get(name) != value for name, value in decl.parent.require):
            raise parents.error("not-found", 404, id=clip(str(parent_id), 80))

    def _check_unique(self, decl: Resource, objects: Collection, fields: Record, key: Any) -> None:
        if not decl.unique:
            return
        parent = objects.parent_of(fields)
        peers = objects.children(parent) if decl.parent else objects.values()
        for name in decl.unique:
            value = fields.get(name)
            if value is not None and any(p.get(name) == value and p[decl.id.field] != key for p in peers):
                raise objects.error("conflict", 409, field=name, value=clip(str(value), 80))


def _fill(template: str, values: Mapping[str, Any]) -> Any:
    """``{owner}/{project}`` filled from ``values``; a lone ``{id}`` keeps its typed value; None if one is absent."""
    names = placeholders(template)
    if any(values.get(name) is None for name in names):
        return None
    if len(names) == 1 and template == "{" + names[0] + "}":
        return values[names[0]]
    return template.format(**{name: values[name] for name in names})


def _merged(old: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``changes`` merged into ``old``, objects recursively (a JSON merge patch without deletion by null)."""
    out = dict(old)
    for key, value in changes.items():
        current = out.get(key)
        out[key] = _merged(current, value) if isinstance(current, Mapping) and isinstance(value, Mapping) else value
    return out


def _only_path_param(operation: Operation) -> str:
    return next(name for name, location in operation.parameters if location == "path")


def _success_status(operation: Operation) -> int:
    codes = [int(s) for s in (operation.raw.get("responses") or {}) if str(s).isdigit() and str(s).startswith("2")]
    return min(codes) if codes else 200


def _dotted(record: Mapping[str, Any], path: str) -> Any:
    node: Any = record
    for part in path.split("."):
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


def _sort_key(value: Any) -> tuple[int, int, Any]:
    """Absent values last; date-times as instants (whatever their precision or offset), before other values."""
    if value is None:
        return (1, 0, "")
    moment = _instant(value) if isinstance(value, str) else None
    return (0, 0, moment) if moment is not None else (0, 1, value)


_RANGE_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?")


def _instant(text: str) -> datetime | None:
    """An ISO 8601 date-time (``Z`` or an offset; a naive one is UTC) as an aware datetime, else None."""
    if not _DATE_TIME.fullmatch(text):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _bound(value: Any, param: str) -> Any:
    """A range filter's query value: a date-time as an instant, else a number; anything else is a 400."""
    moment = _instant(str(value))
    if moment is not None:
        return moment
    try:
        return float(value)
    except (TypeError, ValueError):
        raise MockHTTPError(
            400, f"{param} must be an ISO 8601 date-time or a number, not {clip(str(value), 40)!r}"
        ) from None


def _in_range(value: Any, limit: Any, test: Callable[[Any, Any], bool]) -> bool:
    """Whether a field's value passes a range filter (an absent or incomparable value never does)."""
    if isinstance(value, str):
        value = _instant(value)
    if value is None or isinstance(value, bool) or isinstance(limit, datetime) != isinstance(value, datetime):
        return False
    return bool(test(value, limit))
