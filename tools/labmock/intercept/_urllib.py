"""urllib (``urllib.request.urlopen``, and what uses it: ``pandas.read_csv(url)``): the ``http_open`` and
``https_open`` of urllib's default handlers are wrapped while any interception is active, so every opener hands the
requests aimed at an intercepted host to its mock (no socket); errors, redirects and cookies are then handled by the
opener as usual."""

from __future__ import annotations

import email.message
import http.client
import io
import time
import urllib.error
import urllib.request
import urllib.response
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult

from ._routing import Routing, mock_request

if TYPE_CHECKING:
    from . import Interception


class UrllibPatch:
    def __init__(self, routing: Routing) -> None:
        self._routing = routing
        self._originals: list[tuple[type, str, Any]] = []

    def start(self) -> None:
        for cls, name in ((urllib.request.HTTPHandler, "http_open"), (urllib.request.HTTPSHandler, "https_open")):
            original = getattr(cls, name)
            self._originals.append((cls, name, original))
            setattr(cls, name, self._wrap(original))

    def stop(self) -> None:
        for cls, name, original in self._originals:
            setattr(cls, name, original)
        self._originals.clear()

    def _wrap(self, original: Any) -> Any:
        routing = self._routing

        def open_(handler: Any, request: urllib.request.Request) -> Any:
            target, refused, parts = routing.route(request.full_url)
            if refused is not None:
                raise urllib.error.URLError(refused)
            if target is None:
                return original(handler, request)
            return _answer(target, request, parts)

        return open_


def _answer(target: Interception, request: urllib.request.Request, parts: SplitResult) -> Any:
    data: Any = request.data
    if data is None:
        body = b""
    elif isinstance(data, bytes):
        body = data
    else:
        body = data.read() if hasattr(data, "read") else b"".join(data)
    answer = target.server.handle(mock_request(request.get_method(), parts, request.header_items(), body))
    if answer.delay:
        time.sleep(answer.delay)
    if answer.fault == "drop":
        raise urllib.error.URLError(http.client.RemoteDisconnected("Remote end closed connection without response"))
    message = email.message.Message()
    for name, value in answer.headers:
        message[name] = value
    content = answer.body[: len(answer.body) // 2] if answer.fault == "truncate" else answer.body
    if message.get("content-length") is None:
        message["Content-Length"] = str(len(answer.body))
    response = urllib.response.addinfourl(io.BytesIO(content), message, request.full_url, answer.status)
    response.msg = http.client.responses.get(answer.status, "")  # type: ignore[attr-defined]
    return response
