"""Response validation: each (operation, status) JSON schema of a spec compiled once into Python closures.

openapi-python-client's ``from_dict`` does not check scalar types (``"percentageCompleted": "abc"`` is accepted),
and its union parsing falls back to the raw value. The SDK therefore checks every 2xx JSON body against its
declared schema before trusting the model built from it. The schema is compiled on first use into closures that
test the parsed JSON's exact Python types (``json.loads`` yields only dict, list, str, int, float, bool and None),
so a body costs a few dict lookups per value; no JSON Schema library is needed. When jsonschema-rs happens to be
installed (the mock servers' dependency, not the SDK's), its compiled validator answers the common case (valid)
first, several times quicker; the closures still decide, and name the problem.

What is checked: ``$ref`` (local, recursive ones included), ``type`` (a name or a list, OpenAPI 3.0's
``nullable``), ``enum``, ``const``, ``required``, ``properties``, a schema-valued ``additionalProperties`` (a map),
``items``, ``allOf``, ``anyOf`` and ``oneOf`` (at least one branch must match; a discriminator only picks among
them). What is not: formats (the generated ``from_dict`` parses dates itself), string and number bounds,
patterns, and undeclared properties (a new field is accepted, as the generated models keep it; strict mode
reports it). An open enum (``anyOf: [{$ref: Enum}, {type: string}]``) accepts any string.

A failure names the JSON path of the value (``$.items[3].size``), its JSON type and what was declared.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from labspecs import ApiSpec, Operation

__all__ = ["BodyCheck", "BodyValidator", "Check", "SpecValidators", "body_problem", "compile_schema"]

_NONE = type(None)
_JSON_TYPES: dict[str, frozenset[type]] = {
    "object": frozenset({dict}),
    "array": frozenset({list}),
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "number": frozenset({int, float}),
    "boolean": frozenset({bool}),
    "null": frozenset({_NONE}),
}
_ANY: frozenset[type] = frozenset().union(*_JSON_TYPES.values())


class Invalid(Exception):
    """A value that breaks its schema; ``path`` is filled in (innermost first) on the way out."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str | int] = []

    def where(self) -> str:
        out = "$"
        for part in reversed(self.path):
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if part.isidentifier() else f"[{part!r}]")
        return out


Deep = Callable[[Any], None]
"""A check run once the value's type is admitted; raises :class:`Invalid`."""


@dataclass(frozen=True, slots=True)
class Check:
    """A compiled schema: the admitted Python types of the value, then an optional deeper check."""

    types: frozenset[type]
    deep: Deep | None
    declared: str

    def __call__(self, value: Any) -> None:
        if type(value) not in self.types:
            if type(value) is float and int in self.types and float not in self.types and value.is_integer():
                return  # 5.0 is an integer in JSON
            raise Invalid(f"{_described(value)}, declared {self.declared}")
        if self.deep is not None:
            self.deep(value)


_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    _NONE: "null",
}


def _json_type(value: Any) -> str:
    return _NAMES.get(type(value), type(value).__name__)


def _described(value: Any) -> str:
    """``string "abc"``, ``integer 3``, ``object``: the JSON type, and the value when it is a scalar."""
    shown = _short(value)
    return f"{_json_type(value)} {shown}" if shown else _json_type(value)


def _short(value: Any) -> str:
    if isinstance(value, dict | list):
        return ""
    text = json.dumps(value) if isinstance(value, str | int | float | bool) or value is None else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


