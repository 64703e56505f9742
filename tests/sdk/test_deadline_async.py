"""The deadline of the async face also covers a server trickling its status line and headers: the call is
cancelled at the deadline. (The sync face cannot interrupt a blocking read: each read is bounded by the time left,
and the body's transfer by the deadline, but a server trickling its *headers* byte by byte within the read timeout
is bounded there by httpx's per-phase ``timeout`` only.)"""

from __future__ import annotations

import time

import pytest

from labsdk import DeadlineExceededError
from labsdk.biodock import AsyncBiodock

from ..harness import SlowRoute, slow_server
from .support import API_KEY


async def test_a_server_trickling_its_headers_ends_at_the_deadline() -> None:
    with slow_server({"/api/external/slow": SlowRoute(b"{}", head_every=0.2)}) as origin:
        async with AsyncBiodock(api_key=API_KEY, base_url=f"{origin}/api/external", deadline=0.6) as bd:
            started = time.monotonic()
            with pytest.raises(DeadlineExceededError):
                await bd.request("GET", "/slow")  # about 60 header bytes: 12 s
            assert 0.5 <= time.monotonic() - started < 2.5
