"""No credential of any API reaches a cassette, a drift report or a log line, in any form (plain, URL-encoded,
base64), and neither do cookies, the signatures of signed URLs (labmock's own, S3's, a CDN's) or the fields named by
``--redact-field``.

The upstream is the API's real mock made leaky by a test wrapper: every JSON object it answers also carries a signed
S3 URL, a configured sensitive field and an echo of the request's credential, and every answer sets a session
cookie and a ``Link`` to a signed CDN URL. The seed-page workflow (downloads through labmock's signed URLs included)
and each credential form of the API go through the proxy.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

import labmock
from labmock import MockConfig, MockRequest, MockResponse, MockServer
from labmock.contract import REDACTED, read_cassette, running_proxy, running_replay
from labmock.contract.redact import Redactor
from labmock.services import get

from . import workflows

S3_SIGNATURE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
S3_CREDENTIAL = "AKIAIOSFODNN7EXAMPLE"
S3_TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN"
CDN_SIGNATURE = "Zm9vYmFyc2lnbmF0dXJl"
UPSTREAM_COOKIE = "upstream-session-3c1f2e"
CLIENT_COOKIE = "client-session-77aa91"
SSN = "078-05-1120"

S3_URL = (
    "https://results.s3.amazonaws.com/run/out.bam?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    f"&X-Amz-Credential={S3_CREDENTIAL}%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token={S3_TOKEN}"
    f"&X-Amz-Expires=3600&X-Amz-Signature={S3_SIGNATURE}"
)
CDN_LINK = f"<https://cdn.example.com/x.csv?Expires=1767225600&Signature={CDN_SIGNATURE}&Key-Pair-Id=K2JCJMDEHXQW5F>"


def leaky(api: str) -> MockServer:
    service = get(api)
    original = service.after
    auth = labmock.create(api).spec.auth

    def after(state: Any, request: MockRequest, response: MockResponse) -> None:
        if original is not None:
            original(state, request, response)
        response.headers += [("Set-Cookie", f"sid={UPSTREAM_COOKIE}; HttpOnly"), ("Link", CDN_LINK)]
        if (response.header("content-type") or "").startswith("application/json") and response.body:
            body = json.loads(response.body)
            if isinstance(body, dict):
                echo = request.headers.get(auth.header if auth else "Authorization") or request.query
                body.update({"mirror": S3_URL, "owner_ssn": SSN, "echo": echo})
                response.body = json.dumps(body).encode()

    return MockServer(replace(service, after=after), MockConfig(job_polls=2))


def forms(secret: str) -> set[str]:
    raw = secret.encode()
    encoded = {base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    return {secret, quote(secret, safe=""), quote_plus(secret)} | encoded | {e.rstrip("=") for e in encoded}


def credential_requests(api: str, server: MockServer) -> list[dict[str, Any]]:
    """Every credential form the API accepts, as httpx request arguments."""
    key = workflows.KEYS[api]
    if api != "iontorrent":
        return [{"headers": server.auth_headers()}]
    user, _, api_key = key.partition(":")
    return [
        {"headers": {"Authorization": f"ApiKey {key}"}},
        {"params": {"username": user, "api_key": api_key}},
        {"auth": httpx.BasicAuth(user, api_key)},
    ]


SECRET_PATHS = {
    "biodock": "/check",
    "sphinx": "/v1/campaigns",
    "sevenbridges": "/user",
    "cavatica": "/user",
    "iontorrent": "/chip/",
}


@pytest.mark.parametrize("api", workflows.APIS)
def test_no_credential_reaches_the_cassette_the_report_or_the_log(
    api: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cassette = tmp_path / "leaky.jsonl"
    server = leaky(api)
    caplog.set_level(logging.INFO)
    fields = ["owner_ssn"]
    with (
        labmock.running(server) as upstream,
        running_proxy(api, upstream.base_url, record=cassette, redact_fields=fields) as proxy,
    ):
        workflows.run(api, proxy.base_url, tmp_path / "workflow")
        with httpx.Client(base_url=proxy.base_url, trust_env=False) as client:
            for form in credential_requests(api, server):
                form.setdefault("headers", {})["Cookie"] = f"session={CLIENT_COOKIE}"
                response = client.get(SECRET_PATHS[api], **form)
                assert response.status_code == 200, response.text
    report_json, report_text = proxy.app.report.write(tmp_path / "report.json")

    secrets = forms(workflows.KEYS[api]) | {S3_SIGNATURE, S3_CREDENTIAL, S3_TOKEN, CDN_SIGNATURE, UPSTREAM_COOKIE}
    secrets |= {CLIENT_COOKIE, SSN}
    if api == "iontorrent":
        secrets |= forms(workflows.KEYS[api].partition(":")[2])
    written = {
        "cassette": cassette.read_text(),
        "report": report_json.read_text(),
        "summary": report_text.read_text(),
        "log": "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(("labmock", "labsdk"))),
    }
    for where, text in written.items():
        leaked = sorted(s for s in secrets if s in text)
        assert leaked == [], f"{where} holds {leaked}"
        assert not re.search(r"signature=[0-9a-f]{16,}", text, re.IGNORECASE), where
    lines = written["cassette"].splitlines()
    assert len(lines) == proxy.app.report.exchanges
    assert REDACTED in written["cassette"]
    signed = [e for e in read_cassette(cassette) if "/_labmock/objects/" in e.request.path]
    assert bool(signed) == bool(server.spec.signed_urls)  # the workflow's downloads went through the proxy too
    assert all(f"signature={REDACTED}" in e.request.query for e in signed)
    # the new fields the leaky upstream adds are findings, their example values redacted
    assert {f.path for f in proxy.app.report.findings} >= {"$.mirror", "$.owner_ssn", "$.echo"}


def test_a_redacted_cassette_still_replays_for_any_key(tmp_path: Path) -> None:
    cassette = tmp_path / "iontorrent.jsonl"
    with (
        labmock.running("iontorrent") as upstream,
        running_proxy("iontorrent", upstream.base_url, record=cassette) as proxy,
    ):
        recorded = httpx.get(
            f"{proxy.base_url}/chip/", params={"username": "ionadmin", "api_key": "k" * 40}, trust_env=False
        )
    assert recorded.status_code == 401  # a wrong key: the upstream said so, and the proxy recorded it
    assert "k" * 40 not in cassette.read_text()
    with running_replay(cassette) as replay:
        again = httpx.get(
            f"{replay.base_url}/chip/", params={"username": "someone", "api_key": "z" * 40}, trust_env=False
        )
    assert again.status_code == 401


def test_redaction_rules() -> None:
    redactor = Redactor(labmock.create("sphinx").spec, ["$.user.token", "items[*].secret"])
    assert (
        redactor.query("limit=5&nextToken=abc&api_key=xyz&sig=1")
        == "limit=5&nextToken=abc&api_key=REDACTED&sig=REDACTED"
    )
    body = json.dumps({"user": {"token": "t0"}, "items": [{"secret": "s0", "ok": 1}], "token": "kept"}).encode()
    assert json.loads(redactor.body(body, "application/json")) == {
        "user": {"token": "REDACTED"},
        "items": [{"secret": "REDACTED", "ok": 1}],
        "token": "kept",
    }
    headers = dict(
        redactor.headers(
            [("Authorization", "Bearer abcdef123"), ("WWW-Authenticate", "Bearer"), ("X-RateLimit-Remaining", "5")]
        )
    )
    assert headers == {"Authorization": "Bearer REDACTED", "WWW-Authenticate": "Bearer", "X-RateLimit-Remaining": "5"}
    assert (
        redactor.url("https://u:pw@h.example/p?Signature=s&a=1")
        == "https://u:REDACTED@h.example/p?Signature=REDACTED&a=1"
    )
    with pytest.raises(labmock.LabmockError, match="not a JSON path"):
        Redactor(labmock.create("sphinx").spec, ["$.items[oops"])
