from __future__ import annotations

import pytest

from .support import FakeApi, Sleeps


@pytest.fixture
def api() -> FakeApi:
    return FakeApi()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()
