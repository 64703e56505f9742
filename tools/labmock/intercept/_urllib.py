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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..core.messages import Headers, MockRequest

if TYPE_CHECKING:
    from . import Interception

Find = Callable[[str, str, int | None], "Interception | None"]
Refusal = Callable[[str], str | None]


class UrllibPatch:
    def __init__(self, find: Find, refusal: Refusal) -> None:
        self._find = find
        self._refusal = refusal
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
        patch = self

        def open_(handler: Any, request: urllib.request.Request) -> Any:
            parts = urlsplit(request.full_url)
            try:
                port = parts.port
            except ValueError:
                port = None
            target = patch._find(parts.scheme, parts.hostname or "", port)
            if target is None:
                refused = patch._refusal(f"{parts.scheme}://{parts.netloc}{parts.path}")
                if refused is not None:
                    raise urllib.error.URLError(refused)
                return original(handler, request)
            return _answer(target, request, parts.netloc)

        return open_


def _answer(target: Interception, request: urllib.request.Request, netloc: str) -> Any:
    parts = urlsplit(request.full_url)
    pairs = list(request.header_items())
    if "host" not in {name.lower() for name, _ in pairs}:
        pairs.append(("Host", netloc))
    data: Any = request.data
    body = (
        b""
        if data is None
        else data
        if isinstance(data, bytes)
        else data.read()
        if hasattr(data, "read")
        else b"".join(data)
    )
    mock_request = MockRequest(
        method=request.get_method(),
        path=parts.path or "/",
        query=parts.query,
        headers=Headers(pairs),
        body=body,
        scheme=parts.scheme,
    )
    answer = target.server.handle(mock_request)
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
