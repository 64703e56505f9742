"""One page of a list, for each ``x-pagination`` style: ``cursor``, ``next-token``, ``offset`` and ``next-url``.

A handler passes the whole ordered collection to :func:`page_response` (or :func:`paginate` for the parts):
it reads the page-size and position parameters the declaration names, cuts the page and writes it in the declared
shape (items field, token, links, next URL, total, the ``echo`` fields), in the key order of the operation's
response schema, with :attr:`ServedPage.headers` (e.g. ``X-Total-Matching-Query``).

``next-token`` tokens are opaque and bound to the list they came from: an HMAC (with a per-process key) over the
operation, its path, its filters (every query parameter but the token and the page size), the position and, when
the list knows its items' ids (``key_of``), the id of the last item served: the next page starts after that item
wherever it now stands, so objects made (or removed) before it while a client pages (a newest-first list) neither
repeat nor skip an item; only if that item is gone does the position count. A token of another list, a tampered one
or a made-up one answers ``token-error`` (404 unless the spec says 400).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlencode

from labspecs import ApiSpec, Operation, Pagination

from .errors import MockHTTPError, clip
from .messages import MockRequest, MockResponse, json_response

if TYPE_CHECKING:
    from .service import Call

T = TypeVar("T")

_TOKEN_KEY = secrets.token_bytes(32)
_TOKEN = struct.Struct(">Q12s")  # the position, then the first 12 bytes of the HMAC; then the last item's id, if any


@dataclass(frozen=True, slots=True)
class ServedPage(Generic[T]):
    """The page a mock serves (not labsdk's ``Page``, which is a page a client received)."""

    pagination: Pagination
    items: Sequence[T]
    limit: int
    offset: int
    total: int
    next_token: str | None = None
    next_url: str | None = None
    prev_url: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    echo: dict[str, Any] = field(default_factory=dict)

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total

    def body(self, rendered: Sequence[Any]) -> dict[str, Any]:
        """The page's body in the declared shape, holding ``rendered`` (the items as JSON values)."""
        pagination = self.pagination
        body: dict[str, Any] = {pagination.items: list(rendered)}
        if pagination.style == "next-token" and pagination.token_field and self.next_token is not None:
            body[pagination.token_field] = self.next_token
        elif pagination.style == "offset" and pagination.links_field:
            links = []
            if self.next_url is not None:
                links.append({"href": self.next_url, "rel": "next", "method": "GET"})
            if self.prev_url is not None:
                links.append({"href": self.prev_url, "rel": "prev", "method": "GET"})
            body[pagination.links_field] = links
        elif pagination.style == "next-url" and pagination.next_field:
            _set_dotted(body, pagination.next_field, self.next_url)
        if pagination.total_field and pagination.style in ("offset", "next-url"):
            _set_dotted(body, pagination.total_field, self.total)
        for path, value in self.echo.items():
            _set_dotted(body, path, value)
        return body


def paginate(
    pagination: Pagination,
    items: Sequence[T],
    request: MockRequest,
    query: Mapping[str, Any],
    *,
    cursor_of: Callable[[T], str] | None = None,
    scope: str | None = None,
    key_of: Callable[[T], str] | None = None,
) -> ServedPage[T]:
    """Cut the page of ``items`` the request asks for. ``query`` holds the validated, typed query values; ``scope``
    names the list a ``next-token`` is bound to (by default the request path); ``key_of`` gives an item's id, for
    next-tokens that keep their place when the list changes."""
    limit = _limit(pagination, request, query)
    total = len(items)
    style = pagination.style
    next_token = next_url = prev_url = None
    headers: list[tuple[str, str]] = []
    if style == "cursor":
        assert pagination.cursor_param is not None
        assert pagination.cursor_field is not None
        start = _after_cursor(pagination.cursor_param, pagination.cursor_field, items, request, query, cursor_of)
    elif style == "next-token":
        binding = _binding(pagination, request, scope)
        start = _token_offset(pagination, request, query, binding, items, key_of)
        if start + limit < total:
            next_token = encode_token(start + limit, binding, key_of(items[start + limit - 1]) if key_of else "")
    else:
        assert pagination.offset_param is not None
        start = _int_param(pagination.offset_param, request, query, 0)
        if start < 0:
            raise MockHTTPError(400, f"Invalid {pagination.offset_param} {start}: it must be >= 0")
        absolute = style == "offset"
        if start + limit < total:
            next_url = _page_url(pagination, request, start + limit, limit, absolute)
        if start > 0:
            prev_url = _page_url(pagination, request, max(start - limit, 0), limit, absolute)
        if pagination.total_header:
            headers.append((pagination.total_header, str(total)))
    chunk = items[start : start + limit]
    echo = _echo(pagination, request, query, start, limit, len(chunk), total, prev_url)
    return ServedPage(pagination, chunk, limit, start, total, next_token, next_url, prev_url, headers, echo)


def page_body(
    call: Call,
    items: Sequence[T],
    render: Callable[[T], Any] | None = None,
    *,
    cursor_of: Callable[[T], str] | None = None,
    key_of: Callable[[T], str] | None = None,
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The body (in the key order of the response schema) and headers of the page of ``items`` ``call`` asks for."""
    pagination = call.operation.pagination
    if pagination is None:
        raise MockHTTPError(500, f"{call.operation.operation_id} declares no x-pagination")
    scope = f"{call.operation.operation_id} {call.request.path}"
    page = paginate(pagination, items, call.request, call.query, cursor_of=cursor_of, scope=scope, key_of=key_of)
    body = page.body([render(item) for item in page.items] if render else page.items)
    return call.context.envelope_order(call.operation).apply(body), page.headers


def page_response(
    call: Call,
    items: Sequence[T],
    render: Callable[[T], Any] | None = None,
    headers: Sequence[tuple[str, str]] = (),
) -> MockResponse:
    """:func:`page_body` as a JSON response, with ``headers`` added."""
    body, page_headers = page_body(call, items, render)
    return json_response(body, headers=[*page_headers, *headers])


# -- tokens -------------------------------------------------------------------------------------------------------


def encode_token(offset: int, binding: bytes, last: str = "") -> str:
    """The opaque token of position ``offset`` (after the item ``last``, when given) in the list ``binding`` names."""
    raw = _TOKEN.pack(offset, _mac(offset, binding, last)) + last.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str, binding: bytes) -> tuple[int, str] | None:
    """The position and last item's id (``""`` if none) a token of the list ``binding`` names; ``None`` for any
    other string."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        last = raw[_TOKEN.size :].decode()
    except (binascii.Error, ValueError):
        return None
    if len(raw) < _TOKEN.size:
        return None
    offset, mac = _TOKEN.unpack(raw[: _TOKEN.size])
    return (offset, last) if hmac.compare_digest(mac, _mac(offset, binding, last)) else None


def _mac(offset: int, binding: bytes, last: str) -> bytes:
    message = binding + b"\n" + str(offset).encode() + (b"\n" + last.encode() if last else b"")
    return hmac.digest(_TOKEN_KEY, message, hashlib.sha256)[:12]


def _binding(pagination: Pagination, request: MockRequest, scope: str | None) -> bytes:
    """What a token is bound to: the list (``scope``) and its filters, normalised (sorted names, values in order)."""
    skip = (pagination.token_param, pagination.limit_param)
    filters = sorted((name, values) for name, values in request.query_params.items() if name not in skip)
    return json.dumps([scope if scope is not None else request.path, filters]).encode()


def _token_offset(
    pagination: Pagination,
    request: MockRequest,
    query: Mapping[str, Any],
    binding: bytes,
    items: Sequence[T],
    key_of: Callable[[T], str] | None,
) -> int:
    assert pagination.token_param is not None
    token = _raw(pagination.token_param, request, query)
    if token is None:
        return 0
    decoded = decode_token(str(token), binding)
    if decoded is None:
        raise MockHTTPError(
            pagination.token_error,
            f"Unknown {pagination.token_param} {clip(str(token), 80)!r}: this list (with these filters) issued "
            "no such token",
        )
    offset, last = decoded
    if last and key_of is not None:
        found = next((index for index, item in enumerate(items) if key_of(item) == last), None)
        if found is not None:
            return found + 1  # after the last item served, wherever it stands now
    return offset


# -- parameters ---------------------------------------------------------------------------------------------------


def _raw(name: str, request: MockRequest, query: Mapping[str, Any]) -> Any:
    if name in query:
        return query[name]
    values = request.query_params.get(name)
    return values[0] if values else None


def _int_param(name: str, request: MockRequest, query: Mapping[str, Any], default: int) -> int:
    value = _raw(name, request, query)
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value))
    except ValueError:
        raise MockHTTPError(400, f"Invalid {name} {clip(str(value), 40)!r}: expected an integer") from None


