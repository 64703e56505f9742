# Derived from overlays/labsdk/sphinx/_async.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Sphinx Bio API client (``labsdk.sphinx``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from labsdk_sphinx_client.api.campaigns import get_campaign
from labsdk_sphinx_client.api.datasets import get_dataset
from labsdk_sphinx_client.api.datatables import get_datatable, get_datatable_download
from labsdk_sphinx_client.api.plots import get_plot, get_plot_download
from labsdk_sphinx_client.api.tasks import get_task
from labsdk_sphinx_client.models import Campaign, Dataset, Datatable, DatatableDownload, Plot, PlotDownload, Task

from .._sync import BaseClient, ItemPaged, Poller
from ._common import _SPEC, Dest, TaskProgress, _csv_name, _result

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Sphinx"]


class Sphinx(BaseClient):
    """Sphinx Bio API. ``api_key`` defaults to ``$SPHINX_API_KEY``, ``base_url`` to ``$SPHINX_BASE_URL`` or
    production. ``base_url="http://127.0.0.1:8000/v1"`` talks to the mock; ``transport=`` replaces the network
    altogether."""

    API: ClassVar[str] = "sphinx"
    ENV_VAR: ClassVar[str] = "SPHINX_API_KEY"
    BASE_URL_ENV_VAR: ClassVar[str | None] = "SPHINX_BASE_URL"
    PRODUCTION: ClassVar[str] = _SPEC.server_url

    # -- resources ------------------------------------------------------------------------------------------------

    def list_campaigns(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> ItemPaged[Campaign]:
        """Every campaign, page after page (``nextToken`` followed for you)."""
        return self._paged(
            "listCampaigns", Campaign, page_size=page_size, max_items=max_items, continuation_token=continuation_token
        )

    def get_campaign(self, campaign_id: str) -> Campaign:
        return self._call(get_campaign.sync_detailed, campaign_id, expect=Campaign)

    def list_datasets(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> ItemPaged[Dataset]:
        """Every dataset, page after page."""
        return self._paged(
            "listDatasets", Dataset, page_size=page_size, max_items=max_items, continuation_token=continuation_token
        )

    def get_dataset(self, dataset_id: str) -> Dataset:
        return self._call(get_dataset.sync_detailed, dataset_id, expect=Dataset)

    def list_plots(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> ItemPaged[Plot]:
        """Every plot, page after page."""
        return self._paged(
            "listPlots", Plot, page_size=page_size, max_items=max_items, continuation_token=continuation_token
        )

    def get_plot(self, plot_id: str) -> Plot:
        return self._call(get_plot.sync_detailed, plot_id, expect=Plot)

    def list_datatables(
        self, *, page_size: int | None = None, max_items: int | None = None, continuation_token: str | None = None
    ) -> ItemPaged[Datatable]:
        """Every datatable, page after page."""
        return self._paged(
            "listDatatables", Datatable, page_size=page_size, max_items=max_items, continuation_token=continuation_token
        )

    def get_datatable(self, datatable_id: str) -> Datatable:
        return self._call(get_datatable.sync_detailed, datatable_id, expect=Datatable)

    # -- plots: a signed URL --------------------------------------------------------------------------------------

    def get_plot_download(self, plot_id: str) -> PlotDownload:
        """``GET /plots/{id}/download``: the plot's signed URL."""
        return self._call(get_plot_download.sync_detailed, plot_id, expect=PlotDownload)

    def download_plot(self, plot_id: str, dest: Dest, *, overwrite: bool = True, progress: bool = False) -> Path:
        """Save the plot's SVG to ``dest``: a file path such as ``plot.svg``, or an existing folder (then the file
        is named by the server, else ``<plot id>.svg``). Streamed, atomic, length-checked, sent without the key."""
        _, url = self._signed_field(self.get_plot_download(plot_id), "signedUrl")
        return self.downloader.download(url, dest, filename=f"{plot_id}.svg", overwrite=overwrite, progress=progress)

    # -- datatables: an export task, then a signed URL ------------------------------------------------------------

    def start_datatable_download(self, datatable_id: str) -> DatatableDownload:
        """``GET /datatables/{id}/download``: start exporting the datatable; returns the ``task_id`` to wait for."""
        return self._call(get_datatable_download.sync_detailed, datatable_id, expect=DatatableDownload)

    def get_task(self, task_id: str) -> Task:
        return self._call(get_task.sync_detailed, task_id, expect=Task)

    def poll_task(
        self,
        task_id: str,
        *,
        interval: float = 1.0,
        max_interval: float = 10.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Poller[Task]:
        """A poller for a task (rebuildable from the task id alone)."""
        return self._poller(
            "getTask",
            Task,
            task_id,
            job_id=task_id,
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
        )

    def wait_for_task(
        self, task_id: str, *, timeout: float | None = None, on_progress: TaskProgress | None = None
    ) -> Task:
        """Poll until the task succeeds: JobFailedError (with the server's message) if it fails, PollTimeoutError
        (with the last status) after ``timeout`` seconds."""
        return self.poll_task(task_id, on_progress=on_progress).result(timeout)

    def datatable_url(
        self, datatable_id: str, *, timeout: float | None = None, on_progress: TaskProgress | None = None
    ) -> str:
        """Export the datatable and wait for its task; the signed URL of the CSV."""
        task_id = self.start_datatable_download(datatable_id).task_id
        task = self.wait_for_task(task_id, timeout=timeout, on_progress=on_progress)
        return self._signed_field(_result(task, task_id), "signedUrl")[1]

    def download_datatable(
        self,
        datatable_id: str,
        dest: Dest,
        *,
        timeout: float | None = None,
        on_progress: TaskProgress | None = None,
        overwrite: bool = True,
        progress: bool = False,
    ) -> Path:
        """Export the datatable, wait for the task, and save its CSV to ``dest`` (a file, or an existing folder:
        then ``<datatable id>.csv`` unless the server names it)."""
        url = self.datatable_url(datatable_id, timeout=timeout, on_progress=on_progress)
        return self.downloader.download(
            url, dest, filename=_csv_name(datatable_id), overwrite=overwrite, progress=progress
        )

    def read_datatable(
        self,
        datatable_id: str,
        *,
        timeout: float | None = None,
        on_progress: TaskProgress | None = None,
        **pandas_kwargs: Any,
    ) -> pd.DataFrame:
        """Export the datatable, wait for the task, and read its CSV straight into a pandas DataFrame."""
        url = self.datatable_url(datatable_id, timeout=timeout, on_progress=on_progress)
        return self.downloader.read_csv(url, **pandas_kwargs)
