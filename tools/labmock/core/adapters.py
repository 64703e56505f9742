"""Thin adapters around ``MockServer.handle``: a Starlette (ASGI) app and in-process httpx transports.

Injected ``drop`` and ``truncate`` faults are carried out here, where the connection is:

- over ASGI, ``drop`` sends the status line and a ``Content-Length`` and then stops, so the server closes
  the connection; ``truncate`` sends half the body of a response declaring its full length;
- in-process, ``drop`` raises ``httpx.RemoteProtocolError`` (what httpx raises when a server closes the
  connection without answering); ``truncate`` returns half the body with the full ``Content-Length``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING
from urllib.parse import quote

import httpx
from starlette.applications import Starlette
from starlette.types import Message, Receive, Scope, Send

from .errors import MockHTTPError, ResponseContractError
from .messages import Headers, MockRequest, MockResponse

if TYPE_CHECKING:
    from .server import MockServer

logger = logging.getLogger("labmock")

_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_DROP_LENGTH = b"1024"
_SEND_BYTES = 1 << 20


def _text(raw: bytes, safe: str) -> str:
    return raw.decode("ascii") if raw.isascii() else quote(raw, safe=safe)


# -- ASGI ----------------------------------------------------------------------------------------------------


class _ASGIEndpoint:
    def __init__(self, server: MockServer) -> None:
        self.server = server

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        server = self.server
        headers = Headers(scope["headers"])
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > server.max_body_bytes:
            await send_response(send, server.error_builder(_too_large(server.max_body_bytes)))
            return
        body = await read_body(receive, server.max_body_bytes)
        if body is None:
            await send_response(send, server.error_builder(_too_large(server.max_body_bytes)))
            return
        if server.config.latency:
            await asyncio.sleep(server.config.latency)
        request = asgi_request(scope, headers, body)
        try:
            response = server.handle(request)
        except ResponseContractError as exc:
            logger.error("labmock %s: %s", server.name, exc)
            response = server.error_builder(MockHTTPError(500, f"labmock response validation failed: {exc}"))
        if response.delay:
            await asyncio.sleep(response.delay)
        await send_response(send, response, server.config.bandwidth)


def _too_large(limit: int) -> MockHTTPError:
    return MockHTTPError(413, f"The request body is larger than the {limit} bytes allowed")


def asgi_request(scope: Scope, headers: Headers, body: bytes) -> MockRequest:
    """The :class:`MockRequest` of an ASGI HTTP scope (the raw, percent-encoded path when the server gives it)."""
    raw_path: bytes | None = scope.get("raw_path")
    client = scope.get("client")
    return MockRequest(
        method=scope["method"],
        path=_text(raw_path, _PATH_SAFE) if raw_path else quote(scope["path"], safe=_PATH_SAFE),
        query=scope["query_string"].decode("utf-8", "replace"),
        headers=headers,
        body=body,
        scheme=scope.get("scheme", "http"),
        client=str(client[0]) if client else "",
    )


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None past ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Message = await receive()
        if message["type"] != "http.request":
            break
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def send_response(send: Send, response: MockResponse, bandwidth: float = 0.0) -> None:
    """Send a :class:`MockResponse` (carrying out its ``drop`` / ``truncate`` fault, if any), its body at
    ``bandwidth`` bytes a second if that is set."""
    headers = [(k.encode("latin-1", "replace"), v.encode("latin-1", "replace")) for k, v in response.headers]
    body = response.payload()
    if response.fault == "drop":
        headers = [(k, v) for k, v in headers if k != b"content-length"] + [(b"content-length", _DROP_LENGTH)]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        return  # the server closes the connection: "ASGI callable returned without completing response"
    if response.header("content-length") is None:
        headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    if response.fault == "truncate":
        await send({"type": "http.response.body", "body": bytes(body[: len(body) // 2]), "more_body": True})
        return
    if isinstance(body, bytes) and not (bandwidth and body):
        await send({"type": "http.response.body", "body": body, "more_body": False})
        return
    # A view (a stored object's range) goes a piece at a time, each copied as the server's write buffer has room
    # for it: never the whole range at once. At a bandwidth, each piece is a 50th of a second's worth, sent on time.
    piece = _SEND_BYTES if not bandwidth else max(min(int(bandwidth / 50), _SEND_BYTES), 1)
    began = time.monotonic() if bandwidth else 0.0
    for start in range(0, len(body), piece):
        if bandwidth:
            ahead = began + start / bandwidth - time.monotonic()
            if ahead > 0:
                await asyncio.sleep(ahead)
        await send({"type": "http.response.body", "body": bytes(body[start : start + piece]), "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


def starlette_app(server: MockServer) -> Starlette:
    """A tiny Starlette app with no routes of its own: its router hands every request to the dispatch core.

    (A catch-all ``Mount`` would not do: Starlette's path regexes do not match a path holding a newline.)
    """
    app = Starlette()
    app.router.redirect_slashes = False
    app.router.default = _ASGIEndpoint(server)
    return app


class QuietDroppedConnections(logging.Filter):
    """Hides uvicorn's error line for the connections ``drop``/``truncate`` faults break on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "returned without completing response" not in record.getMessage()


# -- httpx ---------------------------------------------------------------------------------------------------


def httpx_request(request: httpx.Request, body: bytes) -> MockRequest:
    """The :class:`MockRequest` of an httpx request (in-process: no client address)."""
    path, _, query = request.url.raw_path.partition(b"?")
    return MockRequest(
        method=request.method,
        path=_text(path, _PATH_SAFE),
        query=query.decode("utf-8", "replace"),
        headers=Headers(request.headers.raw),
        body=body,
        scheme=request.url.scheme,
    )


def httpx_response(request: httpx.Request, response: MockResponse) -> httpx.Response:
    """The httpx response of a :class:`MockResponse`, carrying out its fault (``drop`` raises)."""
    if response.fault == "drop":
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    headers = list(response.headers)
    body = response.body
    if response.fault == "truncate":
        if response.header("content-length") is None:
            headers.append(("content-length", str(len(body))))
        body = body[: len(body) // 2]
    return httpx.Response(
        response.status, headers=headers, content=body, request=request, extensions={"http_version": b"HTTP/1.1"}
    )


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers httpx requests in-process by calling ``MockServer.handle`` (no sockets, any host), for
    ``httpx.Client`` and ``httpx.AsyncClient`` alike: only reading the body and the latency differ."""

    def __init__(self, server: MockServer) -> None:
        self.server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        if self.server.config.latency:
            time.sleep(self.server.config.latency)
        answer = self.server.handle(httpx_request(request, body))
        wait = _held(answer, self.server.config.bandwidth)
        if wait:
            time.sleep(wait)
        return httpx_response(request, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        if self.server.config.latency:
            await asyncio.sleep(self.server.config.latency)
        answer = self.server.handle(httpx_request(request, body))
        wait = _held(answer, self.server.config.bandwidth)
        if wait:
            await asyncio.sleep(wait)
        return httpx_response(request, answer)


def _held(answer: MockResponse, bandwidth: float) -> float:
    """How long an in-process answer is held back: its injected delay, and the time its body takes at ``bandwidth``
    (the ASGI adapter paces the body itself)."""
    return answer.delay + (len(answer.payload()) / bandwidth if bandwidth else 0.0)
