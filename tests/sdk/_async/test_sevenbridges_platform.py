"""``labsdk.sevenbridges``'s newer groups against the in-process mock: what each call sends (the wire), what it
refuses before sending, and the types it answers; the end-to-end workflows are in ``tests/e2e/_async``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator

import pytest

import labmock
from labmock import MockConfig, MockRequest, MockResponse, MockServer
from labsdk.sevenbridges import AsyncSevenBridges, FileJob, TransferFailedError

from ...harness import Waits

RNA = "john_doe/rna-seq-study"
GROUP = "12df3cf4-f720-5972-8b3d-85d8968d5547"


@pytest.fixture
def server() -> MockServer:
    return labmock.create("sevenbridges", MockConfig(job_polls=2))


@pytest.fixture
def seen(server: MockServer) -> list[MockRequest]:
    """Every request the mock handles, with its body (what the SDK sent)."""
    requests: list[MockRequest] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        requests.append(request)
        return original(request)

    server.handle = handle  # type: ignore[method-assign]
    return requests


@pytest.fixture
async def client(server: MockServer) -> AsyncIterator[AsyncSevenBridges]:
    async with AsyncSevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.async_transport(), retry=Waits().policy()
    ) as sb:
        yield sb


def _body(request: MockRequest) -> object:
    return json.loads(request.body)


async def test_walk_goes_down_every_folder_in_order(client: AsyncSevenBridges) -> None:
    root = await client.create_folder("tree", project="john_doe/scratch")
    sub = await client.create_folder("sub", parent=root)
    await client.create_folder("deeper", parent=sub)
    await client.copy_file("567890abc9b0307bc0414164", parent=sub)
    walked = [path async for path, _ in client.walk(folder=root, page_size=1)]
    assert walked == ["sub", "sub/deeper", "sub/example_human_known_indels.vcf"]
    with pytest.raises(ValueError, match="exactly one"):
        [item async for item in client.walk("john_doe/scratch", folder=root)]


async def test_bulk_changes_are_sent_from_mappings_or_files(client: AsyncSevenBridges, seen: list[MockRequest]) -> None:
    file = await client.get_file("567890abc9b0307bc0414164")
    file.name = "indels.vcf"
    await client.bulk_update_files([file])
    await client.bulk_edit_files([{"id": file, "tags": ["ref"]}])
    update, edit = (_body(r) for r in seen if r.path.startswith("/v2/bulk/files/"))
    assert update == {"items": [{"id": file.id, "name": "indels.vcf", "tags": [], "metadata": {}}]}
    assert edit == {"items": [{"id": file.id, "tags": ["ref"]}]}


async def test_task_options_go_on_the_wire_and_are_checked_first(
    client: AsyncSevenBridges, seen: list[MockRequest]
) -> None:
    app = "john_doe/rna-seq-study/salmon-quant-1-10"
    with pytest.raises(ValueError, match="go together"):
        await client.create_task(RNA, app, batch_input="reads")
    assert seen == []  # refused before anything is sent
    reads = [f async for f in client.list_files(RNA, names=["sample_A_1.fastq", "sample_A_2.fastq"])]
    task = await client.create_task(
        RNA,
        app,
        inputs={"reads": reads},
        batch_input="reads",
        batch_by={"type": "CRITERIA", "criteria": ["metadata.paired_end"]},
        disable_batch=True,
        execution_settings={"max_parallel_instances": 2},
        use_interruptible_instances=True,
        run=True,
    )
    sent = seen[-1]
    assert sent.query_params["batch"] == ["false"]
    body = _body(sent)
    assert isinstance(body, dict)
    assert body["batch_by"] == {"type": "CRITERIA", "criteria": ["metadata.paired_end"]}
    assert (body["execution_settings"], body["use_interruptible_instances"]) == ({"max_parallel_instances": 2}, True)
    assert task.batch is False  # run as one task
    draft = await client.create_task(RNA, app, inputs={"reads": reads}, disable_batch=True)
    assert "batch" not in seen[-1].query_params  # disabling a batch only means something when running
    assert str(draft.status) == "DRAFT"


async def test_a_failed_import_is_a_typed_error_with_the_platforms_error(client: AsyncSevenBridges) -> None:
    first = await client.start_import("john_doe/input_bucket", "nope.fastq", project=RNA)
    with pytest.raises(TransferFailedError) as raised:
        await client.wait_import(first, interval=0)
    error = raised.value.error
    assert error is not None
    assert (raised.value.status, raised.value.code, error.message) == ("FAILED", 9105, "Item not found on the volume.")
    assert raised.value.job_id == first.id


async def test_volume_listings_resume_from_their_token(client: AsyncSevenBridges) -> None:
    listing = client.list_volume_objects("john_doe/input_bucket", prefix="fastq/", page_size=2)
    pages = [page async for page in listing.by_page()]
    assert [len(p) for p in pages] == [2, 2]
    token = pages[0].continuation_token
    assert token
    resumed = client.list_volume_objects(
        "john_doe/input_bucket", prefix="fastq/", page_size=2, continuation_token=token
    )
    assert [o.location async for o in resumed] == ["fastq/sample_E_1.fastq", "fastq/sample_E_2.fastq"]


async def test_breakdown_dates_are_sent_as_the_api_writes_them(
    client: AsyncSevenBridges, seen: list[MockRequest]
) -> None:
    items = [
        a async for a in client.list_analysis_breakdown(GROUP, date_from=dt.date(2024, 3, 1), date_to="03-01-2024")
    ]
    assert len(items) == 5
    assert (seen[-1].query_params["date_from"], seen[-1].query_params["date_to"]) == (["03-01-2024"], ["03-01-2024"])


async def test_a_cwl_needs_its_class_and_a_background_job_answers_typed(client: AsyncSevenBridges) -> None:
    with pytest.raises(ValueError, match="class"):
        await client.install_app("john_doe/scratch/tool", {"inputs": []})
    job = await client.start_move_job(["567890abc9b0307bc0414164"], "568cf5dce4b0307bc046004f")
    assert isinstance(job, FileJob)
    assert str(job.type_) == "MOVE"
    again = await client.get_async_job(job)
    assert again.id == job.id
