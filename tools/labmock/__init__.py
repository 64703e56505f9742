"""labmock: stateful mock servers for lab and bioinformatics APIs, built from their OpenAPI specs.

import labmock

server = labmock.create("biodock", labmock.MockConfig(job_polls=3))
with server.client() as client:                      # in-process, no sockets
    client.get("/analysis-jobs").json()

with labmock.running("biodock") as live:             # a real uvicorn server on 127.0.0.1:<free port>
    httpx.get(f"{live.base_url}/check", headers=live.server.auth_headers())
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

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
) -> Iterator[LiveServer]:
    """Serve a mock with uvicorn in a background thread (port 0: a free one) until the block ends."""
    server = target if isinstance(target, MockServer) else create(target, config)
    with run_in_thread(server, host, port, log_level) as live:
        yield live


__all__ = [
    "FAULT_KINDS",
    "SERVICES",
    "Call",
    "Handlers",
    "LabmockError",
    "LiveServer",
    "MockConfig",
    "MockHTTPError",
    "MockRequest",
    "MockResponse",
    "MockServer",
    "ResponseContractError",
    "Service",
    "create",
    "running",
]
