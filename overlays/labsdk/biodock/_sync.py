# Derived from overlays/labsdk/biodock/_async.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Biodock external API client (``labsdk.biodock``).

Thin: every method is a one-liner over the engines; pagination, polling and signed-URL downloads are driven by
the declarations in specs/biodock.yaml.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Unpack

from labsdk_biodock_client.api.account import check_api_key
from labsdk_biodock_client.api.analysis_jobs import (
    get_analysis_job,
    get_download_masks,
    submit_analysis_job,
    submit_download_masks,
)
from labsdk_biodock_client.api.filesystem import upload_file
from labsdk_biodock_client.models import AnalysisJob, FilesystemItem, KeyCheck, MasksJob, Pipeline, UploadedFile

from .._base import PageOptions
from .._sync import BaseClient, ItemPaged, Poller
from ._common import _SPEC, MasksProgressCallback, ProgressCallback, Upload, _job_id, _submit_body, _upload_form

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Biodock"]


class Biodock(BaseClient):
    """Biodock external API. ``api_key`` defaults to ``$BIODOCK_API_KEY``, ``base_url`` to ``$BIODOCK_BASE_URL`` or
    production. ``base_url="http://127.0.0.1:8000/api/external"`` talks to the mock; ``transport=`` replaces the
    network altogether."""

    API: ClassVar[str] = "biodock"
    ENV_VAR: ClassVar[str] = "BIODOCK_API_KEY"
    BASE_URL_ENV_VAR: ClassVar[str | None] = "BIODOCK_BASE_URL"
    PRODUCTION: ClassVar[str] = _SPEC.server_url

    def check(self) -> KeyCheck:
        """Verify the API key (``GET /check``)."""
        return self._call(check_api_key.sync_detailed, expect=KeyCheck)

    def list_files(
        self,
        folder_id: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
    ) -> ItemPaged[FilesystemItem]:
        """The files and folders of a folder (the root when ``folder_id`` is None)."""
        return self._paged(
            "listFilesystemItems",
            FilesystemItem,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            folder_id=folder_id,
        )

    def upload_file(
        self, file: Upload, file_name: str | None = None, destination_folder: str | None = None
    ) -> UploadedFile:
        """Upload a file (a path, bytes or a binary file object; at most 2 GB)."""
        form, opened = _upload_form(file, file_name, destination_folder)
        try:
            return self._call(upload_file.sync_detailed, body=form, expect=UploadedFile)
        finally:
            if opened is not None:
                opened.close()

    def submit_job(self, pipeline_id: str, filesystem_ids: Sequence[str], name: str | None = None) -> AnalysisJob:
        """Submit an analysis job (the pipeline must be a published, user-created one)."""
        body = _submit_body(pipeline_id, filesystem_ids, name)
        return self._call(submit_analysis_job.sync_detailed, body=body, expect=AnalysisJob)

    def get_job(self, job_id: str) -> AnalysisJob:
        return self._call(get_analysis_job.sync_detailed, job_id, expect=AnalysisJob)

    def list_jobs(self, **paging: Unpack[PageOptions]) -> ItemPaged[AnalysisJob]:
        return self._paged("listAnalysisJobs", AnalysisJob, **paging)

    def list_pipelines(self, **paging: Unpack[PageOptions]) -> ItemPaged[Pipeline]:
        return self._paged("listPipelines", Pipeline, **paging)

    def poll_job(
        self,
        job_id: str,
        *,
        interval: float = 0.5,
        max_interval: float = 10.0,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> Poller[AnalysisJob]:
        """A poller for an analysis job (rebuildable from the job id alone)."""
        return self._poller(
            "getAnalysisJob",
            AnalysisJob,
            job_id,
            job_id=job_id,
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
        )

    def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        interval: float = 0.5,
        max_interval: float = 10.0,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> AnalysisJob:
        """Poll until the job succeeds (JobFailedError if it fails, PollTimeoutError after ``timeout`` seconds)."""
        return self.poll_job(
            job_id, interval=interval, max_interval=max_interval, on_progress=on_progress, progress=progress
        ).result(timeout)

    def submit_masks(self, job_id: str) -> MasksJob:
        """Start generating the masks of a (succeeded) analysis job."""
        return self._call(submit_download_masks.sync_detailed, job_id, expect=MasksJob)

    def get_masks(self, job_id: str) -> MasksJob:
        return self._call(get_download_masks.sync_detailed, job_id, expect=MasksJob)

    def poll_masks(
        self,
        job_id: str,
        *,
        interval: float = 0.5,
        max_interval: float = 10.0,
        on_progress: MasksProgressCallback | None = None,
        progress: bool = False,
    ) -> Poller[MasksJob]:
        """A poller for the masks job of an analysis job."""
        return self._poller(
            "getDownloadMasks",
            MasksJob,
            job_id,
            job_id=job_id,
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
        )

    def wait_for_masks(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        interval: float = 0.5,
        max_interval: float = 10.0,
        on_progress: MasksProgressCallback | None = None,
        progress: bool = False,
    ) -> MasksJob:
        return self.poll_masks(
            job_id, interval=interval, max_interval=max_interval, on_progress=on_progress, progress=progress
        ).result(timeout)

    def download_results(
        self,
        job: AnalysisJob | str,
        dest_dir: str | os.PathLike[str],
        *,
        overwrite: bool = True,
        progress: bool = False,
    ) -> dict[str, Path]:
        """Download every x-signed-url field of the job (objects.csv, aggregate.csv) into ``dest_dir``; keys are the
        attribute names (``objects_data_csv_url``). An expired URL is refreshed once by fetching the job again."""
        job_id = _job_id(job)
        current = job if isinstance(job, AnalysisJob) else self.get_job(job_id)

        def refresh() -> object:
            return self.get_job(job_id)

        return self._download_signed(current, None, dest_dir, refresh=refresh, overwrite=overwrite, progress=progress)

    def download_masks(
        self, job_id: str, dest_dir: str | os.PathLike[str], *, overwrite: bool = True, progress: bool = False
    ) -> Path:
        """Download the masks ZIP of a finished masks job into ``dest_dir`` (as masks.zip)."""

        def refresh() -> object:
            return self.get_masks(job_id)

        paths = self._download_signed(
            self.get_masks(job_id), None, dest_dir, refresh=refresh, overwrite=overwrite, progress=progress
        )
        return next(iter(paths.values()))

    def read_objects_csv(self, job: AnalysisJob | str, **pandas_kwargs: Any) -> pd.DataFrame:
        """The per-object CSV of a finished job as a pandas DataFrame (an expired URL is refreshed once)."""
        return self._read_job_csv(job, "objectsDataCSVUrl", pandas_kwargs)

    def read_aggregate_csv(self, job: AnalysisJob | str, **pandas_kwargs: Any) -> pd.DataFrame:
        """The aggregate CSV of a finished job as a pandas DataFrame."""
        return self._read_job_csv(job, "aggregateDataCSVUrl", pandas_kwargs)

    def _read_job_csv(self, job: AnalysisJob | str, prop: str, pandas_kwargs: dict[str, Any]) -> pd.DataFrame:
        job_id = _job_id(job)
        current = job if isinstance(job, AnalysisJob) else self.get_job(job_id)

        def refresh() -> object:
            return self.get_job(job_id)

        return self._read_signed_csv(current, prop, refresh=refresh, **pandas_kwargs)
