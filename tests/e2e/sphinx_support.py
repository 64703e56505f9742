"""Support for the Sphinx end-to-end tests: the demo key, raw reads of the API for ground truth, the signed fetches."""

from __future__ import annotations

from typing import Any

import httpx

from labmock import LiveServer

from .support import Seen

DEMO_KEY = "sphinx-demo-key"


def raw_get(live: LiveServer, path: str, **params: str | int) -> Any:
    """Ground truth: a plain authenticated GET of the API's JSON, no SDK involved."""
    with httpx.Client(base_url=live.base_url, headers={"Authorization": f"Bearer {DEMO_KEY}"}, trust_env=False) as c:
        response = c.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()


def signed_fetches(seen: list[Seen]) -> list[Seen]:
    """The requests that went to the signed-URL object store."""
    return [s for s in seen if s.signed]
