from __future__ import annotations

import pytest

from .support import Waits


@pytest.fixture
def waits() -> Waits:
    return Waits()
