"""The Ion Torrent mock behaves like a Torrent Server (TS 5.18 on Tastypie 0.11.1): envelope and pages, filters,
ordering, credentials, error bodies, plans, detail-only fields, the composite "Data page" resource and the
framework's own documents. In-process, every response checked against the spec."""

from __future__ import annotations

import base64
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import labmock
from labmock import MockConfig, MockServer

API = "iontorrent"
CONFIG = MockConfig(validate_responses=True)

USER, KEY = "ionadmin", "efb7a14021732d773a4258b69d9452042a31a6b6"
BASE = "/rundb/api/v1"
PLAN = {"planName": "My plan", "chipType": "520", "templatingKitName": "Ion 520/530 Kit-OT2", "sample": "s1"}


def names(response: httpx.Response, field: str = "name") -> list[Any]:
    assert response.status_code == 200, response.text
    return [obj[field] for obj in response.json()["objects"]]


# -- envelope and pages -----------------------------------------------------------------------------------------


def test_the_list_envelope_and_relative_page_links(client: httpx.Client) -> None:
    first = client.get("/chip/", params={"isActive": "true", "limit": 5})
    body = first.json()
    assert list(body) == ["meta", "objects"]
    assert list(body["meta"]) == ["limit", "next", "offset", "previous", "total_count"]
    active = sum(1 for c in client.get("/chip/", params={"limit": 0}).json()["objects"] if c["isActive"])
    assert body["meta"]["total_count"] == active  # counted after filtering
    nxt = body["meta"]["next"]
    assert nxt.startswith(f"{BASE}/chip/?")  # relative: path and query
    assert parse_qs(urlsplit(nxt).query) == {"isActive": ["true"], "limit": ["5"], "offset": ["5"]}
    second = client.get(nxt.removeprefix(BASE)).json()
    assert (second["meta"]["offset"], second["meta"]["previous"]) == (5, f"{BASE}/chip/?isActive=true&limit=5&offset=0")
    assert not {c["id"] for c in body["objects"]} & {c["id"] for c in second["objects"]}


@pytest.mark.parametrize(("limit", "shown"), [(None, 20), ("0", 1000), ("5000", 1000), ("7", 7)])
def test_default_and_capped_limits(client: httpx.Client, limit: str | None, shown: int) -> None:
    params = {"limit": limit} if limit is not None else {}
    meta = client.get("/chip/", params=params).json()["meta"]
    assert meta["limit"] == shown


@pytest.mark.parametrize("params", [{"limit": "abc"}, {"limit": "-1"}, {"offset": "-3"}, {"offset": "x"}])
def test_bad_limits_and_offsets_are_a_400_error_body(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/results/", params=params)
    assert response.status_code == 400
    assert set(response.json()) == {"error"}
    assert next(iter(params)) in response.json()["error"]


# -- filters and ordering ---------------------------------------------------------------------------------------


def test_filters(client: httpx.Client) -> None:
    assert names(client.get("/chip/", params={"name__startswith": "31"})) == ["314", "316", "318", "318v2", "316v2"]
    assert names(client.get("/chip/", params={"name__istartswith": "p2."})) == ["P2.3.1", "P2.2.1", "P2.1.1", "P2.0.1"]
    assert names(client.get("/chip/", params={"name__in": "314,520"})) == ["520", "314"]
    assert names(client.get("/chip/", params=[("name__in", "314"), ("name__in", "540")])) == ["540", "314"]
    assert names(client.get("/chip/", params={"id__in": "1,2"})) == ["318v2", "316v2"]
    assert names(client.get("/chip/", params={"slots__gte": 4, "isActive": "true"})) == ["GX7", "GX5v2", "550"]
    assert names(client.get("/chip/", params={"description": "PI", "name__contains": "1.1"})) == ["P1.1.17", "P1.1.16"]
    assert names(client.get("/libmetrics/", params={"report": 3}), "totalNumReads") == [94_012_345]
    run_91 = names(client.get("/results/", params={"experiment": 91}), "resultsName")
    assert run_91 == ["Auto_S5-540_WholeTranscriptomeRNA_91"]
    recent = names(client.get("/results/", params={"timeStamp__gte": "2024-05-19"}), "resultsName")
    assert sorted(recent) == ["Reanalyze", "S5-530_cfDNA", "S5-540_AmpliSeqExome"]
    assert names(client.get("/chip/", params={"foo": "bar", "name": "314"})) == ["314"]  # unknown ones are ignored


def test_ordering(client: httpx.Client) -> None:
    ids = [c["id"] for c in client.get("/chip/", params={"limit": 0}).json()["objects"]]
    assert ids == sorted(ids, reverse=True)  # newest id first by default
    ascending = names(client.get("/chip/", params={"order_by": "name", "name__startswith": "31"}))
    assert ascending == ["314", "316", "316v2", "318", "318v2"]
    several = client.get("/chip/", params=[("order_by", "-isActive"), ("order_by", "name"), ("name__startswith", "31")])
    assert names(several) == ["314", "316", "318", "316v2", "318v2"]
    runs = client.get("/compositeexperiment/", params={"limit": 0}).json()["objects"]
    dates = [r["resultDate"] for r in runs]
    assert dates == sorted(dates, reverse=True)  # newest result first
    bad = client.get("/chip/", params={"order_by": "colour"})
    assert bad.status_code == 400
    assert "order_by" in bad.json()["error"]


# -- credentials and errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "params"),
    [
        ({"Authorization": f"ApiKey {USER}:{KEY}"}, {}),
        ({"Authorization": f"apikey {USER}:{KEY}"}, {}),
        ({}, {"username": USER, "api_key": KEY}),
        ({"Authorization": "Basic " + base64.b64encode(f"{USER}:{KEY}".encode()).decode()}, {}),
    ],
)
def test_the_three_credential_forms(anonymous: httpx.Client, headers: dict[str, str], params: dict[str, str]) -> None:
    assert anonymous.get("/chip/1/", headers=headers, params=params).status_code == 200


