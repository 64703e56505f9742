"""Sphinx Bio (``https://api.sphinxbio.com/v1``): campaigns, datasets, plots, datatables and export tasks."""

from __future__ import annotations

from ...core import Service
from . import catalog  # noqa: F401 - registers the catalog's hooks and handlers on `handlers`
from .models import EXAMPLE_DATATABLE, EXAMPLE_PLOT, FAILING_DATATABLE, FAILING_MESSAGE, FIXTURES, SphinxState
from .responses import handlers

DEMO_KEY = "sphinx-demo-key"

SERVICE: Service[SphinxState] = Service(
    name="sphinx",
    spec="sphinx",
    demo_key=DEMO_KEY,
    make_state=SphinxState,
    handlers=handlers.by_operation,
    hooks=handlers.hooks,
    fixtures=FIXTURES,
    summary="Sphinx Bio API: campaigns, datasets, plots (signed SVG), datatables (CSV export tasks)",
)

__all__ = [
    "DEMO_KEY",
    "EXAMPLE_DATATABLE",
    "EXAMPLE_PLOT",
    "FAILING_DATATABLE",
    "FAILING_MESSAGE",
    "SERVICE",
    "SphinxState",
]
