"""The resource store: the objects of a spec's ``x-resources`` kinds, as plain JSON-able dicts keyed by id.

Everything a resource's state is lives here, so it can be dumped, loaded and rebuilt cheaply: the objects (each
a :class:`Record`, a ``dict`` whose keys also read as attributes), in insertion order, and each kind's id counter.
No request handling: :mod:`.resources` serves operations from it.

Fixtures (a service's demo data, and later a user's data file) have one format, YAML or JSON::

    pipeline:                       # an x-resources kind
      - {id: pl_0001, name: Nuclei segmentation, createdAt: "2024-02-01T09:00:00.000Z"}
    filesystem-item:
      - {id: fs_0001, name: nuclei_001.png, __t: File, parent: null}   # internal fields (parent) included

Each object is what the API serves plus the kind's declared ``internal`` fields; it must carry its id. A fixture
file is parsed (and checked against the kind's schema) once per process; :meth:`ResourceStore.load_blob` rebuilds
the objects from it with one ``json.loads``, no deep copies.
"""

from __future__ import annotations

import json
import re
import string
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import yaml

from labspecs import ApiSpec, Resource

from .errors import LabmockError, MockHTTPError, clip

IdHook = Callable[["Collection", Mapping[str, Any]], Any]
"""A named id maker (``id: {hook: <name>}``): the new object's id from its fields and the collection."""

_STAMP_FORMATS = {"seconds": 0, "milliseconds": 3, "microseconds": 6}


