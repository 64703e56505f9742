"""Run in a child process by the ``sitecustomize`` of :func:`~labmock.intercept.child_environment`: start the
interception its environment describes, and write the report when the process exits."""

from __future__ import annotations

import atexit
import json
import os
from pathlib import Path
from typing import Any

from ..core import MockConfig
from . import Interception, intercept
from .child import ENV_OPTIONS

_TUPLES = ("faults", "data", "rate_limit")


def start() -> Interception:
    options: dict[str, Any] = json.loads(os.environ[ENV_OPTIONS])
    knobs: dict[str, Any] = {k: tuple(v) if k in _TUPLES and v is not None else v for k, v in options["config"].items()}
    interception = intercept(
        options["api"], MockConfig(**knobs), hosts=options["hosts"], passthrough=options["passthrough"]
    ).__enter__()
    report = options.get("report")
    if report:
        atexit.register(_write_report, interception, Path(report))
    return interception


def _write_report(interception: Interception, path: Path) -> None:
    server = interception.server
    report = {
        "service": server.name,
        "hosts": [str(h) for h in interception.hosts],
        "requests": [entry.to_json() for entry in reversed(server.requests(limit=10_000))],
        "summary": server.summary(),
    }
    path.write_text(json.dumps(report, indent=1), encoding="utf-8")
