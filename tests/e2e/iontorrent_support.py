"""Support for the Ion Torrent end-to-end tests: the demo credential (``<username>:<api key>``)."""

from __future__ import annotations

USERNAME = "ionadmin"
API_KEY = "efb7a14021732d773a4258b69d9452042a31a6b6"
DEMO_KEY = f"{USERNAME}:{API_KEY}"
