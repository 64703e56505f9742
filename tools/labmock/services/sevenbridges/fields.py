"""The ``fields`` query parameter, applied as the Seven Bridges docs describe it.

``id,name,size`` keeps those properties; ``!metadata`` drops one; dotted paths (``metadata.sample_id``,
``!origin.task``) reach into nested objects; ``_all`` returns every property of listed items. Inclusions and
exclusions combine (``id,name,!metadata.library``); with only exclusions, they are taken from every property.
Without ``fields``, a single resource comes whole and a listed item with its list's default properties.
[inferred] The identifying properties (the schema's ``required`` ones) are always kept; unknown names are ignored.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

Path = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fields:
    everything: bool
    include: tuple[Path, ...]
    exclude: tuple[Path, ...]

    @classmethod
    def parse(cls, text: object) -> Fields | None:
        """The selection in a ``fields`` value; ``None`` when there is none (absent, or only blanks)."""
        if not isinstance(text, str):
            return None
        everything = False
        include: list[Path] = []
        exclude: list[Path] = []
        for raw in text.split(","):
            item = raw.strip()
            negated = item.startswith("!")
            path = tuple(part for part in item.lstrip("!").strip().split(".") if part)
            if not path:
                continue
            if path == ("_all",) and not negated:
                everything = True
            elif negated:
                exclude.append(path)
            else:
                include.append(path)
        if not (everything or include or exclude):
            return None
        return cls(everything, tuple(include), tuple(exclude))

    def apply(self, full: Mapping[str, Any], default: Collection[str] | None, keep: Collection[str]) -> dict[str, Any]:
        if self.everything or not self.include:
            chosen: dict[str, Any] = dict(full) if self.everything or self.exclude else _pick_keys(full, default)
        else:
            chosen = {}
            for path in self.include:
                _include(chosen, full, path)
        for path in self.exclude:
            _exclude(chosen, path)
        for name in keep:
            if name in full:
                chosen[name] = full[name]
        return {name: chosen[name] for name in full if name in chosen}


def select(
    full: Mapping[str, Any], fields: Fields | None, *, default: Collection[str] | None, keep: Collection[str]
) -> dict[str, Any]:
    """``full`` as ``fields`` selects it; ``default`` are a listed item's default properties (``None``: all)."""
    if fields is None:
        return _pick_keys(full, default)
    return fields.apply(full, default, keep)


def _pick_keys(full: Mapping[str, Any], names: Collection[str] | None) -> dict[str, Any]:
    return dict(full) if names is None else {name: value for name, value in full.items() if name in names}


def _include(target: dict[str, Any], source: Mapping[str, Any], path: Path) -> None:
    head, rest = path[0], path[1:]
    if head not in source:
        return
    if not rest:
        target[head] = source[head]
        return
    value = source[head]
    if not isinstance(value, Mapping):
        return
    existing = target.get(head)
    if existing is value:  # the whole object is already included
        return
    child = target[head] = dict(existing) if isinstance(existing, dict) else {}
    _include(child, value, rest)


def _exclude(target: dict[str, Any], path: Path) -> None:
    head, rest = path[0], path[1:]
    if head not in target:
        return
    if not rest:
        del target[head]
        return
    value = target[head]
    if isinstance(value, Mapping):
        child = target[head] = dict(value)  # never edit the resource's own object
        _exclude(child, rest)
