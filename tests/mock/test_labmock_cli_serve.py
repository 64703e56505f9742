"""``labmock --version``, ``labmock serve all`` (the port → service map, printed once every server is up), ``serve
--data``, and a mock answering its first request soon after ``labmock serve`` starts."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

import labmock
from labmock.cli import _loopback_host

LINE = re.compile(r"(\w+): (http://127\.0\.0\.1:(\d+)(\S*))  (.+)$")


@contextmanager
def serving(*args: str) -> Iterator[subprocess.Popen[str]]:
    command = [sys.executable, "-m", "labmock", "serve", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:  # noqa: S603
        try:
            yield process
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=10)


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "labmock", "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == f"labmock {labmock.__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", labmock.__version__)


def test_serve_all_prints_the_port_map_once_every_server_is_up() -> None:
    with serving("all", "--port", "0") as process:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in labmock.SERVICES]
        found = [LINE.match(line) for line in lines]
        assert all(found), lines
        services = {m.group(1): (m.group(2), int(m.group(3))) for m in found if m}
        assert sorted(services) == sorted(labmock.SERVICES)
        assert len({port for _, port in services.values()}) == len(services)
        for name, (base_url, port) in services.items():  # printed once up: each answers at once
            summary = httpx.get(f"http://127.0.0.1:{port}/_labmock/summary", trust_env=False, timeout=5).json()
            assert (summary["service"], base_url.endswith(summary["base_path"])) == (name, True)


def test_serve_with_a_data_file_keeps_it_across_resets(tmp_path: Path) -> None:
    data = tmp_path / "mine.yaml"
    data.write_text("pipeline:\n  - {id: pl_0100, name: My lab's pipeline}\n")
    with serving("biodock", "--port", "0", "--data", str(data)) as process:
        assert process.stdout is not None
        found = LINE.match(process.stdout.readline().strip())
        assert found, process.stderr.read() if process.stderr and process.poll() is not None else ""
        base_url, origin = found.group(2), f"http://127.0.0.1:{found.group(3)}"
        headers = {"X-API-KEY": "biodock-demo-key"}
        assert "pl_0100" in [p["id"] for p in httpx.get(f"{base_url}/pipelines", headers=headers).json()["results"]]
        assert httpx.post(f"{origin}/_labmock/reset", trust_env=False).status_code == 200
        assert "pl_0100" in [p["id"] for p in httpx.get(f"{base_url}/pipelines", headers=headers).json()["results"]]


def test_a_bad_data_file_stops_serve_with_a_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "bad.yaml"
    data.write_text("sprocket: [{id: x}]\n")
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "labmock", "serve", "biodock", "--port", "0", "--data", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "bad.yaml: 'sprocket' is not an x-resources kind of biodock" in done.stderr


def test_labmock_serve_answers_its_first_request_with_the_printed_token() -> None:
    # How fast that first answer comes is a goal of `make bench` (tools/bench/startup.py), not of a timed test.
    with serving("sevenbridges", "--port", "0") as process:
        assert process.stdout is not None
        found = LINE.match(process.stdout.readline().strip())
        assert found
        token = found.group(5).split()[-1]
        response = httpx.get(f"{found.group(2)}/user", headers={"X-SBG-Auth-Token": token})
        assert response.status_code == 200
        assert httpx.get(f"{found.group(2)}/user", headers={"X-SBG-Auth-Token": "not-" + token}).status_code == 401


def test_loopback_hosts() -> None:
    assert all(_loopback_host(h) for h in ("127.0.0.1", "::1", "[::1]", "localhost", "127.1.2.3"))
    assert not any(_loopback_host(h) for h in ("0.0.0.0", "10.0.0.1", "example.org", "::"))  # noqa: S104
