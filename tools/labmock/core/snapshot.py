"""Snapshots of a mock's state as JSON, and their restoration.

A snapshot holds everything a server's answers depend on: the resource store (each kind's objects and id counter),
the signed-URL object store (contents base64-encoded), and the service state's attributes (jobs, tasks, uploads,
rate-limit windows, counters, random generators), encoded by :class:`StateCodec` so that any service whose state is
made of plain values, dataclasses, :class:`~.jobs.Job` objects and ``random.Random`` generators gets snapshots with no
code of its own. The service's context, callables and the signing secret are not part of it.

Encoded values are JSON; what JSON cannot say is tagged with a ``__`` key::

    {"__tuple__": [...]}  {"__set__": [...]}  {"__map__": [[key, value], ...]}  {"__datetime__": "2024-...Z"}
    {"__dataclass__": "module:Class", "ref": 3, "fields": {...}}   {"__ref__": 3}  (the same object again)
    {"__object__": "module:Class", "ref": 4, "attrs": {...}}      (restored into the fresh state's own object)
    {"__job__": {"operation": "getTask", "elapsed": 1.5, "polls": 1, "fail": null, ...}, "ref": 5}
    {"__random__": [3, [...], null]}  {"__record__": {...}}  {"__bytes__": "base64"}

A job is kept relative to its clock (``elapsed`` seconds since it started), so a restored workflow goes on from
where it was. Restoring decodes everything into fresh objects first and fails with :class:`LabmockError` naming the
place of the first problem, so a bad snapshot changes nothing. Classes are only looked up among modules already
imported (labmock's, labspecs' and the service's own): a snapshot cannot import anything.
"""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
import math
import random
import sys
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from labspecs import ApiSpec

from .errors import LabmockError
from .jobs import Job, JobClock
from .store import Record


