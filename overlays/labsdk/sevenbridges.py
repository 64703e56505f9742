"""The Seven Bridges Platform API v2 client (also CAVATICA and the CGC):
``from labsdk import sevenbridges as sb; sb.SevenBridges()``.

Thin over the engines: lists are offset-paginated (``x-pagination``) and, once the total is known, fetched a few
pages at a time, in order; the rate limit (``x-rate-limit``) is paced for you; ``wait()`` polls a task through the
shared poller (``x-long-running``); downloads go through ``download_info`` and the signed-URL engine; uploads are
multipart, each part retried on its own.

Credentials, as the official ``sevenbridges-python`` finds them (so existing setups need nothing new):
``api_key=`` / ``base_url=`` (or ``deployment=``), else ``$SB_AUTH_TOKEN`` / ``$SB_API_ENDPOINT``, else a profile of
``~/.sevenbridges/credentials`` (``[default]``, or ``profile=``) with ``auth_token`` and ``api_endpoint``.
"""

from __future__ import annotations

import configparser
import contextlib
import copy
import io
import math
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, ClassVar, Literal, Self, cast
from urllib.parse import urlsplit

import attrs
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
    FileScope,
    FileUpdate,
    FolderCreate,
    ListAppsVisibility,
    ListTasksOrder,
    ListTasksOrderBy,
    Member,
    MemberCreate,
    Metadata,
    PartReport,
    PartResponse,
    PartResponseHeaders,
    Permissions,
    Project,
    ProjectCreate,
    ProjectSettings,
    ProjectUpdate,
    RateLimit,
    Task,
    TaskCreate,
    TaskCreateInputs,
    TaskStatus,
    TaskUpdate,
    TaskUpdateInputs,
    Upload,
    UploadInit,
    UploadPartUrl,
    User,
)
from sevenbridges_client.types import UNSET, Unset

from ._base import DEFAULT_TIMEOUT, AsyncBaseClient, BaseClient
from ._download import signed_url_transport
from ._errors import APIConnectionError, DownloadError, JobFailedError, LabSDKError
from ._pagination import AsyncItemPaged, ItemPaged
from ._polling import AsyncPoller, Poller
from ._retry import RetryPolicy
from ._secrets import redact_url
from ._spec import bind

__all__ = [
    "DEPLOYMENTS",
    "App",
    "AsyncSevenBridges",
    "BillingGroup",
    "ExecutionDetails",
    "File",
    "Member",
    "Permissions",
    "Project",
    "RateLimit",
    "SevenBridges",
    "Task",
    "TaskAbortedError",
    "TaskFailedError",
    "TaskStatus",
    "UploadError",
    "User",
    "file_input",
    "resolve_credentials",
]

_SPEC = bind("sevenbridges").spec
_HOSTS = {"us": "api.", "eu": "eu-api.", "cavatica": "cavatica-api.", "cgc": "cgc-api."}
DEPLOYMENTS: dict[str, str] = {
    name: next(url for url in _SPEC.servers if urlsplit(url).netloc.startswith(prefix))
    for name, prefix in _HOSTS.items()
}
"""The deployments' base URLs, from the spec's servers: ``us``, ``eu``, ``cavatica``, ``cgc``."""

CREDENTIALS_FILE = Path("~/.sevenbridges/credentials")
DEFAULT_CONCURRENCY = 4

Deployment = Literal["us", "eu", "cavatica", "cgc"]
Fields = str | Sequence[str] | None
Source = str | os.PathLike[str] | bytes | IO[bytes]
TaskProgress = Callable[[str, float | None, Task], None]


class TaskFailedError(JobFailedError):
    """The task ended FAILED; ``server_message`` is its execution status message."""


class TaskAbortedError(JobFailedError):
    """The task ended ABORTED."""


class UploadError(LabSDKError):
    """A multipart upload failed (a part could not be stored after its retries, or the server refused it)."""


# -- credentials ------------------------------------------------------------------------------------------------


