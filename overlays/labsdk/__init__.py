"""labsdk: hand-written SDK layer over the generated clients of lab / bioinformatics APIs.

Per-API clients live in submodules (``from labsdk import biodock``); this package holds the engines they share:
errors, retries, pagination, polling and signed-URL downloads.
"""

from ._base import DEFAULT_TIMEOUT, AsyncBaseClient, BaseClient
from ._download import AsyncDownloader, Downloader, adownload, aread_csv, download, read_csv
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
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
from ._pagination import AsyncItemPaged, ItemPaged, Page
from ._polling import AsyncPoller, Polled, Poller
from ._retry import RetryPolicy
from ._secrets import Secret, redact_headers, redact_url
from ._strategies import PageResponse, PageState, PagingStrategy, Step, strategy_for
from ._version import __version__

__all__ = [
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
    "strategy_for",
]
