# Derived from overlays/labsdk/sevenbridges/_async.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Seven Bridges Platform API v2 client (``labsdk.sevenbridges``)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Unpack, cast

import httpx

from sevenbridges_client.api.apps import get_app, get_app_revision
from sevenbridges_client.api.billing import get_billing_group
from sevenbridges_client.api.files import (
    copy_file,
    create_folder,
    delete_file,
    get_download_info,
    get_file,
    get_file_metadata,
    replace_file_metadata,
    replace_file_tags,
    update_file,
    update_file_metadata,
)
from sevenbridges_client.api.general import get_rate_limit
from sevenbridges_client.api.projects import (
    add_project_member,
    create_project,
    delete_project,
    get_project,
    get_project_member,
    remove_project_member,
    update_member_permissions,
    update_project,
)
from sevenbridges_client.api.tasks import (
    abort_task,
    create_task,
    get_execution_details,
    get_task,
    run_task,
    update_task,
)
from sevenbridges_client.api.upload import (
    abort_upload,
    complete_upload,
    get_upload_part_url,
    init_upload,
    report_upload_part,
)
from sevenbridges_client.api.users import get_current_user, get_user
from sevenbridges_client.models import (
    App,
    BillingGroup,
    CreateTaskAction,
    DownloadInfo,
    ExecutionDetails,
    File,
    FileCopy,
    FolderCreate,
    Member,
    MemberCreate,
    Metadata,
    PartReport,
    Permissions,
    Project,
    RateLimit,
    Task,
    TaskStatus,
    Upload,
    UploadInit,
    UploadPartUrl,
    User,
)
from sevenbridges_client.types import UNSET

from .._base import ClientOptions
from .._errors import DownloadError, JobFailedError, LabSDKError
from .._sync import BaseClient, ItemPaged, Poller
from .._sync.download import signed_url_transport
from ._common import (
    _PART_ERRORS,
    DEFAULT_CONCURRENCY,
    Deployment,
    Fields,
    Source,
    TaskProgress,
    UploadError,
    _app_filters,
    _app_path,
    _Common,
    _etag,
    _exactly_one,
    _fields,
    _file_filters,
    _file_update,
    _id,
    _metadata_params,
    _permissions,
    _project_create,
    _project_filters,
    _project_path,
    _project_update,
    _report,
    _Source,
    _task_body,
    _task_error,
    _task_filters,
    _task_id,
    _task_update,
    _unset,
    resolve_credentials,
)

__all__ = ["SevenBridges"]


