"""The signed-URL object store: signatures, expiry, ranges, and no API credentials allowed."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from labmock import MockServer

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
