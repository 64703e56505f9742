"""The control plane over HTTP: ``/_labmock/`` on each mock's origin, outside the API's base path.

======  ==========================  ===========================================================================
GET     /_labmock/                  the dashboard (HTML)
GET     /_labmock/summary           resources and counts, jobs, journal size, faults (JSON)
POST    /_labmock/reset             back to the start state (and no faults, an empty journal)
GET     /_labmock/state             a snapshot of the whole state (JSON)
PUT     /_labmock/state             restore a snapshot
GET     /_labmock/data              the data-file format: each kind, its id field, parent and internal fields
POST    /_labmock/data              load a data file (YAML or JSON, the fixture format) over the current state
GET     /_labmock/requests          the request journal, newest first (?method=&path=&operation=&status=&since=&limit=)
DELETE  /_labmock/requests          empty it
GET     /_labmock/faults            the targeted faults waiting
POST    /_labmock/faults            add one ({"kind": "503", "operation": "getTask", "times": 2}) or a list of them
DELETE  /_labmock/faults[/{id}]     remove them all, or one
GET     /_labmock/jobs              the jobs and tasks of the state
POST    /_labmock/jobs/{id}/finish  end one now, in success (?job= or {"job": ...} when the object holds several)
POST    /_labmock/jobs/{id}/fail    end one now, failed ({"message": "..."})
======  ==========================  ===========================================================================

``/_labmock/objects/`` is never a control path: it is the object store's when the API's base path is the host root.
Answers are JSON (``{"error": message}`` with 400, 403, 404, 405, 409 on a problem); a bad request changes nothing.
Without a ``control_token`` only loopback (and in-process) clients are answered; with one, every request must carry
it in ``X-Labmock-Token`` (the dashboard page itself, which holds no data, is served to anyone who may reach it).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .compiled import CONTROL_PREFIX
from .errors import LabmockError, clip
from .messages import MockRequest, MockResponse, json_response
from .world import ControlError

if TYPE_CHECKING:
    from .server import MockServer

TOKEN_HEADER = "x-labmock-token"  # noqa: S105 - the name of the header, not a token

Endpoint = Callable[["MockServer", MockRequest, list[str]], MockResponse]


def handle_control(server: MockServer, request: MockRequest) -> MockResponse:
    """Answer one control-plane request (the caller holds the server's lock)."""
    parts = [p for p in request.path[len(CONTROL_PREFIX) :].split("/") if p]
    page = not parts and request.method == "GET"
    refused = _refusal(server, request, page)
    if refused is not None:
        return refused
    route = _ROUTES.get(parts[0] if parts else "")
    if route is None:
        return _error(404, f"no control endpoint {clip(request.path, 120)!r}; see GET {CONTROL_PREFIX}/")
    methods = route(parts[1:])
    endpoint = methods.get(request.method)
    if endpoint is None:
        allow = ", ".join(sorted(methods)) if methods else "none"
        response = _error(405 if methods else 404, f"{request.method} {clip(request.path, 120)}: allowed {allow}")
        if methods:
            response.headers.append(("allow", allow))
        return response
    try:
        return endpoint(server, request, parts[1:])
    except ControlError as exc:
        return _error(exc.status, str(exc))
    except LabmockError as exc:
        return _error(400, str(exc))


def _refusal(server: MockServer, request: MockRequest, page: bool) -> MockResponse | None:
    token = server.config.control_token
    if token is not None:
        if page:
            return None
        given = request.headers.get(TOKEN_HEADER) or ""
        if hmac.compare_digest(given.encode("utf-8", "replace"), token.encode()):
            return None
        return _error(403, f"the control plane needs the control token in the {TOKEN_HEADER} header")
    if request.client is None or _loopback(request.client):
        return None
    return _error(403, "the control plane answers loopback clients only: start labmock with --control-token")


def _loopback(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool((mapped or ip).is_loopback)


def _error(status: int, message: str) -> MockResponse:
    return json_response({"error": message}, status, [("cache-control", "no-store")])


def _ok(data: Any, status: int = 200) -> MockResponse:
    return json_response(data, status, [("cache-control", "no-store")])


# -- request parsing --------------------------------------------------------------------------------------------------


def _query(request: MockRequest, allowed: tuple[str, ...]) -> dict[str, str]:
    params = request.query_params
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise LabmockError(f"unknown parameters {unknown}" + (f"; allowed: {', '.join(allowed)}" if allowed else ""))
    for name, values in params.items():
        if len(values) > 1:
            raise LabmockError(f"{name} is given more than once")
    return {name: values[0] for name, values in params.items()}


def _json_body(request: MockRequest, *, optional: bool = False) -> Any:
    if not request.body.strip():
        if optional:
            return None
        raise LabmockError("the request needs a JSON body")
    try:
        return json.loads(request.body)
    except ValueError as exc:
        raise LabmockError(f"the body is not JSON: {clip(str(exc), 120)}") from None


# -- endpoints --------------------------------------------------------------------------------------------------------


def _dashboard(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    from .dashboard import page

    _query(request, ())
    headers = [("content-type", "text/html; charset=utf-8"), ("cache-control", "no-store")]
    return MockResponse(200, headers, page(server.name).encode())


def _summary(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    return _ok(server.summary())


def _reset(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    server.reset()
    return _ok(server.summary())


def _get_state(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    return _ok(server.snapshot())


def _put_state(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    server.restore(_json_body(request))
    return _ok({"restored": True, "resources": server.store.counts()})


def _data_format(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    kinds: dict[str, Any] = {}
    for kind, decl in server.spec.resources.items():
        kinds[kind] = {
            "title": decl.title,
            "id": decl.id.field,
            "schema": decl.schema,
            "parent": {"kind": decl.parent.resource, "field": decl.parent.field} if decl.parent else None,
            "internal": list(decl.internal),
            "defaults": dict(decl.defaults),
            "count": len(server.store[kind]),
        }
    return _ok({"service": server.name, "kinds": kinds})


def _post_data(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    if not request.body.strip():
        raise LabmockError("the request needs a body: a YAML or JSON data file")
    content_type = (request.headers.get("content-type") or "").lower()
    data: Any = _json_body(request) if "json" in content_type else request.body
    loaded = server.load_data(data, source="data")
    return _ok({"loaded": loaded, "resources": server.store.counts()})


def _get_requests(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    filters: dict[str, str | int | None] = dict(
        _query(request, ("method", "path", "operation", "status", "since", "limit"))
    )
    entries = server.requests(**filters)
    return _ok({"requests": [e.to_json() for e in entries], "last_id": server.journal.last_id})


def _clear_requests(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    return _ok({"cleared": server.journal.clear()})


def _get_faults(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    return _ok({"faults": [rule.to_json() for rule in server.faults.rules]})


def _post_faults(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    body = _json_body(request)
    if isinstance(body, Mapping) and set(body) == {"faults"}:
        body = body["faults"]
    given = body if isinstance(body, list) else [body]
    if not given:
        raise LabmockError("no fault given")
    added = server.add_faults(given)
    return _ok({"faults": [rule.to_json() for rule in added]}, 201)


def _delete_faults(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    if not rest:
        return _ok({"cleared": server.clear_faults()})
    if not rest[0].isdigit():
        raise ControlError(404, f"no fault {clip(rest[0], 40)!r}")
    try:
        removed = server.faults.remove(int(rest[0]))
    except LabmockError as exc:
        raise ControlError(404, str(exc)) from None
    return _ok({"removed": removed.to_json()})


def _get_jobs(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    _query(request, ())
    return _ok({"jobs": [j.to_json() for j in server.jobs()]})


def _end_job(server: MockServer, request: MockRequest, rest: list[str]) -> MockResponse:
    job_id, action = rest
    query = _query(request, ("job",))
    body = _json_body(request, optional=True) or {}
    allowed = {"job", "message"} if action == "fail" else {"job"}
    if not isinstance(body, Mapping) or set(body) - allowed:
        raise LabmockError(f"the body is a JSON object with at most {', '.join(sorted(allowed))}")
    which = body.get("job", query.get("job"))
    message = body.get("message")
    if (which is not None and not isinstance(which, str)) or (message is not None and not isinstance(message, str)):
        raise LabmockError("job and message are strings")
    from urllib.parse import unquote

    job_id = unquote(job_id)
    info = server.fail_job(job_id, message, job=which) if action == "fail" else server.finish_job(job_id, job=which)
    return _ok(info.to_json())


def _routes_of(table: dict[str, Endpoint]) -> Callable[[list[str]], dict[str, Endpoint]]:
    return lambda rest: table if not rest else {}


def _faults_route(rest: list[str]) -> dict[str, Endpoint]:
    if not rest:
        return {"GET": _get_faults, "POST": _post_faults, "DELETE": _delete_faults}
    return {"DELETE": _delete_faults} if len(rest) == 1 else {}


def _jobs_route(rest: list[str]) -> dict[str, Endpoint]:
    if not rest:
        return {"GET": _get_jobs}
    return {"POST": _end_job} if len(rest) == 2 and rest[1] in ("finish", "fail") else {}


_ROUTES: dict[str, Callable[[list[str]], dict[str, Endpoint]]] = {
    "": _routes_of({"GET": _dashboard}),
    "summary": _routes_of({"GET": _summary}),
    "reset": _routes_of({"POST": _reset}),
    "state": _routes_of({"GET": _get_state, "PUT": _put_state}),
    "data": _routes_of({"GET": _data_format, "POST": _post_data}),
    "requests": _routes_of({"GET": _get_requests, "DELETE": _clear_requests}),
    "faults": _faults_route,
    "jobs": _jobs_route,
}
