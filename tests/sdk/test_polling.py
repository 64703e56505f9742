"""Poller / AsyncPoller on fake job sequences with a fake clock (no real sleeping), and through the client."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import httpx
import pytest

import labspecs
from labsdk import AsyncPoller, JobFailedError, Polled, Poller, PollTimeoutError
from labsdk.biodock import AnalysisJob, AnalysisJobStatus, MasksJob
from labspecs import LongRunning

from .helpers import MODES, Mode
from .support import FakeApi, Sleeps, aclient, client, job


def _declaration() -> LongRunning:
    declared = labspecs.load("biodock").operation("getAnalysisJob").long_running
    assert declared is not None
    return declared


DECL = _declaration()


def analysis(status: str, progress: float = 0, **extra: object) -> AnalysisJob:
    return AnalysisJob.from_dict(job("job1", status, progress, **extra))


@dataclass
class Script:
    """Serves job states in order (the last repeats) and keeps a fake clock that only moves when slept."""

    states: Sequence[AnalysisJob | tuple[AnalysisJob, Mapping[str, str]]]
    now: float = 0.0
    waits: list[float] = field(default_factory=list)
    polls: int = 0
    seen: list[tuple[str, float | None]] = field(default_factory=list)

    def fetch(self) -> Polled[AnalysisJob]:
        state = self.states[min(self.polls, len(self.states) - 1)]
        self.polls += 1
        obj, headers = state if isinstance(state, tuple) else (state, {})
        return Polled(obj, headers)

    async def afetch(self) -> Polled[AnalysisJob]:
        return self.fetch()

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def clock(self) -> float:
        return self.now

    def on_progress(self, status: str, fraction: float | None, obj: AnalysisJob) -> None:
        self.seen.append((status, fraction))


def poller(
    mode: Mode, script: Script, *, interval: float = 0.5, max_interval: float = 10.0, factor: float = 1.5
) -> Poller[AnalysisJob] | AsyncPoller[AnalysisJob]:
    timing = {"interval": interval, "max_interval": max_interval, "factor": factor}
    if mode == "sync":
        return Poller(
            script.fetch, DECL, job_id="job1", on_progress=script.on_progress, sleep=script.sleep, clock=script.clock,
            interval=timing["interval"], max_interval=timing["max_interval"], factor=timing["factor"],
        )  # fmt: skip
    return AsyncPoller(
        script.afetch, DECL, job_id="job1", on_progress=script.on_progress, sleep=script.asleep, clock=script.clock,
        interval=timing["interval"], max_interval=timing["max_interval"], factor=timing["factor"],
    )  # fmt: skip


async def result(p: Poller[AnalysisJob] | AsyncPoller[AnalysisJob], deadline: float | None = None) -> AnalysisJob:
    if isinstance(p, Poller):
        return p.result(deadline)
    return await p.result(deadline)


@pytest.mark.parametrize("mode", MODES)
async def test_progress_callback_sees_rising_progress_and_backoff_grows(mode: Mode) -> None:
    script = Script(
        [
            analysis("PENDING", 0),
            analysis("RUNNING", 30),
            analysis("RUNNING", 30),  # nothing changed: no callback
            analysis("RUNNING", 60),
            analysis("SUCCEEDED", 100, objectsDataCSVUrl="https://storage.example/o.csv"),
        ]
    )
    final = await result(poller(mode, script))
    assert final.status == AnalysisJobStatus.SUCCEEDED
    assert script.seen == [("PENDING", 0.0), ("RUNNING", 0.3), ("RUNNING", 0.6), ("SUCCEEDED", 1.0)]
    assert script.waits == [0.5, 0.75, 1.125, 1.6875]


@pytest.mark.parametrize("mode", MODES)
async def test_interval_is_capped(mode: Mode) -> None:
    script = Script([analysis("RUNNING")] * 8 + [analysis("SUCCEEDED", 100)])
    await result(poller(mode, script, interval=1.0, max_interval=3.0, factor=2.0))
    assert script.waits == [1.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0]


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_on_a_poll_response_is_honoured(mode: Mode) -> None:
    script = Script([(analysis("RUNNING"), {"Retry-After": "4"}), analysis("SUCCEEDED", 100)])
    await result(poller(mode, script))
    assert script.waits == [4.0]


@pytest.mark.parametrize("mode", MODES)
async def test_failed_job_raises_with_the_server_message(mode: Mode) -> None:
    script = Script([analysis("RUNNING", 10), analysis("FAILED", 40, message="pipeline crashed: out of memory")])
    with pytest.raises(JobFailedError) as info:
        await result(poller(mode, script))
    assert info.value.job_id == "job1"
    assert info.value.status == "FAILED"
    assert info.value.server_message == "pipeline crashed: out of memory"
    assert isinstance(info.value.job, AnalysisJob)
    assert "out of memory" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
async def test_unknown_status_means_keep_polling(mode: Mode) -> None:
    script = Script([analysis("QUEUED_FOR_GPU"), analysis("WARMING_UP", 5), analysis("SUCCEEDED", 100)])
    p = poller(mode, script)
    final = await result(p)
    assert final.status == AnalysisJobStatus.SUCCEEDED
    assert [s for s, _ in script.seen] == ["QUEUED_FOR_GPU", "WARMING_UP", "SUCCEEDED"]
    assert p.status() == "SUCCEEDED"


@pytest.mark.parametrize("mode", MODES)
async def test_timeout_raises_with_the_last_status(mode: Mode) -> None:
    script = Script([analysis("PENDING"), analysis("RUNNING", 20)])
    with pytest.raises(PollTimeoutError) as info:
        await result(poller(mode, script, interval=2.0, factor=1.0), deadline=7.0)
    assert info.value.last_status == "RUNNING"
    assert info.value.job_id == "job1"
    assert isinstance(info.value.job, AnalysisJob)
    assert isinstance(info.value, TimeoutError)
    assert script.waits == [2.0, 2.0, 2.0, 1.0]  # the last wait is cut to the deadline
    assert script.now == 7.0


def test_done_status_and_rebuild_from_job_id() -> None:
    script = Script([analysis("RUNNING"), analysis("SUCCEEDED", 100)])
    p = Poller(script.fetch, DECL, job_id="job1", sleep=script.sleep, clock=script.clock)
    assert p.status() is None  # no request yet
    assert p.last is None
    assert p.done() is False
    assert p.status() == "RUNNING"
    assert p.done() is True
    assert p.done() is True
    assert script.polls == 2  # done() stops polling once finished
    assert p.continuation_token() == p.job_id == "job1"


def test_initial_object_that_is_final_needs_no_request() -> None:
    script = Script([analysis("RUNNING")])
    p = Poller(script.fetch, DECL, job_id="job1", initial=analysis("SUCCEEDED", 100), sleep=script.sleep)
    assert p.result().status == AnalysisJobStatus.SUCCEEDED
    assert script.polls == 0


def test_progress_bar_with_tqdm(capsys: pytest.CaptureFixture[str]) -> None:
    script = Script([analysis("RUNNING", 50), analysis("SUCCEEDED", 100)])
    Poller(script.fetch, DECL, job_id="job1", progress=True, sleep=script.sleep, clock=script.clock).result()
    err = capsys.readouterr().err
    assert "job job1" in err
    assert "100" in err


def test_progress_bar_without_tqdm_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    script = Script([analysis("RUNNING", 50)])
    with pytest.raises(ImportError, match="needs tqdm"):
        Poller(script.fetch, DECL, job_id="job1", progress=True, sleep=script.sleep).result()


async def _completed(call: Callable[[], AnalysisJob]) -> AnalysisJob:
    return call()


# -- through the client -------------------------------------------------------------------------------------------

JOB = "/api/external/analysis-jobs/job1"
MASKS = "/api/external/analysis-jobs/job1/download-masks"


@pytest.mark.parametrize("mode", MODES)
async def test_client_wait_for_job(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add(
        "GET",
        JOB,
        httpx.Response(200, json=job(status="PENDING")),
        httpx.Response(200, json=job(status="RUNNING", progress=50)),
        httpx.Response(200, json=job(status="SUCCEEDED", progress=100)),
    )
    seen: list[float | None] = []

    def on_progress(status: str, fraction: float | None, obj: AnalysisJob) -> None:
        seen.append(fraction)

    if mode == "sync":
        final = client(api, sleeps).wait_for_job("job1", on_progress=on_progress)
    else:
        final = await aclient(api, sleeps).wait_for_job("job1", on_progress=on_progress)
    assert final.status == AnalysisJobStatus.SUCCEEDED
    assert seen == [0.0, 0.5, 1.0]
    assert sleeps.waits == [0.5, 0.75]  # the client's injected sleep drives the poller too


@pytest.mark.parametrize("mode", MODES)
async def test_client_failed_job(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job(status="FAILED", message="bad image")))
    sync_poller, async_poller = client(api, sleeps).poll_job("job1"), aclient(api, sleeps).poll_job("job1")
    with pytest.raises(JobFailedError, match="bad image"):
        await (async_poller.result() if mode == "async" else _completed(sync_poller.result))


@pytest.mark.parametrize("mode", MODES)
async def test_client_masks_job(mode: Mode, api: FakeApi, sleeps: Sleeps) -> None:
    api.add("POST", MASKS, httpx.Response(200, json={"percentageCompleted": 0, "status": "SUBMITTED"}))
    api.add(
        "GET",
        MASKS,
        httpx.Response(200, json={"percentageCompleted": 40, "status": "RUNNING"}),
        httpx.Response(200, json={"percentageCompleted": 100, "status": "SUCCEEDED", "masksZipUrl": "https://s/m.zip"}),
    )
    if mode == "sync":
        bd = client(api, sleeps)
        submitted = bd.submit_masks("job1")
        final = bd.wait_for_masks("job1")
    else:
        abd = aclient(api, sleeps)
        submitted = await abd.submit_masks("job1")
        final = await abd.wait_for_masks("job1")
    assert isinstance(submitted, MasksJob)
    assert submitted.status == "SUBMITTED"
    assert final.masks_zip_url == "https://s/m.zip"
