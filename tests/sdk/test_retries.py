"""Retries, what only the sync face shows: per-call timeouts. Every retry test that holds for both faces is
written once in ``_async/test_retries.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

import httpx
import pytest

from labsdk.biodock import Biodock

from ..harness import Waits
from .biodock_support import client, job
from .support import API_KEY, FakeApi

JOB = "/api/external/analysis-jobs/job1"
JOBS = "/api/external/analysis-jobs"
OK = httpx.Response(200, json=job())


def test_with_options_timeout_and_explicit_default_timeout(api: FakeApi, waits: Waits) -> None:
    api.add("GET", JOB, OK)
    base = client(api, waits)
    base.get_job("job1")
    assert api.requests[-1].extensions["timeout"] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    base.with_options(timeout=5).get_job("job1")
    assert api.requests[-1].extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert base.timeout.read == 30.0
    with pytest.raises(TypeError, match="never None"):
        Biodock(api_key=API_KEY, timeout=None)  # type: ignore[arg-type]


def test_a_body_checked_by_the_retry_loop_is_parsed_once() -> None:
    """check_json keeps the value it parsed on the response; share_json (the generated code's `.json()`) reuses it."""
    from labsdk._base import share_json
    from labsdk._retry import PARSED_JSON, check_json

    response = httpx.Response(200, headers={"content-type": "application/json"}, content=b'{"items": [1, 2]}')
    check_json(response, response.content)
    assert response.extensions[PARSED_JSON] == {"items": [1, 2]}
    response.extensions[PARSED_JSON] = {"parsed": "once"}  # what share_json answers is what the check parsed
    share_json(response)
    assert response.json() == {"parsed": "once"}
