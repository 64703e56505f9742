"""Ion Torrent Suite (``http://<your server>/rundb/api/v1``): chips, runs and their reports, library metrics,
run plans; Tastypie-faithful (envelope, filters, ordering, errors, the three credential forms)."""

from __future__ import annotations

from ...core import Service
from .models import FIXTURES, IonTorrentState
from .protocol import authenticator, error_builder
from .responses import handlers

DEMO_KEY = "ionadmin:efb7a14021732d773a4258b69d9452042a31a6b6"  # the vendor page's USERNAME and API_KEY

SERVICE: Service[IonTorrentState] = Service(
    name="iontorrent",
    spec="iontorrent",
    demo_key=DEMO_KEY,
    make_state=IonTorrentState,
    handlers=handlers.by_operation,
    hooks=handlers.hooks,
    fixtures=FIXTURES,
    summary="Ion Torrent Suite (Tastypie): chips, runs, reports, library metrics, run plans",
    error_builder=error_builder,
    authenticator=authenticator,
)

__all__ = ["DEMO_KEY", "SERVICE", "IonTorrentState"]
