from __future__ import annotations

import pytest

from .support import MODES, Mode, Waits


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> Mode:
    """Every workflow runs on ``Biodock`` (sync) and on ``AsyncBiodock`` (async)."""
    value: Mode = request.param
    return value


@pytest.fixture
def waits() -> Waits:
    return Waits()
