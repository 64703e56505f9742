"""A Seven Bridges mock served over https, with a ``~/.sevenbridges/credentials`` profile pointing at it: what the
official client and sbpack are run against, in processes whose ``HOME`` is a temporary folder and which trust the
mock's test CA through ``REQUESTS_CA_BUNDLE`` / ``SSL_CERT_FILE`` alone (no ``debug=True``, no flag that turns
verification off)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import labmock
from labmock import LiveServer, MockConfig

PROFILE = "mock"
SBPACK_BIN = Path(__file__).resolve().parents[2] / ".venv-sbpack" / "bin"


@dataclass(frozen=True)
class ProfiledMock:
    live: LiveServer
    home: Path
    env: dict[str, str]
    profile: str = PROFILE

    def run(self, command: Sequence[str], *, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """``command`` in a fresh process that knows the mock only through its profile and the CA bundle."""
        return subprocess.run(  # noqa: S603
            list(command), env=self.env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
        )

    def python(self, *args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return self.run([sys.executable, *args], cwd=cwd, timeout=timeout)


@contextmanager
def profiled_mock(name: str, home: Path, config: MockConfig | None = None) -> Iterator[ProfiledMock]:
    """``name`` served over https, and ``home/.sevenbridges/credentials`` with a ``[mock]`` profile for it."""
    with labmock.running(name, config or MockConfig(job_polls=2), tls=True) as live:
        assert live.tls is not None
        credentials = home / ".sevenbridges" / "credentials"
        credentials.parent.mkdir(parents=True, exist_ok=True)
        credentials.write_text(
            f"[{PROFILE}]\napi_endpoint = {live.base_url}\nauth_token = {live.server.key}\n", encoding="utf-8"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
        env.update(live.tls.environment(), HOME=str(home))
        yield ProfiledMock(live, home, env)
