"""Signed-URL downloads: streaming, Content-Length checks, Range resume, atomic replace, no credentials."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from labsdk import AsyncDownloader, DownloadError, IncompleteDownloadError, NotFoundError, ResponseValidationError
from labsdk._download import _PartFile
from labspecs import SpecError

from ..._async.widgets import AsyncWidgets
from ...harness import Waits, leftovers
from ..biodock_support import async_client, job
from ..download_support import DATA, OBJECT, RANGE, SIGNED, URL, ranges, serve
from ..support import API_KEY, BrokenStream, ChunkedStream, FakeApi, fake_client


async def fetch_to(api: FakeApi, waits: Waits, dest: Path, url: str = URL, **kwargs: Any) -> Path:
    async with AsyncDownloader(transport=api.transport, retry=waits.policy()) as downloader:
        return await downloader.download(url, dest, **kwargs)


async def test_happy_path_streams_to_the_destination(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA))
    dest = tmp_path / "out" / "objects.csv"
    path = await fetch_to(api, waits, dest, chunk_size=1000)
    assert path == dest
    assert dest.read_bytes() == DATA
    assert leftovers(dest.parent) == []
    assert len(api.requests) == 1
    assert "Range" not in api.requests[0].headers


async def test_short_body_is_resumed_with_range(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA, short_first=4000))
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest)
    assert dest.read_bytes() == DATA
    assert [r.headers.get("Range") for r in api.requests] == [None, f"bytes={len(DATA) - 4000}-"]
    assert waits.waits == [0.5]


async def test_dropped_connection_is_resumed(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(len(DATA))}, stream=BrokenStream(DATA, 3000))

    resumer = serve(DATA)
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return broken(request) if calls["n"] == 1 else resumer(request)

    api.add("GET", OBJECT, handler)
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest)  # the 3000 bytes before the break reach the file, though less than a write's worth
    assert dest.read_bytes() == DATA
    assert api.requests[1].headers["Range"] == "bytes=3000-"


async def test_chunks_are_written_as_they_came_a_write_s_worth_at_a_time(
    api: FakeApi, waits: Waits, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[list[int]] = []
    write = _PartFile.write

    def spy(self: _PartFile, chunks: list[bytes]) -> None:
        writes.append([len(chunk) for chunk in chunks])
        write(self, chunks)

    monkeypatch.setattr(_PartFile, "write", spy)
    headers = {"Content-Length": str(len(DATA))}
    api.add("GET", OBJECT, lambda _: httpx.Response(200, headers=headers, stream=ChunkedStream(DATA, 300)))
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest, chunk_size=1000)
    assert dest.read_bytes() == DATA
    # 10240 bytes in 300-byte chunks: four chunks to each write of at least 1000 bytes, none joined or re-cut
    assert writes == [[300] * 4] * 8 + [[300, 300, 40]]


async def test_a_range_cut_short_resumes_from_its_last_byte_received(
    api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    # the second range breaks after 1234 bytes, sent in 100-byte chunks
    api.add("GET", OBJECT, ranges(DATA, cut_once=4096, cut_after=1234, chunk=100))
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest, workers=2, part_size=4096)
    assert dest.read_bytes() == DATA
    assert sorted(r.headers["Range"] for r in api.requests) == [
        "bytes=0-4095",
        "bytes=4096-8191",
        f"bytes={4096 + 1234}-8191",
        "bytes=8192-10239",
    ]


async def test_server_ignoring_range_restarts_from_zero(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA, short_first=5000, honour_range=False))
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest)
    assert dest.read_bytes() == DATA  # not the first half twice
    assert api.requests[1].headers["Range"] == f"bytes={len(DATA) - 5000}-"


async def test_still_short_raises_and_leaves_nothing(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA, short_first=1000, honour_range=False, always_short=True))
    dest = tmp_path / "objects.csv"
    dest.write_bytes(b"previous version")
    with pytest.raises(IncompleteDownloadError) as info:
        await fetch_to(api, waits, dest)
    assert info.value.expected == len(DATA)
    assert info.value.received == len(DATA) - 1000
    assert "s3cr3tsig" not in str(info.value)
    assert dest.read_bytes() == b"previous version"
    assert leftovers(tmp_path) == []
    assert len(api.requests) == 4  # the first attempt and 3 resumes (the retry budget)


async def test_a_host_that_cuts_every_response_still_delivers_a_large_object(
    api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    big = os.urandom(1 << 20) * 64  # 64 MiB; every response stops after 10 MiB (its Content-Length says more)
    cut = 10 << 20

    def cutting(request: httpx.Request) -> httpx.Response:
        match = RANGE.match(request.headers.get("Range", ""))
        start = int(match.group(1)) if match else 0
        headers = {"Content-Length": str(len(big) - start)}
        if start:
            headers["Content-Range"] = f"bytes {start}-{len(big) - 1}/{len(big)}"
        return httpx.Response(206 if start else 200, headers=headers, content=big[start : start + cut])

    api.add("GET", OBJECT, cutting)
    dest = tmp_path / "big.bin"
    await fetch_to(api, waits, dest)
    assert dest.read_bytes() == big
    assert len(api.requests) == 7  # 10 MiB each: the budget of 3 resumes counts stalls, not progress
    assert waits.waits == [0.5] * 6  # each progressing resume waits the first backoff only
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("durable", [False, True])
async def test_durable_downloads_reach_the_disk_before_the_replace(
    durable: bool, api: FakeApi, waits: Waits, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    api.add("GET", OBJECT, serve(DATA))
    async with AsyncDownloader(transport=api.transport, retry=waits.policy(), durable=durable) as downloader:
        await downloader.download(URL, tmp_path / "objects.csv")
    assert (tmp_path / "objects.csv").read_bytes() == DATA
    assert len(synced) == (1 if durable else 0)


async def test_a_ranged_download_fetches_every_range_at_its_offset(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, ranges(DATA, cut_once=4000))
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest, workers=3, part_size=1000, chunk_size=100)
    assert dest.read_bytes() == DATA
    asked = sorted({r.headers["Range"] for r in api.requests}, key=lambda r: int(r[6:].split("-")[0]))
    expected = [f"bytes={a}-{min(a + 999, len(DATA) - 1)}" for a in range(0, len(DATA), 1000)]
    assert asked == sorted([*expected, "bytes=4500-4999"], key=lambda r: int(r[6:].split("-")[0]))
    assert len(api.requests) == 12  # 11 ranges and the resume of the one cut halfway
    assert leftovers(tmp_path) == []


async def test_a_ranged_download_from_a_server_without_ranges_is_one_stream(
    api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    api.add("GET", OBJECT, serve(DATA))  # answers 200 and the whole object to a bytes=0-999 request
    dest = tmp_path / "objects.csv"
    await fetch_to(api, waits, dest, workers=3, part_size=1000)
    assert dest.read_bytes() == DATA
    assert [r.headers.get("Range") for r in api.requests] == ["bytes=0-999", None]
    assert leftovers(tmp_path) == []


async def test_a_failing_range_fails_the_download_and_leaves_nothing(
    api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    store = ranges(DATA)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["Range"].startswith("bytes=5000-"):
            return httpx.Response(403, text="<Error>AccessDenied</Error>")
        return store(request)

    api.add("GET", OBJECT, handler)
    dest = tmp_path / "objects.csv"
    with pytest.raises(DownloadError) as info:
        await fetch_to(api, waits, dest, workers=3, part_size=1000)
    assert info.value.status_code == 403
    assert not dest.exists()
    assert leftovers(tmp_path) == []


async def test_no_file_is_created_when_the_first_response_fails(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, httpx.Response(403, text="<Error><Code>AccessDenied</Code></Error>"))
    dest = tmp_path / "objects.csv"
    with pytest.raises(DownloadError) as info:
        await fetch_to(api, waits, dest)
    assert info.value.status_code == 403
    assert "s3cr3tsig" not in str(info.value)
    assert "X-Amz-Signature=%2A%2A%2A" in info.value.url or "X-Amz-Signature=***" in info.value.url
    assert not dest.exists()
    assert leftovers(tmp_path) == []


async def test_5xx_on_the_signed_host_is_retried(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, httpx.Response(503), serve(DATA))
    await fetch_to(api, waits, tmp_path / "o.csv")
    assert (tmp_path / "o.csv").read_bytes() == DATA
    assert len(api.requests) == 2


async def test_directory_destination_names(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    disposition = {"Content-Disposition": 'attachment; filename="../../etc/report final.csv"'}
    api.add("GET", OBJECT, httpx.Response(200, headers=disposition, content=b"a,b\n1,2\n"))
    named = await fetch_to(api, waits, tmp_path)
    assert named == tmp_path / "report final.csv"  # path parts of the header are dropped
    api.add("GET", OBJECT, httpx.Response(200, content=b"a,b\n"))
    assert await fetch_to(api, waits, tmp_path) == tmp_path / "objects.csv"  # from the URL path
    assert await fetch_to(api, waits, tmp_path, filename="declared.csv") == tmp_path / "declared.csv"


async def test_overwrite_false_keeps_the_existing_file(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", OBJECT, serve(DATA))
    dest = tmp_path / "objects.csv"
    dest.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        await fetch_to(api, waits, dest, overwrite=False)
    assert dest.read_bytes() == b"keep me"


# -- through a client (the widgets fixture API): x-signed-url fields, no credentials on the signed host ------------


def widgets(api: FakeApi, waits: Waits) -> AsyncWidgets:
    return fake_client(AsyncWidgets, api, waits)


def build(**extra: object) -> httpx.Response:
    return httpx.Response(200, json={"id": "bd_1", "state": "DONE", "progress": 100, **extra})


def assert_no_credentials(requests: list[httpx.Request]) -> None:
    assert requests
    for request in requests:
        assert "X-Widget-Key" not in request.headers
        assert "Authorization" not in request.headers
        assert API_KEY not in str(request.headers) + str(request.url)


async def test_signed_url_fields_are_fetched_without_credentials(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", "/api/builds/bd_1", build(artifactUrl=URL))
    api.add("GET", OBJECT, serve(DATA))
    async with widgets(api, waits) as client:
        paths = await client.download_artifact(await client.get_build("bd_1"), tmp_path)
    assert paths == {"artifact_url": tmp_path / "widget.bin"}  # the declared filename
    assert paths["artifact_url"].read_bytes() == DATA
    assert [r.headers.get("X-Widget-Key") for r in api.requests if r.url.host == "widgets.example"] == [API_KEY]
    assert_no_credentials([r for r in api.requests if r.url.host == "storage.example"])


async def test_download_results_writes_every_csv_or_none(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    done = job(status="COMPLETED", progress=100, **SIGNED)
    api.add("GET", "/api/external/analysis-jobs/job1", httpx.Response(200, json=done))
    api.add("GET", "storage.example/bucket/objects.csv", serve(DATA))
    api.add("GET", "storage.example/bucket/aggregate.csv", httpx.Response(404, text="<Error>NoSuchKey</Error>"))
    (tmp_path / "objects.csv").write_bytes(b"old objects")
    (tmp_path / "aggregate.csv").write_bytes(b"old aggregate")
    async with async_client(api, waits) as bd:
        with pytest.raises(DownloadError) as info:
            await bd.download_results("job1", tmp_path)
    assert info.value.status_code == 404
    assert (tmp_path / "objects.csv").read_bytes() == b"old objects"  # downloaded whole, but never put in place
    assert (tmp_path / "aggregate.csv").read_bytes() == b"old aggregate"
    assert leftovers(tmp_path) == []
    api.add("GET", "storage.example/bucket/aggregate.csv", serve(DATA[:100]))
    async with async_client(api, waits) as bd:
        paths = await bd.download_results("job1", tmp_path)
    assert {p.name: p.read_bytes() for p in paths.values()} == {"objects.csv": DATA, "aggregate.csv": DATA[:100]}
    assert leftovers(tmp_path) == []


# -- x-signed-redirect: the operation is not followed, its Location is streamed without credentials ----------------

MANUAL = "/api/widgets/wd_1/manual"
SIGNED_MANUAL = "https://storage.example/manuals/wd_1.txt?sig=s3cr3tsig"


async def manual(api: FakeApi, waits: Waits, dest: Path) -> Path:
    async with widgets(api, waits) as client:
        return await client.download_manual("wd_1", dest)


def redirect(location: str | None = SIGNED_MANUAL, status: int = 307) -> httpx.Response:
    return httpx.Response(status, headers={"Location": location} if location is not None else {})


async def test_a_signed_redirect_is_streamed_without_credentials(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", MANUAL, redirect())
    api.add("GET", "storage.example/manuals/wd_1.txt", serve(DATA))
    path = await manual(api, waits, tmp_path)
    assert path == tmp_path / "manual.txt"  # the declared filename
    assert path.read_bytes() == DATA
    assert leftovers(tmp_path) == []
    to_api = [r for r in api.requests if r.url.host == "widgets.example"]
    assert [(r.url.path, r.headers.get("X-Widget-Key")) for r in to_api] == [(MANUAL, API_KEY)]  # asked once
    assert_no_credentials([r for r in api.requests if r.url.host == "storage.example"])


async def test_a_redirect_to_the_apis_own_host_gets_no_credential(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    """A signed URL on the API's host (the mock's object store) is still fetched by the credential-free client, and a
    relative Location is resolved against the operation's URL."""
    api.add("GET", MANUAL, redirect("/store/manual.txt?signature=abc"))
    api.add("GET", "widgets.example/store/manual.txt", httpx.Response(200, content=b"read me"))
    async with widgets(api, waits) as client:
        path = await client.download_manual("wd_1", tmp_path / "m.txt")
    assert path.read_bytes() == b"read me"
    assert [str(r.url) for r in api.requests][1] == "https://widgets.example/store/manual.txt?signature=abc"
    assert_no_credentials(api.requests[1:])