class StateCodec:
    """Encodes a service state's values to JSON and back, for one server (its spec and job clock)."""

    def __init__(self, spec: ApiSpec, clock: JobClock, allowed_modules: tuple[str, ...]) -> None:
        self.spec = spec
        self.clock = clock
        self.allowed = ("labmock", "labspecs", *allowed_modules)
        self._long_running = [(op_id, op.long_running) for op_id, op in spec.operations.items() if op.long_running]

    # -- encoding ---------------------------------------------------------------------------------------------------

    def encode_attributes(self, obj: Any) -> dict[str, Any]:
        """The attributes of a service state (or of an object inside it) that a snapshot keeps, encoded."""
        memo: dict[int, int] = {}
        return {name: self._encode(value, memo, name) for name, value in attributes(obj).items()}

    def _encode(self, value: Any, memo: dict[int, int], where: str) -> Any:
        if value is None or isinstance(value, bool | int | str):
            return value
        if isinstance(value, float):
            if not math.isfinite(value):
                return {"__float__": repr(value)}
            return value
        if isinstance(value, Record):
            return {"__record__": self._encode_dict(value, memo, where)}
        if isinstance(value, dict):
            return self._encode_dict(value, memo, where)
        if isinstance(value, list):
            return [self._encode(v, memo, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, tuple) and not hasattr(value, "_fields"):
            return {"__tuple__": [self._encode(v, memo, f"{where}[{i}]") for i, v in enumerate(value)]}
        if isinstance(value, set | frozenset):
            tag = "__frozenset__" if isinstance(value, frozenset) else "__set__"
            return {tag: [self._encode(v, memo, f"{where}{{}}") for v in value]}
        if isinstance(value, bytes):
            return {"__bytes__": base64.b64encode(value).decode("ascii")}
        if isinstance(value, datetime):
            return {"__datetime__": value.isoformat()}
        if isinstance(value, random.Random):
            version, internal, gauss = value.getstate()
            return {"__random__": [version, list(internal), gauss]}
        seen = memo.get(id(value))
        if seen is not None:
            return {"__ref__": seen}
        ref = memo[id(value)] = len(memo) + 1
        if isinstance(value, Job):
            return {"__job__": self._encode_job(value, where), "ref": ref}
        name = _class_name(type(value))
        if dataclasses.is_dataclass(value):
            fields: dict[str, Any] = {}
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                if callable(item):
                    raise LabmockError(f"{where}.{f.name}: a snapshot cannot keep a function")
                fields[f.name] = self._encode(item, memo, f"{where}.{f.name}")
            return {"__dataclass__": name, "ref": ref, "fields": fields}
        if _plain_object(value):
            attrs = {k: self._encode(v, memo, f"{where}.{k}") for k, v in attributes(value).items()}
            return {"__object__": name, "ref": ref, "attrs": attrs}
        raise LabmockError(f"{where}: a snapshot cannot keep a {type(value).__name__}")

    def _encode_dict(self, value: Mapping[Any, Any], memo: dict[int, int], where: str) -> Any:
        if all(isinstance(k, str) and not k.startswith("__") for k in value):
            return {k: self._encode(v, memo, f"{where}[{k!r}]") for k, v in value.items()}
        return {
            "__map__": [
                [self._encode(k, memo, f"{where} key"), self._encode(v, memo, f"{where}[{k!r}]")]
                for k, v in value.items()
            ]
        }

    def _encode_job(self, job: Job, where: str) -> dict[str, Any]:
        operation = next((op for op, declared in self._long_running if declared == job.long_running), None)
        if operation is None:
            raise LabmockError(f"{where}: a job of no x-long-running operation of {self.spec.name}")
        return {
            "operation": operation,
            "elapsed": None if job.final else round(self.clock.now() - job.created, 6),
            "polls": job.polls,
            "fail": job.fail,
            "failure_state": job.failure_state,
            "final": job.final,
        }

    # -- decoding ---------------------------------------------------------------------------------------------------

    def decode_attributes(self, fresh: Any, encoded: Any, where: str = "state") -> dict[str, Any]:
        """The decoded attributes of ``encoded`` for the fresh object ``fresh`` (of the same service), checked to be
        the same set of attributes; nothing is assigned yet."""
        if not isinstance(encoded, Mapping):
            raise LabmockError(f"{where} must be an object of attributes")
        current = attributes(fresh)
        missing, extra = sorted(set(current) - set(encoded)), sorted(set(encoded) - set(current))
        if missing or extra:
            raise LabmockError(f"{where}: attributes missing {missing or 'none'}, unknown {extra or 'none'}")
        refs: dict[int, Any] = {}
        return {name: self._decode(encoded[name], refs, f"{where}.{name}", current[name]) for name in current}

    def _decode(self, value: Any, refs: dict[int, Any], where: str, template: Any = None) -> Any:
        if value is None or isinstance(value, bool | int | float | str):
            return value
        if isinstance(value, list):
            return [self._decode(v, refs, f"{where}[{i}]") for i, v in enumerate(value)]
        if not isinstance(value, Mapping):
            raise LabmockError(f"{where}: not a JSON value")
        tag = next((k for k in value if isinstance(k, str) and k.startswith("__")), None)
        if tag is None:
            return {k: self._decode(v, refs, f"{where}[{k!r}]") for k, v in value.items()}
        if tag not in _TAGS:
            raise LabmockError(f"{where}: unknown tag {tag[:40]}")
        body = value[tag]
        try:
            return self._tagged(tag, body, value, refs, where, template)
        except LabmockError:
            raise
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, binascii.Error) as exc:
            raise LabmockError(f"{where}: bad {tag} value ({type(exc).__name__}: {str(exc)[:120]})") from None

    def _tagged(
        self, tag: str, body: Any, value: Mapping[str, Any], refs: dict[int, Any], where: str, template: Any
    ) -> Any:
        if tag == "__record__":
            return Record(self._decode(body, refs, where))
        if tag == "__map__":
            return {self._decode(k, refs, f"{where} key"): self._decode(v, refs, f"{where}[{k!r}]") for k, v in body}
        if tag in ("__tuple__", "__set__", "__frozenset__"):
            items = [self._decode(v, refs, f"{where}[{i}]") for i, v in enumerate(_list(body, where))]
            return {"__tuple__": tuple, "__set__": set, "__frozenset__": frozenset}[tag](items)
        if tag == "__float__":
            return float(body) if body in ("inf", "-inf", "nan") else _bad(where, "__float__ is inf, -inf or nan")
        if tag == "__bytes__":
            return base64.b64decode(body, validate=True)
        if tag == "__datetime__":
            return datetime.fromisoformat(body)
        if tag == "__random__":
            version, internal, gauss = body
            generator = random.Random()
            generator.setstate((version, tuple(internal), gauss))
            return generator
        if tag == "__ref__":
            if body not in refs:
                raise LabmockError(f"{where}: a reference to an object not seen before")
            return refs[body]
        ref = value.get("ref")
        if not isinstance(ref, int) or isinstance(ref, bool) or ref in refs:
            raise LabmockError(f"{where}: {tag} needs a new whole-number ref")
        if tag == "__job__":
            refs[ref] = job = self._decode_job(body, where)
            return job
        if tag == "__dataclass__":
            cls = self._class(body, where)
            if not dataclasses.is_dataclass(cls):
                raise LabmockError(f"{where}: {body} is not a dataclass")
            fields = value.get("fields")
            names = [f.name for f in dataclasses.fields(cls)]
            if not isinstance(fields, Mapping) or sorted(fields) != sorted(names):
                raise LabmockError(f"{where}: {body} has the fields {names}")
            obj = object.__new__(cls)
            refs[ref] = obj
            for name in names:
                object.__setattr__(obj, name, self._decode(fields[name], refs, f"{where}.{name}"))
            return obj
        if tag == "__object__":
            cls = self._class(body, where)
            if type(template) is not cls:
                raise LabmockError(f"{where}: a {body} can only be restored where the service keeps one")
            kept: Any = copy.copy(template)  # the fresh state's own object gives what a snapshot does not keep
            refs[ref] = kept
            for name, item in self.decode_attributes(kept, value.get("attrs"), where).items():
                setattr(kept, name, item)
            return kept
        raise LabmockError(f"{where}: unknown tag {tag}")

    def _decode_job(self, body: Any, where: str) -> Job:
        if not isinstance(body, Mapping) or sorted(body) != sorted(_JOB_FIELDS):
            raise LabmockError(f"{where}: a job has the fields {list(_JOB_FIELDS)}")
        long_running = next((lr for op, lr in self._long_running if op == body["operation"]), None)
        if long_running is None:
            raise LabmockError(f"{where}: {str(body['operation'])[:80]!r} is no x-long-running operation")
        elapsed, polls, final = body["elapsed"], body["polls"], body["final"]
        if not isinstance(final, bool) or not isinstance(polls, int) or isinstance(polls, bool) or polls < 0:
            raise LabmockError(f"{where}: polls is a whole number >= 0 and final a boolean")
        if elapsed is not None and (not isinstance(elapsed, int | float) or not math.isfinite(elapsed)):
            raise LabmockError(f"{where}: elapsed is a number of seconds or null")
        fail, failure_state = body["fail"], body["failure_state"]
        if fail is not None and failure_state not in long_running.failure:
            raise LabmockError(f"{where}: failure_state must be one of {list(long_running.failure)}")
        job = Job(self.clock, long_running, None, None)
        job.created = self.clock.now() - (elapsed or 0.0)
        job.polls, job.fail, job.failure_state, job.final = polls, fail, failure_state, final
        return job

    def _class(self, name: Any, where: str) -> type:
        module_name, _, qualname = str(name).partition(":")
        if not module_name.startswith(self.allowed) or not qualname:
            raise LabmockError(f"{where}: {str(name)[:80]!r} is not a class of labmock or of the service")
        found: Any = sys.modules.get(module_name)
        for part in qualname.split("."):
            found = getattr(found, part, None)
        if not isinstance(found, type):
            raise LabmockError(f"{where}: no class {str(name)[:80]!r}")
        return found