class Record(dict[str, Any]):
    """A stored object: a plain JSON-able ``dict``; its keys also read as attributes (``item.name``)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def timestamp(moment: datetime, precision: str = "seconds") -> str:
    """ISO 8601 in UTC with a ``Z``: ``2024-03-01T09:00:00Z`` (``seconds``), ``...:00.000Z`` (``milliseconds``)."""
    digits = _STAMP_FORMATS[precision]
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{moment.microsecond:06d}"[: len(text) + 1 + digits] + "Z" if digits else text + "Z"


class Collection:
    """The objects of one kind, by id, in insertion order; with a parent, also indexed by their parent's id."""

    def __init__(self, decl: Resource, hook: IdHook | None = None, now: Callable[[], datetime] | None = None) -> None:
        self.decl = decl
        self.objects: dict[Any, Record] = {}
        self.counter = decl.id.start
        self._hook = hook
        self._now = now or (lambda: datetime.now(UTC))
        self._children: dict[Any, dict[Any, None]] | None = {} if decl.parent else None
        self._counted = _counter_pattern(decl.id.format)

    @property
    def title(self) -> str:
        return self.decl.title

    def __len__(self) -> int:
        return len(self.objects)

    def __contains__(self, key: object) -> bool:
        return key in self.objects

    def __iter__(self) -> Iterator[Any]:
        return iter(self.objects)

    def get(self, key: Any) -> Record | None:
        return self.objects.get(key)

    def require(self, key: Any) -> Record:
        """The object, or the kind's 404 (``errors.not-found``)."""
        found = self.objects.get(key)
        if found is None:
            raise self.error("not-found", 404, id=clip(str(key), 80))
        return found

    def error(self, kind: str, status: int, **values: Any) -> MockHTTPError:
        declared = self.decl.error(kind)
        fill = {"title": self.title, "id": "", "field": "", "value": "", **values}
        content = {name: template.format(**fill) for name, template in declared.content.items()}
        return MockHTTPError(status, declared.message.format(**fill), code=declared.code, content=content or None)

    def values(self) -> list[Record]:
        return list(self.objects.values())

    def children(self, parent: Any) -> list[Record]:
        """The objects whose parent is ``parent`` (``None``: those without one), in insertion order."""
        if self._children is None:
            raise LabmockError(f"x-resources {self.decl.name} declares no parent")
        return [self.objects[key] for key in self._children.get(parent, ())]

    def parent_of(self, record: Mapping[str, Any]) -> Any:
        parent = self.decl.parent
        return record.get(parent.field) if parent else None

    # -- writing ------------------------------------------------------------------------------------------------

    def add(self, fields: Mapping[str, Any], *, count: bool = True) -> Record:
        """Store an object that has its id (demo data, a fixture, a handler's own); the counter moves past it unless
        ``count`` is false (an id a client chose, which a database sequence would not see either)."""
        record = fields if isinstance(fields, Record) else Record(fields)
        key = record.get(self.decl.id.field)
        if key is None:
            raise LabmockError(
                f"x-resources {self.decl.name}: an object without {self.decl.id.field!r}: {record!r:.200}"
            )
        if key in self.objects:
            raise LabmockError(f"x-resources {self.decl.name}: {key!r} is stored twice")
        self.objects[key] = record
        self._index(key, record)
        if count:
            self._count(key)
        return record

    def put(self, fields: Mapping[str, Any]) -> Record:
        """Store an object that has its id: a new one (as :meth:`add`), or in place of the stored one with that id
        (keeping its place; a user's data file)."""
        record = fields if isinstance(fields, Record) else Record(fields)
        key = record.get(self.decl.id.field)
        old = self.objects.get(key)
        if old is None:
            return self.add(record)
        self.objects[key] = record
        if self._children is not None and self.parent_of(old) != self.parent_of(record):
            self._children.get(self.parent_of(old), {}).pop(key, None)
            self._index(key, record)
        self._count(key)
        return record

    def create(self, fields: Mapping[str, Any]) -> Record:
        """Store a new object (:meth:`new`)."""
        return self.add(self.new(fields))

    def new(self, fields: Mapping[str, Any]) -> Record:
        """A new object, not stored yet: the declared defaults, then ``fields``, then a new id and the timestamps
        (unless ``fields`` has them)."""
        id_field = self.decl.id.field
        record = Record({id_field: None, **self.decl.defaults, **fields})
        if record[id_field] is None:
            record[id_field] = self.new_id(record)
        stamp = self.stamp()
        for name in (self.decl.created_field, self.decl.modified_field):
            if name:
                record.setdefault(name, stamp)
        return record

    def replace(self, key: Any, fields: Mapping[str, Any]) -> Record:
        """Store ``fields`` as the object ``key`` (keeping its place); the modified timestamp is set."""
        old = self.require(key)
        record = fields if isinstance(fields, Record) else Record(fields)
        if self.decl.modified_field:
            record[self.decl.modified_field] = self.stamp()
        self.objects[key] = record
        if self._children is not None and self.parent_of(old) != self.parent_of(record):
            self._children[self.parent_of(old)].pop(key, None)
            self._index(key, record)
        return record

    def remove(self, key: Any) -> Record:
        record = self.require(key)
        del self.objects[key]
        if self._children is not None:
            self._children.get(self.parent_of(record), {}).pop(key, None)
        return record

    def stamp(self) -> str:
        return timestamp(self._now(), self.decl.timestamp_format)

    def new_id(self, fields: Mapping[str, Any]) -> Any:
        """The next id: from the counter (``format``), a UUID, or the named hook."""
        made = self.decl.id
        if made.hook is not None:
            if self._hook is None:
                raise LabmockError(f"x-resources {self.decl.name}: no id hook {made.hook!r}")
            return self._hook(self, fields)
        if made.format is None:
            raise LabmockError(f"x-resources {self.decl.name} declares no id format: objects bring their own id")
        uses_uuid = made.format != "serial" and self._counted is None
        while True:
            if uses_uuid:
                candidate: Any = made.format.format(uuid=uuid.uuid4())
            else:
                candidate = self.counter if made.format == "serial" else made.format.format(n=self.counter)
                self.counter += 1
            if candidate not in self.objects:
                return candidate

    def _index(self, key: Any, record: Mapping[str, Any]) -> None:
        if self._children is not None:
            self._children.setdefault(self.parent_of(record), {})[key] = None

    def _count(self, key: Any) -> None:
        if self.decl.id.format == "serial" and isinstance(key, int):
            self.counter = max(self.counter, key + 1)
        elif self._counted is not None and isinstance(key, str):
            found = self._counted[0].fullmatch(key)
            if found is not None:
                self.counter = max(self.counter, int(found.group(1), self._counted[1]) + 1)


