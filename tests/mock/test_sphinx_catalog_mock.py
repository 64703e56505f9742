"""The Sphinx mock's catalog, in-process: files, annotations, analyses, analysis templates, entities and dataset
schemas, served by the resource store from their ``x-resources`` declarations (the list order and date windows,
tokens bound to both, the entity union and its array-answering POST, the opaque pickle), with the API's error
envelope for what is wrong."""

from __future__ import annotations

import base64

import httpx
import pytest

from labmock import MockConfig, MockServer

API = "sphinx"
CONFIG = MockConfig(validate_responses=True)

KINDS = {  # list path -> (x-resources kind, the client's docstring example, the error's objectName)
    "/v1/files": ("file", "file_12345", "File"),
    "/v1/annotations": ("annotation", "hit_asd3b18", "Annotation"),
    "/v1/analyses": ("analysis", "nb_12345", "Analysis"),
    "/v1/analysis-templates": ("analysis-template", "nbtemp_12345", "AnalysisTemplate"),
    "/v1/entities": ("entity", "ent_12345", "Entity"),
    "/v1/dataset-schemas": ("dataset-schema", "dssch_67890", "DatasetSchema"),
}


SORTED = {"/v1/annotations", "/v1/entities"}  # newest first by default; the others in creation order


def every(client: httpx.Client, path: str, **params: str | int) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    query: dict[str, str | int] = dict(params)
    for _ in range(100):
        response = client.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["url"] == str(response.request.url)
        items += body["data"]
        if body.get("nextToken") is None:
            return items
        query = {**params, "nextToken": body["nextToken"]}
    raise AssertionError("the list never ended")


@pytest.mark.parametrize("path", list(KINDS))
def test_each_kind_has_its_example_several_pages_and_its_not_found(
    server: MockServer, client: httpx.Client, path: str
) -> None:
    kind, example, object_name = KINDS[path]
    first = client.get(path).json()
    assert len(first["data"]) == 50  # the default limit
    assert first["nextToken"]
    items = every(client, path, limit=100)
    assert len(items) > 100  # several pages at any limit
    assert [item["id"] for item in items] == list(server.store[kind].objects)[: len(items)] or path in SORTED
    assert example in {item["id"] for item in items}
    assert client.get(f"{path}/{example}").json()["id"] == example
    missing = client.get(f"{path}/{example}x")
    assert missing.status_code == 404
    assert missing.json() == {
        "error": "ObjectNotFoundError",
        "content": {"objectName": object_name, "id": f"{example}x"},
    }


@pytest.mark.parametrize("path", ["/v1/annotations", "/v1/entities"])
def test_sort_and_date_windows(client: httpx.Client, path: str) -> None:
    default = every(client, path, limit=30)
    created = [str(item["createdAt"]) for item in default]
    assert created == sorted(created, reverse=True)  # created_desc
    assert every(client, path, sort="created_asc", limit=100) == default[::-1]
    updated = [str(item["updatedAt"]) for item in every(client, path, sort="updated_asc")]
    assert updated == sorted(updated)
    pivot = created[40]
    newer = every(client, path, **{"created.gt": pivot})
    assert [item["id"] for item in newer] == [item["id"] for item in default[:40]]
    with_offset = pivot.replace("Z", "+05:30").replace(".000", "")  # the same wall clock elsewhere: 5h30 earlier
    shifted = every(client, path, **{"created.lt": with_offset})
    assert all(str(item["createdAt"]) < pivot for item in shifted)
    window = every(client, path, **{"updated.gt": "2024-03-01T00:00:00Z", "updated.lt": "2024-03-15T00:00:00Z"})
    assert window
    assert all("2024-03-01" <= str(item["updatedAt"]) < "2024-03-15" for item in window)


