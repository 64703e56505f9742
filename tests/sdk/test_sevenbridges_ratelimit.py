"""Rate-limit pacing (``x-rate-limit``): the pacer's bookkeeping, and a client that crosses the mock's limit without
a user-visible 429, on a fake clock (no real sleeping)."""

from __future__ import annotations

import httpx
import pytest

import labmock
import labspecs
from labmock import MockConfig, MockRequest, MockResponse, MockServer
from labsdk import RateLimitError
from labsdk._ratelimit import RateLimitPacer
from labsdk.biodock import Biodock
from labsdk.sevenbridges import AsyncSevenBridges, SevenBridges

from ..harness import ManualClock as Clock

DECLARED = labspecs.load("sevenbridges").rate_limit
assert DECLARED is not None


def _headers(limit: int, remaining: int, reset: float) -> dict[str, str]:
    return {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(reset)}


def test_the_pacer_waits_only_when_the_window_is_spent() -> None:
    assert DECLARED is not None
    clock = Clock()
    pacer = RateLimitPacer(DECLARED, margin=0.25, clock=clock)
    assert pacer.acquire() == 0.0  # nothing known yet
    pacer.release(_headers(10, 2, clock.now + 30))
    assert [pacer.acquire(), pacer.acquire()] == [0.0, 0.0]  # two left, two now in flight
    assert pacer.acquire() == pytest.approx(30.25)  # the in-flight ones spend the rest
    pacer.release(_headers(10, 0, clock.now + 30))
    pacer.release(_headers(10, 1, clock.now + 30))  # an earlier answer arriving late does not add budget back
    assert pacer.remaining == 0
    assert pacer.in_flight == 0
    assert pacer.acquire() == pytest.approx(30.25)
    clock.now += 30
    assert pacer.acquire() == 0.0  # a new window: the whole limit again
    assert pacer.remaining == 10


def test_the_pacer_reads_a_reset_in_seconds_and_survives_a_request_without_answer() -> None:
    clock = Clock()
    declared = labspecs.RateLimit("L", "R", "S", "seconds")
    pacer = RateLimitPacer(declared, margin=0.0, clock=clock)
    assert pacer.acquire() == 0.0
    pacer.release(None)
    assert pacer.in_flight == 0
    pacer.release({"L": "5", "R": "0", "S": "12"})
    assert pacer.acquire() == pytest.approx(12.0)
    pacer.release({"L": "5", "R": "junk", "S": "12"})  # unreadable headers change nothing
    assert pacer.acquire() == pytest.approx(12.0)


def _paced(limit: int, window: float) -> tuple[MockServer, Clock, list[int]]:
    """A mock with a small limit on the same fake clock as the client, recording the statuses it sends."""
    server = labmock.create("sevenbridges", MockConfig(rate_limit=(limit, window)))
    clock = Clock()
    server.state.limiter.now = clock
    statuses: list[int] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        response = original(request)
        statuses.append(response.status)
        return response

    server.handle = handle  # type: ignore[method-assign]
    return server, clock, statuses


def _client(server: MockServer, clock: Clock, **policy: object) -> SevenBridges:
    client = SevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.transport(), retry=clock.policy(**policy)
    )
    assert client._pacer is not None
    client._pacer.clock = clock
    return client


def test_a_listing_that_crosses_the_limit_is_paced_without_a_single_429() -> None:
    server, clock, statuses = _paced(limit=5, window=60.0)
    with _client(server, clock) as client:
        names = [f.name for f in client.list_files("john_doe/my-project", page_size=5, concurrency=1)]
    assert len(names) == 70
    assert len(statuses) == 14
    assert 429 not in statuses
    assert len([w for w in clock.waits if w >= 60]) == 2  # 14 requests at 5 per window: two waits for the reset


def test_a_429_caused_by_someone_else_is_waited_out_until_the_reset() -> None:
    server, clock, statuses = _paced(limit=3, window=120.0)
    with server.client() as other:  # another program spends the token's budget
        for _ in range(3):
            other.get("/user")
    with _client(server, clock, max_backoff=30.0) as client:
        user = client.get_user()
    assert user.username == "john_doe"
    assert statuses == [200, 200, 200, 429, 200]
    assert sum(clock.waits) >= 120.0  # the retry's capped wait, then the pacer's wait for the rest of the window