def resolve_credentials(
    api_key: str | None = None,
    base_url: str | None = None,
    *,
    deployment: Deployment | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    credentials_file: str | os.PathLike[str] | None = None,
) -> tuple[str, str]:
    """The (token, base URL) to use, found as sevenbridges-python finds them: the arguments, else the environment
    (``SB_AUTH_TOKEN``, ``SB_API_ENDPOINT``), else the ``[default]`` (or ``profile``) section of
    ``~/.sevenbridges/credentials``. A named ``profile`` skips the environment. The URL defaults to the US one."""
    env = os.environ if environ is None else environ
    url = base_url or (DEPLOYMENTS[deployment] if deployment else None)
    token = api_key
    if token is None and profile is None and env.get("SB_AUTH_TOKEN"):
        token = env["SB_AUTH_TOKEN"]
        url = url or env.get("SB_API_ENDPOINT") or None
    if token is None:
        section = profile or "default"
        path = Path(credentials_file or CREDENTIALS_FILE).expanduser()
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except configparser.Error as exc:
            raise LabSDKError(f"cannot read {path}: {type(exc).__name__}") from None
        if not parser.has_section(section):
            where = f"profile [{section}] of {path}" if path.is_file() else f"{path} (missing)"
            raise LabSDKError(f"no API token: pass api_key=, set SB_AUTH_TOKEN, or add auth_token to {where}")
        token = parser.get(section, "auth_token", fallback=None)
        url = url or parser.get(section, "api_endpoint", fallback=None) or None
        if not token:
            raise LabSDKError(f"profile [{section}] of {path} has no auth_token")
    return token, (url or DEPLOYMENTS["us"]).rstrip("/")


# -- request pieces (no I/O) ----------------------------------------------------------------------------------


def _unset(value: Any) -> Any:
    return UNSET if value is None else value


def _split(resource_id: str, parts: int, what: str) -> list[str]:
    pieces = resource_id.split("/")
    if len(pieces) != parts or not all(pieces):
        raise ValueError(f"{what} id {resource_id!r} is not {'/'.join(['...'] * parts)}")
    return pieces


def _project_path(project_id: str) -> list[str]:
    return _split(project_id, 2, "project")


def _id(resource: object) -> str:
    """The id of a resource given as a model (``File``, ``Task``, ...) or as the id itself."""
    if isinstance(resource, str):
        return resource
    value = getattr(resource, "id", None)
    if value is None or isinstance(value, Unset):
        raise ValueError(f"{type(resource).__name__} has no id")
    return str(value)


def _task_id(task: Task | str) -> uuid.UUID:
    try:
        return uuid.UUID(_id(task))
    except ValueError:
        raise ValueError(f"task id {_id(task)!r} is not a UUID") from None


def _fields(fields: Fields, schema: str) -> str | Unset:
    """``fields`` as the API takes it (``id,name,!metadata``), every name checked against the resource's schema."""
    if fields is None:
        return UNSET
    items = [fields] if isinstance(fields, str) else list(fields)
    names = [part.strip() for item in items for part in item.split(",") if part.strip()]
    known = set(_SPEC.document["components"]["schemas"][schema].get("properties", {}))
    for name in names:
        top = name.lstrip("!").split(".", 1)[0]
        if name != "_all" and top not in known:
            raise ValueError(f"{schema} has no field {top!r}; fields are {', '.join(sorted(known))} or _all")
    return ",".join(names) if names else UNSET


def _exactly_one(project: str | None, parent: object | None) -> tuple[str | Unset, str | Unset]:
    if (project is None) == (parent is None):
        raise ValueError("give exactly one of project= and parent= (a folder)")
    return _unset(project), (_id(parent) if parent is not None else UNSET)


def file_input(file: File | str, name: str | None = None) -> dict[str, Any]:
    """A task input for a file: ``{"class": "File", "path": <id>, "name": <name>}`` (a folder is a Directory)."""
    out: dict[str, Any] = {"class": "File", "path": _id(file)}
    if isinstance(file, File):
        kind = file.type_
        if str(getattr(kind, "value", kind)).lower() == "folder":
            out["class"] = "Directory"
        name = name or (file.name if isinstance(file.name, str) else None)
    if name:
        out["name"] = name
    return out


