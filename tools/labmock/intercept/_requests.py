"""requests (and everything built on it: sevenbridges-python, the vendors' scripts): ``HTTPAdapter.send`` is wrapped
while any interception is active, so every session, made before or after, with the default adapter or a subclass of it
(sevenbridges-python mounts its own), hands the requests aimed at an intercepted host to its mock (no socket). A
response is built as the adapter builds one from urllib3's, so streaming, ``raw.read`` and cookies work; a ``drop``
fault raises ``ConnectionError`` and a ``truncate`` fault a body shorter than its ``Content-Length``
(``ChunkedEncodingError``), as over a socket."""

from __future__ import annotations

import io
import time
from http.client import RemoteDisconnected
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult

import requests
import requests.adapters
from urllib3 import HTTPResponse
from urllib3._collections import HTTPHeaderDict
from urllib3.exceptions import ProtocolError

from ._routing import Routing, mock_request

if TYPE_CHECKING:
    from . import Interception


class RequestsPatch:
    def __init__(self, routing: Routing) -> None:
        self._routing = routing
        self._original: Any = None

    def start(self) -> None:
        original = self._original = requests.adapters.HTTPAdapter.send
        routing = self._routing

        def send(
            adapter: requests.adapters.HTTPAdapter, request: requests.PreparedRequest, *args: Any, **kwargs: Any
        ) -> requests.Response:
            target, refused, parts = routing.route(request.url or "")
            if refused is not None:
                raise requests.ConnectionError(refused, request=request)
            if target is None:
                return original(adapter, request, *args, **kwargs)
            return _answer(target, adapter, request, parts)

        requests.adapters.HTTPAdapter.send = send  # type: ignore[method-assign,assignment]

    def stop(self) -> None:
        if self._original is not None:
            requests.adapters.HTTPAdapter.send = self._original  # type: ignore[method-assign]
            self._original = None


def _answer(
    target: Interception, adapter: requests.adapters.HTTPAdapter, request: requests.PreparedRequest, parts: SplitResult
) -> requests.Response:
    mock_request_ = mock_request(request.method or "GET", parts, request.headers.items(), _body(request.body))
    answer = target.server.handle(mock_request_)
    if answer.delay:
        time.sleep(answer.delay)
    if answer.fault == "drop":
        reason = RemoteDisconnected("Remote end closed connection without response")
        raise requests.ConnectionError(ProtocolError("Connection aborted.", reason), request=request)
    headers = HTTPHeaderDict()
    for name, value in answer.headers:
        headers.add(name, value)
    body = answer.body
    if "content-length" not in {name.lower() for name, _ in answer.headers}:
        headers["Content-Length"] = str(len(body))
    if answer.fault == "truncate":
        body = body[: len(body) // 2]
    raw = HTTPResponse(
        body=io.BytesIO(body),
        headers=headers,
        status=answer.status,
        preload_content=False,
        decode_content=True,
        enforce_content_length=True,
        request_method=mock_request_.method,
        request_url=request.url,
    )
    return adapter.build_response(request, raw)


def _body(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    if hasattr(body, "read"):
        data = body.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    return b"".join(c.encode("utf-8") if isinstance(c, str) else bytes(c) for c in body)
