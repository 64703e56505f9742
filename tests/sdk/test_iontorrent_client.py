"""labsdk.iontorrent against a scripted Torrent Server (httpx.MockTransport), what only the sync face shows and
what holds whatever the face (the typed filters mirror the spec). Every test that holds for both faces is written once
in ``_async/test_iontorrent_client.py``; ``_sync/`` is derived from it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

import labspecs
from labsdk import (
    BadRequestError,
    LabSDKError,
    ResponseValidationError,
)
from labsdk._fields import read_field
from labsdk.iontorrent import (
    FILTERS,
    LIST_OPTIONS,
    Chip,
    IonTorrent,
    LibMetrics,
    PlanValidationError,
    plan,
)

from ..harness import Waits
from .iontorrent_support import BASE, CHIPS, KEY, chip, chip_server
from .support import FakeApi


def test_unknown_filters_and_orderings_fail_before_any_request(waits: Waits) -> None:
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


def test_the_engine_reads_fields_the_generator_renamed() -> None:
    """``meta.next`` is generated as ``ListMeta.next_`` (``next`` is a builtin); the engine must still find it."""
    from labsdk_iontorrent_client.models import ListMeta

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
def test_a_malformed_page_is_a_validation_error(body: dict[str, object], waits: Waits) -> None:
    api = FakeApi().add("GET", CHIPS, httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError):
        list(IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport).list_chips())


def test_a_plain_400_stays_a_bad_request(waits: Waits) -> None:
    message = {"error": "Invalid limit 'abc' provided. Please provide a positive integer."}
    api = FakeApi().add("POST", "/rundb/api/v1/plannedexperiment/", httpx.Response(400, json=message))
    client = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport)
    with pytest.raises(BadRequestError) as caught:
        client.create_plan(plan("p", chip_type="520", templating_kit_name="kit", sample="s"))
    assert not isinstance(caught.value, PlanValidationError)
    assert caught.value.message == message["error"]


def test_a_barcoded_plan_is_sent_as_the_vendor_writes_it(waits: Waits) -> None:
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
    uri: str, error: type[Exception], match: str, waits: Waits
) -> None:
    api = FakeApi()
    client = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport)
    with pytest.raises(error, match=match):
        client.follow(uri, LibMetrics)
    assert api.requests == []


def test_a_torrent_server_has_no_default_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IONTORRENT_BASE_URL", raising=False)
    with pytest.raises(LabSDKError, match="pass base_url="):
        IonTorrent(api_key=KEY)
    monkeypatch.setenv("IONTORRENT_BASE_URL", BASE)
    monkeypatch.setenv("IONTORRENT_API_KEY", KEY)
    with IonTorrent() as client:
        assert client.base_url == BASE


def test_plugin_states_of_a_listed_report_are_empty() -> None:
    from labsdk.iontorrent import plugin_states
    from labsdk_iontorrent_client.models import Result

    listed = Result.from_dict(
        {"id": 3, "resource_uri": "/rundb/api/v1/results/3/", "resultsName": "r", "status": "Completed"}
    )
    detail = Result.from_dict(
        {**listed.to_dict(), "pluginState": {"DataExport": "Completed", "NewPlugin": "Somewhere new"}}
    )
    assert plugin_states(listed) == {}
    assert plugin_states(detail) == {"DataExport": "Completed", "NewPlugin": "Somewhere new"}


def test_chip_fields_beyond_the_schema_are_kept(waits: Waits) -> None:
    extra: Mapping[str, object] = {**chip(1), "newfieldargs": "x", "isActive": True}
    api = FakeApi().add("GET", "/rundb/api/v1/chip/1/", httpx.Response(200, json=extra))
    got = IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport).get_chip(1)
    assert isinstance(got, Chip)
    assert (got.is_active, got.additional_properties) == (True, {"newfieldargs": "x"})
