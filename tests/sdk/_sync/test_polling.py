# Derived from tests/sdk/_async/test_polling.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The poller on fake job sequences with a fake clock (no real sleeping), and through the client."""

from __future__ import annotations

import httpx
import pytest

from labsdk import JobFailedError, Poller, PollTimeoutError

from ..._sync.widgets import Build, Widgets
from ...harness import Waits
from ..polling_support import DECL, Script, build
from ..support import FakeApi, fake_client


def poller(script: Script, *, interval: float = 0.5, max_interval: float = 10.0, factor: float = 1.5) -> Poller[Build]:
    return Poller(
        script.fetch, DECL, job_id="job1", on_progress=script.on_progress, sleep=script.sleep,
        clock=script.clock, interval=interval, max_interval=max_interval, factor=factor,
    )  # fmt: skip


def test_progress_callback_sees_rising_progress_and_backoff_grows() -> None:
    script = Script(
        [
            build("QUEUED", 0),
            build("BUILDING", 30),
            build("BUILDING", 30),  # nothing changed: no callback
            build("BUILDING", 60),
            build("DONE", 100, artifactUrl="https://storage.example/o.csv"),
        ]
    )
    final = poller(script).result()
    assert final.state == "DONE"
    assert script.seen == [("QUEUED", 0.0), ("BUILDING", 0.3), ("BUILDING", 0.6), ("DONE", 1.0)]
    assert script.waits == [0.5, 0.75, 1.125, 1.6875]


def test_interval_is_capped() -> None:
    script = Script([build("BUILDING")] * 8 + [build("DONE", 100)])
    poller(script, interval=1.0, max_interval=3.0, factor=2.0).result()
    assert script.waits == [1.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0]


def test_retry_after_on_a_poll_response_is_honoured() -> None:
    script = Script([(build("BUILDING"), {"Retry-After": "4"}), build("DONE", 100)])
    poller(script).result()
    assert script.waits == [4.0]


def test_failed_job_raises_with_the_server_message() -> None:
    script = Script([build("BUILDING", 10), build("BROKEN", 40, reason="pipeline crashed: out of memory")])
    with pytest.raises(JobFailedError) as info:
        poller(script).result()
    assert info.value.job_id == "job1"
    assert info.value.status == "BROKEN"
    assert info.value.server_message == "pipeline crashed: out of memory"
    assert isinstance(info.value.job, Build)
    assert "out of memory" in str(info.value)


def test_unknown_status_means_keep_polling() -> None:
    script = Script([build("QUEUED_FOR_GPU"), build("WARMING_UP", 5), build("DONE", 100)])
    p = poller(script)
    final = p.result()
    assert final.state == "DONE"
    assert [s for s, _ in script.seen] == ["QUEUED_FOR_GPU", "WARMING_UP", "DONE"]
    assert p.status() == "DONE"


def test_timeout_raises_with_the_last_status() -> None:
    script = Script([build("QUEUED"), build("BUILDING", 20)])
    with pytest.raises(PollTimeoutError) as info:
        poller(script, interval=2.0, factor=1.0).result(7.0)
    assert info.value.last_status == "BUILDING"
    assert info.value.job_id == "job1"
    assert isinstance(info.value.job, Build)
    assert isinstance(info.value, TimeoutError)
    assert script.waits == [2.0, 2.0, 2.0, 1.0]  # the last wait is cut to the deadline
    assert script.now == 7.0


# -- through a client (the widgets fixture API's getBuild) -------------------------------------------------------

BUILD = "/api/builds/bd_1"


def state(name: str, progress: int = 0, **extra: object) -> httpx.Response:
    return httpx.Response(200, json={"id": "bd_1", "state": name, "progress": progress, **extra})


def test_client_poller_reads_the_declared_fields(api: FakeApi, waits: Waits) -> None:
    api.add("GET", BUILD, state("QUEUED"), state("BUILDING", 50), state("DONE", 100))
    with fake_client(Widgets, api, waits) as client:
        final = client.poll_build("bd_1").result()
    assert (final.state, final.progress) == ("DONE", 100)
    assert len(api.calls(BUILD)) == 3
    assert waits.waits == [0.5, 0.75]  # the client's injected sleep drives the poller too


def test_client_poller_failure_carries_the_declared_message(api: FakeApi, waits: Waits) -> None:
    api.add("GET", BUILD, state("CANCELLED", 10, reason="cancelled by its owner"))
    client = fake_client(Widgets, api, waits)
    with pytest.raises(JobFailedError, match="cancelled by its owner") as info:
        client.poll_build("bd_1").result()
    client.close()
    assert info.value.status == "CANCELLED"
    assert isinstance(info.value.job, Build)
