"""labsdk._proxies.ProxyRules: which proxy a URL goes through, read as httpx and requests read the environment."""

from __future__ import annotations

import httpx
import pytest

from labsdk import LabSDKError
from labsdk._proxies import ProxyRules
from labsdk._reads import is_bounded
from labsdk._sync.proxies import ProxyRouter, network_transport


def rules(**environ: str) -> ProxyRules:
    return ProxyRules.resolve(environ=environ)


def target(rules: ProxyRules, url: str) -> str | None:
    proxy = rules.proxy_for(url)
    return None if proxy is None else str(proxy.url)


def test_each_scheme_takes_its_variable_and_all_proxy_fills_in() -> None:
    found = rules(HTTP_PROXY="http://plain:3128", ALL_PROXY="http://every:3128")
    assert target(found, "http://api.example.org/v1") == "http://plain:3128"
    assert target(found, "https://api.example.org/v1") == "http://every:3128"
    only_https = rules(HTTPS_PROXY="proxy.corp:8080")  # no scheme: http://
    assert target(only_https, "https://api.example.org") == "http://proxy.corp:8080"
    assert target(only_https, "http://api.example.org") is None
    assert bool(only_https)
    assert not rules()
    assert not rules(HTTPS_PROXY="")


def test_lowercase_wins_and_httpoxy_is_ignored() -> None:
    both = rules(HTTPS_PROXY="http://upper:1", https_proxy="http://lower:2")
    assert target(both, "https://x.org") == "http://lower:2"
    cgi = rules(HTTP_PROXY="http://from-a-header:1", REQUEST_METHOD="GET")
    assert target(cgi, "http://x.org") is None


@pytest.mark.parametrize(
    ("no_proxy", "url", "bypassed"),
    [
        ("*", "https://anything.org", True),
        ("example.org", "https://example.org/a", True),
        ("example.org", "https://api.example.org/a", True),
        (".example.org", "https://api.example.org/a", True),
        (".example.org", "https://example.org/a", True),
        ("*.example.org", "https://api.example.org/a", True),
        ("example.org", "https://badexample.org/a", False),
        ("EXAMPLE.org", "https://Api.Example.ORG/a", True),
        ("10.0.0.0/8", "https://10.1.2.3/a", True),
        ("10.0.0.0/8", "https://11.1.2.3/a", False),
        ("192.168.1.5", "https://192.168.1.5:8443/a", True),
        ("example.org:8443", "https://example.org:8443/a", True),
        ("example.org:8443", "https://example.org/a", False),
        ("::1", "https://[::1]:8000/a", True),
        ("[::1]:8000", "https://[::1]:8000/a", True),
        ("localhost, internal", "https://internal/a", True),
        ("localhost internal", "https://internal/a", True),
        ("http://example.org", "https://example.org/a", True),
        ("localhost", "https://127.0.0.1/a", False),  # no implicit bypass, as in httpx and requests
    ],
)
def test_no_proxy(no_proxy: str, url: str, bypassed: bool) -> None:
    found = rules(HTTPS_PROXY="http://proxy:3128", NO_PROXY=no_proxy)
    assert (target(found, url) is None) is bypassed


def test_explicit_proxy_wins_over_the_environment_and_trust_env_false_reads_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://env:1")
    monkeypatch.setenv("NO_PROXY", "*")
    chosen = ProxyRules.resolve("http://mine:2")
    assert target(chosen, "https://api.example.org") == "http://mine:2"
    assert target(chosen, "http://api.example.org") == "http://mine:2"
    assert ProxyRules.resolve(httpx.Proxy("http://mine:3")).proxies[0].url == httpx.URL("http://mine:3")
    monkeypatch.setenv("NO_PROXY", "")
    assert target(ProxyRules.resolve(), "https://api.example.org") == "http://env:1"
    assert not ProxyRules.resolve(trust_env=False)
    assert not ProxyRules.resolve("http://mine:2", transport=httpx.MockTransport(lambda r: httpx.Response(200)))


def test_the_proxys_credential_is_a_secret_never_shown() -> None:
    found = ProxyRules.resolve("http://alice:s3cr3t-pw@proxy:3128")
    (proxy,) = found.proxies
    assert proxy.auth == ("alice", "s3cr3t-pw")
    assert "s3cr3t-pw" in found.secrets
    assert "YWxpY2U6czNjcjN0LXB3" in found.secrets  # base64 of alice:s3cr3t-pw, as in Proxy-Authorization
    assert "s3cr3t-pw" not in repr(found)
    assert "alice" not in repr(found)
    assert repr(found) == "ProxyRules(proxy=: http=http://***@proxy:3128, https=http://***@proxy:3128)"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("ftp://proxy:21", "must be an http:// or https:// proxy URL"),
        ("socks5://proxy:1080", "must be an http:// or https:// proxy URL"),
        ("http://proxy:notaport", "is not a usable proxy URL"),
    ],
)
def test_a_bad_proxy_is_a_clear_error_without_its_credential(value: str, message: str) -> None:
    with pytest.raises(LabSDKError, match=message) as failed:
        ProxyRules.resolve(value.replace("://", "://u:hidden-pw@"))
    assert "hidden-pw" not in str(failed.value)
    with pytest.raises(LabSDKError, match=r"\$HTTPS_PROXY"):
        rules(HTTPS_PROXY=value)


def test_bad_argument_types() -> None:
    with pytest.raises(TypeError, match="proxy= must be a URL"):
        ProxyRules.resolve(3128)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="trust_env must be True or False"):
        ProxyRules.resolve(trust_env="no")  # type: ignore[arg-type]


def test_the_network_labsdk_builds_bounds_each_read_by_the_deadline() -> None:
    """The sync face's deadline holds on each blocking read of the transports labsdk builds (``labsdk._reads``): an
    httpx upgrade that moved its pool's network backend would fail here, not silently lose the bound."""
    direct = network_transport(rules())
    assert isinstance(direct, httpx.HTTPTransport)
    assert is_bounded(direct)
    router = network_transport(rules(HTTPS_PROXY="http://proxy.example:3128"))
    assert isinstance(router, ProxyRouter)
    assert is_bounded(router._direct)
    assert router._proxied
    assert all(is_bounded(transport) for transport in router._proxied.values())
