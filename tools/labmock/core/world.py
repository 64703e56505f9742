"""A server's world: the state its answers depend on (resource store, object store, service context and state), and
what the control plane does with it: snapshots, data checks, the jobs inside it and the dashboard's summary."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import TYPE_CHECKING, Any

from labspecs import ApiSpec

from .errors import LabmockError, clip
from .jobs import Job
from .objects import ObjectStore
from .service import ServiceContext
from .snapshot import StateCodec, attributes
from .store import Record, ResourceStore

if TYPE_CHECKING:
    from .server import MockServer

SNAPSHOT_FORMAT = 1


class ControlError(LabmockError):
    """A control-plane request that cannot be carried out: its HTTP status and a message for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class World:
    store: ResourceStore
    objects: ObjectStore
    context: ServiceContext
    state: Any


# -- snapshots ------------------------------------------------------------------------------------------------------


def world_snapshot(name: str, world: World, codec: StateCodec) -> dict[str, Any]:
    store = world.store
    snapshot = {
        "labmock": SNAPSHOT_FORMAT,
        "service": name,
        "store": store.dump(),
        "counters": store.counters(),
        "objects": world.objects.dump(),
        "state": codec.encode_attributes(world.state),
    }
    copied: dict[str, Any] = json.loads(json.dumps(snapshot))  # a copy: later changes of the state do not show in it
    return copied


def load_snapshot(name: str, fresh: World, snapshot: Mapping[str, Any], codec: StateCodec) -> None:
    """Put ``snapshot`` into ``fresh``, a world not installed yet: a problem found halfway leaves the server as it
    was."""
    if not isinstance(snapshot, Mapping):
        raise LabmockError("a snapshot is the JSON object GET /_labmock/state answers")
    keys = ("labmock", "service", "store", "counters", "objects", "state")
    if sorted(snapshot) != sorted(keys):
        raise LabmockError(f"a snapshot has exactly the keys {', '.join(keys)}")
    if snapshot["labmock"] != SNAPSHOT_FORMAT:
        raise LabmockError(f"snapshot format {clip(str(snapshot['labmock']), 20)} is not {SNAPSHOT_FORMAT}")
    if snapshot["service"] != name:
        raise LabmockError(f"a snapshot of {clip(str(snapshot['service']), 40)!r} cannot be restored into {name!r}")
    objects, counters = snapshot["store"], snapshot["counters"]
    store = fresh.store
    kinds = sorted(store.collections)
    if not isinstance(objects, Mapping) or sorted(objects) != kinds:
        raise LabmockError(f"store must hold every kind: {', '.join(kinds)}")
    if not isinstance(counters, Mapping) or sorted(counters) != kinds:
        raise LabmockError(f"counters must hold every kind: {', '.join(kinds)}")
    for kind in kinds:
        counter = counters[kind]
        if not isinstance(counter, int) or isinstance(counter, bool):
            raise LabmockError(f"counters.{kind} must be a whole number")
        items = objects[kind]
        id_field = store[kind].decl.id.field
        if not isinstance(items, list) or not all(isinstance(o, Mapping) and id_field in o for o in items):
            raise LabmockError(f"store.{kind} must be a list of objects, each with its {id_field!r}")
        if len({json.dumps(o[id_field]) for o in items}) != len(items):
            raise LabmockError(f"store.{kind} holds an id twice")
    decoded = codec.decode_attributes(fresh.state, snapshot["state"])
    fresh.objects.load(snapshot["objects"])
    for kind in kinds:
        collection = store[kind]
        for key in list(collection):
            collection.remove(key)
        for item in objects[kind]:
            collection.add(Record(item))
        collection.counter = counters[kind]
    for name_, value in decoded.items():
        setattr(fresh.state, name_, value)


# -- the start image: a reset without re-running the service's seeding ----------------------------------------------