@pytest.mark.parametrize(
    "params",
    [{"sort": "sideways"}, {"created.gt": "last tuesday"}, {"updated.lt": "2024-13-45T99:00:00Z"}, {"limit": 0}],
)
def test_a_bad_order_or_bound_is_a_400_in_the_error_envelope(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/v1/entities", params=params)
    assert response.status_code == 400
    assert response.json()["error"] == "BadRequestError"


def test_a_token_is_bound_to_its_order_and_window(client: httpx.Client) -> None:
    page = client.get("/v1/annotations", params={"sort": "created_asc", "limit": 5}).json()
    token = page["nextToken"]
    assert (
        client.get("/v1/annotations", params={"sort": "created_asc", "limit": 5, "nextToken": token}).status_code == 200
    )
    for other in ({"sort": "created_desc"}, {"sort": "created_asc", "created.gt": "2024-01-01T00:00:00Z"}, {}):
        response = client.get("/v1/annotations", params={**other, "limit": 5, "nextToken": token})
        assert response.status_code == 404
        assert response.json()["error"] == "NotFoundError"
    assert client.get("/v1/entities", params={"sort": "created_asc", "nextToken": token}).status_code == 404


def test_post_an_entity_answers_an_array_of_the_typed_entity(server: MockServer, client: httpx.Client) -> None:
    made = client.post(
        "/v1/entities",
        json={
            "name": "BRCA1 High Expression",
            "externalId": "ext_777",
            "campaignId": "camp_10002",
            "data": {"gene": "BRCA1"},
        },
    )
    assert made.status_code == 200
    (entity,) = made.json()
    assert entity["type"] == "cell_line"
    assert (entity["isControl"], entity["creator"]["id"], entity["data"]) == (False, "user_12345", {"gene": "BRCA1"})
    assert server.store["entity"].require(entity["id"])["externalId"] == "ext_777"
    (control,) = client.post(
        "/v1/entities", json={"name": "Vehicle", "externalId": "ext_778", "campaignId": "camp_10002", "isControl": True}
    ).json()
    assert control["type"] == "control"
    typed = client.post(
        "/v1/entities",
        json={
            "name": "n",
            "externalId": "e",
            "campaignId": "camp_10002",
            "type": "chemical_molecule",
            "creator": {"id": "user_1", "email": "x"},
        },
    )
    assert (typed.json()[0]["type"], typed.json()[0]["creator"]["id"]) == ("cell_line", "user_12345")  # server's
    no_campaign = client.post("/v1/entities", json={"name": "n", "externalId": "e"})
    assert (no_campaign.status_code, no_campaign.json()["error"]) == (400, "BadRequestError")
    unknown = client.post("/v1/entities", json={"name": "n", "externalId": "e", "campaignId": "camp_404"})
    assert unknown.json() == {"error": "ObjectNotFoundError", "content": {"objectName": "Campaign", "id": "camp_404"}}
    assert client.post("/v1/entities", json={"externalId": "e", "campaignId": "camp_10002"}).status_code == 400


def test_patch_renames_an_entity_and_nothing_else(client: httpx.Client) -> None:
    before = client.get("/v1/entities/seq_12345").json()
    renamed = client.patch("/v1/entities/seq_12345", json={"name": "Anti-HER2 scFv (lead)"})
    assert renamed.status_code == 200
    after = renamed.json()
    assert after["name"] == "Anti-HER2 scFv (lead)"
    assert {k: v for k, v in after.items() if k not in ("name", "updatedAt")} == {
        k: v for k, v in before.items() if k not in ("name", "updatedAt")
    }
    assert after["updatedAt"] > before["updatedAt"]
    assert client.patch("/v1/entities/seq_12345", json={"type": "dna_sequence"}).status_code == 400
    assert client.patch("/v1/entities/seq_00404", json={"name": "x"}).json()["content"]["objectName"] == "Entity"


def test_dataset_schemas_store_the_pickle_as_text(server: MockServer, client: httpx.Client) -> None:
    pickled = base64.b64encode(b"\x80\x05\x95 cloudpickle bytes nobody opens").decode()
    made = client.post("/v1/dataset-schemas", json={"className": "PlateReading", "cloudPickle": pickled})
    assert made.status_code == 200
    assert set(made.json()) == {"id", "name"}
    assert made.json()["name"] == "PlateReading"
    assert server.store["dataset-schema"].require(made.json()["id"])["cloudPickle"] == pickled
    bad = client.post("/v1/dataset-schemas", json={"className": "X", "cloudPickle": "not base64 at all!"})
    assert (bad.status_code, bad.json()["error"]) == (400, "BadRequestError")
    assert client.post("/v1/dataset-schemas", json={"className": "X"}).status_code == 400


def test_templates_come_from_an_analysis(server: MockServer, client: httpx.Client) -> None:
    made = client.post("/v1/analysis-templates", json={"name": "Hit calling (mine)", "analysisId": "nb_12345"})
    assert made.status_code == 200
    assert made.json()["creator"]["id"] == "user_12345"
    assert "analysisId" not in made.json()
    assert server.store["analysis-template"].require(made.json()["id"])["analysisId"] == "nb_12345"
    orphan = client.post("/v1/analysis-templates", json={"name": "x", "analysisId": "nb_404"})
    assert orphan.json()["content"] == {"objectName": "Analysis", "id": "nb_404"}


def test_files_download_as_signed_urls_of_their_content(client: httpx.Client) -> None:
    url = client.get("/v1/files/file_12345/download").json()["signedUrl"]
    with httpx.Client(transport=client._transport) as anonymous:  # no credential: the signature is the authority
        fetched = anonymous.get(url)
    assert fetched.status_code == 200
    assert fetched.headers["content-type"].startswith("text/csv")
    assert fetched.content.startswith(b"well,signal\n")
    assert "results.csv" in fetched.headers["content-disposition"]
    assert client.get("/v1/files/file_12345/download").json()["signedUrl"].split("?")[0] == url.split("?")[0]
    missing = client.post("/v1/files", json={"name": "x.csv", "stagedUploadPath": "uploads/nothing/x.csv"})
    assert missing.status_code == 400
    assert missing.json()["error"] == "InvalidStagedFileError"
    assert "uploads/nothing/x.csv" in missing.json()["content"]["message"]


def test_a_file_in_external_storage_downloads_by_redirect(client: httpx.Client) -> None:
    redirected = client.get("/v1/files/file_121gb31/download")
    assert redirected.status_code == 307
    assert redirected.json() == {"error": "Redirect"}  # what the official client raises Redirect on
    with httpx.Client(transport=client._transport) as anonymous:
        followed = anonymous.get(redirected.headers["location"])
    assert followed.status_code == 200
    assert followed.content.startswith(b"%PDF-")
    assert "qc_report_047.pdf" in followed.headers["content-disposition"]
    assert client.get("/v1/files/file_12345/download").status_code == 200  # the others answer the signed URL


def test_a_token_keeps_its_place_when_objects_are_made_meanwhile(client: httpx.Client) -> None:
    first = client.get("/v1/entities", params={"limit": 10}).json()  # newest first
    made = client.post("/v1/entities", json={"name": "n", "externalId": "e", "campaignId": "camp_10001"}).json()[0]
    second = client.get("/v1/entities", params={"limit": 10, "nextToken": first["nextToken"]}).json()
    now = [item["id"] for item in every(client, "/v1/entities", limit=100)]
    assert now[0] == made["id"]  # the new one went before the first page
    seen = [item["id"] for item in first["data"] + second["data"]]
    assert seen == now[1:21]  # no item twice, none skipped
    client.patch(f"/v1/entities/{seen[9]}", json={"name": "renamed"})  # the order is by creation: it stays
    assert client.get("/v1/entities", params={"limit": 10, "nextToken": first["nextToken"]}).json() == second
