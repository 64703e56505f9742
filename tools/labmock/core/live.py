"""Running mock servers under uvicorn: on pre-bound sockets (so port 0 works and the real port is known),
several in one asyncio loop (``labmock serve all``), or one in a background thread (tests, demos)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass

import uvicorn
from starlette.types import ASGIApp

from .adapters import QuietDroppedConnections
from .errors import LabmockError
from .server import MockServer
from .tls import TlsFiles


@dataclass(frozen=True, slots=True)
class LiveServer:
    """A mock server listening on a real socket."""

    server: MockServer
    host: str
    port: int
    tls: TlsFiles | None = None

    @property
    def scheme(self) -> str:
        return "https" if self.tls is not None else "http"

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def ca_bundle(self) -> str | None:
        """The bundle to trust for this server: the system's CAs plus the mock's (``None`` over plain http)."""
        return str(self.tls.trust_bundle) if self.tls is not None else None

    @property
    def base_url(self) -> str:
        """The API's base URL on this server, e.g. ``http://127.0.0.1:8000/api/external``."""
        return self.origin + self.server.base_path


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready TCP socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP, and
    # without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class _Uvicorn(uvicorn.Server):
    """uvicorn without its own signal handling: the caller decides when servers stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def _quiet_drops() -> None:
    error_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, QuietDroppedConnections) for f in error_log.filters):
        error_log.addFilter(QuietDroppedConnections())


def uvicorn_server(
    server: MockServer | ASGIApp, log_level: str = "warning", access_log: bool = False, tls: TlsFiles | None = None
) -> uvicorn.Server:
    """uvicorn for a mock server, or for another ASGI app (the contract proxy and replay: with their lifespan)."""
    _quiet_drops()
    mock = isinstance(server, MockServer)
    app: ASGIApp = server.asgi if isinstance(server, MockServer) else server
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=access_log,
        server_header=False,
        lifespan="off" if mock else "on",
        ssl_certfile=str(tls.cert_chain) if tls is not None else None,
        ssl_keyfile=str(tls.private_key) if tls is not None else None,
    )
    return _Uvicorn(config)


async def serve_all(
    bindings: Sequence[tuple[MockServer | ASGIApp, socket.socket]],
    log_level: str = "warning",
    access_log: bool = False,
    ready: Callable[[], None] | None = None,
    tls: TlsFiles | None = None,
) -> None:
    """Serve every (server, socket) pair in this loop until SIGINT/SIGTERM; ``ready()`` once all listen."""
    servers = [uvicorn_server(mock, log_level, access_log, tls) for mock, _ in bindings]

    def stop() -> None:
        for uv in servers:
            uv.should_exit = True

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop)

    async def announce() -> None:
        while not all(uv.started for uv in servers):
            if any(uv.should_exit for uv in servers):
                return
            await asyncio.sleep(0.01)
        if ready is not None:
            ready()

    serving = [uv.serve(sockets=[sock]) for uv, (_, sock) in zip(servers, bindings, strict=True)]
    await asyncio.gather(announce(), *serving)


@contextlib.contextmanager
def run_in_thread(
    server: MockServer,
    host: str = "127.0.0.1",
    port: int = 0,
    log_level: str = "warning",
    timeout: float = 10.0,
    tls: TlsFiles | None = None,
) -> Iterator[LiveServer]:
    """Serve ``server`` with uvicorn in a background thread (https with ``tls``); stop it cleanly on exit."""
    with serve_in_thread(server, server.name, host, port, log_level, timeout, tls) as actual_port:
        yield LiveServer(server, host, actual_port, tls)


@contextlib.contextmanager
def serve_in_thread(
    app: MockServer | ASGIApp,
    name: str,
    host: str = "127.0.0.1",
    port: int = 0,
    log_level: str = "warning",
    timeout: float = 10.0,
    tls: TlsFiles | None = None,
) -> Iterator[int]:
    """Serve a mock server or an ASGI app with uvicorn in a background thread; yields the port; stops on exit."""
    sock = bind(host, port)
    actual_port = int(sock.getsockname()[1])
    uv = uvicorn_server(app, log_level, tls=tls)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, name=f"labmock-{name}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not uv.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise LabmockError(f"labmock {name} did not start on {host}:{actual_port}")
            time.sleep(0.01)
        yield actual_port
    finally:
        uv.should_exit = True
        thread.join(timeout)
        sock.close()
