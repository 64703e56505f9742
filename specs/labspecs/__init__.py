"""The typed reading of the hand-written OpenAPI specs in ``specs/`` and of their vendor extensions.

Both sides read the declarations from here: the SDK (``labsdk``) to paginate, poll and download,
the mock servers (``labmock``) to serve pages, move jobs along and sign result URLs. The extensions
themselves are documented in ``specs/README.md``.
"""

from __future__ import annotations

import builtins
import dataclasses
import functools
import keyword
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import yaml

from ._extensions import (
    Echo,
    ErrorShape,
    LongRunning,
    Pagination,
    PaginationStyle,
    RateLimit,
    SignedRedirect,
    SignedUrlField,
    SpecError,
)
from ._resources import (
    Resource,
    ResourceError,
    ResourceId,
    ResourceParent,
    ResourceRange,
    ResourceSort,
    check_resources,
    parse_resources,
    placeholders,
)

__all__ = [
    "ApiSpec",
    "AuthScheme",
    "Echo",
    "ErrorShape",
    "LongRunning",
    "Operation",
    "Pagination",
    "PaginationStyle",
    "RateLimit",
    "Resource",
    "ResourceError",
    "ResourceId",
    "ResourceParent",
    "ResourceRange",
    "ResourceSort",
    "SignedRedirect",
    "SignedUrlField",
    "SpecError",
    "available",
    "generated_package",
    "load",
    "placeholders",
    "snake_case",
    "specs_dir",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The extensions labspecs reads, by where they stand; any other ``x-`` key there is a typo and fails loudly.
OPERATION_EXTENSIONS = frozenset({"x-pagination", "x-long-running", "x-signed-redirect"})
ROOT_EXTENSIONS = frozenset({"x-errors", "x-rate-limit", "x-resources"})

_DELIMITERS = ". _-"
# The names openapi-python-client 0.29 suffixes with "_" (builtins, keywords and a few of its own, but not "id").
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


@functools.lru_cache(maxsize=4096)
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


@dataclass(frozen=True, slots=True)
class AuthScheme:
    """One security scheme, as both sides need it. ``basic_key`` (Basic schemes only, the scheme's ``x-basic-key``)
    says what the API key is in ``user:password``: ``pair`` (the key is the whole ``user:password``, the default) or
    ``username`` (the key is the username, the password empty: ``KEY:``)."""

    name: str
    kind: Literal["apiKey-header", "apiKey-query", "bearer", "basic"]
    header: str
    prefix: str
    basic_key: Literal["pair", "username"] = "pair"


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation and its declarations. ``parameters`` are its (and its path item's) parameters as
    ``(name, location)``; ``resource`` is the ``(x-resources kind, role)`` it serves, if any; ``security`` its
    security requirements (alternatives, each the names of the schemes it needs together)."""

    operation_id: str
    method: str
    path: str
    tag: str
    raw: Mapping[str, Any]
    pagination: Pagination | None
    long_running: LongRunning | None
    secured: bool
    signed_redirect: SignedRedirect | None = None
    parameters: tuple[tuple[str, str], ...] = ()
    resource: tuple[str, str] | None = None
    security: tuple[tuple[str, ...], ...] = ()

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
    resources: Mapping[str, Resource] = field(default_factory=dict)
    auth_schemes: Mapping[str, AuthScheme] = field(default_factory=dict)

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
        return generated_package(self.name)

    def operation_schemes(self, operation: Operation) -> tuple[AuthScheme, ...]:
        """The schemes any one of which alone authenticates ``operation`` (its one-scheme ``security`` entries, in
        order). A requirement of several schemes at once carries the key in parts, joined by ``:`` (the mock's
        ``SchemeAuthenticator.for_spec``)."""
        return tuple(self.auth_schemes[names[0]] for names in operation.security if len(names) == 1)

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise SpecError(f"{self.name}: no operation {operation_id!r}") from None

    def signed_url_fields(self, schema: str) -> tuple[SignedUrlField, ...]:
        return tuple(f for f in self.signed_urls if f.schema == schema)

    @property
    def signed_redirects(self) -> tuple[Operation, ...]:
        """The operations that answer with a redirect to a signed download URL (``x-signed-redirect``)."""
        return tuple(op for op in self.operations.values() if op.signed_redirect is not None)

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


def _scheme(name: str, scheme_name: str, scheme: Mapping[str, Any]) -> AuthScheme:
    kind = scheme.get("type")
    prefix = str(scheme.get("x-prefix", ""))
    basic_key = scheme.get("x-basic-key", "pair")
    if basic_key not in ("pair", "username") or ("x-basic-key" in scheme and kind != "http"):
        raise SpecError(f"{name}: security scheme {scheme_name!r}: x-basic-key must be pair or username (Basic only)")
    if kind == "apiKey" and scheme.get("in") == "header":
        return AuthScheme(scheme_name, "apiKey-header", str(scheme["name"]), prefix)
    if kind == "apiKey" and scheme.get("in") == "query":
        return AuthScheme(scheme_name, "apiKey-query", str(scheme["name"]), prefix)
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return AuthScheme(scheme_name, "bearer", "Authorization", "Bearer")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return AuthScheme(scheme_name, "basic", "Authorization", "Basic", basic_key)
    raise SpecError(f"{name}: security scheme {scheme_name!r} of type {kind!r} is not supported")


def _auth_schemes(name: str, document: Mapping[str, Any]) -> dict[str, AuthScheme]:
    """Every security scheme, in declaration order: the first is the credential the SDK sends; the mock accepts any
    scheme an operation's ``security`` lists."""
    schemes: Mapping[str, Any] = document.get("components", {}).get("securitySchemes", {})
    return {scheme_name: _scheme(name, scheme_name, scheme) for scheme_name, scheme in schemes.items()}


def _security(where: str, raw: Mapping[str, Any], schemes: Mapping[str, AuthScheme]) -> tuple[tuple[str, ...], ...]:
    """An operation's ``security``: the alternatives, each the scheme names that must all be present."""
    out: list[tuple[str, ...]] = []
    for requirement in raw.get("security") or []:
        if not isinstance(requirement, Mapping):
            raise SpecError(f"{where}: a security requirement must be a mapping, not {requirement!r}")
        for scheme_name in requirement:
            if scheme_name not in schemes:
                raise SpecError(f"{where}: security names {scheme_name!r}, which components.securitySchemes lacks")
        out.append(tuple(str(n) for n in requirement))
    return tuple(out)


def _parameters(
    spec: ApiSpec, path_item: Mapping[str, Any], raw: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...]]:
    """The query parameters by name (their definitions) and every parameter as (name, location)."""
    found: dict[tuple[str, str], Any] = {}
    for param in [*(path_item.get("parameters") or []), *(raw.get("parameters") or [])]:
        resolved = spec.resolve(param)
        found[(str(resolved["name"]), str(resolved["in"]))] = resolved
    return {n: p for (n, loc), p in found.items() if loc == "query"}, tuple(found)


def _check_extensions(where: str, node: Mapping[str, Any], known: frozenset[str]) -> None:
    unknown = sorted(key for key in node if isinstance(key, str) and key.startswith("x-") and key not in known)
    if unknown:
        raise SpecError(f"{where}: unknown extension {unknown[0]!r} (known here: {', '.join(sorted(known))})")


def _operation(spec: ApiSpec, where: str, path: str, method: str, raw: Mapping[str, Any]) -> Operation:
    _check_extensions(where, raw, OPERATION_EXTENSIONS)
    query, parameters = _parameters(spec, spec.document["paths"][path], raw)
    pagination = raw.get("x-pagination")
    long_running = raw.get("x-long-running")
    redirect = raw.get("x-signed-redirect")
    return Operation(
        operation_id=raw["operationId"],
        method=method,
        path=path,
        tag=(raw.get("tags") or ["default"])[0],
        raw=raw,
        pagination=Pagination.parse(where, spec.resolve(pagination), query) if pagination else None,
        long_running=LongRunning.parse(where, spec.resolve(long_running)) if long_running else None,
        secured=bool(raw.get("security")),
        security=_security(where, raw, spec.auth_schemes),
        signed_redirect=(
            SignedRedirect.parse(where, spec.resolve(redirect), raw.get("responses") or {}) if redirect else None
        ),
        parameters=parameters,
    )


def parse(name: str, document: Mapping[str, Any]) -> ApiSpec:
    """Read a spec document's operations and vendor extensions; malformed declarations raise :class:`SpecError`."""
    if not str(document.get("openapi", "")).startswith("3.1"):
        raise SpecError(f"{name}: specs must be OpenAPI 3.1")
    _check_extensions(f"{name}: the root", document, ROOT_EXTENSIONS)
    schemes = _auth_schemes(name, document)
    spec_for_refs = ApiSpec(name, document, {}, (), ErrorShape("", ""), None, auth_schemes=schemes)
    schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})
    operations: dict[str, Operation] = {}
    for path, method, raw in _iter_operations(document):
        where = f"{name}: {method.upper()} {path}"
        op_id = raw.get("operationId")
        if not op_id:
            raise SpecError(f"{where} has no operationId")
        if op_id in operations:
            raise SpecError(f"{where}: operationId {op_id!r} is used twice")
        operations[op_id] = _operation(spec_for_refs, where, path, method, raw)
    signed: list[SignedUrlField] = []
    for schema_name, schema in schemas.items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, Mapping) and "x-signed-url" in prop:
                where = f"{name}: {schema_name}.{prop_name}"
                signed.append(SignedUrlField.parse(where, schema_name, prop_name, prop["x-signed-url"]))
    errors = ErrorShape.parse(name, spec_for_refs.resolve(document.get("x-errors")), schemas)
    raw_rate_limit = document.get("x-rate-limit")
    rate_limit = RateLimit.parse(name, spec_for_refs.resolve(raw_rate_limit)) if raw_rate_limit is not None else None
    resources = parse_resources(name, document["x-resources"]) if "x-resources" in document else {}
    shapes = {op_id: (op.pagination is not None, op.parameters) for op_id, op in operations.items()}
    for op_id, served in check_resources(name, resources, shapes, schemas).items():
        operations[op_id] = dataclasses.replace(operations[op_id], resource=served)
    first = next(iter(schemes.values()), None)
    return ApiSpec(
        name, document, operations, tuple(signed), errors, first, rate_limit, resources, auth_schemes=schemes
    )