async def test_a_302_is_not_followed_by_the_api_transport_either(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", MANUAL, redirect(status=302))
    api.add("GET", "storage.example/manuals/wd_1.txt", serve(DATA, short_first=100))
    path = await manual(api, waits, tmp_path)
    assert path.read_bytes() == DATA
    signed = [r for r in api.requests if r.url.host == "storage.example"]
    assert [r.headers.get("Range") for r in signed] == [None, f"bytes={len(DATA) - 100}-"]  # resumed on the signed URL
    assert len(api.calls(MANUAL)) == 1
    assert_no_credentials(signed)


async def test_content_answered_inline_is_saved_and_resumed_through_the_api(
    api: FakeApi, waits: Waits, tmp_path: Path
) -> None:
    api.add("GET", MANUAL, serve(DATA, short_first=1000))
    path = await manual(api, waits, tmp_path)
    assert path == tmp_path / "manual.txt"
    assert path.read_bytes() == DATA
    assert [(r.headers.get("Range"), r.headers.get("X-Widget-Key")) for r in api.calls(MANUAL)] == [
        (None, API_KEY),
        (f"bytes={len(DATA) - 1000}-", API_KEY),  # the API's own host: its credential
    ]


@pytest.mark.parametrize(
    "answer",
    [redirect(None), redirect("ftp://storage.example/manual.txt"), redirect("http://[::1")],
    ids=["no-location", "not-http", "broken-url"],
)
async def test_a_redirect_without_a_usable_location_is_a_typed_error(
    api: FakeApi, waits: Waits, tmp_path: Path, answer: httpx.Response
) -> None:
    api.add("GET", MANUAL, answer)
    with pytest.raises(ResponseValidationError, match="without a usable Location") as info:
        await manual(api, waits, tmp_path)
    assert info.value.status_code == 307
    assert API_KEY not in str(info.value)
    assert os.listdir(tmp_path) == []
    assert len(api.requests) == 1


async def test_an_api_error_keeps_its_type_message_and_code(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", MANUAL, httpx.Response(404, json={"message": "No widget 'wd_1'", "code": "W404"}))
    with pytest.raises(NotFoundError) as info:
        await manual(api, waits, tmp_path)
    assert (info.value.message, info.value.code) == ("No widget 'wd_1'", "W404")
    assert os.listdir(tmp_path) == []


async def test_an_expired_signature_asks_the_operation_once_more(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    fresh = "https://storage.example/manuals/fresh.txt?sig=new"
    api.add("GET", MANUAL, redirect(), redirect(fresh))
    api.add("GET", "storage.example/manuals/wd_1.txt", httpx.Response(403, text="<Error>Request has expired</Error>"))
    api.add("GET", "storage.example/manuals/fresh.txt", httpx.Response(200, content=b"fresh"))
    path = await manual(api, waits, tmp_path)
    assert path.read_bytes() == b"fresh"
    assert len(api.calls(MANUAL)) == 2


async def test_a_signature_that_stays_expired_is_a_download_error(api: FakeApi, waits: Waits, tmp_path: Path) -> None:
    api.add("GET", MANUAL, redirect())
    api.add("GET", "storage.example/manuals/wd_1.txt", httpx.Response(403, text="expired"))
    with pytest.raises(DownloadError) as info:
        await manual(api, waits, tmp_path)
    assert info.value.status_code == 403
    assert "s3cr3tsig" not in str(info.value)
    assert len(api.calls(MANUAL)) == 2  # once, and once more: never a loop
    assert leftovers(tmp_path) == []


async def test_only_a_declared_signed_redirect_and_its_path_parameters(api: FakeApi, waits: Waits) -> None:
    client = widgets(api, waits)
    with pytest.raises(SpecError, match="getWidget is not declared x-signed-redirect"):
        await client._download_redirected("getWidget", "wd_1", dest="x")
    with pytest.raises(TypeError, match=r"takes 1 path parameters \(id\), not 2"):
        await client._download_redirected("downloadManual", "wd_1", "extra", dest="x")
    await client.aclose()
    assert api.requests == []