def test_with_options_shares_the_budget() -> None:
    server, clock, statuses = _paced(limit=2, window=60.0)
    with _client(server, clock) as client:
        client.get_user()
        client.with_options(timeout=5).get_user()
        client.get_user()
        assert client.with_options(max_retries=1)._pacer is client._pacer
    assert 429 not in statuses
    assert clock.waits
    assert clock.waits[0] >= 60


def test_the_same_listing_without_pacing_meets_the_limit() -> None:
    """The check can fail: the same 14 page requests sent as fast as possible get 429s past the fifth."""
    server, _, statuses = _paced(limit=5, window=60.0)
    with server.client() as raw:
        for offset in range(0, 70, 5):
            raw.get("/files", params={"project": "john_doe/my-project", "limit": 5, "offset": offset})
    assert statuses.count(429) == 9
    with _client(server, Clock(), max_retries=0) as client, pytest.raises(RateLimitError) as raised:
        client.get_user()  # a client that knows nothing of the spent window, with retries off, sees the 429
    assert raised.value.retry_after is not None


async def test_the_async_client_is_paced_too() -> None:
    server, clock, statuses = _paced(limit=4, window=30.0)
    client = AsyncSevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.async_transport(), retry=clock.policy()
    )
    assert client._pacer is not None
    client._pacer.clock = clock
    async with client:
        names = [f.name async for f in client.list_files("john_doe/my-project", page_size=10, concurrency=1)]
    assert len(names) == 70
    assert 429 not in statuses
    assert any(w >= 30 for w in clock.waits)


def test_a_429_without_rate_limit_headers_still_goes_through_the_retry_layer() -> None:
    calls: list[int] = []

    def respond(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(429, json={"status": 429, "code": 1000, "message": "slow down"})
        return httpx.Response(200, json={"rate": {"limit": 1, "remaining": 1, "reset": 1}})

    clock = Clock()
    with SevenBridges(
        api_key="t" * 32, base_url="http://mock/v2", transport=httpx.MockTransport(respond), retry=clock.policy()
    ) as client:
        assert client.rate_limit().rate.limit == 1
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"limit-header": "L", "remaining-header": "R"}, "needs reset-header"),
        ({"limit-header": "L", "remaining-header": "R", "reset-header": "S", "colour": "red"}, "unknown keys"),
        ({"limit-header": "L", "remaining-header": "R", "reset-header": "S", "reset": "minutes"}, "reset 'minutes'"),
    ],
)
def test_malformed_rate_limit_declarations_raise_spec_error(raw: dict[str, str], message: str) -> None:
    document = dict(labspecs.load("sevenbridges").document)
    document["x-rate-limit"] = raw
    with pytest.raises(labspecs.SpecError, match=message):
        labspecs.parse("sevenbridges", document)


def test_apis_without_the_declaration_get_no_pacer() -> None:
    assert labspecs.load("biodock").rate_limit is None
    with Biodock(api_key="k", base_url="http://mock/api/external") as client:
        assert client._pacer is None


def test_the_pacer_never_bursts_before_the_first_answer_or_after_a_window_ends() -> None:
    assert DECLARED is not None
    clock = Clock()
    pacer = RateLimitPacer(DECLARED, margin=0.25, clock=clock)
    assert pacer.acquire() == 0.0  # the first request goes alone: the window is not known yet
    assert pacer.acquire() > 0
    pacer.release(_headers(3, 2, clock.now + 10))
    assert [pacer.acquire(), pacer.acquire()] == [0.0, 0.0]
    assert pacer.acquire() == pytest.approx(10.25)
    clock.now += 10.25  # the window ended with two still in flight: the new one has 3, two of them spent
    assert pacer.acquire() == 0.0
    assert pacer.acquire() > 0  # not a burst of a whole window on top of the ones in flight
    pacer.release(_headers(3, 2, clock.now - 1))  # a late answer about the old window says nothing of the new
    assert pacer.remaining == 3
    assert pacer.acquire() == 0.0  # two in flight, the third may go
    assert pacer.acquire() > 0


def test_a_reset_of_inf_or_nan_never_overflows() -> None:
    assert DECLARED is not None
    clock = Clock()
    pacer = RateLimitPacer(DECLARED, clock=clock)
    pacer.acquire()
    pacer.release({"X-RateLimit-Limit": "inf", "X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": "inf"})
    assert (pacer.limit, pacer.remaining) == (None, None)  # unreadable counts are ignored
    pacer.acquire()
    pacer.release(_headers(10, 0, float("inf")))
    assert pacer.acquire() == float("inf")  # the caller refuses it (RateLimitError), never sleeps it
