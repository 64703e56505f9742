"""One tour per API, discovered: every module here with ``tour(base_url, api_key, say)`` is run by `make demo`
against a mock of the same name (a module may also set ``MOCKS`` to tour several deployments, e.g.
``MOCKS = ("sevenbridges", "cavatica")``, and define ``extras(say)`` for runs that need their own mock)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

Say = Callable[[str], None]


@dataclass(frozen=True)
class Tour:
    name: str
    mocks: tuple[str, ...]
    run: Callable[[str, str, Say], None]
    extras: Callable[[Say], None] | None


def _load(module: ModuleType, name: str) -> Tour:
    mocks = tuple(getattr(module, "MOCKS", (name,)))
    return Tour(name, mocks, module.tour, getattr(module, "extras", None))


TOURS: tuple[Tour, ...] = tuple(
    _load(importlib.import_module(f"{__name__}.{m.name}"), m.name)
    for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
    if not m.name.startswith("_")
)
