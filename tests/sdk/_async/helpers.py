"""One call on a fresh Biodock client over the fake API, closed afterwards."""

from __future__ import annotations

from ..support import FakeApi, Sleeps, async_client


async def invoke(api: FakeApi, sleeps: Sleeps, method: str, *args: object, max_retries: int = 3) -> object:
    """``client.<method>(*args)`` on a client over ``api`` (``max_retries`` retries)."""
    async with async_client(api, sleeps, max_retries=max_retries) as bd:
        return await getattr(bd, method)(*args)
