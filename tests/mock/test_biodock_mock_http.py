"""Routing, validation and auth of the Biodock mock, in-process."""

from __future__ import annotations

import httpx
import pytest

import labmock
from labmock import MockConfig, MockServer

API = "biodock"


def _assert_error(response: httpx.Response, status: int, *fragments: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"message"}, body
    message: str = body["message"]
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_check_returns_the_vendor_sample_shape(client: httpx.Client) -> None:
    response = client.get("/check")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["user"].startswith("auth0|")
    assert body["messsage"] == "API key is valid."


def test_unknown_path_is_404_in_the_error_shape(client: httpx.Client) -> None:
    _assert_error(client.get("/no-such-thing"), 404, "/api/external/no-such-thing")
    _assert_error(client.get("http://elsewhere/check"), 404)  # outside the base path


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/analysis-jobs", "GET, POST"),
        ("PUT", "/analysis-jobs/aj_0001", "GET"),
        ("PATCH", "/analysis-jobs/aj_0001/download-masks", "GET, POST"),
        ("POST", "/check", "GET"),
        ("GET", "/filesystem-items/upload-file", "POST"),
    ],
)
def test_wrong_method_is_405_with_allow(client: httpx.Client, method: str, path: str, allow: str) -> None:
    response = client.request(method, path)
    _assert_error(response, 405, method)
    assert response.headers["allow"] == allow


@pytest.mark.parametrize("limit", ["0", "101", "abc", "", "1.5", "99999999999999999999999"])
def test_bad_limit_is_400_naming_the_parameter(client: httpx.Client, limit: str) -> None:
    _assert_error(client.get("/analysis-jobs", params={"limit": limit}), 400, "'limit'")


def test_unknown_query_parameters_are_ignored(client: httpx.Client) -> None:
    response = client.get("/pipelines", params={"color": "blue", "limit": "2"})
    assert response.status_code == 200
    assert response.json()["count"] == 2


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"filesystemIds": ["fs_0001"]}, "pipelineId"),
        ({"pipelineId": "pl_0001"}, "filesystemIds"),
        ({"pipelineId": "pl_0001", "filesystemIds": "fs_0001"}, "filesystemIds"),
        ({"pipelineId": "pl_0001", "filesystemIds": []}, "filesystemIds"),
        ({"pipelineId": "pl_0001", "filesystemIds": [1]}, "filesystemIds/0"),
        ({"pipelineId": 5, "filesystemIds": ["fs_0001"]}, "pipelineId"),
        ({"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"], "name": 3}, "name"),
        ([], "object"),
    ],
)
def test_invalid_submit_body_is_400_naming_the_field(client: httpx.Client, body: object, fragment: str) -> None:
    _assert_error(client.post("/analysis-jobs", json=body), 400, fragment)


def test_malformed_json_is_400(client: httpx.Client) -> None:
    response = client.post("/analysis-jobs", content=b'{"pipelineId": ', headers={"content-type": "application/json"})
    _assert_error(response, 400, "Malformed JSON")
    response = client.post("/analysis-jobs", content=b"\xff\xfe", headers={"content-type": "application/json"})
    _assert_error(response, 400, "Malformed JSON")
    response = client.post("/analysis-jobs", content=b"NaN", headers={"content-type": "application/json"})
    _assert_error(response, 400, "Malformed JSON")


def test_missing_body_is_400_and_wrong_content_type_415(client: httpx.Client) -> None:
    _assert_error(client.post("/analysis-jobs"), 400, "required")
    response = client.post("/analysis-jobs", content=b"pipelineId=pl_0001", headers={"content-type": "text/plain"})
    _assert_error(response, 415, "text/plain", "application/json")


def test_json_with_charset_is_accepted(client: httpx.Client) -> None:
    body = b'{"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}'
    response = client.post("/analysis-jobs", content=body, headers={"content-type": "application/json; charset=utf-8"})
    assert response.status_code == 200, response.text


def test_unknown_ids_are_404(client: httpx.Client) -> None:
    _assert_error(client.get("/analysis-jobs/aj_9999"), 404, "aj_9999")
    _assert_error(client.post("/analysis-jobs", json={"pipelineId": "pl_9", "filesystemIds": ["fs_0001"]}), 404, "pl_9")
    response = client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001", "fs_x"]})
    _assert_error(response, 404, "fs_x")
    _assert_error(client.get("/filesystem-items", params={"folderId": "fs_9999"}), 404, "fs_9999")
    _assert_error(client.get("/filesystem-items", params={"folderId": "fs_0001"}), 404)  # a file, not a folder


def test_percent_encoded_and_unicode_ids_are_plain_404s(client: httpx.Client) -> None:
    _assert_error(client.get("/analysis-jobs/%E2%9C%93%00"), 404, "✓")
    _assert_error(client.get("/analysis-jobs/a%2Fb"), 404, "a/b")


def test_unicode_round_trips(client: httpx.Client) -> None:
    name = "Kern-Segmentierung 🧫 \u0000 ü"
    created = client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"], "name": name})
    assert created.status_code == 200
    assert client.get(f"/analysis-jobs/{created.json()['id']}").json()["name"] == name


# -- auth ----------------------------------------------------------------------------------------------------


