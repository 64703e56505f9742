"""The request journal: what each API request was and how it was answered, newest last, bounded.

An entry holds the time, method, path, the query (its secret values redacted), the operation id (``_objects`` for the
signed-URL object store, ``None`` when nothing matched), the status, the duration and the injected fault if any;
never a header or a body. Control-plane requests are not journaled.
"""

from __future__ import annotations

import fnmatch
import itertools
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .errors import LabmockError

DEFAULT_LIMIT = 10_000
FILTERS = ("method", "path", "operation", "status", "since", "limit")


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    time: float  # Unix time at which the request arrived
    method: str
    path: str
    query: str
    operation: str | None
    status: int
    duration_ms: float
    fault: str | None = None

    def to_json(self) -> dict[str, Any]:
        stamp = datetime.fromtimestamp(self.time, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return {
            "id": self.id,
            "time": stamp,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "operation": self.operation,
            "status": self.status,
            "duration_ms": self.duration_ms,
            "fault": self.fault,
        }


@dataclass(frozen=True, slots=True)
class RequestFilter:
    """Which entries to list: ``method`` (any case), ``path`` (exact, or a glob with ``*``), ``operation``, ``status``
    (``404``, ``4xx``, or several joined by commas), ``since`` (ids after this one) and at most ``limit`` of them."""

    method: str | None = None
    path: str | None = None
    operation: str | None = None
    status: tuple[str, ...] = ()
    since: int = 0
    limit: int = 1000

    def __call__(self, entry: Entry) -> bool:
        if entry.id <= self.since:
            return False
        if self.method is not None and entry.method != self.method:
            return False
        if self.operation is not None and entry.operation != self.operation:
            return False
        if self.path is not None and not (entry.path == self.path or fnmatch.fnmatchcase(entry.path, self.path)):
            return False
        return not self.status or any(_status_matches(entry.status, s) for s in self.status)


def _status_matches(status: int, wanted: str) -> bool:
    text = str(status)
    return text == wanted or (wanted[1:] == "xx" and text[0] == wanted[0])


def parse_filter(params: Mapping[str, str | int | None]) -> RequestFilter:
    """A :class:`RequestFilter` from query parameters (or keyword arguments); any bad value raises
    :class:`LabmockError` naming it."""
    unknown = sorted(set(params) - set(FILTERS))
    if unknown:
        raise LabmockError(f"unknown filters {unknown}; filter by {', '.join(FILTERS)}")
    given = {k: v for k, v in params.items() if v is not None and v != ""}
    status = tuple(s.strip().lower() for s in str(given.get("status", "")).split(",") if s.strip())
    for wanted in status:
        if not (len(wanted) == 3 and wanted[0] in "12345" and (wanted[1:].isdigit() or wanted[1:] == "xx")):
            raise LabmockError(f"status {wanted[:20]!r} is not a status (404) or a class (4xx)")
    return RequestFilter(
        method=str(given["method"]).upper() if "method" in given else None,
        path=str(given["path"]) if "path" in given else None,
        operation=str(given["operation"]) if "operation" in given else None,
        status=status,
        since=_whole(given.get("since", 0), "since", 0, 2**63),
        limit=_whole(given.get("limit", 1000), "limit", 1, DEFAULT_LIMIT),
    )


def _whole(value: Any, name: str, low: int, high: int) -> int:
    text = str(value)
    if isinstance(value, bool) or not text.isascii() or not text.isdigit() or not low <= int(text) <= high:
        raise LabmockError(f"{name} must be a whole number within {low}..{high}")
    return int(text)


class Journal:
    """The last ``limit`` API requests of a server."""

    def __init__(self, limit: int = DEFAULT_LIMIT, redact_query: Callable[[str], str] | None = None) -> None:
        self._entries: deque[Entry] = deque(maxlen=limit)
        self._ids = itertools.count(1)
        self._redact = redact_query or (lambda query: query)
        self.last_id = 0
        self.cleared_through = 0  # the last id when the journal was last emptied

    def record(
        self,
        started: float,
        method: str,
        path: str,
        query: str,
        operation: str | None,
        status: int,
        duration: float,
        fault: str | None,
    ) -> Entry:
        self.last_id = next(self._ids)
        entry = Entry(
            self.last_id,
            started,
            method,
            path,
            self._redact(query) if query else "",
            operation,
            status,
            round(duration * 1000, 3),
            fault,
        )
        self._entries.append(entry)
        return entry

    def entries(self, where: RequestFilter | None = None) -> list[Entry]:
        """The matching entries, newest first."""
        where = where or RequestFilter()
        found: list[Entry] = []
        for entry in reversed(self._entries):
            if entry.id <= where.since:
                break
            if where(entry):
                found.append(entry)
                if len(found) >= where.limit:
                    break
        return found

    def clear(self) -> int:
        """Forget every entry (ids go on counting); the number forgotten."""
        count = len(self._entries)
        self._entries.clear()
        self.cleared_through = self.last_id
        return count

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(list(self._entries))
