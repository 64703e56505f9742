"""labmock: stateful mock servers for lab and bioinformatics APIs, built from their OpenAPI specs.

import labmock

server = labmock.create("biodock", labmock.MockConfig(job_polls=3))
with server.client() as client:                      # in-process, no sockets
    client.get("/analysis-jobs").json()

with labmock.running("biodock") as live:             # a real uvicorn server on 127.0.0.1:<free port>
    httpx.get(f"{live.base_url}/check", headers=live.server.auth_headers())

with labmock.running("sevenbridges", tls=True) as live:  # https, certificate from a local test CA
    httpx.get(live.base_url + "/user", verify=live.tls.client_context(), headers=live.server.auth_headers())
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ._version import __version__
from .core import (
    FAULT_KINDS,
    Call,
    Handlers,
    LabmockError,
    MockConfig,
    MockHTTPError,
    MockRequest,
    MockResponse,
    MockServer,
    ResponseContractError,
    Service,
)
from .core.live import LiveServer, run_in_thread
from .core.tls import TlsFiles, make_tls
from .intercept import Interception, child_environment, intercept
from .services import SERVICES
from .services import get as get_service


def create(name: str, config: MockConfig | None = None) -> MockServer:
    """A fresh mock server of the service ``name`` (``biodock``, ...), with its demo dataset."""
    return MockServer(get_service(name), config)


@contextlib.contextmanager
def running(
    target: str | MockServer,
    config: MockConfig | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    log_level: str = "warning",
    tls: bool | TlsFiles = False,
) -> Iterator[LiveServer]:
    """Serve a mock with uvicorn in a background thread (port 0: a free one) until the block ends.

    ``tls=True`` serves https with a certificate from a local test CA made for it (``live.ca_bundle`` is the
    bundle to trust, ``live.tls.environment()`` the variables that make requests and httpx trust it); pass a
    :class:`TlsFiles` (from :func:`make_tls`) to share one CA between several servers."""
    server = target if isinstance(target, MockServer) else create(target, config)
    files = tls if isinstance(tls, TlsFiles) else (make_tls(hosts=(host,)) if tls else None)
    with run_in_thread(server, host, port, log_level, tls=files) as live:
        yield live


__all__ = [
    "FAULT_KINDS",
    "SERVICES",
    "Call",
    "Handlers",
    "Interception",
    "LabmockError",
    "LiveServer",
    "MockConfig",
    "MockHTTPError",
    "MockRequest",
    "MockResponse",
    "MockServer",
    "ResponseContractError",
    "Service",
    "TlsFiles",
    "__version__",
    "child_environment",
    "create",
    "intercept",
    "make_tls",
    "running",
]
