"""The Sphinx mock, in-process: demo data, nextToken paging, Bearer and Basic auth, the `{error, content}` error
envelope, export tasks on the job clock, the signed-URL object store (SVG plots, CSV datatables) and the shared fault
and latency knobs."""

from __future__ import annotations

import base64
import csv
import io
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import labmock
from labmock import MockConfig, MockServer
from labmock.services.sphinx import DEMO_KEY, FAILING_DATATABLE, FAILING_MESSAGE, SphinxState

API = "sphinx"
CONFIG = MockConfig(validate_responses=True, job_polls=3)  # tasks finish on their 3rd GET


def walk(client: httpx.Client, path: str, limit: int | None) -> list[list[str]]:
    """The ids of every page, following nextToken as the vendor page says, until none is returned."""
    pages: list[list[str]] = []
    params: dict[str, str | int] = {} if limit is None else {"limit": limit}
    while True:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) <= {"data", "nextToken", "url"}
        assert body["url"] == str(response.request.url)  # the list's own URL, which the official client requires
        pages.append([item["id"] for item in body["data"]])
        if body.get("nextToken") is None:
            assert "nextToken" not in body
            return pages
        params = {**params, "nextToken": body["nextToken"]}


def poll(client: httpx.Client, task_id: str, times: int) -> list[dict[str, object]]:
    return [client.get(f"/api/tasks/{task_id}").json() for _ in range(times)]


# -- demo data and paging ------------------------------------------------------------------------------------------


def test_the_demo_data_holds_the_vendor_page_ids(server: MockServer) -> None:
    state: SphinxState = server.state
    assert server.base_path == ""  # the host root: the paths carry /v1 and /api
    assert server.describe_credential() == f"Authorization: Bearer {DEMO_KEY}"
    assert "plot_12345" in state.plots
    assert "dt_12345" in state.datatables
    assert len(state.datasets) >= 250
    assert list(state.datasets)[:2] == ["ds_10001", "ds_10002"]
    assert state.datatables["dt_12345"]["rowCount"] == 96
    other = labmock.create("sphinx", MockConfig(seed=99)).state
    assert (list(other.campaigns), list(other.datasets), list(other.plots), list(other.datatables)) == (
        list(state.campaigns),
        list(state.datasets),
        list(state.plots),
        list(state.datatables),
    )
    assert other.datatable_csv("dt_12345") != state.datatable_csv("dt_12345")  # the seed changes only numbers
    assert labmock.create("sphinx").state.datatable_csv("dt_12345") == state.datatable_csv("dt_12345")


@pytest.mark.parametrize("limit", [None, 1, 7, 50, 99, 100])
def test_datasets_cross_several_pages_at_any_limit(server: MockServer, client: httpx.Client, limit: int | None) -> None:
    pages = walk(client, "/v1/datasets", limit)
    assert len(pages) >= 3
    assert [i for page in pages for i in page] == list(server.state.datasets)
    size = limit or 50  # the declared default-limit
    assert all(len(page) == size for page in pages[:-1])
    assert 0 < len(pages[-1]) <= size


@pytest.mark.parametrize(
    ("path", "attr"), [("/v1/campaigns", "campaigns"), ("/v1/plots", "plots"), ("/v1/datatables", "datatables")]
)
def test_every_list_pages_with_next_token(server: MockServer, client: httpx.Client, path: str, attr: str) -> None:
    pages = walk(client, path, 5)
    assert len(pages) > 1
    assert [i for page in pages for i in page] == list(getattr(server.state, attr))


