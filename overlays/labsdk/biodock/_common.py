"""What both Biodock clients share: the spec, argument handling and request bodies (no I/O)."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from labsdk_biodock_client.models import AnalysisJob, MasksJob, SubmitAnalysisJob, UploadFileForm
from labsdk_biodock_client.types import UNSET, File

from .._spec import bind

_SPEC = bind("biodock").spec

ProgressCallback = Callable[[str, float | None, AnalysisJob], None]
MasksProgressCallback = Callable[[str, float | None, MasksJob], None]
Upload = str | os.PathLike[str] | bytes | IO[bytes]


def _upload_form(
    upload: Upload, file_name: str | None, destination_folder: str | None
) -> tuple[UploadFileForm, IO[bytes] | None]:
    """The multipart form, and the file this opened (to close after the call)."""
    opened: IO[bytes] | None = None
    if isinstance(upload, bytes):
        if not file_name:
            raise ValueError("file_name is required when uploading bytes")
        payload: IO[bytes] = io.BytesIO(upload)
    elif isinstance(upload, str | os.PathLike):
        path = Path(upload)
        file_name = file_name or path.name
        payload = opened = path.open("rb")
    else:
        payload = upload
        file_name = file_name or Path(str(getattr(upload, "name", ""))).name
        if not file_name:
            raise ValueError("file_name is required for a file object without a name")
    mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    form = UploadFileForm(
        file_name=file_name,
        upload=File(payload=payload, file_name=file_name, mime_type=mime),  # type: ignore[arg-type]
        destination_folder=destination_folder if destination_folder is not None else UNSET,
    )
    return form, opened


def _submit_body(pipeline_id: str, filesystem_ids: Sequence[str], name: str | None) -> SubmitAnalysisJob:
    if isinstance(filesystem_ids, str):
        raise TypeError("filesystem_ids must be a sequence of ids, not one string")
    return SubmitAnalysisJob(
        pipeline_id=pipeline_id, filesystem_ids=list(filesystem_ids), name=name if name is not None else UNSET
    )


def _job_id(job: AnalysisJob | str) -> str:
    return job.id if isinstance(job, AnalysisJob) else job
