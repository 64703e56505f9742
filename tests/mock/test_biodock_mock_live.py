"""Through real sockets: ``labmock.running`` (uvicorn in a thread) and the ``labmock serve`` CLI."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

import labmock
from labmock import MockConfig


def test_running_serves_the_api_and_signed_urls() -> None:
    with labmock.running("biodock", MockConfig(job_polls=1, validate_responses=True)) as live:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/external", live.base_url)
        with httpx.Client(base_url=live.base_url, headers=live.server.auth_headers()) as client:
            check = client.get("/check")
            assert check.status_code == 200
            assert check.headers["content-type"] == "application/json"
            assert client.get("/check", headers={"X-API-KEY": "wrong"}).status_code == 401
            assert client.delete("/check").headers["allow"] == "GET"
            job = client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}).json()
            done = client.get(f"/analysis-jobs/{job['id']}").json()
            assert done["status"] == "SUCCEEDED"
            upload = client.post(
                "/filesystem-items/upload-file", data={"fileName": "big.bin"}, files={"upload": ("b", b"\0" * 300_000)}
            )
            assert upload.status_code == 200
        url = done["objectsDataCSVUrl"]
        assert url.startswith(live.origin + "/api/external/_labmock/objects/")
        download = httpx.get(url)
        assert download.status_code == 200
        assert int(download.headers["content-length"]) == len(download.content)
        ranged = httpx.get(url, headers={"Range": "bytes=0-8"})
        assert (ranged.status_code, ranged.content) == (206, b"object_id")
        assert httpx.get(url, headers={"Authorization": "Bearer x"}).status_code == 400


@pytest.mark.parametrize("kind", ["drop", "truncate"])
def test_broken_connections_over_uvicorn(kind: str) -> None:
    with labmock.running("biodock", MockConfig(fault_rate=1.0, faults=(kind,))) as live:
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.get(f"{live.base_url}/analysis-jobs", headers=live.server.auth_headers())
        with httpx.stream("GET", f"{live.base_url}/analysis-jobs", headers=live.server.auth_headers()) as response:
            assert response.status_code == 200
            declared = int(response.headers["content-length"])
            received = bytearray()

            def read_all() -> None:
                for chunk in response.iter_bytes():
                    received.extend(chunk)

            with pytest.raises(httpx.RemoteProtocolError):
                read_all()
            assert len(received) < declared


def test_latency_over_uvicorn() -> None:
    with labmock.running("biodock", MockConfig(latency=0.2)) as live:
        started = time.perf_counter()
        assert httpx.get(f"{live.base_url}/check", headers=live.server.auth_headers()).status_code == 200
        assert time.perf_counter() - started >= 0.2


def test_bandwidth_over_uvicorn() -> None:
    """Each body goes at ``bandwidth`` bytes a second: whole (bytes) or a range (a view of the object)."""
    with labmock.running("biodock", MockConfig(bandwidth=2e6)) as live:
        content = bytes(range(256)) * 1600  # 409,600 bytes: about 0.2 s at 2 MB/s
        live.server.objects.put("slow.bin", content, "application/octet-stream")
        url = live.server.objects.url(live.origin, "slow.bin")
        for headers, expected in (({}, content), ({"Range": "bytes=100-300099"}, content[100:300100])):
            started = time.perf_counter()
            response = httpx.get(url, headers=headers)
            took = time.perf_counter() - started
            assert response.content == expected
            assert took >= (len(expected) - 40_000) / 2e6 * 0.95  # the first 50th of a second's worth goes at once
        assert len(httpx.get(f"{live.base_url}/check", headers=live.server.auth_headers()).content) > 0


def test_bandwidth_in_process() -> None:
    """In-process, an answer is held back for the time its body takes at ``bandwidth``."""
    server = labmock.create("biodock", MockConfig(bandwidth=2e6))
    server.objects.put("slow.bin", b"x" * 400_000, "application/octet-stream")
    url = server.objects.url("http://127.0.0.1", "slow.bin")
    with httpx.Client(transport=server.transport()) as client:
        started = time.perf_counter()
        ranged = client.get(url, headers={"Range": "bytes=0-199999"})
        assert time.perf_counter() - started >= 0.1 * 0.95
    assert ranged.content == b"x" * 200_000


def test_oversized_body_is_413_before_reading() -> None:
    server = labmock.create("biodock")
    server.max_body_bytes = 1000
    with labmock.running(server) as live:
        response = httpx.post(
            f"{live.base_url}/analysis-jobs",
            content=b"x" * 2000,
            headers={**server.auth_headers(), "content-type": "application/json"},
        )
        assert response.status_code == 413
        assert "bytes" in response.json()["message"]


def test_cli_serve_smoke() -> None:
    command = [
        sys.executable,
        "-m",
        "labmock",
        "serve",
        "biodock",
        "--port",
        "0",
        "--key",
        "cli-key",
        "--job-polls",
        "2",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:  # noqa: S603
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            found = re.match(r"biodock: (http://127\.0\.0\.1:\d+/api/external)  X-API-KEY: cli-key$", line.strip())
            assert found, (line, process.stderr.read() if process.poll() is not None and process.stderr else "")
            base_url = found.group(1)
            assert httpx.get(f"{base_url}/check", headers={"X-API-KEY": "cli-key"}).status_code == 200
            assert httpx.get(f"{base_url}/check", headers={"X-API-KEY": "biodock-demo-key"}).status_code == 401
        finally:
            process.send_signal(signal.SIGTERM)
            returncode = process.wait(timeout=10)
        assert returncode == 0


def test_cli_list() -> None:
    from labmock.cli import main

    assert main(["list"]) == 0
    assert main(["serve", "nope"]) == 2
