"""``x-resources`` (document root): the kinds of object an API keeps, each with the operations that list, read,
create, replace, update and delete it. The mock serves those operations from its resource store; see
``specs/README.md`` for every key."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ._extensions import SpecError, check_keys, mapping, need, strings, text, whole

ROLES = ("list", "read", "create", "replace", "update", "delete")
ONE_OBJECT_ROLES = ("read", "replace", "update", "delete")
TIMESTAMP_FORMATS = ("seconds", "milliseconds", "microseconds")
_KEYS = (
    "title",
    "schema",
    "operations",
    "id",
    "timestamps",
    "parent",
    "server-fields",
    "on-server-field",
    "internal",
    "unique",
    "filters",
    "order",
    "defaults",
    "errors",
    "merge",
    "sort",
    "ranges",
)
RANGE_OPS = ("gt", "gte", "lt", "lte")
ERROR_KINDS = ("not-found", "conflict")
DEFAULT_MESSAGES = {
    "not-found": "{title} {id!r} not found",
    "conflict": "{title} with {field} {value!r} already exists",
}
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def placeholders(template: str) -> tuple[str, ...]:
    """The parameter names a ``{owner}/{project}`` template reads."""
    return tuple(_PLACEHOLDER.findall(template))


@dataclass(frozen=True, slots=True)
class ResourceId:
    """How an object is named: its ``field``, how a new one is made (``format``: ``pl_{n:04d}`` from the store's
    counter, ``{uuid}``, or ``serial``, a bare integer; or ``hook``, a named per-service function), the counter's
    ``start``, and ``source``, the template over path parameters that names it in one-object operations."""

    field: str = "id"
    format: str | None = None
    hook: str | None = None
    start: int = 1
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ResourceParent:
    """The object a resource belongs to: the ``resource`` kind, the ``field`` holding its id, the ``source`` template
    over request parameters naming it (``{folderId}``), what a list without it shows (``absent``: ``all`` objects or
    the ``root`` ones, whose parent field is null), and the fields a parent must have (``require``), else 404."""

    resource: str
    field: str
    source: str
    absent: Literal["root", "all"] = "all"
    require: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class ResourceError:
    """The error the store answers for ``not-found`` (404) or ``conflict`` (409, a duplicate unique field): its
    ``message`` (a template over ``title``, ``id``, ``field``, ``value``), for APIs with an ``x-errors``
    code-field its ``code``, and ``content``: the fields (templates too) of a structured error body that the
    message-field holds instead of the message (Sphinx Bio's ``ObjectNotFoundError {objectName, id}``)."""

    message: str
    code: int | str | None = None
    content: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ResourceSort:
    """A list order the client picks: the query ``param``, its values (``orders``: value -> a field, ``-field``
    for descending) and the ``default`` one when the parameter is absent."""

    param: str
    orders: Mapping[str, str]
    default: str | None = None


@dataclass(frozen=True, slots=True)
class ResourceRange:
    """A list filter comparing a field with the query value: ``field`` ``op`` (gt, gte, lt, lte) value; date-times
    compare as instants, numbers as numbers."""

    field: str
    op: str


@dataclass(frozen=True, slots=True)
class Resource:
    """One ``x-resources`` entry. ``operations`` maps a role (list, read, create, replace, update, delete) to its
    operationIds (one, or several paths to the same role); ``update`` merges the body's top-level fields (``merge:
    deep`` merges nested objects too), ``replace`` replaces the object's client fields."""

    name: str
    title: str
    operations: Mapping[str, tuple[str, ...]]
    id: ResourceId
    schema: str | None = None
    created_field: str | None = None
    modified_field: str | None = None
    timestamp_format: str = "seconds"
    parent: ResourceParent | None = None
    server_fields: tuple[str, ...] = ()
    on_server_field: Literal["ignore", "reject"] = "ignore"
    internal: tuple[str, ...] = ()
    unique: tuple[str, ...] = ()
    filters: Mapping[str, str] = field(default_factory=dict)
    order: str | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    errors: Mapping[str, ResourceError] = field(default_factory=dict)
    merge: Literal["shallow", "deep"] = "shallow"
    sort: ResourceSort | None = None
    ranges: Mapping[str, ResourceRange] = field(default_factory=dict)

    def error(self, kind: str) -> ResourceError:
        return self.errors.get(kind) or ResourceError(DEFAULT_MESSAGES[kind])

    @property
    def written_by_server(self) -> tuple[str, ...]:
        """The fields a client never sets: the declared server fields, the timestamps, a generated id."""
        generated = (self.id.field,) if self.id.format or self.id.hook else ()
        stamps = tuple(f for f in (self.created_field, self.modified_field) if f)
        return tuple(dict.fromkeys((*generated, *stamps, *self.server_fields)))


def parse_resources(name: str, raw: object) -> dict[str, Resource]:
    where = f"{name}: x-resources"
    declared = mapping(name, "x-resources", raw)
    return {kind: _resource(f"{where} {kind}", kind, mapping(where, kind, decl)) for kind, decl in declared.items()}


def _resource(where: str, kind: str, decl: Mapping[str, Any]) -> Resource:
    check_keys(where, "x-resources", decl, _KEYS)
    declared_ops = mapping(where, "operations", decl.get("operations"))
    check_keys(where, "operations", declared_ops, ROLES)
    operations: dict[str, tuple[str, ...]] = {}
    for role, op_ids in declared_ops.items():
        named = op_ids if isinstance(op_ids, list) else [op_ids]
        if not named or not all(isinstance(op_id, str) and op_id for op_id in named):
            raise SpecError(f"{where}: operations {role} must be an operationId or a list of them, not {op_ids!r}")
        operations[role] = tuple(named)
    merge = decl.get("merge", "shallow")
    if merge not in ("shallow", "deep"):
        raise SpecError(f"{where}: merge must be shallow or deep, not {merge!r}")
    stamps = mapping(where, "timestamps", decl.get("timestamps", {}))
    check_keys(where, "timestamps", stamps, ("created", "modified", "format"))
    stamp_format = text(where, "timestamps", stamps, "format") or "seconds"
    if stamp_format not in TIMESTAMP_FORMATS:
        raise SpecError(f"{where}: timestamps format {stamp_format!r} is not one of {', '.join(TIMESTAMP_FORMATS)}")
    on_server_field = decl.get("on-server-field", "ignore")
    if on_server_field not in ("ignore", "reject"):
        raise SpecError(f"{where}: on-server-field must be ignore or reject, not {on_server_field!r}")
    filters = mapping(where, "filters", decl.get("filters", {}))
    for param, field_name in filters.items():
        if not isinstance(field_name, str) or not field_name:
            raise SpecError(f"{where}: filters {param} must name a field, not {field_name!r}")
    order = text(where, "x-resources", decl, "order")
    return Resource(
        name=kind,
        title=text(where, "x-resources", decl, "title") or kind,
        operations=operations,
        id=_id(where, mapping(where, "id", decl.get("id", {}))),
        schema=text(where, "x-resources", decl, "schema"),
        created_field=text(where, "timestamps", stamps, "created"),
        modified_field=text(where, "timestamps", stamps, "modified"),
        timestamp_format=stamp_format,
        parent=_parent(where, decl["parent"]) if "parent" in decl else None,
        server_fields=strings(where, "x-resources", decl, "server-fields"),
        on_server_field=on_server_field,
        internal=strings(where, "x-resources", decl, "internal"),
        unique=strings(where, "x-resources", decl, "unique"),
        filters=dict(filters),
        order=order,
        defaults=dict(mapping(where, "defaults", decl.get("defaults", {}))),
        errors=_errors(where, mapping(where, "errors", decl.get("errors", {}))),
        merge=merge,
        sort=_sort(where, decl["sort"]) if "sort" in decl else None,
        ranges=_ranges(where, mapping(where, "ranges", decl.get("ranges", {}))),
    )


def _sort(where: str, raw: object) -> ResourceSort:
    decl = mapping(where, "sort", raw)
    check_keys(where, "sort", decl, ("param", "orders", "default"))
    orders = mapping(where, "sort orders", decl.get("orders"))
    if not orders or not all(isinstance(f, str) and f.lstrip("-") for f in orders.values()):
        raise SpecError(f"{where}: sort orders must map each value to a field (-field: descending), not {orders!r}")
    default = text(where, "sort", decl, "default")
    if default is not None and default not in orders:
        raise SpecError(f"{where}: sort default {default!r} is not one of its orders")
    return ResourceSort(need(where, "sort", decl, "param"), {str(k): str(v) for k, v in orders.items()}, default)


def _ranges(where: str, decl: Mapping[str, Any]) -> dict[str, ResourceRange]:
    out: dict[str, ResourceRange] = {}
    for param, raw in decl.items():
        entry = mapping(where, f"ranges {param}", raw)
        check_keys(where, f"ranges {param}", entry, ("field", "op"))
        op = need(where, f"ranges {param}", entry, "op")
        if op not in RANGE_OPS:
            raise SpecError(f"{where}: ranges {param} op must be one of {', '.join(RANGE_OPS)}, not {op!r}")
        out[str(param)] = ResourceRange(need(where, f"ranges {param}", entry, "field"), op)
    return out


def _errors(where: str, decl: Mapping[str, Any]) -> dict[str, ResourceError]:
    check_keys(where, "errors", decl, ERROR_KINDS)
    out: dict[str, ResourceError] = {}
    for kind, raw in decl.items():
        entry = mapping(where, f"errors {kind}", raw)
        check_keys(where, f"errors {kind}", entry, ("message", "code", "content"))
        message = text(where, f"errors {kind}", entry, "message") or DEFAULT_MESSAGES[kind]
        content = mapping(where, f"errors {kind} content", entry.get("content", {}))
        for template in (message, *content.values()):
            try:
                if not isinstance(template, str):
                    raise ValueError("not a string")
                template.format(title="t", id="i", field="f", value="v")
            except (KeyError, IndexError, ValueError) as exc:
                raise SpecError(
                    f"{where}: errors {kind} {template!r} is not a template of title, id, field, value: {exc!r}"
                ) from None
        code = entry.get("code")
        if code is not None and (isinstance(code, bool) or not isinstance(code, int | str)):
            raise SpecError(f"{where}: errors {kind} code must be a number or a string, not {code!r}")
        out[kind] = ResourceError(message, code, {str(k): str(v) for k, v in content.items()})
    return out


def _id(where: str, decl: Mapping[str, Any]) -> ResourceId:
    check_keys(where, "id", decl, ("field", "format", "hook", "start", "from"))
    id_format = text(where, "id", decl, "format")
    hook = text(where, "id", decl, "hook")
    if id_format and hook:
        raise SpecError(f"{where}: id has both format and hook; an id is made one way")
    if id_format is not None and id_format != "serial":
        names = [part[1] for part in string.Formatter().parse(id_format) if part[1] is not None]
        if names not in (["n"], ["uuid"]):
            raise SpecError(f"{where}: id format {id_format!r} needs exactly one {{n...}} or {{uuid}} field")
        try:
            id_format.format(n=1, uuid="u")
        except (ValueError, KeyError) as exc:
            raise SpecError(f"{where}: id format {id_format!r}: {exc}") from None
    return ResourceId(
        field=text(where, "id", decl, "field") or "id",
        format=id_format,
        hook=hook,
        start=whole(where, "id", decl, "start", 1),
        source=text(where, "id", decl, "from"),
    )


def _parent(where: str, raw: object) -> ResourceParent:
    decl = mapping(where, "parent", raw)
    check_keys(where, "parent", decl, ("resource", "field", "from", "absent", "require"))
    resource, field_name, source = (need(where, "parent", decl, key) for key in ("resource", "field", "from"))
    if not placeholders(source):
        raise SpecError(f"{where}: parent from {source!r} names no parameter")
    absent = decl.get("absent", "all")
    if absent not in ("root", "all"):
        raise SpecError(f"{where}: parent absent must be root or all, not {absent!r}")
    require = mapping(where, "parent require", decl.get("require", {}))
    return ResourceParent(resource, field_name, source, absent, tuple(require.items()))


def check_resources(
    name: str,
    resources: Mapping[str, Resource],
    operations: Mapping[str, tuple[bool, Sequence[tuple[str, str]]]],
    schemas: Mapping[str, Any],
) -> dict[str, tuple[str, str]]:
    """Cross-check the declarations against the document; ``operations`` gives each operationId's (paginated,
    parameters as (name, location)). Returns each claimed operationId's (resource, role)."""
    claimed: dict[str, tuple[str, str]] = {}
    for kind, res in resources.items():
        where = f"{name}: x-resources {kind}"
        for role, op_ids in res.operations.items():
            for op_id in op_ids:
                if op_id not in operations:
                    raise SpecError(f"{where}: operations {role} names {op_id!r}, which is not an operationId")
                if op_id in claimed:
                    raise SpecError(f"{where}: {op_id} already serves x-resources {claimed[op_id][0]}")
                claimed[op_id] = (kind, role)
                paginated, params = operations[op_id]
                if role == "list" and not paginated:
                    raise SpecError(f"{where}: the list operation {op_id} needs x-pagination")
                if role in ONE_OBJECT_ROLES:
                    _check_id_source(where, res, op_id, params)
        if res.id.format is None and res.id.hook is None and "create" in res.operations:
            raise SpecError(f"{where}: a resource that is created needs id format or hook")
        listings = res.operations.get("list", ())
        known = {n for op_id in listings for n, _ in operations[op_id][1]}
        named = [("filters", p) for p in res.filters] + [("ranges", p) for p in res.ranges]
        for what, param in [*named, *([("sort param", res.sort.param)] if res.sort else [])]:
            if param not in known:
                raise SpecError(
                    f"{where}: {what} names {param!r}, not a parameter of {', '.join(listings) or 'a list'}"
                )
        if res.parent is not None:
            if res.parent.resource not in resources:
                raise SpecError(f"{where}: parent resource {res.parent.resource!r} is not in x-resources")
            missing = [p for p in placeholders(res.parent.source) if listings and p not in known]
            if missing:
                raise SpecError(f"{where}: parent from names {missing}, not parameters of {', '.join(listings)}")
        _check_fields(where, res, schemas)
    return claimed


def _check_id_source(where: str, res: Resource, op_id: str, params: Sequence[tuple[str, str]]) -> None:
    path = [n for n, loc in params if loc == "path"]
    if res.id.source is None:
        if len(path) != 1:
            raise SpecError(f"{where}: {op_id} has path parameters {path}; say which name the object in id from")
        return
    missing = [p for p in placeholders(res.id.source) if p not in path]
    if missing:
        raise SpecError(f"{where}: id from names {missing}, not path parameters of {op_id}")


def _check_fields(where: str, res: Resource, schemas: Mapping[str, Any]) -> None:
    if res.schema is None:
        return
    if res.schema not in schemas:
        raise SpecError(f"{where}: schema {res.schema!r} is not in components.schemas")
    properties = _properties(schemas, schemas[res.schema]) | set(res.internal)
    named = {
        "id field": [res.id.field],
        "timestamps": [f for f in (res.created_field, res.modified_field) if f],
        "filters": list(res.filters.values()),
        "unique": list(res.unique),
        "server-fields": list(res.server_fields),
        "order": [res.order.lstrip("-")] if res.order else [],
        "sort orders": [f.lstrip("-") for f in res.sort.orders.values()] if res.sort else [],
        "ranges": [r.field for r in res.ranges.values()],
    }
    for what, names in named.items():
        unknown = [n for n in names if n.split(".")[0] not in properties]
        if unknown:
            raise SpecError(f"{where}: {what} {unknown} not properties of {res.schema}")


def _properties(schemas: Mapping[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> set[str]:
    """The property names of a schema, through ``$ref`` (to components.schemas) and the ``allOf`` / ``oneOf`` /
    ``anyOf`` branches of a composed one (a tagged union's objects: every branch's fields)."""
    if not isinstance(schema, Mapping):
        return set()
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[-1]
        return set() if name in seen else _properties(schemas, schemas.get(name), seen | {name})
    found = set(schema.get("properties") or {})
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(key) or ():
            found |= _properties(schemas, branch, seen)
    return found
