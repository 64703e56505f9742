"""What every test shares: labspecs also finds the engines' fixture spec (``tests/mock/fixtures/widgets.yaml``), so
that labsdk binds a client to it (``tests/_async/widgets.py``) as it does to the APIs' specs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .harness import Waits

FIXTURE_SPECS = Path(__file__).with_name("mock") / "fixtures"

os.environ["LABSPECS_PATH"] = os.pathsep.join(p for p in (str(FIXTURE_SPECS), os.environ.get("LABSPECS_PATH")) if p)
# Every mock the tests start is on 127.0.0.1, and labsdk honours the proxy variables: a machine's proxy must not
# stand between them (the proxy tests, tests/e2e/_async/test_proxies.py, set their own variables).
for _name in ("NO_PROXY", "no_proxy"):
    os.environ[_name] = ",".join(p for p in (os.environ.get(_name), "127.0.0.1", "localhost", "::1") if p)


@pytest.fixture
def waits() -> Waits:
    """The waits the SDK asked for (retries, polls, resumes), recorded instead of slept: ``waits.policy()``."""
    return Waits()
