# Derived from overlays/labsdk/sevenbridges/_async/apps.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Apps: listing and reading them, installing one from its CWL, adding revisions, copying and syncing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from labsdk_sevenbridges_client.api.apps import (
    copy_app,
    copy_app_revision,
    create_app_revision,
    get_app,
    get_app_raw,
    get_app_revision,
    get_app_revision_raw,
    install_app,
    sync_app,
)
from labsdk_sevenbridges_client.models import App, Cwl

from ..._sync import BaseClient, ItemPaged
from .._common import (
    DEFAULT_CONCURRENCY,
    Fields,
    _app_copy,
    _app_filters,
    _app_path,
    _cwl,
    _fields,
)

__all__ = ["AppsApi"]

CopyStrategy = Literal["clone", "direct", "clone_direct", "transient"]


class AppsApi(BaseClient):
    """The apps of ``SevenBridges``."""

    def list_apps(
        self,
        *,
        project: str | None = None,
        public: bool = False,
        query: str | None = None,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> ItemPaged[App]:
        """Your projects' apps, one project's, or the ``public`` ones; ``query`` searches names and ids."""
        return self._paged(
            "listApps",
            App,
            page_size=page_size,
            max_items=max_items,
            continuation_token=None,
            concurrency=concurrency,
            **_app_filters(project, public, query, fields),
        )

    def get_app(self, app_id: str, *, fields: Fields = None) -> App:
        """An app by ``owner/project/app`` (its latest revision) or ``owner/project/app/revision``."""
        path = _app_path(app_id)
        call = get_app_revision if len(path) == 4 else get_app
        return self._call(call.sync_detailed, *path, expect=App, fields=_fields(fields, "App"))

    def install_app(self, app_id: str, cwl: Mapping[str, Any]) -> App:
        """Install an app (``owner/project/app_name``) from its CWL (a mapping, as loaded from its JSON or YAML): its
        revision 0. The answer is the app as :meth:`get_app` reads it."""
        owner, project, name = _app_path(app_id)[:3]
        raw = self._call(install_app.sync_detailed, str(owner), str(project), str(name), body=_cwl(cwl), expect=Cwl)
        return self.get_app(str(raw.additional_properties.get("sbg:id", app_id)))

    def create_app_revision(self, app_id: str, revision: int, cwl: Mapping[str, Any]) -> App:
        """Add revision ``revision`` (the latest plus one) to an app, from its new CWL."""
        owner, project, name = _app_path(app_id)[:3]
        raw = self._call(
            create_app_revision.sync_detailed,
            str(owner),
            str(project),
            str(name),
            revision,
            body=_cwl(cwl),
            expect=Cwl,
        )
        return self.get_app(str(raw.additional_properties.get("sbg:id", f"{app_id}/{revision}")))

    def get_app_cwl(self, app_id: str) -> dict[str, Any]:
        """An app's CWL (``owner/project/app`` at its latest revision, or ``.../revision``), with its ``sbg:`` keys."""
        path = _app_path(app_id)
        call = get_app_revision_raw if len(path) == 4 else get_app_raw
        return self._call(call.sync_detailed, *path, expect=Cwl).to_dict()

    def copy_app(
        self, app_id: str, project: str, *, name: str | None = None, strategy: CopyStrategy | None = None
    ) -> App:
        """Copy an app (its latest revision, or ``.../revision``) into ``project``; ``strategy`` is ``clone`` (the
        default: every revision, synced later with :meth:`sync_app`), ``direct``, ``clone_direct`` or ``transient``."""
        path = _app_path(app_id)
        call = copy_app_revision if len(path) == 4 else copy_app
        return self._call(call.sync_detailed, *path, body=_app_copy(project, name, strategy), expect=App)

    def sync_app(self, app_id: str) -> App:
        """Bring a linked copy (``clone``, ``transient``) up to its original's latest revision."""
        owner, project, name = _app_path(app_id)[:3]
        return self._call(sync_app.sync_detailed, str(owner), str(project), str(name), expect=App)
