"""labmock's engines on the widgets fixture API (``fixtures/widgets.yaml``), one declaration at a time: the resource
store (``x-resources``), the four ``x-pagination`` styles with ``echo``, ``total-field``, ``limit-zero`` and bound
next-tokens, ``x-long-running``, ``x-signed-url``, ``x-signed-redirect`` and the ``x-errors`` code-field."""

from __future__ import annotations

import base64
import copy
import dataclasses
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_spec_validator import validate

import labspecs
from labmock import LabmockError, MockConfig, MockServer
from labmock.core import Record, ResourceStore

from .widgets_service import DEMO_KEY, FIXTURES, SERVICE, SPEC, WidgetsState

API = SERVICE
CONFIG = MockConfig(validate_responses=True, job_polls=2)

ISO_MS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def _document() -> dict[str, Any]:
    return copy.deepcopy(dict(SPEC.document))


def test_the_fixture_spec_is_valid_openapi_and_declares_everything() -> None:
    validate(_document())
    assert set(SPEC.resources) == {"widget", "part", "shelf", "gizmo"}
    assert {op.pagination.style for op in SPEC.operations.values() if op.pagination} == {
        "cursor",
        "next-token",
        "offset",
        "next-url",
    }
    assert [op.operation_id for op in SPEC.signed_redirects] == ["downloadManual"]
    assert SPEC.operation("downloadManual").signed_redirect == labspecs.SignedRedirect("text/plain", "manual.txt", 307)
    assert SPEC.operation("getBuild").long_running is not None
    assert SPEC.errors == labspecs.ErrorShape("Error", "message", "code")
    assert SPEC.operation("listParts").resource == ("part", "list")
    assert SPEC.operation("startBuild").resource is None


# -- the resource store: create, read, list, replace, update, delete ---------------------------------------------


def test_create_fills_the_id_timestamps_and_defaults(client: httpx.Client) -> None:
    created = client.post("/widgets", json={"name": "Flask"})
    assert created.status_code == 201  # the operation's declared success status
    widget = created.json()
    assert (widget["id"], widget["color"], widget["partCount"]) == ("wd_0006", "grey", 0)  # next id after wd_0005
    assert ISO_MS.fullmatch(widget["createdAt"])
    assert widget["updatedAt"] == widget["createdAt"]
    assert client.get("/widgets/wd_0006").json() == widget
    assert client.post("/widgets", json={"name": "Gear", "color": "red"}).json()["id"] == "wd_0007"


def test_server_fields_are_rejected_and_internal_fields_never_read_or_served(
    server: MockServer, client: httpx.Client
) -> None:
    rejected = client.post("/widgets", json={"name": "Hook", "partCount": 3})
    assert rejected.status_code == 400
    assert rejected.json() == {"message": "partCount: set by the server, not in a request"}
    created = client.post("/widgets", json={"name": "Hook", "secret": "mine"}).json()
    assert "secret" not in created
    assert "secret" not in server.store["widget"].require(created["id"])  # ignored on input
    assert server.store["widget"].require("wd_0001")["secret"] == "s-1"  # stored from the fixture
    assert "secret" not in client.get("/widgets/wd_0001").json()


def test_unique_fields_are_409_and_unknown_ids_404_in_the_declared_shape(client: httpx.Client) -> None:
    duplicate = client.post("/widgets", json={"name": "Anvil"})
    assert duplicate.status_code == 409
    assert duplicate.json() == {"message": "A widget named 'Anvil' exists", "code": "W409"}
    missing = client.get("/widgets/wd_9999")
    assert (missing.status_code, missing.json()) == (404, {"message": "No widget 'wd_9999'", "code": "W404"})
    assert client.patch("/widgets/wd_0002", json={"name": "Anvil"}).status_code == 409
    assert client.patch("/widgets/wd_0001", json={"name": "Anvil"}).status_code == 200  # itself is no duplicate


def test_replace_keeps_server_fields_and_update_merges(client: httpx.Client) -> None:
    before = client.get("/widgets/wd_0001").json()
    assert before["size"] == 3
    replaced = client.put("/widgets/wd_0001", json={"name": "Anvil II"}).json()
    assert (replaced["id"], replaced["createdAt"], replaced["name"]) == ("wd_0001", before["createdAt"], "Anvil II")
    assert "size" not in replaced  # PUT replaces the client fields
    assert replaced["color"] == "grey"  # ... and the declared defaults apply again
    assert replaced["updatedAt"] > before["updatedAt"]
    updated = client.patch("/widgets/wd_0001", json={"size": 9}).json()
    assert (updated["name"], updated["size"], updated["color"]) == ("Anvil II", 9, "grey")  # PATCH merges
    assert client.put("/widgets/nope", json={"name": "x"}).json()["code"] == "W404"


