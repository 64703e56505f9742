"""The registry of mocked APIs, discovered: every subpackage here that exports ``SERVICE`` is one.

Adding one: ``make new-api NAME=<name>`` (see "Adding an API" in the top README) writes ``specs/<name>.yaml`` and a
folder here whose ``__init__`` exports a :class:`~labmock.core.Service` named ``SERVICE``. Nothing else to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from ..core import LabmockError, Service


def _discover() -> dict[str, Service[Any]]:
    found: dict[str, Service[Any]] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not module.ispkg:
            continue
        service = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SERVICE", None)
        if not isinstance(service, Service):
            raise LabmockError(f"labmock.services.{module.name} exports no SERVICE")
        if service.name in found:
            raise LabmockError(f"two mock services are named {service.name!r}")
        found[service.name] = service
    return found


SERVICES: dict[str, Service[Any]] = _discover()


def get(name: str) -> Service[Any]:
    try:
        return SERVICES[name]
    except KeyError:
        raise LabmockError(f"no mock service named {name!r}; available: {', '.join(SERVICES)}") from None


__all__ = ["SERVICES", "get"]