class _Compiler:
    """Compiles the schemas of one spec; each ``$ref`` once (shared by every operation)."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self.refs: dict[str, Check] = {}
        self.pending: set[str] = set()

    def compile(self, schema: Any) -> Check:
        if not isinstance(schema, Mapping):
            return Check(_ANY, None, "anything")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._ref(ref)
        return self._schema(schema)

    def _ref(self, ref: str) -> Check:
        done = self.refs.get(ref)
        if done is not None:
            return done
        name = ref.rsplit("/", 1)[-1]
        if ref in self.pending:  # recursive: look it up when it runs
            refs = self.refs
            return Check(_ANY, lambda value: refs[ref](value), name)
        self.pending.add(ref)
        try:
            compiled = self.compile(self.spec.resolve({"$ref": ref}))
        finally:
            self.pending.discard(ref)
        compiled = Check(compiled.types, compiled.deep, name if compiled.declared == "object" else compiled.declared)
        self.refs[ref] = compiled
        return compiled

    def _schema(self, schema: Mapping[str, Any]) -> Check:
        types, declared = self._types(schema)
        nullable = _NONE in types and declared != "anything"  # null declared here, whatever the subschemas say
        deeps: list[Deep] = []
        for sub in schema.get("allOf") or ():
            part = self.compile(sub)
            types &= part.types
            deeps.append(part)
            if declared == "anything":
                declared = part.declared
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list) and branches:
                union = self._union([self.compile(b) for b in branches])
                types &= union.types
                if union.deep is not None:
                    deeps.append(union.deep)
                if declared == "anything":
                    declared = union.declared
        if "enum" in schema or "const" in schema:
            deeps.append(_enum(schema["enum"] if "enum" in schema else [schema["const"]]))
        if dict in types and ("properties" in schema or "required" in schema or "additionalProperties" in schema):
            deeps.append(self._object(schema))
        if list in types and isinstance(schema.get("items"), Mapping):
            deeps.append(_array(self.compile(schema["items"])))
        deep = _all(deeps)
        if nullable:
            types.add(_NONE)
            deep = _skip_null(deep)
        return Check(frozenset(types), deep, declared)

    def _types(self, schema: Mapping[str, Any]) -> tuple[set[type], str]:
        declared = schema.get("type")
        names = [declared] if isinstance(declared, str) else [str(n) for n in declared or ()]
        if not names:
            return set(_ANY), "anything"
        if schema.get("nullable") is True and "null" not in names:
            names.append("null")
        types: set[type] = set()
        for name in names:
            types |= _JSON_TYPES.get(name, _ANY)
        return types, " or ".join(names)

    def _union(self, branches: list[Check]) -> Check:
        types = frozenset().union(*(b.types for b in branches))
        declared = " or ".join(dict.fromkeys(b.declared for b in branches))
        # Branches that admit a type with no deeper check accept every value of that type (an open enum's string).
        plain = frozenset().union(*(b.types for b in branches if b.deep is None))
        if all(b.deep is None for b in branches):
            return Check(types, None, declared)

        def any_branch(value: Any) -> None:
            kind = type(value)
            if kind in plain:
                return
            failures: list[Invalid] = []
            for branch in branches:
                if kind not in branch.types:
                    continue
                try:
                    branch(value)
                except Invalid as exc:
                    failures.append(exc)
                else:
                    return
            if len(failures) == 1:
                raise failures[0]
            raise Invalid(f"{_json_type(value)} matching none of {declared}")

        return Check(types, any_branch, declared)

    def _object(self, schema: Mapping[str, Any]) -> Deep:
        properties = {str(k): self.compile(v) for k, v in (schema.get("properties") or {}).items()}
        required = tuple(str(name) for name in schema.get("required") or ())
        extra = self.spec.resolve(schema.get("additionalProperties", True))
        values = self.compile(extra) if isinstance(extra, Mapping) and extra else None
        check_required = _required(required)
        if values is None and not properties:
            return check_required
        plan = {name: (check.types, check.deep, check) for name, check in properties.items()}

        def check_object(value: dict[str, Any]) -> None:
            check_required(value)
            for name, item in value.items():
                found = plan.get(name)
                if found is None:
                    if values is None:
                        continue
                    found = (values.types, values.deep, values)
                types, deep, check = found
                try:
                    if type(item) not in types:
                        check(item)
                    elif deep is not None:
                        deep(item)
                except Invalid as exc:
                    exc.path.append(name)
                    raise

        return check_object


def _required(required: tuple[str, ...]) -> Deep:
    def check_required(value: dict[str, Any]) -> None:
        for name in required:
            if name not in value:
                exc = Invalid("required property is missing")
                exc.path.append(name)
                raise exc

    return check_required


def _array(item: Check) -> Deep:
    types, deep = item.types, item.deep

    def check_array(value: list[Any]) -> None:
        for index, element in enumerate(value):
            if type(element) not in types or deep is not None:
                try:
                    item(element)
                except Invalid as exc:
                    exc.path.append(index)
                    raise

    return check_array


def _enum(allowed: list[Any]) -> Deep:
    # JSON equality: True is not 1 (a set would say it is), 1 is 1.0.
    keyed = {(type(v) is bool, v) for v in allowed if not isinstance(v, dict | list)}
    shown = ", ".join(json.dumps(v) for v in allowed[:8]) + (", …" if len(allowed) > 8 else "")

    def check_enum(value: Any) -> None:
        known = value in allowed if isinstance(value, dict | list) else (type(value) is bool, value) in keyed
        if not known:
            raise Invalid(f"{_described(value)} is not one of [{shown}]")

    return check_enum


def _skip_null(deep: Deep | None) -> Deep | None:
    if deep is None:
        return None

    def unless_null(value: Any) -> None:
        if value is not None:
            deep(value)

    return unless_null


def _all(deeps: list[Deep]) -> Deep | None:
    if not deeps:
        return None
    if len(deeps) == 1:
        return deeps[0]

    def check_all(value: Any) -> None:
        for deep in deeps:
            deep(value)

    return check_all


def compile_schema(spec: ApiSpec, schema: Any) -> Check:
    """``schema`` (a schema of ``spec``, its ``$ref``s resolved there) compiled into a :class:`Check`."""
    return _Compiler(spec).compile(schema)


def _fast_validator(spec: ApiSpec, schema: Any) -> Callable[[Any], bool] | None:
    """jsonschema-rs's ``is_valid`` of ``schema`` when jsonschema-rs is installed (the mocks' dependency, never the
    SDK's): a quicker yes. Its rules are a superset of the closures' (bounds, patterns, exactly one ``oneOf``), so
    its yes is theirs; on its no, the closures judge (and say where)."""
    try:
        jsonschema_rs = importlib.import_module("jsonschema_rs")
    except ImportError:
        return None
    root = dict(spec.resolve(schema))
    root["components"] = spec.document.get("components", {})
    try:
        validator = jsonschema_rs.Draft202012Validator(root, validate_formats=False)
    except (ValueError, TypeError):  # a schema it cannot compile: the closures alone
        return None
    is_valid: Callable[[Any], bool] = validator.is_valid
    return is_valid


@dataclass(frozen=True, slots=True)
class BodyCheck:
    """One response's compiled schema: :meth:`problem` of a parsed JSON body."""

    check: Check
    fast: Callable[[Any], bool] | None = None

    def problem(self, body: Any) -> str | None:
        """``None`` if ``body`` conforms, else its JSON path and what is wrong there."""
        if self.fast is not None:
            try:
                if self.fast(body):
                    return None
            except (ValueError, TypeError, OverflowError):  # a value it cannot convert (a huge int): the closures
                pass
        return body_problem(self.check, body)