def test_delete_and_a_before_hook(client: httpx.Client) -> None:
    blocked = client.delete("/widgets/wd_0001")  # the service's before hook: it still has parts
    assert (blocked.status_code, blocked.json()["code"]) == (409, "W409-parts")
    gone = client.delete("/widgets/wd_0005")
    assert (gone.status_code, gone.content) == (204, b"")
    assert client.get("/widgets/wd_0005").status_code == 404
    assert client.delete("/widgets/wd_0005").status_code == 404


def test_a_prepare_hook_can_refuse_a_write(client: httpx.Client) -> None:
    refused = client.patch("/widgets/wd_0002", json={"size": -1})
    assert (refused.status_code, refused.json()) == (400, {"message": "size must be >= 0", "code": "W400"})
    assert "size" not in client.get("/widgets/wd_0002").json()  # nothing was stored


def test_list_filters_order_and_echo(client: httpx.Client) -> None:
    everything = client.get("/widgets", params={"limit": 10}).json()
    assert [w["name"] for w in everything["data"]] == ["Anvil", "Bolt", "Cog", "Dial", "Easel"]  # order: name
    assert everything["url"] == "http://widgets.labmock/api/widgets?limit=10"  # echo: the request's URL
    reds = client.get("/widgets", params={"color": "red"}).json()
    assert [w["id"] for w in reds["data"]] == ["wd_0004", "wd_0003"]
    assert list(reds) == ["data", "url"]  # no token on the last page; keys in the schema's order


# -- parents ----------------------------------------------------------------------------------------------------


def test_a_parent_from_the_path_scopes_lists_reads_and_creates(client: httpx.Client) -> None:
    page = client.get("/widgets/wd_0001/parts", params={"Limit": 2}).json()
    assert page == {
        "Items": [
            {"id": "pt_wd_0001_1", "label": "handle", "widgetId": "wd_0001"},
            {"id": "pt_wd_0001_2", "label": "face", "widgetId": "wd_0001"},
        ],
        "DisplayedCount": 2,
        "TotalCount": 3,
        "Offset": 0,
        "Limit": 2,
        "SortBy": "Id",  # echoed from the parameter's declared default
    }
    last = client.get("/widgets/wd_0001/parts", params={"Limit": 2, "Offset": 2, "SortBy": "Label"}).json()
    assert (last["DisplayedCount"], last["Offset"], last["SortBy"]) == (1, 2, "Label")
    assert client.get("/widgets/nope/parts").json() == {"message": "No widget 'nope'", "code": "W404"}
    made = client.post("/widgets/wd_0002/parts", json={"label": "handle"})  # unique per parent: wd_0001 has one
    assert made.json() == {"id": "pt_wd_0002_2", "label": "handle", "widgetId": "wd_0002"}  # the id hook
    again = client.post("/widgets/wd_0002/parts", json={"label": "handle"})
    assert (again.status_code, again.json()["message"]) == (409, "Part with label 'handle' already exists")
    assert client.post("/widgets/nope/parts", json={"label": "x"}).status_code == 404
    assert client.get("/widgets/wd_0002/parts/pt_wd_0002_2").status_code == 200
    assert client.get("/widgets/wd_0001/parts/pt_wd_0002_2").status_code == 404  # not under that widget


def test_a_tree_from_the_query_with_a_root_and_required_parent_fields(client: httpx.Client) -> None:
    root = client.get("/shelf").json()
    assert ([i["id"] for i in root["results"]], root["count"]) == (["sh_01", "sh_02", "sh_06"], 3)
    assert all("parent" not in item for item in root["results"])  # internal
    following = client.get("/shelf", params={"after": "sh_06"}).json()
    assert [i["id"] for i in following["results"]] == ["sh_07"]
    assert [i["id"] for i in client.get("/shelf", params={"shelfId": "sh_01"}).json()["results"]] == ["sh_03", "sh_04"]
    thing = client.get("/shelf", params={"shelfId": "sh_02"})  # a thing, not a box
    assert (thing.status_code, thing.json()) == (404, {"message": "Shelf item 'sh_02' not found"})
    assert client.get("/shelf", params={"after": "nope"}).status_code == 404


