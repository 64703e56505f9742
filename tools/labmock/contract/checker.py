"""The contract check of one exchange, with exactly the rules the mock uses.

Routing is the mock's compiled route table (``core/routing.py``, with the service's trailing-slash rule), the request
is checked by the mock's own ``RequestValidator`` and the response by :class:`labspecs.conformance.ResponseContract`
over the mock's jsonschema_rs validators (``compile_schema``). Requests to labmock's signed-URL object store are no
API operation: they are recorded (a replay needs them) but not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labspecs import ApiSpec, Operation
from labspecs.conformance import Problem, ResponseContract

from ..core.errors import MockHTTPError
from ..core.objects import OBJECTS_SEGMENT
from ..core.routing import Router, allow_header
from ..core.service import Service
from ..core.validation import RequestValidator, compile_schema
from ..services import get
from .cassette import Exchange

UNKNOWN = "(unknown)"


@dataclass(frozen=True, slots=True)
class _Route:
    operation: Operation
    request: RequestValidator
    response: ResponseContract


@dataclass(frozen=True, slots=True)
class Checked:
    """What the check found: the operation (``UNKNOWN`` when none matched; None for an object-store request)."""

    operation: str | None
    problems: list[Problem]


class ContractChecker:
    """Checks exchanges of one API against its spec."""

    def __init__(self, service: Service[Any] | str) -> None:
        self.service = service = get(service) if isinstance(service, str) else service
        self.spec: ApiSpec = service.load_spec()
        self.base_path = self.spec.base_path
        self.objects_prefix = self.base_path + OBJECTS_SEGMENT
        spec = self.spec

        def compile_for(schema: Any) -> Any:
            return compile_schema(spec, schema)

        self._router: Router[_Route] = Router()
        for operation in spec.operations.values():
            route = _Route(operation, RequestValidator(spec, operation), ResponseContract(spec, operation, compile_for))
            self._router.add(operation.method, self.base_path + operation.path, route)

    def check(self, exchange: Exchange) -> Checked:
        request, response = exchange.request, exchange.response
        path = request.path
        if path.startswith(self.objects_prefix):
            return Checked(None, [])
        match = self._router.match(path)
        if match is None and self.service.trailing_slash and len(path) > 1 and path.endswith("/"):
            match = self._router.match(path[:-1])
        if match is None:
            where = f"{request.method} {path}"
            return Checked(UNKNOWN, [Problem("unknown-path", where, where, "no operation of the spec has this path")])
        route = match.targets.get(request.method)
        if route is None:
            where = f"{request.method} {path}"
            message = f"the path is declared for {allow_header(match.targets)} only"
            return Checked(UNKNOWN, [Problem("unknown-operation", where, where, message)])
        problems: list[Problem] = []
        try:
            route.request.validate(request, match.params)
        except MockHTTPError as error:
            problems.append(Problem("invalid-request", "request", "request", error.message))
        head = request.method == "HEAD"
        problems += route.response.check(response.status, response.headers, response.body, head=head)
        return Checked(route.operation.operation_id, problems)
