"""``MockServer``: one synchronous dispatch function (:meth:`MockServer.handle`) and thin adapters around it."""

from __future__ import annotations

import copy
import functools
import logging
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from labspecs import ApiSpec

from .auth import Authenticator, SchemeAuthenticator
from .compiled import CONTROL_PREFIX, CompiledOperation, compiled
from .config import MockConfig
from .errors import ErrorBuilder, LabmockError, MockHTTPError, ResponseContractError, clip, json_error_builder
from .faults import OBJECTS, FaultInjector, FaultRule, parse_rule
from .jobs import JobClock
from .journal import Entry, Journal, parse_filter
from .messages import MockRequest, MockResponse
from .objects import OBJECTS_SEGMENT, ObjectStore, s3_error
from .routing import allow_header
from .service import Call, HandlerFn, Service, ServiceContext
from .snapshot import StateCodec
from .store import ResourceStore, data_blob, fixture_blob, parse_objects
from .world import (
    JobInfo,
    World,
    check_parents,
    find_jobs,
    load_snapshot,
    start_image,
    world_from_image,
    world_snapshot,
)

if TYPE_CHECKING:
    import httpx
    from starlette.applications import Starlette

logger = logging.getLogger("labmock")

_S3_FAULT_CODES = {500: "InternalError", 503: "SlowDown", 429: "SlowDown"}


