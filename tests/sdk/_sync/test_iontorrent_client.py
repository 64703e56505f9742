# Derived from tests/sdk/_async/test_iontorrent_client.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""labsdk.iontorrent against a scripted Torrent Server (httpx.MockTransport): typed filters on the wire, Tastypie
pages, resource URIs, typed validation errors, and the credential policy."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest

from labsdk import AuthenticationError, ItemPaged
from labsdk.iontorrent import IonTorrent, LibMetrics, PlanValidationError

from ...harness import Waits
from ..iontorrent_support import BASE, KEY, chip_server, page
from ..support import FakeApi


def make(api: FakeApi, waits: Waits) -> IonTorrent:
    return IonTorrent(api_key=KEY, base_url=BASE, transport=api.transport, retry=waits.policy(max_retries=0))


def items(paged: ItemPaged[Any]) -> list[Any]:
    return [item for item in paged]


def test_filters_and_ordering_go_out_under_their_tastypie_names(waits: Waits) -> None:
    api = chip_server(3)
    client = make(api, waits)
    chips = items(client.list_chips(name__startswith="31", id__in=[1, 2], isActive=True, order_by=["-name", "id"]))
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


def test_one_value_for_a_repeatable_filter_and_dates_as_text(waits: Waits) -> None:
    api = FakeApi().add(
        "GET", "/rundb/api/v1/plannedexperiment/", httpx.Response(200, json=page([], offset=0, limit=20, total=0))
    )
    client = make(api, waits)
    items(client.list_plans(planStatus__in="planned,pending", id__in=7, date__gte="2024-05-01", order_by="-date"))
    items(client.list_plans(date__gte=datetime.datetime(2024, 5, 2, 13, 0)))
    first, second = (dict(r.url.params.multi_items()) for r in api.requests)
    assert first == {
        "limit": "20",
        "order_by": "-date",
        "id__in": "7",
        "planStatus__in": "planned,pending",
        "date__gte": "2024-05-01",
    }
    assert second["date__gte"] == "2024-05-02"


def test_pages_follow_meta_next_until_it_is_null(waits: Waits) -> None:
    api = chip_server(25)
    client = make(api, waits)
    paged = client.list_chips(page_size=10)
    pages = [p for p in paged.by_page()]
    assert [[c.id for c in p.items] for p in pages] == [list(range(1, 11)), list(range(11, 21)), list(range(21, 26))]
    assert [(p.continuation_token, p.total) for p in pages] == [("10", 25), ("20", 25), (None, 25)]
    assert [r.url.params.get("offset") for r in api.requests] == [None, "10", "20"]
    resumed = items(client.list_chips(page_size=10, continuation_token="20"))
    assert [c.id for c in resumed] == list(range(21, 26))


def test_field_by_field_400_is_a_plan_validation_error(waits: Waits) -> None:
    refusal = {"error": {"planName": [" planName is required. "], "sample": " sample or barcodedSamples is required. "}}
    api = FakeApi().add("POST", "/rundb/api/v1/plannedexperiment/", httpx.Response(400, json=refusal))
    client = make(api, waits)
    with pytest.raises(PlanValidationError) as caught:
        client.plan_run("p", sample="s", chip_type="520", templating_kit_name="kit")
    assert caught.value.errors == {
        "planName": ["planName is required."],
        "sample": ["sample or barcodedSamples is required."],
    }
    assert caught.value.body == refusal
    assert caught.value.url == f"{BASE}/plannedexperiment/"
    sent = json.loads(api.requests[0].content)
    assert sent == {"planName": "p", "chipType": "520", "templatingKitName": "kit", "sample": "s"}


def test_follow_resolves_relative_and_same_origin_uris(waits: Waits) -> None:
    metrics = {"id": 12, "resource_uri": "/rundb/api/v1/libmetrics/12/", "totalNumReads": 94_012_345}
    api = FakeApi().add("GET", "/rundb/api/v1/libmetrics/12/", httpx.Response(200, json=metrics))
    client = make(api, waits)
    relative = client.follow("/rundb/api/v1/libmetrics/12/", LibMetrics)
    absolute = client.follow(f"{BASE}/libmetrics/12/", LibMetrics)
    assert relative.total_num_reads == absolute.total_num_reads == 94_012_345
    assert [str(r.url) for r in api.requests] == [f"{BASE}/libmetrics/12/"] * 2


def test_an_empty_401_is_an_authentication_error_without_the_key(waits: Waits) -> None:
    challenge = {"WWW-Authenticate": 'Basic Realm="Torrent Suite"', "Content-Type": "text/html; charset=utf-8"}
    api = FakeApi().add("GET", "/rundb/api/v1/chip/4/", httpx.Response(401, headers=challenge, content=b""))
    client = make(api, waits)
    with pytest.raises(AuthenticationError) as caught:
        client.get_chip(4)
    secret = KEY.split(":", 1)[1]
    assert caught.value.body == ""
    assert secret not in str(caught.value)
    assert secret not in repr(client)
    assert secret not in repr(caught.value.__dict__)
