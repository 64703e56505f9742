"""labsdk._backend, the one hand-written twin: each face's ordered map keeps the order, bounds what is in flight,
starts the next call only when a result is taken, and stops what is left when it is closed."""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import aclosing, closing

from labsdk._backend import AsyncBackend, Backend


def test_the_thread_map_is_ordered_bounded_and_stops_when_closed() -> None:
    lock = threading.Lock()
    running = {"now": 0, "max": 0}
    started: list[int] = []

    def call(n: int) -> int:
        with lock:
            started.append(n)
            running["now"] += 1
            running["max"] = max(running["max"], running["now"])
        time.sleep(0.01 * (5 - n % 5))  # later calls finish first: the order must come from the map
        with lock:
            running["now"] -= 1
        return n * n

    assert list(Backend.map_ordered(call, range(10), 3)) == [n * n for n in range(10)]
    assert running["max"] == 3
    started.clear()
    with closing(Backend.map_ordered(call, range(10), 3)) as results:
        assert [next(results), next(results)] == [0, 1]
    # 3 at first, a 4th submitted when a result was taken (it may be cancelled before it starts); none after closing
    assert {0, 1, 2} <= set(started) <= {0, 1, 2, 3}
    assert Backend.run_blocking(divmod, 7, 2) == (3, 1)


async def test_the_task_map_is_ordered_bounded_and_cancels_when_closed() -> None:
    running = {"now": 0, "max": 0}
    started: list[int] = []
    cancelled: list[int] = []

    async def call(n: int) -> int:
        started.append(n)
        running["now"] += 1
        running["max"] = max(running["max"], running["now"])
        try:
            await asyncio.sleep(0.01 * (5 - n % 5))  # later calls finish first: the order must come from the map
        finally:
            running["now"] -= 1
        return n * n

    async def slow_after_two(n: int) -> int:
        started.append(n)
        try:
            await asyncio.sleep(0 if n < 2 else 30)
        except asyncio.CancelledError:
            cancelled.append(n)
            raise
        return n

    assert [r async for r in AsyncBackend.map_ordered(call, range(10), 3)] == [n * n for n in range(10)]
    assert running["max"] == 3
    started.clear()
    began = time.monotonic()
    async with aclosing(AsyncBackend.map_ordered(slow_after_two, range(10), 3)) as results:
        assert [await anext(results), await anext(results)] == [0, 1]
    assert {0, 1, 2} <= set(started) <= {0, 1, 2, 3}
    assert 2 in cancelled  # still running when closed: cancelled, not waited for 30 s
    assert time.monotonic() - began < 5
    assert asyncio.all_tasks() == {asyncio.current_task()}  # and awaited: nothing is left running
    assert await AsyncBackend.run_blocking(divmod, 7, 2) == (3, 1)
