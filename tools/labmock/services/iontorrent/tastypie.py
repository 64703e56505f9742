"""What Tastypie does for every Torrent Suite resource, on JSON objects: ``field__op`` filters, ``order_by``, the
top-level index and ``/schema/`` documents (the last two derived from the spec). The ``{meta, objects}`` envelope is
the spec's ``x-pagination`` (``echo`` fills ``meta``).

Filters are the ones the spec declares (the validator has already typed their values); parameters the spec does
not declare never reach here, as the real server silently ignores parameters that are not fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import cmp_to_key
from typing import Any, TypeVar

from labspecs import ApiSpec, Operation

__all__ = [
    "filter_objects",
    "order_objects",
    "pk_of",
    "resource_index",
    "resource_schema",
]

Row = TypeVar("Row", bound=Mapping[str, Any])
PAGING_PARAMS = frozenset({"limit", "offset", "order_by", "format"})
_URI = re.compile(r"^/rundb/api/v1/[A-Za-z_]+/(-?[0-9]+)/$")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
_STRING_OPS: Mapping[str, Callable[[str, str], bool]] = {
    "iexact": lambda value, wanted: value.lower() == wanted.lower(),
    "contains": lambda value, wanted: wanted in value,
    "icontains": lambda value, wanted: wanted.lower() in value.lower(),
    "startswith": lambda value, wanted: value.startswith(wanted),
    "istartswith": lambda value, wanted: value.lower().startswith(wanted.lower()),
    "endswith": lambda value, wanted: value.endswith(wanted),
    "iendswith": lambda value, wanted: value.lower().endswith(wanted.lower()),
}
_ORDER_OPS: Mapping[str, Callable[[int], bool]] = {
    "gt": lambda c: c > 0,
    "gte": lambda c: c >= 0,
    "lt": lambda c: c < 0,
    "lte": lambda c: c <= 0,
}


def pk_of(uri: object) -> int | None:
    """The primary key in a resource URI (``/rundb/api/v1/results/3/`` → 3)."""
    found = _URI.match(uri) if isinstance(uri, str) else None
    return int(found.group(1)) if found else None


# -- filtering -------------------------------------------------------------------------------------------------


def _comparable(value: object, wanted: object) -> tuple[object, object] | None:
    """``value`` and ``wanted`` as two values of one type that compare, or None when they do not."""
    if isinstance(value, bool) or isinstance(wanted, bool):
        return (value, wanted) if isinstance(value, bool) and isinstance(wanted, bool) else None
    if isinstance(value, int | float) and isinstance(wanted, str) and _NUMBER.fullmatch(wanted.strip()):
        wanted = float(wanted) if "." in wanted else int(wanted)  # a number from a comma-separated list
    if isinstance(value, int | float) and isinstance(wanted, int | float):
        return value, wanted
    if isinstance(value, str) and isinstance(wanted, str) and _DATE.match(value) and _DATE.match(wanted):
        return _moment(value), _moment(wanted)  # a datetime field against a date (midnight) or a datetime
    if isinstance(value, str) and isinstance(wanted, str):
        return value, wanted
    return None


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _compare(value: object, wanted: object) -> int | None:
    pair = _comparable(value, wanted)
    if pair is None:
        return None
    left, right = pair
    return 0 if left == right else (-1 if left < right else 1)  # type: ignore[operator]


def _values(wanted: object) -> list[object]:
    """An ``__in`` value: repeated parameters merge, and text values also split on commas (as Tastypie does)."""
    out: list[object] = []
    for item in wanted if isinstance(wanted, list) else [wanted]:
        out += item.split(",") if isinstance(item, str) else [item]
    return out


def matches(value: object, op: str, wanted: object) -> bool:
    """Whether a field's JSON value passes ``field__op=wanted`` (a related URI compares by its primary key)."""
    if op == "isnull":
        return (value is None) == bool(wanted)
    if value is None:
        return False
    related = pk_of(value)
    if related is not None and not isinstance(wanted, str):
        value = related
    if op == "exact":
        return _compare(value, wanted) == 0
    if op == "in":
        return any(_compare(value, item) == 0 for item in _values(wanted))
    if op in _STRING_OPS:
        return isinstance(wanted, str) and _STRING_OPS[op](str(value), wanted)
    if op in _ORDER_OPS:
        compared = _compare(value, wanted)
        return compared is not None and _ORDER_OPS[op](compared)
    return True  # an op the spec does not declare is never asked for


def filter_objects(objects: Iterable[Row], query: Mapping[str, Any], custom: Iterable[str] = ()) -> list[Row]:
    """The objects passing every declared ``field`` / ``field__op`` filter in ``query`` (``custom`` parameters and
    the paging ones are the handler's business)."""
    skip = PAGING_PARAMS | set(custom)
    wanted = [(*name.partition("__")[::2], value) for name, value in query.items() if name not in skip]
    return [obj for obj in objects if all(matches(obj.get(f), op or "exact", v) for f, op, v in wanted)]


# -- ordering --------------------------------------------------------------------------------------------------


def _sort_key(field: str) -> Callable[[Mapping[str, Any]], tuple[int, object]]:
    def key(obj: Mapping[str, Any]) -> tuple[int, object]:
        value = obj.get(field)
        related = pk_of(value)
        if related is not None:
            value = related
        if isinstance(value, str) and _DATE.match(value):
            value = _moment(value).timestamp()
        if isinstance(value, dict | list):
            value = None
        return (1, 0) if value is None else (0, value)  # NULLs last ascending, first descending (PostgreSQL)

    return key


