"""The Seven Bridges client, written once; ``_sync/`` is derived from this folder by ``tools/codegen/unasync.py``."""

from .client import AsyncSevenBridges

__all__ = ["AsyncSevenBridges"]
