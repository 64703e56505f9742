"""The Seven Bridges Platform API v2 client (also CAVATICA and the CGC):
``from labsdk import sevenbridges as sb; sb.SevenBridges()``.

Thin over the engines: lists are offset-paginated (``x-pagination``; a volume's listing by continuation token) and,
once the total is known, fetched a few pages at a time, in order; the rate limit (``x-rate-limit``) is paced for you;
``wait()``, ``wait_import()``, ``wait_export()`` and ``wait_async_job()`` poll through the shared poller
(``x-long-running``); downloads go through ``download_info`` and the signed-URL engine; uploads are multipart, each
part retried on its own; ``walk()`` goes down every folder; ``request(method, path)`` reaches what is not wrapped.
The groups: projects and members, files (one by one, in bulk, in background jobs), volumes with imports and exports,
apps (from CWL: install, revisions, copy, sync), tasks (batch tasks, clones), billing (breakdowns, invoices).
``SevenBridges`` (sync) is derived from ``AsyncSevenBridges`` (``_async/``, the one written by hand) by
``tools/codegen/unasync.py``.

Credentials, as the official ``sevenbridges-python`` finds them (so existing setups need nothing new):
``api_key=`` / ``base_url=`` (or ``deployment=``), else ``$SB_AUTH_TOKEN`` / ``$SB_API_ENDPOINT``, else a profile of
``~/.sevenbridges/credentials`` (``[default]``, or ``profile=``) with ``auth_token`` and ``api_endpoint``.
"""

from labsdk_sevenbridges_client.models import (
    AnalysisBreakdown,
    App,
    BillingGroup,
    EgressBreakdown,
    ExecutionDetails,
    Export,
    File,
    FileBulkRecord,
    FileJob,
    Import,
    Invoice,
    Member,
    Permissions,
    Project,
    RateLimit,
    StorageBreakdown,
    Task,
    TaskBulkRecord,
    TaskStatus,
    TransferState,
    User,
    Volume,
    VolumeObject,
)

from ._async import AsyncSevenBridges
from ._common import (
    CREDENTIALS_FILE,
    DEFAULT_CONCURRENCY,
    DEPLOYMENTS,
    TaskAbortedError,
    TaskFailedError,
    TransferFailedError,
    UploadError,
    file_input,
    resolve_credentials,
)
from ._sync import SevenBridges

__all__ = [
    "CREDENTIALS_FILE",
    "DEFAULT_CONCURRENCY",
    "DEPLOYMENTS",
    "AnalysisBreakdown",
    "App",
    "AsyncSevenBridges",
    "BillingGroup",
    "EgressBreakdown",
    "ExecutionDetails",
    "Export",
    "File",
    "FileBulkRecord",
    "FileJob",
    "Import",
    "Invoice",
    "Member",
    "Permissions",
    "Project",
    "RateLimit",
    "SevenBridges",
    "StorageBreakdown",
    "Task",
    "TaskAbortedError",
    "TaskBulkRecord",
    "TaskFailedError",
    "TaskStatus",
    "TransferFailedError",
    "TransferState",
    "UploadError",
    "User",
    "Volume",
    "VolumeObject",
    "file_input",
    "resolve_credentials",
]