@pytest.mark.parametrize(
    ("headers", "params"),
    [
        ({}, {}),
        ({"Authorization": f"ApiKey {USER}:{'0' * 40}"}, {}),
        ({"Authorization": f"ApiKey someone:{KEY}"}, {}),
        ({"Authorization": f"Bearer {KEY}"}, {}),
        ({}, {"username": USER}),
        ({}, {"api_key": f"{USER}:{KEY}"}),  # one part of the query pair is no requirement of its own
        ({}, {"username": USER, "api_key": "0" * 40}),
        ({"Authorization": "Basic %%%"}, {}),
    ],
)
def test_no_valid_credential_is_an_empty_401_with_a_challenge(
    anonymous: httpx.Client, headers: dict[str, str], params: dict[str, str]
) -> None:
    response = anonymous.get("/chip/1/", headers=headers, params=params)
    assert response.status_code == 401
    assert response.content == b""
    assert response.headers["www-authenticate"] == 'Basic Realm="Torrent Suite"'


def test_the_resource_index_needs_no_credential(anonymous: httpx.Client) -> None:
    index = anonymous.get("/").json()
    assert index["chip"] == {"list_endpoint": f"{BASE}/chip/", "schema": f"{BASE}/chip/schema/"}
    assert sorted(index) == [
        "chip",
        "compositeexperiment",
        "compositeresult",
        "experiment",
        "libmetrics",
        "plannedexperiment",
        "results",
    ]


def test_not_found_and_not_allowed_are_empty(client: httpx.Client) -> None:
    missing = client.get("/results/999/")
    assert (missing.status_code, missing.content) == (404, b"")
    no_post = client.post("/experiment/", json={})
    assert (no_post.status_code, no_post.content) == (405, b"")
    assert "GET" in no_post.headers["allow"]
    assert client.get("/nothing/here/").status_code == 404


def test_a_new_key_replaces_the_demo_one() -> None:
    server = labmock.create("iontorrent", MockConfig(key="alice:0123456789abcdef"))
    with server.client() as client:
        assert client.headers["authorization"] == "ApiKey alice:0123456789abcdef"
        made = client.post("/plannedexperiment/", json=PLAN).json()
        assert made["username"] == "alice"
    with server.client(authenticated=False) as anonymous:
        assert anonymous.get("/chip/", headers={"Authorization": f"ApiKey {USER}:{KEY}"}).status_code == 401
    with pytest.raises(labmock.LabmockError, match="user:key"):
        labmock.create("iontorrent", MockConfig(key="no-user-here"))


# -- plans ------------------------------------------------------------------------------------------------------


