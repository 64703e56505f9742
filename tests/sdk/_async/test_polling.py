"""The poller on fake job sequences with a fake clock (no real sleeping), and through the client."""

from __future__ import annotations

import httpx
import pytest

from labsdk import AsyncPoller, JobFailedError, PollTimeoutError
from labsdk.biodock import AnalysisJob, AnalysisJobStatus, MasksJob

from ..polling_support import DECL, Script, analysis
from ..support import FakeApi, Sleeps, async_client, job


def poller(
    script: Script, *, interval: float = 0.5, max_interval: float = 10.0, factor: float = 1.5
) -> AsyncPoller[AnalysisJob]:
    return AsyncPoller(
        script.async_fetch, DECL, job_id="job1", on_progress=script.on_progress, sleep=script.asleep,
        clock=script.clock, interval=interval, max_interval=max_interval, factor=factor,
    )  # fmt: skip


async def test_progress_callback_sees_rising_progress_and_backoff_grows() -> None:
    script = Script(
        [
            analysis("PENDING", 0),
            analysis("RUNNING", 30),
            analysis("RUNNING", 30),  # nothing changed: no callback
            analysis("RUNNING", 60),
            analysis("SUCCEEDED", 100, objectsDataCSVUrl="https://storage.example/o.csv"),
        ]
    )
    final = await poller(script).result()
    assert final.status == AnalysisJobStatus.SUCCEEDED
    assert script.seen == [("PENDING", 0.0), ("RUNNING", 0.3), ("RUNNING", 0.6), ("SUCCEEDED", 1.0)]
    assert script.waits == [0.5, 0.75, 1.125, 1.6875]


async def test_interval_is_capped() -> None:
    script = Script([analysis("RUNNING")] * 8 + [analysis("SUCCEEDED", 100)])
    await poller(script, interval=1.0, max_interval=3.0, factor=2.0).result()
    assert script.waits == [1.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0]


async def test_retry_after_on_a_poll_response_is_honoured() -> None:
    script = Script([(analysis("RUNNING"), {"Retry-After": "4"}), analysis("SUCCEEDED", 100)])
    await poller(script).result()
    assert script.waits == [4.0]


async def test_failed_job_raises_with_the_server_message() -> None:
    script = Script([analysis("RUNNING", 10), analysis("FAILED", 40, message="pipeline crashed: out of memory")])
    with pytest.raises(JobFailedError) as info:
        await poller(script).result()
    assert info.value.job_id == "job1"
    assert info.value.status == "FAILED"
    assert info.value.server_message == "pipeline crashed: out of memory"
    assert isinstance(info.value.job, AnalysisJob)
    assert "out of memory" in str(info.value)


async def test_unknown_status_means_keep_polling() -> None:
    script = Script([analysis("QUEUED_FOR_GPU"), analysis("WARMING_UP", 5), analysis("SUCCEEDED", 100)])
    p = poller(script)
    final = await p.result()
    assert final.status == AnalysisJobStatus.SUCCEEDED
    assert [s for s, _ in script.seen] == ["QUEUED_FOR_GPU", "WARMING_UP", "SUCCEEDED"]
    assert p.status() == "SUCCEEDED"


async def test_timeout_raises_with_the_last_status() -> None:
    script = Script([analysis("PENDING"), analysis("RUNNING", 20)])
    with pytest.raises(PollTimeoutError) as info:
        await poller(script, interval=2.0, factor=1.0).result(7.0)
    assert info.value.last_status == "RUNNING"
    assert info.value.job_id == "job1"
    assert isinstance(info.value.job, AnalysisJob)
    assert isinstance(info.value, TimeoutError)
    assert script.waits == [2.0, 2.0, 2.0, 1.0]  # the last wait is cut to the deadline
    assert script.now == 7.0


# -- through the client -------------------------------------------------------------------------------------------

JOB = "/api/external/analysis-jobs/job1"
MASKS = "/api/external/analysis-jobs/job1/download-masks"


async def test_client_wait_for_job(api: FakeApi, sleeps: Sleeps) -> None:
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

    final = await async_client(api, sleeps).wait_for_job("job1", on_progress=on_progress)
    assert final.status == AnalysisJobStatus.SUCCEEDED
    assert seen == [0.0, 0.5, 1.0]
    assert sleeps.waits == [0.5, 0.75]  # the client's injected sleep drives the poller too


async def test_client_failed_job(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("GET", JOB, httpx.Response(200, json=job(status="FAILED", message="bad image")))
    with pytest.raises(JobFailedError, match="bad image"):
        await async_client(api, sleeps).poll_job("job1").result()


async def test_client_masks_job(api: FakeApi, sleeps: Sleeps) -> None:
    api.add("POST", MASKS, httpx.Response(200, json={"percentageCompleted": 0, "status": "SUBMITTED"}))
    api.add(
        "GET",
        MASKS,
        httpx.Response(200, json={"percentageCompleted": 40, "status": "RUNNING"}),
        httpx.Response(200, json={"percentageCompleted": 100, "status": "SUCCEEDED", "masksZipUrl": "https://s/m.zip"}),
    )
    bd = async_client(api, sleeps)
    submitted = await bd.submit_masks("job1")
    final = await bd.wait_for_masks("job1")
    assert isinstance(submitted, MasksJob)
    assert submitted.status == "SUBMITTED"
    assert final.masks_zip_url == "https://s/m.zip"
