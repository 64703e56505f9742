"""Which proxy each request goes through: ``proxy=``, or the standard environment variables (no I/O).

httpx reads ``HTTPS_PROXY`` and friends only for the transport it builds itself; labsdk builds its own transports
(the API stack, the signed-URL downloads), so it reads them here, with the semantics of httpx and requests:

- ``HTTP_PROXY`` for ``http://`` URLs, ``HTTPS_PROXY`` for ``https://`` URLs, ``ALL_PROXY`` for either when its own
  is unset; lowercase names win over uppercase ones (as urllib reads them); ``HTTP_PROXY`` is ignored when
  ``REQUEST_METHOD`` is set (a CGI process, where a client's ``Proxy:`` header would set it: "httpoxy"); a proxy
  without a scheme is ``http://``; an empty value is no proxy.
- ``NO_PROXY``: comma-separated; ``*`` (no proxy at all), host names (``example.org`` and ``.example.org`` both
  cover the host and its subdomains, ``*.example.org`` too), IP addresses, CIDR blocks (``10.0.0.0/8``), each
  optionally with ``:port`` (then only that port); case does not matter.
- ``proxy="http://user:password@proxy:3128"`` sends every request through that proxy instead (the environment is
  then not read, as httpx does); ``trust_env=False`` ignores the environment; a ``transport=`` of the caller's own
  is the whole network, so no proxy is added under it.

The proxy's own credential (its URL's user info) goes only to the proxy, as ``Proxy-Authorization`` (httpx); it is
in :attr:`ProxyRules.secrets`, which every client scrubs from its errors and logs, and never in a repr.
"""

from __future__ import annotations

import base64
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

import httpx

from ._errors import LabSDKError

__all__ = ["ProxyRules", "ProxyTypes"]

ProxyTypes = str | httpx.URL | httpx.Proxy
_SCHEMES = ("http", "https")
_PROXY_SCHEMES = ("http", "https")  # socks5 would need httpx[socks], which labsdk does not require


def _proxy(value: ProxyTypes, where: str) -> httpx.Proxy:
    """``value`` as an ``httpx.Proxy`` (a URL without a scheme is ``http://``); a clear error for anything else,
    which never quotes the URL's credential."""
    if isinstance(value, httpx.Proxy):
        url = value.url
    else:
        text = str(value).strip()
        try:
            url = httpx.URL(text if "://" in text else f"http://{text}")
        except httpx.InvalidURL as exc:  # a bad port, a bad character: say where, never the URL
            raise LabSDKError(f"{where} is not a usable proxy URL ({type(exc).__name__})") from None
    if url.scheme not in _PROXY_SCHEMES or not url.host:
        shown = url.copy_with(username="***", password=None) if url.userinfo else url
        raise LabSDKError(f"{where} must be an http:// or https:// proxy URL with a host, not {shown}")
    return value if isinstance(value, httpx.Proxy) else httpx.Proxy(url)


def _shown(proxy: httpx.Proxy) -> str:
    """The proxy's URL with any credential replaced by ``***``."""
    url = proxy.url
    if proxy.auth is not None or url.userinfo:
        url = url.copy_with(username="***", password=None)
    return str(url)


@dataclass(frozen=True, slots=True)
class _Bypass:
    """One ``NO_PROXY`` entry."""

    host: str = ""  # a host name suffix (lowercase, no leading dot), or "" for an IP network entry
    network: ipaddress.IPv4Network | ipaddress.IPv6Network | None = None
    port: int | None = None

    @classmethod
    def parse(cls, entry: str) -> _Bypass | None:
        entry = entry.strip().lower()
        if "://" in entry:  # "http://host:port", as httpx accepts: the scheme does not matter for bypassing
            entry = entry.split("://", 1)[1]
        entry = entry.rstrip("/")
        port: int | None = None
        host = entry
        if entry.startswith("["):  # [::1] or [::1]:8080
            close = entry.find("]")
            host, rest = entry[1:close], entry[close + 1 :]
            if rest.startswith(":") and rest[1:].isdigit():
                port = int(rest[1:])
        elif entry.count(":") == 1:
            name, _, digits = entry.partition(":")
            if digits.isdigit():
                host, port = name, int(digits)
        try:
            return cls(network=ipaddress.ip_network(host, strict=False), port=port)
        except ValueError:
            pass
        host = host.removeprefix("*").lstrip(".")
        return cls(host=host, port=port) if host else None

    def covers(self, host: str, port: int | None) -> bool:
        if self.port is not None and port != self.port:
            return False
        if self.network is not None:
            try:
                return ipaddress.ip_address(host) in self.network
            except ValueError:
                return False
        return host == self.host or host.endswith(f".{self.host}")


