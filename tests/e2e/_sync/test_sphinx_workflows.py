# Derived from tests/e2e/_async/test_sphinx_workflows.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The vendor page's three workflows through ``labsdk.sphinx``, over real HTTP against the mock:
list every dataset following nextToken, download a plot through its signed URL, wait for a datatable export task
and read its CSV. Plus the failing task, the poll timeout, and the same workflows through injected faults."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from labmock import LiveServer, MockConfig
from labmock.services.sphinx import FAILING_DATATABLE, FAILING_MESSAGE
from labsdk import AuthenticationError, JobFailedError, NotFoundError, PollTimeoutError
from labsdk.sphinx import (
    Campaign,
    Dataset,
    Datatable,
    InvalidStagedFileError,
    NonCSVFileError,
    NotAuthenticatedError,
    ObjectNotFoundError,
    Plot,
    Sphinx,
    Task,
    TaskStatus,
)

from ..._sync.clients import collect, open_client, pages_of, serving
from ...harness import Seen, Waits, leftovers, names_in, raw_get, serve, signed_fetches

FAULTS = ("500", "503", "429", "drop", "truncate")


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    """Tasks finish on their 3rd GET."""
    with serve("sphinx", MockConfig(job_polls=3)) as pair:
        yield pair


@pytest.fixture(scope="module")
def slow() -> Iterator[LiveServer]:
    """Tasks take a minute: still PROCESSING at any short timeout."""
    with serve("sphinx", MockConfig(job_duration=60.0)) as (live, _):
        yield live


def stored(live: LiveServer, key: str) -> bytes:
    found = live.server.objects.get(key)
    assert found is not None, key
    return found.content


def test_every_dataset_across_pages(served: tuple[LiveServer, list[Seen]]) -> None:
    live, seen = served
    with open_client(Sphinx, live) as client:
        before = len(seen)
        datasets = collect(client.list_datasets(page_size=100))
        assert all(isinstance(d, Dataset) for d in datasets)
        assert [d.id for d in datasets] == list(live.server.state.datasets)
        requests_made = seen[before:]
        assert len(requests_made) == 3  # 262 datasets, 100 a page
        tokens = [s.query.get("nextToken") for s in requests_made]
        assert tokens[0] is None
        assert all(t is not None for t in tokens[1:])
        pages = pages_of(client.list_datasets(page_size=100))
        assert [len(p) for p in pages] == [100, 100, 62]
        assert pages[-1].continuation_token is None
        resumed = collect(client.list_datasets(page_size=100, continuation_token=pages[0].continuation_token))
        assert [d.id for d in resumed] == [d.id for d in datasets[100:]]
        first = raw_get(live, "/v1/datasets", limit=3)["data"][0]
        assert (datasets[0].name, datasets[0].campaign_id) == (first["name"], first["campaignId"])


@pytest.mark.parametrize(
    ("method", "model", "attr"),
    [
        ("list_campaigns", Campaign, "campaigns"),
        ("list_plots", Plot, "plots"),
        ("list_datatables", Datatable, "datatables"),
    ],
)
def test_every_other_list(served: tuple[LiveServer, list[Seen]], method: str, model: type, attr: str) -> None:
    live, _ = served
    with open_client(Sphinx, live) as client:
        items = collect(getattr(client, method)(page_size=7))
    assert all(isinstance(i, model) for i in items)
    assert [i.id for i in items] == list(getattr(live.server.state, attr))


