"""``labmock drift``: the proxy's check over a recorded cassette, for CI."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..core.service import Service
from .cassette import Exchange, iter_cassette
from .checker import ContractChecker
from .redact import Redactor
from .report import DriftReport


def check_cassette(
    service: Service[Any] | str, cassette: str | Path | Iterable[Exchange], *, redact_fields: Sequence[str] = ()
) -> DriftReport:
    """The drift report of every exchange of ``cassette`` against the spec of ``service``."""
    checker = ContractChecker(service)
    redactor = Redactor(checker.spec, redact_fields)
    source = str(cassette) if isinstance(cassette, str | Path) else ""
    report = DriftReport(checker.service.name, source=source, redactor=redactor)
    exchanges = iter_cassette(cassette) if isinstance(cassette, str | Path) else cassette
    for exchange in exchanges:
        redactor.learn(exchange.request)
        report.add(exchange, checker.check(exchange))
    return report
