# Derived from overlays/labsdk/sevenbridges/_async/files.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Files and folders: listing (and walking) them, reading and changing them one by one or in bulk, the
background copy / move / delete jobs, and uploads and downloads."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import httpx

from labsdk_sevenbridges_client.api.file_jobs import (
    get_file_job,
    start_copy_job,
    start_delete_job,
    start_move_job,
)
from labsdk_sevenbridges_client.api.files import (
    bulk_delete_files,
    bulk_edit_files,
    bulk_get_files,
    bulk_update_files,
    copy_file,
    create_folder,
    delete_file,
    get_download_info,
    get_file,
    get_file_metadata,
    move_file,
    replace_file_metadata,
    replace_file_tags,
    update_file,
    update_file_metadata,
)
from labsdk_sevenbridges_client.api.upload import (
    abort_upload,
    complete_upload,
    get_upload_part_url,
    init_upload,
    report_upload_part,
)
from labsdk_sevenbridges_client.models import (
    DownloadInfo,
    File,
    FileBulkList,
    FileBulkRecord,
    FileCopy,
    FileIdList,
    FileJob,
    FileMove,
    FolderCreate,
    GetFileJobJobType,
    Metadata,
    PartReport,
    Task,
    Upload,
    UploadInit,
    UploadPartUrl,
)
from labsdk_sevenbridges_client.types import UNSET

from ..._errors import DownloadError, LabSDKError
from ..._sync import BaseClient, ItemPaged, Poller
from ..._sync.download import signed_url_transport
from .._common import (
    _PART_ERRORS,
    DEFAULT_CONCURRENCY,
    Fields,
    Source,
    UploadError,
    _copy_job,
    _delete_job,
    _etag,
    _exactly_one,
    _fields,
    _file_changes,
    _file_filters,
    _file_update,
    _id,
    _is_folder,
    _metadata_params,
    _move_job,
    _report,
    _Source,
    _unset,
)

__all__ = ["FilesApi"]

FileChange = Mapping[str, Any] | File


