"""Request (and, on demand, response) validation compiled from the spec at start-up with jsonschema_rs.

Query, path and header values arrive as strings; each is coerced by its declared schema type (``"20"`` → 20
for an integer) before it is validated, so the handler receives typed values. Undeclared query parameters
are ignored, as real APIs do. A query parameter declared as an object with ``style: form, explode: true`` (the
defaults) is assembled from the query keys named by its schema's ``properties`` (``?project=a/b`` for a parameter
``scope`` whose schema has a ``project`` property), then validated as one value. Query booleans are read
case-insensitively (``True``, as Python clients send them).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from labspecs import ApiSpec, Operation

from .errors import MockHTTPError, ResponseContractError, clip
from .forms import FilePart, Form, FormError, parse_multipart, parse_urlencoded
from .messages import MockRequest, MockResponse

Coercer = Callable[[list[str]], Any]

_INT = re.compile(r"-?[0-9]+", re.ASCII)
_NUM = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", re.ASCII)
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_LOCATIONS = {"query": "query parameter", "path": "path parameter", "header": "header"}


_COMPILED: dict[int, tuple[ApiSpec, dict[str, Any]]] = {}


def compile_schema(spec: ApiSpec, schema: Any) -> Any:
    """A Draft 2020-12 validator for a schema of ``spec`` whose local ``$ref``s resolve against the document; compiled
    once per spec and schema (a spec's operations repeat the same parameter and error schemas hundreds of times)."""
    resolved: dict[str, Any] = dict(spec.resolve(schema)) if isinstance(schema, Mapping) else {}
    _, compiled = _COMPILED.setdefault(id(spec), (spec, {}))  # the spec is kept: its id stays its own
    key = json.dumps(resolved, sort_keys=True, default=repr)
    validator = compiled.get(key)
    if validator is None:
        root = {**resolved, "components": spec.document.get("components", {})}
        validator = compiled[key] = jsonschema_rs.Draft202012Validator(
            root, validate_formats=True, ignore_unknown_formats=True
        )
    return validator


def first_error(validator: Any, instance: Any) -> str | None:
    """``None`` when valid, else a short description of the first error naming where it is."""
    try:
        if validator.is_valid(instance):
            return None
        error = next(iter(validator.iter_errors(instance)))
    except ValueError as exc:  # an instance jsonschema_rs cannot read
        return clip(str(exc))
    where = "/".join(str(p) for p in error.instance_path)
    message = clip(str(error.message))
    return f"at '{where}': {message}" if where else message


def all_errors(validator: Any, instance: Any, limit: int = 50) -> list[dict[str, Any]]:
    """Every error (at most ``limit``) of an invalid instance, for services whose error body lists them by field:
    ``path`` (the instance path, a list), ``keyword`` (the failing JSON Schema keyword), ``property`` (the missing
    property of a ``required`` failure, else None), ``schema_path`` and ``message``. A request body that fails
    validation raises a :class:`MockHTTPError` whose ``details["errors"]`` holds this list."""
    found: list[dict[str, Any]] = []
    try:
        for error in validator.iter_errors(instance):
            schema_path = [str(part) for part in error.schema_path]
            found.append(
                {
                    "path": list(error.instance_path),
                    "keyword": schema_path[-1] if schema_path else "",
                    "property": getattr(error.kind, "property", None) if error.kind.name == "required" else None,
                    "schema_path": schema_path,
                    "message": clip(str(error.message)),
                }
            )
            if len(found) >= limit:
                break
    except ValueError:  # an instance jsonschema_rs cannot read: first_error reports it
        pass
    return found


@dataclass(frozen=True, slots=True)
class Validated:
    """The typed inputs of a request: parameters by location and the body (JSON value, form dict, bytes or None).

    Form bodies are dicts of coerced text fields, with :class:`FilePart` values for the file parts.
    """

    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any


@dataclass(frozen=True, slots=True)
class _Param:
    name: str
    location: str
    required: bool
    default: Any
    has_default: bool
    coerce: Coercer
    validator: Any
    members: Mapping[str, Coercer] | None = None  # an exploded object's properties (query key -> coercer)


@dataclass(frozen=True, slots=True)
class _Media:
    kind: str  # json, multipart, urlencoded, raw
    validator: Any
    fields: Mapping[str, Coercer]


class RequestValidator:
    """Everything an operation checks in a request, compiled once."""

    def __init__(self, spec: ApiSpec, operation: Operation) -> None:
        self.operation = operation
        params = _parameters(spec, operation)
        self._path = tuple(p for p in params if p.location == "path")
        self._query = tuple(p for p in params if p.location == "query")
        self._header = tuple(p for p in params if p.location == "header")
        body = spec.resolve(operation.raw.get("requestBody"))
        self._body_required = bool(body and body.get("required"))
        self._media: dict[str, _Media] = {}
        for media_type, media in ((body or {}).get("content") or {}).items():
            self._media[media_type.lower()] = _compile_media(spec, media_type.lower(), media)

    def validate(self, request: MockRequest, path_params: Mapping[str, str]) -> Validated:
        path = {p.name: self._value(p, [path_params[p.name]] if p.name in path_params else None) for p in self._path}
        query: dict[str, Any] = {}
        if self._query:
            raw_query = request.query_params
            for param in self._query:
                if param.members is not None:
                    value = self._check(param, _assemble(param.members, raw_query))
                else:
                    value = self._value(param, raw_query.get(param.name))
                if value is not _MISSING:
                    query[param.name] = value
        headers: dict[str, Any] = {}
        for param in self._header:
            raw = request.headers.get(param.name)
            value = self._value(param, None if raw is None else [raw])
            if value is not _MISSING:
                headers[param.name] = value
        body = self._parse_body(request) if self._media else None
        return Validated(path, query, headers, body)

    def _value(self, param: _Param, raw: list[str] | None) -> Any:
        return self._check(param, _MISSING if raw is None else param.coerce(raw))

    def _check(self, param: _Param, value: Any) -> Any:
        where = _LOCATIONS[param.location]
        if value is _MISSING:
            if param.has_default:
                return param.default
            if param.required:
                raise MockHTTPError(400, f"Missing required {where} '{param.name}'")
            return _MISSING
        if param.validator is not None:
            problem = first_error(param.validator, value)
            if problem is not None:
                raise MockHTTPError(400, f"Invalid {where} '{param.name}': {problem}")
        return value

    def _parse_body(self, request: MockRequest) -> Any:
        if not request.body:
            if self._body_required:
                raise MockHTTPError(400, "The request body is required")
            return None
        content_type = request.headers.get("content-type") or ""
        media_type = content_type.split(";", 1)[0].strip().lower()
        media = self._media.get(media_type) or _wildcard(self._media, media_type)
        if media is None:
            expected = " or ".join(sorted(self._media))
            shown = clip(media_type, 80) or "none"
            raise MockHTTPError(415, f"Unsupported Content-Type '{shown}'; expected {expected}")
        if media.kind == "json":
            value = _load_json(request.body)
            if media.validator is not None:
                problem = first_error(media.validator, value)
                if problem is not None:
                    details = {"errors": all_errors(media.validator, value)}
                    raise MockHTTPError(400, f"Invalid request body {problem}", details=details)
            return value
        if media.kind in ("multipart", "urlencoded"):
            try:
                form = (
                    parse_multipart(request.body, content_type)
                    if media.kind == "multipart"
                    else parse_urlencoded(request.body)
                )
            except FormError as exc:
                raise MockHTTPError(400, f"Malformed form body: {clip(str(exc))}") from None
            return _validate_form(media, form)
        return request.body


class _Missing:
    pass


_MISSING: Any = _Missing()


def _assemble(members: Mapping[str, Coercer], raw_query: Mapping[str, list[str]]) -> Any:
    """An exploded object parameter's value from its properties' query keys; missing when none is present."""
    value = {name: coerce(raw_query[name]) for name, coerce in members.items() if name in raw_query}
    return value if value else _MISSING


def _wildcard(media: Mapping[str, _Media], media_type: str) -> _Media | None:
    major = media_type.split("/", 1)[0]
    return media.get(f"{major}/*") or media.get("*/*")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _load_json(body: bytes) -> Any:
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise MockHTTPError(400, f"Malformed JSON body: {clip(str(exc), 120)}") from None


def _validate_form(media: _Media, form: Form) -> dict[str, Any]:
    values: dict[str, Any] = {}
    instance: dict[str, Any] = {}
    for name, texts in form.fields.items():
        coerce = media.fields.get(name, _as_string)
        values[name] = instance[name] = coerce(texts)
    for name, parts in form.files.items():
        if name in values:
            continue
        values[name] = parts[0]
        instance[name] = f"<file {parts[0].filename or name}>"
    if media.validator is not None:
        problem = first_error(media.validator, instance)
        if problem is not None:
            raise MockHTTPError(400, f"Invalid form body {problem}")
    return values


def form_bytes(value: Any) -> bytes | None:
    """The content of a form value: a file part's bytes, or a text field's UTF-8."""
    if isinstance(value, FilePart):
        return value.data
    if isinstance(value, str):
        return value.encode("utf-8")
    return None


# -- compiling ---------------------------------------------------------------------------------------------


def _parameters(spec: ApiSpec, operation: Operation) -> list[_Param]:
    declared: dict[tuple[str, str], Any] = {}
    path_item = spec.document.get("paths", {}).get(operation.path, {})
    for raw in [*(path_item.get("parameters") or []), *(operation.raw.get("parameters") or [])]:
        param = spec.resolve(raw)
        declared[(param["name"], param["in"])] = param
    params: list[_Param] = []
    for (name, location), param in declared.items():
        if location not in _LOCATIONS or (location == "header" and name.lower() in _IGNORED_HEADERS):
            continue
        schema = spec.resolve(param.get("schema")) or {}
        array_style = "split" if location != "query" or param.get("explode") is False else "repeat"
        members = None
        exploded = param.get("style", "form") == "form" and param.get("explode", True) is not False
        if location == "query" and exploded and "object" in _types(spec, schema):
            properties = (schema.get("properties") if isinstance(schema, Mapping) else None) or {}
            members = {key: coercer(spec, prop, "repeat") for key, prop in properties.items()}
        params.append(
            _Param(
                name=name,
                location=location,
                required=bool(param.get("required")) or location == "path",
                default=schema.get("default") if isinstance(schema, Mapping) else None,
                has_default=isinstance(schema, Mapping) and "default" in schema,
                coerce=coercer(spec, schema, array_style),
                validator=compile_schema(spec, schema) if schema else None,
                members=members,
            )
        )
    return params


def _compile_media(spec: ApiSpec, media_type: str, media: Mapping[str, Any]) -> _Media:
    schema = spec.resolve(media.get("schema"))
    validator = compile_schema(spec, schema) if schema else None
    if media_type == "application/json" or media_type.endswith("+json"):
        return _Media("json", validator, {})
    kind = {"multipart/form-data": "multipart", "application/x-www-form-urlencoded": "urlencoded"}.get(media_type)
    if kind is None:
        return _Media("raw", None, {})
    properties = (schema or {}).get("properties") or {}
    fields = {name: coercer(spec, prop, "repeat") for name, prop in properties.items()}
    return _Media(kind, validator, fields)


def _types(spec: ApiSpec, schema: Any, depth: int = 0) -> list[str]:
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > 8:
        return []
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [t for t in declared if isinstance(t, str)]
    found: list[str] = []
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            found += [t for t in _types(spec, sub, depth + 1) if t not in found]
    return found


def coercer(spec: ApiSpec, schema: Any, array_style: str) -> Coercer:
    """How to turn a parameter's raw string values into the JSON value its schema types."""
    types = _types(spec, schema)
    if "array" in types:
        resolved = spec.resolve(schema)
        scalar = _scalar(_types(spec, resolved.get("items", {}) if isinstance(resolved, Mapping) else {}))
        if array_style == "split":
            return lambda raw: [scalar(v) for v in raw[0].split(",")] if raw[0] else []
        return lambda raw: [scalar(v) for v in raw]
    one = _scalar(types)
    return lambda raw: one(raw[0])


def _as_string(raw: list[str]) -> Any:
    return raw[0]


def _scalar(types: Sequence[str]) -> Callable[[str], Any]:
    converters: list[Callable[[str], Any]] = []
    if "integer" in types:
        converters.append(_to_int)
    if "number" in types:
        converters.append(_to_number)
    if "boolean" in types:
        converters.append(_to_bool)
    if "null" in types:
        converters.append(_to_null)
    if not converters:
        return _identity

    def convert(text: str) -> Any:
        for converter in converters:
            value = converter(text)
            if value is not _MISSING:
                return value
        return text

    return convert


def _identity(text: str) -> Any:
    return text


def _to_int(text: str) -> Any:
    if _INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # more digits than Python converts
            return _MISSING
    return _MISSING


def _to_number(text: str) -> Any:
    if _NUM.fullmatch(text):
        number = float(text)
        if math.isfinite(number):
            return int(number) if _INT.fullmatch(text) and abs(number) < 2**53 else number
    return _MISSING


def _to_bool(text: str) -> Any:
    return {"true": True, "false": False}.get(text.lower(), _MISSING)


def _to_null(text: str) -> Any:
    return None if text in ("", "null") else _MISSING


# -- responses ---------------------------------------------------------------------------------------------


class ResponseValidator:
    """With ``validate_responses`` on: the status is declared, the content type matches, the JSON body
    conforms, and the required declared headers are present."""

    def __init__(self, spec: ApiSpec, operation: Operation) -> None:
        self.operation = operation
        self._by_status: dict[str, tuple[str | None, Any, tuple[str, ...]]] = {}
        for status, raw in (operation.raw.get("responses") or {}).items():
            response = spec.resolve(raw)
            content = response.get("content") or {}
            media_type = next(iter(content), None)
            schema = spec.resolve(content[media_type].get("schema")) if media_type else None
            headers = tuple(
                name.lower()
                for name, header in (response.get("headers") or {}).items()
                if spec.resolve(header).get("required")
            )
            validator = compile_schema(spec, schema) if schema else None
            self._by_status[str(status)] = (media_type, validator, headers)

    def check(self, response: MockResponse) -> None:
        status = str(response.status)
        declared = (
            self._by_status.get(status) or self._by_status.get(f"{status[0]}XX") or self._by_status.get("default")
        )
        where = f"{self.operation.operation_id} ({self.operation.method.upper()} {self.operation.path})"
        if declared is None:
            raise ResponseContractError(f"{where}: status {status} is not declared")
        media_type, validator, headers = declared
        for name in headers:
            if response.header(name) is None:
                raise ResponseContractError(f"{where}: status {status} lacks required header {name}")
        if media_type is None:
            return
        content_type = (response.header("content-type") or "").split(";", 1)[0].strip().lower()
        if content_type != media_type.lower():
            raise ResponseContractError(f"{where}: content type {content_type!r}, declared {media_type!r}")
        if validator is None or "json" not in media_type:
            return
        try:
            body = json.loads(response.body)
        except ValueError as exc:
            raise ResponseContractError(f"{where}: body is not JSON: {exc}") from None
        problem = first_error(validator, body)
        if problem is not None:
            raise ResponseContractError(f"{where}: status {status} body does not conform: {problem}")
