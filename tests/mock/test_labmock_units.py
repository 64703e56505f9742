"""The core's building blocks on their own: the four paging styles, the job clock, the router, auth schemes."""

from __future__ import annotations

import base64
import dataclasses
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

import labmock
import labspecs
from labmock.core import (
    Headers,
    JobClock,
    MockHTTPError,
    MockRequest,
    ObjectStore,
    SchemeAuthenticator,
    StoredObject,
    paginate,
)
from labmock.core.objects import content_disposition
from labmock.core.routing import Router
from labmock.core.validation import compile_schema
from labspecs import AuthScheme, LongRunning, Pagination

ITEMS: list[dict[str, Any]] = [{"id": f"it_{n:02d}", "n": n} for n in range(23)]


def _request(path: str = "/v2/things", query: str = "", host: str = "mock.test:81") -> MockRequest:
    return MockRequest("GET", path, query, Headers({"Host": host}))


def _query(request: MockRequest) -> dict[str, Any]:
    return {name: values[0] for name, values in request.query_params.items()}


def test_cursor_style() -> None:
    style = Pagination("cursor", "results", "limit", 5, 10, cursor_param="after", cursor_field="id")
    seen: list[int] = []
    query = "limit=10"
    while True:
        request = _request(query=query)
        page = paginate(style, ITEMS, request, _query(request))
        seen += [item["n"] for item in page.items]
        if len(page.items) < 10:
            break
        query = f"limit=10&after={page.items[-1]['id']}"
    assert seen == list(range(23))
    with pytest.raises(MockHTTPError) as raised:
        paginate(style, ITEMS, _request(query="after=zz"), {"after": "zz"})
    assert raised.value.status == 404


def test_next_token_style() -> None:
    style = Pagination("next-token", "items", "limit", 10, 100, token_param="nextToken", token_field="nextToken")
    seen: list[int] = []
    query = "limit=7"
    bodies = []
    while True:
        request = _request(query=query)
        page = paginate(style, ITEMS, request, _query(request))
        body = page.body(page.items)
        bodies.append(body)
        seen += [item["n"] for item in body["items"]]
        if body.get("nextToken") is None:
            break
        query = f"limit=7&nextToken={body['nextToken']}"
    assert seen == list(range(23))
    assert len(bodies) == 4
    assert "nextToken" not in bodies[-1]
    with pytest.raises(MockHTTPError) as bogus:
        paginate(style, ITEMS, _request(query="nextToken=bogus"), {"nextToken": "bogus"})
    assert bogus.value.status == 404  # a valid string naming no page, like an unknown cursor
    forged = base64.urlsafe_b64encode(b"other:3").decode()
    with pytest.raises(MockHTTPError) as other:
        paginate(style, ITEMS, _request(query=f"nextToken={forged}"), {"nextToken": forged})
    assert other.value.status == 404


def test_offset_style_with_links_and_total_header() -> None:
    style = Pagination(
        "offset",
        "items",
        "limit",
        50,
        100,
        offset_param="offset",
        total_header="X-Total-Matching-Query",
        links_field="links",
    )
    url = "http://mock.test:81/v2/things?fields=_all&limit=10"
    seen: list[int] = []
    while True:
        parts = urlsplit(url)
        request = _request(parts.path, parts.query)
        page = paginate(style, ITEMS, request, _query(request))
        body = page.body(page.items)
        assert page.headers == [("X-Total-Matching-Query", "23")]
        seen += [item["n"] for item in body["items"]]
        nexts = [link for link in body["links"] if link["rel"] == "next"]
        if not nexts:
            break
        url = nexts[0]["href"]
        assert url.startswith("http://mock.test:81/v2/things?")
        assert parse_qs(urlsplit(url).query)["fields"] == ["_all"]
    assert seen == list(range(23))
    assert [link["rel"] for link in body["links"]] == ["prev"]
    with pytest.raises(MockHTTPError):
        paginate(style, ITEMS, _request(query="offset=-1"), {"offset": -1})


