"""Contract testing against the real services: a validating, recording proxy, a replay server, a drift report.

labmock proxy sevenbridges --upstream https://api.sbgenomics.com/v2 --record sb.jsonl   # check live traffic
labmock replay sb.jsonl --port 8001                                                      # serve it back, offline
labmock drift sevenbridges sb.jsonl                                                      # check it again, in CI

In Python (tests)::

    with labmock.running("biodock") as upstream, running_proxy("biodock", upstream.base_url, record=path) as proxy:
        httpx.get(f"{proxy.base_url}/analysis-jobs", headers=...)
    proxy.app.report.findings
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..core.live import serve_in_thread
from ..core.service import Service
from ..core.tls import TlsFiles, make_tls
from .app import ContractApp
from .cassette import CassetteWriter, Exchange, read_cassette
from .checker import Checked, ContractChecker
from .drift import check_cassette
from .proxy import ContractProxy
from .redact import REDACTED, Redactor
from .replay import ReplayServer
from .report import DriftReport, Finding

A = TypeVar("A", bound=ContractApp)


@dataclass(frozen=True, slots=True)
class Served(Generic[A]):
    """A proxy or replay server listening on 127.0.0.1 (https with ``tls``)."""

    app: A
    host: str
    port: int
    tls: TlsFiles | None = None

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}{self.app.spec.base_path}"


def _tls(tls: bool | TlsFiles, host: str) -> TlsFiles | None:
    return tls if isinstance(tls, TlsFiles) else (make_tls(hosts=(host,)) if tls else None)


@contextlib.contextmanager
def running_proxy(
    service: Service[Any] | str,
    upstream: str,
    *,
    record: str | Path | None = None,
    redact_fields: Sequence[str] = (),
    host: str = "127.0.0.1",
    port: int = 0,
    tls: bool | TlsFiles = False,
) -> Iterator[Served[ContractProxy]]:
    """Serve a :class:`ContractProxy` in a background thread until the block ends (the cassette is then closed);
    ``tls`` as for :func:`labmock.running`."""
    proxy = ContractProxy(service, upstream, record=record, redact_fields=redact_fields)
    files = _tls(tls, host)
    try:
        with serve_in_thread(proxy, f"proxy-{proxy.name}", host, port, tls=files) as actual:
            yield Served(proxy, host, actual, files)
    finally:
        proxy.close()


@contextlib.contextmanager
def running_replay(
    cassette: str | Path | Sequence[Exchange],
    *,
    api: str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: bool | TlsFiles = False,
) -> Iterator[Served[ReplayServer]]:
    """Serve a :class:`ReplayServer` in a background thread until the block ends."""
    replay = ReplayServer(cassette, api=api)
    files = _tls(tls, host)
    with serve_in_thread(replay, f"replay-{replay.name}", host, port, tls=files) as actual:
        yield Served(replay, host, actual, files)


__all__ = [
    "REDACTED",
    "CassetteWriter",
    "Checked",
    "ContractChecker",
    "ContractProxy",
    "DriftReport",
    "Exchange",
    "Finding",
    "Redactor",
    "ReplayServer",
    "Served",
    "check_cassette",
    "read_cassette",
    "running_proxy",
    "running_replay",
]
