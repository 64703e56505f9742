"""What the proxy and the replay server share: the ASGI plumbing, the API's own error body, and pointing the
absolute URLs of a response at another base URL."""

from __future__ import annotations

from typing import Any

from starlette.types import Receive, Scope, Send

from labspecs import ApiSpec

from ..core.adapters import asgi_request, read_body, send_response
from ..core.errors import MockHTTPError, json_error_builder
from ..core.messages import Headers, MockRequest, MockResponse
from ..core.service import Service
from .cassette import is_json_type

_TEXT_BODIES = ("text/", "application/xml", "application/javascript")


class ContractApp:
    """A tiny ASGI app: each HTTP request is read whole and answered by :meth:`respond`; the lifespan's shutdown
    calls :meth:`aclose`."""

    max_body_bytes = 64 * 2**20

    def __init__(self, service: Service[Any], spec: ApiSpec) -> None:
        self.service = service
        self.spec = spec
        builder = service.error_builder(spec) if service.error_builder else None
        self._service_errors = builder
        self._spec_errors = json_error_builder(spec.errors)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = Headers(scope["headers"])
        body = await read_body(receive, self.max_body_bytes)
        if body is None:
            await send_response(send, self.error(413, f"The request body is larger than {self.max_body_bytes} bytes"))
            return
        await send_response(send, await self.respond(asgi_request(scope, headers, body)))

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def respond(self, request: MockRequest) -> MockResponse:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Release what the app holds (called on shutdown)."""

    def error(self, status: int, message: str) -> MockResponse:
        """The API's own error response carrying ``message``; the spec's ``x-errors`` shape when the API's own body
        for that status carries no message (Ion Torrent's empty 404)."""
        if self._service_errors is not None:
            response = self._service_errors(MockHTTPError(status, message))
            if message.encode("utf-8")[:40] in response.body:
                return response
        return self._spec_errors(MockHTTPError(status, message))


def rebase(response: MockResponse, old: str, new: str) -> MockResponse:
    """``response`` with every absolute URL under the base URL ``old`` moved under ``new`` (in headers and in JSON or
    text bodies), so the client's next request (a page link, a signed URL on the same host) comes back here."""
    if not old or old == new:
        return response
    headers = [(name, value.replace(old, new)) for name, value in response.headers]
    pairs = [(old, new), (old.replace("/", "\\/"), new.replace("/", "\\/"))]  # and JSON's escaped "\/"
    body = response.body
    content_type = (response.header("content-type") or "").lower()
    if body and (is_json_type(content_type) or content_type.startswith(_TEXT_BODIES)):
        for frm, to in pairs:
            body = body.replace(frm.encode("utf-8"), to.encode("utf-8"))
    return MockResponse(response.status, headers, body)
