# Derived from tests/e2e/_async/test_rate_limit_pacing.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Defect 8 of issue 13: the pacer never sends more than the window allows, however many requests are in flight.

64 calls in flight through the Seven Bridges mock's rate limit (50 per window; a 1 s window here, so the test takes
about two of them; ``make bench`` runs the same with the issue's 50 per 5 s): not one 429 on the wire, counted in the
mock's own request journal (``/_labmock/requests``), and every call answered.
"""

from __future__ import annotations

from labmock import MockConfig
from labsdk import RetryPolicy
from labsdk._backend import Backend
from labsdk.sevenbridges import SevenBridges

from ...harness import fetch, serve

IN_FLIGHT = 64
LIMIT = 50


def test_64_calls_in_flight_never_meet_a_429() -> None:
    with serve("sevenbridges", MockConfig(rate_limit=(LIMIT, 1.0))) as (live, _):
        policy = RetryPolicy(max_retries=0)  # a 429 would fail the call: none may happen
        with SevenBridges(api_key=live.server.key, base_url=live.base_url, retry=policy) as sb:

            def call(_: int) -> str:
                return sb.get_user().username

            names = [name for name in Backend.map_ordered(call, range(IN_FLIGHT), IN_FLIGHT)]
        journal = fetch(f"{live.origin}/_labmock/requests", method="GET").json()["requests"]
    assert names == ["john_doe"] * IN_FLIGHT
    statuses = [entry["status"] for entry in journal if entry["path"].endswith("/user")]
    assert len(statuses) == IN_FLIGHT
    assert statuses.count(429) == 0
