"""Strict mode: report, without raising, every response that departs from the spec.

``Biodock(api_key=..., strict="report")`` logs each problem on the ``labsdk.strict`` logger (WARNING);
``strict=callback`` also calls ``callback(drift)`` with a :class:`SpecDrift`; ``LABSDK_STRICT=report`` turns it on for
every client built without ``strict=`` (no code change, e.g. in CI). The problems are the ones ``labmock drift`` names
(both read responses through :class:`labspecs.conformance.ResponseContract`): undeclared statuses, missing required
fields, wrong types, closed-enum violations, new enum values, new fields, missing declared headers. A problem is
reported once per response, path and kind, with how many times it occurs there. Reports never carry the API key or
a URL's signature. Responses are checked with jsonschema_rs, one validator per operation compiled on first use;
jsonschema-rs is the ``strict`` extra (``pip install "labsdk[strict]"``), imported only when strict mode is on, so an
SDK-only install has no server-side dependency.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from labspecs import ApiSpec, load
from labspecs.conformance import Problem, ResponseContract, preview

from ._errors import APIStatusError, LabSDKError
from ._secrets import redact_url, scrub
from ._transport import last_exchange

__all__ = ["SpecDrift", "Strict", "StrictChecker", "strict_checker"]

logger = logging.getLogger("labsdk.strict")

ENV_VAR = "LABSDK_STRICT"


@dataclass(frozen=True, slots=True)
class SpecDrift:
    """One way a response departed from the spec (``count`` times in that response)."""

    api: str
    operation: str
    method: str
    url: str
    status: int
    kind: str
    path: str
    where: str
    message: str
    breaking: bool
    count: int = 1
    value: Any = None


Strict = Literal["report"] | Callable[[SpecDrift], None] | None


def _validators() -> Any:
    try:
        import jsonschema_rs  # the optional `strict` extra, needed only once strict mode is on
    except ImportError as exc:
        raise LabSDKError('strict mode needs jsonschema-rs: pip install "labsdk[strict]"') from exc
    return jsonschema_rs


def _compile(spec: ApiSpec, schema: Any) -> Any:
    jsonschema_rs = _validators()
    root: dict[str, Any] = dict(spec.resolve(schema))
    root["components"] = spec.document.get("components", {})
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True, ignore_unknown_formats=True)


@functools.cache
def _contract(api: str, operation_id: str) -> ResponseContract:
    spec = load(api)
    return ResponseContract(spec, spec.operation(operation_id), functools.partial(_compile, spec))


@functools.cache
def _operations_by_module(api: str) -> dict[str, str]:
    """The generated module name of each operation (``get_analysis_job``) → its operationId."""
    return {op.module_name: op_id for op_id, op in load(api).operations.items()}


class StrictChecker:
    """Checks the responses of one client; see the module docstring."""

    def __init__(self, api: str, on_drift: Callable[[SpecDrift], None] | None, secrets: Iterable[str]) -> None:
        _validators()  # fail at construction, not on the first response, when the `strict` extra is missing
        self.api = api
        self._on_drift = on_drift
        self._secrets = tuple(secrets)

    def success(self, what: str) -> None:
        """Check the exchange a generated call ``what`` just parsed."""
        exchange = last_exchange()
        if exchange is not None:
            request, response = exchange
            self.check(what, request.method, request.url, response.status_code, response.headers, response.content)

    def failure(self, what: str, exc: Exception) -> None:
        """Check the response behind an exception of the call ``what`` (a non-2xx, or a 2xx that did not parse)."""
        if isinstance(exc, APIStatusError):
            body = exc.body if isinstance(exc.body, str) else json.dumps(exc.body)
            self.check(what, exc.method or "", exc.url or "", exc.status_code, exc.headers, body.encode("utf-8"))
        elif not isinstance(exc, LabSDKError | httpx.HTTPError):
            self.success(what)

    def check(
        self, what: str, method: str, url: httpx.URL | str, status: int, headers: httpx.Headers, body: bytes
    ) -> list[SpecDrift]:
        """Report the problems of one response of the operation whose generated module is ``what``."""
        operation = _operations_by_module(self.api).get(what)
        if operation is None:
            return []
        problems = _contract(self.api, operation).check(status, headers.multi_items(), body)
        counts = Counter((p.kind, p.path) for p in problems)
        drifts: list[SpecDrift] = []
        for problem in _first_of_each(problems):
            drifts.append(self._drift(operation, method, redact_url(url), status, problem, counts))
        for drift in drifts:
            logger.warning(
                "labsdk strict: %s %s (%s %s -> %d): %s %s%s: %s",
                drift.api,
                drift.operation,
                drift.method,
                drift.url,
                drift.status,
                drift.kind,
                drift.path,
                f" x{drift.count}" if drift.count > 1 else "",
                drift.message,
            )
            if self._on_drift is not None:
                self._on_drift(drift)
        return drifts

    def _drift(
        self, operation: str, method: str, url: str, status: int, problem: Problem, counts: Counter[tuple[str, str]]
    ) -> SpecDrift:
        value = problem.value
        if isinstance(value, str):
            value = preview(self._clean(value))
        return SpecDrift(
            api=self.api,
            operation=operation,
            method=method,
            url=url,
            status=status,
            kind=problem.kind,
            path=self._clean(problem.path),
            where=self._clean(problem.where),
            message=self._clean(problem.message),
            breaking=problem.breaking,
            count=counts[(problem.kind, problem.path)],
            value=value,
        )

    def _clean(self, text: str) -> str:
        text = scrub(text, self._secrets)
        return redact_url(text) if "://" in text and " " not in text else text


def _first_of_each(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    first = []
    for problem in problems:
        if (problem.kind, problem.path) not in seen:
            seen.add((problem.kind, problem.path))
            first.append(problem)
    return first


def strict_checker(api: str, strict: Strict, secrets: Iterable[str]) -> StrictChecker | None:
    """The checker a client's ``strict=`` asks for (``None``: as ``LABSDK_STRICT`` says; off by default)."""
    if strict is None:
        setting = os.environ.get(ENV_VAR, "").strip().lower()
        if setting in ("", "0", "off", "false", "no"):
            return None
        if setting not in ("report", "1", "on", "true", "yes"):
            raise LabSDKError(f"{ENV_VAR} must be 'report' or 'off', not {setting[:20]!r}")
        return StrictChecker(api, None, secrets)
    if strict == "report":
        return StrictChecker(api, None, secrets)
    if callable(strict):
        return StrictChecker(api, strict, secrets)
    raise TypeError("strict must be 'report', a callback taking a SpecDrift, or None")
