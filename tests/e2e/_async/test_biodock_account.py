"""Workflow 1: check the API key; a wrong key is an AuthenticationError that never shows the key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from labmock import LiveServer
from labmock.services.biodock import DEMO_KEY
from labsdk import APIStatusError, AuthenticationError
from labsdk.biodock import AsyncBiodock

from ..._async.clients import open_client
from ...harness import Seen, Waits, serve

WRONG_KEY = "sk-live-WRONG-0123456789abcdef"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    with serve("biodock") as pair:
        yield pair


async def test_check_key(served: tuple[LiveServer, list[Seen]], waits: Waits) -> None:
    live, seen = served
    async with open_client(AsyncBiodock, live, retry=waits.policy()) as bd:
        check = await bd.check()
        assert check.user == "auth0|labmock-demo-user"
        assert check.email == "demo@labmock.invalid"
        assert check.messsage == "API key is valid."  # the vendor's own spelling
        assert DEMO_KEY not in repr(bd)
        assert "api_key='***'" in repr(bd)
    last = seen[-1]
    assert (last.method, last.path, last.status) == ("GET", "/api/external/check", 200)
    assert last.headers["x-api-key"] == DEMO_KEY


async def test_wrong_key_is_an_authentication_error_without_the_key(
    served: tuple[LiveServer, list[Seen]], waits: Waits
) -> None:
    live, seen = served
    async with open_client(AsyncBiodock, live, api_key=WRONG_KEY, retry=waits.policy()) as bd:
        with pytest.raises(AuthenticationError) as caught:
            await bd.check()
        assert WRONG_KEY not in repr(bd)
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert error.status_code == 401
    assert error.message == "Invalid API key"
    assert error.body == {"message": "Invalid API key"}
    assert error.method == "GET"
    assert error.url == f"{live.base_url}/check"
    # the wrong key really was sent (so the error is about it), once: a 401 is not retried
    assert seen[-1].headers["x-api-key"] == WRONG_KEY
    assert seen[-1].status == 401
    assert waits.waits == []
    for text in (str(error), repr(error), error.url, str(error.args), repr(error.body), str(dict(error.headers))):
        assert WRONG_KEY not in text
    assert WRONG_KEY not in repr(vars(error))
    assert str(error) == f"401 Unauthorized: Invalid API key [GET {live.base_url}/check]"


async def test_key_and_base_url_from_the_environment(
    served: tuple[LiveServer, list[Seen]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's ``Biodock()`` with ``BIODOCK_API_KEY`` (and ``BIODOCK_BASE_URL``) in the environment."""
    live, seen = served
    monkeypatch.setenv("BIODOCK_API_KEY", DEMO_KEY)
    monkeypatch.setenv("BIODOCK_BASE_URL", live.base_url)
    async with AsyncBiodock() as client:
        assert client.base_url == live.base_url
        check = await client.check()
    assert check.user == "auth0|labmock-demo-user"
    assert (seen[-1].path, seen[-1].status, seen[-1].headers["x-api-key"]) == ("/api/external/check", 200, DEMO_KEY)