def _limit(pagination: Pagination, request: MockRequest, query: Mapping[str, Any]) -> int:
    limit = _int_param(pagination.limit_param, request, query, pagination.default_limit)
    if limit <= 0:
        if pagination.limit_zero != "max":
            raise MockHTTPError(400, f"Invalid {pagination.limit_param} {limit}: it must be >= 1")
        return pagination.max_limit  # `limit-zero: max` (Tastypie): 0 means "as many as allowed"
    return min(limit, pagination.max_limit)


def _after_cursor(
    param: str,
    cursor_field: str,
    items: Sequence[T],
    request: MockRequest,
    query: Mapping[str, Any],
    cursor_of: Callable[[T], str] | None,
) -> int:
    cursor = _raw(param, request, query)
    if cursor is None:
        return 0
    key = cursor_of or _field_getter(cursor_field)
    for index, item in enumerate(items):
        if key(item) == cursor:
            return index + 1
    raise MockHTTPError(404, f"Unknown {param} cursor {clip(str(cursor), 80)!r}: no item has that {cursor_field}")


def _field_getter(name: str) -> Callable[[Any], str]:
    def get(item: Any) -> str:
        value = item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)
        return str(value)

    return get


def _echo(
    pagination: Pagination,
    request: MockRequest,
    query: Mapping[str, Any],
    offset: int,
    limit: int,
    count: int,
    total: int,
    previous: str | None,
) -> dict[str, Any]:
    if not pagination.echo:
        return {}
    known = {"offset": offset, "limit": limit, "count": count, "total": total, "previous": previous}
    out: dict[str, Any] = {}
    for echo in pagination.echo:
        if echo.source == "param":
            out[echo.path] = _raw(echo.param or "", request, query)
        elif echo.source == "url":
            out[echo.path] = f"{request.origin}{request.path}" + (f"?{request.query}" if request.query else "")
        else:
            out[echo.path] = known[echo.source]
    return out