class MockServer:
    """A stateful mock of one API, built from its spec at start-up.

    Use :meth:`handle` directly, :attr:`asgi` under uvicorn, or :meth:`transport` / :meth:`async_transport`
    (in-process, no sockets) with httpx. :attr:`state` is the service's in-memory backend.
    """

    def __init__(self, service: Service[Any], config: MockConfig | None = None) -> None:
        self.service = service
        self.config = config = config or MockConfig()
        self.spec = spec = service.load_spec()
        self.name = service.name
        self.key = config.key or service.demo_key
        self.base_path = spec.base_path
        self.validate_responses = config.validate_responses
        self.max_body_bytes = service.max_body_bytes
        self._compiled = compiled(spec)  # routes and validators: once per process and spec
        self._handlers = self._check_handlers()
        auth = spec.auth
        schemes = tuple(spec.auth_schemes.values())
        self.clock = JobClock(config.job_duration, config.job_polls)
        self.faults = FaultInjector(config.fault_rate, config.faults, config.seed, config.retry_after)
        self.error_builder: ErrorBuilder = (
            service.error_builder(spec) if service.error_builder else json_error_builder(spec.errors)
        )
        self.authenticator: Authenticator | None = None
        if service.authenticator is not None:
            self.authenticator = service.authenticator(spec, self.key)
        elif auth is not None:
            self.authenticator = SchemeAuthenticator.for_spec(spec, self.key)
        self._start = [fixture_blob(spec, service.fixtures)] if service.fixtures is not None else []
        self._start_data = [data_blob(spec, Path(path)) for path in config.data]
        first = ObjectStore(
            self.base_path + OBJECTS_SEGMENT,
            config.url_expiry,
            credential_headers=list(dict.fromkeys(s.header for s in schemes if s.kind != "apiKey-query")),
            credential_params=list(dict.fromkeys(s.header for s in schemes if s.kind == "apiKey-query")),
        )
        self._install(self._fresh_world(first))
        self._codec = StateCodec(spec, self.clock, (type(self.state).__module__.split(".")[0],))
        self._image = start_image(self._world(), self._codec)  # resets rebuild from it (None: seed anew)
        self.journal = Journal(redact_query=_query_redactor(spec))
        self._lock = threading.RLock()

    def _check_handlers(self) -> dict[str, HandlerFn[Any]]:
        """Every operation's handler (the service's, or the resource store's, counted as handled)."""
        spec, handlers = self.spec, self.service.effective_handlers()
        missing = sorted(set(spec.operations) - set(handlers))
        unknown = sorted(set(handlers) - set(spec.operations))
        if missing or unknown:
            raise LabmockError(
                f"{self.name}: operations without a handler: {missing or 'none'}; "
                f"handlers for unknown operations: {unknown or 'none'}"
            )
        return handlers

    # -- the world: the state every answer depends on ---------------------------------------------------------

    def _fresh_world(self, objects: ObjectStore | None = None) -> World:
        """The start state: the demo fixtures, then the configured data files, and the service state made on them
        (or, after the first time, rebuilt from the start image: the same, without seeding the state again)."""
        objects = objects if objects is not None else self.objects.empty_copy()
        store = ResourceStore(self.spec, self.service.hooks.ids)
        image = getattr(self, "_image", None)
        if image is not None:
            context = ServiceContext(self.service.name, self.spec, self.config, objects, self.clock, store)
            return world_from_image(image, store, objects, context, self._codec)
        for blob in self._start:
            store.load_blob(blob)
        for blob in self._start_data:
            check_parents(store, blob)
            store.load_blob(blob, replace=True)
        context = ServiceContext(self.service.name, self.spec, self.config, objects, self.clock, store)
        return World(store, objects, context, self.service.make_state(context))

    def _install(self, world: World) -> None:
        self.store, self.objects, self.context, self.state = world.store, world.objects, world.context, world.state

    # -- the dispatch core --------------------------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one request: the control plane (``/_labmock/``), else the object store, routing (404/405), faults,
        auth (401), validation (400/415), the handler, and (with :attr:`validate_responses`) the response check. Every
        API request goes to the :attr:`journal`."""
        path = request.path
        if _is_control(path) and not path.startswith(self.objects.prefix):
            from .control import handle_control

            with self._lock:
                return handle_control(self, request)
        started, clock = time.time(), time.perf_counter()
        with self._lock:
            operation: str | None = None
            try:
                response, operation = self._dispatch(request)
            except ResponseContractError:
                self._journal(request, started, clock, operation, 500, None)
                raise
            except Exception:
                logger.exception("labmock %s: unhandled error on %s %s", self.name, request.method, request.path)
                response = self.error_builder(MockHTTPError(500, "Internal error in the mock server"))
            self._journal(request, started, clock, operation, response.status, response.fault, response.delay)
            return response

    def _journal(
        self,
        request: MockRequest,
        started: float,
        clock: float,
        operation: str | None,
        status: int,
        fault: str | None,
        delay: float = 0.0,
    ) -> None:
        took = time.perf_counter() - clock + delay + self.config.latency  # the injected waits included
        path = request.path
        self.journal.record(started, request.method, path, request.query, operation, status, took, fault)

    def _dispatch(self, request: MockRequest) -> tuple[MockResponse, str | None]:
        path = request.path
        if path.startswith(self.objects.prefix):
            return self._serve_object(request), OBJECTS
        router = self._compiled.router
        match = router.match(path)
        if match is None and self.service.trailing_slash and len(path) > 1 and path.endswith("/"):
            match = router.match(path[:-1])
        if match is None:
            error = MockHTTPError(404, f"Not found: {clip(unquote(path), 200)}")
            return self._finish(request, self.error_builder(error)), None
        route: CompiledOperation | None = match.targets.get(request.method)
        if route is None:
            allow = allow_header(match.targets)
            message = f"Method {clip(request.method, 20)} is not allowed here; allowed: {allow}"
            return self._finish(request, self.error_builder(MockHTTPError(405, message, [("allow", allow)]))), None
        operation = route.operation
        op_id = operation.operation_id
        fault, delay = self._pick_fault(op_id)
        if fault == "drop":
            return MockResponse(200, [("content-type", "application/json")], b"", fault="drop", delay=delay), op_id
        try:
            if fault is not None and fault != "truncate":
                raise self.faults.error(fault)
            if self.service.before is not None:
                self.service.before(self.state, request)
            if operation.secured and self.authenticator is not None:
                self.authenticator(request)
            valid = route.validator.validate(request, match.params)
            call = Call(request, operation, valid.path, valid.query, valid.headers, valid.body, self.context)
            response = self._handlers[op_id](self.state, call)
        except MockHTTPError as error:
            response = self.error_builder(error)
        response = self._finish(request, response)
        if self.validate_responses:
            route.responses.check(response)
        if fault == "truncate":
            response.fault = "truncate"
        response.delay = delay
        return response, op_id

    def _pick_fault(self, operation: str) -> tuple[str | None, float]:
        """The fault of this call (a targeted one first, else the dice) and the latency to add."""
        rule = self.faults.take(operation)
        if rule is None:
            return self.faults.pick(), 0.0
        if rule.kind == "latency":
            return self.faults.pick(), rule.seconds
        return rule.kind, 0.0

    def _finish(self, request: MockRequest, response: MockResponse) -> MockResponse:
        if self.service.after is not None:
            self.service.after(self.state, request, response)
        return response

    def _serve_object(self, request: MockRequest) -> MockResponse:
        found = self.objects.authorize(request)  # credential and signature decisions are never faulted
        if isinstance(found, MockResponse):
            return found
        fault, delay = self._pick_fault(OBJECTS)
        if fault == "drop":
            return MockResponse(200, [("content-type", found.media_type)], b"", fault="drop", delay=delay)
        if fault is not None and fault != "truncate":
            error = self.faults.error(fault)
            return s3_error(error.status, _S3_FAULT_CODES[error.status], error.message, error.headers)
        response = self.objects.respond(request, found)
        if fault == "truncate":
            response.fault = "truncate"
        response.delay = delay
        return response

    # -- the control plane, from Python (over HTTP: ``/_labmock/``, see :mod:`.control`) ------------------------

    def reset(self) -> None:
        """Back to the start state: the demo data (and the configured data files) as at start, no targeted faults, the
        fault dice reseeded, the journal emptied."""
        with self._lock:
            self._install(self._fresh_world())
            self.faults.reset()
            self.journal.clear()

    def snapshot(self) -> dict[str, Any]:
        """The whole state as JSON (see :mod:`.snapshot`): restore it with :meth:`restore`, here or on a fresh server
        of the same service."""
        with self._lock:
            return world_snapshot(self.name, self._world(), self._codec)

    def restore(self, snapshot: Mapping[str, Any]) -> None:
        """Put back a :meth:`snapshot`; checked whole first (:class:`LabmockError` names the first problem, and
        nothing changes)."""
        with self._lock:
            fresh = self._fresh_world()
            load_snapshot(self.name, fresh, snapshot, self._codec)
            self._install(fresh)

    def load_data(self, data: Mapping[str, Any] | str | bytes | Path, *, source: str = "data") -> dict[str, int]:
        """Load a user's objects (the fixture format: ``{kind: [object, ...]}``, a mapping, YAML/JSON text or a file)
        over the current state: an object whose id is stored replaces it. Checked whole first; the counts loaded."""
        if isinstance(data, Path):
            source = data.name
            parsed: Any = parse_objects(data.read_text(encoding="utf-8"), data.suffix == ".json", source)
        elif isinstance(data, str | bytes):
            parsed = parse_objects(data, False, source)
        else:
            parsed = data
        from .store import check_objects

        blob = check_objects(self.spec, parsed, source, defaults=True)
        with self._lock:
            check_parents(self.store, blob)
            self.store.load_blob(blob, replace=True)
        return {kind: len(objects) for kind, objects in (parsed or {}).items()}

    def load_clones(self, kind: str, count: int) -> int:
        """Load ``count`` copies of the first stored ``kind`` object (large lists for benchmarks and fault runs), each
        with a new id (an integer id counts on past the largest, a string one gets a ``_c<n>`` suffix) written
        wherever the template names its own id (``resource_uri``-style links), and a numbered name. The count."""
        if kind not in self.store:
            raise LabmockError(f"{kind!r} is not an x-resources kind of {self.spec.name}")
        stored = self.store[kind].values()
        if not stored:
            raise LabmockError(f"no {kind} is stored to clone")
        template = dict(stored[0])
        old = template["id"]
        start = max(r["id"] for r in stored if isinstance(r["id"], int)) + 1 if isinstance(old, int) else 0
        clones: list[dict[str, Any]] = []
        for index in range(count):
            new = start + index if isinstance(old, int) else f"{old}_c{index:06d}"
            item = {
                key: value.replace(f"/{old}/", f"/{new}/") if isinstance(value, str) else value
                for key, value in copy.deepcopy(template).items()
            }
            item["id"] = new
            if isinstance(item.get("name"), str):
                item["name"] = f"{item['name']} {index:06d}"
            clones.append(item)
        return self.load_data({kind: clones})[kind]

    def requests(self, **filters: str | int | None) -> list[Entry]:
        """The journal's entries, newest first: ``method``, ``path`` (a glob), ``operation``, ``status`` (``404``,
        ``4xx``), ``since`` (an entry id), ``limit``."""
        where = parse_filter(filters)
        with self._lock:
            return self.journal.entries(where)

    def add_fault(
        self,
        kind: str | int,
        operation: str | None = None,
        *,
        times: int = 1,
        after: int = 0,
        seconds: float | None = None,
    ) -> FaultRule:
        """Inject ``kind`` (``500 503 429 drop truncate latency``) into the next ``times`` calls of ``operation`` (an
        operationId, ``"_objects"`` for the signed-URL object store, ``None`` for any), after ``after`` of them."""
        given: dict[str, Any] = {"kind": kind, "operation": operation, "times": times, "after": after}
        if seconds is not None:
            given["seconds"] = seconds
        return self.add_faults([given])[0]

    def add_faults(self, given: list[Mapping[str, Any]]) -> list[FaultRule]:
        rules = [parse_rule(item, self.spec.operations) for item in given]  # all checked before any is added
        with self._lock:
            return self.faults.add(rules)

    def clear_faults(self) -> int:
        with self._lock:
            count = len(self.faults.rules)
            self.faults.rules.clear()
            return count

    def jobs(self) -> list[JobInfo]:
        """The jobs of the service state (every object with an ``id`` holding a job), as they stand."""
        with self._lock:
            return find_jobs(self.state, self.spec)

    def finish_job(self, job_id: str, *, job: str | None = None) -> JobInfo:
        """End the job of ``job_id`` now, in success (``job``: which of the object's jobs, e.g. ``masks``)."""
        return self._end_job(job_id, job, None)

    def fail_job(self, job_id: str, message: str | None = None, *, job: str | None = None) -> JobInfo:
        """End the job of ``job_id`` now, in its first declared failure state, with ``message``."""
        return self._end_job(job_id, job, message or f"Failed on request (labmock control plane): {job_id}")

    def _end_job(self, job_id: str, which: str | None, fail: str | None) -> JobInfo:
        from .world import end_job

        with self._lock:
            return end_job(find_jobs(self.state, self.spec), job_id, which, fail)

    def summary(self) -> dict[str, Any]:
        """What the dashboard shows: the resources and their counts, the state's collections, the journal and the
        faults."""
        from .world import summarize

        with self._lock:
            return summarize(self)

    def _world(self) -> World:
        return World(self.store, self.objects, self.context, self.state)

    # -- conveniences -------------------------------------------------------------------------------------

    def credential(self) -> tuple[str, str]:
        """The (header or query parameter, value) that authenticates, e.g. ``("X-API-KEY", "biodock-demo-key")``."""
        if isinstance(self.authenticator, SchemeAuthenticator):
            return self.authenticator.credential()
        header = self.spec.auth.header if self.spec.auth else "Authorization"
        return header, self.key

    def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate a client (empty for query-parameter keys)."""
        if self.spec.auth is not None and self.spec.auth.kind == "apiKey-query":
            return {}
        name, value = self.credential()
        return {name: value}

    def describe_credential(self) -> str:
        """``X-API-KEY: biodock-demo-key``, as printed by ``labmock serve``."""
        if isinstance(self.authenticator, SchemeAuthenticator):
            return self.authenticator.describe()
        name, value = self.credential()
        return f"{name}: {value}"

    @functools.cached_property
    def asgi(self) -> Starlette:
        """The server as an ASGI (Starlette) application, for uvicorn."""
        from .adapters import starlette_app

        return starlette_app(self)

    def transport(self) -> httpx.BaseTransport:
        """An in-process httpx transport: requests are answered by :meth:`handle`, whatever their host."""
        from .adapters import InProcessTransport

        return InProcessTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        from .adapters import InProcessTransport

        return InProcessTransport(self)

    def client(self, *, authenticated: bool = True, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` on :meth:`transport`, with the API base URL and (by default) the credential."""
        import httpx

        headers = {**(self.auth_headers() if authenticated else {}), **kwargs.pop("headers", {})}
        kwargs.setdefault("base_url", self.local_base_url)
        return httpx.Client(transport=self.transport(), headers=headers, **kwargs)

    def async_client(self, *, authenticated: bool = True, **kwargs: Any) -> httpx.AsyncClient:
        import httpx

        headers = {**(self.auth_headers() if authenticated else {}), **kwargs.pop("headers", {})}
        kwargs.setdefault("base_url", self.local_base_url)
        return httpx.AsyncClient(transport=self.async_transport(), headers=headers, **kwargs)

    @property
    def local_base_url(self) -> str:
        """The base URL in-process clients use (any host works; this one names the service)."""
        return f"http://{self.name}.labmock{self.base_path}"

    def __repr__(self) -> str:
        return f"MockServer({self.name!r}, base_path={self.base_path!r})"


def _is_control(path: str) -> bool:
    return path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")


def _query_redactor(spec: ApiSpec) -> Callable[[str], str]:
    """The journal's query redaction: the API's credential parameters and URL signatures."""
    from ..contract.redact import Redactor

    return Redactor(spec).query
