# Derived from tests/e2e/_async/test_proxies.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Every client through a real forward proxy on 127.0.0.1 (tests/e2e/forward_proxy.py): plain http forwarded,
https tunnelled with CONNECT (the key never crosses the proxy in clear), NO_PROXY, ``proxy=`` over the
environment, ``trust_env=False``, signed-URL downloads, and the proxy's own credential (only to the proxy, never in
a log, repr or error)."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import pytest

import labmock
from labmock import LiveServer
from labsdk import APIConnectionError, APIStatusError, BaseClient
from labsdk.biodock import Biodock
from labsdk.iontorrent import IonTorrent
from labsdk.sevenbridges import SevenBridges
from labsdk.sphinx import Sphinx

from ...harness import serve
from ..forward_proxy import closed_port, forward_proxy


def biodock(live: LiveServer, *, proxy: str | None = None, trust_env: bool = True, retries: int = 3) -> Biodock:
    return Biodock(
        api_key=live.server.key, base_url=live.base_url, proxy=proxy, trust_env=trust_env, max_retries=retries
    )


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD")


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy variable of the machine running the tests leaks in; each test sets its own."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_plain_http_goes_through_the_environments_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve("biodock") as (live, seen), forward_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with biodock(live) as client:
            check = client.check()
    assert check is not None
    assert [(s.method, s.target) for s in proxy.seen] == [("GET", f"{live.base_url}/check")]
    assert "Proxy-Authorization" not in proxy.seen[0].headers  # the API key is never a proxy credential
    assert [s.headers.get("x-api-key") for s in seen] == [live.server.key]  # it reached the API's origin


@pytest.mark.parametrize("cls", [Biodock, Sphinx, SevenBridges, IonTorrent])
def test_every_client_goes_through_the_proxy(monkeypatch: pytest.MonkeyPatch, cls: type[BaseClient]) -> None:
    with serve(cls.API) as (live, _), forward_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with cls(api_key=live.server.key, base_url=live.base_url, max_retries=0) as client:
            response = client.request("GET", f"{live.origin}/_labmock/summary")
    assert response.status_code == 200
    assert [s.target for s in proxy.seen] == [f"{live.origin}/_labmock/summary"]


def test_https_goes_through_a_connect_tunnel(monkeypatch: pytest.MonkeyPatch) -> None:
    with labmock.running("biodock", tls=True) as live, forward_proxy() as proxy:
        assert live.tls is not None
        for name, value in live.tls.environment().items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        with biodock(live) as client:
            client.check()
            pipelines = [p.id for p in client.list_pipelines()]
    assert pipelines
    assert {(s.method, s.target) for s in proxy.seen} == {("CONNECT", f"127.0.0.1:{live.port}")}
    assert proxy.captured  # the tunnel carried the TLS bytes...
    assert live.server.key.encode() not in proxy.captured  # ...and never the key in clear


def test_no_proxy_goes_straight(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve("biodock") as (live, seen), forward_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "example.org, 127.0.0.0/8")
        with biodock(live) as client:
            client.check()
    assert proxy.seen == []
    assert len(seen) == 1


def test_proxy_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve("biodock") as (live, _), forward_proxy() as proxy, closed_port() as dead:
        monkeypatch.setenv("HTTP_PROXY", dead)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # the environment is not read at all under proxy=
        with biodock(live, proxy=proxy.url) as client:
            client.check()
    assert [s.method for s in proxy.seen] == ["GET"]


def test_trust_env_false_ignores_the_environments_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve("biodock") as (live, seen), closed_port() as dead:
        monkeypatch.setenv("HTTP_PROXY", dead)
        monkeypatch.setenv("ALL_PROXY", dead)
        with biodock(live, trust_env=False) as client:
            client.check()
        # The same client with the environment: the dead proxy.
        with biodock(live, retries=0) as client, pytest.raises(APIConnectionError):
            client.check()
    assert len(seen) == 1


def test_signed_url_downloads_go_through_the_proxy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with serve("biodock") as (live, seen), forward_proxy() as proxy:
        live.server.objects.put("demo/hello.txt", b"hello through the proxy", "text/plain")
        url = live.server.objects.url(live.origin, "demo/hello.txt")
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with biodock(live) as client:
            path = client.downloader.download(url, tmp_path / "hello.txt")
    assert path.read_bytes() == b"hello through the proxy"
    assert [s.target.split("?")[0] for s in proxy.seen] == [url.split("?")[0]]
    assert "x-api-key" not in {k.lower() for k in proxy.seen[0].headers}  # no credential to a signed URL
    assert [s.headers.get("x-api-key") for s in seen] == [None]


def test_the_proxys_credential_goes_to_the_proxy_only_and_never_shows(
    caplog: pytest.LogCaptureFixture,
) -> None:
    user, password = "proxy-user", "proxy-pa55word"
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    caplog.set_level(logging.DEBUG, logger="labsdk")
    with serve("biodock") as (live, seen), forward_proxy(auth=(user, password)) as proxy:
        proxied = proxy.url_with(user, password)
        with biodock(live, proxy=proxied) as client:
            client.check()
            shown = repr(client)
        wrong = proxy.url_with(user, "not-the-pa55word")
        with biodock(live, proxy=wrong, retries=0) as bad, pytest.raises(APIStatusError) as refused:
            bad.check()
    assert proxy.seen[0].headers.get("Proxy-Authorization") == f"Basic {basic}"
    assert "proxy-authorization" not in {k.lower() for s in seen for k in s.headers}  # the proxy kept it
    assert refused.value.status_code == 407
    for text in (shown, caplog.text, str(refused.value), repr(refused.value)):
        assert password not in text
        assert "not-the-pa55word" not in text
        assert basic not in text


def test_a_refused_tunnel_is_a_connection_error_without_the_proxys_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with labmock.running("biodock", tls=True) as live, forward_proxy(auth=("u", "right-secret")) as proxy:
        assert live.tls is not None
        for name, value in live.tls.environment().items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("HTTPS_PROXY", proxy.url_with("u", "wrong-secret"))
        with biodock(live, retries=0) as client, pytest.raises(APIConnectionError) as failed:
            client.check()
    assert [(s.method, s.status) for s in proxy.seen] == [("CONNECT", 407)]
    assert "wrong-secret" not in str(failed.value)
    assert live.server.key not in str(failed.value)
