"""Workflows 3 and 7: submit an analysis job, follow it to SUCCEEDED (or to FAILED, or past a poll timeout), and
read its signed result URLs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from labmock import LiveServer, MockConfig
from labsdk import JobFailedError, PollTimeoutError
from labsdk.biodock import AnalysisJob, AnalysisJobStatus, AsyncBiodock

from ..._async.clients import open_client
from ...harness import Seen, Waits, raw_client, serve

LIFECYCLE = ["PENDING", "RUNNING", "SUCCEEDED"]


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    """Jobs finish on their 4th GET: PENDING 0 %, RUNNING 50 %, RUNNING 75 %, SUCCEEDED 100 %."""
    with serve("biodock", MockConfig(job_polls=4)) as pair:
        yield pair


@pytest.fixture(scope="module")
def slow() -> Iterator[LiveServer]:
    """Jobs that need 10 000 polls: no test waits that long."""
    with serve("biodock", MockConfig(job_polls=10_000)) as (live, _):
        yield live


def status(job: AnalysisJob) -> str:
    return job.status.value if isinstance(job.status, AnalysisJobStatus) else job.status


def signed_url_pattern(live: LiveServer, job_id: str, filename: str) -> str:
    where = rf"{re.escape(live.base_url)}/_labmock/objects/analysis-jobs/{job_id}/{filename}"
    return where + r"\?expires=\d+&signature=[0-9a-f]{64}"


async def test_submit_wait_for_job_with_progress_then_get_job(
    served: tuple[LiveServer, list[Seen]], waits: Waits
) -> None:
    live, seen = served
    async with open_client(AsyncBiodock, live, retry=waits.policy()) as bd:
        uploaded = await bd.upload_file(b"\x89PNG\r\n\x1a\n" + b"\x10" * 64, "e2e_nuclei.png", "e2e-jobs")
        submitted = await bd.submit_job("pl_0001", [uploaded.id, "fs_0002"], name="E2E nuclei")
        assert re.fullmatch(r"aj_\d{4}", submitted.id)
        assert int(submitted.id[3:]) > 45  # a new job, after the demo ones
        assert (status(submitted), submitted.percentage_completed) == ("PENDING", 0)
        assert (submitted.pipeline_id, submitted.name) == ("pl_0001", "E2E nuclei")
        assert not isinstance(submitted.objects_data_csv_url, str)

        events: list[tuple[str, float | None, str, float]] = []

        def on_progress(state: str, fraction: float | None, job: AnalysisJob) -> None:
            events.append((state, fraction, status(job), job.percentage_completed))

        polls_before = sum(1 for s in seen if s.path.endswith(f"/analysis-jobs/{submitted.id}"))
        done = await bd.wait_for_job(submitted.id, timeout=30, on_progress=on_progress)

        assert events == [
            ("PENDING", 0.0, "PENDING", 0),
            ("RUNNING", 0.5, "RUNNING", 50),
            ("RUNNING", 0.75, "RUNNING", 75),
            ("SUCCEEDED", 1.0, "SUCCEEDED", 100),
        ]
        states = [e[0] for e in events]
        assert [LIFECYCLE.index(s) for s in states] == sorted(LIFECYCLE.index(s) for s in states)
        fractions = [e[1] for e in events if e[1] is not None]
        assert len(fractions) == len(events)
        assert fractions == sorted(fractions)
        assert len(set(fractions)) == len(fractions)
        # 4 GETs, with the poller's backoff (0.5 s x 1.5) asked for between them, never really slept
        polls = [s for s in seen if s.path.endswith(f"/analysis-jobs/{submitted.id}")]
        assert len(polls) - polls_before == 4
        assert waits.waits == [0.5, 0.75, 1.125]

        assert (done.id, status(done), done.percentage_completed) == (submitted.id, "SUCCEEDED", 100)
        fetched = await bd.get_job(submitted.id)
        assert (status(fetched), fetched.percentage_completed, fetched.pipeline_id) == ("SUCCEEDED", 100, "pl_0001")
        assert isinstance(fetched.objects_data_csv_url, str)
        assert isinstance(fetched.aggregate_data_csv_url, str)
        assert re.fullmatch(signed_url_pattern(live, submitted.id, "objects.csv"), fetched.objects_data_csv_url)
        assert re.fullmatch(signed_url_pattern(live, submitted.id, "aggregate.csv"), fetched.aggregate_data_csv_url)


async def test_poll_job_with_a_tiny_interval(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    async with open_client(AsyncBiodock, live) as bd:  # the real sleep: 4 polls, 3 waits of 1 ms
        submitted = await bd.submit_job("pl_0003", ["fs_0031"])  # a folder: its 10 files are analysed
        seen_states: list[str] = []
        poller = bd.poll_job(
            submitted.id, interval=0.001, max_interval=0.001, on_progress=lambda s, f, j: seen_states.append(s)
        )
        done = await poller.result(10)
        assert seen_states == ["PENDING", "RUNNING", "RUNNING", "SUCCEEDED"]
        assert (status(done), done.percentage_completed) == ("SUCCEEDED", 100)
        aggregate = await bd.read_aggregate_csv(done)
        assert sorted(aggregate["file_id"]) == [f"fs_{i:04d}" for i in range(11, 21)]


@pytest.mark.parametrize(
    ("pipeline", "files", "message"),
    [
        pytest.param(
            "pl_0005",
            ["fs_0001"],
            "Pipeline 'Broken pipeline (always fails)' failed: the segmentation model crashed on the first image",
            id="broken-pipeline",
        ),
        pytest.param(
            "pl_0002",
            ["fs_0003", "fs_0030"],
            "Could not read image 'corrupt_image.tif' (fs_0030): the file is corrupt or not an image",
            id="corrupt-image",
        ),
    ],
)
async def test_a_failing_job_raises_job_failed_error_with_the_servers_message(
    served: tuple[LiveServer, list[Seen]], waits: Waits, pipeline: str, files: list[str], message: str
) -> None:
    live, _ = served
    async with open_client(AsyncBiodock, live, retry=waits.policy()) as bd:
        submitted = await bd.submit_job(pipeline, files, name="doomed")
        assert status(submitted) == "PENDING"
        states: list[str] = []
        with pytest.raises(JobFailedError) as caught:
            await bd.wait_for_job(submitted.id, timeout=30, on_progress=lambda s, f, j: states.append(s))
        error = caught.value
        assert (error.job_id, error.status, error.server_message) == (submitted.id, "FAILED", message)
        assert str(error) == f"job {submitted.id} ended FAILED: {message}"
        assert isinstance(error.job, AnalysisJob)
        assert (status(error.job), error.job.message) == ("FAILED", message)
        assert states[0] == "PENDING"
        assert states[-1] == "FAILED"
        again = await bd.get_job(submitted.id)
        assert (status(again), again.message) == ("FAILED", message)
        assert not isinstance(again.objects_data_csv_url, str)
    with raw_client(live) as client:  # the message the server itself sends
        body = client.get(f"/analysis-jobs/{submitted.id}").json()
    assert (body["status"], body["message"]) == ("FAILED", error.server_message)
    assert "objectsDataCSVUrl" not in body


async def test_a_job_still_running_at_the_timeout_raises_poll_timeout_error(slow: LiveServer) -> None:
    async with open_client(AsyncBiodock, slow) as bd:
        submitted = await bd.submit_job("pl_0004", ["fs_0004"])
        with pytest.raises(PollTimeoutError) as by_wait:
            await bd.wait_for_job(submitted.id, timeout=0.1)
        with pytest.raises(PollTimeoutError) as by_poller:
            await bd.poll_job(submitted.id, interval=0.01, max_interval=0.01).result(0.1)
    for caught in (by_wait, by_poller):
        error = caught.value
        assert isinstance(error, TimeoutError)
        assert (error.job_id, error.last_status, error.timeout) == (submitted.id, "PENDING", 0.1)
        assert isinstance(error.job, AnalysisJob)
        assert (error.job.id, status(error.job), error.job.percentage_completed) == (submitted.id, "PENDING", 0)
        assert str(error) == f"job {submitted.id} not finished after 0.1s (last status PENDING)"
    assert slow.server.state.jobs[submitted.id].job.polls >= 3  # it was really polled, not just timed out