@dataclass(frozen=True, slots=True)
class StartImage:
    """The start world, encoded once: the store as JSON, the object store's objects, and the state's attributes (see
    :mod:`.snapshot`). A reset rebuilds a world from it instead of seeding the service state anew."""

    store: bytes
    objects: list[dict[str, Any]]
    state: dict[str, Any]
    template: Any  # the first state object: copied (shallowly) for its type and the attributes a snapshot skips


def start_image(world: World, codec: StateCodec) -> StartImage | None:
    """The image of a world just made, or None when its state cannot be rebuilt from one: it holds a stored record
    itself (the image would copy it), or a value a snapshot cannot keep."""
    try:
        state = codec.encode_attributes(world.state)
    except LabmockError:
        return None
    if _holds_records(world.state, world.store):
        return None
    store = json.dumps({"objects": world.store.dump(), "counters": world.store.counters()}).encode()
    return StartImage(store, world.objects.dump(), state, world.state)


def world_from_image(
    image: StartImage, store: ResourceStore, objects: ObjectStore, context: ServiceContext, codec: StateCodec
) -> World:
    """A world in the start state from ``image``; ``store`` and ``objects`` are new and empty, ``context`` holds
    them."""
    saved = json.loads(image.store)
    for kind, items in saved["objects"].items():
        collection = store[kind]
        for item in items:
            collection.add(Record(item))
        collection.counter = saved["counters"][kind]
    objects.load(image.objects)
    if isinstance(image.template, ServiceContext):  # the service's state is its context
        return World(store, objects, context, context)
    state = copy.copy(image.template)
    for name, value in attributes_with_context(state).items():
        if isinstance(value, ServiceContext):
            setattr(state, name, context)
    for name, value in codec.decode_attributes(state, image.state).items():
        setattr(state, name, value)
    return World(store, objects, context, state)


def attributes_with_context(obj: Any) -> dict[str, Any]:
    return dict(vars(obj)) if hasattr(obj, "__dict__") else {n: getattr(obj, n) for n in _slots(obj) if hasattr(obj, n)}


def _slots(obj: Any) -> list[str]:
    return [n for cls in type(obj).__mro__ for n in getattr(cls, "__slots__", ())]


def _holds_records(state: Any, store: ResourceStore) -> bool:
    records = {id(r) for c in store.collections.values() for r in c.objects.values()}
    seen: set[int] = set()

    def walk(value: Any) -> bool:
        if id(value) in records:
            return True
        if id(value) in seen or value is None or isinstance(value, str | int | float | bytes | ServiceContext):
            return False
        seen.add(id(value))
        if isinstance(value, Mapping):
            return any(walk(k) or walk(v) for k, v in value.items())
        if isinstance(value, list | tuple | set | frozenset):
            return any(walk(v) for v in value)
        if hasattr(value, "__dict__") or hasattr(type(value), "__slots__"):
            return any(walk(v) for v in attributes_with_context(value).values())
        return False

    return any(walk(v) for v in attributes(state).values())


# -- data files -----------------------------------------------------------------------------------------------------


def check_parents(store: ResourceStore, blob: bytes) -> None:
    """Every object of a data file whose kind has a parent names one that is stored or in the file."""
    data: dict[str, list[dict[str, Any]]] = json.loads(blob)
    for kind, items in data.items():
        parent = store[kind].decl.parent
        if parent is None:
            continue
        known = store[parent.resource]
        given = {o.get(store[parent.resource].decl.id.field) for o in data.get(parent.resource, [])}
        for index, item in enumerate(items):
            value = item.get(parent.field)
            if value not in (None, "") and value not in known and value not in given:
                raise LabmockError(
                    f"{kind}[{index}]: its {parent.field} {clip(repr(value), 80)} is no stored {parent.resource}"
                )


# -- jobs -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JobInfo:
    """A job of the service state: the id of the object holding it, which of its fields, and how it stands."""

    id: str
    field: str
    operation: str
    status: str
    progress: int
    done: bool
    job: Job

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "job": self.field,
            "operation": self.operation,
            "status": self.status,
            "progress": self.progress,
            "done": self.done,
        }


