"""schemathesis against every mock, in-process (ASGI): all phases, all checks, positive and negative data,
auth, and the stateful links the spec declares. Zero failures.

Two settings differ from schemathesis' defaults, each for a reason stated where it is set:
- link inference is off, so the stateful phase follows the links the spec declares;
- `negative_data_rejection` is off for multipart operations;
- `positive_data_acceptance` also accepts 400 from the operations that take a staged upload's path (below).
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

import labmock
import labspecs

ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[MutableMapping[str, Any]]], Callable[[Any], Awaitable[None]]],
    Awaitable[None],
]


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    checks: Counter[str] = field(default_factory=Counter)
    phases: dict[str, str] = field(default_factory=dict)
    stateful_transitions: int = 0


def _multipart_operations(spec: labspecs.ApiSpec) -> list[str]:
    return [
        op.operation_id
        for op in spec.operations.values()
        if "multipart/form-data" in (op.raw.get("requestBody") or {}).get("content", {})
    ]


def _staged_upload_operations(spec: labspecs.ApiSpec) -> list[str]:
    """The operations whose JSON body takes a staged upload's path (``stagedUploadPath``)."""
    found = []
    for op in spec.operations.values():
        media = (op.raw.get("requestBody") or {}).get("content", {}).get("application/json") or {}
        schema = spec.resolve(media.get("schema") or {})
        if "stagedUploadPath" in (schema.get("properties") or {}):
            found.append(op.operation_id)
    return found


def run_schemathesis(name: str, app: ASGIApp, headers: dict[str, str], max_examples: int = 50) -> Report:
    spec = labspecs.load(name)
    document = copy.deepcopy(dict(spec.document))
    config = SchemathesisConfig.from_dict(
        {
            "seed": 20261122,
            "headers": headers,
            "generation": {"mode": "all", "max-examples": max_examples},
            # schemathesis' link inference guesses that `POST /analysis-jobs` creates what
            # `GET /analysis-jobs/{id}/download-masks` reads; a masks job needs its own POST, so that guess
            # reports a false "created resource not found". The spec declares its real links.
            "phases": {"stateful": {"inference": {"algorithms": []}}},
            # Multipart fields are strings on the wire: a "negative" object or number arrives as its text,
            # which is a valid string, so rejecting it would be wrong.
            "operations": [
                *(
                    {"include-operation-id": op_id, "checks": {"negative_data_rejection": {"enabled": False}}}
                    for op_id in _multipart_operations(spec)
                ),
                # A schema-valid body names a staged upload (`stagedUploadPath`) that was never made: Sphinx
                # answers 400 InvalidStagedFileError (the official client's class of that name is a 400).
                *(
                    {
                        "include-operation-id": op_id,
                        "checks": {
                            "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404"]}
                        },
                    }
                    for op_id in _staged_upload_operations(spec)
                ),
            ],
        }
    )
    schema = schemathesis.openapi.from_dict(document, config=config)
    schema.app = app
    report = Report()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            for checks in event.recorder.checks.values():
                for check in checks:
                    report.checks[check.name] += 1
                    if check.failure_info is not None:
                        report.failures.append(f"{event.recorder.label}: {check.name}: {check.failure_info.failure}")
        elif isinstance(event, events.PhaseStarted) and event.payload is not None:
            report.stateful_transitions = event.payload.transitions_selected
        elif isinstance(event, events.PhaseFinished):
            report.phases[event.phase.name.value] = event.status.value
        elif isinstance(event, events.NonFatalError):
            report.failures.append(f"error in {event.label}: {event.value!r}")
        elif isinstance(event, events.FatalError):
            report.failures.append(f"fatal: {event.exception!r}")
    return report


def _dedupe(failures: list[str]) -> list[str]:
    return sorted({f.splitlines()[0] for f in failures})


@pytest.mark.parametrize("name", sorted(labmock.SERVICES))
def test_mock_conforms_to_its_spec(name: str) -> None:
    # A generous rate limit: the run sends thousands of requests with one token, more than the documented limit of
    # a rate-limited API (Seven Bridges: 1000 per 5 minutes), and is about the spec, not about waiting.
    config = labmock.MockConfig(job_polls=2, validate_responses=True, rate_limit=(1_000_000, 300.0))
    server = labmock.create(name, config)
    # The spec is the service's (two deployments of one API, e.g. sevenbridges and cavatica, share one spec). A second
    # deployment of a spec (a service not named after it) shares the spec and the handlers the first runs in full:
    # what it adds is its host and token, which ten examples per operation exercise as well as fifty.
    examples = 50 if server.spec.name == name else 10
    report = run_schemathesis(server.spec.name, server.asgi, server.auth_headers(), max_examples=examples)
    assert _dedupe(report.failures) == []
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        assert report.phases.get(phase) == "success", report.phases
    assert report.stateful_transitions > 0
    for check in (
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "positive_data_acceptance",
        "ignored_auth",
        "unsupported_method",
    ):
        assert report.checks[check] > 0, f"{check} never ran: {dict(report.checks)}"
    assert sum(report.checks.values()) > 1000


def _breaks_auth(app: ASGIApp) -> ASGIApp:
    """An ASGI wrapper that answers 200 `{}` where the mock would answer 401: a mock that ignores auth."""

    async def wrapped(
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        rejected = False

        async def intercept(message: Any) -> None:
            nonlocal rejected
            if message["type"] == "http.response.start" and message["status"] == 401:
                rejected = True
                message = {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            elif message["type"] == "http.response.body" and rejected:
                message = {"type": "http.response.body", "body": b"{}"}
            await send(message)

        await app(scope, receive, intercept)

    return wrapped


def test_the_harness_catches_a_mock_that_ignores_auth() -> None:
    """The contract test can fail: the same run against a mock that lets anonymous requests through."""
    server = labmock.create("biodock", labmock.MockConfig(job_polls=2))
    report = run_schemathesis("biodock", _breaks_auth(server.asgi), server.auth_headers(), max_examples=10)
    failing_checks = {failure.split(": ")[1] for failure in report.failures if ": " in failure}
    assert "ignored_auth" in failing_checks