def test_missing_key_is_401(anonymous: httpx.Client) -> None:
    _assert_error(anonymous.get("/check"), 401, "X-API-KEY")
    _assert_error(anonymous.get("/analysis-jobs/aj_0001"), 401)


def test_wrong_key_is_401(anonymous: httpx.Client) -> None:
    _assert_error(anonymous.get("/check", headers={"X-API-KEY": "nope"}), 401, "Invalid API key")
    _assert_error(anonymous.get("/check", headers={"X-API-KEY": "biodock-demo-key "}), 401)


def test_auth_is_checked_before_validation(anonymous: httpx.Client) -> None:
    _assert_error(anonymous.get("/analysis-jobs", params={"limit": "0"}), 401)


def test_key_override() -> None:
    server = labmock.create("biodock", MockConfig(key="s3cret"))
    assert server.credential() == ("X-API-KEY", "s3cret")
    with server.client(authenticated=False) as client:
        assert client.get("/check", headers={"X-API-KEY": "biodock-demo-key"}).status_code == 401
        assert client.get("/check", headers={"x-api-key": "s3cret"}).status_code == 200


# -- uploads -------------------------------------------------------------------------------------------------


def _listing(client: httpx.Client, folder: str | None = None) -> list[dict[str, str]]:
    params = {"limit": "100", **({"folderId": folder} if folder else {})}
    response = client.get("/filesystem-items", params=params)
    assert response.status_code == 200
    results: list[dict[str, str]] = response.json()["results"]
    return results


def test_upload_creates_nested_folders_and_lists_the_file(client: httpx.Client) -> None:
    files = {"upload": ("cells.png", b"\x89PNG fake", "image/png")}
    response = client.post(
        "/filesystem-items/upload-file",
        data={"fileName": "cells.png", "destinationFolder": "/runs/2024/ß/"},
        files=files,
    )
    assert response.status_code == 200, response.text
    uploaded = response.json()
    assert uploaded["__t"] == "File"
    assert set(uploaded) == {"id", "__t"}
    runs = next(item for item in _listing(client) if item["name"] == "runs")
    assert runs["__t"] == "Folder"
    year = next(item for item in _listing(client, runs["id"]) if item["name"] == "2024")
    leaf = next(item for item in _listing(client, year["id"]) if item["name"] == "ß")
    assert [item["id"] for item in _listing(client, leaf["id"])] == [uploaded["id"]]
    again = client.post(
        "/filesystem-items/upload-file", data={"fileName": "b.png", "destinationFolder": "runs/2024/ß"}, files=files
    )
    assert [item["name"] for item in _listing(client, leaf["id"])] == ["cells.png", "b.png"]
    assert again.json()["id"] != uploaded["id"]
    job = client.post("/analysis-jobs", json={"pipelineId": "pl_0002", "filesystemIds": [uploaded["id"]]})
    assert job.status_code == 200


def test_upload_to_root_by_default(client: httpx.Client) -> None:
    response = client.post(
        "/filesystem-items/upload-file", data={"fileName": "root.tif"}, files={"upload": ("x", b"1")}
    )
    assert response.status_code == 200
    assert _listing(client)[-1] == {**_listing(client)[-1], "id": response.json()["id"], "name": "root.tif"}


@pytest.mark.parametrize(
    ("data", "files", "fragment"),
    [
        ({"fileName": "a.png"}, None, "upload"),
        ({}, {"upload": ("a.png", b"x")}, "fileName"),
        ({"fileName": ""}, {"upload": ("a.png", b"x")}, "fileName"),
        ({"fileName": "a", "destinationFolder": "x/../y"}, {"upload": ("a.png", b"x")}, "destinationFolder"),
    ],
)
def test_upload_form_errors_are_400(
    client: httpx.Client, data: dict[str, str], files: dict[str, tuple[str, bytes]] | None, fragment: str
) -> None:
    if files is None:  # still multipart, so the form (not the content type) is what is wrong
        files = {"other": ("o.txt", b"o")}
    _assert_error(client.post("/filesystem-items/upload-file", data=data, files=files), 400, fragment)


def test_upload_malformed_multipart_and_wrong_type(client: httpx.Client) -> None:
    bad = b"--b\r\nContent-Disposition: form-data; name=fileName\r\n\r\nx"
    response = client.post(
        "/filesystem-items/upload-file", content=bad, headers={"content-type": "multipart/form-data; boundary=b"}
    )
    _assert_error(response, 400, "multipart")
    response = client.post(
        "/filesystem-items/upload-file", content=b"x", headers={"content-type": "multipart/form-data"}
    )
    _assert_error(response, 400, "boundary")
    response = client.post("/filesystem-items/upload-file", json={"fileName": "a"})
    _assert_error(response, 415, "multipart/form-data")


def test_upload_over_the_limit_is_413(server: MockServer, client: httpx.Client) -> None:
    server.state.max_upload_bytes = 10
    ok = client.post("/filesystem-items/upload-file", data={"fileName": "a"}, files={"upload": ("a", b"x" * 10)})
    assert ok.status_code == 200
    too_big = client.post("/filesystem-items/upload-file", data={"fileName": "a"}, files={"upload": ("a", b"x" * 11)})
    _assert_error(too_big, 413, "2 GB")