def _page_url(pagination: Pagination, request: MockRequest, offset: int, limit: int, absolute: bool) -> str:
    assert pagination.offset_param is not None
    params = {
        k: v for k, v in request.query_params.items() if k not in (pagination.offset_param, pagination.limit_param)
    }
    params[pagination.limit_param] = [str(limit)]
    params[pagination.offset_param] = [str(offset)]
    relative = f"{request.path}?{urlencode(params, doseq=True)}"
    return f"{request.origin}{relative}" if absolute else relative


def _set_dotted(body: dict[str, Any], path: str, value: Any) -> None:
    node = body
    *parents, last = path.split(".")
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[last] = value


# -- the envelope's key order -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyOrder:
    """The order of an object's keys as a schema declares its properties (and of its object-valued ones)."""

    keys: tuple[str, ...] = ()
    children: Mapping[str, KeyOrder] = field(default_factory=dict)

    def apply(self, body: dict[str, Any]) -> dict[str, Any]:
        if not self.keys:
            return body
        ordered = {key: body[key] for key in self.keys if key in body}
        ordered.update((key, value) for key, value in body.items() if key not in ordered)
        for key, child in self.children.items():
            value = ordered.get(key)
            if isinstance(value, dict):
                ordered[key] = child.apply(value)
        return ordered


def envelope_order(spec: ApiSpec, operation: Operation) -> KeyOrder:
    """The key order of a list's page, from the schema of its first 2xx JSON response (``{meta: {...}, objects}``)."""
    for status, raw in (operation.raw.get("responses") or {}).items():
        if str(status).startswith("2"):
            content = (spec.resolve(raw).get("content") or {}).get("application/json") or {}
            return _key_order(spec, content.get("schema"), 0)
    return KeyOrder()


def _key_order(spec: ApiSpec, schema: Any, depth: int) -> KeyOrder:
    resolved = spec.resolve(schema)
    properties = resolved.get("properties") if isinstance(resolved, Mapping) else None
    if not isinstance(properties, Mapping) or depth > 3:
        return KeyOrder()
    children = {name: _key_order(spec, prop, depth + 1) for name, prop in properties.items()}
    return KeyOrder(tuple(properties), {name: order for name, order in children.items() if order.keys})
