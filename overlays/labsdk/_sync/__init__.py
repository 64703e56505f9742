# Derived from overlays/labsdk/_async/__init__.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The engines of one face of the SDK: its base client, downloads, pagination and polling (see ``labsdk._backend``)."""

from .base import BaseClient
from .download import Downloader, download, read_csv
from .pagination import ItemPaged
from .polling import Poller

__all__ = ["BaseClient", "Downloader", "ItemPaged", "Poller", "download", "read_csv"]
