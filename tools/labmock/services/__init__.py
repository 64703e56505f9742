"""The registry of mocked APIs. Adding one: write ``specs/<name>.yaml`` and a folder here with a
:class:`~labmock.core.Service` (state + one handler per operationId), then list it below."""

from __future__ import annotations

from typing import Any

from ..core import LabmockError, Service
from .biodock import SERVICE as BIODOCK

SERVICES: dict[str, Service[Any]] = {service.name: service for service in (BIODOCK,)}


def get(name: str) -> Service[Any]:
    try:
        return SERVICES[name]
    except KeyError:
        raise LabmockError(f"no mock service named {name!r}; available: {', '.join(SERVICES)}") from None


__all__ = ["SERVICES", "get"]