class FilesApi(BaseClient):
    """The files and folders of ``SevenBridges``."""

    _storage: httpx.Client | None = None  # the credential-free client of the upload parts

    def list_files(
        self,
        project: str | None = None,
        *,
        parent: File | str | None = None,
        names: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, str | Sequence[str]] | None = None,
        origin_task: Task | str | None = None,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> ItemPaged[File]:
        """The files and folders at the top of ``project`` (``owner/short-name``) or in the folder ``parent``.

        ``names`` and ``tags`` match any of theirs; ``metadata={"sample_id": "S1", "library": ["L1", "L2"]}``
        matches every key, any of a key's values; ``origin_task`` the files a task produced."""
        return self._paged(
            "listFiles",
            File,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            extra_query=_metadata_params(metadata),
            **_file_filters(project, parent, names, tags, origin_task, fields),
        )

    def get_file(self, file: File | str, *, fields: Fields = None) -> File:
        return self._call(get_file.sync_detailed, _id(file), expect=File, fields=_fields(fields, "File"))

    def create_folder(self, name: str, *, project: str | None = None, parent: File | str | None = None) -> File:
        in_project, in_parent = _exactly_one(project, parent)
        body = FolderCreate(name=name, type_="folder", project=in_project, parent=in_parent)
        return self._call(create_folder.sync_detailed, body=body, expect=File)

    def list_folder(
        self,
        folder: File | str,
        *,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> ItemPaged[File]:
        return self._paged(
            "listFolder",
            File,
            page_size=page_size,
            max_items=max_items,
            continuation_token=None,
            concurrency=concurrency,
            file_id=_id(folder),
            fields=_fields(fields, "File"),
        )

    def update_file(
        self,
        file: File | str,
        *,
        name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
    ) -> File:
        """Rename a file, or replace its whole metadata or tags."""
        body = _file_update(name, metadata, tags)
        return self._call(update_file.sync_detailed, _id(file), body=body, expect=File)

    def delete_file(self, file: File | str) -> None:
        """Delete a file, or an empty folder."""
        self._call(delete_file.sync_detailed, _id(file), expect=type(None))

    def set_tags(self, file: File | str, tags: Sequence[str]) -> list[str]:
        result = self._call(replace_file_tags.sync_detailed, _id(file), body=list(tags), expect=list)
        return cast(list[str], result)

    def get_metadata(self, file: File | str) -> dict[str, Any]:
        return self._call(get_file_metadata.sync_detailed, _id(file), expect=Metadata).to_dict()

    def set_metadata(self, file: File | str, metadata: Mapping[str, Any], *, replace: bool = False) -> dict[str, Any]:
        """Merge ``metadata`` into the file's (a ``None`` value removes a key), or ``replace`` it all."""
        call = replace_file_metadata if replace else update_file_metadata
        body = Metadata.from_dict(dict(metadata))
        return self._call(call.sync_detailed, _id(file), body=body, expect=Metadata).to_dict()

    def copy_file(
        self, file: File | str, *, project: str | None = None, parent: File | str | None = None, name: str | None = None
    ) -> File:
        """Copy a file to the top of ``project`` or into the folder ``parent`` (``_1_<name>`` if the name is taken)."""
        to_project, to_parent = _exactly_one(project, parent)
        body = FileCopy(project=to_project, parent=to_parent, name=_unset(name))
        return self._call(copy_file.sync_detailed, _id(file), body=body, expect=File)

    def download_info(self, file: File | str) -> DownloadInfo:
        """The file's signed download URL (valid for a while; fetch it without the token)."""
        return self._call(get_download_info.sync_detailed, _id(file), expect=DownloadInfo)

    def download(
        self, file: File | str, dest: str | os.PathLike[str], *, overwrite: bool = True, progress: bool = False
    ) -> Path:
        """Download a file to ``dest`` (a path, or a directory: then under the file's name), streamed, checked and
        atomic, with no token sent to storage; an expired URL is fetched anew once."""
        for attempt in (1, 2):
            _, url = self._signed_field(self.download_info(file), "url")
            try:
                return self.downloader.download(url, dest, overwrite=overwrite, progress=progress)
            except DownloadError as exc:
                if attempt == 2 or exc.status_code not in (401, 403):
                    raise
        raise AssertionError("unreachable")

    def upload(
        self,
        source: Source,
        *,
        project: str | None = None,
        parent: File | str | None = None,
        name: str | None = None,
        overwrite: bool = False,
        part_size: int | None = None,
    ) -> File:
        """Upload a path, bytes or binary file object to the top of ``project`` or into the folder ``parent``, as a
        multipart upload (the server's part size wins). Each part is retried on its own (a fresh URL, the PUT,
        the report) up to the retry policy's ``max_retries``; on failure the upload is aborted."""
        to_project, to_parent = _exactly_one(project, parent)
        data = _Source(source, name)
        try:
            body = UploadInit(
                name=str(data.name), size=data.size, project=to_project, parent=to_parent, part_size=_unset(part_size)
            )
            started = self._call(init_upload.sync_detailed, body=body, overwrite=overwrite or UNSET, expect=Upload)
            try:
                size = started.part_size if isinstance(started.part_size, int) else (part_size or data.size or 1)
                for number, chunk in data.parts(size):
                    self._upload_part(started.upload_id, number, chunk)
                return self._call(complete_upload.sync_detailed, started.upload_id, expect=File)
            except BaseException:
                self._abort_upload(started.upload_id)
                raise
        finally:
            data.close()

    def _upload_part(self, upload_id: str, number: int, chunk: bytes) -> None:
        policy = self._settings.retry
        for attempt in range(policy.max_retries + 1):
            try:
                part = self._call(get_upload_part_url.sync_detailed, upload_id, number, expect=UploadPartUrl)
                etag = _etag(self._storage_client().put(part.url, content=chunk), part.url)
                self._call(report_upload_part.sync_detailed, upload_id, body=_report(number, etag), expect=PartReport)
                return
            except _PART_ERRORS as exc:
                if attempt == policy.max_retries:
                    raise UploadError(f"part {number} failed after {attempt + 1} attempts: {exc}") from exc
                policy.pause(policy.backoff(attempt + 1))

    def _abort_upload(self, upload_id: str) -> None:
        with contextlib.suppress(LabSDKError):
            self._call(abort_upload.sync_detailed, upload_id, expect=type(None))

    def _storage_client(self) -> httpx.Client:
        if self._storage is None:
            transport = signed_url_transport(
                self._user_transport,
                self._settings.retry,
                method="PUT",
                proxies=self._settings.proxies,
                event_hooks=self._settings.event_hooks,
            )
            self._storage = httpx.Client(transport=transport, timeout=self._settings.timeout)
        return self._storage

    def walk(
        self, project: str | None = None, *, folder: File | str | None = None, page_size: int | None = None
    ) -> Iterator[tuple[str, File]]:
        """Every file and folder under ``project`` (from its root) or under ``folder``, at any depth: ``(path, item)``
        pairs, each folder before what it holds (``path`` is the names from there down, ``/``-separated), each item
        with all its fields; every folder is listed page by page as it is reached."""
        _exactly_one(project, folder)
        if folder is None:
            listing = self.list_files(project, fields="_all", page_size=page_size)
        else:
            listing = self.list_folder(folder, fields="_all", page_size=page_size)
        yield from self._walk(listing, "", page_size)

    def _walk(self, listing: ItemPaged[File], prefix: str, page_size: int | None) -> Iterator[tuple[str, File]]:
        for item in listing:
            path = f"{prefix}{item.name if isinstance(item.name, str) else item.id}"
            yield path, item
            if _is_folder(item):
                listing = self.list_folder(item, fields="_all", page_size=page_size)
                yield from self._walk(listing, f"{path}/", page_size)

    def move_file(self, file: File | str, parent: File | str, *, name: str | None = None) -> File:
        """Move a file into the folder ``parent`` of its project (renamed ``_1_<name>`` if the name is taken)."""
        body = FileMove(parent=_id(parent), name=_unset(name))
        return self._call(move_file.sync_detailed, _id(file), body=body, expect=File)

    def bulk_get_files(self, files: Sequence[File | str]) -> list[FileBulkRecord]:
        """Up to 100 files at once: one record per file, in order, with the file (``resource``) or its ``error``."""
        body = FileIdList(file_ids=[_id(f) for f in files])
        return self._call(bulk_get_files.sync_detailed, body=body, expect=FileBulkList).items

    def bulk_delete_files(self, files: Sequence[File | str]) -> list[FileBulkRecord]:
        """Delete up to 100 files (and empty folders) at once: one record per file, in order."""
        body = FileIdList(file_ids=[_id(f) for f in files])
        return self._call(bulk_delete_files.sync_detailed, body=body, expect=FileBulkList).items

    def bulk_update_files(self, changes: Sequence[FileChange]) -> list[FileBulkRecord]:
        """Replace the name, tags and metadata of up to 100 files (``{"id", "name", "tags", "metadata"}`` each, or
        ``File`` models): tags and metadata left out are erased."""
        body = _file_changes(changes)
        return self._call(bulk_update_files.sync_detailed, body=body, expect=FileBulkList).items

    def bulk_edit_files(self, changes: Sequence[FileChange]) -> list[FileBulkRecord]:
        """Edit up to 100 files: what is left out is kept, metadata is merged (a ``None`` value removes a key)."""
        body = _file_changes(changes)
        return self._call(bulk_edit_files.sync_detailed, body=body, expect=FileBulkList).items

    def start_copy_job(
        self, files: Sequence[File | str], *, project: str | None = None, parent: File | str | None = None
    ) -> FileJob:
        """A background job copying up to 100 files or folders to the top of ``project`` or into ``parent``."""
        body = _copy_job(files, project, parent)
        return self._call(start_copy_job.sync_detailed, body=body, expect=FileJob)

    def start_move_job(self, files: Sequence[File | str], parent: File | str) -> FileJob:
        """A background job moving up to 100 files or folders into the folder ``parent`` of their project."""
        body = _move_job(files, parent)
        return self._call(start_move_job.sync_detailed, body=body, expect=FileJob)

    def start_delete_job(self, files: Sequence[File | str]) -> FileJob:
        """A background job deleting up to 100 files or folders (with what they hold)."""
        return self._call(start_delete_job.sync_detailed, body=_delete_job(files), expect=FileJob)

    def list_async_jobs(self, *, page_size: int | None = None, max_items: int | None = None) -> ItemPaged[FileJob]:
        return self._paged("listFileJobs", FileJob, page_size=page_size, max_items=max_items, continuation_token=None)

    def get_async_job(self, job: FileJob) -> FileJob:
        """The job as it stands (its ``result`` once FINISHED: one record per item, in order)."""
        job_type, job_id = _async_job(job)
        return self._call(get_file_job.sync_detailed, job_type, job_id, expect=FileJob)

    def wait_async_job(
        self, job: FileJob, *, timeout: float | None = None, interval: float = 1.0, max_interval: float = 10.0
    ) -> FileJob:
        """Poll until the job is FINISHED and return it (each item's outcome is in its ``result``)."""
        job_type, job_id = _async_job(job)
        poller: Poller[FileJob] = self._poller(
            "getFileJob", FileJob, job_type, job_id, job_id=job_id, interval=interval, max_interval=max_interval
        )
        return poller.result(timeout)


def _async_job(job: FileJob) -> tuple[GetFileJobJobType, str]:
    """The path of a background file job: its kind (``copy``, ``move``, ``delete``) and id."""
    kind = str(getattr(job.type_, "value", job.type_)).lower()
    return GetFileJobJobType(kind), str(job.id)
