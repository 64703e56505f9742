"""Biodock (``https://app.biodock.ai/api/external``): files, analysis jobs, masks jobs, pipelines."""

from __future__ import annotations

from ...core import Service
from .models import FIXTURES, MAX_UPLOAD_BYTES, BiodockState
from .responses import handlers

DEMO_KEY = "biodock-demo-key"

SERVICE: Service[BiodockState] = Service(
    name="biodock",
    spec="biodock",
    demo_key=DEMO_KEY,
    make_state=BiodockState,
    handlers=handlers.by_operation,
    hooks=handlers.hooks,
    fixtures=FIXTURES,
    summary="Biodock external API: filesystem items, analysis jobs, masks jobs, pipelines",
    max_body_bytes=MAX_UPLOAD_BYTES + 2**20,  # the 2 GB file plus the multipart framing
)

__all__ = ["DEMO_KEY", "SERVICE", "BiodockState"]