def find_jobs(state: Any, spec: ApiSpec) -> list[JobInfo]:
    """Every job of the state, found by walking it: held by an object with an ``id`` (an analysis job, a task: its
    field names the job), or kept in a mapping by id."""
    operations = [(op_id, op.long_running) for op_id, op in spec.operations.items() if op.long_running]
    found: list[JobInfo] = []
    seen: set[int] = set()

    def add(owner: str | int, name: str, job: Job) -> None:
        view = job.peek()
        operation = next((op for op, lr in operations if lr == job.long_running), "")
        found.append(JobInfo(str(owner), name, operation, view.status, view.progress, view.done, job))

    def walk(value: Any) -> None:
        if id(value) in seen or value is None or isinstance(value, str | int | float | bytes | Job):
            return
        seen.add(id(value))
        if isinstance(value, Mapping):
            for key, item in value.items():
                if isinstance(item, Job) and isinstance(key, str | int):
                    add(key, "job", item)  # jobs by id (a service's {build id: job})
                else:
                    walk(item)
        elif isinstance(value, list | tuple | set):
            for item in value:
                walk(item)
        elif is_dataclass(value) and not isinstance(value, type):
            values = {f.name: getattr(value, f.name) for f in fields(value)}
            owner = values.get("id")
            for name, item in values.items():
                if isinstance(item, Job) and isinstance(owner, str | int):
                    add(owner, name, item)
                else:
                    walk(item)

    for value in attributes(state).values():
        walk(value)
    return found


def end_job(jobs: list[JobInfo], job_id: str, which: str | None, fail: str | None) -> JobInfo:
    """Finish (``fail`` None) or fail the job of ``job_id`` now."""
    mine = [j for j in jobs if j.id == job_id and (which is None or j.field == which)]
    if not mine:
        raise ControlError(404, f"no job {clip(job_id, 80)!r}" + (f" ({clip(which, 40)})" if which else ""))
    if len(mine) > 1 and which is None:
        running = [j for j in mine if not j.done]
        mine = running if len(running) == 1 else mine
    if len(mine) > 1:
        choices = ", ".join(j.field for j in mine)
        raise ControlError(400, f"{clip(job_id, 80)!r} holds several jobs ({choices}): say which with job")
    info = mine[0]
    job = info.job
    if job.peek().done:
        raise ControlError(409, f"the job of {clip(job_id, 80)!r} is over already ({info.status})")
    if fail is not None:
        if not job.long_running.failure:
            raise ControlError(400, f"{info.operation} declares no failure state")
        job.fail = fail
        job.failure_state = job.failure_state or job.long_running.failure[0]
    else:
        job.fail = None
    job.final = True
    view = job.peek()
    return JobInfo(info.id, info.field, info.operation, view.status, view.progress, view.done, job)


# -- the dashboard's summary ----------------------------------------------------------------------------------------


def summarize(server: MockServer) -> dict[str, Any]:
    state_counts = {
        name: len(value)
        for name, value in attributes(server.state).items()
        if isinstance(value, dict | list) and not name.startswith("_")
    }
    jobs = find_jobs(server.state, server.spec)
    return {
        "service": server.name,
        "summary": server.service.summary,
        "base_path": server.base_path,
        "resources": server.store.counts(),
        "state": state_counts,
        "objects": len(server.objects),
        "jobs": {"total": len(jobs), "running": sum(not j.done for j in jobs)},
        "requests": {
            "recorded": len(server.journal),
            "last_id": server.journal.last_id,
            "cleared_through": server.journal.cleared_through,
        },
        "faults": [rule.to_json() for rule in server.faults.rules],
        "fault_kinds": ["500", "503", "429", "drop", "truncate", "latency"],
        "operations": sorted(server.spec.operations),
        "config": {
            "job_polls": server.config.job_polls,
            "job_duration": server.config.job_duration,
            "fault_rate": server.config.fault_rate,
            "latency": server.config.latency,
        },
    }
