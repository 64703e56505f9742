"""The plain request and response the dispatch core works on; every adapter (ASGI, httpx) converts to these."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl

Fault = Literal["drop", "truncate"]
HeaderPairs = Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]] | Mapping[str, str]

_SAFE_HOST = re.compile(r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")


class Headers:
    """Read-only, case-insensitive request headers; a repeated header's values are joined with ``", "``."""

    __slots__ = ("_items",)

    def __init__(self, raw: HeaderPairs = ()) -> None:
        items: dict[str, str] = {}
        pairs: Iterable[tuple[str | bytes, str | bytes]] = raw.items() if isinstance(raw, Mapping) else raw
        for name, value in pairs:
            key = (name.decode("latin-1") if isinstance(name, bytes) else name).lower()
            text = value.decode("latin-1") if isinstance(value, bytes) else value
            items[key] = f"{items[key]}, {text}" if key in items else text
        self._items = items

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._items.get(name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> Iterable[tuple[str, str]]:
        return self._items.items()

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


@dataclass(slots=True)
class MockRequest:
    """One HTTP request: ``path`` is the raw (percent-encoded) path without the query, ``query`` the raw query."""

    method: str
    path: str
    query: str = ""
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""
    scheme: str = "http"
    client: str | None = None  # the peer's address over a socket; None in-process
    _params: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        given: Any = self.headers
        if not isinstance(given, Headers):  # a plain dict or list of pairs is accepted too
            self.headers = Headers(given)

    @property
    def query_params(self) -> dict[str, list[str]]:
        """The query as a multi-dict (blank values kept, parsed once)."""
        if self._params is None:
            params: dict[str, list[str]] = {}
            if self.query:
                for name, value in parse_qsl(self.query, keep_blank_values=True):
                    params.setdefault(name, []).append(value)
            self._params = params
        return self._params

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` the client used (from ``Host``); ``http://127.0.0.1`` when absent or odd."""
        host = self.headers.get("host") or ""
        if not _SAFE_HOST.fullmatch(host):
            host = "127.0.0.1"
        scheme = self.scheme if self.scheme in ("http", "https") else "http"
        return f"{scheme}://{host}"


@dataclass(slots=True)
class MockResponse:
    """One HTTP response. ``fault`` asks the adapter to break the connection (``drop``) or the body (``truncate``);
    ``delay`` to hold the answer back that many seconds (an injected latency).

    Adapters add ``content-length`` from the body unless the headers already carry one (as a HEAD reply does).
    """

    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""
    fault: Fault | None = None
    delay: float = 0.0

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    def payload(self) -> bytes | memoryview:
        """The body as the server adapters send it (a :class:`SpanResponse` gives its view, not a copy)."""
        return self.body


class SpanResponse(MockResponse):
    """A response whose body is a span of a larger buffer, as an object's byte range is: the server sends it from a
    view of the buffer, so serving a range copies nothing; reading ``body`` makes its copy (once)."""

    __slots__ = ("_copy", "_span")
    _copy: bytes | None
    _span: memoryview

    def __init__(self, status: int, headers: list[tuple[str, str]], span: memoryview) -> None:
        MockResponse.__init__(self, status, headers)
        self._span, self._copy = span, None

    @property
    def body(self) -> bytes:
        if self._copy is None:
            self._copy = bytes(self._span)
        return self._copy

    @body.setter
    def body(self, value: bytes) -> None:
        self._copy, self._span = value, memoryview(value)

    def payload(self) -> bytes | memoryview:
        return self._span


JSON_HEADERS = ("content-type", "application/json")


def encode_json(data: Any) -> bytes:
    """Compact JSON; ASCII-escaped so lone surrogates and any Unicode survive the trip."""
    return json.dumps(data, separators=(",", ":")).encode("ascii")


def json_response(data: Any, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> MockResponse:
    """A JSON response, encoded once."""
    return MockResponse(status, [JSON_HEADERS, *headers], encode_json(data))
