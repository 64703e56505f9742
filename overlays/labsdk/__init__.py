"""labsdk: hand-written SDK layer over the generated clients of lab / bioinformatics APIs.

Per-API clients live in subpackages (``from labsdk import biodock``); this package holds the engines they share:
errors, retries, pagination, polling and signed-URL downloads. Every client and engine is written once, async, in
``_async/`` (``<api>/_async.py``); the sync face in ``_sync/`` (``<api>/_sync.py``) is derived from it by
``tools/codegen/unasync.py`` (``make generate``), and ``_backend.py`` holds the little that differs by hand.
"""

from ._async import AsyncBaseClient, AsyncDownloader, AsyncItemPaged, AsyncPoller, adownload, aread_csv
from ._base import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, RawResponse
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeadlineExceededError,
    DownloadError,
    IncompleteDownloadError,
    InternalServerError,
    JobFailedError,
    LabSDKError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    PollTimeoutError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._logging import setup_logging
from ._pagination import Page
from ._polling import Polled
from ._retry import RetryPolicy
from ._secrets import Secret, redact_headers, redact_url
from ._strategies import PageResponse, PageState, PagingStrategy, Step, strategy_for
from ._sync import BaseClient, Downloader, ItemPaged, Poller, download, read_csv
from ._version import __version__

setup_logging()  # the redacting filter on the stack's loggers; LABSDK_LOG=debug|info turns logging on

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBaseClient",
    "AsyncDownloader",
    "AsyncItemPaged",
    "AsyncPoller",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "ConflictError",
    "DeadlineExceededError",
    "DownloadError",
    "Downloader",
    "IncompleteDownloadError",
    "InternalServerError",
    "ItemPaged",
    "JobFailedError",
    "LabSDKError",
    "NotFoundError",
    "Page",
    "PageResponse",
    "PageState",
    "PaginationError",
    "PagingStrategy",
    "PermissionDeniedError",
    "PollTimeoutError",
    "Polled",
    "Poller",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "RetryPolicy",
    "Secret",
    "Step",
    "UnprocessableEntityError",
    "__version__",
    "adownload",
    "aread_csv",
    "download",
    "read_csv",
    "redact_headers",
    "redact_url",
    "setup_logging",
    "strategy_for",
]
