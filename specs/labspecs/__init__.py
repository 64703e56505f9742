"""The typed reading of the hand-written OpenAPI specs in ``specs/`` and of their vendor extensions.

Both sides read the declarations from here: the SDK (``labsdk``) to paginate, poll and download,
the mock servers (``labmock``) to serve pages, move jobs along and sign result URLs. The extensions
themselves are documented in ``specs/README.md``.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import yaml

__all__ = [
    "ApiSpec",
    "AuthScheme",
    "ErrorShape",
    "LongRunning",
    "Operation",
    "Pagination",
    "RateLimit",
    "SignedUrlField",
    "SpecError",
    "available",
    "load",
    "snake_case",
    "specs_dir",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PaginationStyle = Literal["cursor", "next-token", "offset", "next-url"]


class SpecError(ValueError):
    """A spec, or one of its vendor extensions, is malformed."""


_DELIMITERS = ". _-"
# The names openapi-python-client 0.29 suffixes with "_" (builtins, keywords and a few of its own, but not "id").
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def snake_case(name: str) -> str:
    """The Python name openapi-python-client gives a parameter, property or operation: ``startingAfter`` →
    ``starting_after``, ``objectsDataCSVUrl`` → ``objects_data_csv_url``, ``next`` → ``next_`` (a builtin),
    ``__t`` → ``field_t`` (the configured field prefix). Mirrors the pinned generator's rules."""
    safe = "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    spaced = " ".join(re.split("([A-Z]?[a-z]+)", safe)) if any(c.isupper() for c in safe) else safe
    snake = "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", spaced)).lower()
    if snake in _RESERVED or keyword.iskeyword(snake):
        snake += "_"
    if not snake.isidentifier() or safe.startswith("_"):
        snake = "field_" + snake
    return snake


_PAGINATION_REQUIRES: Mapping[str, tuple[str, ...]] = {
    "cursor": ("cursor_param", "cursor_field"),
    "next-token": ("token_param", "token_field"),
    "offset": ("offset_param",),
    "next-url": ("next_field", "offset_param"),
}


@dataclass(frozen=True, slots=True)
class Pagination:
    """``x-pagination``: how a list operation pages. One engine per style, in labsdk and in labmock."""

    style: PaginationStyle
    items: str
    limit_param: str
    default_limit: int
    max_limit: int
    cursor_param: str | None = None
    cursor_field: str | None = None
    token_param: str | None = None
    token_field: str | None = None
    offset_param: str | None = None
    total_header: str | None = None
    links_field: str | None = None
    next_field: str | None = None
    total_field: str | None = None

    @classmethod
    def parse(cls, where: str, raw: Mapping[str, Any]) -> Pagination:
        known = {f.replace("_", "-") for f in cls.__dataclass_fields__}
        unknown = set(raw) - known
        if unknown:
            raise SpecError(f"{where}: x-pagination has unknown keys {sorted(unknown)}")
        style = raw.get("style")
        if style not in ("cursor", "next-token", "offset", "next-url"):
            raise SpecError(f"{where}: x-pagination style {style!r} is not cursor, next-token, offset or next-url")
        try:
            page = cls(**{k.replace("-", "_"): v for k, v in raw.items()})
        except TypeError as exc:
            raise SpecError(f"{where}: x-pagination: {exc}") from None
        for name in ("items", "limit_param"):
            if not isinstance(getattr(page, name), str):
                raise SpecError(f"{where}: x-pagination needs {name.replace('_', '-')}")
        if not (0 < page.default_limit <= page.max_limit):
            raise SpecError(f"{where}: x-pagination needs 0 < default-limit <= max-limit")
        for name in _PAGINATION_REQUIRES[style]:
            if not isinstance(getattr(page, name), str):
                raise SpecError(f"{where}: x-pagination style {style} needs {name.replace('_', '-')}")
        return page


@dataclass(frozen=True, slots=True)
class LongRunning:
    """``x-long-running``: the operation that reads a job, and what its fields mean."""

    status_field: str
    lifecycle: tuple[str, ...]
    success: frozenset[str]
    failure: frozenset[str]
    progress_field: str | None = None
    progress_scale: float = 100.0
    message_field: str | None = None

    @classmethod
    def parse(cls, where: str, raw: Mapping[str, Any]) -> LongRunning:
        try:
            lr = cls(
                status_field=raw["status-field"],
                lifecycle=tuple(raw["lifecycle"]),
                success=frozenset(raw["success"]),
                failure=frozenset(raw.get("failure", ())),
                progress_field=raw.get("progress-field"),
                progress_scale=float(raw.get("progress-scale", 100.0)),
                message_field=raw.get("message-field"),
            )
        except KeyError as exc:
            raise SpecError(f"{where}: x-long-running needs {exc.args[0]}") from None
        if not lr.lifecycle or lr.lifecycle[-1] not in lr.success:
            raise SpecError(f"{where}: x-long-running lifecycle must end in a success state")
        if lr.success & lr.failure:
            raise SpecError(f"{where}: x-long-running success and failure states overlap")
        return lr

    def is_terminal(self, status: str) -> bool:
        return status in self.success or status in self.failure


