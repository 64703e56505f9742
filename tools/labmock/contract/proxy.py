"""``labmock proxy``: a local server in front of the real service that checks every exchange against the spec.

The client talks to ``http://127.0.0.1:<port><base path>`` as it would to the service. Each request is forwarded to
the upstream (``--upstream``, e.g. ``https://api.sbgenomics.com/v2``; the path below the spec's base path is kept),
the exchange is checked (:class:`~labmock.contract.checker.ContractChecker`: unknown paths and operations,
undeclared statuses, missing required fields, wrong types, new enum values, new fields, missing declared headers),
every finding goes to the :class:`~labmock.contract.report.DriftReport` (and the log), the redacted exchange to the
cassette (``--record``), and the upstream's answer to the client, its absolute URLs on the upstream's base (page
links, signed URLs on the same host) pointed at the proxy. The upstream is verified against the system trust store
(``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` are honoured); redirects are passed back, not followed; no URL is logged.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from ..core.errors import LabmockError, clip
from ..core.messages import MockRequest, MockResponse
from ..core.service import Service
from .app import ContractApp, rebase
from .cassette import CassetteWriter, Exchange
from .checker import ContractChecker
from .redact import Redactor
from .report import DriftReport

logger = logging.getLogger("labmock.contract")

# Hop-by-hop headers (RFC 9110 7.6.1) and what the proxy recomputes.
_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding"}
    | {"upgrade", "host", "content-length", "accept-encoding", "content-encoding", "date", "server"}
)
MAX_RESPONSE_BYTES = 256 * 2**20


class ContractProxy(ContractApp):
    """The validating, recording proxy of one API, as an ASGI app (``labmock.contract.running_proxy`` serves it)."""

    def __init__(
        self,
        service: Service[Any] | str,
        upstream: str,
        *,
        record: str | Path | None = None,
        redact_fields: Sequence[str] = (),
        timeout: float = 60.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.checker = checker = ContractChecker(service)
        super().__init__(checker.service, checker.spec)
        self.name = checker.service.name
        self.base_path = checker.base_path
        url = httpx.URL(upstream)
        if url.scheme not in ("http", "https") or not url.host:
            raise LabmockError(f"--upstream must be an http(s) URL such as {checker.spec.server_url}, not {upstream!r}")
        self.upstream_origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        self.upstream_base = self.upstream_origin + (url.path.rstrip("/") or self.base_path)
        self.redactor = Redactor(checker.spec, redact_fields)
        self.report = DriftReport(self.name, source=self.redactor.url(upstream), redactor=self.redactor)
        self.cassette = CassetteWriter(record) if record is not None else None
        self._timeout = httpx.Timeout(timeout, connect=min(timeout, 10.0))
        self._transport = transport

    def _network(self) -> httpx.AsyncBaseTransport:
        # The transport itself, not an httpx.AsyncClient: a client logs every URL (query credentials and
        # signatures included) at INFO, and would add cookies, its own headers and redirects.
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport(
                verify=ssl.create_default_context()
            )  # system store, SSL_CERT_FILE
        return self._transport

    def target(self, request: MockRequest) -> str:
        """The upstream URL of a request to the proxy."""
        path = request.path
        if path == self.base_path or path.startswith(self.base_path + "/"):
            url = self.upstream_base + path[len(self.base_path) :]
        else:
            url = self.upstream_origin + path
        return url + (f"?{request.query}" if request.query else "")

    async def respond(self, request: MockRequest) -> MockResponse:
        started = time.time()
        try:
            response = await self._forward(request)
        except (httpx.HTTPError, LabmockError) as exc:
            detail = self.redactor.text(clip(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, 200))
            logger.error(
                "labmock proxy %s: %s %s: the upstream did not answer (%s)",
                self.name,
                request.method,
                self.redactor.text(request.path),
                detail,
            )
            return self.error(502, f"labmock proxy: the upstream did not answer ({detail})")
        exchange = Exchange(
            self.name,
            self.upstream_base,
            self.base_path,
            request,
            response,
            started=started,
            elapsed=time.time() - started,
        )
        self.observe(exchange)
        return rebase(response, self.upstream_base, request.origin + self.base_path)

    def observe(self, exchange: Exchange) -> None:
        """Check one exchange, report its findings and record it (redacted)."""
        self.redactor.learn(exchange.request)
        checked = self.checker.check(exchange)
        exchange.operation = checked.operation
        self.report.add(exchange, checked)
        if self.cassette is not None:
            self.cassette.write(self.redactor.exchange(exchange))

    async def _forward(self, request: MockRequest) -> MockResponse:
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _HOP]
        outgoing = httpx.Request(request.method, self.target(request), headers=headers, content=request.body)
        outgoing.extensions["timeout"] = self._timeout.as_dict()
        upstream = await self._network().handle_async_request(outgoing)
        try:
            body = bytearray()
            async for chunk in upstream.aiter_bytes():
                body += chunk
                if len(body) > MAX_RESPONSE_BYTES:
                    raise LabmockError(f"the response is larger than the {MAX_RESPONSE_BYTES} bytes the proxy buffers")
        finally:
            await upstream.aclose()
        kept = [(k, v) for k, v in upstream.headers.multi_items() if k.lower() not in _HOP]
        return MockResponse(upstream.status_code, kept, bytes(body))

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()
            self._transport = None
        self.close()

    def close(self) -> None:
        """Close the cassette (every line is already on disk)."""
        if self.cassette is not None:
            self.cassette.close()
