"""Volumes (cloud buckets), their listings, and the import and export jobs between them and projects."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar

from labsdk_sevenbridges_client.api.storage import (
    bulk_get_exports,
    bulk_get_imports,
    bulk_start_exports,
    bulk_start_imports,
    create_volume,
    delete_volume,
    get_export,
    get_import,
    get_volume,
    get_volume_object,
    start_export,
    start_import,
    update_volume,
)
from labsdk_sevenbridges_client.models import (
    Export,
    ExportBulkCreate,
    ExportBulkList,
    ExportBulkRecord,
    ExportIdList,
    File,
    Import,
    ImportBulkCreate,
    ImportBulkList,
    ImportBulkRecord,
    ImportIdList,
    TransferState,
    Volume,
    VolumeObject,
)
from labsdk_sevenbridges_client.types import UNSET

from ..._async import AsyncBaseClient, AsyncItemPaged
from ..._errors import JobFailedError
from .._common import (
    Fields,
    _export_body,
    _fields,
    _id,
    _import_body,
    _transfer_error,
    _volume_body,
    _volume_path,
    _volume_update,
)

__all__ = ["AsyncStorageApi"]

T = TypeVar("T")
VolumeType = Literal["s3", "gcs", "azure", "oss"]


class AsyncStorageApi(AsyncBaseClient):
    """The volumes, imports and exports of ``AsyncSevenBridges``."""

    # -- volumes -------------------------------------------------------------------------------------------------

    def list_volumes(self, *, page_size: int | None = None, max_items: int | None = None) -> AsyncItemPaged[Volume]:
        return self._paged(
            "listVolumes", Volume, page_size=page_size, max_items=max_items, continuation_token=None, fields="_all"
        )

    async def get_volume(self, volume: Volume | str, *, fields: Fields = None) -> Volume:
        """A volume by id (``owner/name``)."""
        path = _volume_path(volume)
        return await self._call(get_volume.asyncio_detailed, *path, expect=Volume, fields=_fields(fields, "Volume"))

    async def create_volume(
        self,
        name: str,
        *,
        type: VolumeType,
        credentials: Mapping[str, Any],
        access_mode: Literal["RW", "RO"] = "RW",
        description: str | None = None,
        bucket: str | None = None,
        prefix: str | None = None,
        container: str | None = None,
        storage_account: str | None = None,
        endpoint: str | None = None,
        properties: Mapping[str, Any] | None = None,
    ) -> Volume:
        """Register a bucket (``s3``, ``gcs``, ``oss``: ``bucket``; ``azure``: ``container`` and ``storage_account``)
        as the volume ``<you>/<name>``. The credentials' secret parts are sent to the API only, and never returned."""
        service = {
            "bucket": bucket,
            "prefix": prefix,
            "container": container,
            "storage_account": storage_account,
            "endpoint": endpoint,
            "properties": dict(properties) if properties is not None else None,
        }
        body = _volume_body(name, type, credentials, access_mode, description, service)
        return await self._call(create_volume.asyncio_detailed, body=body, expect=Volume)

    async def update_volume(
        self,
        volume: Volume | str,
        *,
        description: str | None = None,
        access_mode: Literal["RW", "RO"] | None = None,
        active: bool | None = None,
        prefix: str | None = None,
        credentials: Mapping[str, Any] | None = None,
        properties: Mapping[str, Any] | None = None,
        force: bool = False,
    ) -> Volume:
        """Change a volume; ``active=False`` deactivates it (with running imports or exports only with ``force``)."""
        changes = {
            "description": description,
            "access_mode": access_mode,
            "active": active,
            "prefix": prefix,
            "credentials": dict(credentials) if credentials is not None else None,
            "properties": dict(properties) if properties is not None else None,
        }
        body = _volume_update(changes)
        return await self._call(
            update_volume.asyncio_detailed, *_volume_path(volume), body=body, force=force or UNSET, expect=Volume
        )

    async def delete_volume(self, volume: Volume | str) -> None:
        """Delete a deactivated volume none of whose files are still on the Platform."""
        await self._call(delete_volume.asyncio_detailed, *_volume_path(volume), expect=type(None))

    def list_volume_objects(
        self,
        volume: Volume | str,
        *,
        prefix: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
    ) -> AsyncItemPaged[VolumeObject]:
        """The objects of a volume directly under ``prefix`` (``folder/``), page after page."""
        owner, name = _volume_path(volume)
        return self._paged(
            "listVolumeObjects",
            VolumeObject,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            volume_owner=owner,
            volume_name=name,
            prefix=prefix,
        )

    async def get_volume_object(self, volume: Volume | str, location: str) -> VolumeObject:
        """One object of a volume, with its cloud metadata."""
        path = _volume_path(volume)
        return await self._call(get_volume_object.asyncio_detailed, *path, location=location, expect=VolumeObject)

    # -- imports ---------------------------------------------------------------------------------------------------

    async def start_import(
        self,
        volume: Volume | str,
        location: str,
        *,
        project: str | None = None,
        parent: File | str | None = None,
        name: str | None = None,
        overwrite: bool = False,
        autorename: bool = False,
        preserve_folder_structure: bool | None = None,
    ) -> Import:
        """Import the file (or the folder, a ``location`` ending in ``/``) at ``location`` on ``volume`` to the top of
        ``project`` or into ``parent``. A name taken there fails the import unless ``overwrite`` or ``autorename``."""
        body = _import_body(
            volume,
            location,
            project,
            parent,
            name=name,
            overwrite=overwrite or None,
            autorename=autorename or None,
            preserve_folder_structure=preserve_folder_structure,
        )
        return await self._call(start_import.asyncio_detailed, body=body, expect=Import)

    async def get_import(self, job: Import | str) -> Import:
        return await self._call(get_import.asyncio_detailed, _id(job), expect=Import)

    def list_imports(
        self,
        *,
        volume: Volume | str | None = None,
        project: str | None = None,
        state: TransferState | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncItemPaged[Import]:
        return self._paged(
            "listImports",
            Import,
            page_size=page_size,
            max_items=max_items,
            continuation_token=None,
            volume=_id(volume) if volume is not None else None,
            project=project,
            state=TransferState(str(getattr(state, "value", state))) if state is not None else None,
            fields="_all",
        )

    async def wait_import(
        self, job: Import | str, *, timeout: float | None = None, interval: float = 1.0, max_interval: float = 10.0
    ) -> Import:
        """Poll until the import is COMPLETED and return it (its ``result`` is the new file);
        :class:`TransferFailedError` (with the platform's ``error``) when it ends FAILED."""
        return await self._wait_transfer("getImport", Import, _id(job), timeout, interval, max_interval)

    async def bulk_start_imports(self, imports: Sequence[Mapping[str, Any]]) -> list[ImportBulkRecord]:
        """Up to 100 imports at once, each a mapping of :meth:`start_import`'s arguments (``volume``, ``location``,
        ``project`` or ``parent``, ...): one record per import, with the job or the error that refused it."""
        body = ImportBulkCreate(items=[_import_body(**dict(item)) for item in imports])
        return (await self._call(bulk_start_imports.asyncio_detailed, body=body, expect=ImportBulkList)).items

    async def bulk_get_imports(self, jobs: Sequence[Import | str]) -> list[ImportBulkRecord]:
        body = ImportIdList(import_ids=[_id(job) for job in jobs])
        return (await self._call(bulk_get_imports.asyncio_detailed, body=body, expect=ImportBulkList)).items

    # -- exports ---------------------------------------------------------------------------------------------------

    async def start_export(
        self,
        file: File | str,
        volume: Volume | str,
        location: str,
        *,
        overwrite: bool = False,
        copy_only: bool = False,
        properties: Mapping[str, Any] | None = None,
    ) -> Export:
        """Export a file to ``location`` on a read-write volume; it becomes an alias of the object unless
        ``copy_only``. An object already there fails the export unless ``overwrite``."""
        body = _export_body(file, volume, location, overwrite, properties)
        return await self._call(start_export.asyncio_detailed, body=body, copy_only=copy_only or UNSET, expect=Export)

    async def get_export(self, job: Export | str) -> Export:
        return await self._call(get_export.asyncio_detailed, _id(job), expect=Export)

    def list_exports(
        self,
        *,
        volume: Volume | str | None = None,
        state: TransferState | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncItemPaged[Export]:
        return self._paged(
            "listExports",
            Export,
            page_size=page_size,
            max_items=max_items,
            continuation_token=None,
            volume=_id(volume) if volume is not None else None,
            state=TransferState(str(getattr(state, "value", state))) if state is not None else None,
            fields="_all",
        )

    async def wait_export(
        self, job: Export | str, *, timeout: float | None = None, interval: float = 1.0, max_interval: float = 10.0
    ) -> Export:
        """Poll until the export is COMPLETED and return it; :class:`TransferFailedError` when it ends FAILED."""
        return await self._wait_transfer("getExport", Export, _id(job), timeout, interval, max_interval)

    async def bulk_start_exports(
        self, exports: Sequence[Mapping[str, Any]], *, copy_only: bool = False
    ) -> list[ExportBulkRecord]:
        """Up to 100 exports at once, each a mapping of ``file``, ``volume``, ``location`` (and ``overwrite``,
        ``properties``): one record per export."""
        items = [
            _export_body(e["file"], e["volume"], e["location"], bool(e.get("overwrite")), e.get("properties"))
            for e in exports
        ]
        body = ExportBulkCreate(items=items)
        result = await self._call(
            bulk_start_exports.asyncio_detailed, body=body, copy_only=copy_only or UNSET, expect=ExportBulkList
        )
        return result.items

    async def bulk_get_exports(self, jobs: Sequence[Export | str]) -> list[ExportBulkRecord]:
        body = ExportIdList(export_ids=[_id(job) for job in jobs])
        return (await self._call(bulk_get_exports.asyncio_detailed, body=body, expect=ExportBulkList)).items

    async def _wait_transfer(
        self,
        operation_id: str,
        model: type[T],
        job_id: str,
        timeout: float | None,
        interval: float,
        max_interval: float,
    ) -> T:
        poller = self._poller(operation_id, model, job_id, job_id=job_id, interval=interval, max_interval=max_interval)
        try:
            return await poller.result(timeout)
        except JobFailedError as exc:
            raise _transfer_error(exc) from None
