"""CAVATICA (``https://cavatica-api.sbgenomics.com/v2``): the Seven Bridges API on its own host, with its own token
and its documented rate limit (1000 requests per five minutes)."""

from __future__ import annotations

from ..sevenbridges import Deployment, service

CAVATICA = Deployment(
    "cavatica", "CAVATICA", "https://cavatica-api.sbgenomics.com/v2", "3259c50e1ac5426ea8f1273259740f74"
)
SERVICE = service(CAVATICA)
DEMO_KEY = CAVATICA.demo_key

__all__ = ["CAVATICA", "DEMO_KEY", "SERVICE"]
