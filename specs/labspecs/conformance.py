"""One reading of an HTTP response against its operation in a spec: what breaks the spec, and what is new.

labmock's contract proxy and drift report and labsdk's strict mode both read responses through
:class:`ResponseContract`, so the mock side and the SDK side name the same problems the same way:

==================  ========  =====================================================================================
kind                breaking  meaning
==================  ========  =====================================================================================
undeclared-status   yes       the status is not declared (a ``default`` response stands for errors: a 2xx must be
                              declared as itself or as ``2XX``)
wrong-content-type  yes       the body's media type is not the declared one
invalid-json        yes       a JSON body that does not parse
missing-field       yes       a required property is absent
wrong-type          yes       a value of another JSON type than the declared one
invalid-value       yes       a value outside a closed ``enum`` / ``const``, or one failing another keyword
missing-header      yes       a required response header, the ``x-pagination`` ``total-header`` (2xx of a list) or
                              an ``x-rate-limit`` header (every response) is absent
new-enum-value      no        a value outside an open enum (``anyOf: [{$ref: Enum}, {type: string}]``)
new-field           no        a property the schema does not declare, even where ``additionalProperties`` allows it
                              (breaking where it is ``false``); a schema-valued ``additionalProperties`` is a map
==================  ========  =====================================================================================

The walk covers ``$ref``, ``type``, ``enum``, ``const``, ``required``, ``properties`` / ``patternProperties`` /
``additionalProperties``, ``items`` and ``allOf`` / ``anyOf`` / ``oneOf``. Every other keyword (formats, patterns,
bounds, ``if``, ``not``) is left to a full JSON Schema validator the caller compiles (``compile``), which stays the
judge of validity: a body it rejects always yields at least one breaking problem.

Each problem has two JSON paths: ``path`` for grouping (indices as ``[*]``, map keys as ``*``:
``$.results[*].status``) and ``where``, the concrete one (``$.results[3].status``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import ApiSpec, Operation

__all__ = [
    "ADDITIVE_KINDS",
    "KINDS",
    "Problem",
    "ResponseContract",
    "preview",
]

KINDS = (
    "unknown-path",
    "unknown-operation",
    "invalid-request",
    "undeclared-status",
    "wrong-content-type",
    "invalid-json",
    "missing-field",
    "wrong-type",
    "invalid-value",
    "missing-header",
    "new-enum-value",
    "new-field",
)
"""Every kind of problem, in report order (the first three are found by routing and request checks, not here)."""

ADDITIVE_KINDS = frozenset({"new-enum-value", "new-field"})

Compile = Callable[[Any], Any]
"""Compiles a schema of the spec into a validator with ``is_valid(instance)`` and ``iter_errors(instance)``."""

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MAX_DEPTH = 64
_MAX_FALLBACK_ERRORS = 20


@dataclass(frozen=True, slots=True)
class Problem:
    """One way a response departs from the spec."""

    kind: str
    path: str
    where: str
    message: str
    breaking: bool = True
    value: Any = None


def preview(value: Any, limit: int = 80) -> Any:
    """A JSON-safe, short stand-in for an example value: scalars as they are (strings clipped), containers by type."""
    if isinstance(value, str):
        return value if len(value) <= limit else value[:limit] + "…"
    if value is None or isinstance(value, bool | int | float):
        return value
    return f"<{_json_type(value)}>"


class _Key(str):
    """A map key (a name matched by a schema-valued ``additionalProperties``): ``*`` in a grouping path."""

    __slots__ = ()


Segment = str | int


def _render(segments: tuple[Segment, ...], group: bool) -> str:
    out = "$"
    for segment in segments:
        if isinstance(segment, int):
            out += "[*]" if group else f"[{segment}]"
        elif isinstance(segment, _Key) and group:
            out += ".*"
        else:
            out += f".{segment}" if _IDENT.fullmatch(segment) else f"[{json.dumps(str(segment))}]"
    return out


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _has_type(value: Any, declared: Any) -> bool:
    kinds = [declared] if isinstance(declared, str) else list(declared or [])
    actual = _json_type(value)
    return actual in kinds or (actual == "integer" and "number" in kinds)


def _same(a: Any, b: Any) -> bool:
    """JSON equality (``1 == 1.0``, but ``True`` is not ``1``)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def _one_of(value: Any, options: Iterable[Any]) -> bool:
    return any(_same(value, option) for option in options)


