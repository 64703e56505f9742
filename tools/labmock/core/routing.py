"""A route table compiled once: a dict for literal paths, anchored regexes for templated ones."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import unquote

from .errors import LabmockError

T = TypeVar("T")

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """The targets of a path, by upper-case method, and the (percent-decoded) path parameters."""

    targets: Mapping[str, T]
    params: dict[str, str]


class Router(Generic[T]):
    """Maps ``(method, path)`` to a target. Literal paths win over templates; templates with more literal
    segments win over looser ones. Path parameters match one segment (``[^/]+``)."""

    def __init__(self) -> None:
        self._static: dict[str, dict[str, T]] = {}
        self._templates: dict[str, tuple[re.Pattern[str], tuple[str, ...], dict[str, T]]] = {}
        self._dynamic: list[tuple[re.Pattern[str], tuple[str, ...], dict[str, T]]] = []

    def add(self, method: str, template: str, target: T) -> None:
        method = method.upper()
        if "{" not in template:
            targets = self._static.setdefault(template, {})
        else:
            if template not in self._templates:
                pattern, names = _compile(template)
                self._templates[template] = (pattern, names, {})
                self._dynamic = sorted(self._templates.values(), key=lambda entry: _specificity(entry[0].pattern))
            targets = self._templates[template][2]
        if method in targets:
            raise LabmockError(f"route {method} {template} is declared twice")
        targets[method] = target

    def match(self, path: str) -> Match[T] | None:
        targets = self._static.get(path)
        if targets is None and "%" in path:
            targets = self._static.get(unquote(path))
        if targets is not None:
            return Match(targets, {})
        for pattern, names, dyn_targets in self._dynamic:
            found = pattern.fullmatch(path)
            if found is not None:
                return Match(dyn_targets, {n: unquote(v) for n, v in zip(names, found.groups(), strict=True)})
        return None

    def paths(self) -> Iterable[str]:
        yield from self._static
        yield from self._templates


def allow_header(methods: Iterable[str]) -> str:
    return ", ".join(sorted(methods))


def _compile(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    names: list[str] = []
    parts: list[str] = []
    position = 0
    for found in _PARAM.finditer(template):
        parts.append(re.escape(template[position : found.start()]))
        parts.append("([^/]+)")
        names.append(found.group(1))
        position = found.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts)), tuple(names)


def _specificity(pattern: str) -> tuple[int, ...]:
    # Per segment: 0 for a literal one, 1 for one holding a parameter; lexicographic order puts literals first.
    return tuple(1 if "([^/]+)" in segment else 0 for segment in pattern.split("/"))
