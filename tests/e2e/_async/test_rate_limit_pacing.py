"""Defect 8 of issue 13: the pacer never sends more than the window allows, however many requests are in flight.

64 calls in flight through the Seven Bridges mock's rate limit (50 per window; a 1 s window here, so the test takes
about two of them; ``make bench`` runs the same with the issue's 50 per 5 s): not one 429 on the wire, counted in the
mock's own request journal, and every call answered.
"""

from __future__ import annotations

from .pacing import calls_in_flight

IN_FLIGHT = 64


async def test_64_calls_in_flight_never_meet_a_429() -> None:
    names, statuses = await calls_in_flight(IN_FLIGHT, 50, 1.0)
    assert names == ["john_doe"] * IN_FLIGHT
    assert len(statuses) == IN_FLIGHT
    assert statuses.count(429) == 0
