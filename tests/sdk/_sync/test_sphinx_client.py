# Derived from tests/sdk/_async/test_sphinx_client.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Sphinx client over a scripted fake API: nextToken pagination, signed-URL plot downloads, datatable export
tasks polled with the shared poller (no real sleeping), typed errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from labsdk import (
    AuthenticationError,
    ItemPaged,
    JobFailedError,
    NotFoundError,
    PollTimeoutError,
)
from labsdk.sphinx import (
    Campaign,
    Dataset,
    Datatable,
    NotAuthenticatedError,
    ObjectNotFoundError,
    Plot,
    Sphinx,
    Task,
    TaskStatus,
)

from ...harness import Waits
from ..sphinx_support import API_KEY, BASE, CSV, EXPORT_RESULT, SVG, export_routes, files_in, task, token_listing
from ..support import FakeApi


def call(api: FakeApi, waits: Waits, method: str, *args: object, **kwargs: object) -> Any:
    """``client.<method>(...)`` on a fresh client; a list is iterated to the end."""
    with Sphinx(api_key=API_KEY, transport=api.transport, retry=waits.policy()) as client:
        result = getattr(client, method)(*args, **kwargs)
        if isinstance(result, ItemPaged):
            return [item for item in result]
        return result


@pytest.mark.parametrize(
    ("method", "path", "model"),
    [
        ("list_campaigns", "/v1/campaigns", Campaign),
        ("list_datasets", "/v1/datasets", Dataset),
        ("list_plots", "/v1/plots", Plot),
        ("list_datatables", "/v1/datatables", Datatable),
    ],
)
def test_every_list_follows_next_token_until_none_is_returned(
    method: str, path: str, model: type, api: FakeApi, waits: Waits
) -> None:
    ids = [f"x_{n}" for n in range(7)]
    api.add("GET", path, token_listing(ids))
    items = call(api, waits, method, page_size=3)
    assert [i.id for i in items] == ids
    assert all(isinstance(i, model) for i in items)
    assert [dict(r.url.params) for r in api.requests] == [
        {"limit": "3"},
        {"limit": "3", "nextToken": "tok-3"},
        {"limit": "3", "nextToken": "tok-6"},
    ]
    assert all(r.headers["Authorization"] == f"Bearer {API_KEY}" for r in api.requests)


def test_download_plot_fetches_the_signed_url_without_the_key(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    url = "https://storage.example/plots/plot_12345.svg?X-Goog-Signature=abc"
    api.add("GET", "/v1/plots/plot_12345/download", httpx.Response(200, json={"signedUrl": url}))
    api.add("GET", "storage.example/plots/plot_12345.svg", httpx.Response(200, content=SVG))
    saved = call(api, waits, "download_plot", "plot_12345", tmp_path / "plot.svg")
    assert saved == tmp_path / "plot.svg"
    assert saved.read_bytes() == SVG
    api_call, signed_call = api.requests
    assert api_call.headers["Authorization"] == f"Bearer {API_KEY}"
    assert str(signed_call.url) == url
    assert "Authorization" not in signed_call.headers
    assert API_KEY not in str(signed_call.headers)
    # into a folder: named by the plot id when the server does not name the file
    assert call(api, waits, "download_plot", "plot_12345", tmp_path) == tmp_path / "plot_12345.svg"


def test_download_datatable_waits_for_the_task_then_downloads(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    export_routes(api, task("PROCESSING"), task("PROCESSING"), task("SUCCESS", result=EXPORT_RESULT))
    seen: list[str] = []
    saved = call(api, waits, "download_datatable", "dt_12345", tmp_path, on_progress=lambda s, f, t: seen.append(s))
    assert saved == tmp_path / "dt_12345.csv"
    assert saved.read_bytes() == CSV
    assert [r.url.path for r in api.requests] == [
        "/v1/datatables/dt_12345/download",
        "/api/tasks/task_1",
        "/api/tasks/task_1",
        "/api/tasks/task_1",
        "/exports/dt_12345.csv",
    ]
    assert waits.waits == [1.0, 1.5]  # the poller's backoff, never a real sleep
    assert seen == ["PROCESSING", "SUCCESS"]
    assert "Authorization" not in api.requests[-1].headers


def test_read_datatable_gives_a_dataframe(api: FakeApi, waits: Waits) -> None:
    export_routes(api, task("SUCCESS", result=EXPORT_RESULT))
    frame = call(api, waits, "read_datatable", "dt_12345", dtype={"signal": "float64"})
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["well", "compound", "signal"]
    assert frame["signal"].tolist() == [51234.5, 48000.0]


@pytest.mark.parametrize("failed", ["FAILED"])
def test_a_failed_task_raises_with_the_server_message(failed: str, api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    export_routes(api, task("PROCESSING"), task(failed, error="plate file could not be parsed"))
    with pytest.raises(JobFailedError) as raised:
        call(api, waits, "download_datatable", "dt_12345", tmp_path / "out.csv")
    error = raised.value
    assert (error.job_id, error.status, error.server_message) == ("task_1", failed, "plate file could not be parsed")
    assert str(error) == f"job task_1 ended {failed}: plate file could not be parsed"
    assert isinstance(error.job, Task)
    assert files_in(tmp_path) == []
    assert not any(r.url.host == "storage.example" for r in api.requests)


def test_a_timeout_raises_with_the_last_state(api: FakeApi, waits: Waits) -> None:
    export_routes(api, task("PROCESSING"))
    with pytest.raises(PollTimeoutError) as raised:
        call(api, waits, "read_datatable", "dt_12345", timeout=0)
    error = raised.value
    assert isinstance(error, TimeoutError)
    assert (error.job_id, error.last_status, error.timeout) == ("task_1", "PROCESSING", 0)
    assert isinstance(error.job, Task)
    assert error.job.status == TaskStatus.PROCESSING
    assert waits.waits == []  # a zero timeout gives up after the first poll, without waiting


def test_error_bodies_become_typed_errors_without_the_key(api: FakeApi, waits: Waits) -> None:
    not_found = {"error": "ObjectNotFoundError", "content": {"objectName": "Plot", "id": "nope"}}
    api.add("GET", "/v1/plots/nope", httpx.Response(404, json=not_found))
    denied_body = {"error": "NotAuthenticatedError", "content": f"Invalid API key {API_KEY}"}
    api.add("GET", "/v1/datatables/dt_1", httpx.Response(401, json=denied_body))
    with pytest.raises(ObjectNotFoundError) as missing:
        call(api, waits, "get_plot", "nope")
    assert isinstance(missing.value, NotFoundError)
    assert (missing.value.name, missing.value.object_name, missing.value.object_id) == (
        "ObjectNotFoundError",
        "Plot",
        "nope",
    )
    assert missing.value.message == 'ObjectNotFoundError: {"objectName": "Plot", "id": "nope"}'
    assert missing.value.url == f"{BASE}/v1/plots/nope"
    with pytest.raises(NotAuthenticatedError) as denied:
        call(api, waits, "get_datatable", "dt_1")
    assert isinstance(denied.value, AuthenticationError)
    assert API_KEY not in str(denied.value)
    assert API_KEY not in repr(denied.value.body)
