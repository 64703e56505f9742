"""The mock of the test module's API: a module sets ``API`` (a service name, or a ``Service`` such as the widgets
fixture's) and may set ``CONFIG``; ``server`` is a fresh in-process mock of it, ``client`` an authenticated
``httpx.Client`` on it, ``anonymous`` one that sends no credential (as a signed-URL download must)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from labmock import MockConfig, MockServer

from ..harness import mock

# Every response checked against the spec; jobs finish on their 3rd GET.
DEFAULT_CONFIG = MockConfig(validate_responses=True, job_polls=3)


@pytest.fixture
def server(request: pytest.FixtureRequest) -> MockServer:
    api = getattr(request.module, "API", None)
    if api is None:
        raise pytest.UsageError(f"{request.module.__name__} uses the mock fixtures but sets no API")
    return mock(api, getattr(request.module, "CONFIG", DEFAULT_CONFIG))


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture
def anonymous(server: MockServer) -> Iterator[httpx.Client]:
    with server.client(authenticated=False) as client:
        yield client
