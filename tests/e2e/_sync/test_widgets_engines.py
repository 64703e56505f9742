# Derived from tests/e2e/_async/test_widgets_engines.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""labsdk's engines end to end, on the widgets fixture API (``tests/mock/fixtures/widgets.yaml``) served by its mock
on 127.0.0.1: the four x-pagination styles, x-long-running, x-signed-url and x-signed-redirect, and the x-errors
code-field, each read from the one spec by both sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from labmock import MockConfig
from labsdk import NotFoundError

from ..._sync.clients import collect, pages_of, serving
from ..._sync.widgets import Widgets
from ...harness import Waits, leftovers, names_in, signed_fetches
from ...mock.widgets_service import DEMO_KEY, SERVICE

CONFIG = MockConfig(job_polls=2)


def test_every_pagination_style_reads_the_whole_list(waits: Waits) -> None:
    with serving(Widgets, SERVICE, CONFIG, retry=waits.policy()) as (client, live, seen):
        store = live.server.store
        widgets = collect(client.list_widgets(page_size=2))  # next-token, in the declared order (name)
        parts = pages_of(client.list_parts("wd_0001", page_size=2))  # offset, the total in the body
        shelf = collect(client.list_shelf(page_size=2))  # cursor, the root of a self-parented tree
        gizmos = pages_of(client.list_gizmos(page_size=2))  # next-url (Tastypie)
    assert [w.name for w in widgets] == sorted(w["name"] for w in store["widget"].values())
    assert [[p.id for p in page.items] for page in parts] == [["pt_wd_0001_1", "pt_wd_0001_2"], ["pt_wd_0001_3"]]
    assert [item.id for item in shelf] == ["sh_01", "sh_02", "sh_06", "sh_07"]
    assert [[g.id for g in page.items] for page in gizmos] == [[1, 2], [3, 4], [5]]
    assert all(s.status == 200 and s.headers["x-widget-key"] == DEMO_KEY for s in seen)


def test_a_build_is_polled_to_its_end_and_its_artifact_downloaded(waits: Waits, tmp_path: Path) -> None:
    with serving(Widgets, SERVICE, CONFIG, retry=waits.policy()) as (client, live, seen):
        build = client.start_build("wd_0001")
        done = client.poll_build(build.id, interval=0.01).result(timeout=30)
        paths = client.download_artifact(done, tmp_path)
    assert (build.state, done.state, done.progress) == ("QUEUED", "DONE", 100)
    assert paths == {"artifact_url": tmp_path / "widget.bin"}
    stored = live.server.objects.get(f"builds/{build.id}/widget.bin")
    assert stored is not None
    assert paths["artifact_url"].read_bytes() == stored.content
    fetched = signed_fetches(seen)
    assert [s.status for s in fetched] == [200]
    assert "x-widget-key" not in fetched[0].headers


def test_a_signed_redirect_is_downloaded_without_the_key(waits: Waits, tmp_path: Path) -> None:
    with serving(Widgets, SERVICE, CONFIG, retry=waits.policy()) as (client, _, seen):
        into_folder = client.download_manual("wd_0002", tmp_path)
        to_file = client.download_manual("wd_0004", tmp_path / "cog.txt")
        with pytest.raises(NotFoundError) as missing:
            client.download_manual("wd_9999", tmp_path)
    assert into_folder == tmp_path / "manual.txt"  # the declared filename
    assert into_folder.read_text() == "How to use Bolt\n"
    assert to_file.read_text() == "How to use Cog\n"
    assert names_in(tmp_path) == ["cog.txt", "manual.txt"]
    assert leftovers(tmp_path) == []
    assert (missing.value.message, missing.value.code) == ("No widget 'wd_9999'", "W404")  # x-errors code-field
    api = [s for s in seen if not s.signed]
    assert [(s.path, s.status) for s in api] == [
        ("/api/widgets/wd_0002/manual", 307),
        ("/api/widgets/wd_0004/manual", 307),
        ("/api/widgets/wd_9999/manual", 404),
    ]
    assert all(s.headers["x-widget-key"] == DEMO_KEY for s in api)
    fetched = signed_fetches(seen)
    assert [s.status for s in fetched] == [200, 200]
    assert all("x-widget-key" not in s.headers and "authorization" not in s.headers for s in fetched)
