"""What every test shares: labspecs also finds the engines' fixture spec (``tests/mock/fixtures/widgets.yaml``), so
that labsdk binds a client to it (``tests/_async/widgets.py``) as it does to the APIs' specs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .harness import Waits

FIXTURE_SPECS = Path(__file__).with_name("mock") / "fixtures"

os.environ["LABSPECS_PATH"] = os.pathsep.join(p for p in (str(FIXTURE_SPECS), os.environ.get("LABSPECS_PATH")) if p)


@pytest.fixture
def waits() -> Waits:
    """The waits the SDK asked for (retries, polls, resumes), recorded instead of slept: ``waits.policy()``."""
    return Waits()
