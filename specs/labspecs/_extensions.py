"""The typed reading of the vendor extensions an operation or the document root declares (``specs/README.md``).

Every declaration is strict: a key it does not use is a :class:`SpecError` naming where it was found, the
extension and the key, so a typo or a key of another style never passes silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

PaginationStyle = Literal["cursor", "next-token", "offset", "next-url"]
EchoSource = Literal["offset", "limit", "count", "total", "previous", "url", "param"]


class SpecError(ValueError):
    """A spec, or one of its vendor extensions, is malformed."""


def mapping(where: str, extension: str, raw: object) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise SpecError(f"{where}: {extension} must be a mapping, not {type(raw).__name__}")
    return raw


def check_keys(where: str, extension: str, raw: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """Reject the keys of ``raw`` that are not in ``allowed`` (each named, with the extension and where)."""
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise SpecError(f"{where}: {extension} has unknown keys {unknown} (allowed: {', '.join(sorted(allowed))})")


def text(where: str, extension: str, raw: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise SpecError(f"{where}: {extension} needs {key}")
        return None
    if not isinstance(value, str) or not value:
        raise SpecError(f"{where}: {extension} {key} must be a non-empty string, not {value!r}")
    return value


def need(where: str, extension: str, raw: Mapping[str, Any], key: str) -> str:
    """A required non-empty string key."""
    value = text(where, extension, raw, key, required=True)
    assert value is not None
    return value


def strings(where: str, extension: str, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise SpecError(f"{where}: {extension} {key} must be a list of strings, not {value!r}")
    return tuple(value)


def whole(where: str, extension: str, raw: Mapping[str, Any], key: str, default: int | None = None) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SpecError(f"{where}: {extension} needs {key} as a whole number, not {value!r}")
    return value


# -- x-pagination --------------------------------------------------------------------------------------------------

_COMMON_KEYS = ("style", "items", "limit-param", "default-limit", "max-limit", "limit-zero", "echo")
_STYLE_KEYS: Mapping[str, tuple[str, ...]] = {
    "cursor": ("cursor-param", "cursor-field"),
    "next-token": ("token-param", "token-field", "token-error"),
    "offset": ("offset-param", "total-header", "total-field", "links-field"),
    "next-url": ("next-field", "total-field", "offset-param"),
}
_STYLE_REQUIRES: Mapping[str, tuple[str, ...]] = {
    "cursor": ("cursor-param", "cursor-field"),
    "next-token": ("token-param", "token-field"),
    "offset": ("offset-param",),
    "next-url": ("next-field", "offset-param"),
}
_ECHO_SOURCES = ("offset", "limit", "count", "total", "previous", "url")


@dataclass(frozen=True, slots=True)
class Echo:
    """One page-envelope field the server echoes back: the body's dotted ``path`` holds ``source``: the page's
    ``offset``, ``limit``, item ``count``, ``total``, ``previous`` page URL, the request's ``url``, or the value of
    the query parameter ``param`` as received (or its declared default)."""

    path: str
    source: EchoSource
    param: str | None = None


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
    limit_zero: Literal["max"] | None = None
    token_error: int = 404
    echo: tuple[Echo, ...] = ()

    @classmethod
    def parse(cls, where: str, raw: object, params: Iterable[str] | None = None) -> Pagination:
        """``params``: the names of the operation's query parameters, which ``echo`` may name."""
        ext = "x-pagination"
        decl = mapping(where, ext, raw)
        style = str(decl.get("style"))
        if style not in _STYLE_KEYS:
            raise SpecError(f"{where}: {ext} style {decl.get('style')!r} is not cursor, next-token, offset or next-url")
        vocabulary = {*_COMMON_KEYS, *(k for keys in _STYLE_KEYS.values() for k in keys)}
        check_keys(where, ext, decl, vocabulary)
        foreign = sorted(set(decl) - {*_COMMON_KEYS, *_STYLE_KEYS[style]})
        if foreign:
            raise SpecError(
                f"{where}: {ext} style {style} does not use the key {foreign[0]!r} "
                f"(its keys: {', '.join(_STYLE_KEYS[style])})"
            )
        values: dict[str, Any] = {"style": style}
        for key in ("items", "limit-param"):
            values[key] = need(where, ext, decl, key)
        for key in ("default-limit", "max-limit"):
            values[key] = whole(where, ext, decl, key)
        if not (0 < values["default-limit"] <= values["max-limit"]):
            raise SpecError(f"{where}: {ext} needs 0 < default-limit <= max-limit")
        for key in _STYLE_KEYS[style]:
            if key != "token-error":
                values[key] = text(where, ext, decl, key, required=key in _STYLE_REQUIRES[style])
        if "token-error" in decl:
            values["token-error"] = whole(where, ext, decl, "token-error")
            if values["token-error"] not in (400, 404):
                raise SpecError(f"{where}: {ext} token-error must be 400 or 404, not {decl['token-error']!r}")
        if "limit-zero" in decl:
            if decl["limit-zero"] != "max":
                raise SpecError(f"{where}: {ext} limit-zero must be 'max', not {decl['limit-zero']!r}")
            values["limit-zero"] = "max"
        if "echo" in decl:
            values["echo"] = _echo(where, mapping(where, f"{ext} echo", decl["echo"]), params)
        known = {f.name for f in fields(cls)}
        return cls(**{k.replace("-", "_"): v for k, v in values.items() if k.replace("-", "_") in known})