def test_a_token_only_works_on_the_list_it_came_from(client: httpx.Client) -> None:
    """issue 9: a datasets nextToken used on /campaigns answered 200 with an empty page; now it is the API's 404."""
    token = client.get("/v1/datasets", params={"limit": 5}).json()["nextToken"]
    assert [d["id"] for d in client.get("/v1/datasets", params={"nextToken": token, "limit": 5}).json()["data"]] == [
        f"ds_{n}" for n in range(10006, 10011)
    ]
    assert (
        client.get("/v1/datasets", params={"nextToken": token, "limit": 50}).status_code == 200
    )  # the page size may change
    for path in ("/v1/campaigns", "/v1/plots", "/v1/datatables"):
        response = client.get(path, params={"nextToken": token})
        assert response.status_code == 404, path
        assert response.json()["error"] == "NotFoundError"  # Sphinx's own error shape
        assert "this list" in response.json()["content"]


def test_a_forged_or_tampered_token_is_404(client: httpx.Client) -> None:
    token = client.get("/v1/datasets", params={"limit": 5}).json()["nextToken"]
    raw = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    raw[7] ^= 0x01  # the position 5 becomes 4: the signature no longer matches
    tampered = base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")
    for forged in (tampered, base64.urlsafe_b64encode(b"labmock:5").decode(), token[:-2], token + "A"):
        assert client.get("/v1/datasets", params={"nextToken": forged}).status_code == 404, forged


@pytest.mark.parametrize("token", ["garbage", "bGFibW9jazo", "b3RoZXI6Mw", "%00"])
def test_a_token_the_mock_did_not_issue_is_404(client: httpx.Client, token: str) -> None:
    response = client.get("/v1/datasets", params={"nextToken": token})
    assert response.status_code == 404
    assert response.json()["error"] == "NotFoundError"
    assert response.json()["content"].startswith("Unknown nextToken")


@pytest.mark.parametrize("limit", ["0", "101", "-1", "ten", "2.5"])
def test_a_bad_limit_is_400_in_the_error_shape(client: httpx.Client, limit: str) -> None:
    response = client.get("/v1/campaigns", params={"limit": limit})
    assert response.status_code == 400
    assert set(response.json()) == {"error", "content"}
    assert response.json()["error"] == "BadRequestError"
    assert "limit" in response.json()["content"]


