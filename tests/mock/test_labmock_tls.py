"""HTTPS mode (every mock): a local test CA made at start, a certificate for the loopback names, and clients that
trust the mock through the CA bundle alone (``SSL_CERT_FILE`` / ``REQUESTS_CA_BUNDLE``), with no flag to skip checks."""

from __future__ import annotations

import os
import re
import signal
import ssl
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import requests

import labmock
from labmock import MockConfig


@pytest.mark.parametrize("name", ["biodock", "sphinx", "sevenbridges", "cavatica", "iontorrent"])
def test_every_mock_serves_https_that_its_ca_bundle_verifies(name: str) -> None:
    with labmock.running(name, tls=True) as live:
        assert live.base_url.startswith("https://127.0.0.1:")
        assert live.ca_bundle is not None
        assert Path(live.ca_bundle).is_file()
        with httpx.Client(verify=live.tls.client_context() if live.tls else True) as client:
            response = client.get(live.base_url + "/definitely-not-a-route", headers=live.server.auth_headers())
        assert response.status_code == 404  # a real answer over a verified TLS connection
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(live.base_url + "/", verify=ssl.create_default_context())  # the system store does not know it
        with pytest.raises(httpx.TransportError):
            httpx.get(live.base_url.replace("https://", "http://"), timeout=5)  # no plain http on the TLS port


def test_signed_urls_are_https_and_requests_trusts_the_bundle() -> None:
    with labmock.running("biodock", MockConfig(job_polls=1), tls=True) as live:
        assert live.ca_bundle is not None
        session = requests.Session()
        session.verify = live.ca_bundle
        session.trust_env = False  # else requests lets $REQUESTS_CA_BUNDLE win over session.verify
        session.headers.update(live.server.auth_headers())
        job = session.post(
            live.base_url + "/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}
        ).json()
        done = session.get(f"{live.base_url}/analysis-jobs/{job['id']}").json()
        url = done["objectsDataCSVUrl"]
        assert url.startswith(live.origin + "/")
        assert live.origin.startswith("https://")
        download = requests.get(url, verify=live.ca_bundle, timeout=10)
        assert download.status_code == 200
        assert download.content.startswith(b"object_id")


def test_one_ca_can_serve_several_mocks_and_is_reused_from_its_folder(tmp_path: Path) -> None:
    first = labmock.make_tls(tmp_path)
    again = labmock.make_tls(tmp_path)
    assert first.ca_bundle == again.ca_bundle
    assert first.ca_bundle.read_bytes() == again.ca_bundle.read_bytes()  # the CA was kept, a new leaf issued
    assert first.trust_bundle.read_bytes().endswith(first.ca_bundle.read_bytes())  # system CAs + ours
    with labmock.running("biodock", tls=first) as a, labmock.running("sphinx", tls=first) as b:
        context = ssl.create_default_context(cafile=str(first.ca_bundle))
        for live in (a, b):
            assert httpx.get(live.base_url + "/nope", verify=context).status_code == 404


def test_cli_serve_tls_prints_the_bundle_and_clients_trust_it_by_environment(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "labmock", "serve", "biodock", "--port", "0", "--tls", "--ca-dir", str(tmp_path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:  # noqa: S603
        try:
            assert process.stdout is not None
            bundle_line = process.stdout.readline().strip()
            found = re.match(r"CA bundle: (\S+)  \(export REQUESTS_CA_BUNDLE=(\S+) SSL_CERT_FILE=(\S+)\)$", bundle_line)
            assert found, (bundle_line, process.stderr.read() if process.poll() is not None and process.stderr else "")
            bundle = found.group(1)
            assert Path(bundle).parent == tmp_path
            line = process.stdout.readline().strip()
            served = re.match(r"biodock: (https://127\.0\.0\.1:\d+/api/external)  X-API-KEY: biodock-demo-key$", line)
            assert served, line
            base_url = served.group(1)
            # A separate process that knows nothing but the environment variable.
            probe = (
                "import httpx, requests, sys; url = sys.argv[1] + '/check'; h = {'X-API-KEY': 'biodock-demo-key'};"
                "print(httpx.get(url, headers=h).status_code, requests.get(url, headers=h).status_code)"
            )
            env = {**os.environ, "SSL_CERT_FILE": bundle, "REQUESTS_CA_BUNDLE": bundle}
            command = [sys.executable, "-c", probe, base_url]
            out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)  # noqa: S603
            assert out.stdout.split() == ["200", "200"], out.stderr
        finally:
            process.send_signal(signal.SIGTERM)
            returncode = process.wait(timeout=10)
        assert returncode == 0


def test_the_official_seven_bridges_client_needs_no_debug_flag_over_https(tmp_path: Path) -> None:
    """As a user would: a credentials profile whose api_endpoint is the mock's https URL, the bundle in the
    environment, and ``sbg.Api(config=sbg.Config(profile=...))`` in a fresh process (the client reads ``~`` once)."""
    with labmock.running("sevenbridges", tls=True) as live:
        assert live.tls is not None
        profile = tmp_path / ".sevenbridges" / "credentials"
        profile.parent.mkdir()
        profile.write_text(f"[mock]\napi_endpoint = {live.base_url}\nauth_token = {live.server.key}\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
        env.update(live.tls.environment(), HOME=str(tmp_path))
        probe = "import sevenbridges as sbg; print(sbg.Api(config=sbg.Config(profile='mock')).users.me().username)"
        out = subprocess.run(  # noqa: S603
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert out.stdout.strip() == "john_doe", out.stderr[-2000:]
