"""One call on a fresh Biodock client over the fake API, closed afterwards."""

from __future__ import annotations

from ...harness import Waits
from ..biodock_support import async_client
from ..support import FakeApi


async def invoke(api: FakeApi, waits: Waits, method: str, *args: object, max_retries: int = 3) -> object:
    """``client.<method>(*args)`` on a client over ``api`` (``max_retries`` retries)."""
    async with async_client(api, waits, max_retries=max_retries) as bd:
        return await getattr(bd, method)(*args)
