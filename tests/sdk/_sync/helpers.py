# Derived from tests/sdk/_async/helpers.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""One call on a fresh Biodock client over the fake API, closed afterwards."""

from __future__ import annotations

from ...harness import Waits
from ..biodock_support import client
from ..support import FakeApi


def invoke(api: FakeApi, waits: Waits, method: str, *args: object, max_retries: int = 3) -> object:
    """``client.<method>(*args)`` on a client over ``api`` (``max_retries`` retries)."""
    with client(api, waits, max_retries=max_retries) as bd:
        return getattr(bd, method)(*args)
