# Derived from tests/sdk/_async/test_sevenbridges_client.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""``labsdk.sevenbridges`` against the in-process mock: listing, waiting, downloading, uploading, and the rest of
the surface (projects, members, folders, apps, drafts, billing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

import labmock
from labmock import MockConfig, MockServer
from labsdk.sevenbridges import File, SevenBridges, TaskFailedError

from ...harness import Waits, record_requests

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"


@pytest.fixture
def server() -> MockServer:
    return labmock.create("sevenbridges", MockConfig(job_polls=2))


def test_the_client_lists_waits_downloads_and_uploads(server: MockServer, tmp_path: Path) -> None:
    with SevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.transport(), retry=Waits().policy()
    ) as client:
        assert client.get_user().username == "john_doe"
        files = [f for f in client.list_files(MY_PROJECT, page_size=25, concurrency=3)]
        assert [f.name for f in files] == [f"sample_{i:03d}.fastq" for i in range(1, 71)]
        task = client.create_task(MY_PROJECT, FASTQC, inputs={"input_fastq": files[0]}, run=True)
        assert str(client.wait(task, interval=0).status) == "COMPLETED"
        with pytest.raises(TaskFailedError):
            client.wait(client.create_task(MY_PROJECT, "john_doe/my-project/always-fails", run=True))
        path = client.download(files[0], tmp_path)
        assert path.name == "sample_001.fastq"
        uploaded = client.upload(path, project="john_doe/project2")
        assert isinstance(uploaded, File)
        assert uploaded.size == path.stat().st_size
        assert client.set_metadata(uploaded, {"k": "v"}) == {"k": "v"}


def test_the_rest_of_the_surface(server: MockServer) -> None:
    with SevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.transport(), retry=Waits().policy()
    ) as client:
        project = client.create_project("Another lab")
        assert client.update_project(project.id, tags=["a"]).tags == ["a"]
        client.add_member(project.id, email="rosalind.franklin@example.com")
        assert client.set_permissions(project.id, "rfranklin", write=True).write is True
        assert [m.username for m in client.list_members(project.id)] == ["john_doe", "rfranklin"]
        assert client.get_member(project.id, "rfranklin").email == "rosalind.franklin@example.com"
        client.remove_member(project.id, "rfranklin")
        folder = client.create_folder("in", project=project.id)
        copied = client.copy_file("567890abc9b0307bc0414164", parent=folder)
        assert [f.name for f in client.list_folder(folder)] == ["example_human_known_indels.vcf"]
        assert client.update_file(copied, name="indels.vcf").name == "indels.vcf"
        assert client.set_tags(copied, ["ref"]) == ["ref"]
        client.delete_file(copied)
        client.delete_file(folder)
        app = client.get_app("admin/sbg-public-data/whole-exome-sequencing-bwa-gatk-4-0/2")
        draft = client.create_task(project.id, app)
        assert client.update_task(draft, description="d").description == "d"
        assert client.execution_details(draft).jobs == []
        assert [t.id for t in client.list_tasks(project=project.id, status="DRAFT")] == [draft.id]
        (group,) = [g for g in client.list_billing_groups(page_size=1)][:1]
        assert client.get_billing_group(str(group.id)).balance.amount == "1000.00"  # type: ignore[union-attr]
        assert client.rate_limit().rate.limit == 1000
        client.delete_project(project.id)


def test_metadata_filters_go_with_every_page_and_with_nothing_else(server: MockServer) -> None:
    """The ``metadata.<key>`` filters the spec cannot declare travel as extra query parameters the client's transport
    adds (``labsdk._transport.sending_query``): on every page, concurrent ones too, and on no other request; the
    generated client is never edited."""
    seen = record_requests(server)
    with SevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.transport(), retry=Waits().policy()
    ) as client:
        generated = cast(Any, client._generated)
        httpx_args = dict(generated._httpx_args)
        wanted = {"library": ["L1", "L2"], "platform": "Illumina"}
        paged = client.list_files(MY_PROJECT, metadata=wanted, page_size=10, concurrency=3)
        names = [f.name for f in paged]
        client.get_user()
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
