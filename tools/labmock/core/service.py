"""What a service folder provides: its spec, demo key, state factory and one handler per operationId."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from labspecs import ApiSpec, LongRunning, Operation

from .auth import Authenticator
from .config import MockConfig
from .errors import ErrorBuilder, LabmockError
from .jobs import Job, JobClock
from .messages import MockRequest, MockResponse
from .objects import ObjectStore

S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Call:
    """One validated request, as a handler sees it: typed parameters by location and the parsed body."""

    request: MockRequest
    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` the client used; signed URLs are made on it."""
        return self.request.origin


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """What a service's state is built with: the spec, the knobs, the object store and the job clock."""

    name: str
    spec: ApiSpec
    config: MockConfig
    objects: ObjectStore
    clock: JobClock

    def long_running(self, operation_id: str) -> LongRunning:
        declared = self.spec.operation(operation_id).long_running
        if declared is None:
            raise LabmockError(f"{self.name}: {operation_id} has no x-long-running declaration")
        return declared

    def start_job(self, operation_id: str, *, fail: str | None = None) -> Job:
        """A new job read by ``operation_id``; with ``fail`` (its message) it ends in the first failure state."""
        return self.clock.start(
            self.long_running(operation_id), fail=fail, failure_state=self._failure_state(operation_id)
        )

    def finished_job(self, operation_id: str, *, fail: str | None = None) -> Job:
        """A job that is already over: succeeded, or failed with ``fail``."""
        return self.clock.finished(
            self.long_running(operation_id), fail=fail, failure_state=self._failure_state(operation_id)
        )

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

    def _failure_state(self, operation_id: str) -> str | None:
        # labspecs keeps the failure states as a set; the first one *declared* is the one a failing job ends in.
        raw = self.spec.resolve(self.spec.operation(operation_id).raw.get("x-long-running")) or {}
        failures = raw.get("failure") or []
        return str(failures[0]) if failures else None


HandlerFn = Callable[[S, Call], MockResponse]


class Handlers(Generic[S]):
    """A service's handlers, registered by operationId::

    handlers: Handlers[State] = Handlers()

    @handlers("getAnalysisJob")
    def get_analysis_job(state: State, call: Call) -> MockResponse: ...
    """

    def __init__(self) -> None:
        self.by_operation: dict[str, HandlerFn[S]] = {}

    def __call__(self, operation_id: str) -> Callable[[HandlerFn[S]], HandlerFn[S]]:
        def register(handler: HandlerFn[S]) -> HandlerFn[S]:
            if operation_id in self.by_operation:
                raise LabmockError(f"two handlers for {operation_id}")
            self.by_operation[operation_id] = handler
            return handler

        return register


@dataclass(frozen=True)
class Service(Generic[S]):
    """A mocked API.

    - ``spec``: the ``labspecs`` name; routes, validation, auth, paging and jobs all come from it.
    - ``demo_key``: the credential accepted unless ``MockConfig.key`` replaces it.
    - ``make_state``: builds the in-memory backend (with its deterministic demo dataset).
    - ``handlers``: one per operationId of the spec, no more, no fewer (checked at start-up).
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
    spec: str
    demo_key: str
    make_state: Callable[[ServiceContext], S]
    handlers: Mapping[str, HandlerFn[S]]
    summary: str = ""
    error_builder: Callable[[ApiSpec], ErrorBuilder] | None = None
    authenticator: Callable[[ApiSpec, str], Authenticator] | None = None
    max_body_bytes: int = 64 * 2**20
    trailing_slash: bool = False
    upstream: str | None = None
    before: Callable[[S, MockRequest], None] | None = None
    after: Callable[[S, MockRequest, MockResponse], None] | None = None
