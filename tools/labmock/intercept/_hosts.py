"""Which requests an interception answers: the hosts of the API's real service, matched on scheme, host and port."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..core import LabmockError, Service

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Host:
    """``scheme`` None: http and https alike; ``port`` None: the scheme's default port."""

    host: str
    scheme: str | None = None
    port: int | None = None

    def matches(self, scheme: str, host: str, port: int | None) -> bool:
        scheme = scheme.lower()
        if self.scheme is not None and scheme != self.scheme:
            return False
        wanted = self.port if self.port is not None else DEFAULT_PORTS.get(scheme)
        actual = port if port is not None else DEFAULT_PORTS.get(scheme)
        return normal_host(host) == self.host and actual == wanted

    def __str__(self) -> str:
        where = self.host + (f":{self.port}" if self.port is not None else "")
        return f"{self.scheme}://{where}" if self.scheme else where


def normal_host(host: str) -> str:
    return host.strip("[]").rstrip(".").lower()


def parse_host(given: str) -> Host:
    """``https://api.sbgenomics.com/v2`` (scheme, host, port of a URL) or ``torrent.lab:8080`` (any scheme)."""
    text = given.strip()
    if "://" in text:
        parts = urlsplit(text)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname or "{" in text:
            raise LabmockError(f"cannot intercept {given!r}: an http(s) URL or a host name is expected")
        try:
            port = parts.port
        except ValueError:
            raise LabmockError(f"cannot intercept {given!r}: bad port") from None
        return Host(
            normal_host(parts.hostname), parts.scheme, port if port is not None else DEFAULT_PORTS[parts.scheme]
        )
    parts = urlsplit("//" + text)
    try:
        port = parts.port
    except ValueError:
        raise LabmockError(f"cannot intercept {given!r}: bad port") from None
    if not parts.hostname or parts.path or "{" in text:
        raise LabmockError(f"cannot intercept {given!r}: an http(s) URL or a host name is expected")
    return Host(normal_host(parts.hostname), None, port)


def service_urls(service: Service[Any], services: Iterable[Service[Any]]) -> list[str]:
    """The real service's URLs: its deployment's (``upstream``) when that is not its spec's first server, else every
    server URL of the spec that no other deployment of the spec claims. Templated ones (``http://{host}/...``) are
    left out: the user names that host; so are loopback ones (Sphinx's ``local`` preset, ``http://localhost:8000``):
    a local server is the user's own, never the vendor's."""
    spec = service.load_spec()
    servers = list(spec.servers)
    if service.upstream and servers and service.upstream != servers[0]:
        return [service.upstream]
    claimed = {s.upstream for s in services if s is not service and s.spec_name == service.spec_name and s.upstream}
    urls = [u for u in servers if u not in claimed]
    if service.upstream and service.upstream not in urls:
        urls.insert(0, service.upstream)
    return [u for u in urls if "{" not in u and not _loopback(u)]


def _loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "localhost" or host.endswith(".localhost") or host in ("127.0.0.1", "::1")
