# Derived from tests/_async/widgets.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The labsdk client of the engines' fixture API (``tests/mock/fixtures/widgets.yaml``, served by
``tests/mock/widgets_service.py``): one one-liner per operation over the base client's engines, as a newcomer writes
for an API, so that the engine tests bind pagination, polling and both kinds of signed download to a spec that
declares each of them once. ``Widgets`` (sync) is derived from it by ``tools/codegen/unasync.py``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from labsdk import BaseClient, ItemPaged, Poller
from labsdk_widgets_client.api.builds import get_build, start_build
from labsdk_widgets_client.api.widgets import get_widget
from labsdk_widgets_client.models import Build, Gizmo, Part, ShelfItem, Widget

__all__ = ["BASE", "Build", "Gizmo", "Part", "ShelfItem", "Widget", "Widgets"]  # the models, from here only

BASE = "https://widgets.example/api"


class Widgets(BaseClient):
    API: ClassVar[str] = "widgets"
    ENV_VAR: ClassVar[str] = "WIDGETS_API_KEY"

    def list_widgets(
        self, *, color: str | None = None, page_size: int | None = None, max_items: int | None = None
    ) -> ItemPaged[Widget]:
        """next-token pages."""
        return self._paged(
            "listWidgets", Widget, page_size=page_size, max_items=max_items, continuation_token=None, color=color
        )

    def list_parts(
        self, widget_id: str, *, page_size: int | None = None, continuation_token: str | None = None
    ) -> ItemPaged[Part]:
        """offset pages, the total in the body (Illumina BaseSpace's envelope)."""
        return self._paged(
            "listParts",
            Part,
            page_size=page_size,
            max_items=None,
            continuation_token=continuation_token,
            widget_id=widget_id,
        )

    def list_shelf(self, *, page_size: int | None = None) -> ItemPaged[ShelfItem]:
        """cursor pages."""
        return self._paged("listShelf", ShelfItem, page_size=page_size, max_items=None, continuation_token=None)

    def list_gizmos(self, *, page_size: int | None = None) -> ItemPaged[Gizmo]:
        """next-url pages (Tastypie's envelope)."""
        return self._paged("listGizmos", Gizmo, page_size=page_size, max_items=None, continuation_token=None)

    def get_widget(self, widget_id: str) -> Widget:
        return self._call(get_widget.sync_detailed, widget_id, expect=Widget)

    def start_build(self, widget_id: str) -> Build:
        return self._call(start_build.sync_detailed, widget_id, expect=Build)

    def get_build(self, build_id: str) -> Build:
        return self._call(get_build.sync_detailed, build_id, expect=Build)

    def poll_build(self, build_id: str, *, interval: float = 0.5, max_interval: float = 10.0) -> Poller[Build]:
        """x-long-running."""
        return self._poller("getBuild", Build, build_id, job_id=build_id, interval=interval, max_interval=max_interval)

    def download_artifact(
        self, build: Build, dest_dir: str | os.PathLike[str], *, overwrite: bool = True
    ) -> dict[str, Path]:
        """x-signed-url (a fresh URL from the build once, if the first one has expired)."""

        def refresh() -> object:
            return self.get_build(build.id)

        return self._download_signed(build, None, dest_dir, refresh=refresh, overwrite=overwrite)

    def download_manual(
        self, widget_id: str, dest: str | os.PathLike[str], *, overwrite: bool = True, progress: bool = False
    ) -> Path:
        """x-signed-redirect."""
        return self._download_redirected("downloadManual", widget_id, dest=dest, overwrite=overwrite, progress=progress)
