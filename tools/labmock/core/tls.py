"""HTTPS for the mock servers: a local test CA (``trustme``) and a server certificate for the loopback names.

A CA is made once per directory: ``labmock serve <api> --tls`` makes one at start in a fresh temporary folder
(or reuses the one in ``--ca-dir``, so ``REQUESTS_CA_BUNDLE`` can stay set across restarts) and prints the path of
its trust bundle: the system's CA certificates plus the mock's CA, so pointing a client at it does not break its
other https traffic. Clients trust the mock through ``REQUESTS_CA_BUNDLE`` (requests and the clients built on it,
e.g. sevenbridges-python; requests lets this variable win over a session's own ``verify``) and ``SSL_CERT_FILE``
(httpx, urllib, the ssl module's default context). ``ca_bundle`` is the mock's CA alone.
"""

from __future__ import annotations

import os
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import LabmockError

#: The names every mock certificate is valid for (the mocks bind to loopback only, unless told otherwise).
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
_CA_FILE = "labmock-ca.pem"
_CA_KEY_FILE = "labmock-ca.key"
_CERT_FILE = "labmock-server.pem"
_KEY_FILE = "labmock-server.key"
_TRUST_FILE = "labmock-trust.pem"


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """The files of one mock's TLS set-up: the CA bundle clients trust, and the server's chain and key."""

    directory: Path
    ca_bundle: Path
    cert_chain: Path
    private_key: Path
    trust_bundle: Path

    def server_context(self) -> ssl.SSLContext:
        """An ``ssl.SSLContext`` for a server presenting this certificate."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_chain, self.private_key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """An ``ssl.SSLContext`` that trusts this CA only (``httpx.Client(verify=...)``)."""
        return ssl.create_default_context(cafile=str(self.ca_bundle))

    def environment(self) -> dict[str, str]:
        """The environment variables that make requests, httpx and the ssl module trust the mock, and still every
        host the system trusts (:attr:`trust_bundle`: the system's CAs plus this one)."""
        bundle = str(self.trust_bundle)
        return {"REQUESTS_CA_BUNDLE": bundle, "SSL_CERT_FILE": bundle, "CURL_CA_BUNDLE": bundle}


def _system_bundle() -> bytes:
    """The CA certificates this machine trusts (the file OpenSSL or ``SSL_CERT_FILE`` names, or certifi's)."""
    candidates = [os.environ.get("SSL_CERT_FILE"), ssl.get_default_verify_paths().cafile]
    try:
        import certifi

        candidates.append(certifi.where())
    except ImportError:  # pragma: no cover - certifi comes with requests and httpx
        pass
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and _TRUST_FILE not in candidate:
            return Path(candidate).read_bytes()
    return b""


def _names(hosts: tuple[str, ...]) -> list[str]:
    names: list[str] = []
    for host in (*LOOPBACK_NAMES, *hosts):
        host = host.strip("[]")
        if host and host not in ("0.0.0.0", "::") and host not in names:  # noqa: S104 (names, not a bind)
            names.append(host)
    return names


def make_tls(directory: str | os.PathLike[str] | None = None, hosts: tuple[str, ...] = ()) -> TlsFiles:
    """A CA (made in ``directory`` unless one is there already) and a fresh server certificate issued by it for the
    loopback names and ``hosts``. ``directory`` None: a new temporary folder (left for the process's lifetime)."""
    try:
        import trustme
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
    except ImportError as exc:  # pragma: no cover - trustme is a labmock dependency
        raise LabmockError(f"--tls needs the trustme package ({exc})") from None
    folder = Path(directory) if directory is not None else Path(tempfile.mkdtemp(prefix="labmock-tls-"))
    folder.mkdir(parents=True, exist_ok=True)
    ca_path, ca_key_path = folder / _CA_FILE, folder / _CA_KEY_FILE
    if ca_path.is_file() and ca_key_path.is_file():
        try:
            ca = trustme.CA.from_pem(ca_path.read_bytes(), ca_key_path.read_bytes())
        except (ValueError, TypeError) as exc:
            raise LabmockError(f"{folder}: the CA files there cannot be read ({exc}); remove them") from None
    else:
        ca = trustme.CA(organization_name="labmock local test CA")
        ca.private_key_pem.write_to_path(str(ca_key_path))
        os.chmod(ca_key_path, 0o600)
        ca.cert_pem.write_to_path(str(ca_path))
    names = _names(hosts)
    cert = ca.issue_cert(*names, organization_name="labmock")
    chain_path, key_path = folder / _CERT_FILE, folder / _KEY_FILE
    with chain_path.open("wb") as out:
        for blob in cert.cert_chain_pems:
            out.write(blob.bytes())
    cert.private_key_pem.write_to_path(str(key_path))
    os.chmod(key_path, 0o600)
    # Sanity: the chain we wrote parses (a clear error here beats an opaque handshake failure later).
    x509.load_pem_x509_certificate(chain_path.read_bytes())
    serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    trust_path = folder / _TRUST_FILE
    system = _system_bundle()
    trust_path.write_bytes(system + (b"" if not system or system.endswith(b"\n") else b"\n") + ca_path.read_bytes())
    return TlsFiles(folder, ca_path, chain_path, key_path, trust_path)
