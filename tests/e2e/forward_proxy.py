"""A small real forward proxy on 127.0.0.1, for the proxy tests: plain http forwarding (absolute-form request
lines) and CONNECT tunnelling, optional Basic proxy authentication (407 without it), and a record of what it saw.

One thread per client connection; every socket has a timeout, so no wait is unbounded. Each forwarded http request
goes upstream with ``Connection: close`` (the upstream answers it so), so a client connection carries one request.
"""

from __future__ import annotations

import base64
import contextlib
import select
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

IDLE_TIMEOUT = 10.0  # seconds a relay waits for a byte from either side
HEAD_LIMIT = 64 * 1024
CAPTURE_LIMIT = 256 * 1024  # bytes of each connection kept for the tests' "never saw the key" checks


@dataclass
class Seen:
    """One request the proxy received: ``CONNECT host:port`` or ``GET http://host:port/path``, its headers."""

    method: str
    target: str
    headers: dict[str, str]
    status: int = 0


@dataclass
class ForwardProxy:
    host: str = "127.0.0.1"
    port: int = 0
    auth: tuple[str, str] | None = None
    seen: list[Seen] = field(default_factory=list)
    captured: bytearray = field(default_factory=bytearray)  # every byte clients sent through it (capped)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url_with(self, user: str, password: str) -> str:
        return f"http://{user}:{password}@{self.host}:{self.port}"

    def _capture(self, data: bytes) -> None:
        with self._lock:
            room = CAPTURE_LIMIT - len(self.captured)
            if room > 0:
                self.captured += data[:room]

    def handle(self, client: socket.socket) -> None:
        with contextlib.closing(client):
            client.settimeout(IDLE_TIMEOUT)
            head, rest = _read_head(client)
            if head is None:
                return
            self._capture(head + rest)
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = [*lines[0].split(" "), "", ""][:3]
            headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
            headers = {k.strip(): v.strip() for k, v in headers.items()}
            seen = Seen(method, target, headers)
            with self._lock:
                self.seen.append(seen)
            if self.auth is not None and not self._authorized(headers):
                seen.status = 407
                client.sendall(
                    b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n'
                    b"Content-Length: 0\r\nConnection: close\r\n\r\n"
                )
                return
            if method == "CONNECT":
                self._tunnel(client, target, rest, seen)
            else:
                self._forward(client, method, target, version, lines[1:], rest, seen)

    def _authorized(self, headers: dict[str, str]) -> bool:
        assert self.auth is not None
        expected = "Basic " + base64.b64encode(f"{self.auth[0]}:{self.auth[1]}".encode()).decode()
        given = next((v for k, v in headers.items() if k.lower() == "proxy-authorization"), None)
        return given == expected

    def _tunnel(self, client: socket.socket, target: str, rest: bytes, seen: Seen) -> None:
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection((host, int(port)), timeout=IDLE_TIMEOUT)
        except (OSError, ValueError):
            seen.status = 502
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        with contextlib.closing(upstream):
            seen.status = 200
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if rest:
                upstream.sendall(rest)
            self._relay(client, upstream)

    def _forward(
        self, client: socket.socket, method: str, target: str, version: str, lines: list[str], rest: bytes, seen: Seen
    ) -> None:
        parts = urlsplit(target)
        if parts.scheme != "http" or not parts.hostname:
            seen.status = 400
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        dropped = ("proxy-authorization", "proxy-connection", "connection")
        kept = [line for line in lines if line and line.split(":", 1)[0].strip().lower() not in dropped]
        head = "\r\n".join([f"{method} {path} {version}", *kept, "Connection: close", "", ""]).encode("latin-1")
        try:
            upstream = socket.create_connection((parts.hostname, parts.port or 80), timeout=IDLE_TIMEOUT)
        except OSError:
            seen.status = 502
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        with contextlib.closing(upstream):
            seen.status = 200
            upstream.sendall(head + rest)
            self._relay(client, upstream)

    def _relay(self, client: socket.socket, upstream: socket.socket) -> None:
        """Bytes both ways until either side closes or stays silent for IDLE_TIMEOUT."""
        sockets = [client, upstream]
        while True:
            readable, _, _ = select.select(sockets, [], [], IDLE_TIMEOUT)
            if not readable:
                return
            for sock in readable:
                try:
                    data = sock.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                other = upstream if sock is client else client
                if sock is client:
                    self._capture(data)
                try:
                    other.sendall(data)
                except OSError:
                    return


def _read_head(sock: socket.socket) -> tuple[bytes | None, bytes]:
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        try:
            chunk = sock.recv(4096)
        except OSError:
            return None, b""
        if not chunk or len(buffer) > HEAD_LIMIT:
            return None, b""
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    return head, rest


@contextlib.contextmanager
def forward_proxy(auth: tuple[str, str] | None = None) -> Iterator[ForwardProxy]:
    """A forward proxy on 127.0.0.1 (a free port) for the block."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(32)
    listener.settimeout(0.2)
    proxy = ForwardProxy(port=int(listener.getsockname()[1]), auth=auth)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=proxy.handle, args=(client,), daemon=True).start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield proxy
    finally:
        stop.set()
        acceptor.join(timeout=5)
        listener.close()


@contextlib.contextmanager
def closed_port() -> Iterator[str]:
    """The URL of a port nothing listens on (a proxy that is down), for the block."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()