@dataclass(frozen=True, slots=True)
class SignedUrlField:
    """``x-signed-url`` on a schema property: the property holds a signed download URL."""

    schema: str
    property: str
    media_type: str
    filename: str | None


@dataclass(frozen=True, slots=True)
class ErrorShape:
    """``x-errors`` at the root: the schema of the API's error body and the field carrying its message."""

    schema: str
    message_field: str


@dataclass(frozen=True, slots=True)
class RateLimit:
    """``x-rate-limit`` at the root: the response headers that report a per-credential rate limit.

    ``reset`` says how ``reset-header`` counts: ``epoch-seconds`` (the Unix time the window ends, as Seven Bridges
    sends it) or ``seconds`` (seconds from now).
    """

    limit_header: str
    remaining_header: str
    reset_header: str
    reset: Literal["epoch-seconds", "seconds"] = "epoch-seconds"

    @classmethod
    def parse(cls, where: str, raw: Mapping[str, Any]) -> RateLimit:
        known = {"limit-header", "remaining-header", "reset-header", "reset"}
        unknown = set(raw) - known
        if unknown:
            raise SpecError(f"{where}: x-rate-limit has unknown keys {sorted(unknown)}")
        try:
            parsed = cls(str(raw["limit-header"]), str(raw["remaining-header"]), str(raw["reset-header"]))
        except KeyError as exc:
            raise SpecError(f"{where}: x-rate-limit needs {exc.args[0]}") from None
        reset = raw.get("reset", "epoch-seconds")
        if reset not in ("epoch-seconds", "seconds"):
            raise SpecError(f"{where}: x-rate-limit reset {reset!r} is not epoch-seconds or seconds")
        return cls(parsed.limit_header, parsed.remaining_header, parsed.reset_header, reset)