@dataclass(frozen=True, slots=True)
class BodyValidator:
    """The compiled JSON schemas of one operation's 2xx responses, by declared status (``200``, ``2XX``): the SDK
    checks successful bodies only (any other status raises its APIStatusError first)."""

    by_status: Mapping[str, BodyCheck]

    def check(self, status: int) -> BodyCheck | None:
        """The check of a response of ``status``, None when it has no JSON schema."""
        text = str(status)
        return self.by_status.get(text) or self.by_status.get(f"{text[:1]}XX")


def _json_schema(spec: ApiSpec, response: Any) -> Any:
    content = (spec.resolve(response) or {}).get("content") or {}
    for media, body in content.items():
        lowered = str(media).lower()
        if lowered == "application/json" or lowered.endswith("+json"):
            return (body or {}).get("schema")
    return None


class SpecValidators:
    """The :class:`BodyValidator` of each operation of one spec, compiled on first use (each ``$ref`` once)."""

    def __init__(self, spec: ApiSpec) -> None:
        self._spec = spec
        self._compiler = _Compiler(spec)
        self._by_operation: dict[str, BodyValidator] = {}

    def __call__(self, operation: Operation) -> BodyValidator:
        found = self._by_operation.get(operation.operation_id)
        if found is None:
            by_status: dict[str, BodyCheck] = {}
            for status, response in (operation.raw.get("responses") or {}).items():
                schema = _json_schema(self._spec, response) if str(status).startswith("2") else None
                if schema is not None:
                    check = self._compiler.compile(schema)
                    by_status[str(status).upper()] = BodyCheck(check, _fast_validator(self._spec, schema))
            found = self._by_operation[operation.operation_id] = BodyValidator(by_status)
        return found


def body_problem(check: Check, body: Any) -> str | None:
    """``None`` if the parsed JSON ``body`` passes ``check``, else where and how it does not."""
    try:
        check(body)
    except Invalid as exc:
        return f"{exc.where()}: {exc.message}"
    except RecursionError:
        return "$ is nested too deeply to check"
    return None
