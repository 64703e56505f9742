"""``labsdk.sevenbridges`` against the in-process mock: credentials and presets, typed fields, filters, ordered
concurrent listing, wait() with typed errors, downloads, multipart uploads with per-part retries. The tests written
once for both faces are in ``_async/test_sevenbridges_client.py`` (``_sync/`` is derived from it)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import labmock
from labmock import MockConfig, MockRequest, MockResponse, MockServer
from labsdk import LabSDKError, NotFoundError, PollTimeoutError
from labsdk.sevenbridges import (
    DEPLOYMENTS,
    SevenBridges,
    TaskAbortedError,
    TaskFailedError,
    UploadError,
    file_input,
    resolve_credentials,
)

from ..harness import Seen, Waits, record_requests

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"
OBJECTS = "/_labmock/objects/"


@pytest.fixture
def server() -> MockServer:
    return labmock.create("sevenbridges", MockConfig(job_polls=2))


@pytest.fixture
def seen(server: MockServer) -> list[Seen]:
    return record_requests(server)


@pytest.fixture
def client(server: MockServer, seen: list[Seen]) -> Iterator[SevenBridges]:
    with SevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.transport(), retry=Waits().policy()
    ) as client:
        yield client


# -- credentials and presets ----------------------------------------------------------------------------------


def _credentials_file(tmp_path: Path) -> Path:
    path = tmp_path / "credentials"
    path.write_text(
        "[default]\napi_endpoint = https://api.sbgenomics.com/v2\nauth_token = default-token\n\n"
        "[cavatica]\napi_endpoint = https://cavatica-api.sbgenomics.com/v2/\nauth_token = cavatica-token\n",
        encoding="utf-8",
    )
    return path


def test_credentials_are_found_as_the_official_client_finds_them(tmp_path: Path) -> None:
    file = _credentials_file(tmp_path)
    env = {"SB_AUTH_TOKEN": "env-token", "SB_API_ENDPOINT": "https://eu-api.sbgenomics.com/v2"}
    assert resolve_credentials("given", "http://x/v2/", environ=env, credentials_file=file) == ("given", "http://x/v2")
    assert resolve_credentials(environ=env, credentials_file=file) == ("env-token", DEPLOYMENTS["eu"])
    assert resolve_credentials(environ={}, credentials_file=file) == ("default-token", DEPLOYMENTS["us"])
    named = resolve_credentials(profile="cavatica", environ=env, credentials_file=file)  # a profile skips the env
    assert named == ("cavatica-token", DEPLOYMENTS["cavatica"])
    assert resolve_credentials("t", deployment="cgc", environ={}) == ("t", "https://cgc-api.sbgenomics.com/v2")
    with pytest.raises(LabSDKError, match=r"profile \[nope\]"):
        resolve_credentials(profile="nope", environ={}, credentials_file=file)
    with pytest.raises(LabSDKError, match="missing"):
        resolve_credentials(environ={}, credentials_file=tmp_path / "absent")


def test_the_client_reads_the_credentials_file_and_presets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SB_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("SB_API_ENDPOINT", raising=False)
    file = _credentials_file(tmp_path)
    with SevenBridges(profile="cavatica", credentials_file=file) as cavatica:
        assert cavatica.base_url == "https://cavatica-api.sbgenomics.com/v2"
        assert "cavatica-token" not in repr(cavatica)
    with SevenBridges(api_key="k", deployment="eu") as eu:
        assert eu.base_url == "https://eu-api.sbgenomics.com/v2"
    assert set(SevenBridges.DEPLOYMENTS) == {"us", "eu", "cavatica", "cgc"}


# -- listing ----------------------------------------------------------------------------------------------------


def test_typed_fields_are_checked_against_the_spec(client: SevenBridges, seen: list[Seen]) -> None:
    files = list(client.list_files(MY_PROJECT, fields=["name", "!metadata.library", "size"], max_items=2))
    assert [(f.name, f.size) for f in files] == [("sample_001.fastq", 2037), ("sample_002.fastq", 2074)]
    assert seen[-1].query["fields"] == ["name,!metadata.library,size"]
    with pytest.raises(ValueError, match="File has no field 'colour'"):
        client.list_files(MY_PROJECT, fields="colour")
    assert client.get_project("john_doe/project1", fields="_all").name == "project1"


def test_files_need_exactly_one_of_project_and_parent(client: SevenBridges) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        client.list_files()
    with pytest.raises(ValueError, match="exactly one"):
        client.list_files(MY_PROJECT, parent="0" * 24)


def test_metadata_names_tags_filters_reach_the_server(client: SevenBridges, seen: list[Seen]) -> None:
    found = client.list_files(MY_PROJECT, metadata={"library": "L1", "sample_id": ["S003", "S004", "S006"]})
    assert [f.name for f in found] == ["sample_003.fastq", "sample_006.fastq"]
    assert seen[-1].query["metadata.sample_id"] == ["S003", "S004", "S006"]
    assert [f.name for f in client.list_files(MY_PROJECT, tags=["normal"], names=["sample_001.fastq"])] == []
    assert len(list(client.list_files(MY_PROJECT))) == 70  # the filters belonged to that one call


def test_concurrent_listing_keeps_the_order(server: MockServer, client: SevenBridges, seen: list[Seen]) -> None:
    server.state.add_files("john_doe/project2", 950)
    paged = client.list_files("john_doe/project2", page_size=100, concurrency=6)
    names = [f.name for f in paged]
    assert names == [f"bulk_{i:05d}.txt" for i in range(1, 951)]
    offsets = sorted(int(r.query["offset"][0]) for r in seen if r.path == "/v2/files")
    assert offsets == list(range(0, 950, 100))  # each page asked once


def test_pages_carry_the_total_and_a_continuation_token(client: SevenBridges) -> None:
    pages = list(client.list_projects(page_size=4).by_page())
    assert [len(p) for p in pages] == [4, 2]
    assert (pages[0].total, pages[0].continuation_token) == (6, "4")
    resumed = client.list_projects(page_size=4, continuation_token="4")
    assert [p.id for p in resumed] == ["john_doe/rna-seq-study", "john_doe/scratch"]


# -- tasks --------------------------------------------------------------------------------------------------------


def test_wait_returns_the_completed_task(client: SevenBridges) -> None:
    reads = next(iter(client.list_files(MY_PROJECT, max_items=1)))
    task = client.create_task(MY_PROJECT, FASTQC, inputs={"input_fastq": reads}, run=True)
    assert str(task.status) == "QUEUED"
    seen_statuses: list[str] = []
    done = client.wait(task, interval=0, on_progress=lambda status, _, __: seen_statuses.append(status))
    assert str(done.status) == "COMPLETED"
    assert seen_statuses == ["RUNNING", "COMPLETED"]
    assert done.inputs["input_fastq"] == file_input(reads)  # type: ignore[index]


def test_wait_raises_typed_errors_for_failed_and_aborted_tasks(client: SevenBridges) -> None:
    doomed = client.create_task(MY_PROJECT, "john_doe/my-project/always-fails", run=True)
    with pytest.raises(TaskFailedError) as failed:
        client.wait(doomed, interval=0)
    assert failed.value.status == "FAILED"
    assert "always fails" in str(failed.value.server_message)
    aborted = client.abort_task(client.create_task(MY_PROJECT, FASTQC, run=True))
    assert str(aborted.status) == "ABORTING"
    with pytest.raises(TaskAbortedError):
        client.wait(aborted, interval=0)


def test_wait_times_out_on_a_draft(client: SevenBridges) -> None:
    draft = client.create_task(MY_PROJECT, FASTQC, name="never run")
    with pytest.raises(PollTimeoutError):
        client.wait(draft, interval=0, timeout=0)
    assert str(client.run_task(draft).status) == "QUEUED"


# -- files: metadata, download, upload ----------------------------------------------------------------------------


def test_metadata_folders_and_copies(client: SevenBridges) -> None:
    file = next(iter(client.list_files(MY_PROJECT, names=["sample_005.fastq"])))
    assert client.set_metadata(file, {"tissue": "liver", "library": None})["tissue"] == "liver"
    assert client.set_metadata(file, {"only": "this"}, replace=True) == {"only": "this"}
    assert client.get_metadata(file) == {"only": "this"}
    folder = client.create_folder("inbox", project="john_doe/project2")
    copy = client.copy_file(file, parent=folder, name="copy.fastq")
    assert (copy.name, copy.parent) == ("copy.fastq", folder.id)
    assert [f.name for f in client.list_folder(folder)] == ["copy.fastq"]
    assert client.set_tags(copy, ["qc"]) == ["qc"]


def test_errors_never_show_the_token(server: MockServer, client: SevenBridges) -> None:
    with pytest.raises(NotFoundError) as missing:
        client.get_file("0123456789abcdef01234567")
    assert server.key not in str(missing.value)
    assert server.key not in repr(client)
    assert missing.value.body == {
        "status": 404,
        "code": 5002,
        "message": "Requested file does not exist.",
        "more_info": "https://docs.sevenbridges.com/reference/api-status-codes",
    }


def test_download_names_the_file_and_sends_no_token(
    server: MockServer, client: SevenBridges, seen: list[Seen], tmp_path: Path
) -> None:
    file = next(iter(client.list_files(MY_PROJECT, names=["sample_030.fastq"])))
    path = client.download(file, tmp_path)
    assert path == tmp_path / "sample_030.fastq"
    assert path.read_bytes() == server.state.content(server.state.files[file.id])
    storage = [r for r in seen if OBJECTS in r.path]
    assert storage
    assert all("x-sbg-auth-token" not in r.headers for r in storage)


def test_an_expired_download_url_is_fetched_anew(server: MockServer, client: SevenBridges, tmp_path: Path) -> None:
    clock = {"now": 1_800_000_000.0}
    server.objects.now = lambda: clock["now"]
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        if OBJECTS in request.path and not clock.get("moved"):
            clock["now"] += server.objects.expiry + 10  # the URL expires before it is used
            clock["moved"] = 1
        return original(request)

    server.handle = handle  # type: ignore[method-assign]
    file = next(iter(client.list_files(MY_PROJECT, max_items=1)))
    assert client.download(file, tmp_path / "x.fastq").stat().st_size > 0


def _flaky_storage(server: MockServer, fail: Callable[[int], bool]) -> list[int]:
    """Answer 503 to the part PUTs for which ``fail(attempt)`` is true; return the PUT attempts seen."""
    attempts: list[int] = []
    original = server.handle

    def handle(request: MockRequest) -> MockResponse:
        if request.method == "PUT" and OBJECTS in request.path:
            attempts.append(len(attempts) + 1)
            if fail(len(attempts)):
                return MockResponse(503, [("content-type", "application/xml")], b"<Error/>")
        return original(request)

    server.handle = handle  # type: ignore[method-assign]
    return attempts


def test_upload_retries_a_part_on_its_own(server: MockServer, tmp_path: Path) -> None:
    content = os.urandom(11 * 2**20)  # three parts of 5 MiB
    source = tmp_path / "reads.bin"
    source.write_bytes(content)
    attempts = _flaky_storage(server, lambda n: n in (2, 3, 4, 5))  # part 2's first try, transport retries included
    waits = Waits()
    with SevenBridges(
        api_key=server.key, base_url="http://mock/v2", transport=server.transport(), retry=waits.policy(max_retries=3)
    ) as client:
        uploaded = client.upload(source, project="john_doe/project2", part_size=5 * 2**20)
    assert (uploaded.name, uploaded.size) == ("reads.bin", len(content))
    assert server.state.content(server.state.files[uploaded.id]) == content
    assert len(attempts) == 7  # part 1, part 2 x 4 (one failed attempt of the part), part 2 again, part 3
    assert server.state.uploads == {}


def test_an_upload_that_cannot_store_a_part_is_aborted(server: MockServer) -> None:
    _flaky_storage(server, lambda n: True)
    with (
        SevenBridges(
            api_key=server.key,
            base_url="http://mock/v2",
            transport=server.transport(),
            retry=Waits().policy(max_retries=1),
        ) as client,
        pytest.raises(UploadError, match="part 1 failed after 2 attempts"),
    ):
        client.upload(b"hello", project="john_doe/project2", name="hello.txt")
    assert server.state.uploads == {}
    assert "hello.txt" not in [n.name for n in server.state.files.values()]


def test_upload_of_bytes_needs_a_name_and_an_empty_file_works(server: MockServer, client: SevenBridges) -> None:
    with pytest.raises(ValueError, match="name="):
        client.upload(b"x", project="john_doe/project2")
    empty = client.upload(b"", project="john_doe/project2", name="empty.txt")
    assert empty.size == 0
    assert server.state.content(server.state.files[empty.id]) == b""


def test_a_missing_token_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SB_AUTH_TOKEN", raising=False)
    with pytest.raises(LabSDKError, match="SB_AUTH_TOKEN"):
        SevenBridges(credentials_file=tmp_path / "none")


# -- the rest of the surface, on both clients -----------------------------------------------------------------


def test_projects_members_apps_tasks_and_billing(client: SevenBridges) -> None:
    project = client.create_project("RFranklin's experiments", description="more", tags=["x"])
    assert project.id == "john_doe/rfranklins-experiments_1"
    assert client.update_project(project.id, description="changed").description == "changed"
    member = client.add_member(project.id, "rfranklin", permissions={"write": True})
    assert (member.username, member.permissions.write, member.permissions.read) == ("rfranklin", True, True)  # type: ignore[union-attr]
    assert client.set_permissions(project.id, "rfranklin", admin=True).execute is True
    assert sorted(m.username for m in client.list_members(project.id)) == ["john_doe", "rfranklin"]
    assert client.get_member(project.id, "rfranklin").permissions.copy is True  # type: ignore[union-attr]
    client.remove_member(project.id, "rfranklin")
    assert [m.username for m in client.list_members(project.id)] == ["john_doe"]
    app = client.get_app("john_doe/my-project/bamtools-merge-2-4-0")
    assert (app.id, app.revision) == ("john_doe/my-project/bamtools-merge-2-4-0/1", 1)
    assert client.get_app("john_doe/my-project/bamtools-merge-2-4-0/0").revision == 0
    public = [a.id for a in client.list_apps(public=True)]
    assert public == ["admin/sbg-public-data/whole-exome-sequencing-bwa-gatk-4-0"]
    draft = client.create_task(project.id, app, name="draft")
    assert client.update_task(draft, name="renamed", inputs={"input_bam_files": []}).name == "renamed"
    assert client.execution_details(draft).status == "DRAFT"
    groups = list(client.list_billing_groups())
    assert client.get_billing_group(str(groups[0].id)).name == "john_doe's billing group"
    assert str(project.billing_group) == str(groups[0].id)
    assert [t.name for t in client.list_tasks(project=project.id)] == ["renamed"]
    client.delete_project(project.id)
    with pytest.raises(NotFoundError):
        client.get_project(project.id)


def test_task_listing_orders_and_filters_by_time(client: SevenBridges) -> None:
    newest_first = [t.name for t in client.list_tasks(order_by="created_time", descending=True, max_items=2)]
    assert newest_first == ["QC draft", "QC that was aborted"]
    early = [t.name for t in client.list_tasks(created_to="2024-03-01T13:00:00")]
    assert early == ["QC of sample 1"]
    assert len(list(client.list_tasks(status="COMPLETED"))) == 3
