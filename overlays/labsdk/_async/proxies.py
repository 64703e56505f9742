"""The network under labsdk's transport stack: straight, or through the proxy each URL calls for (``labsdk._proxies``).

httpx reads the proxy variables only when it builds its own transport; labsdk builds its own (the API stack, the
signed-URL downloads), so it routes by the same rules here.
"""

from __future__ import annotations

import logging

import httpx

from .._proxies import ProxyRules

__all__ = ["AsyncProxyRouter", "network_transport"]

logger = logging.getLogger("labsdk")


class AsyncProxyRouter(httpx.AsyncBaseTransport):
    """Sends each request straight or through its proxy, one connection pool each."""

    def __init__(self, rules: ProxyRules) -> None:
        self._rules = rules
        self._direct = httpx.AsyncHTTPTransport(trust_env=rules.trust_env)
        self._proxied = {id(p): httpx.AsyncHTTPTransport(proxy=p, trust_env=rules.trust_env) for p in rules.proxies}
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
    return AsyncProxyRouter(rules) if rules else httpx.AsyncHTTPTransport(trust_env=rules.trust_env)
