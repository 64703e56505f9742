"""The Biodock external API client: ``from labsdk import biodock; biodock.Biodock(api_key=...)``.

``Biodock`` (sync) is derived from ``AsyncBiodock`` (``_async.py``, the one written by hand) by
``tools/codegen/unasync.py``; both have the same methods, awaited on the async one (lists are ``async for``).
"""

from labsdk_biodock_client.models import (
    AnalysisJob,
    AnalysisJobStatus,
    FilesystemItem,
    FilesystemItemKind,
    KeyCheck,
    MasksJob,
    MasksJobStatus,
    Pipeline,
    UploadedFile,
)

from ._async import AsyncBiodock
from ._sync import Biodock

__all__ = [
    "AnalysisJob",
    "AnalysisJobStatus",
    "AsyncBiodock",
    "Biodock",
    "FilesystemItem",
    "FilesystemItemKind",
    "KeyCheck",
    "MasksJob",
    "MasksJobStatus",
    "Pipeline",
    "UploadedFile",
]