# -- paging: next-url with limit-zero, next-token bound to its list ---------------------------------------------


def test_next_url_with_limit_zero_and_the_tastypie_envelope(client: httpx.Client) -> None:
    first = client.get("/gizmos/", params={"limit": 0}).json()  # limit-zero: max (3)
    assert list(first) == ["meta", "objects"]
    assert first["meta"] == {
        "limit": 3,
        "next": "/api/gizmos/?limit=3&offset=3",
        "offset": 0,
        "previous": None,
        "total_count": 5,
    }
    assert list(first["meta"]) == ["limit", "next", "offset", "previous", "total_count"]
    second = client.get("/gizmos/?limit=3&offset=3").json()
    assert [g["id"] for g in second["objects"]] == [4, 5]  # serial ids stay integers
    assert (second["meta"]["next"], second["meta"]["previous"]) == (None, "/api/gizmos/?limit=3&offset=0")
    assert client.get("/gizmos/3/").json() == {"id": 3, "name": "g3", "resource_uri": "/api/gizmos/3/"}  # after hook


def test_next_tokens_are_bound_to_the_list_and_its_filters(client: httpx.Client) -> None:
    first = client.get("/widgets", params={"limit": 1}).json()
    token = first["nextToken"]
    assert client.get("/widgets", params={"limit": 1, "nextToken": token}).json()["data"][0]["name"] == "Bolt"
    other_filters = client.get("/widgets", params={"limit": 1, "nextToken": token, "color": "red"})
    assert (other_filters.status_code, other_filters.json()["message"].split(":")[0]) == (
        404,
        f"Unknown nextToken {token!r}",
    )
    red = client.get("/widgets", params={"limit": 1, "color": "red"}).json()["nextToken"]
    assert client.get("/widgets", params={"limit": 1, "nextToken": red}).status_code == 404
    forged = base64.urlsafe_b64encode(b"labmock:1").decode()
    assert client.get("/widgets", params={"nextToken": forged}).status_code == 404
    assert token not in (red, forged)


def _sorted_widgets() -> MockServer:
    """The widgets API with a client-chosen order (``sort``) and date-time ranges on its list."""
    document = _document()
    listing = document["paths"]["/widgets"]["get"]
    listing["parameters"] += [
        {"name": "sort", "in": "query", "schema": {"type": "string"}},
        *({"name": p, "in": "query", "schema": {"type": "string"}} for p in ("created.gt", "updated.lte")),
    ]
    document["x-resources"]["widget"]["sort"] = {
        "param": "sort",
        "default": "newest",
        "orders": {"newest": "-createdAt", "oldest": "createdAt", "touched": "-updatedAt"},
    }
    document["x-resources"]["widget"]["ranges"] = {
        "created.gt": {"field": "createdAt", "op": "gt"},
        "updated.lte": {"field": "updatedAt", "op": "lte"},
    }
    return MockServer(dataclasses.replace(SERVICE, spec=labspecs.parse("widgets", document)))


def test_a_list_sorts_as_the_client_asks_and_filters_ranges() -> None:
    with _sorted_widgets().client() as client:

        def ids(**params: Any) -> list[str]:
            found: list[str] = []
            token = None
            while True:
                page = client.get("/widgets", params={**params, **({"nextToken": token} if token else {})})
                assert page.status_code == 200, page.text
                found += [w["id"] for w in page.json()["data"]]
                token = page.json().get("nextToken")
                if not token:
                    return found

        assert ids() == ["wd_0005", "wd_0004", "wd_0003", "wd_0002", "wd_0001"]  # the default order, over pages
        assert ids(sort="oldest") == ["wd_0001", "wd_0002", "wd_0003", "wd_0004", "wd_0005"]
        assert ids(sort="touched") == ["wd_0001", "wd_0005", "wd_0004", "wd_0003", "wd_0002"]  # wd_0001 edited last
        # instants, not text: an offset and another precision name the same moments
        assert ids(**{"created.gt": "2024-01-01T12:30:00+02:00"}) == ["wd_0005", "wd_0004", "wd_0003"]  # 10:30Z
        assert ids(**{"created.gt": "2024-01-01T11:00:00Z", "sort": "oldest"}) == ["wd_0004", "wd_0005"]
        assert ids(**{"updated.lte": "2024-01-01T11:00:00.000000Z", "sort": "oldest"}) == ["wd_0002", "wd_0003"]
        bad = client.get("/widgets", params={"sort": "sideways"})
        assert bad.status_code == 400
        assert "newest, oldest, touched" in bad.json()["message"]
        assert client.get("/widgets", params={"created.gt": "yesterday"}).status_code == 400
        first = client.get("/widgets", params={"sort": "oldest"}).json()
        other_order = client.get("/widgets", params={"sort": "newest", "nextToken": first["nextToken"]})
        assert other_order.status_code == 404  # a token is bound to its order too


