"""labsdk.iontorrent against a scripted Torrent Server (httpx.MockTransport): typed filters on the wire, Tastypie
pages, resource URIs, typed validation errors, and the credential policy."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Literal

import httpx
import pytest

import labspecs
from labsdk import (
    AsyncItemPaged,
    AuthenticationError,
    BadRequestError,
    ItemPaged,
    LabSDKError,
    ResponseValidationError,
)
from labsdk._fields import read_field
from labsdk.iontorrent import (
    FILTERS,
    LIST_OPTIONS,
    AsyncIonTorrent,
    Chip,
    IonTorrent,
    LibMetrics,
    PlanValidationError,
    plan,
)

from .support import FakeApi, Sleeps

Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]
KEY = "tester:S3CRET0123456789abcdef0123456789abcdef"
BASE = "http://torrent.lab:8080/rundb/api/v1"
CHIPS = "/rundb/api/v1/chip/"


def chip(pk: int) -> dict[str, object]:
    return {"id": pk, "name": str(300 + pk), "resource_uri": f"{CHIPS}{pk}/"}


def page(objects: list[dict[str, object]], *, offset: int, limit: int, total: int, query: str = "") -> dict[str, Any]:
    following = offset + limit
    nxt = f"{CHIPS}?{query}limit={limit}&offset={following}" if following < total else None
    meta = {"limit": limit, "next": nxt, "offset": offset, "previous": None, "total_count": total}
    return {"meta": meta, "objects": objects}


def chip_server(total: int) -> FakeApi:
    """A chip list of ``total`` chips that pages like Tastypie (limit and offset from the query)."""

    def answer(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "20"))
        offset = int(request.url.params.get("offset", "0"))
        objects = [chip(pk) for pk in range(offset + 1, min(offset + limit, total) + 1)]
        return httpx.Response(200, json=page(objects, offset=offset, limit=limit, total=total))

    return FakeApi().add("GET", CHIPS, answer)


def make(mode: Mode, api: FakeApi, sleeps: Sleeps) -> IonTorrent | AsyncIonTorrent:
    if mode == "sync":
        return IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport, retry=sleeps.policy(max_retries=0))
    return AsyncIonTorrent(api_key=KEY, base_url=BASE, transport=api.transport, retry=sleeps.policy(max_retries=0))


async def items(paged: ItemPaged[Any] | AsyncItemPaged[Any]) -> list[Any]:
    if isinstance(paged, AsyncItemPaged):
        return [item async for item in paged]
    return list(paged)


async def settle(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


@pytest.mark.parametrize("mode", MODES)
async def test_filters_and_ordering_go_out_under_their_tastypie_names(mode: Mode, sleeps: Sleeps) -> None:
    api = chip_server(3)
    client = make(mode, api, sleeps)
    chips = await items(
        client.list_chips(name__startswith="31", id__in=[1, 2], isActive=True, order_by=["-name", "id"])
    )
    assert [c.name for c in chips] == ["301", "302", "303"]
    (request,) = api.requests
    assert sorted(request.url.params.multi_items()) == [
        ("id__in", "1"),
        ("id__in", "2"),
        ("isActive", "true"),
        ("limit", "20"),
        ("name__startswith", "31"),
        ("order_by", "-name"),
        ("order_by", "id"),
    ]
    assert request.headers["authorization"] == f"ApiKey {KEY}"


@pytest.mark.parametrize("mode", MODES)
async def test_one_value_for_a_repeatable_filter_and_dates_as_text(mode: Mode, sleeps: Sleeps) -> None:
    api = FakeApi().add(
        "GET", "/rundb/api/v1/plannedexperiment/", httpx.Response(200, json=page([], offset=0, limit=20, total=0))
    )
    client = make(mode, api, sleeps)
    await items(client.list_plans(planStatus__in="planned,pending", id__in=7, date__gte="2024-05-01", order_by="-date"))
    await items(client.list_plans(date__gte=datetime.datetime(2024, 5, 2, 13, 0)))
    first, second = (dict(r.url.params.multi_items()) for r in api.requests)
    assert first == {
        "limit": "20",
        "order_by": "-date",
        "id__in": "7",
        "planStatus__in": "planned,pending",
        "date__gte": "2024-05-01",
    }
    assert second["date__gte"] == "2024-05-02"


def test_unknown_filters_and_orderings_fail_before_any_request(sleeps: Sleeps) -> None:
    api = chip_server(3)
    client = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport)
    undeclared: dict[str, Any] = {"colour": "red"}  # what mypy rejects, as it arrives from untyped code
    paging: dict[str, Any] = {"limit": 5}
    with pytest.raises(TypeError, match="listChips has no filter 'colour'"):
        client.list_chips(**undeclared)
    with pytest.raises(ValueError, match="order_by='size' is not one of"):
        client.list_chips(order_by="size")
    with pytest.raises(TypeError, match="no filter 'limit'"):
        client.list_chips(**paging)
    assert api.requests == []


def test_the_typed_filters_are_exactly_the_declared_ones() -> None:
    """The TypedDicts mirror the spec: every declared filter of every list, nothing more."""
    spec = labspecs.load("iontorrent")
    lists = {op.operation_id: op for op in spec.operations.values() if op.pagination is not None}
    assert set(FILTERS) == set(lists)
    for operation_id, op in lists.items():
        declared = {spec.resolve(p)["name"] for p in op.raw["parameters"]} - {"limit", "offset", "order_by"}
        assert set(FILTERS[operation_id].__annotations__) - LIST_OPTIONS == declared, operation_id


@pytest.mark.parametrize("mode", MODES)
async def test_pages_follow_meta_next_until_it_is_null(mode: Mode, sleeps: Sleeps) -> None:
    api = chip_server(25)
    client = make(mode, api, sleeps)
    paged = client.list_chips(page_size=10)
    pages = [p async for p in paged.by_page()] if isinstance(paged, AsyncItemPaged) else list(paged.by_page())
    assert [[c.id for c in p.items] for p in pages] == [list(range(1, 11)), list(range(11, 21)), list(range(21, 26))]
    assert [(p.continuation_token, p.total) for p in pages] == [("10", 25), ("20", 25), (None, 25)]
    assert [r.url.params.get("offset") for r in api.requests] == [None, "10", "20"]
    resumed = await items(client.list_chips(page_size=10, continuation_token="20"))
    assert [c.id for c in resumed] == list(range(21, 26))


def test_the_engine_reads_fields_the_generator_renamed() -> None:
    """``meta.next`` is generated as ``ListMeta.next_`` (``next`` is a builtin); the engine must still find it."""
    from iontorrent_client.models import ListMeta

    meta = ListMeta(limit=20, next_="/rundb/api/v1/chip/?offset=20", offset=0, previous=None, total_count=30)
    assert read_field(meta, "next") == "/rundb/api/v1/chip/?offset=20"
    assert read_field(meta, "previous") is None


@pytest.mark.parametrize(
    "body",
    [
        {"objects": []},  # no meta
        {"meta": {"limit": 20}, "objects": "nope"},
        {"meta": {"limit": 20, "next": None, "offset": 0, "previous": None, "total_count": "many"}, "objects": []},
    ],
)
def test_a_malformed_page_is_a_validation_error(body: dict[str, object], sleeps: Sleeps) -> None:
    api = FakeApi().add("GET", CHIPS, httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError):
        list(IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport).list_chips())


@pytest.mark.parametrize("mode", MODES)
async def test_field_by_field_400_is_a_plan_validation_error(mode: Mode, sleeps: Sleeps) -> None:
    refusal = {"error": {"planName": [" planName is required. "], "sample": " sample or barcodedSamples is required. "}}
    api = FakeApi().add("POST", "/rundb/api/v1/plannedexperiment/", httpx.Response(400, json=refusal))
    client = make(mode, api, sleeps)
    with pytest.raises(PlanValidationError) as caught:
        await settle(client.plan_run("p", sample="s", chip_type="520", templating_kit_name="kit"))
    assert caught.value.errors == {
        "planName": ["planName is required."],
        "sample": ["sample or barcodedSamples is required."],
    }
    assert caught.value.body == refusal
    assert caught.value.url == f"{BASE}/plannedexperiment/"
    sent = json.loads(api.requests[0].content)
    assert sent == {"planName": "p", "chipType": "520", "templatingKitName": "kit", "sample": "s"}


def test_a_plain_400_stays_a_bad_request(sleeps: Sleeps) -> None:
    message = {"error": "Invalid limit 'abc' provided. Please provide a positive integer."}
    api = FakeApi().add("POST", "/rundb/api/v1/plannedexperiment/", httpx.Response(400, json=message))
    client = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport)
    with pytest.raises(BadRequestError) as caught:
        client.create_plan(plan("p", chip_type="520", templating_kit_name="kit", sample="s"))
    assert not isinstance(caught.value, PlanValidationError)
    assert caught.value.message == message["error"]


def test_a_barcoded_plan_is_sent_as_the_vendor_writes_it(sleeps: Sleeps) -> None:
    from labsdk.iontorrent import BarcodeSampleInfo

    created = {"id": 9, "resource_uri": "/rundb/api/v1/plannedexperiment/9/", "planName": "b", "planShortID": "ABCDE"}
    api = FakeApi().add(
        "POST", "/rundb/api/v1/plannedexperiment/", httpx.Response(201, json={**created, "planStatus": "planned"})
    )
    client = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport)
    info = BarcodeSampleInfo(description="d", nucleotide_type="DNA", reference="hg19", target_region_bed_file="")
    made = client.plan_barcoded_run(
        "b", barcode_id="IonXpress", samples={"s1": {"IonXpress_003": info}}, chip_type="520", templating_kit_name="k"
    )
    assert made.id == 9
    assert json.loads(api.requests[0].content)["barcodedSamples"] == {
        "s1": {
            "barcodes": ["IonXpress_003"],
            "barcodeSampleInfo": {
                "IonXpress_003": {
                    "description": "d",
                    "nucleotideType": "DNA",
                    "reference": "hg19",
                    "targetRegionBedFile": "",
                }
            },
        }
    }


@pytest.mark.parametrize("mode", MODES)
async def test_follow_resolves_relative_and_same_origin_uris(mode: Mode, sleeps: Sleeps) -> None:
    metrics = {"id": 12, "resource_uri": "/rundb/api/v1/libmetrics/12/", "totalNumReads": 94_012_345}
    api = FakeApi().add("GET", "/rundb/api/v1/libmetrics/12/", httpx.Response(200, json=metrics))
    client = make(mode, api, sleeps)
    relative = await settle(client.follow("/rundb/api/v1/libmetrics/12/", LibMetrics))
    absolute = await settle(client.follow(f"{BASE}/libmetrics/12/", LibMetrics))
    assert relative.total_num_reads == absolute.total_num_reads == 94_012_345
    assert [str(r.url) for r in api.requests] == [f"{BASE}/libmetrics/12/"] * 2


@pytest.mark.parametrize(
    ("uri", "error", "match"),
    [
        ("http://attacker.example/rundb/api/v1/libmetrics/12/", LabSDKError, "not on this server"),
        ("https://torrent.lab:8080/rundb/api/v1/libmetrics/12/", LabSDKError, "not on this server"),
        ("/rundb/api/v1/libmetrics/", LabSDKError, "not a resource URI"),
        ("/other/api/libmetrics/12/", LabSDKError, "not a resource URI"),
        ("", LabSDKError, "not a resource URI"),
        ("http://[::1/rundb/api/v1/libmetrics/12/", LabSDKError, "not a URL"),
        ("/rundb/api/v1/chip/3/", TypeError, "points at a Chip, not a LibMetrics"),
    ],
)
def test_follow_refuses_what_it_should_not_follow_without_sending_anything(
    uri: str, error: type[Exception], match: str, sleeps: Sleeps
) -> None:
    api = FakeApi()
    client = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport)
    with pytest.raises(error, match=match):
        client.follow(uri, LibMetrics)
    assert api.requests == []


@pytest.mark.parametrize("mode", MODES)
async def test_an_empty_401_is_an_authentication_error_without_the_key(mode: Mode, sleeps: Sleeps) -> None:
    challenge = {"WWW-Authenticate": 'Basic Realm="Torrent Suite"', "Content-Type": "text/html; charset=utf-8"}
    api = FakeApi().add("GET", "/rundb/api/v1/chip/4/", httpx.Response(401, headers=challenge, content=b""))
    client = make(mode, api, sleeps)
    with pytest.raises(AuthenticationError) as caught:
        await settle(client.get_chip(4))
    secret = KEY.split(":", 1)[1]
    assert caught.value.body == ""
    assert secret not in str(caught.value)
    assert secret not in repr(client)
    assert secret not in repr(caught.value.__dict__)


def test_a_torrent_server_has_no_default_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IONTORRENT_BASE_URL", raising=False)
    with pytest.raises(LabSDKError, match="pass base_url="):
        IonTorrent(api_key=KEY)
    monkeypatch.setenv("IONTORRENT_BASE_URL", BASE)
    monkeypatch.setenv("IONTORRENT_API_KEY", KEY)
    with IonTorrent() as client:
        assert client.base_url == BASE


def test_plugin_states_of_a_listed_report_are_empty() -> None:
    from iontorrent_client.models import Result
    from labsdk.iontorrent import plugin_states

    listed = Result.from_dict(
        {"id": 3, "resource_uri": "/rundb/api/v1/results/3/", "resultsName": "r", "status": "Completed"}
    )
    detail = Result.from_dict(
        {**listed.to_dict(), "pluginState": {"DataExport": "Completed", "NewPlugin": "Somewhere new"}}
    )
    assert plugin_states(listed) == {}
    assert plugin_states(detail) == {"DataExport": "Completed", "NewPlugin": "Somewhere new"}


def test_chip_fields_beyond_the_schema_are_kept(sleeps: Sleeps) -> None:
    extra: Mapping[str, object] = {**chip(1), "newfieldargs": "x", "isActive": True}
    api = FakeApi().add("GET", "/rundb/api/v1/chip/1/", httpx.Response(200, json=extra))
    got = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport).get_chip(1)
    assert isinstance(got, Chip)
    assert (got.is_active, got.additional_properties) == (True, {"newfieldargs": "x"})
