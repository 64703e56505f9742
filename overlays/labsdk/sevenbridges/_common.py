"""What both Seven Bridges clients share: credentials, request bodies and filters, errors (no I/O)."""

from __future__ import annotations

import configparser
import datetime as dt
import io
import math
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, ClassVar, Literal
from urllib.parse import urlsplit

import httpx

from labsdk_sevenbridges_client.models import (
    AppCopy,
    CopyJobRequest,
    Cwl,
    DeleteJobRequest,
    Error,
    ExportCreate,
    File,
    FileChange,
    FileChanges,
    FileScope,
    FileUpdate,
    ImportCreate,
    ListAppsVisibility,
    ListTasksOrder,
    ListTasksOrderBy,
    Metadata,
    MoveJobRequest,
    PartReport,
    PartResponse,
    PartResponseHeaders,
    Permissions,
    ProjectCreate,
    ProjectSettings,
    ProjectUpdate,
    Task,
    TaskCreate,
    TaskStatus,
    TaskUpdate,
    TaskUpdateInputs,
    VolumeCreate,
    VolumeUpdate,
)
from labsdk_sevenbridges_client.types import UNSET, Unset

from .._errors import APIConnectionError, JobFailedError, LabSDKError
from .._secrets import redact_url
from .._spec import bind

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


class TransferFailedError(JobFailedError):
    """An import or export ended FAILED; ``error`` is the platform's error (``code``, ``message``), if it said one."""

    def __init__(self, job_id: str, status: str, message: str | None, job: object, error: Error | None) -> None:
        super().__init__(job_id, status, message, job)
        self.error = error
        self.code = error.code if error is not None and isinstance(error.code, int) else None


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


def _task_body(
    project: str, app: str, name: str | None, description: str | None, inputs: Any, options: Mapping[str, Any]
) -> TaskCreate:
    """``options``: ``batch_input`` with ``batch_by`` (``{"type": "ITEM"}`` or ``{"type": "CRITERIA", "criteria":
    [...]}``), ``execution_settings``, ``use_interruptible_instances``, ``output_location`` (``None``: not sent)."""
    body: dict[str, Any] = {"project": project, "app": app, **{k: v for k, v in options.items() if v is not None}}
    if ("batch_input" in body) != ("batch_by" in body):
        raise ValueError("batch_input= and batch_by= go together")
    for key, value in (("name", name), ("description", description)):
        if value is not None:
            body[key] = value
    if inputs is not None:
        body["inputs"] = _inputs(inputs)
    return TaskCreate.from_dict(body)


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


def _file_changes(changes: Sequence[Mapping[str, Any] | File]) -> FileChanges:
    """``[{"id": ..., "name": ..., "tags": [...], "metadata": {...}}]`` (or ``File`` models) as a bulk body."""
    items: list[FileChange] = []
    for change in changes:
        if isinstance(change, File):
            given: dict[str, Any] = {"id": change.id}
            for key in ("name", "tags", "metadata"):
                value = getattr(change, key)
                if not isinstance(value, Unset):
                    given[key] = value.to_dict() if key == "metadata" else value
        else:
            given = dict(change)
        items.append(FileChange.from_dict({**given, "id": _id(given.get("id"))}))
    return FileChanges(items=items)


def _copy_job(files: Sequence[File | str], project: str | None, parent: File | str | None) -> CopyJobRequest:
    to_project, to_parent = _exactly_one(project, parent)
    where = {"project": to_project} if isinstance(to_parent, Unset) else {"parent": to_parent}
    return CopyJobRequest.from_dict({"items": [{"file": _id(f), **where} for f in files]})


def _move_job(files: Sequence[File | str], parent: File | str) -> MoveJobRequest:
    return MoveJobRequest.from_dict({"items": [{"file": _id(f), "parent": _id(parent)} for f in files]})


def _delete_job(files: Sequence[File | str]) -> DeleteJobRequest:
    return DeleteJobRequest.from_dict({"items": [{"file": _id(f)} for f in files]})


def _is_folder(file: File) -> bool:
    kind = file.type_
    return str(getattr(kind, "value", kind)).lower() == "folder"


# -- volumes, imports, exports -------------------------------------------------------------------------------