def _inputs(value: Any) -> Any:
    """Task inputs with ``File`` models turned into File objects (lists and dicts walked)."""
    if isinstance(value, File):
        return file_input(value)
    if isinstance(value, Mapping):
        return {str(k): _inputs(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_inputs(v) for v in value]
    return value


def _metadata_params(metadata: Mapping[str, str | Sequence[str]] | None) -> dict[str, list[str]]:
    """``{"sample_id": ["S1", "S2"]}`` → ``{"metadata.sample_id": ["S1", "S2"]}`` (values of one key match any)."""
    params: dict[str, list[str]] = {}
    for key, value in (metadata or {}).items():
        params[f"metadata.{key}"] = [value] if isinstance(value, str) else [str(v) for v in value]
    return params


def _task_body(project: str, app: str, name: str | None, description: str | None, inputs: Any) -> TaskCreate:
    body = TaskCreate(project=project, app=app, name=_unset(name), description=_unset(description))
    if inputs is not None:
        body.inputs = TaskCreateInputs.from_dict(_inputs(inputs))
    return body


def _task_update(name: str | None, description: str | None, inputs: Any) -> TaskUpdate:
    body = TaskUpdate(name=_unset(name), description=_unset(description))
    if inputs is not None:
        body.inputs = TaskUpdateInputs.from_dict(_inputs(inputs))
    return body


def _project_create(
    name: str,
    billing_group: str | None,
    description: str | None,
    tags: Sequence[str] | None,
    settings: Mapping[str, Any] | None,
) -> ProjectCreate:
    return ProjectCreate(
        name=name,
        billing_group=_unset(billing_group),
        description=_unset(description),
        tags=list(tags) if tags is not None else UNSET,
        settings=ProjectSettings.from_dict(dict(settings)) if settings is not None else UNSET,
    )


def _project_update(
    name: str | None, description: str | None, billing_group: str | None, tags: Sequence[str] | None
) -> ProjectUpdate:
    return ProjectUpdate(
        name=_unset(name),
        description=_unset(description),
        billing_group=_unset(billing_group),
        tags=list(tags) if tags is not None else UNSET,
    )


def _file_update(name: str | None, metadata: Mapping[str, Any] | None, tags: Sequence[str] | None) -> FileUpdate:
    return FileUpdate(
        name=_unset(name),
        metadata=Metadata.from_dict(dict(metadata)) if metadata is not None else UNSET,
        tags=list(tags) if tags is not None else UNSET,
    )


def _app_path(app_id: str) -> list[str | int]:
    """``[owner, project, app]`` or, with a revision, ``[owner, project, app, revision]``."""
    parts = app_id.split("/")
    if len(parts) == 4 and parts[3].isdigit():
        return [*parts[:3], int(parts[3])]
    return list(_split(app_id, 3, "app"))


def _task_status(status: TaskStatus | str | None) -> TaskStatus | None:
    return TaskStatus(str(getattr(status, "value", status))) if status is not None else None


def _project_filters(
    owner: str | None, name: str | None, category: str | None, tags: Sequence[str] | None, fields: Fields
) -> dict[str, object]:
    return {
        "owner": owner,
        "name": name,
        "category": category,
        "tags": list(tags) if tags is not None else None,
        "fields": _fields(fields, "Project"),
    }


def _file_filters(
    project: str | None,
    parent: File | str | None,
    names: Sequence[str] | None,
    tags: Sequence[str] | None,
    origin_task: Task | str | None,
    fields: Fields,
) -> dict[str, object]:
    scope_project, scope_parent = _exactly_one(project, parent)
    return {
        "scope": FileScope(project=scope_project, parent=scope_parent),
        "name": list(names) if names is not None else None,
        "tag": list(tags) if tags is not None else None,
        "origin_task": _id(origin_task) if origin_task is not None else None,
        "fields": _fields(fields, "File"),
    }


def _task_filters(
    project: str | None,
    status: TaskStatus | str | None,
    order_by: str | None,
    descending: bool,
    fields: Fields,
    times: Mapping[str, str],
) -> dict[str, object]:
    return {
        "project": project,
        "status": _task_status(status),
        "order_by": ListTasksOrderBy(order_by) if order_by else None,
        "order": ListTasksOrder.DESC if descending and order_by else None,
        "fields": _fields(fields, "Task"),
        **times,
    }


def _app_filters(project: str | None, public: bool, query: str | None, fields: Fields) -> dict[str, object]:
    visibility = ListAppsVisibility.PUBLIC if public else None
    return {"project": project, "visibility": visibility, "q": query, "fields": _fields(fields, "App")}


def _permissions(given: Mapping[str, bool] | None) -> Permissions | Unset:
    return UNSET if given is None else Permissions.from_dict(dict(given))


def _status(task: Task) -> str:
    status = task.status
    return str(getattr(status, "value", status)) if not isinstance(status, Unset) else ""


def _task_error(exc: JobFailedError) -> JobFailedError:
    """The typed error for a task that ended FAILED or ABORTED, with its execution status message."""
    task = exc.job if isinstance(exc.job, Task) else None
    message = exc.server_message
    if task is not None and not isinstance(task.execution_status, Unset):
        found = task.execution_status.message
        message = found if isinstance(found, str) else message
    cls = TaskAbortedError if exc.status == "ABORTED" else TaskFailedError
    return cls(exc.job_id, exc.status, message, exc.job)


class _Source:
    """What to upload: a path, bytes or a binary file object; read part by part."""

    def __init__(self, source: Source, name: str | None) -> None:
        self._opened: IO[bytes] | None = None
        if isinstance(source, bytes):
            self.file: IO[bytes] = io.BytesIO(source)
            self.name = name
        elif isinstance(source, str | os.PathLike):
            path = Path(source)
            self.file = self._opened = path.open("rb")
            self.name = name or path.name
        else:
            self.file = source
            self.name = name or Path(str(getattr(source, "name", ""))).name or None
        if not self.name:
            raise ValueError("name= is required when uploading bytes or a file object without a name")
        self.file.seek(0, os.SEEK_END)
        self.size = self.file.tell()

    def parts(self, part_size: int) -> Iterator[tuple[int, bytes]]:
        for number in range(1, max(1, math.ceil(self.size / part_size)) + 1):
            self.file.seek((number - 1) * part_size)
            yield number, self.file.read(part_size)

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()


def _report(number: int, etag: str) -> PartReport:
    return PartReport(part_number=number, response=PartResponse(headers=PartResponseHeaders(e_tag=etag)))


def _etag(response: httpx.Response, url: str) -> str:
    if not 200 <= response.status_code < 300:
        raise UploadError(f"storage answered {response.status_code} to a part [PUT {redact_url(url)}]")
    etag = str(response.headers.get("etag") or "")
    if not etag:
        raise UploadError(f"storage sent no ETag for a part [PUT {redact_url(url)}]")
    return etag.strip('"')


_PART_ERRORS = (UploadError, APIConnectionError, httpx.HTTPError)


# -- the clients ----------------------------------------------------------------------------------------------


class _Common:
    """Configuration shared by the sync and async clients."""

    API: ClassVar[str] = "sevenbridges"
    ENV_VAR: ClassVar[str] = "SB_AUTH_TOKEN"
    BASE_URL_ENV_VAR: ClassVar[str | None] = "SB_API_ENDPOINT"
    DEPLOYMENTS: ClassVar[dict[str, str]] = DEPLOYMENTS

    _generated: object

    def _with_query(self, params: Mapping[str, list[str]]) -> Self:
        """A copy whose requests also carry ``params`` (the ``metadata.<key>`` filters the spec cannot declare)."""
        if not params:
            return self
        clone = copy.copy(self)
        generated = cast(Any, self._generated)
        args = {**generated._httpx_args, "params": dict(params)}
        clone._generated = attrs.evolve(generated, httpx_args=args)
        return clone


class SevenBridges(_Common, BaseClient):
    """Seven Bridges Platform API v2 (sync). ``SevenBridges()`` finds the token as sevenbridges-python does (see the
    module docstring); ``deployment="cavatica"`` (``us``, ``eu``, ``cgc``) picks a deployment; ``base_url=`` a mock:
    ``SevenBridges(api_key=..., base_url="http://127.0.0.1:8000/v2")``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        deployment: Deployment | None = None,
        profile: str | None = None,
        credentials_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        user_agent: str | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = True,
    ) -> None:
        token, url = resolve_credentials(
            api_key, base_url, deployment=deployment, profile=profile, credentials_file=credentials_file
        )
        super().__init__(
            token,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            user_agent=user_agent,
            transport=transport,
            headers=headers,
            follow_redirects=follow_redirects,
        )
        self._storage: httpx.Client | None = None

    def close(self) -> None:
        super().close()
        if self._storage is not None:
            self._storage.close()

    # -- account --------------------------------------------------------------------------------------------

    def get_user(self, username: str | None = None, *, fields: Fields = None) -> User:
        """The token's user (``GET /user``), or a user by name (only your own is visible)."""
        if username is None:
            return self._call(get_current_user.sync_detailed, expect=User, fields=_fields(fields, "User"))
        return self._call(get_user.sync_detailed, username, expect=User, fields=_fields(fields, "User"))

    def rate_limit(self) -> RateLimit:
        """The token's rate limit and what is left of it."""
        return self._call(get_rate_limit.sync_detailed, expect=RateLimit)

    # -- projects -------------------------------------------------------------------------------------------

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
            update_member_permissions.sync_detailed, *_project_path(project_id), username, body=body, expect=Permissions
        )

    def remove_member(self, project_id: str, username: str) -> None:
        self._call(remove_project_member.sync_detailed, *_project_path(project_id), username, expect=type(None))

    # -- files ----------------------------------------------------------------------------------------------

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
        return self._with_query(_metadata_params(metadata))._paged(
            "listFiles",
            File,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_file_filters(project, parent, names, tags, origin_task, fields),
        )

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

    def get_file(self, file: File | str, *, fields: Fields = None) -> File:
        return self._call(get_file.sync_detailed, _id(file), expect=File, fields=_fields(fields, "File"))

    def create_folder(self, name: str, *, project: str | None = None, parent: File | str | None = None) -> File:
        in_project, in_parent = _exactly_one(project, parent)
        body = FolderCreate(name=name, type_="folder", project=in_project, parent=in_parent)
        return self._call(create_folder.sync_detailed, body=body, expect=File)

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

    def get_metadata(self, file: File | str) -> dict[str, Any]:
        return self._call(get_file_metadata.sync_detailed, _id(file), expect=Metadata).to_dict()

    def set_metadata(self, file: File | str, metadata: Mapping[str, Any], *, replace: bool = False) -> dict[str, Any]:
        """Merge ``metadata`` into the file's (a ``None`` value removes a key), or ``replace`` it all."""
        call = replace_file_metadata if replace else update_file_metadata
        body = Metadata.from_dict(dict(metadata))
        return self._call(call.sync_detailed, _id(file), body=body, expect=Metadata).to_dict()

    def set_tags(self, file: File | str, tags: Sequence[str]) -> list[str]:
        return cast(list[str], self._call(replace_file_tags.sync_detailed, _id(file), body=list(tags), expect=list))

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
                url = self._call(get_upload_part_url.sync_detailed, upload_id, number, expect=UploadPartUrl).url
                etag = _etag(self._storage_client().put(url, content=chunk), url)
                self._call(report_upload_part.sync_detailed, upload_id, body=_report(number, etag), expect=PartReport)
                return
            except _PART_ERRORS as exc:
                if attempt == policy.max_retries:
                    raise UploadError(f"part {number} failed after {attempt + 1} attempts: {exc}") from exc
                policy.sleep(policy.backoff(attempt + 1))

    def _abort_upload(self, upload_id: str) -> None:
        with contextlib.suppress(LabSDKError):  # the upload failed already; that error is the one to see
            self._call(abort_upload.sync_detailed, upload_id, expect=type(None))

    def _storage_client(self) -> httpx.Client:
        if self._storage is None:
            transport = signed_url_transport(self._user_transport, self._settings.retry, is_async=False, method="PUT")
            self._storage = httpx.Client(transport=transport, timeout=self._settings.timeout)
        return self._storage

    # -- apps -----------------------------------------------------------------------------------------------

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

    # -- tasks ----------------------------------------------------------------------------------------------

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

    def run_task(self, task: Task | str) -> Task:
        return self._call(run_task.sync_detailed, _task_id(task), expect=Task)

    def abort_task(self, task: Task | str) -> Task:
        return self._call(abort_task.sync_detailed, _task_id(task), expect=Task)

    def execution_details(self, task: Task | str) -> ExecutionDetails:
        return self._call(get_execution_details.sync_detailed, _task_id(task), expect=ExecutionDetails)

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

    # -- billing --------------------------------------------------------------------------------------------

    def list_billing_groups(self, *, page_size: int | None = None) -> ItemPaged[BillingGroup]:
        return self._paged(
            "listBillingGroups", BillingGroup, page_size=page_size, max_items=None, continuation_token=None
        )

    def get_billing_group(self, billing_group_id: str) -> BillingGroup:
        return self._call(get_billing_group.sync_detailed, uuid.UUID(billing_group_id), expect=BillingGroup)


