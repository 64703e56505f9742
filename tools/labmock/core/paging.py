"""One page of a list, for each ``x-pagination`` style: ``cursor``, ``next-token``, ``offset`` and ``next-url``.

A handler passes the whole ordered collection; :func:`paginate` reads the page-size and position parameters
the declaration names, and :meth:`Page.body` writes the page in the declared shape (items field, token,
links, next URL, total). The handler adds its API's other fields (Biodock's ``count``, Seven Bridges'
``href``) to that body, and sends :attr:`Page.headers` (e.g. ``X-Total-Matching-Query``).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from labspecs import Pagination

from .errors import MockHTTPError, clip
from .messages import MockRequest

T = TypeVar("T")

_TOKEN_PREFIX = b"labmock:"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    pagination: Pagination
    items: Sequence[T]
    limit: int
    offset: int
    total: int
    next_token: str | None = None
    next_url: str | None = None
    prev_url: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)

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
        elif pagination.style == "next-url":
            if pagination.next_field:
                _set_dotted(body, pagination.next_field, self.next_url)
            if pagination.total_field:
                _set_dotted(body, pagination.total_field, self.total)
        return body


def paginate(
    pagination: Pagination,
    items: Sequence[T],
    request: MockRequest,
    query: Mapping[str, Any],
    *,
    cursor_of: Callable[[T], str] | None = None,
) -> Page[T]:
    """Cut the page of ``items`` the request asks for. ``query`` holds the validated, typed query values."""
    limit = _int_param(pagination.limit_param, request, query, pagination.default_limit)
    if limit <= 0 or limit > pagination.max_limit:
        limit = pagination.max_limit  # Tastypie's rule (limit=0 means "as many as allowed"); others validate
    total = len(items)
    style = pagination.style
    if style == "cursor":
        assert pagination.cursor_param is not None
        assert pagination.cursor_field is not None
        start = _after_cursor(pagination.cursor_param, pagination.cursor_field, items, request, query, cursor_of)
        chunk = items[start : start + limit]
        return Page(pagination, chunk, limit, start, total)
    if style == "next-token":
        assert pagination.token_param is not None
        start = _token_offset(pagination.token_param, request, query)
        chunk = items[start : start + limit]
        more = start + len(chunk) < total
        return Page(pagination, chunk, limit, start, total, next_token=encode_token(start + limit) if more else None)
    assert pagination.offset_param is not None
    start = _int_param(pagination.offset_param, request, query, 0)
    if start < 0:
        raise MockHTTPError(400, f"Invalid {pagination.offset_param} {start}: it must be >= 0")
    chunk = items[start : start + limit]
    absolute = style == "offset"
    next_url = _page_url(pagination, request, start + limit, limit, absolute) if start + limit < total else None
    prev_url = _page_url(pagination, request, max(start - limit, 0), limit, absolute) if start > 0 else None
    headers = [(pagination.total_header, str(total))] if pagination.total_header else []
    return Page(pagination, chunk, limit, start, total, next_url=next_url, prev_url=prev_url, headers=headers)


def encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(_TOKEN_PREFIX + str(offset).encode()).decode().rstrip("=")


def decode_token(token: str) -> int | None:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    if not raw.startswith(_TOKEN_PREFIX) or not raw[len(_TOKEN_PREFIX) :].isdigit():
        return None
    return int(raw[len(_TOKEN_PREFIX) :])


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


def _token_offset(param: str, request: MockRequest, query: Mapping[str, Any]) -> int:
    token = _raw(param, request, query)
    if token is None:
        return 0
    offset = decode_token(str(token))
    if offset is None:
        # Like an unknown cursor: a well-formed string that names no page of this list (not a malformed request).
        raise MockHTTPError(404, f"Unknown {param} {clip(str(token), 80)!r}: this server issued no such token")
    return offset


def _field_getter(name: str) -> Callable[[Any], str]:
    def get(item: Any) -> str:
        value = item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)
        return str(value)

    return get


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
