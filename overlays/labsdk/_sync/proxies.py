# Derived from overlays/labsdk/_async/proxies.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The network under labsdk's transport stack: straight, or through the proxy each URL calls for (``labsdk._proxies``).

httpx reads the proxy variables only when it builds its own transport; labsdk builds its own (the API stack, the
signed-URL downloads), so it routes by the same rules here.
"""

from __future__ import annotations

import logging

import httpx

from .._backend import Backend
from .._proxies import ProxyRules

__all__ = ["ProxyRouter", "network_transport"]

logger = logging.getLogger("labsdk")


class ProxyRouter(httpx.BaseTransport):
    """Sends each request straight or through its proxy, one connection pool each."""

    def __init__(self, rules: ProxyRules) -> None:
        self._rules = rules
        self._direct = _network(rules.trust_env)
        self._proxied = {id(p): _network(rules.trust_env, p) for p in rules.proxies}
        logger.debug("labsdk: %r", rules)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._rules.proxy_for(request.url)
        transport = self._direct if proxy is None else self._proxied[id(proxy)]
        return transport.handle_request(request)

    def close(self) -> None:
        self._direct.close()
        for transport in self._proxied.values():
            transport.close()


def network_transport(rules: ProxyRules) -> httpx.BaseTransport:
    """The transport to the network under ``rules``: a plain httpx transport when no proxy applies."""
    return ProxyRouter(rules) if rules else _network(rules.trust_env)


def _network(trust_env: bool, proxy: httpx.Proxy | None = None) -> httpx.HTTPTransport:
    """httpx's transport (through ``proxy``), its reads bounded by the backend's time limits."""
    return Backend.bound_reads(httpx.HTTPTransport(proxy=proxy, trust_env=trust_env))
