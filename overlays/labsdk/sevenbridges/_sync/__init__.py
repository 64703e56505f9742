# Derived from overlays/labsdk/sevenbridges/_async/__init__.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Seven Bridges client, written once; ``_sync/`` is derived from this folder by ``tools/codegen/unasync.py``."""

from .client import SevenBridges

__all__ = ["SevenBridges"]
