from __future__ import annotations

import pytest

from .support import FakeApi


@pytest.fixture
def api() -> FakeApi:
    return FakeApi()
