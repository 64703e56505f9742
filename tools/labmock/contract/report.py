"""The drift report: findings grouped by operation, JSON path and kind, each with a count and one example.

Every finding is logged as it is seen (logger ``labmock.contract``, one WARNING per group an exchange touches).
:meth:`DriftReport.write` writes the JSON report and, next to it, the readable summary (``.txt``).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from labspecs.conformance import KINDS, Problem

from ..core.errors import LabmockError
from .cassette import Exchange
from .checker import Checked
from .redact import REDACTED, Redactor

logger = logging.getLogger("labmock.contract")

_ORDER = {kind: index for index, kind in enumerate(KINDS)}


@dataclass(slots=True)
class Finding:
    operation: str
    path: str
    kind: str
    breaking: bool
    count: int
    example: dict[str, Any]


def _identity(text: str) -> str:
    return text


class DriftReport:
    """Collects the findings of checked exchanges. With a ``redactor``, every text taken from traffic is cleaned
    (no credential or signature reaches the report or the log) and the values of the sensitive fields are hidden."""

    def __init__(self, api: str, *, source: str = "", redactor: Redactor | None = None) -> None:
        self.api = api
        self.source = source
        self.started = time.time()
        self.exchanges = 0
        self.operations: Counter[str] = Counter()
        self._redactor = redactor
        self._sanitize: Callable[[str], str] = redactor.text if redactor else _identity
        self._groups: dict[tuple[str, str, str], Finding] = {}
        self._lock = threading.Lock()

    def add(self, exchange: Exchange, checked: Checked) -> None:
        """Count one exchange and its problems; log each group it touches."""
        operation = checked.operation
        touched: dict[tuple[str, str, str], tuple[Finding, int]] = {}
        with self._lock:
            self.exchanges += 1
            if operation is None:
                return
            self.operations[operation] += 1
            for problem in checked.problems:
                key = (operation, problem.path, problem.kind)
                finding = self._groups.get(key)
                if finding is None:
                    finding = self._groups[key] = self._finding(operation, exchange, problem)
                finding.count += 1
                seen = touched.get(key)
                touched[key] = (finding, (seen[1] if seen else 0) + 1)
        for finding, count in touched.values():
            example = finding.example
            logger.warning(
                "drift %s %s: %s %s%s (%s)",
                self.api,
                finding.operation,
                finding.kind,
                finding.path,
                f" x{count}" if count > 1 else "",
                self._sanitize(f"{exchange.request_line} -> {exchange.response.status}: {example['message']}"),
            )

    def _finding(self, operation: str, exchange: Exchange, problem: Problem) -> Finding:
        clean = self._sanitize
        value = problem.value
        if self._redactor is not None and self._redactor.sensitive_field(problem.where):
            value = REDACTED
        example = {
            "where": clean(problem.where),
            "message": clean(problem.message),
            "value": clean(value) if isinstance(value, str) else value,
            "request": clean(exchange.request_line),
            "status": exchange.response.status,
        }
        return Finding(operation, clean(problem.path), problem.kind, problem.breaking, 0, example)

    # -- reading -------------------------------------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        with self._lock:
            found = list(self._groups.values())
        return sorted(found, key=lambda f: (f.operation, _ORDER.get(f.kind, len(_ORDER)), f.path))

    def kinds(self) -> set[tuple[str, str, str]]:
        """``{(operation, path, kind)}``: what the report names, for tests and scripts."""
        return {(f.operation, f.path, f.kind) for f in self.findings}

    @property
    def breaking(self) -> list[Finding]:
        return [f for f in self.findings if f.breaking]

    def to_dict(self) -> dict[str, Any]:
        findings = self.findings
        return {
            "api": self.api,
            "source": self.source,
            "started": round(self.started, 3),
            "finished": round(time.time(), 3),
            "exchanges": self.exchanges,
            "operations": dict(sorted(self.operations.items())),
            "totals": {
                "findings": len(findings),
                "breaking": sum(1 for f in findings if f.breaking),
                "by_kind": dict(Counter(f.kind for f in findings)),
            },
            "findings": [asdict(f) for f in findings],
        }

    def summary(self) -> str:
        findings = self.findings
        head = f"Drift report for {self.api}: {self.exchanges} exchanges, {len(self.operations)} operations"
        if not findings:
            return f"{head}: no findings.\n"
        breaking = sum(1 for f in findings if f.breaking)
        lines = [f"{head}: {len(findings)} findings ({breaking} breaking)."]
        current = None
        width = max(len(f.path) for f in findings)
        for finding in findings:
            if finding.operation != current:
                current = finding.operation
                lines.append(f"\n{current}  ({self.operations.get(current, 0)} exchanges)")
            example = finding.example
            shown = f" = {json.dumps(example['value'])}" if example.get("value") is not None else ""
            mark = "!" if finding.breaking else "+"
            lines.append(
                f"  {mark} {finding.kind:<18} {finding.path:<{width}}  x{finding.count:<5} "
                f"e.g. {example['where']}{shown}: {example['message']}  [{example['request']} -> {example['status']}]"
            )
        lines.append("\n! breaks the spec   + new (allowed by the spec, not declared in it)")
        return "\n".join(lines) + "\n"

    def write(self, path: str | Path) -> tuple[Path, Path]:
        """Write the JSON report to ``path`` and the summary beside it (``.txt``); returns both paths."""
        target = Path(path)
        text_path = target.with_suffix(".txt") if target.suffix != ".txt" else target.with_suffix(".summary.txt")
        try:
            target.write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")
            text_path.write_text(self.summary(), encoding="utf-8")
        except OSError as exc:
            raise LabmockError(f"cannot write the drift report {path}: {exc.strerror}") from None
        return target, text_path