def test_creating_a_plan(server: MockServer, client: httpx.Client) -> None:
    response = client.post("/plannedexperiment/", json=PLAN)
    assert response.status_code == 201
    plan = response.json()
    assert response.headers["location"] == f"http://iontorrent.labmock{BASE}/plannedexperiment/{plan['id']}/"
    assert (plan["planName"], plan["planDisplayedName"]) == ("My_plan", "My plan")
    assert re.fullmatch(r"[A-Z0-9]{5}", plan["planShortID"])
    assert re.fullmatch(r"[0-9a-f-]{36}", plan["planGUID"])
    assert (plan["planStatus"], plan["runType"], plan["origin"], plan["username"]) == ("planned", "GENS", "api", USER)
    assert names(client.get("/plannedexperiment/", params={"limit": 1}), "id") == [plan["id"]]
    run = client.get(plan["experiment"].removeprefix(BASE)).json()
    assert (run["status"], run["expName"], run["plan"]) == ("planned", plan["planGUID"], plan["resource_uri"])
    assert run["id"] in names(client.get("/experiment/", params={"status": "planned"}), "id")
    assert run["id"] not in names(client.get("/compositeexperiment/", params={"limit": 0}), "id")


def test_plan_validation_is_field_by_field(client: httpx.Client) -> None:
    response = client.post("/plannedexperiment/", json={"sample": "s", "notes": "x"})
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "planName": [" planName is required. "],
            "chipType": [" chipType is required. "],
            "templatingKitName": [" templatingKitName is required. "],
        }
    }
    bad_name = client.post("/plannedexperiment/", json={**PLAN, "planName": "x" * 61, "sample": ""}).json()["error"]
    assert bad_name["planName"] == [" planName should be at most 60 characters long. "]
    assert isinstance(bad_name["sample"], str)  # TS sends one string for sample
    no_sample = {k: v for k, v in PLAN.items() if k != "sample"}
    assert client.post("/plannedexperiment/", json=no_sample).json() == {
        "error": {"sample": " sample or barcodedSamples is required. "}
    }
    template = client.post("/plannedexperiment/", json={"planName": "Only a template", "isReusable": True})
    assert template.status_code == 201  # templates need no chip, kit or sample
    assert template.json()["experiment"] is None
    not_json = client.post("/plannedexperiment/", content=b"{nope", headers={"content-type": "application/json"})
    assert (not_json.status_code, list(not_json.json())) == (400, ["error"])


def test_put_patch_and_delete(client: httpx.Client) -> None:
    plan = client.post("/plannedexperiment/", json={**PLAN, "notes": "first"}).json()
    url = f"/plannedexperiment/{plan['id']}/"
    patched = client.patch(url, json={"notes": "second", "planName": "Renamed plan"})
    assert patched.status_code == 202
    assert (patched.json()["notes"], patched.json()["planName"], patched.json()["sample"]) == (
        "second",
        "Renamed_plan",
        "s1",
    )
    replaced = client.put(url, json={**PLAN, "sample": "s2"})
    assert replaced.status_code == 200
    assert (replaced.json()["notes"], replaced.json()["sample"]) == ("", "s2")  # PUT replaces: notes back to default
    assert replaced.json()["planShortID"] == plan["planShortID"]
    created = client.put("/plannedexperiment/5000/", json=PLAN)
    assert (created.status_code, created.json()["id"]) == (201, 5000)
    assert created.headers["location"].endswith(f"{BASE}/plannedexperiment/5000/")
    assert client.patch("/plannedexperiment/4999/", json={"notes": "x"}).status_code == 404
    gone = client.delete(url)
    assert (gone.status_code, gone.content) == (204, b"")
    assert client.get(url).status_code == 404
    assert client.get(plan["experiment"].removeprefix(BASE)).status_code == 404
    assert client.delete(url).status_code == 404


# -- reports and runs -------------------------------------------------------------------------------------------


def test_plugin_states_are_detail_only(client: httpx.Client) -> None:
    detail = client.get("/results/3/").json()
    assert list(detail["pluginState"]) == [
        "DataExport",
        "ERCC_Analysis",
        "sampleID",
        "coverageAnalysis",
        "AssemblerSPAdes",
        "FilterDuplicates",
        "RunTransfer",
    ]
    listed = client.get("/results/", params={"id": 3}).json()["objects"][0]
    assert "pluginState" not in listed
    with_plugins = client.get("/results/", params={"id": 3, "plugin": "true"}).json()["objects"][0]
    assert with_plugins["pluginState"] == detail["pluginState"]
    without = client.get("/results/", params={"id": 3, "plugin": "true", "noplugin": "true"}).json()["objects"][0]
    assert "pluginState" not in without
    assert client.get("/results/", params={"isThumbnail": "yes"}).json()["meta"]["total_count"] == 0


