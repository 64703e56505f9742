"""Cassettes: the exchanges a proxy saw, one JSON object per line, written as they happen.

A line::

    {"api": "biodock", "upstream": "https://app.biodock.ai/api/external", "base_path": "/api/external",
     "operation": "getAnalysisJob", "started": 1767225600.123, "elapsed": 0.084,
     "request": {"method": "GET", "path": "/api/external/analysis-jobs/aj_0046", "query": "",
                 "headers": [["x-api-key", "REDACTED"], ...], "body": null},
     "response": {"status": 200, "headers": [["content-type", "application/json"], ...],
                  "body": {"json": {"id": "aj_0046", ...}}}}

``path`` is the path the client asked the proxy for (under the spec's base path); the response is what the upstream
said, before the proxy pointed its URLs at itself (``upstream`` says which base URL to replace). A body is
``{"json": value}`` (a JSON media type that parses), ``{"text": "..."}`` (UTF-8) or ``{"base64": "..."}``; ``null``
when empty. Credentials are redacted before a line is written (:mod:`labmock.contract.redact`).
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..core.errors import LabmockError
from ..core.messages import Headers, MockRequest, MockResponse, encode_json

_TEXT_TYPES = ("text/", "application/xml", "application/x-www-form-urlencoded", "image/svg+xml")


@dataclass(slots=True)
class Exchange:
    """One request the proxy forwarded and the upstream's response."""

    api: str
    upstream: str
    base_path: str
    request: MockRequest
    response: MockResponse
    operation: str | None = None
    started: float = 0.0
    elapsed: float = 0.0

    @property
    def request_line(self) -> str:
        request = self.request
        return f"{request.method} {request.path}" + (f"?{request.query}" if request.query else "")


def is_json_type(content_type: str | None) -> bool:
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def load_json(body: bytes) -> Any:
    """A JSON body's value; ``ValueError`` when it is not JSON (NaN and Infinity included)."""
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise ValueError("too deeply nested") from exc


def encode_body(body: bytes, content_type: str | None) -> dict[str, Any] | None:
    if not body:
        return None
    if is_json_type(content_type):
        try:
            return {"json": load_json(body)}
        except ValueError:
            pass
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type.startswith(_TEXT_TYPES) or not media_type or is_json_type(media_type):
        try:
            return {"text": body.decode("utf-8")}
        except UnicodeDecodeError:
            pass
    return {"base64": base64.b64encode(body).decode("ascii")}


def decode_body(encoded: Any) -> bytes:
    if encoded is None:
        return b""
    if not isinstance(encoded, dict) or len(encoded) != 1:
        raise ValueError("a body is {json: ...}, {text: ...} or {base64: ...}")
    ((form, value),) = encoded.items()
    if form == "json":
        return encode_json(value)
    if form == "text" and isinstance(value, str):
        return value.encode("utf-8")
    if form == "base64" and isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as exc:
            raise ValueError(f"bad base64 body: {exc}") from None
    raise ValueError(f"unknown body form {form!r}")


def to_line(exchange: Exchange) -> str:
    request, response = exchange.request, exchange.response
    record = {
        "api": exchange.api,
        "upstream": exchange.upstream,
        "base_path": exchange.base_path,
        "operation": exchange.operation,
        "started": round(exchange.started, 3),
        "elapsed": round(exchange.elapsed, 4),
        "request": {
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "headers": [list(pair) for pair in request.headers.items()],
            "body": encode_body(request.body, request.headers.get("content-type")),
        },
        "response": {
            "status": response.status,
            "headers": [list(pair) for pair in response.headers],
            "body": encode_body(response.body, response.header("content-type")),
        },
    }
    return json.dumps(record, ensure_ascii=True, separators=(",", ":"))


def _pairs(raw: Any) -> list[tuple[str, str]]:
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
        raise ValueError("headers are a list of [name, value] pairs")
    return [(str(name), str(value)) for name, value in raw]


def from_line(line: str) -> Exchange:
    """An exchange from its line; ``ValueError`` naming what is wrong."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("a line is a JSON object")
    try:
        request, response = record["request"], record["response"]
        return Exchange(
            api=str(record["api"]),
            upstream=str(record.get("upstream", "")),
            base_path=str(record.get("base_path", "")),
            operation=record.get("operation"),
            started=float(record.get("started", 0.0)),
            elapsed=float(record.get("elapsed", 0.0)),
            request=MockRequest(
                method=str(request["method"]).upper(),
                path=str(request["path"]),
                query=str(request.get("query", "")),
                headers=Headers(_pairs(request.get("headers", []))),
                body=decode_body(request.get("body")),
            ),
            response=MockResponse(
                int(response["status"]), _pairs(response.get("headers", [])), decode_body(response.get("body"))
            ),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"missing or malformed {exc}") from None


def read_cassette(path: str | Path) -> list[Exchange]:
    """Every exchange of a cassette; :class:`LabmockError` naming the first bad line."""
    return list(iter_cassette(path))


def iter_cassette(path: str | Path) -> Iterator[Exchange]:
    try:
        handle = Path(path).open(encoding="utf-8")  # noqa: SIM115 - closed by the `with` below
    except OSError as exc:
        raise LabmockError(f"cannot read cassette {path}: {exc.strerror}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield from_line(line)
            except ValueError as exc:
                raise LabmockError(f"{path}:{number}: not a cassette line ({exc})") from None


class CassetteWriter:
    """Appends exchanges to a cassette, one flushed line each (a killed proxy leaves every line it wrote whole)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._file: IO[str] = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            raise LabmockError(f"cannot write cassette {path}: {exc.strerror}") from None
        self._lock = threading.Lock()
        self.count = 0

    def write(self, exchange: Exchange) -> None:
        line = to_line(exchange)
        with self._lock:
            self._file.write(line + "\n")
            self._file.flush()
            self.count += 1

    def close(self) -> None:
        with self._lock:
            self._file.close()
