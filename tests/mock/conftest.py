from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import labmock
from labmock import MockConfig, MockServer


@pytest.fixture
def server() -> MockServer:
    """Biodock, checking every response against the spec; jobs finish on their 3rd GET."""
    return labmock.create("biodock", MockConfig(validate_responses=True, job_polls=3))


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture
def anonymous(server: MockServer) -> Iterator[httpx.Client]:
    """A client that sends no API key (as a signed-URL download must)."""
    with server.client(authenticated=False) as client:
        yield client
