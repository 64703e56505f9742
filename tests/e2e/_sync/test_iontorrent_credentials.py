# Derived from tests/e2e/_async/test_iontorrent_credentials.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""labsdk.iontorrent sends the credential in each of the three forms Torrent Suite accepts (``credential_form=``),
honours an ``Authorization`` header the caller passes, and takes ``?username=&api_key=`` out of a ``base_url``:
against the mock (which accepts all three), with what reached it recorded."""

from __future__ import annotations

import base64
import logging

import pytest

from labmock import LiveServer
from labsdk import AuthenticationError, LabSDKError
from labsdk.iontorrent import IonTorrent

from ...harness import Seen, serve


def basic(pair: str) -> str:
    return "Basic " + base64.b64encode(pair.encode()).decode()


def first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def credentials_of(seen: list[Seen]) -> list[tuple[str | None, str | None, str | None]]:
    """What each request carried: its Authorization header, and its username / api_key query parameters."""
    return [
        (s.headers.get("authorization"), first(s.query.get("username")), first(s.query.get("api_key"))) for s in seen
    ]


def query_form(live: LiveServer) -> IonTorrent:
    return IonTorrent(api_key=live.server.key, base_url=live.base_url, credential_form="query")


def test_the_default_form_is_the_apikey_header() -> None:
    with serve("iontorrent") as (live, seen):
        key = live.server.key
        with IonTorrent(api_key=key, base_url=live.base_url) as ts:
            assert ts.credential_form == "apikey"
            ts.get_chip(1)
    assert credentials_of(seen) == [(f"ApiKey {key}", None, None)]


def test_the_basic_form() -> None:
    with serve("iontorrent") as (live, seen):
        key = live.server.key
        with IonTorrent(api_key=key, base_url=live.base_url, credential_form="basic") as ts:
            ts.get_chip(1)
    assert credentials_of(seen) == [(basic(key), None, None)]


def test_the_query_form_on_every_page_and_never_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with serve("iontorrent") as (live, seen):
        user, secret = live.server.key.split(":")
        with query_form(live) as ts:
            chips = [chip for chip in ts.list_chips(page_size=2, max_items=5)]
            shown = repr(ts)
    assert len(chips) == 5
    assert len(seen) == 3  # three pages, each with the credential and no header
    assert set(credentials_of(seen)) == {(None, user, secret)}
    assert secret not in caplog.text
    assert secret not in shown


def test_query_credentials_in_base_url_are_taken_out_of_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with serve("iontorrent") as (live, seen):
        user, secret = live.server.key.split(":")
        with IonTorrent(base_url=f"{live.base_url}/?username={user}&api_key={secret}") as ts:
            assert ts.base_url == live.base_url
            assert ts.credential_form == "query"
            ts.get_chip(1)
            shown = repr(ts)
        wrong = f"{live.base_url}?username={user}&api_key=wrong-key-123"
        with IonTorrent(base_url=wrong) as bad, pytest.raises(AuthenticationError) as refused:
            bad.get_chip(1)
    assert credentials_of(seen) == [(None, user, secret), (None, user, "wrong-key-123")]
    assert [s.path for s in seen] == ["/rundb/api/v1/chip/1/"] * 2  # never a broken URL
    for text in (shown, caplog.text, str(refused.value), repr(refused.value), str(refused.value.url)):
        assert secret not in text
        assert "wrong-key-123" not in text


@pytest.mark.parametrize("form", ["apikey", "basic"])
def test_an_authorization_header_passed_in_headers_is_honoured(form: str) -> None:
    with serve("iontorrent") as (live, seen):
        header = f"ApiKey {live.server.key}" if form == "apikey" else basic(live.server.key)
        with IonTorrent(base_url=live.base_url, headers={"Authorization": header}) as ts:
            assert ts.credential_form == form
            ts.get_chip(1)
            with pytest.raises(LabSDKError, match="cannot change the credential"):
                ts.with_options(headers={"authorization": "ApiKey someone:else"})
    assert credentials_of(seen) == [(header, None, None)]


def test_the_query_credential_goes_to_the_servers_origin_only() -> None:
    with serve("iontorrent") as (live, _), serve("biodock") as (other, elsewhere):
        url = f"{other.base_url}/check"
        with query_form(live) as ts, pytest.raises(AuthenticationError):
            ts.request("GET", url)
    assert credentials_of(elsewhere) == [(None, None, None)]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"api_key": "u:k1", "headers": {"Authorization": "ApiKey u:k2"}}, "given twice"),
        ({"api_key": "u:k1", "base_url": "http://ts/rundb/api/v1?username=u&api_key=k2"}, "given twice"),
        ({"headers": {"Authorization": "ApiKey u:k"}, "credential_form": "basic"}, "given in the apikey form"),
        ({"api_key": "u:k", "credential_form": "header"}, "credential_form must be one of apikey, basic, query"),
        ({"base_url": "http://ts/rundb/api/v1?username=u&api_key=k&format=json"}, "not format"),
        ({"base_url": "http://ts/rundb/api/v1?username=u"}, "needs both username= and api_key="),
        ({"headers": {"Authorization": "Bearer tok3n-value"}}, "must be 'ApiKey <user>:<key>' or 'Basic <base64>'"),
        ({"headers": {"Authorization": "Basic %%%"}}, "not base64"),
        ({"api_key": "no-colon-here", "credential_form": "query"}, "is '<user>:<key>'"),
    ],
)
def test_credential_mistakes_are_clear_errors_without_the_secret(kwargs: dict[str, object], message: str) -> None:
    kwargs.setdefault("base_url", "http://ts.example/rundb/api/v1")
    with pytest.raises(LabSDKError, match=message) as failed:
        IonTorrent(**kwargs)  # type: ignore[arg-type]
    for secret in ("k1", "k2", "tok3n-value", "no-colon-here"):
        assert secret not in str(failed.value)