class AsyncSevenBridges(_Common, AsyncBaseClient):
    """The async twin of :class:`SevenBridges` (same methods, awaited; lists are ``async for``)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        deployment: Deployment | None = None,
        profile: str | None = None,
        credentials_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        user_agent: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = True,
    ) -> None:
        token, url = resolve_credentials(
            api_key, base_url, deployment=deployment, profile=profile, credentials_file=credentials_file
        )
        super().__init__(
            token,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            user_agent=user_agent,
            transport=transport,
            headers=headers,
            follow_redirects=follow_redirects,
        )
        self._storage: httpx.AsyncClient | None = None

    async def aclose(self) -> None:
        await super().aclose()
        if self._storage is not None:
            await self._storage.aclose()

    async def get_user(self, username: str | None = None, *, fields: Fields = None) -> User:
        if username is None:
            return await self._call(get_current_user.asyncio_detailed, expect=User, fields=_fields(fields, "User"))
        return await self._call(get_user.asyncio_detailed, username, expect=User, fields=_fields(fields, "User"))

    async def rate_limit(self) -> RateLimit:
        return await self._call(get_rate_limit.asyncio_detailed, expect=RateLimit)

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
    ) -> AsyncItemPaged[Project]:
        return self._paged(
            "listOwnerProjects" if owner else "listProjects",
            Project,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_project_filters(owner, name, category, tags, fields),
        )

    async def get_project(self, project_id: str, *, fields: Fields = None) -> Project:
        return await self._call(
            get_project.asyncio_detailed, *_project_path(project_id), expect=Project, fields=_fields(fields, "Project")
        )

    async def create_project(
        self,
        name: str,
        *,
        billing_group: str | None = None,
        description: str | None = None,
        tags: Sequence[str] | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> Project:
        body = _project_create(name, billing_group, description, tags, settings)
        return await self._call(create_project.asyncio_detailed, body=body, expect=Project)

    async def update_project(
        self,
        project_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        billing_group: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Project:
        body = _project_update(name, description, billing_group, tags)
        return await self._call(update_project.asyncio_detailed, *_project_path(project_id), body=body, expect=Project)

    async def delete_project(self, project_id: str) -> None:
        await self._call(delete_project.asyncio_detailed, *_project_path(project_id), expect=type(None))

    def list_members(self, project_id: str, *, page_size: int | None = None) -> AsyncItemPaged[Member]:
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

    async def add_member(
        self,
        project_id: str,
        username: str | None = None,
        *,
        email: str | None = None,
        permissions: Mapping[str, bool] | None = None,
    ) -> Member:
        body = MemberCreate(username=_unset(username), email=_unset(email), permissions=_permissions(permissions))
        return await self._call(
            add_project_member.asyncio_detailed, *_project_path(project_id), body=body, expect=Member
        )

    async def get_member(self, project_id: str, username: str) -> Member:
        return await self._call(
            get_project_member.asyncio_detailed, *_project_path(project_id), username, expect=Member
        )

    async def set_permissions(self, project_id: str, username: str, **permissions: bool) -> Permissions:
        body = Permissions.from_dict(permissions)
        return await self._call(
            update_member_permissions.asyncio_detailed,
            *_project_path(project_id),
            username,
            body=body,
            expect=Permissions,
        )

    async def remove_member(self, project_id: str, username: str) -> None:
        await self._call(
            remove_project_member.asyncio_detailed, *_project_path(project_id), username, expect=type(None)
        )

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
    ) -> AsyncItemPaged[File]:
        return self._with_query(_metadata_params(metadata))._paged(
            "listFiles",
            File,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_file_filters(project, parent, names, tags, origin_task, fields),
        )

    async def get_file(self, file: File | str, *, fields: Fields = None) -> File:
        return await self._call(get_file.asyncio_detailed, _id(file), expect=File, fields=_fields(fields, "File"))

    async def create_folder(self, name: str, *, project: str | None = None, parent: File | str | None = None) -> File:
        in_project, in_parent = _exactly_one(project, parent)
        body = FolderCreate(name=name, type_="folder", project=in_project, parent=in_parent)
        return await self._call(create_folder.asyncio_detailed, body=body, expect=File)

    def list_folder(
        self,
        folder: File | str,
        *,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> AsyncItemPaged[File]:
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

    async def update_file(
        self,
        file: File | str,
        *,
        name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
    ) -> File:
        body = _file_update(name, metadata, tags)
        return await self._call(update_file.asyncio_detailed, _id(file), body=body, expect=File)

    async def delete_file(self, file: File | str) -> None:
        await self._call(delete_file.asyncio_detailed, _id(file), expect=type(None))

    async def set_tags(self, file: File | str, tags: Sequence[str]) -> list[str]:
        result = await self._call(replace_file_tags.asyncio_detailed, _id(file), body=list(tags), expect=list)
        return cast(list[str], result)

    async def get_metadata(self, file: File | str) -> dict[str, Any]:
        return (await self._call(get_file_metadata.asyncio_detailed, _id(file), expect=Metadata)).to_dict()

    async def set_metadata(
        self, file: File | str, metadata: Mapping[str, Any], *, replace: bool = False
    ) -> dict[str, Any]:
        call = replace_file_metadata if replace else update_file_metadata
        body = Metadata.from_dict(dict(metadata))
        return (await self._call(call.asyncio_detailed, _id(file), body=body, expect=Metadata)).to_dict()

    async def copy_file(
        self, file: File | str, *, project: str | None = None, parent: File | str | None = None, name: str | None = None
    ) -> File:
        to_project, to_parent = _exactly_one(project, parent)
        body = FileCopy(project=to_project, parent=to_parent, name=_unset(name))
        return await self._call(copy_file.asyncio_detailed, _id(file), body=body, expect=File)

    async def download_info(self, file: File | str) -> DownloadInfo:
        return await self._call(get_download_info.asyncio_detailed, _id(file), expect=DownloadInfo)

    async def download(
        self, file: File | str, dest: str | os.PathLike[str], *, overwrite: bool = True, progress: bool = False
    ) -> Path:
        for attempt in (1, 2):
            _, url = self._signed_field(await self.download_info(file), "url")
            try:
                return await self.downloader.download(url, dest, overwrite=overwrite, progress=progress)
            except DownloadError as exc:
                if attempt == 2 or exc.status_code not in (401, 403):
                    raise
        raise AssertionError("unreachable")

    async def upload(
        self,
        source: Source,
        *,
        project: str | None = None,
        parent: File | str | None = None,
        name: str | None = None,
        overwrite: bool = False,
        part_size: int | None = None,
    ) -> File:
        to_project, to_parent = _exactly_one(project, parent)
        data = _Source(source, name)
        try:
            body = UploadInit(
                name=str(data.name), size=data.size, project=to_project, parent=to_parent, part_size=_unset(part_size)
            )
            started = await self._call(
                init_upload.asyncio_detailed, body=body, overwrite=overwrite or UNSET, expect=Upload
            )
            try:
                size = started.part_size if isinstance(started.part_size, int) else (part_size or data.size or 1)
                for number, chunk in data.parts(size):
                    await self._upload_part(started.upload_id, number, chunk)
                return await self._call(complete_upload.asyncio_detailed, started.upload_id, expect=File)
            except BaseException:
                await self._abort_upload(started.upload_id)
                raise
        finally:
            data.close()

    async def _upload_part(self, upload_id: str, number: int, chunk: bytes) -> None:
        policy = self._settings.retry
        for attempt in range(policy.max_retries + 1):
            try:
                part = await self._call(get_upload_part_url.asyncio_detailed, upload_id, number, expect=UploadPartUrl)
                etag = _etag(await self._storage_client().put(part.url, content=chunk), part.url)
                await self._call(
                    report_upload_part.asyncio_detailed, upload_id, body=_report(number, etag), expect=PartReport
                )
                return
            except _PART_ERRORS as exc:
                if attempt == policy.max_retries:
                    raise UploadError(f"part {number} failed after {attempt + 1} attempts: {exc}") from exc
                await policy.asleep(policy.backoff(attempt + 1))

    async def _abort_upload(self, upload_id: str) -> None:
        with contextlib.suppress(LabSDKError):
            await self._call(abort_upload.asyncio_detailed, upload_id, expect=type(None))

    def _storage_client(self) -> httpx.AsyncClient:
        if self._storage is None:
            transport = signed_url_transport(self._user_transport, self._settings.retry, is_async=True, method="PUT")
            self._storage = httpx.AsyncClient(transport=transport, timeout=self._settings.timeout)
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
    ) -> AsyncItemPaged[App]:
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
    ) -> AsyncItemPaged[Task]:
        return self._paged(
            "listTasks",
            Task,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_task_filters(project, status, order_by, descending, fields, filters),
        )

    async def get_app(self, app_id: str, *, fields: Fields = None) -> App:
        path = _app_path(app_id)
        call = get_app_revision if len(path) == 4 else get_app
        return await self._call(call.asyncio_detailed, *path, expect=App, fields=_fields(fields, "App"))

    async def create_task(
        self,
        project: str,
        app: App | str,
        *,
        name: str | None = None,
        description: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        run: bool = False,
    ) -> Task:
        body = _task_body(project, _id(app), name, description, inputs)
        action = CreateTaskAction.RUN if run else UNSET
        return await self._call(create_task.asyncio_detailed, body=body, action=action, expect=Task)

    async def get_task(self, task: Task | str, *, fields: Fields = None) -> Task:
        return await self._call(get_task.asyncio_detailed, _task_id(task), expect=Task, fields=_fields(fields, "Task"))

    async def update_task(
        self,
        task: Task | str,
        *,
        name: str | None = None,
        description: str | None = None,
        inputs: Mapping[str, Any] | None = None,
    ) -> Task:
        body = _task_update(name, description, inputs)
        return await self._call(update_task.asyncio_detailed, _task_id(task), body=body, expect=Task)

    async def execution_details(self, task: Task | str) -> ExecutionDetails:
        return await self._call(get_execution_details.asyncio_detailed, _task_id(task), expect=ExecutionDetails)

    def list_billing_groups(self, *, page_size: int | None = None) -> AsyncItemPaged[BillingGroup]:
        return self._paged(
            "listBillingGroups", BillingGroup, page_size=page_size, max_items=None, continuation_token=None
        )

    async def get_billing_group(self, billing_group_id: str) -> BillingGroup:
        return await self._call(get_billing_group.asyncio_detailed, uuid.UUID(billing_group_id), expect=BillingGroup)

    async def run_task(self, task: Task | str) -> Task:
        return await self._call(run_task.asyncio_detailed, _task_id(task), expect=Task)

    async def abort_task(self, task: Task | str) -> Task:
        return await self._call(abort_task.asyncio_detailed, _task_id(task), expect=Task)

    def poll_task(
        self,
        task: Task | str,
        *,
        interval: float = 2.0,
        max_interval: float = 30.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> AsyncPoller[Task]:
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

    async def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a poll deadline (PollTimeoutError), not a cancel scope
        interval: float = 2.0,
        max_interval: float = 30.0,
        on_progress: TaskProgress | None = None,
        progress: bool = False,
    ) -> Task:
        poller = self.poll_task(
            task, interval=interval, max_interval=max_interval, on_progress=on_progress, progress=progress
        )
        try:
            return await poller.result(timeout)
        except JobFailedError as exc:
            raise _task_error(exc) from None