@pytest.mark.parametrize(
    "path",
    ["/v1/campaigns/camp_0", "/v1/datasets/ds_0", "/v1/plots/plot_0", "/v1/plots/plot_0/download",
     "/v1/datatables/dt_0", "/v1/datatables/dt_0/download", "/api/tasks/task_0", "/v1/tasks/task_0"],
)  # fmt: skip
def test_unknown_ids_are_404_object_not_found(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    kind = {"camp": "Campaign", "ds": "Dataset", "plot": "Plot", "dt": "Datatable", "task": "Task"}
    object_id = path.split("/")[3]
    assert response.json() == {
        "error": "ObjectNotFoundError",
        "content": {"objectName": kind[object_id.split("_")[0]], "id": object_id},
    }


def test_gets_return_what_the_lists_show(client: httpx.Client) -> None:
    first = client.get("/v1/plots", params={"limit": 10}).json()["data"]
    for item in first:
        assert client.get(f"/v1/plots/{item['id']}").json() == item
    assert client.get("/v1/datatables/dt_12345").json()["name"] == "Plate reader results, KRAS screen plate 1"
    campaign = client.get("/v1/datasets/ds_10013").json()["campaignId"]
    assert client.get(f"/v1/campaigns/{campaign}").status_code == 200


# -- auth ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": DEMO_KEY}, {"Authorization": f"Token {DEMO_KEY}"},
     {"X-API-KEY": DEMO_KEY}, {"Authorization": "Bearer {access_token}"}],
)  # fmt: skip
def test_auth_is_enforced(anonymous: httpx.Client, headers: dict[str, str]) -> None:
    response = anonymous.get("/v1/plots/plot_12345/download", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer, Basic realm="labmock"'
    assert response.json()["error"] == "NotAuthenticatedError"


def basic(user_password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(user_password.encode()).decode()}


def test_basic_auth_takes_the_key_as_username_with_an_empty_password(anonymous: httpx.Client) -> None:
    """What the official client sends: ``Basic base64(KEY:)``."""
    assert anonymous.get("/v1/campaigns", headers=basic(f"{DEMO_KEY}:")).status_code == 200
    assert anonymous.get("/v1/campaigns", headers=basic(f"{DEMO_KEY}:")).json()["data"]
    for wrong in (DEMO_KEY, f"{DEMO_KEY}:x", f":{DEMO_KEY}", "other:", f"{DEMO_KEY}::"):
        response = anonymous.get("/v1/campaigns", headers=basic(wrong))
        assert response.status_code == 401, wrong
        assert response.json() == {"error": "NotAuthenticatedError", "content": "Invalid API key"}
    assert anonymous.get("/v1/campaigns", headers={"Authorization": "Basic !!!"}).status_code == 401


def test_the_bearer_scheme_name_is_case_insensitive(anonymous: httpx.Client) -> None:
    assert anonymous.get("/v1/campaigns", headers={"Authorization": f"bearer {DEMO_KEY}"}).status_code == 200
    assert (
        anonymous.get(
            "/v1/campaigns", headers={"Authorization": "basic " + basic(f"{DEMO_KEY}:")["Authorization"][6:]}
        ).status_code
        == 200
    )


# -- export tasks --------------------------------------------------------------------------------------------------


def test_a_download_task_moves_from_processing_to_success(server: MockServer, client: httpx.Client) -> None:
    started = client.get("/v1/datatables/dt_12345/download").json()
    assert set(started) == {"taskId"}
    states = poll(client, started["taskId"], 4)
    assert [s["status"] for s in states] == ["PROCESSING", "PROCESSING", "SUCCESS", "SUCCESS"]
    assert states[0] == {"id": started["taskId"], "status": "PROCESSING"}
    assert "result" not in states[1]
    url = str(states[2]["result"]["signedUrl"])  # type: ignore[index]
    assert urlsplit(url).path == "/_labmock/objects/datatables/dt_12345/dt_12345.csv"
    assert states[2]["result"]["type"] == "EXPORT_DATATABLE"  # type: ignore[index]
    assert client.get(f"/v1/tasks/{started['taskId']}").json() == states[3]  # the vendor page's alias
    again = client.get("/v1/datatables/dt_12345/download").json()["taskId"]
    assert again != started["taskId"]  # every request starts a new task
    assert server.state.tasks[again].job.polls == 0


def test_tasks_follow_the_clock_when_no_poll_count_is_set() -> None:
    now = [1000.0]
    server = labmock.create("sphinx", MockConfig(job_duration=5.0, validate_responses=True))
    server.clock.now = lambda: now[0]
    with server.client() as client:
        task_id = client.get("/v1/datatables/dt_12341/download").json()["taskId"]
        seen = []
        for moment in (0.0, 4.9, 5.0):
            now[0] = 1000.0 + moment
            seen.append(client.get(f"/api/tasks/{task_id}").json()["status"])
    assert seen == ["PROCESSING", "PROCESSING", "SUCCESS"]


def test_the_failing_datatable_ends_failed_with_an_error(client: httpx.Client) -> None:
    task_id = client.get(f"/v1/datatables/{FAILING_DATATABLE}/download").json()["taskId"]
    states = poll(client, task_id, 3)
    assert [s["status"] for s in states] == ["PROCESSING", "PROCESSING", "FAILED"]
    assert states[-1] == {"id": task_id, "status": "FAILED", "error": FAILING_MESSAGE}


def test_any_datatable_can_be_configured_to_fail(server: MockServer, client: httpx.Client) -> None:
    before = client.get("/v1/datatables/dt_12345/download").json()["taskId"]
    server.state.fail_exports("dt_12345", "quota exceeded")
    after = client.get("/v1/datatables/dt_12345/download").json()["taskId"]
    assert poll(client, after, 3)[-1] == {"id": after, "status": "FAILED", "error": "quota exceeded"}
    assert poll(client, before, 3)[-1]["status"] == "SUCCESS"  # a task already started keeps its fate
    with pytest.raises(labmock.MockHTTPError):
        server.state.fail_exports("dt_nope")


# -- the signed-URL object store -----------------------------------------------------------------------------------


def finished_csv_url(client: httpx.Client, datatable_id: str = "dt_12345") -> str:
    task_id = client.get(f"/v1/datatables/{datatable_id}/download").json()["taskId"]
    return str(poll(client, task_id, 3)[-1]["result"]["signedUrl"])  # type: ignore[index]


def test_the_datatable_csv_matches_its_metadata(
    server: MockServer, client: httpx.Client, anonymous: httpx.Client
) -> None:
    response = anonymous.get(finished_csv_url(client))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv"
    assert response.headers["content-disposition"] == 'attachment; filename="dt_12345.csv"'
    rows = list(csv.reader(io.StringIO(response.text)))
    table = client.get("/v1/datatables/dt_12345").json()
    assert len(rows) - 1 == table["rowCount"]
    assert {len(row) for row in rows} == {table["columnCount"]}
    assert rows[0][:2] == ["well", "compound"]


def test_the_plot_svg_is_served_by_its_signed_url(client: httpx.Client, anonymous: httpx.Client) -> None:
    url = client.get("/v1/plots/plot_12345/download").json()["signedUrl"]
    response = anonymous.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"] == 'attachment; filename="plot.svg"'
    assert response.content.startswith(b"<?xml")
    assert b"<svg" in response.content
    assert response.content.rstrip().endswith(b"</svg>")
    assert b"IC50 dose-response, SPX-101" in response.content


def test_signed_urls_refuse_credentials_bad_signatures_and_expiry(
    server: MockServer, client: httpx.Client, anonymous: httpx.Client
) -> None:
    url = client.get("/v1/plots/plot_12345/download").json()["signedUrl"]
    refused = anonymous.get(url, headers={"Authorization": f"Bearer {DEMO_KEY}"})
    assert refused.status_code == 400
    assert "<Code>InvalidArgument</Code>" in refused.text
    signature = parse_qs(urlsplit(url).query)["signature"][0]
    assert anonymous.get(url.replace(signature, "0" * 64)).status_code == 403
    assert anonymous.get(url.replace("plot_12345", "plot_12346")).status_code == 403
    server.objects.now = lambda: time.time() + 7200  # past the default one-hour expiry
    expired = anonymous.get(url)
    assert expired.status_code == 403
    assert "expired" in expired.text


def test_signed_urls_serve_ranges(client: httpx.Client, anonymous: httpx.Client) -> None:
    url = finished_csv_url(client)
    whole = anonymous.get(url).content
    part = anonymous.get(url, headers={"Range": "bytes=10-19"})
    assert part.status_code == 206
    assert part.content == whole[10:20]
    assert part.headers["content-range"] == f"bytes 10-19/{len(whole)}"
    assert anonymous.get(url, headers={"Range": f"bytes={len(whole)}-"}).status_code == 416


# -- the shared knobs ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["429", "500", "503"])
def test_injected_faults_use_the_sphinx_error_shape(kind: str) -> None:
    server = labmock.create("sphinx", MockConfig(fault_rate=1.0, faults=(kind,), retry_after=4))
    with server.client() as client:
        response = client.get("/v1/datasets")
    assert response.status_code == int(kind)
    assert set(response.json()) == {"error", "content"}
    assert response.json()["error"] == {"429": "TooManyRequestsError", "500": "InternalServerError"}.get(
        kind, "InternalServerError"
    )
    assert response.headers.get("retry-after") == (None if kind == "500" else "4")


def test_latency_is_added_to_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    server = labmock.create("sphinx", MockConfig(latency=0.25))
    with server.client() as client:
        assert client.get("/v1/campaigns").status_code == 200
        assert client.get("/v1/plots/plot_12345").status_code == 200
    assert slept == [0.25, 0.25]


# -- campaigns: create and rename ------------------------------------------------------------------------------------


def test_a_campaign_is_created_renamed_and_listed(client: httpx.Client) -> None:
    made = client.post("/v1/campaigns", json={"name": "Kinase panel"})
    assert made.status_code == 200
    campaign = made.json()
    assert campaign["id"] == "camp_12346"
    assert campaign["createdAt"] == campaign["updatedAt"]
    renamed = client.patch(f"/v1/campaigns/{campaign['id']}", json={"name": "Kinase panel 2"}).json()
    assert (renamed["name"], renamed["createdAt"]) == ("Kinase panel 2", campaign["createdAt"])
    assert client.get(f"/v1/campaigns/{campaign['id']}").json() == renamed
    assert renamed["id"] in [c["id"] for page in walk(client, "/v1/campaigns", 50) for c in [{"id": i} for i in page]]
    missing = client.patch("/v1/campaigns/camp_404", json={"name": "x"})
    assert missing.json() == {"error": "ObjectNotFoundError", "content": {"objectName": "Campaign", "id": "camp_404"}}
    for bad in ({}, {"name": ""}, {"name": 5}):
        assert client.post("/v1/campaigns", json=bad).json()["error"] == "BadRequestError", bad


# -- datasets: staged upload, CREATE_DATASET task, download ----------------------------------------------------------


def stage(client: httpx.Client, anonymous: httpx.Client, name: str, content: bytes) -> str:
    """Upload ``content`` as ``name`` through the presigned form; the staged path."""
    answer = client.get("/api/storage/url/upload", params={"filename": f"/home/me/{name}"}).json()
    form = answer["presignedResponse"]
    posted = anonymous.post(form["url"], data=form["fields"], files={"file": (name, content, "text/csv")})
    assert posted.status_code == 204, posted.text
    return str(answer["path"])


def test_a_staged_csv_becomes_a_dataset_through_its_task(
    server: MockServer, client: httpx.Client, anonymous: httpx.Client
) -> None:
    content = b"well,signal\nA01,1.5\nA02,2.5\n"
    path = stage(client, anonymous, "plate.csv", content)
    assert path.endswith("/plate.csv")  # the file's last part, not the client's local path
    body = {"campaignId": "camp_10002", "name": "Plate 7", "stagedUploadPath": path, "tags": ["qc"]}
    task_id = client.post("/v1/datasets", json=body).json()["taskId"]
    states = poll(client, task_id, 3)
    assert [s["status"] for s in states] == ["PROCESSING", "PROCESSING", "SUCCESS"]
    result = states[-1]["result"]
    assert result == {"type": "CREATE_DATASET", "datasetId": "ds_12346"}
    dataset = client.get("/v1/datasets/ds_12346").json()
    assert (dataset["name"], dataset["campaignId"], dataset["tags"]) == ("Plate 7", "camp_10002", ["qc"])
    assert dataset["creator"]["id"] == "user_12345"
    assert [p for page in walk(client, "/v1/datasets", 100) for p in page][-1] == "ds_12346"
    url = client.get("/v1/datasets/ds_12346/download").json()
    assert isinstance(url, str)
    assert anonymous.get(url).content == content


def test_a_dataset_appears_once_its_task_is_done_even_unpolled(
    server: MockServer, client: httpx.Client, anonymous: httpx.Client
) -> None:
    path = stage(client, anonymous, "plate.csv", b"a,b\n1,2\n")
    task_id = client.post(
        "/v1/datasets", json={"campaignId": "camp_10001", "name": "n", "stagedUploadPath": path}
    ).json()["taskId"]
    assert client.get("/v1/datasets/ds_12346").status_code == 404  # the task is still PROCESSING
    server.finish_job(task_id)
    assert client.get("/v1/datasets/ds_12346").status_code == 200


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [("sheet.xlsx", b"PK\x03\x04", "NonCSVFileError"), ("plate.csv", b"\xff\xfe\x00b", "NonCSVFileError")],
)
def test_a_staged_file_that_is_not_a_csv_is_a_non_csv_file_error(
    client: httpx.Client, anonymous: httpx.Client, name: str, content: bytes, error: str
) -> None:
    path = stage(client, anonymous, name, content)
    answer = client.post("/v1/datasets", json={"campaignId": "camp_10001", "name": name, "stagedUploadPath": path})
    assert answer.status_code == 400
    assert answer.json()["error"] == error
    assert isinstance(answer.json()["content"], str)


