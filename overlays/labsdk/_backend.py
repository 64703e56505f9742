"""What the two faces cannot share by rewriting tokens, written once for each: the only hand-written twins.

The async engines (``_async/``) call :class:`AsyncBackend`; their derivation (``_sync/``, by
``tools/codegen/unasync.py``) calls :class:`Backend` instead, where a wait is ``time.sleep``, a blocking call is
just called, and calls run at the same time in threads rather than tasks.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import ClassVar, ParamSpec, TypeVar

import httpx

from ._reads import ReadsUntil, bound_reads

__all__ = ["AsyncBackend", "Backend"]

A = TypeVar("A")
P = ParamSpec("P")
R = TypeVar("R")


class AsyncBackend:
    """The async face: asyncio."""

    is_async: ClassVar[bool] = True
    sleep = staticmethod(asyncio.sleep)

    @staticmethod
    def time_limit(seconds: float | None) -> AbstractAsyncContextManager[object]:
        """The block is cancelled after ``seconds`` (``TimeoutError``); ``None``: no limit."""
        return asyncio.timeout(None if seconds is None else max(seconds, 0.0))

    @staticmethod
    def bound_reads(transport: httpx.AsyncHTTPTransport) -> httpx.AsyncHTTPTransport:
        """``transport`` as it is: :meth:`time_limit` cancels whatever the block waits for."""
        return transport

    @staticmethod
    async def run_blocking(fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """``fn(*args)`` in a worker thread (file system calls, CSV parsing), so the event loop goes on. When the
        caller is cancelled meanwhile, the call still ends in its thread (it cannot be stopped) before the
        cancellation goes on: what the call uses (a part file being written) is not closed under it."""
        return await _to_the_end(asyncio.ensure_future(asyncio.to_thread(fn, *args, **kwargs)))

    @staticmethod
    async def run_blocking_undone(fn: Callable[[A], R], undo: Callable[[R], None], arg: A, /) -> R:
        """:meth:`run_blocking` of a call that makes something (opens a part file): when the caller is cancelled
        meanwhile, ``undo`` removes what the call made once it has ended, and only then does the cancellation go
        on, so nothing the call made outlives its cancelled caller."""
        return await _to_the_end(asyncio.ensure_future(asyncio.to_thread(fn, arg)), undo)

    @staticmethod
    async def map_ordered(fn: Callable[[A], Awaitable[R]], args: Iterable[A], limit: int) -> AsyncGenerator[R, None]:
        """``fn(arg)`` for each arg with up to ``limit`` calls in flight (as tasks), results in order; the next call
        starts when a result has been taken. Closing the generator cancels (and awaits) the calls still running."""

        async def call(arg: A) -> R:
            return await fn(arg)

        waiting = deque(args)
        running: deque[asyncio.Task[R]] = deque()
        try:
            while waiting or running:
                while waiting and len(running) < limit:
                    running.append(asyncio.ensure_future(call(waiting.popleft())))
                yield await running.popleft()
        finally:
            for task in running:
                task.cancel()
            if running:
                await asyncio.gather(*running, return_exceptions=True)

    @staticmethod
    async def run_each(fn: Callable[[A], Awaitable[None]], jobs: Iterable[A], workers: int) -> None:
        """``fn(job)`` for every job, ``workers`` at a time (as tasks), in no order: each worker takes the next job as
        soon as its last one ends, so one slow job holds back no other (unlike :meth:`map_ordered`). The first
        failure cancels the jobs still running, awaits them, and is raised."""
        waiting = deque(jobs)

        async def worker() -> None:
            while waiting:
                await fn(waiting.popleft())

        tasks = [asyncio.ensure_future(worker()) for _ in range(min(workers, len(waiting)))]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise


async def _to_the_end(call: asyncio.Future[R], undo: Callable[[R], None] | None = None) -> R:
    """The result of a blocking ``call`` running in a thread; a cancellation meanwhile waits for the call to end
    (a bounded wait: one call already running), hands what it made to ``undo``, then goes on."""
    try:
        return await asyncio.shield(call)
    except asyncio.CancelledError:
        while not call.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(call)
        if not call.cancelled() and call.exception() is None and undo is not None:
            undo(call.result())
        raise


_NO_LIMIT = contextlib.nullcontext()


class Backend:
    """The sync face: the calling thread, and a thread pool for concurrent calls."""

    is_async: ClassVar[bool] = False
    sleep = staticmethod(time.sleep)

    @staticmethod
    def time_limit(seconds: float | None) -> AbstractContextManager[object]:
        """A blocking call cannot be interrupted: inside the block, each socket read and write of the network labsdk
        builds (:meth:`bound_reads`) gets at most the time left, and raises a timeout once none is (see
        ``labsdk._reads``); ``None``: no limit."""
        return _NO_LIMIT if seconds is None else ReadsUntil(seconds)

    @staticmethod
    def bound_reads(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
        """``transport``, its reads bounded by :meth:`time_limit`."""
        return bound_reads(transport)

    @staticmethod
    def run_blocking(fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        return fn(*args, **kwargs)

    @staticmethod
    def run_blocking_undone(fn: Callable[[A], R], undo: Callable[[R], None], arg: A, /) -> R:
        return fn(arg)

    @staticmethod
    def map_ordered(fn: Callable[[A], R], args: Iterable[A], limit: int) -> Generator[R, None, None]:
        """See :meth:`AsyncBackend.map_ordered`; the calls run in up to ``limit`` threads."""
        waiting = deque(args)
        running: deque[Future[R]] = deque()
        with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="labsdk") as pool:
            try:
                while waiting or running:
                    while waiting and len(running) < limit:
                        running.append(pool.submit(fn, waiting.popleft()))
                    yield running.popleft().result()
            finally:
                for future in running:
                    future.cancel()

    @staticmethod
    def run_each(fn: Callable[[A], None], jobs: Iterable[A], workers: int) -> None:
        """See :meth:`AsyncBackend.run_each`; the workers are threads. A thread cannot be stopped: after the first
        failure (or an interruption of the caller) the other workers end their current job and take no other."""
        waiting = deque(jobs)
        failures: list[BaseException] = []
        stop = threading.Event()

        def worker() -> None:
            while not stop.is_set():
                try:
                    job = waiting.popleft()
                except IndexError:
                    return
                try:
                    fn(job)
                except BaseException as exc:
                    failures.append(exc)
                    stop.set()

        with ThreadPoolExecutor(max_workers=max(workers, 1), thread_name_prefix="labsdk") as pool:
            try:
                for future in [pool.submit(worker) for _ in range(min(workers, len(waiting)))]:
                    future.result()
            except BaseException:
                stop.set()
                raise
        if failures:
            raise failures[0]