class _Walker:
    """Walks a JSON value along its schema and collects :class:`Problem` s."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec

    def walk(self, schema: Any, value: Any, at: tuple[Segment, ...], out: list[Problem], depth: int = 0) -> None:
        schema = self.spec.resolve(schema)
        if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
            return
        for sub in schema.get("allOf") or ():
            self.walk(sub, value, at, out, depth + 1)
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list) and branches:
                self._branches(branches, value, at, out, depth)
        declared = schema.get("type")
        if declared is not None and not _has_type(value, declared):
            shown = declared if isinstance(declared, str) else " or ".join(map(str, declared))
            out.append(self._problem("wrong-type", at, f"{_json_type(value)}, declared {shown}", value))
            return
        if "enum" in schema and not _one_of(value, schema["enum"]):
            out.append(self._problem("invalid-value", at, f"not one of {_clip_list(schema['enum'])}", value))
            return
        if "const" in schema and not _same(value, schema["const"]):
            out.append(self._problem("invalid-value", at, f"not the constant {schema['const']!r}", value))
            return
        if isinstance(value, dict):
            self._object(schema, value, at, out, depth)
        elif isinstance(value, list) and isinstance(self.spec.resolve(schema.get("items")), Mapping):
            for index, item in enumerate(value):
                self.walk(schema["items"], item, (*at, index), out, depth + 1)

    def _object(
        self, schema: Mapping[str, Any], value: dict[str, Any], at: tuple[Segment, ...], out: list[Problem], depth: int
    ) -> None:
        for name in schema.get("required") or ():
            if name not in value:
                out.append(self._problem("missing-field", (*at, name), "required property is missing"))
        properties: Mapping[str, Any] = schema.get("properties") or {}
        patterns = _patterns(schema.get("patternProperties"))
        extra = self.spec.resolve(schema.get("additionalProperties", True))
        for name, item in value.items():
            matched = [sub for pattern, sub in patterns if pattern.search(name)]
            if name in properties:
                self.walk(properties[name], item, (*at, name), out, depth + 1)
            elif matched:
                for sub in matched:
                    self.walk(sub, item, (*at, name), out, depth + 1)
            elif isinstance(extra, Mapping):  # a map: its keys are data
                self.walk(extra, item, (*at, _Key(name)), out, depth + 1)
            elif properties or extra is False:
                allowed = extra is not False
                message = "undeclared property" + ("" if allowed else " (additionalProperties: false)")
                out.append(self._problem("new-field", (*at, name), message, item, breaking=not allowed))

    def _branches(
        self, branches: list[Any], value: Any, at: tuple[Segment, ...], out: list[Problem], depth: int
    ) -> None:
        resolved = [self.spec.resolve(b) for b in branches]
        open_enum = _open_enum(resolved)
        if open_enum is not None:
            if isinstance(value, str):
                if not _one_of(value, open_enum["enum"]):
                    message = f"not one of the known values {_clip_list(open_enum['enum'])}"
                    out.append(self._problem("new-enum-value", at, message, value, breaking=False))
                return
            self.walk(open_enum, value, at, out, depth + 1)
            return
        candidates = [b for b in resolved if not _is_null(b)]
        if value is None and len(candidates) < len(resolved):
            return
        best: list[Problem] | None = None
        for branch in candidates:
            found: list[Problem] = []
            self.walk(branch, value, at, found, depth + 1)
            if not any(p.breaking for p in found):
                out.extend(found)
                return
            if best is None or _breaks(found) < _breaks(best):
                best = found
        out.extend(best or ())

    def _problem(
        self, kind: str, at: tuple[Segment, ...], message: str, value: Any = None, *, breaking: bool = True
    ) -> Problem:
        return Problem(kind, _render(at, True), _render(at, False), message, breaking, preview(value))


@functools.cache
def _regex(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:  # an ECMA-only construct: the full validator judges it
        return None


def _patterns(declared: Any) -> list[tuple[re.Pattern[str], Any]]:
    if not isinstance(declared, Mapping):
        return []
    compiled = ((_regex(str(pattern)), sub) for pattern, sub in declared.items())
    return [(regex, sub) for regex, sub in compiled if regex is not None]


def _breaks(problems: list[Problem]) -> int:
    return sum(1 for p in problems if p.breaking)


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null" and len(schema) <= 2


def _open_enum(branches: list[Any]) -> Mapping[str, Any] | None:
    """The enum branch of ``anyOf: [{$ref: Enum}, {type: string}]`` (in either order), else None."""
    if len(branches) != 2 or not all(isinstance(b, Mapping) for b in branches):
        return None
    enums = [b for b in branches if "enum" in b]
    strings = [b for b in branches if "enum" not in b and b.get("type") == "string" and len(b) <= 2]
    if len(enums) == 1 and len(strings) == 1:
        return enums[0]  # type: ignore[no-any-return]
    return None


def _clip_list(values: Iterable[Any], limit: int = 8) -> str:
    shown = list(values)
    text = ", ".join(repr(v) for v in shown[:limit])
    return f"[{text}{', …' if len(shown) > limit else ''}]"


@dataclass(frozen=True, slots=True)
class _Declared:
    status: str
    media_type: str | None
    schema: Any
    validator: Any
    headers: tuple[str, ...]


class ResponseContract:
    """What one operation's responses must be, read from the spec once; :meth:`check` reads one response."""

    def __init__(self, spec: ApiSpec, operation: Operation, compile: Compile | None = None) -> None:
        self.spec = spec
        self.operation = operation
        self._walker = _Walker(spec)
        self._by_status: dict[str, _Declared] = {}
        for status, raw in (operation.raw.get("responses") or {}).items():
            response = spec.resolve(raw) or {}
            content = response.get("content") or {}
            media_type = next(iter(content), None)
            schema = spec.resolve(content[media_type].get("schema")) if media_type else None
            required = tuple(
                name for name, header in (response.get("headers") or {}).items() if spec.resolve(header).get("required")
            )
            json_schema = schema if media_type and _is_json(media_type) and schema is not None else None
            validator = compile(json_schema) if compile and json_schema is not None else None
            self._by_status[str(status).upper()] = _Declared(str(status), media_type, json_schema, validator, required)
        self._always: tuple[str, ...] = ()
        if spec.rate_limit is not None:
            declared = spec.rate_limit
            self._always = (declared.limit_header, declared.remaining_header, declared.reset_header)
        page = operation.pagination
        self._total_header = page.total_header if page is not None else None

    def declared(self, status: int) -> str | None:
        """The response key (``"200"``, ``"2XX"``, ``"default"``) that covers ``status``, or None."""
        found = self._lookup(status)
        return found.status if found else None

    def _lookup(self, status: int) -> _Declared | None:
        text = str(status)
        found = self._by_status.get(text) or self._by_status.get(f"{text[:1]}XX")
        if found is None and status >= 400:
            found = self._by_status.get("DEFAULT")
        return found

    def check(
        self,
        status: int,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
        *,
        head: bool = False,
    ) -> list[Problem]:
        """Every problem of one response (``headers`` in any case; ``body`` as received; ``head``: the answer to a
        HEAD request, whose body is empty by design)."""
        present = {k.lower(): v for k, v in (headers.items() if isinstance(headers, Mapping) else headers)}
        out: list[Problem] = []
        expected = list(self._always)
        if self._total_header and 200 <= status < 300:
            expected.append(self._total_header)
        declared = self._lookup(status)
        if declared is None:
            known = ", ".join(d.status for d in self._by_status.values())
            out.append(Problem("undeclared-status", "status", "status", f"{status} is not declared ({known})", True))
        else:
            expected.extend(declared.headers)
        for name in dict.fromkeys(expected):
            if name.lower() not in present:
                out.append(Problem("missing-header", f"header {name}", f"header {name}", f"{status}: header absent"))
        if declared is not None and declared.media_type is not None and not head:
            out.extend(self._body(declared, present.get("content-type", ""), body))
        return out

    def _body(self, declared: _Declared, content_type: str, body: bytes) -> list[Problem]:
        if not body:
            return [Problem("invalid-json", "$", "$", "the body is empty")] if declared.schema is not None else []
        media_type = content_type.split(";", 1)[0].strip().lower()
        expected = str(declared.media_type).lower()
        if media_type != expected and not (expected.endswith("/*") and media_type.startswith(expected[:-1])):
            message = f"{media_type or 'none'}, declared {declared.media_type}"
            return [Problem("wrong-content-type", "content-type", "content-type", message, True, preview(media_type))]
        if declared.schema is None:
            return []
        try:
            value = json.loads(body)
        except (ValueError, RecursionError) as exc:
            return [Problem("invalid-json", "$", "$", f"the body is not JSON ({type(exc).__name__})")]
        out: list[Problem] = []
        self._walker.walk(declared.schema, value, (), out)
        if declared.validator is not None and not any(p.breaking for p in out):
            out.extend(_fallback(declared.validator, value))
        return out


