"""The vendor's official client (``sphinxbio==0.1.1``, unmodified, in ``.venv-sphinxbio``) makes every one of its
calls against ``labmock`` serving Sphinx over real HTTP, in both of the client's auth modes: 34 calls each (the 29
endpoints, the two downloads' ``Redirect``, ``ObjectNotFoundError`` on its twelve methods, the two helpers), 68 in all.

The calls and what each must answer are in ``sphinxbio_runner.py`` (run by the client's interpreter); a failure
lists every call that does not work yet, with what went wrong.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import labmock
from labmock import MockConfig

from .sphinxbio_venv import sphinxbio_python

RUNNER = Path(__file__).with_name("sphinxbio_runner.py")
MODES = ("basic", "bearer")
CALLS_PER_MODE = 34


def run_client(python: Path, origin: str, key: str, workdir: Path) -> dict[str, dict[str, str]]:
    """Both modes at once (two interpreters), each in its own folder: mode -> call -> ``ok`` or the error text."""
    running: dict[str, subprocess.Popen[str]] = {}
    for mode in MODES:
        folder = workdir / mode
        folder.mkdir()
        running[mode] = subprocess.Popen(  # noqa: S603 - the client's venv, the project's runner
            [str(python), str(RUNNER), origin, key, mode, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    results: dict[str, dict[str, str]] = {}
    for mode, process in running.items():
        try:
            out, err = process.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        assert process.returncode == 0, f"the {mode} runner died:\n{err[-3000:]}"
        printed = json.loads(out)
        assert printed["mode"] == mode
        results[mode] = printed["calls"]
    return results


def test_every_call_of_the_official_client_in_both_auth_modes(tmp_path: Path) -> None:
    python = sphinxbio_python()
    with labmock.running("sphinx", MockConfig(job_polls=2)) as live:
        results = run_client(python, live.origin, live.server.key, tmp_path)
    for mode in MODES:
        assert len(results[mode]) == CALLS_PER_MODE, f"{mode}: the runner reported {len(results[mode])} calls"
    assert list(results["basic"]) == list(results["bearer"])
    failing = [(mode, name, text) for mode in MODES for name, text in results[mode].items() if text != "ok"]
    working = len(MODES) * CALLS_PER_MODE - len(failing)
    if failing:
        width = max(len(name) for _, name, _ in failing)
        lines = "\n".join(f"  {mode:<6} {name:<{width}}  {text}" for mode, name, text in failing)
        pytest.fail(f"{working}/{len(MODES) * CALLS_PER_MODE} official-client calls work; these do not:\n{lines}")