def test_report_3_and_its_libmetrics(client: httpx.Client) -> None:
    report = client.get("/results/3/").json()
    assert report["libmetrics"] == [f"{BASE}/libmetrics/3/"]
    metrics = client.get("/libmetrics/3/").json()
    assert (metrics["totalNumReads"], metrics["report"]) == (94_012_345, f"{BASE}/results/3/")
    assert report["i18nstatus"] == {"i18n": "Importing Failed", "state": "Error"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00", report["timeStamp"])


def test_composite_runs(client: httpx.Client) -> None:
    response = client.get("/compositeexperiment/", params={"limit": 3})
    assert response.headers["access-control-allow-origin"] == "*"
    runs = response.json()["objects"]
    assert [r["displayName"] for r in runs] == ["S5-530 cfDNA", "S5-540 AmpliSeqExome", "S5-540 WholeTranscriptomeRNA"]
    first = runs[0]
    assert [r["resultsName"] for r in first["results"]] == ["Reanalyze", "S5-530_cfDNA", "Auto_S5-530_cfDNA_89"]
    assert first["repResult"] == first["results"][0]["resource_uri"]
    assert first["plan"]["resource_uri"] == ""
    failed = client.get("/compositeexperiment/", params={"result_status": "Error", "limit": 0}).json()["objects"]
    assert {r["status_display"] for run in failed for r in run["results"]} == {"Error"}
    by_run = {run["displayName"]: [r["resultsName"] for r in run["results"]] for run in failed}
    assert by_run["S5-540 AmpliSeqExome"] == ["S5-540_AmpliSeqExome"]  # the embedded reports are filtered too
    assert client.get("/compositeexperiment/92/").status_code == 404  # a planned run is not a completed one
    detail = client.get("/compositeresult/3/").json()
    assert detail["libmetrics"]["id"] == 3
    (failed_import,) = client.get("/results/", params={"resultsName": "S5-540_AmpliSeqExome"}).json()["objects"]
    assert failed_import["libmetrics"] == []
    nested = client.get(f"/compositeresult/{failed_import['id']}/").json()
    assert nested["libmetrics"] is None  # an import that failed has no metrics


def test_schema_documents_come_from_the_spec(client: httpx.Client) -> None:
    schema = client.get("/results/schema/").json()
    fields = schema["fields"]
    assert fields["libmetrics"] == {
        "blank": False,
        "default": "No default provided.",
        "help_text": "Many related resources. Can be either a list of URIs or list of individually nested resource "
        "data.",
        "nullable": False,
        "readonly": False,
        "related_type": "to_many",
        "type": "related",
        "unique": False,
    }
    assert (fields["timeStamp"]["type"], fields["experiment"]["related_type"], fields["id"]["unique"]) == (
        "datetime",
        "to_one",
        True,
    )
    assert fields["diskusage"]["nullable"] is True
    assert schema["filtering"]["resultsName"] == 2
    assert "timeStamp" in schema["ordering"]
    assert schema["default_limit"] == 20
    plans = client.get("/plannedexperiment/schema/").json()
    assert plans["allowed_list_http_methods"] == ["get", "post"]
    assert plans["allowed_detail_http_methods"] == ["delete", "get", "patch", "put"]


def test_the_demo_data_is_the_same_on_every_start() -> None:
    one, other = labmock.create("iontorrent"), labmock.create("iontorrent", MockConfig(seed=7))
    with one.client() as a, other.client() as b:
        for path in ("/chip/", "/compositeexperiment/", "/plannedexperiment/"):
            assert names(a.get(path, params={"limit": 0}), "id") == names(b.get(path, params={"limit": 0}), "id")
        assert a.get("/libmetrics/3/").json()["totalNumReads"] == b.get("/libmetrics/3/").json()["totalNumReads"]
        assert a.get("/libmetrics/1/").json()["totalNumReads"] != b.get("/libmetrics/1/").json()["totalNumReads"]