def test_next_url_style_tastypie() -> None:
    style = Pagination(
        "next-url",
        "objects",
        "limit",
        20,
        1000,
        offset_param="offset",
        next_field="meta.next",
        total_field="meta.total_count",
        limit_zero="max",
    )
    path = "/rundb/api/v1/chip/?format=json&limit=10"
    seen: list[int] = []
    while path:
        parts = urlsplit(path)
        request = _request(parts.path, parts.query)
        page = paginate(style, ITEMS, request, _query(request))
        body = page.body(page.items)
        assert body["meta"]["total_count"] == 23
        seen += [item["n"] for item in body["objects"]]
        path = body["meta"]["next"]
        assert path is None or path.startswith("/rundb/api/v1/chip/?")
    assert seen == list(range(23))
    everything = paginate(style, ITEMS, _request(query="limit=0"), {"limit": 0})
    assert len(everything.items) == 23  # Tastypie (`limit-zero: max`): limit=0 means "as many as allowed"
    strict = dataclasses.replace(style, limit_zero=None)
    with pytest.raises(MockHTTPError) as zero:
        paginate(strict, ITEMS, _request(query="limit=0"), {"limit": 0})
    assert zero.value.status == 400  # any other API validates


def test_job_clock_walks_a_longer_lifecycle() -> None:
    lr = LongRunning("state", ("QUEUED", "STARTING", "RUNNING", "DONE"), frozenset({"DONE"}), ("ERROR",), "pct")
    clock = JobClock(duration=0, polls=4)
    job = clock.start(lr)
    views = [job.poll() for _ in range(5)]
    assert [v.status for v in views] == ["QUEUED", "STARTING", "RUNNING", "DONE", "DONE"]
    assert [v.progress for v in views] == [0, 50, 75, 100, 100]
    assert views[3].fields() == {"pct": 100, "state": "DONE"}
    failing = clock.start(lr, fail="boom")
    failed = [failing.poll() for _ in range(4)][-1]
    assert failed.fields() == {"pct": 67, "state": "ERROR"}  # no message field declared
    assert JobClock(duration=5.0, polls=0).start(lr).poll().succeeded
    no_progress = LongRunning("status", ("PROCESSING", "SUCCESS"), frozenset({"SUCCESS"}), ("FAILURE", "ERROR"))
    task = JobClock(duration=0, polls=2).start(no_progress, fail="nope")
    assert task.poll().fields() == {"status": "PROCESSING"}
    assert task.peek().fields() == {"status": "PROCESSING"}  # peeking does not count
    assert task.poll().fields() == {"status": "FAILURE"}  # the first failure state declared


def test_router_prefers_literal_paths_and_reports_methods() -> None:
    router: Router[str] = Router()
    router.add("get", "/files/{id}", "get-file")
    router.add("delete", "/files/{id}", "delete-file")
    router.add("get", "/files/scroll", "scroll")
    router.add("get", "/files/{id}/{part}", "part")
    router.add("get", "/files/{id}/list", "list")
    assert router.match("/files/scroll") is not None
    match = router.match("/files/scroll")
    assert match is not None
    assert match.targets == {"GET": "scroll"}
    match = router.match("/files/a%20b")
    assert match is not None
    assert (dict(match.targets), match.params) == ({"GET": "get-file", "DELETE": "delete-file"}, {"id": "a b"})
    match = router.match("/files/x/list")
    assert match is not None
    assert match.targets == {"GET": "list"}
    assert router.match("/files/x/y/z") is None
    assert router.match("/files/") is None