@pytest.mark.parametrize("path", ["staged/000001/never.csv", "plots/plot_12345/plot.svg", "nope"])
def test_a_path_with_no_staged_upload_is_an_invalid_staged_file_error(client: httpx.Client, path: str) -> None:
    answer = client.post("/v1/datasets", json={"campaignId": "camp_10001", "name": "x", "stagedUploadPath": path})
    assert answer.status_code == 400
    assert answer.json()["error"] == "InvalidStagedFileError"
    assert "No staged upload" in answer.json()["content"]["message"]


def test_a_ragged_csv_fails_its_task_and_an_unknown_campaign_is_404(
    client: httpx.Client, anonymous: httpx.Client
) -> None:
    path = stage(client, anonymous, "ragged.csv", b"a,b\n1\n")
    unknown = client.post("/v1/datasets", json={"campaignId": "camp_0", "name": "x", "stagedUploadPath": path})
    assert unknown.json()["content"] == {"objectName": "Campaign", "id": "camp_0"}
    task_id = client.post(
        "/v1/datasets", json={"campaignId": "camp_10001", "name": "x", "stagedUploadPath": path}
    ).json()["taskId"]
    final = poll(client, task_id, 3)[-1]
    assert final["status"] == "FAILED"
    assert "row 2 has 1 fields" in str(final["error"])
    assert client.get("/v1/datasets/ds_12346").status_code == 404


