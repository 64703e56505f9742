"""``labmock replay``: serve a cassette's exchanges back, offline.

A request matches a recorded one when all four agree, after both went through the same redaction (so whatever key
the replaying client holds, it matches the recording's ``REDACTED``):

- the method;
- the path (percent-decoded);
- the query, as a multiset of ``name=value`` pairs (order does not matter);
- the body: JSON compared as values (key order and spacing do not matter), form bodies as pairs, multipart bodies
  with their boundary set aside, anything else byte for byte.

Identical requests are answered in recorded order, so a polling loop replays the job's states one by one; past the
last recording, the last answer repeats (a job stays finished). The responses' absolute URLs under the recorded
upstream are pointed at the replay server, so page links and same-host signed URLs come back to it. A request that
matches nothing gets a 404 in the API's own error shape naming the nearest recorded request.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import parse_qsl, unquote

from ..core.errors import LabmockError, clip
from ..core.messages import MockRequest, MockResponse
from ..services import get
from .app import ContractApp, rebase
from .cassette import Exchange, is_json_type, load_json, read_cassette
from .redact import Redactor

Key = tuple[str, str, tuple[tuple[str, str], ...], str]


def _body_key(request: MockRequest) -> str:
    body = request.body
    if not body:
        return ""
    content_type = request.headers.get("content-type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if is_json_type(media_type):
        try:
            return "json:" + json.dumps(load_json(body), sort_keys=True, separators=(",", ":"))
        except ValueError:
            pass
    if media_type == "application/x-www-form-urlencoded":
        return "form:" + repr(sorted(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)))
    if media_type.startswith("multipart/") and "boundary=" in content_type:
        boundary = content_type.split("boundary=", 1)[1].split(";", 1)[0].strip().strip('"')
        body = body.replace(boundary.encode("latin-1", "replace"), b"BOUNDARY")
    return "sha256:" + hashlib.sha256(body).hexdigest()


def request_key(request: MockRequest) -> Key:
    """What a request is matched on (see the module docstring); ``request`` is already redacted."""
    query = tuple(sorted(parse_qsl(request.query, keep_blank_values=True)))
    return (request.method.upper(), unquote(request.path), query, _body_key(request))


def _describe(key: Key) -> str:
    method, path, query, _ = key
    shown = "&".join(f"{k}={v}" for k, v in query)
    return clip(f"{method} {path}" + (f"?{shown}" if shown else ""), 240)


class ReplayServer(ContractApp):
    """Serves recorded exchanges (an ASGI app; :meth:`handle` answers one request in-process)."""

    def __init__(self, cassette: str | Path | Sequence[Exchange], *, api: str | None = None) -> None:
        exchanges = read_cassette(cassette) if isinstance(cassette, str | Path) else list(cassette)
        if not exchanges:
            raise LabmockError(f"the cassette {cassette} holds no exchange")
        apis = sorted({e.api for e in exchanges})
        if api is None and len(apis) > 1:
            raise LabmockError(f"the cassette mixes several APIs ({', '.join(apis)}); pass --api")
        service = get(api or apis[0])
        spec = service.load_spec()
        super().__init__(service, spec)
        self.name = service.name
        self.base_path = spec.base_path
        self.redactor = Redactor(spec)
        self.exchanges = exchanges
        self._recorded: dict[Key, list[Exchange]] = {}
        for exchange in exchanges:
            self._recorded.setdefault(request_key(self.redactor.request(exchange.request)), []).append(exchange)
        self._served: dict[Key, int] = {}
        self._lock = threading.Lock()

    async def respond(self, request: MockRequest) -> MockResponse:
        return self.handle(request)

    def handle(self, request: MockRequest) -> MockResponse:
        self.redactor.learn(request)
        key = request_key(self.redactor.request(request))
        recorded = self._recorded.get(key)
        if recorded is None:
            return self.error(404, self._unmatched(key))
        with self._lock:
            index = self._served.get(key, 0)
            self._served[key] = min(index + 1, len(recorded) - 1)
        exchange = recorded[index]
        return rebase(exchange.response, exchange.upstream, request.origin + self.base_path)

    def _unmatched(self, key: Key) -> str:
        nearest = max(self._recorded, key=lambda known: _likeness(key, known))
        if nearest[:3] == key[:3]:
            why = "its body differs"
        elif nearest[:2] == key[:2]:
            why = "its query differs"
        elif nearest[1] == key[1]:
            why = "its method differs"
        else:
            why = "the most similar path"
        return (
            f"labmock replay: no recorded exchange matches {_describe(key)}; "
            f"the nearest recorded request is {_describe(nearest)} ({why})"
        )


def _likeness(key: Key, known: Key) -> tuple[bool, bool, bool, float]:
    text = _describe(key)
    return (
        known[1] == key[1],
        known[0] == key[0],
        known[2] == key[2],
        difflib.SequenceMatcher(None, text, _describe(known)).ratio(),
    )