def _default_port(url: httpx.URL) -> int | None:
    return url.port if url.port is not None else {"http": 80, "https": 443}.get(url.scheme)


def _environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The ``*_proxy`` variables by lowercase name; a lowercase variable wins over its uppercase twin."""
    found: dict[str, str] = {}
    for name, value in environ.items():
        if name.lower().endswith("_proxy") and name.lower() not in found:
            found[name.lower()] = value
    for name, value in environ.items():
        if name.endswith("_proxy") and name == name.lower():
            found[name] = value
    if "REQUEST_METHOD" in environ:
        found.pop("http_proxy", None)
    return found


@dataclass(frozen=True)
class ProxyRules:
    """The proxy of each scheme and the hosts that bypass them; ``bool(rules)`` says whether any proxy applies."""

    by_scheme: Mapping[str, httpx.Proxy] = field(default_factory=dict)
    bypass: tuple[_Bypass, ...] = ()
    bypass_all: bool = False
    trust_env: bool = True
    source: str = "none"  # "proxy=", "environment", or "none"

    @classmethod
    def resolve(
        cls,
        proxy: ProxyTypes | ProxyRules | None = None,
        *,
        trust_env: bool = True,
        transport: object = None,
        environ: Mapping[str, str] | None = None,
    ) -> ProxyRules:
        """The rules of a client: ``proxy=`` if given, else the environment's (unless ``trust_env=False``); none
        under a ``transport=`` of the caller's own (it is the whole network)."""
        if isinstance(proxy, ProxyRules):
            return proxy
        if not isinstance(cast(object, trust_env), bool):
            raise TypeError("trust_env must be True or False")
        if transport is not None:
            return cls(trust_env=trust_env)
        if proxy is not None:
            if not isinstance(cast(object, proxy), str | httpx.URL | httpx.Proxy):
                raise TypeError(
                    f"proxy= must be a URL (str or httpx.URL) or an httpx.Proxy, not {type(proxy).__name__}"
                )
            chosen = _proxy(proxy, "proxy=")
            return cls({scheme: chosen for scheme in _SCHEMES}, trust_env=trust_env, source="proxy=")
        if not trust_env:
            return cls(trust_env=False)
        return cls.from_environment(os.environ if environ is None else environ)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> ProxyRules:
        variables = _environment(environ)
        by_scheme: dict[str, httpx.Proxy] = {}
        for scheme in _SCHEMES:
            value = variables.get(f"{scheme}_proxy") or variables.get("all_proxy")
            if value and value.strip():
                name = f"{scheme}_proxy" if variables.get(f"{scheme}_proxy") else "all_proxy"
                by_scheme[scheme] = _proxy(value, f"${name.upper()}")
        entries = [e for e in variables.get("no_proxy", "").replace(" ", ",").split(",") if e.strip()]
        if any(e.strip() == "*" for e in entries):
            return cls(trust_env=True, bypass_all=True, source="environment")
        bypass = tuple(b for b in map(_Bypass.parse, entries) if b is not None)
        return cls(by_scheme, bypass, trust_env=True, source="environment" if by_scheme else "none")

    def proxy_for(self, url: httpx.URL | str) -> httpx.Proxy | None:
        """The proxy ``url`` goes through, or None (straight)."""
        url = httpx.URL(str(url)) if not isinstance(url, httpx.URL) else url
        if self.bypass_all:
            return None
        proxy = self.by_scheme.get(url.scheme)
        if proxy is None:
            return None
        host, port = url.host.lower(), _default_port(url)
        if any(entry.covers(host, port) for entry in self.bypass):
            return None
        return proxy

    @property
    def proxies(self) -> tuple[httpx.Proxy, ...]:
        """Each distinct proxy once."""
        distinct: dict[int, httpx.Proxy] = {}
        for proxy in self.by_scheme.values():
            distinct.setdefault(id(proxy), proxy)
        return tuple(distinct.values())

    @property
    def secrets(self) -> tuple[str, ...]:
        """The proxies' credentials, as they may show in a message: password, ``user:password`` and its base64."""
        found: list[str] = []
        for proxy in self.proxies:
            if proxy.auth is None:
                continue
            user, password = proxy.auth
            pair = f"{user}:{password}"
            found += [s for s in (password, pair, base64.b64encode(pair.encode()).decode()) if len(s) >= 4]
        return tuple(dict.fromkeys(s for s in found if s))

    def __bool__(self) -> bool:
        return bool(self.by_scheme) and not self.bypass_all

    def __repr__(self) -> str:
        routes = ", ".join(f"{scheme}={_shown(proxy)}" for scheme, proxy in self.by_scheme.items())
        bypass = f", no_proxy={len(self.bypass)} entries" if self.bypass else ""
        return f"ProxyRules({self.source}: {routes or 'direct'}{bypass})"