def test_the_example_task_and_the_redirected_dataset(client: httpx.Client, anonymous: httpx.Client) -> None:
    assert client.get("/api/tasks/task_12345").json()["result"] == {"type": "CREATE_DATASET", "datasetId": "ds_12345"}
    assert client.get("/v1/campaigns/camp_12345").status_code == 200
    redirected = client.get("/v1/datasets/ds_9d538f5/download")
    assert redirected.status_code == 307
    assert redirected.json() == {"error": "Redirect"}
    assert anonymous.get(redirected.headers["location"]).text.startswith("well,signal,control\n")
    assert anonymous.get(client.get("/v1/datasets/ds_12345/download").json()).status_code == 200


# -- the presigned POST form -----------------------------------------------------------------------------------------


def test_the_presigned_form_checks_its_signature_key_expiry_and_credentials(
    server: MockServer, client: httpx.Client, anonymous: httpx.Client
) -> None:
    form = client.get("/api/storage/url/upload", params={"filename": "a.csv"}).json()["presignedResponse"]
    url, fields = form["url"], form["fields"]
    file = {"file": ("a.csv", b"a\n1\n")}
    assert client.post(url, data={"key": fields["key"]}, files=file).status_code == 403  # the API key is no policy
    for name, value in (("key", "staged/other/a.csv"), ("x-amz-signature", "0" * 64), ("policy", "e30=")):
        changed = anonymous.post(url, data={**fields, name: value}, files=file)
        assert changed.status_code == 403, name
    assert anonymous.post(url, data=fields).status_code == 400  # no file
    assert anonymous.post(url, data={k: v for k, v in fields.items() if k != "policy"}, files=file).status_code == 403
    server.objects.now = lambda: time.time() + 7200  # past the form's expiry
    expired = anonymous.post(url, data=fields, files=file)
    assert (expired.status_code, "Policy expired" in expired.text) == (403, True)
    server.objects.now = time.time
    assert anonymous.post(url, data=fields, files=file).status_code == 204
    assert server.objects.get(fields["key"]).content == b"a\n1\n"  # type: ignore[union-attr]
    # the policy alone authorizes the form: a key sent along (the official client's custom headers) is ignored
    assert client.post(url, data=fields, files={"file": ("a.csv", b"b\n2\n")}).status_code == 204
