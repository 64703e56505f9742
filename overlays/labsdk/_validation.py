"""A strict check that a parsed generated model matches its annotations.

openapi-python-client's ``from_dict`` does not check scalar types (``"percentageCompleted": "abc"`` is accepted),
and its union parsing falls back to the raw value. This walks the attrs fields against the resolved annotations
so a mistyped 2xx body becomes a ResponseValidationError instead of a surprise later.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import importlib
import sys
import types
import typing
from enum import Enum

import attrs

__all__ = ["model_problem"]

_MAX_DEPTH = 12


@functools.cache
def _hints(cls: type) -> dict[str, object]:
    module = sys.modules[cls.__module__]
    namespace: dict[str, object] = {}
    package, sep, _ = cls.__module__.rpartition(".models.")
    if sep:
        # types first, models last: a schema named like a generated helper (Seven Bridges' ``File`` and the generated
        # ``types.File``) is the model in annotations that import it only under TYPE_CHECKING.
        for extra in (f"{package}.types", f"{package}.models"):
            with contextlib.suppress(ImportError):  # a generated package always has both
                namespace.update(vars(importlib.import_module(extra)))
    namespace.update(vars(module))
    try:
        return dict(typing.get_type_hints(cls, globalns=namespace))
    except (NameError, TypeError):  # unresolvable annotation: do not judge
        return {}


def _conforms(value: object, hint: object, depth: int) -> bool:
    if hint is typing.Any or hint is object:
        return True
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return any(_conforms(value, arg, depth) for arg in args)
    if hint is type(None):
        return value is None
    if origin is typing.Literal:
        return value in args
    if origin is list:
        return isinstance(value, list) and (not args or all(_conforms(v, args[0], depth) for v in value))
    if origin is dict:
        return isinstance(value, dict) and (len(args) < 2 or all(_conforms(v, args[1], depth) for v in value.values()))
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is datetime.datetime or hint is datetime.date:
        return isinstance(value, hint)
    if isinstance(hint, type):
        if not isinstance(value, hint):
            return False
        if attrs.has(hint) and not issubclass(hint, Enum):
            return model_problem(value, depth + 1) is None
        return True
    return True  # a typing construct we do not judge


def model_problem(obj: object, depth: int = 0) -> str | None:
    """``None`` if ``obj`` (a generated attrs model) matches its annotations, else what does not."""
    cls = type(obj)
    if depth > _MAX_DEPTH or not attrs.has(cls):
        return None
    hints = _hints(cls)
    for attribute in attrs.fields(cls):
        name = attribute.name
        if name == "additional_properties" or name not in hints:
            continue
        value = getattr(obj, name)
        if not _conforms(value, hints[name], depth):
            return f"{cls.__name__}.{name} is {type(value).__name__} {_short(value)}, expected {_describe(hints[name])}"
    return None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _describe(hint: object) -> str:
    text = str(hint).replace("typing.", "")
    for prefix in ("<class '", "'>"):
        text = text.replace(prefix, "")
    return text
