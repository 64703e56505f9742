"""``labsdk.sevenbridges`` against the in-process mock: listing, waiting, downloading, uploading, and the rest of
the surface (projects, members, folders, apps, drafts, billing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

import labmock
from labmock import MockConfig, MockServer
from labsdk.sevenbridges import AsyncSevenBridges, File, TaskFailedError

from ...harness import Waits, record_requests

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"


@pytest.fixture
def server() -> MockServer:
    return labmock.create("sevenbridges", MockConfig(job_polls=2))


async def test_the_client_lists_waits_downloads_and_uploads(server: MockServer, tmp_path: Path) -> None:
    async with AsyncSevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.async_transport(), retry=Waits().policy()
    ) as client:
        assert (await client.get_user()).username == "john_doe"
        files = [f async for f in client.list_files(MY_PROJECT, page_size=25, concurrency=3)]
        assert [f.name for f in files] == [f"sample_{i:03d}.fastq" for i in range(1, 71)]
        task = await client.create_task(MY_PROJECT, FASTQC, inputs={"input_fastq": files[0]}, run=True)
        assert str((await client.wait(task, interval=0)).status) == "COMPLETED"
        with pytest.raises(TaskFailedError):
            await client.wait(await client.create_task(MY_PROJECT, "john_doe/my-project/always-fails", run=True))
        path = await client.download(files[0], tmp_path)
        assert path.name == "sample_001.fastq"
        uploaded = await client.upload(path, project="john_doe/project2")
        assert isinstance(uploaded, File)
        assert uploaded.size == path.stat().st_size
        assert (await client.set_metadata(uploaded, {"k": "v"})) == {"k": "v"}


async def test_the_rest_of_the_surface(server: MockServer) -> None:
    async with AsyncSevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.async_transport(), retry=Waits().policy()
    ) as client:
        project = await client.create_project("Another lab")
        assert (await client.update_project(project.id, tags=["a"])).tags == ["a"]
        await client.add_member(project.id, email="rosalind.franklin@example.com")
        assert (await client.set_permissions(project.id, "rfranklin", write=True)).write is True
        assert [m.username async for m in client.list_members(project.id)] == ["john_doe", "rfranklin"]
        assert (await client.get_member(project.id, "rfranklin")).email == "rosalind.franklin@example.com"
        await client.remove_member(project.id, "rfranklin")
        folder = await client.create_folder("in", project=project.id)
        copied = await client.copy_file("567890abc9b0307bc0414164", parent=folder)
        assert [f.name async for f in client.list_folder(folder)] == ["example_human_known_indels.vcf"]
        assert (await client.update_file(copied, name="indels.vcf")).name == "indels.vcf"
        assert await client.set_tags(copied, ["ref"]) == ["ref"]
        await client.delete_file(copied)
        await client.delete_file(folder)
        app = await client.get_app("admin/sbg-public-data/whole-exome-sequencing-bwa-gatk-4-0/2")
        draft = await client.create_task(project.id, app)
        assert (await client.update_task(draft, description="d")).description == "d"
        assert (await client.execution_details(draft)).jobs == []
        assert [t.id async for t in client.list_tasks(project=project.id, status="DRAFT")] == [draft.id]
        (group,) = [g async for g in client.list_billing_groups(page_size=1)][:1]
        assert (await client.get_billing_group(str(group.id))).balance.amount == "1000.00"  # type: ignore[union-attr]
        assert (await client.rate_limit()).rate.limit == 1000
        await client.delete_project(project.id)


async def test_metadata_filters_go_with_every_page_and_with_nothing_else(server: MockServer) -> None:
    """The ``metadata.<key>`` filters the spec cannot declare travel as extra query parameters the client's transport
    adds (``labsdk._transport.sending_query``): on every page, concurrent ones too, and on no other request; the
    generated client is never edited."""
    seen = record_requests(server)
    async with AsyncSevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.async_transport(), retry=Waits().policy()
    ) as client:
        generated = cast(Any, client._generated)
        httpx_args = dict(generated._httpx_args)
        wanted = {"library": ["L1", "L2"], "platform": "Illumina"}
        paged = client.list_files(MY_PROJECT, metadata=wanted, page_size=10, concurrency=3)
        names = [f.name async for f in paged]
        await client.get_user()
        assert cast(Any, client._generated) is generated
        assert generated._httpx_args == httpx_args
    assert names == [f"sample_{i:03d}.fastq" for i in range(1, 71) if i % 3 != 2]  # library L1 or L2: 47 files
    pages = [r for r in seen if r.path == "/v2/files"]
    assert len(pages) == 5
    for request in pages:
        assert request.query["metadata.library"] == ["L1", "L2"]
        assert request.query["metadata.platform"] == ["Illumina"]
        assert request.query["project"] == [MY_PROJECT]
    assert seen[-1].path == "/v2/user"
    assert not any(key.startswith("metadata.") for key in seen[-1].query)
