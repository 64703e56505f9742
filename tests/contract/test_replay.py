"""The replay server's matching rules (method, path, query pairs, body value), its recorded order for repeated
requests, and its 404 in each API's own error shape naming the nearest recorded request."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

import labmock
from labmock import LabmockError, MockRequest, MockResponse
from labmock.contract import Exchange, ReplayServer, running_proxy, running_replay
from labmock.contract.cassette import from_line, to_line
from labmock.core import Headers


def exchange(
    api: str, method: str, path: str, query: str = "", body: object = None, status: int = 200, answer: object = None
) -> Exchange:
    headers = [("content-type", "application/json")] if body is not None else []
    request = MockRequest(method, path, query, Headers(headers), json.dumps(body).encode() if body is not None else b"")
    response = MockResponse(status, [("content-type", "application/json")], json.dumps(answer or {}).encode())
    return Exchange(api, "https://vendor.example/api/external", "/api/external", request, response)


def ask(
    server: ReplayServer,
    method: str,
    path: str,
    query: str = "",
    body: bytes = b"",
    content_type: str = "application/json",
) -> MockResponse:
    headers = Headers({"host": "127.0.0.1:9", "content-type": content_type})
    return server.handle(MockRequest(method, path, query, headers, body))


def test_identical_requests_replay_in_recorded_order_then_the_last_repeats() -> None:
    path = "/api/external/analysis-jobs/aj_0046"
    states = ["PENDING", "RUNNING", "SUCCEEDED"]
    server = ReplayServer([exchange("biodock", "GET", path, answer={"status": s}) for s in states])
    seen = [json.loads(ask(server, "GET", path).body)["status"] for _ in range(5)]
    assert seen == ["PENDING", "RUNNING", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]


def test_queries_match_as_pairs_and_bodies_as_values() -> None:
    server = ReplayServer(
        [
            exchange("biodock", "GET", "/api/external/analysis-jobs", "limit=5&startingAfter=aj_0010", answer={"n": 1}),
            exchange(
                "biodock",
                "POST",
                "/api/external/analysis-jobs",
                body={"pipelineId": "pl_0001", "filesystemIds": ["a"]},
                answer={"n": 2},
            ),
        ]
    )
    assert json.loads(ask(server, "GET", "/api/external/analysis-jobs", "startingAfter=aj_0010&limit=5").body) == {
        "n": 1
    }
    same_value = b'{ "filesystemIds": ["a"], "pipelineId": "pl_0001" }'
    assert json.loads(ask(server, "POST", "/api/external/analysis-jobs", body=same_value).body) == {"n": 2}
    other = ask(
        server, "POST", "/api/external/analysis-jobs", body=b'{"pipelineId": "pl_0002", "filesystemIds": ["a"]}'
    )
    assert other.status == 404
    assert "its body differs" in json.loads(other.body)["message"]


@pytest.mark.parametrize(
    ("api", "path", "message_of"),
    [
        ("biodock", "/api/external/analysis-jobs", lambda body: body["message"]),
        ("sphinx", "/v1/datasets", lambda body: body["content"]),
        ("sevenbridges", "/v2/projects", lambda body: body["message"] if body["status"] == 404 else ""),
        ("cavatica", "/v2/projects", lambda body: body["message"] if body["code"] else ""),
        ("iontorrent", "/rundb/api/v1/chip/", lambda body: body["error"]),  # x-errors' shape: Tastypie's 404 is empty
    ],
)
def test_an_unmatched_request_is_a_404_in_the_api_error_shape_naming_the_nearest(
    api: str, path: str, message_of: object
) -> None:
    server = ReplayServer([exchange(api, "GET", path, "limit=10"), exchange(api, "GET", path + "x")])
    response = ask(server, "GET", path, "limit=20")
    assert response.status == 404
    assert response.header("content-type") == "application/json"
    message = message_of(json.loads(response.body))  # type: ignore[operator]
    assert f"no recorded exchange matches GET {path}?limit=20" in message
    assert f"the nearest recorded request is GET {path}?limit=10 (its query differs)" in message


def test_a_replayed_cassette_points_urls_at_the_replay_server(tmp_path: Path) -> None:
    cassette = tmp_path / "sb.jsonl"
    with (
        labmock.running("sevenbridges") as upstream,
        running_proxy("sevenbridges", upstream.base_url, record=cassette) as proxy,
    ):
        headers = upstream.server.auth_headers()
        first = httpx.get(f"{proxy.base_url}/projects", params={"limit": 2}, headers=headers, trust_env=False)
        nxt = next(link["href"] for link in first.json()["links"] if link["rel"] == "next")
        httpx.get(nxt, headers=headers, trust_env=False)
    with running_replay(cassette) as replay:
        page = httpx.get(
            f"{replay.base_url}/projects", params={"limit": 2}, headers={"X-SBG-Auth-Token": "other"}, trust_env=False
        )
        assert page.status_code == 200
        nxt = next(link["href"] for link in page.json()["links"] if link["rel"] == "next")
        assert nxt.startswith(replay.base_url)
        second = httpx.get(nxt, trust_env=False)
        assert second.status_code == 200
        assert second.json()["items"]
        assert second.headers["x-total-matching-query"] == page.headers["x-total-matching-query"]


def test_cassette_lines_round_trip_and_bad_ones_are_named(tmp_path: Path) -> None:
    original = exchange("biodock", "POST", "/api/external/x", "a=1", body={"k": [1, 2]}, answer={"ok": True})
    original.response.headers.append(("etag", '"abc"'))
    binary = Exchange(
        "biodock",
        "",
        "/api/external",
        MockRequest("GET", "/api/external/_labmock/objects/m.zip"),
        MockResponse(200, [("content-type", "application/zip")], bytes(range(256))),
    )
    back = from_line(to_line(original))  # a JSON body is kept as its value (written back compact)
    assert (back.request.method, back.request.path, back.request.query) == ("POST", "/api/external/x", "a=1")
    assert json.loads(back.request.body) == {"k": [1, 2]}
    assert (back.response.status, back.response.headers) == (200, original.response.headers)
    assert json.loads(back.response.body) == {"ok": True}
    back = from_line(to_line(binary))
    assert back.response.body == bytes(range(256))
    assert json.loads(to_line(binary))["response"]["body"].keys() == {"base64"}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(to_line(original) + "\n" + '{"api": "biodock"}\n')
    with pytest.raises(LabmockError, match=r"bad\.jsonl:2: not a cassette line"):
        ReplayServer(bad)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(LabmockError, match="holds no exchange"):
        ReplayServer(empty)