@dataclass(frozen=True, slots=True)
class AuthScheme:
    """The security scheme the operations use, as both sides need it."""

    name: str
    kind: Literal["apiKey-header", "apiKey-query", "bearer", "basic"]
    header: str
    prefix: str


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    raw: Mapping[str, Any]
    pagination: Pagination | None
    long_running: LongRunning | None
    secured: bool

    @property
    def module_name(self) -> str:
        """The generated module (``api/<tag>/<module>.py``) for this operation."""
        return snake_case(self.operation_id)

    @property
    def tag_module(self) -> str:
        return snake_case(self.tag) if self.tag != "default" else "default"


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """A loaded spec: the raw document plus its operations and declarations, resolved once."""

    name: str
    document: Mapping[str, Any]
    operations: Mapping[str, Operation]
    signed_urls: tuple[SignedUrlField, ...]
    errors: ErrorShape
    auth: AuthScheme | None
    rate_limit: RateLimit | None = None

    @property
    def server_url(self) -> str:
        return str(self.document["servers"][0]["url"])

    @property
    def base_path(self) -> str:
        """The path of the first server URL, without a trailing slash (``/api/external``)."""
        return urlsplit(self.server_url).path.rstrip("/")

    @property
    def servers(self) -> tuple[str, ...]:
        return tuple(str(s["url"]) for s in self.document["servers"])

    @property
    def generated_package(self) -> str:
        return f"{self.name}_client"

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise SpecError(f"{self.name}: no operation {operation_id!r}") from None

    def signed_url_fields(self, schema: str) -> tuple[SignedUrlField, ...]:
        return tuple(f for f in self.signed_urls if f.schema == schema)

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (``#/components/...``) to what it points at."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            node = _pointer(self.document, node["$ref"])
            seen += 1
            if seen > 32:
                raise SpecError(f"{self.name}: $ref loop")
        return node


def _pointer(document: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise SpecError(f"only local $refs are supported, not {ref!r}")
    node: Any = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        try:
            node = node[part]
        except (KeyError, TypeError):
            raise SpecError(f"$ref {ref!r} points at nothing") from None
    return node


def _iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def _auth(name: str, document: Mapping[str, Any]) -> AuthScheme | None:
    schemes: Mapping[str, Any] = document.get("components", {}).get("securitySchemes", {})
    if not schemes:
        return None
    scheme_name, scheme = next(iter(schemes.items()))
    kind = scheme.get("type")
    prefix = str(scheme.get("x-prefix", ""))
    if kind == "apiKey" and scheme.get("in") == "header":
        return AuthScheme(scheme_name, "apiKey-header", str(scheme["name"]), prefix)
    if kind == "apiKey" and scheme.get("in") == "query":
        return AuthScheme(scheme_name, "apiKey-query", str(scheme["name"]), prefix)
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return AuthScheme(scheme_name, "bearer", "Authorization", "Bearer")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return AuthScheme(scheme_name, "basic", "Authorization", "Basic")
    raise SpecError(f"{name}: security scheme {scheme_name!r} of type {kind!r} is not supported")


def parse(name: str, document: Mapping[str, Any]) -> ApiSpec:
    """Read a spec document's operations and vendor extensions; malformed declarations raise :class:`SpecError`."""
    if not str(document.get("openapi", "")).startswith("3.1"):
        raise SpecError(f"{name}: specs must be OpenAPI 3.1")
    spec_for_refs = ApiSpec(name, document, {}, (), ErrorShape("", ""), None)
    operations: dict[str, Operation] = {}
    for path, method, raw in _iter_operations(document):
        where = f"{name}: {method.upper()} {path}"
        op_id = raw.get("operationId")
        if not op_id:
            raise SpecError(f"{where} has no operationId")
        if op_id in operations:
            raise SpecError(f"{where}: operationId {op_id!r} is used twice")
        pagination = raw.get("x-pagination")
        long_running = raw.get("x-long-running")
        operations[op_id] = Operation(
            operation_id=op_id,
            method=method,
            path=path,
            tag=(raw.get("tags") or ["default"])[0],
            raw=raw,
            pagination=Pagination.parse(where, spec_for_refs.resolve(pagination)) if pagination else None,
            long_running=LongRunning.parse(where, spec_for_refs.resolve(long_running)) if long_running else None,
            secured=bool(raw.get("security")),
        )
    signed: list[SignedUrlField] = []
    for schema_name, schema in document.get("components", {}).get("schemas", {}).items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            decl = prop.get("x-signed-url") if isinstance(prop, Mapping) else None
            if decl is None:
                continue
            decl = decl if isinstance(decl, Mapping) else {}
            signed.append(
                SignedUrlField(
                    schema=schema_name,
                    property=prop_name,
                    media_type=str(decl.get("media-type", "application/octet-stream")),
                    filename=decl.get("filename"),
                )
            )
    raw_errors = document.get("x-errors")
    if not isinstance(raw_errors, Mapping) or "schema" not in raw_errors or "message-field" not in raw_errors:
        raise SpecError(f"{name}: the root needs x-errors with schema and message-field")
    errors = ErrorShape(str(raw_errors["schema"]), str(raw_errors["message-field"]))
    if errors.schema not in document.get("components", {}).get("schemas", {}):
        raise SpecError(f"{name}: x-errors names schema {errors.schema!r}, which is not in components.schemas")
    raw_rate_limit = document.get("x-rate-limit")
    rate_limit = None
    if raw_rate_limit is not None:
        if not isinstance(raw_rate_limit, Mapping):
            raise SpecError(f"{name}: x-rate-limit must be a mapping")
        rate_limit = RateLimit.parse(name, spec_for_refs.resolve(raw_rate_limit))
    return ApiSpec(name, document, operations, tuple(signed), errors, _auth(name, document), rate_limit)


def specs_dir() -> Path:
    """The folder holding ``<name>.yaml``: ``specs/`` of this repository, or ``$LABSPECS_DIR``."""
    return Path(os.environ.get("LABSPECS_DIR") or Path(__file__).resolve().parent.parent)


def available() -> tuple[str, ...]:
    """The names of the specs in :func:`specs_dir` (``biodock``, ...)."""
    return tuple(sorted(p.stem for p in specs_dir().glob("*.yaml")))


@functools.cache
def load(name: str) -> ApiSpec:
    """Load ``specs/<name>.yaml`` once per process."""
    source = specs_dir() / f"{name}.yaml"
    if not source.is_file():
        raise SpecError(f"no spec named {name!r}; available: {', '.join(available())}")
    loader = cast(Any, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    document = yaml.load(source.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    return parse(name, document)