def test_download_a_plot(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    with open_client(Sphinx, live) as client:
        plot = client.get_plot("plot_12345")
        assert (plot.id, plot.notebook_id, plot.title) == ("plot_12345", "nb_12345", "IC50 dose-response, SPX-101")
        before = len(seen)
        saved = client.download_plot("plot_12345", tmp_path / "plot.svg")
        into_folder = client.download_plot("plot_12345", tmp_path)
    assert saved == tmp_path / "plot.svg"
    assert into_folder == tmp_path / "plot.svg"  # named by the server's Content-Disposition
    assert saved.read_bytes() == stored(live, "plots/plot_12345/plot.svg")
    downloads = signed_fetches(seen[before:])
    assert len(downloads) == 2
    assert all("authorization" not in s.headers and s.status == 200 for s in downloads)
    assert leftovers(tmp_path) == []


def test_download_and_read_a_datatable(served: tuple[LiveServer, list[Seen]], waits: Waits, tmp_path: Path) -> None:
    live, seen = served
    states: list[str] = []
    with open_client(Sphinx, live, retry=waits.policy()) as client:
        before = len(seen)
        saved = client.download_datatable(
            "dt_12345", tmp_path, timeout=60, on_progress=lambda s, f, t: states.append(s)
        )
        frame = client.read_datatable("dt_12345", timeout=60)
    assert saved == tmp_path / "dt_12345.csv"
    content = stored(live, "datatables/dt_12345/dt_12345.csv")
    assert saved.read_bytes() == content
    assert isinstance(frame, pd.DataFrame)
    pd.testing.assert_frame_equal(frame, pd.read_csv(io.BytesIO(content)))
    assert len(frame) == raw_get(live, "/v1/datatables/dt_12345")["rowCount"]
    assert states == ["PROCESSING", "SUCCESS"]
    task_ids = [s.path.rsplit("/", 1)[-1] for s in seen[before:] if s.path.startswith("/api/tasks/")]
    assert len(task_ids) == 6  # two tasks, each polled until its 3rd GET
    assert len(set(task_ids)) == 2
    assert all(live.server.state.tasks[t].job.polls == 3 for t in set(task_ids))
    assert all("authorization" not in s.headers for s in signed_fetches(seen[before:]))
    assert waits.waits == [1.0, 1.5] * 2  # the poller's backoff (recorded, not slept), for each task


def test_a_failing_export_raises_with_the_server_message(
    served: tuple[LiveServer, list[Seen]], waits: Waits, tmp_path: Path
) -> None:
    live, _ = served
    with open_client(Sphinx, live, retry=waits.policy()) as client, pytest.raises(JobFailedError) as raised:
        client.download_datatable(FAILING_DATATABLE, tmp_path / "out.csv", timeout=60)
    error = raised.value
    assert (error.status, error.server_message) == ("FAILED", FAILING_MESSAGE)
    assert isinstance(error.job, Task)
    assert error.job.status == TaskStatus.FAILED
    for path in (f"/api/tasks/{error.job_id}", f"/v1/tasks/{error.job_id}"):
        assert raw_get(live, path) == {"id": error.job_id, "status": "FAILED", "error": FAILING_MESSAGE}
    assert names_in(tmp_path) == []


def test_a_task_still_processing_at_the_timeout(slow: LiveServer) -> None:
    with open_client(Sphinx, slow) as client, pytest.raises(PollTimeoutError) as raised:
        client.read_datatable("dt_12345", timeout=0.3)
    error = raised.value
    assert (error.last_status, error.timeout) == ("PROCESSING", 0.3)
    assert isinstance(error.job, Task)
    assert error.job.id == error.job_id
    assert str(error) == f"job {error.job_id} not finished after 0.3s (last status PROCESSING)"
    assert slow.server.state.tasks[error.job_id].job.polls >= 1


def test_unknown_ids_and_a_wrong_key_are_typed_errors(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(Sphinx, live) as client:
        with pytest.raises(ObjectNotFoundError) as datatable:
            client.download_datatable("dt_0", "unused.csv")
        with pytest.raises(NotFoundError) as plot:
            client.download_plot("plot_0", "unused.svg")
        with pytest.raises(ObjectNotFoundError) as task:
            client.get_task("task_0")
    assert (datatable.value.object_name, datatable.value.object_id, datatable.value.status_code) == (
        "Datatable",
        "dt_0",
        404,
    )
    assert isinstance(plot.value, ObjectNotFoundError)
    assert (plot.value.object_name, plot.value.object_id) == ("Plot", "plot_0")
    assert (task.value.object_name, task.value.object_id) == ("Task", "task_0")
    wrong = "not-the-key-123456"
    with open_client(Sphinx, live, api_key=wrong) as other, pytest.raises(NotAuthenticatedError) as raised:
        other.get_campaign("camp_10001")
    assert isinstance(raised.value, AuthenticationError)
    assert (raised.value.message, raised.value.name) == ("Invalid API key", "NotAuthenticatedError")
    assert wrong not in str(raised.value)


@pytest.mark.parametrize("seed", [5, 17])
def test_the_workflows_survive_injected_faults(waits: Waits, tmp_path: Path, seed: int) -> None:
    config = MockConfig(fault_rate=0.3, faults=FAULTS, retry_after=0, seed=seed, job_polls=2)
    with serving(Sphinx, "sphinx", config, retry=waits.policy(max_retries=8)) as (client, live, seen):
        datasets = collect(client.list_datasets(page_size=40))
        plot = client.download_plot("plot_12345", tmp_path / "plot.svg")
        frame = client.read_datatable("dt_12345", timeout=60)
        assert [d.id for d in datasets] == list(live.server.state.datasets)
        assert plot.read_bytes() == stored(live, "plots/plot_12345/plot.svg")
        pd.testing.assert_frame_equal(frame, pd.read_csv(io.BytesIO(stored(live, "datatables/dt_12345/dt_12345.csv"))))
    injected = [s for s in seen if s.status >= 500 or s.status == 429 or s.fault is not None]
    assert injected  # the faults really happened, and were retried
    assert leftovers(tmp_path) == []


# -- campaigns, staged uploads, new datasets ------------------------------------------------------------------------


@pytest.fixture
def fresh() -> Iterator[tuple[LiveServer, list[Seen]]]:
    """A mock of its own (the test adds objects); tasks finish on their 2nd GET."""
    with serve("sphinx", MockConfig(job_polls=2)) as pair:
        yield pair


def test_a_campaign_is_created_and_renamed(fresh: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = fresh
    with open_client(Sphinx, live) as client:
        made = client.create_campaign("Kinase panel")
        renamed = client.update_campaign(made.id, "Kinase panel, round 2")
        assert client.get_campaign(made.id).name == "Kinase panel, round 2"
        assert made.id in [c.id for c in client.list_campaigns(page_size=5)]
        with pytest.raises(ObjectNotFoundError) as missing:
            client.update_campaign("camp_404", "x")
    assert isinstance(made, Campaign)
    assert (renamed.id, renamed.created_at) == (made.id, made.created_at)
    assert renamed.updated_at >= made.updated_at
    assert (missing.value.object_name, missing.value.object_id) == ("Campaign", "camp_404")


def test_a_csv_file_becomes_a_dataset(fresh: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = fresh
    content = b"well,compound,signal\nA01,SPX-100,51234.5\nA02,SPX-101,48000.0\n"
    local = tmp_path / "folder" / "plate 7.csv"
    local.parent.mkdir()
    local.write_bytes(content)
    states: list[str] = []
    with open_client(Sphinx, live) as client:
        dataset = client.create_dataset_from_file(
            local, "camp_12345", tags=["qc"], timeout=60, on_progress=lambda s, f, t: states.append(s)
        )
        listed = [d.id for d in client.list_datasets(page_size=100)]
        saved = client.download_dataset(dataset.id, tmp_path / "again.csv")
        frame = client.read_dataset(dataset.id)
    assert isinstance(dataset, Dataset)
    assert (dataset.name, dataset.campaign_id, dataset.tags) == ("plate 7.csv", "camp_12345", ["qc"])
    assert listed[-1] == dataset.id
    assert saved.read_bytes() == content
    assert list(frame.columns) == ["well", "compound", "signal"]
    assert states[-1] == "SUCCESS"
    (upload,) = [s for s in seen if s.method == "POST" and s.signed]
    assert upload.status == 204
    assert "authorization" not in upload.headers  # the storage host never sees the key
    (asked,) = [s for s in seen if s.path == "/api/storage/url/upload"]
    assert asked.query == {"filename": ["plate 7.csv"]}  # the name only, never the local folders
    assert [s.path for s in seen if s.method == "POST" and not s.signed] == ["/v1/datasets"]


def test_a_file_that_is_not_a_csv_or_not_readable(fresh: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, _ = fresh
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04 not a csv")
    (tmp_path / "ragged.csv").write_bytes(b"a,b\n1\n")
    with open_client(Sphinx, live) as client:
        with pytest.raises(NonCSVFileError) as not_csv:
            client.create_dataset_from_file(tmp_path / "sheet.xlsx", "camp_12345", timeout=60)
        with pytest.raises(JobFailedError) as failed:
            client.create_dataset_from_file(tmp_path / "ragged.csv", "camp_12345", timeout=60)
        with pytest.raises(InvalidStagedFileError):
            client.create_dataset("camp_12345", "x", "staged/000404/never.csv")
        with pytest.raises(ObjectNotFoundError):
            client.create_dataset_from_file(tmp_path / "ragged.csv", "camp_404", timeout=60)
    assert isinstance(not_csv.value.content, str)
    assert (failed.value.status, "row 2 has 1 fields" in str(failed.value.server_message)) == ("FAILED", True)


def test_waiting_for_a_new_dataset_is_bounded(slow: LiveServer, tmp_path: Path) -> None:
    (tmp_path / "plate.csv").write_bytes(b"a,b\n1,2\n")
    with open_client(Sphinx, slow) as client, pytest.raises(PollTimeoutError) as raised:
        client.create_dataset_from_file(tmp_path / "plate.csv", "camp_12345", timeout=0)
    assert raised.value.last_status == "PROCESSING"


def test_a_dataset_download_is_a_url_string_or_a_redirect(
    served: tuple[LiveServer, list[Seen]], tmp_path: Path
) -> None:
    live, seen = served
    with open_client(Sphinx, live) as client:
        before = len(seen)
        plain = client.download_dataset("ds_12345", tmp_path)
        redirected = client.download_dataset("ds_9d538f5", tmp_path / "archived.csv")
        assert client.get_task("task_12345").result.dataset_id == "ds_12345"  # type: ignore[union-attr]
        with pytest.raises(ObjectNotFoundError):
            client.download_dataset("ds_0", tmp_path)
    assert plain == tmp_path / "ds_12345.csv"
    assert redirected.read_text().startswith("well,signal,control\n")
    statuses = [(s.path, s.status) for s in seen[before:] if s.path.endswith("/download")]
    assert statuses[:2] == [("/v1/datasets/ds_12345/download", 200), ("/v1/datasets/ds_9d538f5/download", 307)]
    assert all("authorization" not in s.headers for s in signed_fetches(seen[before:]))
