"""labsdk._backend, the one hand-written twin: each face's ordered map keeps the order, bounds what is in flight,
starts the next call only when a result is taken, and stops what is left when it is closed; each face's workers
take the next job as each ends, and stop at the first failure."""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import aclosing, closing

import pytest

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


def test_the_thread_workers_take_the_next_job_as_each_ends_and_stop_at_the_first_failure() -> None:
    done: list[int] = []
    lock = threading.Lock()
    slow_ended = threading.Event()

    def job(n: int) -> None:
        if n == 0:
            slow_ended.wait(timeout=5)  # held until every other job has run: one slow job holds back no other
        with lock:
            done.append(n)
            if len(done) == 9:
                slow_ended.set()

    began = time.monotonic()
    Backend.run_each(job, range(10), 2)
    assert sorted(done) == list(range(10))
    assert done[-1] == 0
    assert time.monotonic() - began < 4  # the slow job was let go by the others, not by its 5 s wait

    def failing(n: int) -> None:
        with lock:
            done.append(n)
        if n == 1:
            raise ValueError("job 1")
        time.sleep(0.05)

    done.clear()
    with pytest.raises(ValueError, match="job 1"):
        Backend.run_each(failing, range(20), 2)
    assert len(done) < 20  # no job taken after the failure (the other worker ends the one it had)


async def test_the_task_workers_take_the_next_job_as_each_ends_and_cancel_at_the_first_failure() -> None:
    done: list[int] = []
    cancelled: list[int] = []
    slow_ended = asyncio.Event()

    async def job(n: int) -> None:
        if n == 0:
            await asyncio.wait_for(slow_ended.wait(), 5)
        done.append(n)
        if len(done) == 9:
            slow_ended.set()

    await AsyncBackend.run_each(job, range(10), 2)
    assert sorted(done) == list(range(10))
    assert done[-1] == 0

    async def failing(n: int) -> None:
        if n == 1:
            raise ValueError("job 1")
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(n)
            raise

    began = time.monotonic()
    with pytest.raises(ValueError, match="job 1"):
        await AsyncBackend.run_each(failing, range(20), 2)
    assert cancelled == [0]  # the job still running was cancelled, not waited for 30 s
    assert time.monotonic() - began < 5
    assert asyncio.all_tasks() == {asyncio.current_task()}
