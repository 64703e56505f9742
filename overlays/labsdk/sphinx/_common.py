"""What both Sphinx Bio clients share (no I/O)."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeAlias, TypeVar, cast

from labsdk_sphinx_client.models import (
    AaSequenceEntity,
    AaStructureEntity,
    CellLineEntity,
    ChemicalMoleculeEntity,
    ControlEntity,
    CreateEntity,
    CreateEntityData,
    DnaSequenceEntity,
    RnaSequenceEntity,
    SortOrder,
    Task,
    TaskResult,
    TaskResultType,
)
from labsdk_sphinx_client.types import UNSET, Unset

from .._base import _presets
from .._errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    LabSDKError,
    NotFoundError,
    PermissionDeniedError,
)
from .._fields import status_text
from .._spec import bind

_SPEC = bind("sphinx").spec
_SERVERS = _presets(_SPEC)  # production, staging, local: the official client's environments


class SphinxError(APIStatusError):
    """An error the API names (its ``{"error": <name>, "content": ...}`` envelope): ``name`` and ``content``."""

    @property
    def name(self) -> str:
        return str(self.code or "")

    @property
    def content(self) -> object:
        return self.body.get("content") if isinstance(self.body, dict) else None

    def _content_field(self, name: str) -> str | None:
        content = self.content
        value = content.get(name) if isinstance(content, dict) else None
        return value if isinstance(value, str) else None


class ObjectNotFoundError(SphinxError, NotFoundError):
    """``ObjectNotFoundError``: no object of ``object_name`` (``Campaign``, ``Dataset``, ...) has ``object_id``."""

    @property
    def object_name(self) -> str | None:
        return self._content_field("objectName")

    @property
    def object_id(self) -> str | None:
        return self._content_field("id")


class NonCSVFileError(SphinxError, BadRequestError):
    """``NonCSVFileError``: the staged upload of a new dataset is not a CSV (``content`` says why)."""


class InvalidStagedFileError(SphinxError, BadRequestError):
    """``InvalidStagedFileError``: the staged upload path names no uploaded file (``content.message``)."""


class Redirect(SphinxError):
    """``Redirect``: the download is elsewhere (the official client raises it for a 307 it did not follow);
    ``location`` is where."""

    @property
    def location(self) -> str:
        """The signed URL the download redirects to; a LabSDKError (not a crash) when the server sent none."""
        where: str | None = self.headers.get("location")
        if not where:
            raise LabSDKError(f"a {self.status_code} Redirect without a Location")
        return where


class NotAuthenticatedError(SphinxError, AuthenticationError):
    """``NotAuthenticatedError``: the key is missing or invalid."""


class NotAuthorizedError(SphinxError, PermissionDeniedError):
    """``NotAuthorizedError``: the key may not do this."""


ERRORS: dict[int | str, type[APIStatusError]] = {
    cls.__name__: cls
    for cls in (
        ObjectNotFoundError,
        NonCSVFileError,
        InvalidStagedFileError,
        Redirect,
        NotAuthenticatedError,
        NotAuthorizedError,
    )
}

T = TypeVar("T")
TaskProgress = Callable[[str, float | None, Task], None]
Dest = str | os.PathLike[str]


def _result(task: Task, task_id: str) -> TaskResult:
    """The result of a succeeded task; a LabSDKError (not a crash) when the server sent none."""
    if not isinstance(task.result, TaskResult):
        raise LabSDKError(f"task {task_id} ended {status_text(task.status) or 'without a status'} with no result")
    return task.result


def _csv_name(datatable_id: str) -> str:
    return f"{datatable_id}.csv"


# -- entities, dates, pickles ------------------------------------------------------------------------------------

Entity: TypeAlias = (
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
)
"""An entity: the model of its ``type`` (the API's union, tagged by ``type``)."""
ENTITY = cast("type[Entity]", Entity)  # what isinstance checks a parsed entity against


def _sort(sort: SortOrder | str | None) -> SortOrder | None:
    """The order of the annotations and entities lists (``created_desc`` by default, the server's)."""
    if sort is None or isinstance(sort, SortOrder):
        return sort
    try:
        return SortOrder(sort)
    except ValueError:
        allowed = ", ".join(member.value for member in SortOrder)
        raise ValueError(f"sort={sort!r} is not one of: {allowed}") from None


def _utc(moment: datetime | None) -> datetime | None:
    """A date bound of those lists: an aware datetime (a naive one is UTC)."""
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        raise TypeError(f"a date bound must be a datetime, not {type(moment).__name__}")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _create_entity(
    name: str, external_id: str, campaign_id: str, data: Mapping[str, Any] | None, is_control: bool | None
) -> CreateEntity:
    return CreateEntity(
        name=name,
        external_id=external_id,
        campaign_id=campaign_id,
        data=CreateEntityData.from_dict(dict(data)) if data is not None else UNSET,
        is_control=UNSET if is_control is None else is_control,
    )


def _entities(made: Sequence[object]) -> list[Entity]:
    """The entities a create answered; a LabSDKError (not a crash) if an item is not one."""
    found = [item for item in made if isinstance(item, ENTITY)]
    if len(found) != len(made):
        raise LabSDKError("createEntity: the answer holds something that is not an entity")
    return found


def _pickled(cloud_pickle: str | bytes) -> str:
    """What ``cloudPickle`` carries: base64 text (bytes are encoded; a string must already be base64)."""
    if isinstance(cloud_pickle, bytes):
        return base64.b64encode(cloud_pickle).decode("ascii")
    try:
        base64.b64decode(cloud_pickle, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("cloud_pickle must be the pickle's bytes or their base64 text") from None
    return cloud_pickle


def _created_dataset(task: Task, task_id: str) -> str:
    """The ``datasetId`` of a succeeded CREATE_DATASET task; a LabSDKError when the result is not one."""
    result = _result(task, task_id)
    if result.type_ != TaskResultType.CREATE_DATASET or not isinstance(result.dataset_id, str):
        raise LabSDKError(f"task {task_id} succeeded without a CREATE_DATASET result naming its dataset")
    return result.dataset_id


def _unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _open_upload(path: Path) -> IO[bytes]:
    """The file to stream to the storage host (read in chunks as the form is sent)."""
    return path.open("rb")


class StagedUploadError(LabSDKError):
    """The storage host refused a staged upload (its ``status_code`` and the start of its answer)."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        self.status_code = status_code
        super().__init__(message)
