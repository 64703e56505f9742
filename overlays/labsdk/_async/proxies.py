"""The network under labsdk's transport stack: straight, or through the proxy each URL calls for (``labsdk._proxies``).

httpx reads the proxy variables only when it builds its own transport; labsdk builds its own (the API stack, the
signed-URL downloads), so it routes by the same rules here.
"""

from __future__ import annotations

import logging

import httpx

from .._backend import AsyncBackend
from .._proxies import ProxyRules

__all__ = ["AsyncProxyRouter", "network_transport"]

logger = logging.getLogger("labsdk")


class AsyncProxyRouter(httpx.AsyncBaseTransport):
    """Sends each request straight or through its proxy, one connection pool each."""

    def __init__(self, rules: ProxyRules) -> None:
        self._rules = rules
        self._direct = _network(rules.trust_env)
        self._proxied = {id(p): _network(rules.trust_env, p) for p in rules.proxies}
        logger.debug("labsdk: %r", rules)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._rules.proxy_for(request.url)
        transport = self._direct if proxy is None else self._proxied[id(proxy)]
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self._direct.aclose()
        for transport in self._proxied.values():
            await transport.aclose()


def network_transport(rules: ProxyRules) -> httpx.AsyncBaseTransport:
    """The transport to the network under ``rules``: a plain httpx transport when no proxy applies."""
    return AsyncProxyRouter(rules) if rules else _network(rules.trust_env)


def _network(trust_env: bool, proxy: httpx.Proxy | None = None) -> httpx.AsyncHTTPTransport:
    """httpx's transport (through ``proxy``), its reads bounded by the backend's time limits."""
    return AsyncBackend.bound_reads(httpx.AsyncHTTPTransport(proxy=proxy, trust_env=trust_env))
