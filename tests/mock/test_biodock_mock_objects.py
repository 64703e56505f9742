"""The signed-URL object store: signatures, expiry, ranges, and no API credentials allowed."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from starlette.types import Message

from labmock import MockServer
from labmock.core.adapters import send_response
from labmock.core.messages import Headers, MockRequest, MockResponse, SpanResponse
from labmock.core.objects import ObjectStore

API = "biodock"


@pytest.fixture
def csv_url(client: httpx.Client) -> str:
    url: str = client.get("/analysis-jobs/aj_0001").json()["objectsDataCSVUrl"]
    return url


def _assert_s3_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/xml"
    assert f"<Code>{code}</Code>" in response.text


def test_good_signature_serves_the_object(anonymous: httpx.Client, csv_url: str) -> None:
    response = anonymous.get(csv_url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv"
    assert int(response.headers["content-length"]) == len(response.content) > 0
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["etag"].startswith('"')
    assert response.headers["content-disposition"] == 'attachment; filename="objects.csv"'
    assert response.text.startswith("object_id,file_id,")
    assert anonymous.get(csv_url).headers["etag"] == response.headers["etag"]


def test_urls_use_the_origin_and_base_path_of_the_request(server: MockServer) -> None:
    with server.client(base_url="https://lab.example:8443/api/external") as client:
        url = client.get("/analysis-jobs/aj_0001").json()["aggregateDataCSVUrl"]
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc) == ("https", "lab.example:8443")
    assert parts.path == "/api/external/_labmock/objects/analysis-jobs/aj_0001/aggregate.csv"
    assert set(parse_qs(parts.query)) == {"expires", "signature"}


def test_tampered_signature_or_expiry_is_403(anonymous: httpx.Client, csv_url: str) -> None:
    signature = parse_qs(urlsplit(csv_url).query)["signature"][0]
    _assert_s3_error(anonymous.get(csv_url.replace(signature, "0" * 64)), 403, "SignatureDoesNotMatch")
    expires = parse_qs(urlsplit(csv_url).query)["expires"][0]
    _assert_s3_error(anonymous.get(csv_url.replace(expires, str(int(expires) + 1000))), 403, "SignatureDoesNotMatch")
    _assert_s3_error(anonymous.get(csv_url.replace("objects.csv", "aggregate.csv")), 403, "SignatureDoesNotMatch")
    _assert_s3_error(anonymous.get(csv_url.split("?")[0]), 403, "AccessDenied")
    _assert_s3_error(anonymous.get(csv_url.replace(expires, "9" * 5000)), 403, "SignatureDoesNotMatch")


def test_expired_url_is_403(server: MockServer, anonymous: httpx.Client, csv_url: str) -> None:
    expired = server.objects.url("http://biodock.labmock", "analysis-jobs/aj_0001/objects.csv", expires_in=-5)
    _assert_s3_error(anonymous.get(expired), 403, "AccessDenied")
    assert "expired" in anonymous.get(expired).text
    fresh = server.objects.url("http://biodock.labmock", "analysis-jobs/aj_0001/objects.csv", expires_in=60)
    assert anonymous.get(fresh).status_code == 200


def test_unknown_key_is_404(server: MockServer, anonymous: httpx.Client) -> None:
    _assert_s3_error(anonymous.get(server.objects.url("http://x", "nothing/here.csv")), 404, "NoSuchKey")


@pytest.mark.parametrize(
    ("range_header", "first", "last"),
    [
        ("bytes=0-9", 0, 9),
        ("bytes=10-", 10, None),
        ("bytes=-5", -5, None),
        ("bytes=3-3", 3, 3),
        ("bytes=0-999999", 0, None),
    ],
)
def test_range_requests_are_206(
    anonymous: httpx.Client, csv_url: str, range_header: str, first: int, last: int | None
) -> None:
    whole = anonymous.get(csv_url).content
    size = len(whole)
    response = anonymous.get(csv_url, headers={"Range": range_header})
    assert response.status_code == 206
    expected = whole[first:] if last is None else whole[first : last + 1]
    assert response.content == expected
    start = first if first >= 0 else size + first
    assert response.headers["content-range"] == f"bytes {start}-{start + len(expected) - 1}/{size}"
    assert int(response.headers["content-length"]) == len(expected)


def test_unsatisfiable_range_is_416_and_malformed_is_ignored(anonymous: httpx.Client, csv_url: str) -> None:
    size = len(anonymous.get(csv_url).content)
    response = anonymous.get(csv_url, headers={"Range": f"bytes={size}-"})
    _assert_s3_error(response, 416, "InvalidRange")
    assert response.headers["content-range"] == f"bytes */{size}"
    assert anonymous.get(csv_url, headers={"Range": "bytes=-0"}).status_code == 416
    assert anonymous.get(csv_url, headers={"Range": "lines=1-2"}).status_code == 200
    assert anonymous.get(csv_url, headers={"Range": "bytes=0-1,4-5"}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"X-API-KEY": "biodock-demo-key"},
        {"x-api-key": "anything"},
        {"Authorization": "Bearer abc"},
        {"authorization": ""},
    ],
)
def test_requests_with_api_credentials_are_400(anonymous: httpx.Client, csv_url: str, headers: dict[str, str]) -> None:
    _assert_s3_error(anonymous.get(csv_url, headers=headers), 400, "InvalidArgument")


def test_authenticated_client_cannot_use_signed_urls(client: httpx.Client, csv_url: str) -> None:
    _assert_s3_error(client.get(csv_url), 400, "InvalidArgument")


def test_head_and_other_methods(anonymous: httpx.Client, csv_url: str) -> None:
    size = len(anonymous.get(csv_url).content)
    head = anonymous.head(csv_url)
    assert head.status_code == 200
    assert head.content == b""
    assert int(head.headers["content-length"]) == size
    response = anonymous.put(csv_url, content=b"x")
    _assert_s3_error(response, 405, "MethodNotAllowed")
    assert response.headers["allow"] == "GET, HEAD"


def test_a_range_is_served_from_a_view_of_the_object_not_a_copy() -> None:
    """Serving a range of a large object copies none of it (only the piece being sent is); ``body`` still reads as
    the range's bytes for the in-process adapters."""
    store = ObjectStore("/_labmock/objects/")
    stored = store.put("big", bytes(range(256)) * 4096, "application/octet-stream")
    answer = store.respond(MockRequest("GET", "/o", headers=Headers({"range": "bytes=1000-2999"})), stored)
    view = answer.payload()
    assert isinstance(view, memoryview)
    assert view.obj is stored.content
    assert (answer.status, answer.header("content-range")) == (206, f"bytes 1000-2999/{len(stored.content)}")
    assert answer.body == stored.content[1000:3000]
    assert answer.header("content-length") == "2000"
    assert store.respond(MockRequest("GET", "/o"), stored).payload() is stored.content
    head = store.respond(MockRequest("HEAD", "/o", headers=Headers({"range": "bytes=10-19"})), stored)
    assert (head.status, head.body, head.header("content-length")) == (206, b"", "10")


async def test_a_large_view_goes_to_the_server_a_piece_at_a_time() -> None:
    """The ASGI adapter sends a range in pieces of at most 1 MiB (the server's write buffer never holds the whole
    range), each as bytes, the ASGI type; a body that is bytes already goes whole, as it is."""
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    content = bytes(range(256)) * (10 << 10)  # 2.5 MiB
    await send_response(send, SpanResponse(206, [], memoryview(content)[5:]))
    start, *pieces = sent
    assert (b"content-length", str(len(content) - 5).encode()) in start["headers"]
    assert [len(piece["body"]) for piece in pieces] == [1 << 20, 1 << 20, len(content) - 5 - (2 << 20), 0]
    assert all(type(piece["body"]) is bytes for piece in pieces)
    assert [piece["more_body"] for piece in pieces] == [True, True, True, False]
    assert b"".join(piece["body"] for piece in pieces) == content[5:]
    sent.clear()
    await send_response(send, MockResponse(200, [], content))
    assert len(sent) == 2
    assert sent[1]["body"] is content
