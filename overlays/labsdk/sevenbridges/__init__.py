"""The Seven Bridges Platform API v2 client (also CAVATICA and the CGC):
``from labsdk import sevenbridges as sb; sb.SevenBridges()``.

Thin over the engines: lists are offset-paginated (``x-pagination``) and, once the total is known, fetched a few
pages at a time, in order; the rate limit (``x-rate-limit``) is paced for you; ``wait()`` polls a task through the
shared poller (``x-long-running``); downloads go through ``download_info`` and the signed-URL engine; uploads are
multipart, each part retried on its own. ``SevenBridges`` (sync) is derived from ``AsyncSevenBridges`` (``_async.py``,
the one written by hand) by ``tools/codegen/unasync.py``.

Credentials, as the official ``sevenbridges-python`` finds them (so existing setups need nothing new):
``api_key=`` / ``base_url=`` (or ``deployment=``), else ``$SB_AUTH_TOKEN`` / ``$SB_API_ENDPOINT``, else a profile of
``~/.sevenbridges/credentials`` (``[default]``, or ``profile=``) with ``auth_token`` and ``api_endpoint``.
"""

from sevenbridges_client.models import (
    App,
    BillingGroup,
    ExecutionDetails,
    File,
    Member,
    Permissions,
    Project,
    RateLimit,
    Task,
    TaskStatus,
    User,
)

from ._async import AsyncSevenBridges
from ._common import (
    CREDENTIALS_FILE,
    DEFAULT_CONCURRENCY,
    DEPLOYMENTS,
    TaskAbortedError,
    TaskFailedError,
    UploadError,
    file_input,
    resolve_credentials,
)
from ._sync import SevenBridges

__all__ = [
    "CREDENTIALS_FILE",
    "DEFAULT_CONCURRENCY",
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