def _echo(where: str, raw: Mapping[str, Any], params: Iterable[str] | None) -> tuple[Echo, ...]:
    names = None if params is None else set(params)
    out: list[Echo] = []
    for path, source in raw.items():
        if not isinstance(path, str) or not path:
            raise SpecError(f"{where}: x-pagination echo field names must be non-empty strings, not {path!r}")
        if isinstance(source, Mapping):
            check_keys(where, f"x-pagination echo {path}", source, ("param",))
            param = need(where, f"x-pagination echo {path}", source, "param")
            if names is not None and param not in names:
                raise SpecError(f"{where}: x-pagination echo {path} names {param!r}, not a query parameter here")
            out.append(Echo(path, "param", param))
        elif source in _ECHO_SOURCES:
            out.append(Echo(path, source))
        else:
            raise SpecError(
                f"{where}: x-pagination echo {path}: {source!r} is not one of {', '.join(_ECHO_SOURCES)} "
                "or {param: <query parameter>}"
            )
    return tuple(out)


# -- x-long-running ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LongRunning:
    """``x-long-running``: the operation that reads a job, and what its fields mean. ``failure`` keeps the declared
    order: a job set up to fail ends in ``failure[0]``."""

    status_field: str
    lifecycle: tuple[str, ...]
    success: frozenset[str]
    failure: tuple[str, ...]
    progress_field: str | None = None
    progress_scale: float = 100.0
    message_field: str | None = None

    _KEYS = ("status-field", "lifecycle", "success", "failure", "progress-field", "progress-scale", "message-field")

    @classmethod
    def parse(cls, where: str, raw: object) -> LongRunning:
        ext = "x-long-running"
        decl = mapping(where, ext, raw)
        check_keys(where, ext, decl, cls._KEYS)
        for key in ("lifecycle", "success"):
            if key not in decl:
                raise SpecError(f"{where}: {ext} needs {key}")
        scale = decl.get("progress-scale", 100.0)
        if isinstance(scale, bool) or not isinstance(scale, int | float) or scale <= 0:
            raise SpecError(f"{where}: {ext} progress-scale must be a number > 0, not {scale!r}")
        lr = cls(
            status_field=need(where, ext, decl, "status-field"),
            lifecycle=strings(where, ext, decl, "lifecycle"),
            success=frozenset(strings(where, ext, decl, "success")),
            failure=tuple(dict.fromkeys(strings(where, ext, decl, "failure"))),
            progress_field=text(where, ext, decl, "progress-field"),
            progress_scale=float(scale),
            message_field=text(where, ext, decl, "message-field"),
        )
        if not lr.lifecycle or lr.lifecycle[-1] not in lr.success:
            raise SpecError(f"{where}: {ext} lifecycle must end in a success state")
        if lr.success & set(lr.failure):
            raise SpecError(f"{where}: {ext} success and failure states overlap")
        return lr

    def is_terminal(self, status: str) -> bool:
        return status in self.success or status in self.failure


# -- x-signed-url, x-signed-redirect -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignedUrlField:
    """``x-signed-url`` on a schema property: the property holds a signed download URL."""

    schema: str
    property: str
    media_type: str
    filename: str | None

    @classmethod
    def parse(cls, where: str, schema: str, prop: str, raw: object) -> SignedUrlField:
        ext = "x-signed-url"
        decl = mapping(where, ext, raw)
        check_keys(where, ext, decl, ("media-type", "filename"))
        media_type = text(where, ext, decl, "media-type") or "application/octet-stream"
        return cls(schema, prop, media_type, text(where, ext, decl, "filename"))