def test_sort_and_ranges_are_checked_against_the_document() -> None:
    document = _document()
    document["x-resources"]["widget"]["sort"] = {"param": "order", "orders": {"a": "name"}}
    with pytest.raises(labspecs.SpecError, match="sort param names 'order', not a parameter of listWidgets"):
        labspecs.parse("widgets", document)
    document["x-resources"]["widget"]["sort"] = {"param": "color", "orders": {"a": "weight"}}
    with pytest.raises(labspecs.SpecError, match=r"sort orders \['weight'\] not properties of Widget"):
        labspecs.parse("widgets", document)
    del document["x-resources"]["widget"]["sort"]
    document["x-resources"]["widget"]["ranges"] = {"color": {"field": "createdAt", "op": "after"}}
    with pytest.raises(labspecs.SpecError, match="op must be one of gt, gte, lt, lte"):
        labspecs.parse("widgets", document)


def test_token_error_may_be_declared_400() -> None:
    document = _document()
    document["paths"]["/widgets"]["get"]["x-pagination"]["token-error"] = 400
    spec = labspecs.parse("widgets", document)
    with MockServer(dataclasses.replace(SERVICE, spec=spec)).client() as client:
        response = client.get("/widgets", params={"nextToken": "made-up"})
    assert (response.status_code, response.json()["message"].split(" ")[0]) == (400, "Unknown")


def test_a_limit_below_one_is_400_without_limit_zero(client: httpx.Client) -> None:
    document = _document()
    del document["paths"]["/gizmos/"]["get"]["x-pagination"]["limit-zero"]
    spec = labspecs.parse("widgets", document)
    with MockServer(dataclasses.replace(SERVICE, spec=spec)).client() as strict:
        assert strict.get("/gizmos/", params={"limit": 0}).status_code == 400
    assert client.get("/gizmos/", params={"limit": 0}).status_code == 200


# -- jobs, signed URLs, signed redirects --------------------------------------------------------------------------


def test_a_job_walks_its_lifecycle_and_signs_its_result(server: MockServer, client: httpx.Client) -> None:
    started = client.post("/widgets/wd_0001/builds").json()
    assert started == {"id": "bd_001", "progress": 0, "state": "QUEUED"}
    assert client.get("/builds/bd_001").json()["state"] == "BUILDING"
    done = client.get("/builds/bd_001").json()
    assert (done["state"], done["progress"]) == ("DONE", 100)
    with server.client(authenticated=False) as anonymous:
        artifact = anonymous.get(done["artifactUrl"])
    assert (artifact.status_code, artifact.content) == (200, b"\x00" * 64)
    assert client.get(done["artifactUrl"]).status_code == 400  # never with the API key


def test_a_failing_job_ends_in_the_first_declared_failure_state(client: httpx.Client) -> None:
    client.post("/widgets/wd_0003/builds")
    views = [client.get("/builds/bd_001").json() for _ in range(2)]
    assert views[-1] == {"id": "bd_001", "progress": 50, "state": "BROKEN", "reason": "the widget is broken"}
    assert client.get("/builds/bd_404").json() == {"message": "No build 'bd_404'", "code": "B404"}


def test_a_signed_redirect_points_at_the_object_store(server: MockServer, client: httpx.Client) -> None:
    redirect = client.get("/widgets/wd_0002/manual")
    assert redirect.status_code == 307
    location = redirect.headers["location"]
    assert location.startswith("http://widgets.labmock/api/_labmock/objects/manuals/wd_0002/manual.txt?expires=")
    with server.client(authenticated=False) as anonymous:
        manual = anonymous.get(location)
    assert (manual.text, manual.headers["content-type"]) == ("How to use Bolt\n", "text/plain")
    assert 'filename="manual.txt"' in manual.headers["content-disposition"]
    assert client.get(location).status_code == 400  # the redirect is followed without credentials, or refused
    assert client.get("/widgets/nope/manual").status_code == 404