_JOB_FIELDS = ("operation", "elapsed", "polls", "fail", "failure_state", "final")
_TAGS = frozenset(
    "__" + t + "__"
    for t in (
        [
            "record",
            "map",
            "tuple",
            "set",
            "frozenset",
            "float",
            "bytes",
            "datetime",
            "random",
            "ref",
            "job",
            "dataclass",
            "object",
        ]
    )
)


def attributes(obj: Any) -> dict[str, Any]:
    """An object's own attributes that a snapshot keeps: not its service context, not functions."""
    from .service import ServiceContext

    if isinstance(obj, ServiceContext):  # a service whose state is its context keeps nothing of its own
        return {}
    if hasattr(obj, "__dict__"):
        items = dict(vars(obj))
    else:
        names = [n for cls in type(obj).__mro__ for n in getattr(cls, "__slots__", ())]
        items = {n: getattr(obj, n) for n in names if hasattr(obj, n)}
    return {
        name: value
        for name, value in items.items()
        if not isinstance(value, ServiceContext) and not (callable(value) and not dataclasses.is_dataclass(value))
    }


def _plain_object(value: Any) -> bool:
    return hasattr(value, "__dict__") and not isinstance(value, type) and type(value).__module__ != "builtins"


def _class_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise LabmockError(f"{where}: expected a list")
    return value


def _bad(where: str, message: str) -> Any:
    raise LabmockError(f"{where}: {message}")