def order_objects(objects: Sequence[Row], order_by: Sequence[str]) -> list[Row]:
    """``order_by`` keys, ``-`` for descending; ties keep their order."""

    def compare(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
        for spec in order_by:
            descending = spec.startswith("-")
            key = _sort_key(spec.lstrip("-"))
            left, right = key(a), key(b)
            if left == right:
                continue
            try:
                smaller = left < right
            except TypeError:
                smaller = str(left) < str(right)
            return (1 if smaller else -1) if descending else (-1 if smaller else 1)
        return 0

    return sorted(objects, key=cmp_to_key(compare))


# -- the framework's own documents -----------------------------------------------------------------------------

_HELP = {
    "string": 'Unicode string data. Ex: "Hello World"',
    "integer": "Integer data. Ex: 2673",
    "float": "Floating point numeric data. Ex: 26.73",
    "boolean": "Boolean data. Ex: True",
    "datetime": 'A date & time as a string. Ex: "2010-11-10T03:07:43"',
    "dict": "A dictionary of data. Ex: {'price': 26.73, 'name': 'Daniel'}",
    "list": "A list of data. Ex: ['abc', 26.73, 8]",
    "to_one": "A single related resource. Can be either a URI or set of nested resource data.",
    "to_many": "Many related resources. Can be either a list of URIs or list of individually nested resource data.",
}


def _operations(spec: ApiSpec, resource: str) -> dict[str, Operation]:
    """The operations on a resource by role: ``list``, ``create``, ``detail`` (GET one) and the other methods."""
    found: dict[str, Operation] = {}
    for op in spec.operations.values():
        if op.path == f"/{resource}/":
            found["list" if op.method == "get" else op.method] = op
        elif op.path == f"/{resource}/{{id}}/":
            found["detail" if op.method == "get" else f"detail-{op.method}"] = op
    return found


def resources(spec: ApiSpec) -> list[str]:
    """The resources the spec lists (``chip``, ``results``, ...), in the spec's order."""
    names = [op.path.strip("/") for op in spec.operations.values() if op.method == "get" and op.pagination]
    return list(dict.fromkeys(names))


def resource_index(spec: ApiSpec) -> dict[str, dict[str, str]]:
    """``GET /rundb/api/v1/``: every resource's list endpoint and schema URL."""
    base = spec.base_path
    return {
        name: {"list_endpoint": f"{base}/{name}/", "schema": f"{base}/{name}/schema/"}
        for name in sorted(resources(spec))
    }


def _field(spec: ApiSpec, name: str, prop: Mapping[str, Any]) -> dict[str, Any]:
    declared = spec.resolve(prop)
    types = declared.get("type") or []
    types = [types] if isinstance(types, str) else list(types)
    nullable = "null" in types or any(spec.resolve(b).get("type") == "null" for b in declared.get("oneOf", []))
    related: str | None = None
    if "integer" in types:
        kind = "integer"
    elif "number" in types:
        kind = "float"
    elif "boolean" in types:
        kind = "boolean"
    elif "array" in types:
        items = spec.resolve(declared.get("items") or {})
        related = "to_many" if items.get("format") == "uri-reference" else None
        kind = "related" if related else "list"
    elif "string" in types and declared.get("format") == "date-time":
        kind = "datetime"
    elif "string" in types and declared.get("format") == "uri-reference":
        kind, related = "related", "to_one"
    elif "object" in types or "$ref" in prop or "oneOf" in declared:
        kind = "dict"
    else:
        kind = "string"
    out: dict[str, Any] = {
        "blank": False,
        "default": "No default provided.",
        "help_text": _HELP[related or kind],
        "nullable": nullable,
        "readonly": bool(declared.get("readOnly")),
        "type": kind,
        "unique": name == "id",
    }
    if related:
        out["related_type"] = related
    return out


def resource_schema(spec: ApiSpec, resource: str) -> dict[str, Any]:
    """``GET /rundb/api/v1/<resource>/schema/``, built from the spec: the item schema's fields with Tastypie's types
    and help texts, the declared filters (``2``: ALL_WITH_RELATIONS), the declared orderings, the allowed methods."""
    ops = _operations(spec, resource)
    listing, detail = ops["list"], ops["detail"]
    item = spec.resolve(detail.raw["responses"]["200"]["content"]["application/json"]["schema"])
    fields = {name: _field(spec, name, prop) for name, prop in sorted(item.get("properties", {}).items())}
    filtering: dict[str, int] = {}
    ordering: list[str] = []
    for raw in listing.raw.get("parameters", []):
        param = spec.resolve(raw)
        if param["name"] == "order_by":
            items = spec.resolve(spec.resolve(param["schema"])["items"])
            ordering = sorted({str(value).lstrip("-") for value in items["enum"]})
        elif param["name"] not in PAGING_PARAMS and param["name"].partition("__")[0] in fields:
            filtering[param["name"].partition("__")[0]] = 2
    pagination = listing.pagination
    return {
        "allowed_detail_http_methods": sorted(op.method for key, op in ops.items() if key.startswith("detail")),
        "allowed_list_http_methods": sorted(op.method for key, op in ops.items() if not key.startswith("detail")),
        "default_format": "application/json",
        "default_limit": pagination.default_limit if pagination else 20,
        "fields": fields,
        "filtering": dict(sorted(filtering.items())),
        "ordering": ordering,
    }
