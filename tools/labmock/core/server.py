"""``MockServer``: one synchronous dispatch function (:meth:`MockServer.handle`) and thin adapters around it."""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from labspecs import Operation

from .auth import Authenticator, SchemeAuthenticator
from .config import MockConfig
from .errors import ErrorBuilder, LabmockError, MockHTTPError, ResponseContractError, clip, json_error_builder
from .faults import FaultInjector
from .jobs import JobClock
from .messages import MockRequest, MockResponse
from .objects import OBJECTS_SEGMENT, ObjectStore, s3_error
from .routing import Router, allow_header
from .service import Call, HandlerFn, Service, ServiceContext
from .store import ResourceStore, fixture_blob
from .validation import RequestValidator, ResponseValidator

if TYPE_CHECKING:
    import httpx
    from starlette.applications import Starlette

logger = logging.getLogger("labmock")

_S3_FAULT_CODES = {500: "InternalError", 503: "SlowDown", 429: "SlowDown"}


@dataclass(frozen=True, slots=True)
class _Route:
    operation: Operation
    handler: HandlerFn[Any]
    validator: RequestValidator
    responses: ResponseValidator


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
        auth = spec.auth
        self.objects = ObjectStore(
            self.base_path + OBJECTS_SEGMENT,
            config.url_expiry,
            credential_headers=[auth.header] if auth and auth.kind != "apiKey-query" else [],
            credential_params=[auth.header] if auth and auth.kind == "apiKey-query" else [],
        )
        self.clock = JobClock(config.job_duration, config.job_polls)
        self.faults = FaultInjector(config.fault_rate, config.faults, config.seed, config.retry_after)
        self.error_builder: ErrorBuilder = (
            service.error_builder(spec) if service.error_builder else json_error_builder(spec.errors)
        )
        self.authenticator: Authenticator | None = None
        if service.authenticator is not None:
            self.authenticator = service.authenticator(spec, self.key)
        elif auth is not None:
            self.authenticator = SchemeAuthenticator(auth, self.key)
        self.store = ResourceStore(spec, service.hooks.ids)
        if service.fixtures is not None:
            self.store.load_blob(fixture_blob(spec, service.fixtures))
        self.context = ServiceContext(service.name, spec, config, self.objects, self.clock, self.store)
        self._router = self._compile_routes()
        self.state: Any = service.make_state(self.context)
        self._lock = threading.Lock()

    def _compile_routes(self) -> Router[_Route]:
        """One route per operation: its handler, or the resource store's (counted as handled), and its validators."""
        spec, handlers = self.spec, self.service.effective_handlers()
        missing = sorted(set(spec.operations) - set(handlers))
        unknown = sorted(set(handlers) - set(spec.operations))
        if missing or unknown:
            raise LabmockError(
                f"{self.name}: operations without a handler: {missing or 'none'}; "
                f"handlers for unknown operations: {unknown or 'none'}"
            )
        router: Router[_Route] = Router()
        for op_id, operation in spec.operations.items():
            route = _Route(
                operation,
                handlers[op_id],
                RequestValidator(spec, operation),
                ResponseValidator(spec, operation),
            )
            router.add(operation.method, self.base_path + operation.path, route)
        return router

    # -- the dispatch core --------------------------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one request: object store, routing (404/405), faults, auth (401), validation (400/415),
        the handler, and (with :attr:`validate_responses`) the response check."""
        with self._lock:
            try:
                return self._dispatch(request)
            except ResponseContractError:
                raise
            except Exception:
                logger.exception("labmock %s: unhandled error on %s %s", self.name, request.method, request.path)
                return self.error_builder(MockHTTPError(500, "Internal error in the mock server"))

    def _dispatch(self, request: MockRequest) -> MockResponse:
        path = request.path
        if path.startswith(self.objects.prefix):
            return self._serve_object(request)
        match = self._router.match(path)
        if match is None and self.service.trailing_slash and len(path) > 1 and path.endswith("/"):
            match = self._router.match(path[:-1])
        if match is None:
            return self._finish(
                request, self.error_builder(MockHTTPError(404, f"Not found: {clip(unquote(path), 200)}"))
            )
        route = match.targets.get(request.method)
        if route is None:
            allow = allow_header(match.targets)
            message = f"Method {clip(request.method, 20)} is not allowed here; allowed: {allow}"
            return self._finish(request, self.error_builder(MockHTTPError(405, message, [("allow", allow)])))
        fault = self.faults.pick()
        if fault == "drop":
            return MockResponse(200, [("content-type", "application/json")], b"", fault="drop")
        try:
            if fault is not None and fault != "truncate":
                raise self.faults.error(fault)
            if self.service.before is not None:
                self.service.before(self.state, request)
            operation = route.operation
            if operation.secured and self.authenticator is not None:
                self.authenticator(request)
            valid = route.validator.validate(request, match.params)
            call = Call(request, operation, valid.path, valid.query, valid.headers, valid.body, self.context)
            response = route.handler(self.state, call)
        except MockHTTPError as error:
            response = self.error_builder(error)
        response = self._finish(request, response)
        if self.validate_responses:
            route.responses.check(response)
        if fault == "truncate":
            response.fault = "truncate"
        return response

    def _finish(self, request: MockRequest, response: MockResponse) -> MockResponse:
        if self.service.after is not None:
            self.service.after(self.state, request, response)
        return response

    def _serve_object(self, request: MockRequest) -> MockResponse:
        found = self.objects.authorize(request)  # credential and signature decisions are never faulted
        if isinstance(found, MockResponse):
            return found
        fault = self.faults.pick()
        if fault == "drop":
            return MockResponse(200, [("content-type", found.media_type)], b"", fault="drop")
        if fault is not None and fault != "truncate":
            error = self.faults.error(fault)
            return s3_error(error.status, _S3_FAULT_CODES[error.status], error.message, error.headers)
        response = self.objects.respond(request, found)
        if fault == "truncate":
            response.fault = "truncate"
        return response

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
