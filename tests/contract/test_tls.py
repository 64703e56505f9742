"""HTTPS on both sides of the proxy: an https upstream is verified against the system trust store and
``SSL_CERT_FILE``, and ``tls=True`` (``labmock proxy --tls``) serves the proxy itself over https."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

import labmock
from labmock.contract import running_proxy, running_replay
from labmock.core.tls import make_tls

from . import workflows


def test_an_https_upstream_is_trusted_only_through_the_trust_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = make_tls(tmp_path / "ca")
    with labmock.running("sphinx", tls=files) as upstream:
        headers = upstream.server.auth_headers()
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        with running_proxy("sphinx", upstream.base_url) as untrusting:
            refused = httpx.get(f"{untrusting.base_url}/v1/campaigns", headers=headers, trust_env=False)
        assert refused.status_code == 502
        assert "CERTIFICATE_VERIFY_FAILED" in refused.json()["content"]
        monkeypatch.setenv("SSL_CERT_FILE", str(files.trust_bundle))
        with running_proxy("sphinx", upstream.base_url) as trusting:
            answered = httpx.get(f"{trusting.base_url}/v1/campaigns", headers=headers, trust_env=False)
        assert answered.status_code == 200
        assert answered.json()["data"][0]["id"] == "camp_10001"
        assert trusting.app.report.findings == []


def test_the_whole_workflow_over_https_on_both_sides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = make_tls(tmp_path / "ca")
    monkeypatch.setenv("SSL_CERT_FILE", str(files.trust_bundle))  # the SDK and the proxy trust the local CA
    cassette = tmp_path / "https.jsonl"
    with (
        labmock.running("biodock", labmock.MockConfig(job_polls=2), tls=files) as upstream,
        running_proxy("biodock", upstream.base_url, record=cassette, tls=files) as proxy,
    ):
        assert proxy.base_url.startswith("https://127.0.0.1:")
        live = workflows.run("biodock", proxy.base_url, tmp_path / "live")
    assert proxy.app.report.findings == []
    with running_replay(cassette, tls=files) as replay:
        assert workflows.run("biodock", replay.base_url, tmp_path / "replayed") == live