def _volume_path(volume_id: object) -> list[str]:
    return _split(_id(volume_id), 2, "volume")


def _volume_body(
    name: str,
    kind: str,
    credentials: Mapping[str, Any],
    access_mode: str,
    description: str | None,
    service: Mapping[str, Any],
) -> VolumeCreate:
    """``kind``: ``s3``, ``gcs``, ``azure`` or ``oss``; ``service``: ``bucket``, ``prefix``, ``container``, ..."""
    given = {k: v for k, v in service.items() if v is not None}
    body = {
        "name": name,
        "access_mode": access_mode,
        "service": {"type": kind, "credentials": dict(credentials), **given},
    }
    if description is not None:
        body["description"] = description
    return VolumeCreate.from_dict(body)


def _volume_update(changes: Mapping[str, Any]) -> VolumeUpdate:
    given = {k: v for k, v in changes.items() if v is not None}
    service = {k: given.pop(k) for k in ("prefix", "credentials", "properties") if k in given}
    return VolumeUpdate.from_dict({**given, **({"service": service} if service else {})})


def _import_body(
    volume: object, location: str, project: str | None = None, parent: object | None = None, **options: Any
) -> ImportCreate:
    """One import: from ``location`` on ``volume`` into exactly one of ``project`` and ``parent`` (a folder);
    ``options``: ``name``, ``overwrite``, ``autorename``, ``preserve_folder_structure``, ``properties``."""
    to_project, to_parent = _exactly_one(project, parent)
    destination = {"project": to_project} if isinstance(to_parent, Unset) else {"parent": to_parent}
    name = options.pop("name", None)
    if name is not None:
        destination["name"] = name
    given = {k: v for k, v in options.items() if v is not None}
    return ImportCreate.from_dict(
        {"source": {"volume": _id(volume), "location": location}, "destination": destination, **given}
    )


def _export_body(
    file: object, volume: object, location: str, overwrite: bool, properties: Mapping[str, Any] | None
) -> ExportCreate:
    body: dict[str, Any] = {
        "source": {"file": _id(file)},
        "destination": {"volume": _id(volume), "location": location},
        "overwrite": overwrite,
    }
    if properties is not None:
        body["properties"] = dict(properties)
    return ExportCreate.from_dict(body)


def _transfer_error(exc: JobFailedError) -> TransferFailedError:
    """The typed error of an import or export that ended FAILED, with the platform's error."""
    error = getattr(exc.job, "error", None)
    found = error if isinstance(error, Error) else None
    message = found.message if found is not None else exc.server_message
    return TransferFailedError(exc.job_id, exc.status, message, exc.job, found)


# -- apps, billing --------------------------------------------------------------------------------------------


def _cwl(raw: Mapping[str, Any]) -> Cwl:
    """A CWL process (a mapping, as parsed from its JSON or YAML) as a request body."""
    if not isinstance(raw.get("class"), str):
        raise ValueError("a CWL process needs its class (CommandLineTool, Workflow or ExpressionTool)")
    return Cwl.from_dict(dict(raw))


def _app_copy(project: str, name: str | None, strategy: str | None) -> AppCopy:
    body: dict[str, Any] = {"project": project}
    if name is not None:
        body["name"] = name
    if strategy is not None:
        body["strategy"] = strategy
    return AppCopy.from_dict(body)


def _billing_day(day: dt.date | str | None) -> str | Unset:
    """A breakdown's date as the API takes it (``MM-DD-YYYY``), from a ``date`` or that text."""
    if day is None:
        return UNSET
    return day.strftime("%m-%d-%Y") if isinstance(day, dt.date) else day


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
) -> dict[str, Any]:
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
) -> dict[str, Any]:
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
    parent: Task | str | None = None,
    batch: bool | None = None,
) -> dict[str, Any]:
    return {
        "project": project,
        "status": _task_status(status),
        "parent": _task_id(parent) if parent is not None else None,
        "batch": batch,
        "order_by": ListTasksOrderBy(order_by) if order_by else None,
        "order": ListTasksOrder.DESC if descending and order_by else None,
        "fields": _fields(fields, "Task"),
        **times,
    }


def _app_filters(project: str | None, public: bool, query: str | None, fields: Fields) -> dict[str, Any]:
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