# -- fixtures, state, start-up checks -----------------------------------------------------------------------------


def test_every_server_rebuilds_its_state_from_the_fixture(server: MockServer, client: httpx.Client) -> None:
    client.post("/widgets", json={"name": "Flask"})
    client.delete("/widgets/wd_0005")
    fresh = MockServer(SERVICE)
    assert list(fresh.store["widget"]) == ["wd_0001", "wd_0002", "wd_0003", "wd_0004", "wd_0005"]
    assert fresh.store["widget"].counter == 6
    fixture = yaml.safe_load((FIXTURES / "widgets-data.yaml").read_text(encoding="utf-8"))
    assert fresh.store.dump() == fixture  # the dump is the fixture format
    assert isinstance(fresh.store["widget"].require("wd_0001"), Record)
    assert fresh.store["widget"].require("wd_0001").name == "Anvil"
    assert isinstance(fresh.state, WidgetsState)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("sprocket: [{id: x}]", "'sprocket' is not an x-resources kind"),
        ("widget: [{name: Anvil}]", "widget[0] has no 'id'"),
        ("widget: [{id: wd_0001, name: 7, color: red}]", "does not conform"),
        ("widget: [{id: wd_0001, name: A, color: red, createdAt: 2024-01-01T00:00:00Z}]", "quote dates"),
        ("widget: {id: wd_0001}", "must be a list of objects"),
        ("- just a list", "a mapping of x-resources kinds"),
    ],
)
def test_a_malformed_fixture_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LabmockError, match=re.escape(message)):
        MockServer(dataclasses.replace(SERVICE, fixtures=path))


def test_start_up_checks_the_hooks_against_the_declarations() -> None:
    hooks = dataclasses.replace(SERVICE.hooks, render={**SERVICE.hooks.render, "sprocket": lambda s, c, r: r})
    with pytest.raises(LabmockError, match="sprocket"):
        MockServer(dataclasses.replace(SERVICE, hooks=hooks))
    hooks = dataclasses.replace(SERVICE.hooks, before={"startBuild": lambda s, c: None})
    with pytest.raises(LabmockError, match="startBuild"):  # not a store-served operation
        MockServer(dataclasses.replace(SERVICE, hooks=hooks))
    with pytest.raises(LabmockError, match="part-number"):
        ResourceStore(SPEC)  # the spec names an id hook the service must provide
    handlers = {k: v for k, v in SERVICE.handlers.items() if k != "getBuild"}
    with pytest.raises(LabmockError, match="getBuild"):
        MockServer(dataclasses.replace(SERVICE, handlers=handlers))


def test_a_handler_replaces_the_store_for_one_operation(client: httpx.Client, server: MockServer) -> None:
    from labmock.core import Call, MockResponse, json_response

    def custom(state: WidgetsState, call: Call) -> MockResponse:
        stamp = "2024-01-01T00:00:00.000Z"
        body = {"id": call.path["id"], "name": "custom", "color": "no", "createdAt": stamp, "updatedAt": stamp}
        return json_response(body)

    replaced = MockServer(dataclasses.replace(SERVICE, handlers={**SERVICE.handlers, "getWidget": custom}))
    with replaced.client() as other:
        assert other.get("/widgets/wd_0001").json()["name"] == "custom"
    assert client.get("/widgets/wd_0001").json()["name"] == "Anvil"
    assert server.credential() == ("X-Widget-Key", DEMO_KEY)


@pytest.mark.parametrize(
    ("id_format", "pattern"), [("wd-{uuid}", r"wd-[0-9a-f-]{36}"), ("{n:06x}", r"0000(0[6-9a-f])"), ("serial", "6")]
)
def test_id_formats(id_format: str, pattern: str) -> None:
    document = _document()
    document["x-resources"]["widget"]["id"] = {"format": id_format}
    spec = labspecs.parse("widgets", document)
    store = ResourceStore(spec, SERVICE.hooks.ids)
    store.load({"widget": [{"id": 5 if id_format == "serial" else "000005", "name": "Old", "color": "red"}]})
    made = store["widget"].create({"name": "New"})
    assert re.fullmatch(pattern, str(made["id"])), made
    assert made["color"] == "grey"  # the declared default
    assert ISO_MS.fullmatch(made["createdAt"])
