"""``LABSDK_LOG=debug|info`` turns on redacted logging of the SDK's stack (labsdk, httpx, httpcore), in a fresh
interpreter as a user would set it; without it nothing is printed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from labsdk import setup_logging

from ..harness import SlowRoute, slow_server

KEY = "biodock-secret-KEY-0123456789"
SIGNATURE = "SIGVALUE0123456789abcdef"
SCRIPT = """
import sys
from labsdk.biodock import Biodock
with Biodock(api_key=sys.argv[1], base_url=sys.argv[2]) as bd:
    print(bd.request("GET", "/hop").json())
"""


def _run(origin: str, level: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LABSDK_LOG"}
    if level is not None:
        env["LABSDK_LOG"] = level
    command = [sys.executable, "-c", SCRIPT, KEY, f"{origin}/api/external"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=True)  # noqa: S603


@pytest.fixture
def origin() -> Iterator[str]:
    json = (("Content-Type", "application/json"),)
    routes = {
        "/api/external/hop": SlowRoute(
            status=302, headers=(("Location", f"/api/external/x?X-Amz-Signature={SIGNATURE}"),)
        ),
        "/api/external/x": SlowRoute(b'{"ok": true}', headers=json),
    }
    with slow_server(routes) as url:
        yield url


@pytest.mark.parametrize("level", ["debug", "info"])
def test_labsdk_log_turns_on_redacted_logging(origin: str, level: str) -> None:
    done = _run(origin, level)
    assert done.stdout.strip() == "{'ok': True}"
    assert "HTTP Request: GET" in done.stderr  # httpx's lines, through the handler LABSDK_LOG adds
    debug = level == "debug"
    assert ("X-Amz-Signature=***" in done.stderr) == debug  # the redirect to the signed URL (labsdk's debug line)
    assert ("receive_response_headers" in done.stderr) == debug  # httpcore's wire events, the Location among them
    assert SIGNATURE not in done.stderr
    assert KEY not in done.stderr


def test_without_labsdk_log_nothing_is_printed(origin: str) -> None:
    done = _run(origin, None)
    assert done.stdout.strip() == "{'ok': True}"
    assert done.stderr == ""


def test_setup_logging_adds_one_handler_however_often_called() -> None:
    logger = logging.getLogger("labsdk")
    level, handlers = logger.level, list(logger.handlers)
    first = None
    try:
        first = setup_logging("info")
        assert first is not None
        assert setup_logging("info") is first
        assert [h for h in logger.handlers if h is first] == [first]
        assert logger.level == logging.INFO
        assert setup_logging("loud") is None
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)
        httpx_logger = logging.getLogger("httpx")
        if first is not None:
            httpx_logger.removeHandler(first)
        httpx_logger.setLevel(logging.NOTSET)
