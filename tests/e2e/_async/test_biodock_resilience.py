"""Workflow 8: a server that fails 30 % of requests (500, 503, 429, dropped connections, truncated bodies).

GETs are retried by the SDK, so listing, fetching and downloading still give exactly the server's data. A POST is
not retried where the server may have acted on it; the test retries it itself, on the documented exceptions only.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from labmock import LiveServer, MockConfig
from labsdk import APIConnectionError, InternalServerError, RateLimitError
from labsdk.biodock import AnalysisJob, AnalysisJobStatus, AsyncBiodock

from ..._async.clients import collect, open_client
from ...harness import Waits, leftovers, serve
from ..biodock_support import server_job_ids

FAULTS = ("500", "503", "429", "drop", "truncate")


def faulty(seed: int) -> MockConfig:
    return MockConfig(fault_rate=0.3, faults=FAULTS, retry_after=0, seed=seed, job_polls=2)


def count_faults(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count the faults the server injects from now on."""
    injected: Counter[str] = Counter()
    original = live.server.faults.pick

    def pick() -> str | None:
        kind = original()
        if kind is not None:
            injected[kind] += 1
        return kind

    monkeypatch.setattr(live.server.faults, "pick", pick)
    return injected


def expected(live: LiveServer, job_id: str) -> tuple[str, float, str, str | None, str | None]:
    """(status, progress, pipeline, name, message) of a job, read from the server's own state."""
    record = live.server.state.jobs[job_id]
    view = record.job.peek()
    return view.status, view.progress, record.pipeline_id, record.name, view.message


def observed(job: AnalysisJob) -> tuple[str, float, str, str | None, str | None]:
    state = job.status.value if isinstance(job.status, AnalysisJobStatus) else job.status
    pipeline = job.pipeline_id if isinstance(job.pipeline_id, str) else ""
    name = job.name if isinstance(job.name, str) else None
    message = job.message if isinstance(job.message, str) else None
    return state, job.percentage_completed, pipeline, name, message


@pytest.mark.parametrize("seed", [3, 11])
async def test_listing_and_getting_jobs_survive_faults(
    waits: Waits, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    with serve("biodock", faulty(seed)) as (live, seen):
        injected = count_faults(live, monkeypatch)
        async with open_client(AsyncBiodock, live, retry=waits.policy(max_retries=10)) as bd:
            jobs = await collect(bd.list_jobs(page_size=7))
            assert [j.id for j in jobs] == server_job_ids(live) == [f"aj_{n:04d}" for n in range(45, 0, -1)]
            assert [observed(j) for j in jobs] == [expected(live, j.id) for j in jobs]
            for job_id in ("aj_0001", "aj_0007", "aj_0023", "aj_0045"):
                assert observed(await bd.get_job(job_id)) == expected(live, job_id)
    # the faults really happened, and each one cost a retry (Retry-After: 0 or the backoff, never slept)
    assert sum(injected.values()) >= 3, injected
    assert len(injected) >= 3, injected
    assert len(seen) == 7 + 4 + sum(injected.values())
    assert len(waits.waits) == sum(injected.values())


async def test_downloads_survive_faults(waits: Waits, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with serve("biodock", faulty(5)) as (live, seen):
        injected = count_faults(live, monkeypatch)
        async with open_client(AsyncBiodock, live, retry=waits.policy(max_retries=10)) as bd:
            for job_id in ("aj_0012", "aj_0013", "aj_0014"):
                job = await bd.get_job(job_id)
                paths = await bd.download_results(job, tmp_path / job_id)
                frame = await bd.read_objects_csv(job)
                for name in ("objects.csv", "aggregate.csv"):
                    stored = live.server.objects.get(f"analysis-jobs/{job_id}/{name}")
                    assert stored is not None
                    assert (tmp_path / job_id / name).read_bytes() == stored.content
                assert sorted(p.name for p in paths.values()) == ["aggregate.csv", "objects.csv"]
                assert leftovers(tmp_path / job_id) == []
                assert len(frame) == (tmp_path / job_id / "objects.csv").read_bytes().count(b"\n") - 1 > 0
    signed_faults = [s for s in seen if s.signed and (s.status != 200 or s.fault is not None)]
    assert len(signed_faults) >= 2, injected  # the object store misbehaved too


async def submit_with_retries(bd: AsyncBiodock, attempts: int = 10) -> tuple[AnalysisJob, list[str]]:
    """Submit a job, retrying on the exceptions a non-idempotent POST documents (and nothing else)."""
    failures: list[str] = []
    for _ in range(attempts):
        try:
            return await bd.submit_job("pl_0001", ["fs_0009"], name="resilient"), failures
        except (InternalServerError, APIConnectionError, RateLimitError) as exc:
            failures.append(type(exc).__name__)
    raise AssertionError(f"no successful submit in {attempts} attempts: {failures}")


@pytest.mark.parametrize(
    ("seed", "post_failures"),
    [
        pytest.param(1, ["InternalServerError", "APIConnectionError"], id="500-then-drop"),
        pytest.param(3, ["APIConnectionError", "APIConnectionError"], id="truncated-twice"),
    ],
)
async def test_a_job_submitted_under_faults_is_followed_to_its_results(
    waits: Waits, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seed: int, post_failures: list[str]
) -> None:
    with serve("biodock", faulty(seed)) as (live, seen):
        injected = count_faults(live, monkeypatch)
        async with open_client(AsyncBiodock, live, retry=waits.policy(max_retries=10)) as bd:
            submitted, failures = await submit_with_retries(bd)
            assert failures == post_failures  # the seed makes the first POSTs fail
            done = await bd.wait_for_job(submitted.id, timeout=30)
            assert observed(done)[:3] == ("SUCCEEDED", 100, "pl_0001")
            paths = await bd.download_results(done, tmp_path)
            assert sorted(p.name for p in paths.values()) == ["aggregate.csv", "objects.csv"]
            listed = [j.id for j in await collect(bd.list_jobs(page_size=7))]
    assert submitted.id in listed
    assert listed == server_job_ids(live)
    posts = [s for s in seen if s.method == "POST" and s.path == "/api/external/analysis-jobs"]
    # every POST the SDK did not retry itself surfaced as one documented exception; 429s it did retry
    assert len(posts) == 1 + len(failures) + sum(1 for s in posts if s.status == 429) - failures.count("RateLimitError")
    # the server made a job for each POST it handled, even when the answer was then cut (truncate)
    handled = [s for s in posts if s.status == 200 and s.fault != "drop"]
    assert len(listed) == 45 + len(handled)
    assert sum(injected.values()) >= 3, injected
