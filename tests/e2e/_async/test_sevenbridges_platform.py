"""``labsdk.sevenbridges`` against the mock over real HTTP, group by group: files (walk, move, bulk, background jobs),
volumes with imports and exports, apps from CWL, batch tasks and clones, billing. One live server per module; each
test leaves the demo data usable by the next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TypeVar

import pytest

import labmock
from labmock import LiveServer, MockConfig
from labsdk import PermissionDeniedError
from labsdk.sevenbridges import (
    App,
    AsyncSevenBridges,
    File,
    FileJob,
    Import,
    Invoice,
    Task,
    TransferFailedError,
    Volume,
    VolumeObject,
)
from labsdk_sevenbridges_client.types import Unset

MY_PROJECT = "john_doe/my-project"
RNA = "john_doe/rna-seq-study"
SALMON = "john_doe/rna-seq-study/salmon-quant-1-10"
INPUT = "john_doe/input_bucket"
RESULTS = "john_doe/results_bucket"
GROUP = "12df3cf4-f720-5972-8b3d-85d8968d5547"
UNKNOWN_FILE = "0123456789abcdef01234567"
T = TypeVar("T")


def present(value: T | Unset | None) -> T:
    """A field the answer must have (the generated models type every field as possibly unset)."""
    assert value is not None
    assert not isinstance(value, Unset)
    return value


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    with labmock.running("sevenbridges", MockConfig(job_polls=2)) as server:
        yield server


def _client(live: LiveServer) -> AsyncSevenBridges:
    return AsyncSevenBridges(api_key=live.server.key, base_url=live.base_url)


async def test_files_walk_move_bulk_and_background_jobs(live: LiveServer) -> None:
    async with _client(live) as client:
        walked = [(path, f) async for path, f in client.walk("john_doe/rfranklins-experiments")]
        assert [path for path, _ in walked] == [
            "images",
            "images/photo_51_1.tif",
            "images/photo_51_2.tif",
            "images/photo_51_3.tif",
            "notes.txt",
            "protocol.pdf",
        ]
        assert all(isinstance(f, File) and isinstance(f.created_on, dt.datetime) for _, f in walked)
        images, notes = walked[0][1], walked[4][1]
        moved = await client.move_file(notes, images, name="moved.txt")
        assert (moved.id, moved.parent, moved.name) == (notes.id, images.id, "moved.txt")
        assert [p async for p, _ in client.walk(folder=images)][-1] == "moved.txt"

        first, second = [f async for f in client.list_files(MY_PROJECT, max_items=2)]
        records = await client.bulk_get_files([first, UNKNOWN_FILE, second])
        assert [present(r.resource).id if r.resource else present(r.error).code for r in records] == [
            first.id,
            5002,
            second.id,
        ]
        edited = await client.bulk_edit_files([{"id": first.id, "metadata": {"reviewed": "yes"}}])
        metadata = present(present(edited[0].resource).metadata).to_dict()
        assert (metadata["reviewed"], metadata["sample_id"]) == ("yes", "S001")  # edit merges
        full = await client.get_file(second)
        full.name = "renamed_002.fastq"
        (updated,) = await client.bulk_update_files([full])
        assert present(updated.resource).name == "renamed_002.fastq"

        copy = await client.start_copy_job([first, UNKNOWN_FILE], project="john_doe/scratch")
        assert isinstance(copy, FileJob)
        finished = await client.wait_async_job(copy, interval=0)
        assert (str(finished.state), finished.completed_files, finished.failed_files) == ("FINISHED", 1, 1)
        copied = present(present(finished.result)[0].resource)
        assert copied.project == "john_doe/scratch"
        deleted = await client.wait_async_job(await client.start_delete_job([copied]), interval=0)
        assert present(present(deleted.result)[0].resource).id == copied.id
        jobs = [str(j.id) async for j in client.list_async_jobs()]
        assert {str(copy.id), str(deleted.id)} <= set(jobs)


async def test_volumes_imports_and_exports(live: LiveServer) -> None:
    async with _client(live) as client:
        volumes = [v async for v in client.list_volumes()]
        assert [v.id for v in volumes] == [INPUT, RESULTS, "john_doe/archive_blob"]
        assert all(isinstance(v, Volume) for v in volumes)
        objects = [o async for o in client.list_volume_objects(INPUT, prefix="fastq/", page_size=3)]
        assert [o.location for o in objects] == [
            "fastq/sample_D_1.fastq",
            "fastq/sample_D_2.fastq",
            "fastq/sample_E_1.fastq",
            "fastq/sample_E_2.fastq",
        ]  # two pages, by continuation token
        info = await client.get_volume_object(INPUT, "README.txt")
        assert isinstance(info, VolumeObject)
        created = await client.create_volume(
            "lab_archive",
            type="azure",
            container="archive",
            storage_account="labacct",
            credentials={"tenant_id": "t", "client_id": "c", "client_secret": "never-returned"},
        )
        assert present(present(created.service).credentials).to_dict() == {"tenant_id": "t", "client_id": "c"}
        deactivated = await client.update_volume(created, active=False, description="cold")
        assert (deactivated.active, deactivated.description) == (False, "cold")
        await client.delete_volume(created)
        assert created.id not in [v.id async for v in client.list_volumes()]

        started = await client.start_import(INPUT, "fastq/sample_E_1.fastq", project=RNA)
        assert str(started.state) == "PENDING"
        imported = await client.wait_import(started, interval=0)
        assert isinstance(imported, Import)
        alias = present(imported.result)
        assert present(alias.storage).type_ == "VOLUME"
        with pytest.raises(TransferFailedError) as raised:
            await client.wait_import(
                await client.start_import(INPUT, "fastq/sample_E_1.fastq", project=RNA), interval=0
            )
        assert (raised.value.status, raised.value.code) == ("FAILED", 9108)
        renamed = await client.wait_import(
            await client.start_import(INPUT, "fastq/sample_E_1.fastq", project=RNA, autorename=True), interval=0
        )
        assert present(renamed.result).name == "_1_sample_E_1.fastq"
        bulk = await client.bulk_start_imports(
            [{"volume": INPUT, "location": "README.txt", "project": RNA, "name": "README_core.txt"}]
        )
        job = present(bulk[0].resource)
        assert present((await client.bulk_get_imports([job]))[0].resource).id == job.id
        failed = [i.id async for i in client.list_imports(project=RNA, state="FAILED")]
        assert raised.value.job_id in failed

        with pytest.raises(PermissionDeniedError) as refused:
            await client.start_export(alias, RESULTS, "exports/alias.fastq")
        assert refused.value.code == 9006  # an alias cannot be exported
        reads, other = "567890abc1e5339df0414123", "567890abc4f3066bc3750174"
        exported = await client.wait_export(await client.start_export(reads, RESULTS, "exports/pe_1.fastq"), interval=0)
        assert present(present(exported.result).storage).type_ == "VOLUME"  # the file is its alias now
        with pytest.raises(TransferFailedError) as clash:
            await client.wait_export(
                await client.start_export(other, RESULTS, "exports/pe_1.fastq", copy_only=True), interval=0
            )
        assert clash.value.code == 9107
        replaced = await client.start_export(other, RESULTS, "exports/pe_1.fastq", copy_only=True, overwrite=True)
        kept = present((await client.wait_export(replaced, interval=0)).result)
        assert present(kept.storage).type_ == "PLATFORM"
        assert len([e async for e in client.list_exports(volume=RESULTS)]) == 3
        listed = [o.location async for o in client.list_volume_objects(RESULTS, prefix="exports/")]
        assert listed == ["exports/pe_1.fastq"]


CWL = {
    "class": "CommandLineTool",
    "cwlVersion": "v1.2",
    "label": "Line count",
    "baseCommand": ["wc", "-l"],
    "inputs": [{"id": "text", "type": "File"}],
    "outputs": [{"id": "count", "type": "stdout"}],
}


async def test_apps_from_cwl(live: LiveServer) -> None:
    async with _client(live) as client:
        app = await client.install_app(f"{MY_PROJECT}/line-count", CWL)
        assert isinstance(app, App)
        assert (app.id, app.revision) == (f"{MY_PROJECT}/line-count/0", 0)
        revised = await client.create_app_revision(f"{MY_PROJECT}/line-count", 1, {**CWL, "label": "Line count 2"})
        assert revised.revision == 1
        assert (await client.get_app_cwl(f"{MY_PROJECT}/line-count/0"))["label"] == "Line count"
        assert (await client.get_app_cwl(f"{MY_PROJECT}/line-count"))["sbg:latestRevision"] == 1
        copy = await client.copy_app(f"{MY_PROJECT}/line-count", "john_doe/project2", strategy="clone")
        assert copy.id == "john_doe/project2/line-count/1"
        await client.create_app_revision(f"{MY_PROJECT}/line-count", 2, {**CWL, "label": "Line count 3"})
        synced = await client.sync_app("john_doe/project2/line-count")
        assert (synced.revision, present(synced.raw).to_dict()["label"]) == (2, "Line count 3")
        assert f"{MY_PROJECT}/line-count" in [a.id async for a in client.list_apps(project=MY_PROJECT)]


async def test_batch_tasks_clones_and_bulk_reads(live: LiveServer) -> None:
    async with _client(live) as client:
        reads = [f async for f in client.list_files(RNA, fields="_all") if str(f.name)[:8] in ("sample_A", "sample_B")]
        task = await client.create_task(
            RNA,
            SALMON,
            name="Per read",
            inputs={"reads": reads},
            batch_input="reads",
            batch_by={"type": "ITEM"},
            execution_settings={"instance_type": "c5.xlarge", "use_memoization": True},
            use_interruptible_instances=False,
            run=True,
        )
        assert (task.batch, task.use_interruptible_instances) == (True, False)
        settings = present(task.execution_settings).to_dict()
        assert settings == {"instance_type": "c5.xlarge", "use_memoization": True}
        done = await client.wait(task, interval=0)
        assert str(done.status) == "COMPLETED"
        assert present(done.execution_status).completed == 4
        children = [c async for c in client.list_batch_children(task)]
        assert sorted(str(c.name) for c in children) == sorted(f"Per read - {f.name}" for f in reads)
        assert all(c.parent == str(task.id) and isinstance(c, Task) for c in children)
        clone = await client.clone_task(task)
        assert (str(clone.status), clone.batch, clone.batch_input) == ("DRAFT", True, "reads")
        single = await client.create_task(
            RNA,
            SALMON,
            inputs={"reads": reads},
            batch_input="reads",
            batch_by={"type": "ITEM"},
            disable_batch=True,
            run=True,
        )
        assert single.batch is False
        records = await client.bulk_get_tasks([task, clone])
        assert [str(present(r.resource).status) for r in records] == ["COMPLETED", "DRAFT"]
        assert [t.id async for t in client.list_tasks(batch=True, project=RNA)] == [task.id, clone.id]


async def test_billing_breakdowns_and_invoices(live: LiveServer) -> None:
    async with _client(live) as client:
        analysis = [
            a async for a in client.list_analysis_breakdown(GROUP, date_from=dt.date(2024, 3, 1), date_to="03-31-2024")
        ]
        assert [a.analysis_name for a in analysis][:2] == ["QC of sample 1", "QC of sample 2"]
        assert present(analysis[0].analysis_cost).amount == "0.23"
        storage = {s.project_name: present(present(s.active).size) async for s in client.list_storage_breakdown(GROUP)}
        assert storage["My project"] > 0
        await client.download_info("567890abc4f3066bc3750174")
        egress = [e async for e in client.list_egress_breakdown(GROUP)]
        assert ("project1", "john_doe") in [(e.project_name, e.downloaded_by) for e in egress]
        invoices = [i async for i in client.list_invoices(billing_group=GROUP)]
        assert all(isinstance(i, Invoice) for i in invoices)
        assert [i.pending for i in invoices] == [False, False, True]
        january = await client.get_invoice(invoices[0])
        assert present(present(january.invoice_period).from_).month == 1
        none_then = [a async for a in client.list_analysis_breakdown(GROUP, invoice=january)]
        assert none_then == []
