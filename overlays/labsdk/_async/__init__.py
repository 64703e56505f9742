"""The engines of one face of the SDK: its base client, downloads, pagination and polling (see ``labsdk._backend``)."""

from .base import AsyncBaseClient
from .download import AsyncDownloader, adownload, aread_csv
from .pagination import AsyncItemPaged
from .polling import AsyncPoller

__all__ = ["AsyncBaseClient", "AsyncDownloader", "AsyncItemPaged", "AsyncPoller", "adownload", "aread_csv"]
