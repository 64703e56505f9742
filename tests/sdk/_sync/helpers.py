# Derived from tests/sdk/_async/helpers.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""One call on a fresh Biodock client over the fake API, closed afterwards."""

from __future__ import annotations

from ..support import FakeApi, Sleeps, client


def invoke(api: FakeApi, sleeps: Sleeps, method: str, *args: object, max_retries: int = 3) -> object:
    """``client.<method>(*args)`` on a client over ``api`` (``max_retries`` retries)."""
    with client(api, sleeps, max_retries=max_retries) as bd:
        return getattr(bd, method)(*args)