def _fallback(validator: Any, value: Any) -> list[Problem]:
    """What the full validator rejects that the walk does not cover (at least one problem when it rejects). The
    messages name the keyword and its limit, never the instance (which may be sensitive): ``value`` previews it."""
    try:
        if validator.is_valid(value):
            return []
        errors = list(validator.iter_errors(value))[:_MAX_FALLBACK_ERRORS]
    except ValueError:  # an instance the validator cannot read
        return [Problem("invalid-value", "$", "$", "the validator cannot read the body")]
    out: list[Problem] = []
    for error in errors:
        at = tuple(p if isinstance(p, int) else str(p) for p in error.instance_path)
        kind = error.kind
        details = {k: v for k, v in kind.as_dict().items() if k != "context" and isinstance(v, str | int | float)}
        shown = ", ".join(f"{k} {v!r}" for k, v in details.items())
        message = f"fails {kind.name}" + (f" ({shown})" if shown else "")
        out.append(Problem("invalid-value", _render(at, True), _render(at, False), message, True, _at(value, at)))
    return out or [Problem("invalid-value", "$", "$", "the body does not conform to the schema")]


def _at(value: Any, at: tuple[Segment, ...]) -> Any:
    for segment in at:
        try:
            value = value[segment]
        except (KeyError, IndexError, TypeError):
            return None
    return preview(value)


def _is_json(media_type: str) -> bool:
    lowered = media_type.lower()
    return lowered == "application/json" or lowered.endswith("+json")
