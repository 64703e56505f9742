"""Issue 13, defect 8: many calls in flight through the Seven Bridges mock's rate limit, and the statuses the mock's
request journal (``/_labmock/requests``) saw. Shared by ``test_rate_limit_pacing.py`` and ``make bench``
(``tools/bench/faults.py``). ``_sync/pacing.py`` is derived from it."""

from __future__ import annotations

from labmock import MockConfig
from labsdk import RetryPolicy
from labsdk._backend import AsyncBackend
from labsdk.sevenbridges import AsyncSevenBridges

from ...harness import fetch, serve


async def calls_in_flight(in_flight: int, limit: int, window: float) -> tuple[list[str], list[int]]:
    """``in_flight`` ``get_user`` calls at once through a mock allowing ``limit`` per ``window`` seconds, with no
    retry (a 429 would fail its call): the usernames answered, and the statuses on the wire, oldest first."""
    with serve("sevenbridges", MockConfig(rate_limit=(limit, window))) as (live, _):
        policy = RetryPolicy(max_retries=0)
        async with AsyncSevenBridges(api_key=live.server.key, base_url=live.base_url, retry=policy) as sb:

            async def call(_: int) -> str:
                return (await sb.get_user()).username

            names = [name async for name in AsyncBackend.map_ordered(call, range(in_flight), in_flight)]
        journal = fetch(f"{live.origin}/_labmock/requests?limit=1000", method="GET").json()["requests"]
    statuses = [entry["status"] for entry in reversed(journal) if entry["path"].endswith("/user")]
    return names, statuses
