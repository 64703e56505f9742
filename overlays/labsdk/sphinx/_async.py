"""The Sphinx Bio API client (``labsdk.sphinx``)."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, Unpack

import httpx

from labsdk_sphinx_client.api.analyses import get_analysis
from labsdk_sphinx_client.api.analysis_templates import create_analysis_template, get_analysis_template
from labsdk_sphinx_client.api.annotations import get_annotation
from labsdk_sphinx_client.api.campaigns import create_campaign, get_campaign, update_campaign
from labsdk_sphinx_client.api.dataset_schemas import get_dataset_schema, register_dataset_schema
from labsdk_sphinx_client.api.datasets import create_dataset, download_dataset, get_dataset
from labsdk_sphinx_client.api.datatables import get_datatable, get_datatable_download
from labsdk_sphinx_client.api.entities import create_entity, get_entity, update_entity
from labsdk_sphinx_client.api.files import create_file, download_file, get_file
from labsdk_sphinx_client.api.plots import get_plot, get_plot_download
from labsdk_sphinx_client.api.storage import get_presigned_url_for_upload
from labsdk_sphinx_client.api.tasks import get_task
from labsdk_sphinx_client.models import (
    Analysis,
    AnalysisTemplate,
    Annotation,
    Campaign,
    CreateAnalysisTemplate,
    CreateCampaign,
    CreateDataset,
    CreateFile,
    Dataset,
    DatasetSchema,
    Datatable,
    DatatableDownload,
    DownloadFileResponse,
    File,
    InitialTaskResponse,
    Plot,
    PlotDownload,
    RegisterDatasetSchema,
    SortOrder,
    Task,
    UpdateCampaign,
    UpdateEntity,
    UploadUrlResponse,
)

from .._async import AsyncBaseClient, AsyncItemPaged, AsyncPoller
from .._async.download import signed_url_transport
from .._base import PageOptions, location_url
from .._errors import APIStatusError
from .._secrets import redact_url, summarize_text
from .._transport import REDIRECT_STATUSES, not_following
from ._common import (
    _SERVERS,
    ENTITY,
    ERRORS,
    Dest,
    Entity,
    StagedUploadError,
    TaskProgress,
    _create_entity,
    _created_dataset,
    _csv_name,
    _entities,
    _open_upload,
    _pickled,
    _result,
    _sort,
    _unset,
    _utc,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AsyncSphinx"]

T = TypeVar("T")


class AsyncSphinx(AsyncBaseClient):
    """Sphinx Bio API. ``api_key`` defaults to ``$SPHINX_API_KEY``, ``base_url`` to ``$SPHINX_BASE_URL`` or
    production. The base URL is the host root (paths carry their ``/v1`` or ``/api``): ``PRODUCTION``, ``STAGING``,
    ``LOCAL`` (the official client's environments), or ``base_url="http://127.0.0.1:8000"`` for the mock;
    ``transport=`` replaces the network altogether. The key is sent as ``Authorization: Bearer``. Errors the API
    names raise their own classes (``ObjectNotFoundError``, ``NonCSVFileError``, ...; ``labsdk.sphinx``)."""

    API: ClassVar[str] = "sphinx"
    ENV_VAR: ClassVar[str] = "SPHINX_API_KEY"
    BASE_URL_ENV_VAR: ClassVar[str | None] = "SPHINX_BASE_URL"
    PRODUCTION: ClassVar[str] = _SERVERS["production"]
    STAGING: ClassVar[str] = _SERVERS["staging"]
    LOCAL: ClassVar[str] = _SERVERS["local"]
    ERRORS: ClassVar[Mapping[int | str, type[APIStatusError]]] = ERRORS

    # -- resources ------------------------------------------------------------------------------------------------

    def list_campaigns(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[Campaign]:
        """Every campaign, page after page (``nextToken`` followed for you)."""
        return self._paged("listCampaigns", Campaign, **paging)

    async def get_campaign(self, campaign_id: str) -> Campaign:
        return await self._call(get_campaign.asyncio_detailed, campaign_id, expect=Campaign)

    async def create_campaign(self, name: str) -> Campaign:
        return await self._call(create_campaign.asyncio_detailed, body=CreateCampaign(name=name), expect=Campaign)

    async def update_campaign(self, campaign_id: str, name: str) -> Campaign:
        """Rename a campaign (the API's UpdateCampaign takes only, and always, ``name``)."""
        body = UpdateCampaign(name=name)
        return await self._call(update_campaign.asyncio_detailed, campaign_id, body=body, expect=Campaign)

    def list_datasets(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[Dataset]:
        """Every dataset, page after page."""
        return self._paged("listDatasets", Dataset, **paging)

    async def get_dataset(self, dataset_id: str) -> Dataset:
        return await self._call(get_dataset.asyncio_detailed, dataset_id, expect=Dataset)

    async def dataset_url(self, dataset_id: str) -> str:
        """``GET /v1/datasets/{id}/download``: the signed URL of the dataset's CSV: the JSON string the API answers,
        or the ``Location`` of its 307 ``Redirect`` (never followed with the key)."""
        url = await self._redirected_or(
            "download_dataset", lambda: self._call(download_dataset.asyncio_detailed, dataset_id, expect=object)
        )
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise self._invalid("download_dataset: the answer is not the JSON string of a URL")
        return url

    async def _redirected_or(self, what: str, call: Callable[[], Awaitable[T]]) -> T | str:
        """``call()`` (a download operation) with a redirect answered rather than followed: its value, or the absolute
        http(s) URL the redirect names (a ResponseValidationError naming ``what`` when it names none)."""
        try:
            with not_following():
                return await call()
        except APIStatusError as moved:
            if moved.status_code not in REDIRECT_STATUSES:
                raise
            location = location_url(moved.headers, httpx.URL(self._settings.base_url + "/"))
            if location is None:
                raise self._invalid(f"{what}: a {moved.status_code} without a usable Location") from None
            return location

    async def download_dataset(
        self, dataset_id: str, dest: Dest, *, overwrite: bool = True, progress: bool = False
    ) -> Path:
        """Save the dataset's CSV to ``dest`` (a file, or an existing folder: then the server's file name, else
        ``<dataset id>.csv``). Streamed, atomic, length-checked, sent without the key."""
        url = await self.dataset_url(dataset_id)
        return await self.downloader.download(
            url, dest, filename=_csv_name(dataset_id), overwrite=overwrite, progress=progress
        )

    async def read_dataset(self, dataset_id: str, **pandas_kwargs: Any) -> pd.DataFrame:
        """The dataset's CSV, read straight into a pandas DataFrame."""
        return await self.downloader.read_csv(await self.dataset_url(dataset_id), **pandas_kwargs)

    async def create_dataset(
        self,
        campaign_id: str,
        name: str,
        staged_upload_path: str,
        *,
        description: str | None = None,
        eln_link: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> InitialTaskResponse:
        """``POST /v1/datasets``: start making a dataset of a staged upload (:meth:`stage_file`); the task to wait
        for. A staged file that is not a CSV raises ``NonCSVFileError``, a path naming no upload
        ``InvalidStagedFileError``."""
        body = CreateDataset(
            campaign_id=campaign_id,
            name=name,
            staged_upload_path=staged_upload_path,
            description=_unset(description),
            eln_link=_unset(eln_link),
            tags=_unset(list(tags) if tags is not None else None),
        )
        return await self._call(create_dataset.asyncio_detailed, body=body, expect=InitialTaskResponse)

    async def get_upload_url(self, filename: str) -> UploadUrlResponse:
        """``GET /api/storage/url/upload``: a presigned form to upload ``filename`` to, and its staged ``path``."""
        return await self._call(
            get_presigned_url_for_upload.asyncio_detailed, filename=filename, expect=UploadUrlResponse
        )

    async def stage_file(self, path: str | os.PathLike[str], *, media_type: str = "text/csv") -> str:
        """Upload a local file to the API's storage through a presigned form: streamed from disk, to the storage
        host only, without the API key; the staged path for :meth:`create_dataset`. Only the file's name (never
        its folders) is sent."""
        source = Path(path)
        answer = await self.get_upload_url(source.name)
        form = answer.presigned_response
        fields = {str(k): str(v) for k, v in form.fields.to_dict().items()}
        settings = self._settings
        transport = signed_url_transport(
            self._user_transport,
            settings.retry,
            method="POST",
            proxies=settings.proxies,
            event_hooks=settings.event_hooks,
        )
        headers = {"User-Agent": settings.user_agent}
        handle = _open_upload(source)
        try:
            async with httpx.AsyncClient(transport=transport, timeout=settings.timeout, headers=headers) as client:
                parts = {"file": (source.name, handle, media_type)}
                response = await client.post(form.url, data=fields, files=parts)
        except httpx.HTTPError as exc:
            raise StagedUploadError(f"the upload to {redact_url(form.url)} failed ({type(exc).__name__})") from exc
        finally:
            handle.close()
        if not 200 <= response.status_code < 300:
            raise StagedUploadError(
                f"the storage host refused the upload: {response.status_code} {summarize_text(response.text)}",
                status_code=response.status_code,
            )
        return answer.path

    async def create_dataset_from_file(
        self,
        path: str | os.PathLike[str],
        campaign_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        eln_link: str | None = None,
        tags: Sequence[str] | None = None,
        timeout: float | None = None,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Dataset:
        """Make a dataset of a local CSV in ``campaign_id``: the presigned upload (:meth:`stage_file`), the
        CREATE_DATASET task, waited for with the shared poller (``timeout`` seconds: PollTimeoutError; a FAILED task:
        JobFailedError with the server's ``error``), then the new dataset. ``name`` defaults to the file's name."""
        staged = await self.stage_file(path)
        started = await self.create_dataset(
            campaign_id,
            name or Path(path).name,
            staged,
            description=description,
            eln_link=eln_link,
            tags=tags,
        )
        task = await self.poll_task(started.task_id, on_progress=on_progress, progress=progress).result(timeout)
        return await self.get_dataset(_created_dataset(task, started.task_id))

    def list_plots(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[Plot]:
        """Every plot, page after page."""
        return self._paged("listPlots", Plot, **paging)

    async def get_plot(self, plot_id: str) -> Plot:
        return await self._call(get_plot.asyncio_detailed, plot_id, expect=Plot)

    def list_datatables(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[Datatable]:
        """Every datatable, page after page."""
        return self._paged("listDatatables", Datatable, **paging)

    async def get_datatable(self, datatable_id: str) -> Datatable:
        return await self._call(get_datatable.asyncio_detailed, datatable_id, expect=Datatable)

    # -- plots: a signed URL --------------------------------------------------------------------------------------

    async def get_plot_download(self, plot_id: str) -> PlotDownload:
        """``GET /v1/plots/{id}/download``: the plot's signed URL."""
        return await self._call(get_plot_download.asyncio_detailed, plot_id, expect=PlotDownload)

    async def download_plot(self, plot_id: str, dest: Dest, *, overwrite: bool = True, progress: bool = False) -> Path:
        """Save the plot's SVG to ``dest``: a file path such as ``plot.svg``, or an existing folder (then the file
        is named by the server, else ``<plot id>.svg``). Streamed, atomic, length-checked, sent without the key."""
        _, url = self._signed_field(await self.get_plot_download(plot_id), "signedUrl")
        return await self.downloader.download(
            url, dest, filename=f"{plot_id}.svg", overwrite=overwrite, progress=progress
        )

    # -- datatables: an export task, then a signed URL ------------------------------------------------------------

    async def start_datatable_download(self, datatable_id: str) -> DatatableDownload:
        """``GET /v1/datatables/{id}/download``: start exporting the datatable; returns the ``task_id`` to wait for."""
        return await self._call(get_datatable_download.asyncio_detailed, datatable_id, expect=DatatableDownload)

    async def get_task(self, task_id: str) -> Task:
        """``GET /api/tasks/{id}`` (the vendor page's ``/v1/tasks/{id}`` is its alias)."""
        return await self._call(get_task.asyncio_detailed, task_id, expect=Task)

    def poll_task(
        self,
        task_id: str,
        *,
        interval: float = 1.0,
        max_interval: float = 10.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> AsyncPoller[Task]:
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

    async def wait_for_task(
        self, task_id: str, *, timeout: float | None = None, on_progress: TaskProgress | None = None
    ) -> Task:
        """Poll until the task succeeds: JobFailedError (with the server's message) if it fails, PollTimeoutError
        (with the last status) after ``timeout`` seconds."""
        return await self.poll_task(task_id, on_progress=on_progress).result(timeout)

    async def datatable_url(
        self, datatable_id: str, *, timeout: float | None = None, on_progress: TaskProgress | None = None
    ) -> str:
        """Export the datatable and wait for its task; the signed URL of the CSV."""
        task_id = (await self.start_datatable_download(datatable_id)).task_id
        task = await self.wait_for_task(task_id, timeout=timeout, on_progress=on_progress)
        return self._signed_field(_result(task, task_id), "signedUrl")[1]

    async def download_datatable(
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
        url = await self.datatable_url(datatable_id, timeout=timeout, on_progress=on_progress)
        return await self.downloader.download(
            url, dest, filename=_csv_name(datatable_id), overwrite=overwrite, progress=progress
        )

    async def read_datatable(
        self,
        datatable_id: str,
        *,
        timeout: float | None = None,
        on_progress: TaskProgress | None = None,
        **pandas_kwargs: Any,
    ) -> pd.DataFrame:
        """Export the datatable, wait for the task, and read its CSV straight into a pandas DataFrame."""
        url = await self.datatable_url(datatable_id, timeout=timeout, on_progress=on_progress)
        return await self.downloader.read_csv(url, **pandas_kwargs)

    # -- files ----------------------------------------------------------------------------------------------------

    def list_files(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[File]:
        """Every file, page after page."""
        return self._paged("listFiles", File, **paging)

    async def get_file(self, file_id: str) -> File:
        return await self._call(get_file.asyncio_detailed, file_id, expect=File)

    async def get_file_download(self, file_id: str) -> DownloadFileResponse:
        """``GET /v1/files/{id}/download``: the file's signed URL. A file kept in external storage answers a 307
        instead, raised (never followed) as ``Redirect``, whose ``location`` is the signed URL."""
        with not_following():
            return await self._call(download_file.asyncio_detailed, file_id, expect=DownloadFileResponse)

    async def download_file(self, file_id: str, dest: Dest, *, overwrite: bool = True, progress: bool = False) -> Path:
        """Save the file's content to ``dest``: a file path, or an existing folder (then the file is named by the
        server, else by its own name). Streamed, atomic, length-checked, sent without the key."""
        name = (await self.get_file(file_id)).name
        url = await self.file_url(file_id)
        return await self.downloader.download(url, dest, filename=name, overwrite=overwrite, progress=progress)

    async def file_url(self, file_id: str) -> str:
        """The signed URL of the file's content: the download's ``signedUrl``, or for a file kept in external
        storage (whose download answers ``Redirect``) where it redirects to."""
        answer = await self._redirected_or(
            "download_file", lambda: self._call(download_file.asyncio_detailed, file_id, expect=DownloadFileResponse)
        )
        return answer if isinstance(answer, str) else self._signed_field(answer, "signedUrl")[1]

    async def create_file(self, name: str, staged_upload_path: str) -> File:
        """A file of an upload already staged (the ``path`` of the storage upload, once its form was posted)."""
        body = CreateFile(name=name, staged_upload_path=staged_upload_path)
        return await self._call(create_file.asyncio_detailed, body=body, expect=File)

    async def upload_file(
        self, path: str | os.PathLike[str], *, name: str | None = None, media_type: str | None = None
    ) -> File:
        """Make a file of a local one: the presigned upload (:meth:`stage_file`: streamed, no API key), then
        :meth:`create_file`. ``name`` defaults to the file's name; ``media_type`` (what the file's ``mimetype``
        becomes) to the one its name suggests."""
        source = Path(path)
        kind = media_type or mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        staged = await self.stage_file(source, media_type=kind)
        return await self.create_file(name or source.name, staged)

    # -- annotations, analyses, analysis templates ----------------------------------------------------------------

    def list_annotations(
        self,
        *,
        sort: SortOrder | str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        updated_after: datetime | None = None,
        updated_before: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
    ) -> AsyncItemPaged[Annotation]:
        """Every annotation (hit), in ``sort`` order (``created_desc``, newest first, by default), only those created
        or updated after / before the given instants (exclusive; a naive datetime is UTC)."""
        window = (created_after, created_before, updated_after, updated_before)
        return self._dated("listAnnotations", Annotation, sort, window, page_size, max_items, continuation_token)

    async def get_annotation(self, annotation_id: str) -> Annotation:
        return await self._call(get_annotation.asyncio_detailed, annotation_id, expect=Annotation)

    def list_analyses(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[Analysis]:
        """Every analysis (notebook), page after page."""
        return self._paged("listAnalyses", Analysis, **paging)

    async def get_analysis(self, analysis_id: str) -> Analysis:
        return await self._call(get_analysis.asyncio_detailed, analysis_id, expect=Analysis)

    def list_analysis_templates(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[AnalysisTemplate]:
        """Every analysis template, page after page."""
        return self._paged("listAnalysisTemplates", AnalysisTemplate, **paging)

    async def get_analysis_template(self, template_id: str) -> AnalysisTemplate:
        return await self._call(get_analysis_template.asyncio_detailed, template_id, expect=AnalysisTemplate)

    async def create_analysis_template(self, name: str, analysis_id: str) -> AnalysisTemplate:
        """A template made of the analysis ``analysis_id`` (ObjectNotFoundError if there is none)."""
        body = CreateAnalysisTemplate(name=name, analysis_id=analysis_id)
        return await self._call(create_analysis_template.asyncio_detailed, body=body, expect=AnalysisTemplate)

    # -- entities: a union tagged by ``type`` ---------------------------------------------------------------------

    def list_entities(
        self,
        *,
        sort: SortOrder | str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        updated_after: datetime | None = None,
        updated_before: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
    ) -> AsyncItemPaged[Entity]:
        """Every entity, each the model of its ``type`` (``ChemicalMoleculeEntity``, ``RnaSequenceEntity``, ...);
        ``sort`` and the date bounds as :meth:`list_annotations`."""
        window = (created_after, created_before, updated_after, updated_before)
        return self._dated("listEntities", ENTITY, sort, window, page_size, max_items, continuation_token)

    async def get_entity(self, entity_id: str) -> Entity:
        return await self._call(get_entity.asyncio_detailed, entity_id, expect=ENTITY)

    async def create_entity(
        self,
        name: str,
        external_id: str,
        campaign_id: str,
        *,
        data: Mapping[str, Any] | None = None,
        is_control: bool | None = None,
    ) -> list[Entity]:
        """Register an entity in a campaign; the API answers the entities it made (one: a ``control`` when
        ``is_control``, else a ``cell_line``)."""
        body = _create_entity(name, external_id, campaign_id, data, is_control)
        made = await self._call(create_entity.asyncio_detailed, body=body, expect=list)
        return _entities(made)

    async def update_entity(self, entity_id: str, *, name: str) -> Entity:
        """Rename an entity (the only field the API lets change)."""
        return await self._call(update_entity.asyncio_detailed, entity_id, body=UpdateEntity(name=name), expect=ENTITY)

    def _dated(
        self,
        operation_id: str,
        item_type: type[T],
        sort: SortOrder | str | None,
        window: tuple[datetime | None, datetime | None, datetime | None, datetime | None],
        page_size: int | None,
        max_items: int | None,
        continuation_token: str | None,
    ) -> AsyncItemPaged[T]:
        """A list that takes the API's order (``sort``) and date window (``created.gt/lt``, ``updated.gt/lt``)."""
        created_gt, created_lt, updated_gt, updated_lt = (_utc(moment) for moment in window)
        return self._paged(
            operation_id,
            item_type,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            sort=_sort(sort),
            created_gt=created_gt,
            created_lt=created_lt,
            updated_gt=updated_gt,
            updated_lt=updated_lt,
        )

    # -- dataset schemas ------------------------------------------------------------------------------------------

    async def register_dataset_schema(self, class_name: str, cloud_pickle: str | bytes) -> DatasetSchema:
        """Register a dataset schema: a pydantic model class, cloudpickled (``cloudpickle.dumps(Model)``; bytes are
        base64-encoded for you, a string is sent as it is), under ``class_name``. The server keeps it as opaque
        text; this client never unpickles anything."""
        body = RegisterDatasetSchema(class_name=class_name, cloud_pickle=_pickled(cloud_pickle))
        return await self._call(register_dataset_schema.asyncio_detailed, body=body, expect=DatasetSchema)

    async def get_dataset_schema(self, schema_id: str) -> DatasetSchema:
        return await self._call(get_dataset_schema.asyncio_detailed, schema_id, expect=DatasetSchema)

    def list_dataset_schemas(self, **paging: Unpack[PageOptions]) -> AsyncItemPaged[DatasetSchema]:
        """Every registered dataset schema, page after page."""
        return self._paged("listDatasetSchemas", DatasetSchema, **paging)