@pytest.mark.parametrize(
    ("scheme", "key", "good", "bad"),
    [
        (AuthScheme("a", "apiKey-header", "X-API-KEY", ""), "k1", {"x-api-key": "k1"}, {"x-api-key": "k2"}),
        (
            AuthScheme("a", "bearer", "Authorization", "Bearer"),
            "tok",
            {"authorization": "bearer tok"},
            {"authorization": "tok"},
        ),
        (
            AuthScheme("a", "apiKey-header", "Authorization", "ApiKey"),
            "u:k",
            {"authorization": "ApiKey u:k"},
            {"authorization": "ApiKey u:x"},
        ),
        (
            AuthScheme("a", "basic", "Authorization", "Basic"),
            "u:p",
            {"authorization": "Basic dTpw"},
            {"authorization": "Basic !!"},
        ),
    ],
)
def test_auth_schemes(scheme: AuthScheme, key: str, good: dict[str, str], bad: dict[str, str]) -> None:
    check = SchemeAuthenticator(scheme, key)
    check(MockRequest("GET", "/", "", Headers(good)))
    for headers in (bad, {}):
        with pytest.raises(MockHTTPError) as raised:
            check(MockRequest("GET", "/", "", Headers(headers)))
        assert raised.value.status == 401


def test_query_key_auth() -> None:
    check = SchemeAuthenticator(AuthScheme("a", "apiKey-query", "api_key", ""), "k")
    check(MockRequest("GET", "/", "api_key=k&x=1"))
    with pytest.raises(MockHTTPError):
        check(MockRequest("GET", "/", "api_key=j"))
    assert check.describe() == "?api_key=k"


# -- the object store: upload keys, file names; compiled schemas ---------------------------------------------------


def _put(store: ObjectStore, url: str, body: bytes) -> int:
    split = urlsplit(url)
    request = MockRequest("PUT", split.path, split.query, Headers([]), body)
    found = store.authorize(request)
    if not isinstance(found, StoredObject):
        return found.status
    return store.respond(request, found).status


def test_an_upload_key_takes_puts_until_it_is_deleted() -> None:
    store = ObjectStore("/o/", credential_headers=["x-key"])
    first, second = store.upload_url("http://mock", "uploads/u1/1"), store.upload_url("http://mock", "uploads/u1/2")
    other = store.upload_url("http://mock", "uploads/u2/1")
    assert [_put(store, url, b"abc") for url in (first, second, other)] == [200, 200, 200]
    assert (len(store), store.total_bytes) == (3, 9)
    store.delete_prefix("uploads/u1/")
    assert (len(store), store.total_bytes) == (1, 3)
    assert _put(store, first, b"again") == 404  # NoSuchUpload: the signed URL is still valid, the upload is gone
    assert store.total_bytes == 3
    store.delete("uploads/u2/1")
    assert _put(store, other, b"x") == 404
    assert len(store) == 0


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("report.csv", 'attachment; filename="report.csv"'),
        ("a\r\nb.txt", "attachment; filename=\"a__b.txt\"; filename*=UTF-8''a%0D%0Ab.txt"),
        ('q"\\.txt', "attachment; filename=\"q__.txt\"; filename*=UTF-8''q%22%5C.txt"),
        ("é.txt", "attachment; filename=\"_.txt\"; filename*=UTF-8''%C3%A9.txt"),
    ],
)
def test_content_disposition_is_rfc_6266(name: str, header: str) -> None:
    assert content_disposition(name) == header


def test_a_schema_is_compiled_once_per_spec() -> None:
    spec = labspecs.load("sevenbridges")
    error = {"$ref": "#/components/schemas/Error"}
    assert compile_schema(spec, error) is compile_schema(spec, dict(error))
    assert compile_schema(spec, error) is not compile_schema(spec, {"type": "string"})
    assert compile_schema(spec, error) is not compile_schema(labspecs.load("biodock"), {"type": "object"})
    assert compile_schema(spec, error).is_valid({"status": 404, "code": 5002, "message": "gone"})
    assert not compile_schema(spec, error).is_valid({"status": 404})


def test_load_clones_copies_the_first_object_with_new_ids_and_links() -> None:
    server = labmock.create("iontorrent")
    before = server.store["results"].values()
    assert server.load_clones("results", 3) == 3
    after = server.store["results"].values()
    assert len(after) == len(before) + 3
    clones = after[len(before) :]
    top = max(r["id"] for r in before)
    assert [c["id"] for c in clones] == [top + 1, top + 2, top + 3]
    assert all(c["resource_uri"].endswith(f"/{c['id']}/") for c in clones)
    with pytest.raises(labmock.LabmockError):
        server.load_clones("no-such-kind", 1)
