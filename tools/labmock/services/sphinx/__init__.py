"""Sphinx Bio (``https://api.sphinxbio.com``, paths under ``/v1`` and ``/api``): campaigns, datasets (made from
staged uploads by tasks), plots, datatables (export tasks), the presigned upload form."""

from __future__ import annotations

from ...core import Service
from . import catalog  # noqa: F401 - registers the catalog's hooks and handlers on `handlers`
from .models import (
    DEMO_CREATOR,
    EXAMPLE_DATASET,
    EXAMPLE_DATATABLE,
    EXAMPLE_PLOT,
    EXAMPLE_TASK,
    FAILING_DATATABLE,
    FAILING_MESSAGE,
    FIXTURES,
    REDIRECTED_DATASET,
    SphinxState,
)
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
    summary="Sphinx Bio API: campaigns, datasets (staged uploads, CREATE_DATASET tasks), plots (signed SVG), "
    "datatables (CSV export tasks)",
)

__all__ = [
    "DEMO_CREATOR",
    "DEMO_KEY",
    "EXAMPLE_DATASET",
    "EXAMPLE_DATATABLE",
    "EXAMPLE_PLOT",
    "EXAMPLE_TASK",
    "FAILING_DATATABLE",
    "FAILING_MESSAGE",
    "REDIRECTED_DATASET",
    "SERVICE",
    "SphinxState",
]
