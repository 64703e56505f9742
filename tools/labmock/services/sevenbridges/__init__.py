"""Seven Bridges Platform API v2 (``https://api.sbgenomics.com/v2``): projects, files, volumes, apps, tasks, billing,
uploads.

:func:`service` builds the mock of one deployment; CAVATICA's (``services/cavatica``) reuses it with its own
token, host and limits.
"""

from __future__ import annotations

from ...core import Service, ServiceContext
from . import billing, cwl, filejobs, lifecycle, storage, tasks  # noqa: F401  (their handlers register themselves)
from .models import (
    FAILING_APP,
    FAILURE_MESSAGE,
    FIXTURES,
    PUBLIC_PROJECT,
    SEVEN_BRIDGES,
    Deployment,
    SevenBridgesState,
)
from .responses import after, before, error_builder
from .views import handlers


def service(deployment: Deployment) -> Service[SevenBridgesState]:
    """The mock of one deployment of the API (its token, URL and documented rate limit)."""

    def make_state(ctx: ServiceContext) -> SevenBridgesState:
        state = SevenBridgesState(ctx, deployment)
        lifecycle.demo_jobs(state)
        return state

    limit, window = deployment.rate_limit
    return Service(
        name=deployment.name,
        spec="sevenbridges",
        demo_key=deployment.demo_key,
        make_state=make_state,
        handlers=handlers.by_operation,
        hooks=handlers.hooks,
        fixtures=FIXTURES,
        summary=(
            f"{deployment.title} API v2 ({deployment.api_url}): projects, files, volumes, apps, tasks, billing, "
            "uploads; "
            f"{limit} requests per {window:g} s per token"
        ),
        error_builder=error_builder,
        trailing_slash=True,
        upstream=deployment.api_url,
        before=before,
        after=after,
    )


SERVICE = service(SEVEN_BRIDGES)
DEMO_KEY = SEVEN_BRIDGES.demo_key

__all__ = [
    "DEMO_KEY",
    "FAILING_APP",
    "FAILURE_MESSAGE",
    "PUBLIC_PROJECT",
    "SERVICE",
    "SEVEN_BRIDGES",
    "Deployment",
    "SevenBridgesState",
    "service",
]