class SevenBridges(_Common, BaseClient):
    """Seven Bridges Platform API v2. ``SevenBridges()`` finds the token as sevenbridges-python does (see the
    package docstring); ``deployment="cavatica"`` (``us``, ``eu``, ``cgc``) picks a deployment; ``base_url=`` a mock:
    ``base_url="http://127.0.0.1:8000/v2"``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        deployment: Deployment | None = None,
        profile: str | None = None,
        credentials_file: str | os.PathLike[str] | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        token, url = resolve_credentials(
            api_key, base_url, deployment=deployment, profile=profile, credentials_file=credentials_file
        )
        super().__init__(token, base_url=url, transport=transport, **options)
        self._storage: httpx.Client | None = None

    def close(self) -> None:
        super().close()
        if self._storage is not None:
            self._storage.close()

    def get_user(self, username: str | None = None, *, fields: Fields = None) -> User:
        """The token's user (``GET /user``), or a user by name (only your own is visible)."""
        if username is None:
            return self._call(get_current_user.sync_detailed, expect=User, fields=_fields(fields, "User"))
        return self._call(get_user.sync_detailed, username, expect=User, fields=_fields(fields, "User"))

    def rate_limit(self) -> RateLimit:
        """The token's rate limit and what is left of it."""
        return self._call(get_rate_limit.sync_detailed, expect=RateLimit)

    def list_projects(
        self,
        *,
        owner: str | None = None,
        name: str | None = None,
        category: str | None = None,
        tags: Sequence[str] | None = None,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> ItemPaged[Project]:
        """The projects you are a member of (of one ``owner``), by part of the name, category and tags."""
        return self._paged(
            "listOwnerProjects" if owner else "listProjects",
            Project,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_project_filters(owner, name, category, tags, fields),
        )

    def get_project(self, project_id: str, *, fields: Fields = None) -> Project:
        return self._call(
            get_project.sync_detailed, *_project_path(project_id), expect=Project, fields=_fields(fields, "Project")
        )

    def create_project(
        self,
        name: str,
        *,
        billing_group: str | None = None,
        description: str | None = None,
        tags: Sequence[str] | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> Project:
        """Create a project; its id is ``<you>/<short name derived from name>`` (``_1`` appended on a clash)."""
        body = _project_create(name, billing_group, description, tags, settings)
        return self._call(create_project.sync_detailed, body=body, expect=Project)

    def update_project(
        self,
        project_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        billing_group: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Project:
        body = _project_update(name, description, billing_group, tags)
        return self._call(update_project.sync_detailed, *_project_path(project_id), body=body, expect=Project)

    def delete_project(self, project_id: str) -> None:
        self._call(delete_project.sync_detailed, *_project_path(project_id), expect=type(None))

    def list_members(self, project_id: str, *, page_size: int | None = None) -> ItemPaged[Member]:
        owner, short = _project_path(project_id)
        return self._paged(
            "listProjectMembers",
            Member,
            page_size=page_size,
            max_items=None,
            continuation_token=None,
            owner=owner,
            project=short,
        )

    def add_member(
        self,
        project_id: str,
        username: str | None = None,
        *,
        email: str | None = None,
        permissions: Mapping[str, bool] | None = None,
    ) -> Member:
        """Add a member by ``username`` or ``email``; ``read`` is always granted, ``admin`` implies the rest."""
        body = MemberCreate(username=_unset(username), email=_unset(email), permissions=_permissions(permissions))
        return self._call(add_project_member.sync_detailed, *_project_path(project_id), body=body, expect=Member)

    def get_member(self, project_id: str, username: str) -> Member:
        return self._call(get_project_member.sync_detailed, *_project_path(project_id), username, expect=Member)

    def set_permissions(self, project_id: str, username: str, **permissions: bool) -> Permissions:
        """Change some of a member's permissions (``write=True, execute=False``); returns them all."""
        body = Permissions.from_dict(permissions)
        return self._call(
            update_member_permissions.sync_detailed,
            *_project_path(project_id),
            username,
            body=body,
            expect=Permissions,
        )

    def remove_member(self, project_id: str, username: str) -> None:
        self._call(remove_project_member.sync_detailed, *_project_path(project_id), username, expect=type(None))

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
                policy.sleep(policy.backoff(attempt + 1))

    def _abort_upload(self, upload_id: str) -> None:
        with contextlib.suppress(LabSDKError):
            self._call(abort_upload.sync_detailed, upload_id, expect=type(None))

    def _storage_client(self) -> httpx.Client:
        if self._storage is None:
            transport = signed_url_transport(self._user_transport, self._settings.retry, method="PUT")
            self._storage = httpx.Client(transport=transport, timeout=self._settings.timeout)
        return self._storage

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

    def list_tasks(
        self,
        *,
        project: str | None = None,
        status: TaskStatus | str | None = None,
        order_by: Literal["created_time", "start_time", "name", "end_time", "created_by"] | None = None,
        descending: bool = False,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        **filters: str,
    ) -> ItemPaged[Task]:
        """Tasks, by project and status; ``filters`` are the time filters (``created_from="2024-03-01"``, ...)."""
        return self._paged(
            "listTasks",
            Task,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_task_filters(project, status, order_by, descending, fields, filters),
        )

    def get_app(self, app_id: str, *, fields: Fields = None) -> App:
        """An app by ``owner/project/app`` (its latest revision) or ``owner/project/app/revision``."""
        path = _app_path(app_id)
        call = get_app_revision if len(path) == 4 else get_app
        return self._call(call.sync_detailed, *path, expect=App, fields=_fields(fields, "App"))

    def create_task(
        self,
        project: str,
        app: App | str,
        *,
        name: str | None = None,
        description: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        run: bool = False,
    ) -> Task:
        """A DRAFT task (QUEUED with ``run=True``); ``inputs`` may hold ``File`` models, lists of them or values."""
        body = _task_body(project, _id(app), name, description, inputs)
        action = CreateTaskAction.RUN if run else UNSET
        return self._call(create_task.sync_detailed, body=body, action=action, expect=Task)

    def get_task(self, task: Task | str, *, fields: Fields = None) -> Task:
        return self._call(get_task.sync_detailed, _task_id(task), expect=Task, fields=_fields(fields, "Task"))

    def update_task(
        self,
        task: Task | str,
        *,
        name: str | None = None,
        description: str | None = None,
        inputs: Mapping[str, Any] | None = None,
    ) -> Task:
        """Change a DRAFT task (a task that has run can only be renamed)."""
        body = _task_update(name, description, inputs)
        return self._call(update_task.sync_detailed, _task_id(task), body=body, expect=Task)

    def execution_details(self, task: Task | str) -> ExecutionDetails:
        return self._call(get_execution_details.sync_detailed, _task_id(task), expect=ExecutionDetails)

    def list_billing_groups(self, *, page_size: int | None = None) -> ItemPaged[BillingGroup]:
        return self._paged(
            "listBillingGroups", BillingGroup, page_size=page_size, max_items=None, continuation_token=None
        )

    def get_billing_group(self, billing_group_id: str) -> BillingGroup:
        return self._call(get_billing_group.sync_detailed, uuid.UUID(billing_group_id), expect=BillingGroup)

    def run_task(self, task: Task | str) -> Task:
        return self._call(run_task.sync_detailed, _task_id(task), expect=Task)

    def abort_task(self, task: Task | str) -> Task:
        return self._call(abort_task.sync_detailed, _task_id(task), expect=Task)

    def poll_task(
        self,
        task: Task | str,
        *,
        interval: float = 2.0,
        max_interval: float = 30.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Poller[Task]:
        """A poller for a task (rebuildable from the task id alone)."""
        task_id = _task_id(task)
        return self._poller(
            "getTask",
            Task,
            task_id,
            job_id=str(task_id),
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
        )

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        interval: float = 2.0,
        max_interval: float = 30.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Task:
        """Poll until the task is COMPLETED and return it; :class:`TaskFailedError` / :class:`TaskAbortedError`
        when it ends FAILED / ABORTED, ``PollTimeoutError`` after ``timeout`` seconds."""
        poller = self.poll_task(
            task, interval=interval, max_interval=max_interval, on_progress=on_progress, progress=progress
        )
        try:
            return poller.result(timeout)
        except JobFailedError as exc:
            raise _task_error(exc) from None
