"""The labsdk client of the engines' fixture API (``tests/mock/fixtures/widgets.yaml``, served by
``tests/mock/widgets_service.py``): one one-liner per operation over the base client's engines, as a newcomer writes
for an API, so that the engine tests bind pagination, polling and both kinds of signed download to a spec that
declares each of them once. ``Widgets`` (sync) is derived from it by ``tools/codegen/unasync.py``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from labsdk import AsyncBaseClient, AsyncItemPaged, AsyncPoller
from labsdk_widgets_client.api.builds import get_build, start_build
from labsdk_widgets_client.api.widgets import get_widget
from labsdk_widgets_client.models import Build, Gizmo, Part, ShelfItem, Widget

__all__ = ["BASE", "AsyncWidgets", "Build", "Gizmo", "Part", "ShelfItem", "Widget"]  # the models, from here only

BASE = "https://widgets.example/api"


class AsyncWidgets(AsyncBaseClient):
    API: ClassVar[str] = "widgets"
    ENV_VAR: ClassVar[str] = "WIDGETS_API_KEY"

    def list_widgets(
        self, *, color: str | None = None, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncItemPaged[Widget]:
        """next-token pages."""
        return self._paged(
            "listWidgets", Widget, page_size=page_size, max_items=max_items, continuation_token=None, color=color
        )

    def list_parts(
        self, widget_id: str, *, page_size: int | None = None, continuation_token: str | None = None
    ) -> AsyncItemPaged[Part]:
        """offset pages, the total in the body (Illumina BaseSpace's envelope)."""
        return self._paged(
            "listParts",
            Part,
            page_size=page_size,
            max_items=None,
            continuation_token=continuation_token,
            widget_id=widget_id,
        )

    def list_shelf(self, *, page_size: int | None = None) -> AsyncItemPaged[ShelfItem]:
        """cursor pages."""
        return self._paged("listShelf", ShelfItem, page_size=page_size, max_items=None, continuation_token=None)

    def list_gizmos(self, *, page_size: int | None = None) -> AsyncItemPaged[Gizmo]:
        """next-url pages (Tastypie's envelope)."""
        return self._paged("listGizmos", Gizmo, page_size=page_size, max_items=None, continuation_token=None)

    async def get_widget(self, widget_id: str) -> Widget:
        return await self._call(get_widget.asyncio_detailed, widget_id, expect=Widget)

    async def start_build(self, widget_id: str) -> Build:
        return await self._call(start_build.asyncio_detailed, widget_id, expect=Build)

    async def get_build(self, build_id: str) -> Build:
        return await self._call(get_build.asyncio_detailed, build_id, expect=Build)

    def poll_build(self, build_id: str, *, interval: float = 0.5, max_interval: float = 10.0) -> AsyncPoller[Build]:
        """x-long-running."""
        return self._poller("getBuild", Build, build_id, job_id=build_id, interval=interval, max_interval=max_interval)

    async def download_artifact(
        self, build: Build, dest_dir: str | os.PathLike[str], *, overwrite: bool = True
    ) -> dict[str, Path]:
        """x-signed-url (a fresh URL from the build once, if the first one has expired)."""

        async def refresh() -> object:
            return await self.get_build(build.id)

        return await self._download_signed(build, None, dest_dir, refresh=refresh, overwrite=overwrite)

    async def download_manual(
        self, widget_id: str, dest: str | os.PathLike[str], *, overwrite: bool = True, progress: bool = False
    ) -> Path:
        """x-signed-redirect."""
        return await self._download_redirected(
            "downloadManual", widget_id, dest=dest, overwrite=overwrite, progress=progress
        )
