"""Workflow 2: upload files (multipart: from a path, from bytes, from a file object) into a nested
``destinationFolder``, then find them with ``list_files``."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from labmock import LiveServer
from labsdk.biodock import AsyncBiodock, FilesystemItem, FilesystemItemKind

from ..._async.clients import collect, open_client
from ...harness import Seen, Waits, serve


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    with serve("biodock") as pair:
        yield pair


async def find_folder(bd: AsyncBiodock, path: str) -> FilesystemItem:
    """Walk ``a/b/c`` from the root folder with ``list_files``, as a user would to find a folder's id."""
    parent: str | None = None
    found: FilesystemItem | None = None
    for name in path.split("/"):
        children = await collect(bd.list_files(parent, page_size=3))
        matches = [c for c in children if c.name == name]
        assert len(matches) == 1, (name, [c.name for c in children])
        found = matches[0]
        assert found.field_t == FilesystemItemKind.FOLDER
        parent = found.id
    assert found is not None
    return found


async def test_upload_into_a_nested_folder_then_list_it(
    served: tuple[LiveServer, list[Seen]], tmp_path: Path, waits: Waits
) -> None:
    live, seen = served
    first = len(seen)
    folder = "e2e/plate 7/day-2"
    image = tmp_path / "nuclei_e2e.tif"
    image_bytes = b"II*\x00" + bytes(range(256)) * 40
    image.write_bytes(image_bytes)
    png_bytes = b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 700
    blob_bytes = b"raw-bytes-\x00\x01\x02" * 3

    async with open_client(AsyncBiodock, live, retry=waits.policy()) as bd:
        from_path = await bd.upload_file(image, destination_folder=folder)
        from_bytes = await bd.upload_file(png_bytes, file_name="well B03 (données).png", destination_folder=folder)
        from_object = await bd.upload_file(io.BytesIO(blob_bytes), file_name="blob.bin", destination_folder=folder)
        uploaded = [from_path, from_bytes, from_object]
        assert all(u.field_t == FilesystemItemKind.FILE for u in uploaded)
        assert len({u.id for u in uploaded}) == 3

        leaf = await find_folder(bd, folder)
        listed = await collect(bd.list_files(leaf.id))
        assert [(i.id, i.name, i.field_t) for i in listed] == [
            (from_path.id, "nuclei_e2e.tif", FilesystemItemKind.FILE),
            (from_bytes.id, "well B03 (données).png", FilesystemItemKind.FILE),
            (from_object.id, "blob.bin", FilesystemItemKind.FILE),
        ]
        # one item per page: the folder filter is kept on every page
        assert [i.id for i in await collect(bd.list_files(leaf.id, page_size=1))] == [u.id for u in uploaded]

        # uploading into the same path again reuses the folders instead of creating twins
        again = await bd.upload_file(b"x", file_name="again.txt", destination_folder=folder)
        assert (await find_folder(bd, folder)).id == leaf.id
        assert [i.id for i in await collect(bd.list_files(leaf.id))][-1] == again.id

    # the multipart bodies arrived whole: the server stored every byte, under the file's own name
    items = live.server.state.items
    assert [(items[u.id].name, items[u.id].size) for u in uploaded] == [
        ("nuclei_e2e.tif", len(image_bytes)),
        ("well B03 (données).png", len(png_bytes)),
        ("blob.bin", len(blob_bytes)),
    ]
    uploads = [s for s in seen[first:] if s.path.endswith("/filesystem-items/upload-file")]
    assert len(uploads) == 4
    assert all(s.headers["content-type"].startswith("multipart/form-data; boundary=") for s in uploads)
    assert all(s.status == 200 for s in uploads)


async def test_upload_keeps_every_byte_of_a_file_that_contains_the_multipart_boundary(
    served: tuple[LiveServer, list[Seen]], tmp_path: Path, waits: Waits
) -> None:
    """A file must arrive byte for byte, in its folder, whatever it holds. A multipart sender has to pick a
    boundary that does not occur in the content (RFC 2046 5.1.1; in practice a long random one). The generated
    upload sends the fixed ``Content-Type: multipart/form-data; boundary=+++`` and httpx obeys it, so a file
    holding a line ``--+++--`` (CRLF before it) ends the whole form early: the server answers 200, stores the
    first 21 of 70 bytes, and never sees ``destinationFolder`` (the file lands in the root folder)."""
    live, seen = served
    first = len(seen)
    notes = tmp_path / "plate-notes.txt"
    content = b"plate 7 imaging notes\r\n--+++--\r\nwell B03: ok\r\nwell B04: out of focus\r\n"
    notes.write_bytes(content)
    async with open_client(AsyncBiodock, live, retry=waits.policy()) as bd:
        uploaded = await bd.upload_file(notes, destination_folder="e2e/notes")
        stored = live.server.state.items[uploaded.id]
        assert (stored.name, stored.size) == ("plate-notes.txt", len(content))
        folder = await find_folder(bd, "e2e/notes")
        assert stored.parent == folder.id
        assert uploaded.id in [i.id for i in await collect(bd.list_files(folder.id))]
    boundary = seen[first].headers["content-type"].partition("boundary=")[2]
    assert b"\r\n--" + boundary.encode() not in content
