"""What a service folder provides: its spec, demo key, state factory, fixtures, handlers and resource hooks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import labspecs
from labspecs import ApiSpec, LongRunning, Operation

from .auth import Authenticator
from .config import MockConfig
from .errors import ErrorBuilder, LabmockError
from .jobs import Job, JobClock
from .messages import MockRequest, MockResponse
from .objects import ObjectStore
from .paging import KeyOrder, envelope_order
from .store import IdHook, Record, ResourceStore

S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Call:
    """One validated request, as a handler sees it: typed parameters by location, the parsed body, and the
    service's context (spec, store, object store, job clock)."""

    request: MockRequest
    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    context: ServiceContext

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` the client used; signed URLs are made on it."""
        return self.request.origin


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """What a service's state is built with: the spec, the knobs, the object store, the job clock and the resource
    store (already holding the service's fixtures)."""

    name: str
    spec: ApiSpec
    config: MockConfig
    objects: ObjectStore
    clock: JobClock
    store: ResourceStore
    _orders: dict[str, KeyOrder] = field(default_factory=dict, repr=False)

    def long_running(self, operation_id: str) -> LongRunning:
        declared = self.spec.operation(operation_id).long_running
        if declared is None:
            raise LabmockError(f"{self.name}: {operation_id} has no x-long-running declaration")
        return declared

    def start_job(self, operation_id: str, *, fail: str | None = None) -> Job:
        """A new job read by ``operation_id``; with ``fail`` (its message) it ends in the first declared failure."""
        return self.clock.start(self.long_running(operation_id), fail=fail)

    def finished_job(self, operation_id: str, *, fail: str | None = None) -> Job:
        """A job that is already over: succeeded, or failed with ``fail``."""
        return self.clock.finished(self.long_running(operation_id), fail=fail)

    def signed_urls(
        self, schema: str, key_prefix: str, origin: str, contents: Mapping[str, Callable[[], bytes]]
    ) -> dict[str, str]:
        """Fill the ``x-signed-url`` properties of ``schema``: each property's object (made once by
        ``contents[property]``, stored at ``{key_prefix}/{filename}``) and a fresh signed URL on ``origin``."""
        urls: dict[str, str] = {}
        for declared in self.spec.signed_url_fields(schema):
            key = f"{key_prefix}/{declared.filename or declared.property}"
            if key not in self.objects:
                make = contents.get(declared.property)
                if make is None:
                    raise LabmockError(f"{self.name}: no content for {schema}.{declared.property} (x-signed-url)")
                self.objects.put(key, make(), declared.media_type, declared.filename)
            urls[declared.property] = self.objects.url(origin, key)
        return urls

    def signed_redirect(
        self, call: Call, key_prefix: str, content: Callable[[], bytes], *, filename: str | None = None
    ) -> MockResponse:
        """The answer of an ``x-signed-redirect`` operation: its status, with ``Location`` a fresh signed URL of the
        object at ``{key_prefix}/{filename}`` (made once by ``content``); ``filename`` (the object's own name, such as
        a file's) replaces the declared one, in the URL and in the download's Content-Disposition."""
        declared = call.operation.signed_redirect
        if declared is None:
            raise LabmockError(f"{self.name}: {call.operation.operation_id} has no x-signed-redirect declaration")
        name = filename or declared.filename
        key = f"{key_prefix}/{name or 'content'}"
        if key not in self.objects:
            self.objects.put(key, content(), declared.media_type, name)
        return MockResponse(declared.status, [("location", self.objects.url(call.origin, key))], b"")

    def envelope_order(self, operation: Operation) -> KeyOrder:
        """The key order a list operation's pages are written in (its response schema's), computed once."""
        order = self._orders.get(operation.operation_id)
        if order is None:
            order = self._orders[operation.operation_id] = envelope_order(self.spec, operation)
        return order


HandlerFn = Callable[[S, Call], MockResponse]
Before = Callable[[S, Call], None]
After = Callable[[S, Call, Any], Any]
Render = Callable[[S, Call, Record], Any]
Select = Callable[[S, Call, list[Record]], list[Record]]
Prepare = Callable[[S, Call, Record], None]


@dataclass
class Hooks(Generic[S]):
    """How a service adjusts what the resource store serves (see :mod:`.resources`):

    - ``before[op]``: runs before a store-served operation (checks; raise :class:`MockHTTPError` to stop);
    - ``after[op]``: turns the JSON the store would send (an object, or a page body) into the JSON sent;
    - ``render[kind]``: one object as served (default: the record without its ``internal`` fields);
    - ``select[kind]``: narrows or orders a list after the declared filters (Tastypie filters, ``fields``);
    - ``prepare[kind]``: sees an object about to be stored by create / replace / update (derive fields, or raise);
    - ``ids[name]``: the id hooks the spec's ``id: {hook: name}`` names.
    """

    before: dict[str, Before[S]] = field(default_factory=dict)
    after: dict[str, After[S]] = field(default_factory=dict)
    render: dict[str, Render[S]] = field(default_factory=dict)
    select: dict[str, Select[S]] = field(default_factory=dict)
    prepare: dict[str, Prepare[S]] = field(default_factory=dict)
    ids: dict[str, IdHook] = field(default_factory=dict)


class Handlers(Generic[S]):
    """A service's handlers, registered by operationId, and its resource hooks::

    handlers: Handlers[State] = Handlers()

    @handlers("getAnalysisJob")
    def get_analysis_job(state: State, call: Call) -> MockResponse: ...

    @handlers.render("pipeline")
    def pipeline_json(state: State, call: Call, record: Record) -> dict[str, Any]: ...
    """

    def __init__(self) -> None:
        self.by_operation: dict[str, HandlerFn[S]] = {}
        self.hooks: Hooks[S] = Hooks()

    def __call__(self, operation_id: str) -> Callable[[HandlerFn[S]], HandlerFn[S]]:
        return self._register(self.by_operation, operation_id, "handlers")

    def before(self, operation_id: str) -> Callable[[Before[S]], Before[S]]:
        return self._register(self.hooks.before, operation_id, "before hooks")

    def after(self, operation_id: str) -> Callable[[After[S]], After[S]]:
        return self._register(self.hooks.after, operation_id, "after hooks")

    def render(self, kind: str) -> Callable[[Render[S]], Render[S]]:
        return self._register(self.hooks.render, kind, "render hooks")

    def select(self, kind: str) -> Callable[[Select[S]], Select[S]]:
        return self._register(self.hooks.select, kind, "select hooks")

    def prepare(self, kind: str) -> Callable[[Prepare[S]], Prepare[S]]:
        return self._register(self.hooks.prepare, kind, "prepare hooks")

    def id_hook(self, name: str) -> Callable[[IdHook], IdHook]:
        return self._register(self.hooks.ids, name, "id hooks")

    @staticmethod
    def _register(table: dict[str, Any], name: str, what: str) -> Callable[[Any], Any]:
        def register(fn: Any) -> Any:
            if name in table:
                raise LabmockError(f"two {what} for {name}")
            table[name] = fn
            return fn

        return register


def _the_context(context: ServiceContext) -> ServiceContext:
    """The state of a service that keeps none of its own: its context (the resource store, the object store, ...)."""
    return context


_CONTEXT_STATE: Callable[[ServiceContext], Any] = _the_context


@dataclass(frozen=True)
class Service(Generic[S]):
    """A mocked API.

    - ``spec``: the ``labspecs`` name (or a loaded spec); routes, validation, auth, paging, jobs and the resource
      store all come from it.
    - ``demo_key``: the credential accepted unless ``MockConfig.key`` replaces it.
    - ``make_state``: builds the in-memory backend (with its deterministic demo dataset) from the context, whose
      resource store already holds ``fixtures``; without one, the state is the context itself (an API whose every
      operation the resource store serves needs no state of its own).
    - ``handlers``: one per operationId of the spec that the resource store does not serve (checked at start-up);
      a handler for a store-served operation replaces the store's.
    - ``hooks``: adjustments of the store-served operations (:class:`Hooks`).
    - ``fixtures``: the demo data file of the ``x-resources`` kinds (YAML or JSON, see :mod:`.store`).
    - ``error_builder``: the API's error body, when ``{<x-errors message-field>: message}`` is not it.
    - ``authenticator``: a credential check other than the spec's security scheme (e.g. several schemes).
    - ``max_body_bytes``: larger requests get 413 before their body is read.
    - ``trailing_slash``: a path with one trailing slash is served as the path without it (``/projects/``),
      as APIs whose official clients send both do.
    - ``upstream``: the real service's base URL, when it is not the spec's first server (a deployment).
    - ``before``: runs on every routed API request before auth (may raise :class:`MockHTTPError`, e.g. a
      rate limiter's 429); ``after``: sees every API response, errors included (e.g. to add rate-limit headers).
    """

    name: str
    spec: str | ApiSpec
    demo_key: str
    make_state: Callable[[ServiceContext], S] = _CONTEXT_STATE
    handlers: Mapping[str, HandlerFn[S]] = field(default_factory=dict)
    summary: str = ""
    hooks: Hooks[S] = field(default_factory=Hooks)
    fixtures: Path | None = None
    error_builder: Callable[[ApiSpec], ErrorBuilder] | None = None
    authenticator: Callable[[ApiSpec, str], Authenticator] | None = None
    max_body_bytes: int = 64 * 2**20
    trailing_slash: bool = False
    upstream: str | None = None
    before: Callable[[S, MockRequest], None] | None = None
    after: Callable[[S, MockRequest, MockResponse], None] | None = None

    @property
    def spec_name(self) -> str:
        return self.spec if isinstance(self.spec, str) else self.spec.name

    def load_spec(self) -> ApiSpec:
        """The service's spec: the one given, or ``labspecs.load(spec)``."""
        return self.spec if isinstance(self.spec, ApiSpec) else labspecs.load(self.spec)

    def effective_handlers(self) -> dict[str, HandlerFn[S]]:
        """Every operation's handler: the service's own, else the resource store's (for ``x-resources``
        operations); the hooks are checked against the spec on the way."""
        from .resources import ResourceEngine

        spec = self.load_spec()
        engine = ResourceEngine(spec, self.hooks)
        store_served = {op_id: engine.handler(op) for op_id, op in spec.operations.items() if op.resource is not None}
        return {**store_served, **self.handlers}