def _counter_pattern(id_format: str | None) -> tuple[re.Pattern[str], int] | None:
    """A regex reading the counter back out of an id of ``id_format`` (``pl_{n:04d}``), and the number's base."""
    if not id_format or id_format == "serial" or "{n" not in id_format:
        return None
    parts: list[str] = []
    base = 10
    for literal, name, spec, _ in string.Formatter().parse(id_format):
        parts.append(re.escape(literal))
        if name == "n":
            base = 16 if (spec or "").endswith(("x", "X")) else 10
            parts.append("([0-9a-fA-F]+)" if base == 16 else "([0-9]+)")
    return re.compile("".join(parts)), base


class StoreObjects:
    """A service state's attribute that is one kind's objects in the store (by id), for states with a ``ctx``::

    class SphinxState:
        datasets = StoreObjects("dataset")     # state.datasets["ds_10001"]
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __get__(self, state: Any, owner: type | None = None) -> dict[Any, Record]:
        return cast("dict[Any, Record]", state.ctx.store[self.kind].objects)


class ResourceStore:
    """Every ``x-resources`` kind's :class:`Collection`; ``store["pipeline"]``."""

    def __init__(
        self, spec: ApiSpec, id_hooks: Mapping[str, IdHook] | None = None, now: Callable[[], datetime] | None = None
    ) -> None:
        hooks = id_hooks or {}
        missing = sorted({r.id.hook for r in spec.resources.values() if r.id.hook} - set(hooks))
        if missing:
            raise LabmockError(f"{spec.name}: x-resources name id hooks {missing} the service does not provide")
        self.spec = spec
        self.collections = {
            kind: Collection(decl, hooks.get(decl.id.hook or ""), now) for kind, decl in spec.resources.items()
        }

    def __getitem__(self, kind: str) -> Collection:
        try:
            return self.collections[kind]
        except KeyError:
            raise LabmockError(f"{self.spec.name}: no x-resources kind {kind!r}") from None

    def __contains__(self, kind: object) -> bool:
        return kind in self.collections

    def load(self, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Add the objects of a fixture (``{kind: [object, ...]}``)."""
        for kind, objects in data.items():
            collection = self[kind]
            for fields in objects:
                collection.add(Record(fields))

    def load_blob(self, blob: bytes, *, replace: bool = False) -> None:
        """Add the objects of a fixture prepared by :func:`fixture_blob` (parsed again, so nothing is shared); with
        ``replace``, an object whose id is already stored replaces it (a user's data file)."""
        if not replace:
            self.load(json.loads(blob))
            return
        for kind, objects in json.loads(blob).items():
            collection = self[kind]
            for fields in objects:
                collection.put(Record(fields))

    def counters(self) -> dict[str, int]:
        """Each kind's id counter (what the next generated id is made from)."""
        return {kind: c.counter for kind, c in self.collections.items()}

    def counts(self) -> dict[str, int]:
        """How many objects of each kind are stored."""
        return {kind: len(c) for kind, c in self.collections.items()}

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every object, in the fixture format (JSON-able; the objects themselves, not copies)."""
        return {kind: list(c.objects.values()) for kind, c in self.collections.items()}


_BLOBS: dict[tuple[int, Path, int, bool], tuple[ApiSpec, bytes]] = {}


def fixture_blob(spec: ApiSpec, path: Path) -> bytes:
    """A fixture file checked against the spec, as compact JSON (parsed and checked once per process and file)."""
    return _blob(spec, path, defaults=False)


def data_blob(spec: ApiSpec, path: Path) -> bytes:
    """A user's data file (the fixture format; defaults filled in) checked against the spec, as compact JSON (parsed
    and checked once per process and file)."""
    return _blob(spec, path, defaults=True)


def _blob(spec: ApiSpec, path: Path, *, defaults: bool) -> bytes:
    try:
        key = (id(spec), path.resolve(), path.stat().st_mtime_ns, defaults)
    except OSError as exc:
        raise LabmockError(f"{path}: cannot read it ({exc.strerror})") from None
    cached = _BLOBS.get(key)
    if cached is None:
        try:
            text = key[1].read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LabmockError(f"{path}: cannot read it ({exc})") from None
        blob = check_objects(spec, parse_objects(text, path.suffix == ".json", path.name), path.name, defaults=defaults)
        cached = _BLOBS[key] = (spec, blob)  # the spec is kept: its id stays its own
    return cached[1]


def parse_objects(text: str | bytes, is_json: bool, source: str) -> Any:
    """A fixture or data file's text, parsed (JSON, or YAML which also reads JSON)."""
    loader = cast(Any, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        return json.loads(text) if is_json else yaml.load(text, Loader=loader)  # noqa: S506
    except (ValueError, yaml.YAMLError) as exc:
        raise LabmockError(f"{source}: not a fixture file: {clip(str(exc))}") from None


def check_objects(spec: ApiSpec, data: Any, source: str, *, defaults: bool = False) -> bytes:
    """Objects in the fixture format (``{kind: [object, ...]}``), checked whole, as compact JSON: known kinds, lists of
    objects, each with its id (once), JSON values only, and conforming to the kind's schema (without its internal
    fields) when one is declared. With ``defaults`` (a user's data file), the kind's declared defaults fill the fields
    an object leaves out, and its created / modified timestamps default to now."""
    from .validation import compile_schema, first_error

    if not isinstance(data, Mapping):
        raise LabmockError(f"{source}: a fixture is a mapping of x-resources kinds to lists of objects")
    try:
        json.dumps(data, allow_nan=False)
    except (TypeError, ValueError) as exc:  # e.g. an unquoted YAML timestamp, read as a datetime
        raise LabmockError(f"{source}: only JSON values are allowed (quote dates and times): {exc}") from None
    out: dict[str, list[dict[str, Any]]] = {}
    for kind, objects in data.items():
        decl = spec.resources.get(kind) if isinstance(kind, str) else None
        if decl is None:
            known = ", ".join(spec.resources)
            raise LabmockError(f"{source}: {clip(str(kind), 80)!r} is not an x-resources kind of {spec.name} ({known})")
        if not isinstance(objects, list) or not all(isinstance(o, Mapping) for o in objects):
            raise LabmockError(f"{source}: {kind} must be a list of objects")
        schema = spec.document["components"]["schemas"].get(decl.schema) if decl.schema else None
        validator = compile_schema(spec, schema) if schema else None
        stamp = timestamp(datetime.now(UTC), decl.timestamp_format)
        seen: set[Any] = set()
        checked = out.setdefault(kind, [])
        for index, given in enumerate(objects):
            obj = dict(given)
            if defaults:
                obj = {**decl.defaults, **obj}
                for name in (decl.created_field, decl.modified_field):
                    if name:
                        obj.setdefault(name, stamp)
            key = obj.get(decl.id.field)
            if key is None:
                raise LabmockError(f"{source}: {kind}[{index}] has no {decl.id.field!r}")
            if not isinstance(key, str | int) or isinstance(key, bool) or key in seen:
                raise LabmockError(
                    f"{source}: {kind}[{index}]: the id {clip(repr(key), 80)} is not a new string or number"
                )
            seen.add(key)
            served = {k: v for k, v in obj.items() if k not in decl.internal}
            problem = first_error(validator, served) if validator is not None else None
            if problem is not None:
                raise LabmockError(f"{source}: {kind}[{index}] ({clip(repr(key), 80)}) does not conform: {problem}")
            checked.append(obj)
    return json.dumps(out, separators=(",", ":")).encode()