@dataclass(frozen=True, slots=True)
class SignedRedirect:
    """``x-signed-redirect`` on an operation: it answers ``status`` (302 or 307) with a ``Location`` that is a signed
    download URL of ``media_type`` content (saved as ``filename``), fetched without API credentials."""

    media_type: str
    filename: str | None
    status: int = 302

    @classmethod
    def parse(cls, where: str, raw: object, responses: Mapping[str, Any]) -> SignedRedirect:
        ext = "x-signed-redirect"
        decl = mapping(where, ext, raw)
        check_keys(where, ext, decl, ("media-type", "filename", "status"))
        status = whole(where, ext, decl, "status", 302)
        if status not in (302, 307):
            raise SpecError(f"{where}: {ext} status must be 302 or 307, not {status}")
        if str(status) not in {str(code) for code in responses}:
            raise SpecError(f"{where}: {ext} answers {status}, which the operation's responses do not declare")
        media_type = text(where, ext, decl, "media-type") or "application/octet-stream"
        return cls(media_type, text(where, ext, decl, "filename"), status)


# -- x-errors, x-rate-limit (document root) ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ErrorShape:
    """``x-errors`` at the root: the schema of the API's error body, the field carrying its message and, optionally,
    the field carrying its machine-readable code (Seven Bridges' platform ``code``, Sphinx Bio's error name) and the
    code an error of each status carries when nothing more specific names it (``codes``: status → code, and
    ``default`` for any other status)."""

    schema: str
    message_field: str
    code_field: str | None = None
    codes: Mapping[int, int | str] = field(default_factory=dict)

    def code_for(self, status: int) -> int | str | None:
        """The declared code of an error of ``status`` that names none (``codes`` of the status, else its default)."""
        return self.codes.get(status, self.codes.get(0))

    @classmethod
    def parse(cls, where: str, raw: object, schemas: Mapping[str, Any]) -> ErrorShape:
        ext = "x-errors"
        if raw is None:
            raise SpecError(f"{where}: the root needs x-errors with schema and message-field")
        decl = mapping(where, ext, raw)
        check_keys(where, ext, decl, ("schema", "message-field", "code-field", "codes"))
        schema = need(where, ext, decl, "schema")
        message_field = need(where, ext, decl, "message-field")
        if schema not in schemas:
            raise SpecError(f"{where}: x-errors names schema {schema!r}, which is not in components.schemas")
        code_field = text(where, ext, decl, "code-field")
        properties = schemas[schema].get("properties") or {}
        for key, name in (("message-field", message_field), ("code-field", code_field)):
            if name is not None and properties and name.split(".")[0] not in properties:
                raise SpecError(f"{where}: x-errors {key} {name!r} is not a property of {schema}")
        codes: dict[int, int | str] = {}
        for status, code in mapping(where, f"{ext} codes", decl.get("codes", {})).items():
            number = int(status) if isinstance(status, int | str) and str(status).isdigit() else -1
            if status == "default":
                number = 0
            bad_code = isinstance(code, bool) or not isinstance(code, int | str) or code == ""
            if not (number == 0 or 400 <= number <= 599) or bad_code:
                raise SpecError(
                    f"{where}: {ext} codes maps an error status (400-599) or default to a code, not {status!r}"
                )
            codes[number] = code
        if codes and code_field is None:
            raise SpecError(f"{where}: {ext} codes needs a code-field")
        return cls(schema, message_field, code_field, codes)


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
    def parse(cls, where: str, raw: object) -> RateLimit:
        ext = "x-rate-limit"
        decl = mapping(where, ext, raw)
        check_keys(where, ext, decl, ("limit-header", "remaining-header", "reset-header", "reset"))
        limit, remaining, reset_header = (
            need(where, ext, decl, k) for k in ("limit-header", "remaining-header", "reset-header")
        )
        reset = decl.get("reset", "epoch-seconds")
        if reset not in ("epoch-seconds", "seconds"):
            raise SpecError(f"{where}: {ext} reset {reset!r} is not epoch-seconds or seconds")
        return cls(limit, remaining, reset_header, reset)
