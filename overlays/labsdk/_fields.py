"""Reading declared (JSON) field names off generated attrs models, or plain mappings; and headers by name."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

import httpx

from labspecs import snake_case

__all__ = ["is_unset", "lowered_headers", "read_field", "read_path", "status_text"]

_MISSING = object()


def is_unset(value: object) -> bool:
    """Whether ``value`` is a generated package's ``UNSET`` (each generated package has its own ``Unset`` class)."""
    return type(value).__name__ == "Unset"


def read_field(obj: object, name: str) -> object:
    """The field called ``name`` in the spec (JSON name): a mapping key, else the attrs attribute openapi-python-client
    made of it (``snake_case(name)``, which follows the generator's renaming: ``next`` → ``next_``), else an additional
    property. ``None`` when absent or unset."""
    if isinstance(obj, Mapping):
        value: object = obj.get(name)
    else:
        value = getattr(obj, snake_case(name), _MISSING)
        if value is _MISSING:
            extra = getattr(obj, "additional_properties", None)
            value = extra.get(name) if isinstance(extra, Mapping) else None
    return None if value is None or is_unset(value) else value


def lowered_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """``headers`` by lower-case name. httpx's names are lower-case already: one pass over them (``dict(headers)``
    would look each name up again, and every lookup scans them all); any other mapping's names are lowered."""
    if isinstance(headers, httpx.Headers):
        return dict(headers.items())
    return {k.lower(): v for k, v in headers.items()}


def read_path(obj: object, dotted: str) -> object:
    """``read_field`` along a dotted path (``meta.next``)."""
    value: object = obj
    for part in dotted.split("."):
        if value is None:
            return None
        value = read_field(value, part)
    return value


def type_name(kind: object) -> str:
    """A class's name, or a union's (``A | B``), for messages."""
    name = getattr(kind, "__name__", None)
    if isinstance(name, str):
        return name
    members = getattr(kind, "__args__", None)
    return " | ".join(type_name(m) for m in members) if isinstance(members, tuple) else str(kind)


def status_text(value: object) -> str:
    """A status as text: an Enum member's value, an unknown value as the string it arrived as."""
    if isinstance(value, Enum):
        return str(value.value)
    if value is None or is_unset(value):
        return ""
    return str(value)
