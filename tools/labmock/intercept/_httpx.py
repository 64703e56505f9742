"""httpx (and everything built on it: labsdk, sphinxbio): one respx router, started while any interception is active,
whose one route hands each request to the interception of its host (no socket), passes it on to the network, or
refuses it."""

from __future__ import annotations

import asyncio
import contextvars
from typing import Any

import httpx
import respx

from ..core.adapters import httpx_request, httpx_response
from ._routing import Routing

_ASYNC: contextvars.ContextVar[bool] = contextvars.ContextVar("labmock_intercept_async", default=False)


class _Router(respx.MockRouter):
    """Marks the requests of async clients, so that an injected latency is awaited there instead of blocking."""

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        token = _ASYNC.set(True)
        try:
            return await super().async_handler(request)
        finally:
            _ASYNC.reset(token)


class HttpxPatch:
    def __init__(self, routing: Routing) -> None:
        self._router = _Router(assert_all_called=False, assert_all_mocked=True)
        self._router.route().mock(side_effect=self._answer)
        self._routing = routing

    def start(self) -> None:
        self._router.start()

    def stop(self) -> None:
        self._router.stop()

    def _answer(self, request: httpx.Request) -> Any:
        target, refused, _ = self._routing.route(str(request.url))
        if refused is not None:
            raise httpx.ConnectError(refused, request=request)
        if target is None:
            return request  # respx: pass it through to the network
        answer = target.server.handle(httpx_request(request, request.content))
        if answer.delay and _ASYNC.get():

            async def later() -> httpx.Response:
                await asyncio.sleep(answer.delay)
                return httpx_response(request, answer)

            return later()
        if answer.delay:
            import time

            time.sleep(answer.delay)
        return httpx_response(request, answer)