def generated_package(name: str) -> str:
    """The import name of the client generated from ``<name>.yaml`` (the one place that names it).

    Prefixed with ``labsdk_`` so that an installed SDK cannot clash with another distribution's ``<api>_client``
    (the Makefile's ``CLIENTS`` wildcard and pyproject's package list follow the same ``labsdk_*_client`` pattern).
    """
    return f"labsdk_{name}_client"


# In an installed distribution the specs are package data, ``labspecs/specs/<name>.yaml`` (tools/packaging puts them
# there); in the repository they are ``specs/<name>.yaml``, beside this package's folder.
_PACKAGED_SPECS = Path(__file__).resolve().parent / "specs"
_REPOSITORY_SPECS = Path(__file__).resolve().parent.parent


def specs_dir() -> Path:
    """The folder holding ``<name>.yaml``: ``$LABSPECS_DIR``, else the installed package's ``labspecs/specs/``, else
    ``specs/`` of this repository."""
    override = os.environ.get("LABSPECS_DIR")
    if override:
        return Path(override)
    return _PACKAGED_SPECS if _PACKAGED_SPECS.is_dir() else _REPOSITORY_SPECS


def _find(name: str) -> Path | None:
    """``<name>.yaml`` in :func:`specs_dir`, else in the folders of ``$LABSPECS_PATH`` (``os.pathsep``-separated:
    specs that are not APIs of this repository, such as the tests' engine fixture)."""
    extra = [Path(p) for p in os.environ.get("LABSPECS_PATH", "").split(os.pathsep) if p]
    for folder in (specs_dir(), *extra):
        if (folder / f"{name}.yaml").is_file():
            return folder / f"{name}.yaml"
    return None


def available() -> tuple[str, ...]:
    """The names of the specs in :func:`specs_dir` (``biodock``, ...)."""
    return tuple(sorted(p.stem for p in specs_dir().glob("*.yaml")))


@functools.cache
def load(name: str) -> ApiSpec:
    """Load ``specs/<name>.yaml`` (or ``<name>.yaml`` on ``$LABSPECS_PATH``) once per process."""
    source = _find(name)
    if source is None:
        raise SpecError(f"no spec named {name!r}; available: {', '.join(available())}")
    loader = cast(Any, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    document = yaml.load(source.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    return parse(name, document)
