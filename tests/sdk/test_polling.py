"""The sync poller's own surface (done, status, rebuilding, progress bars). Every poller test that holds for
both faces is written once in ``_async/test_polling.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

import sys

import pytest

from labsdk import Poller

from .polling_support import DECL, Script, build


def test_done_status_and_rebuild_from_job_id() -> None:
    script = Script([build("BUILDING"), build("DONE", 100)])
    p = Poller(script.fetch, DECL, job_id="job1", sleep=script.sleep, clock=script.clock)
    assert p.status() is None  # no request yet
    assert p.last is None
    assert p.done() is False
    assert p.status() == "BUILDING"
    assert p.done() is True
    assert p.done() is True
    assert script.polls == 2  # done() stops polling once finished
    assert p.continuation_token() == p.job_id == "job1"


def test_initial_object_that_is_final_needs_no_request() -> None:
    script = Script([build("BUILDING")])
    p = Poller(script.fetch, DECL, job_id="job1", initial=build("DONE", 100), sleep=script.sleep)
    assert p.result().state == "DONE"
    assert script.polls == 0


def test_progress_bar_with_tqdm(capsys: pytest.CaptureFixture[str]) -> None:
    script = Script([build("BUILDING", 50), build("DONE", 100)])
    Poller(script.fetch, DECL, job_id="job1", progress=True, sleep=script.sleep, clock=script.clock).result()
    err = capsys.readouterr().err
    assert "job job1" in err
    assert "100" in err


def test_progress_bar_without_tqdm_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    script = Script([build("BUILDING", 50)])
    with pytest.raises(ImportError, match="needs tqdm"):
        Poller(script.fetch, DECL, job_id="job1", progress=True, sleep=script.sleep).result()
