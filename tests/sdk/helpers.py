"""Run the same client call through Biodock or AsyncBiodock."""

from __future__ import annotations

from typing import Literal

from .support import FakeApi, Sleeps, aclient, client

Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]


async def invoke(mode: Mode, api: FakeApi, sleeps: Sleeps, method: str, *args: object, max_retries: int = 3) -> object:
    """``client.<method>(*args)`` on a sync or an async client over ``api``."""
    if mode == "sync":
        with client(api, sleeps, max_retries=max_retries) as sync_client:
            return getattr(sync_client, method)(*args)
    async with aclient(api, sleeps, max_retries=max_retries) as async_client:
        return await getattr(async_client, method)(*args)
