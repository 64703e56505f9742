"""What a spec compiles to (routes, request and response validators), built once per process and shared by every
:class:`~.server.MockServer` of that spec (the validators of an operation on its first call).

The cache is keyed by the spec's name and the SHA-256 of its content (the spec file's bytes, or the canonical JSON of
a document built in memory), so two servers of one spec, or of two equal specs, share one compilation, and a changed
spec compiles anew. Handlers are not part of it: they belong to a service (two services may serve one spec).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import labspecs
from labspecs import ApiSpec, Operation

from .errors import LabmockError
from .routing import Router
from .validation import RequestValidator, ResponseValidator

CONTROL_PREFIX = "/_labmock"
T = TypeVar("T")


class CompiledOperation:
    """One operation's route target: its request and response validators, compiled on first use (a mock starts
    without compiling the schemas of operations nobody calls; each is compiled once per process)."""

    __slots__ = ("_request", "_responses", "operation", "spec")

    def __init__(self, spec: ApiSpec, operation: Operation) -> None:
        self.spec = spec
        self.operation = operation
        self._request: RequestValidator | None = None
        self._responses: ResponseValidator | None = None

    @property
    def validator(self) -> RequestValidator:
        return self._request or self._compile("_request", RequestValidator)

    @property
    def responses(self) -> ResponseValidator:
        return self._responses or self._compile("_responses", ResponseValidator)

    def _compile(self, slot: str, make: Callable[[ApiSpec, Operation], T]) -> T:
        with _LOCK:
            found: T | None = getattr(self, slot)
            if found is None:
                found = make(self.spec, self.operation)
                setattr(self, slot, found)
            return found


@dataclass(frozen=True, slots=True)
class CompiledSpec:
    """One spec's routes (under its base path) and validators."""

    spec: ApiSpec
    digest: str
    router: Router[CompiledOperation]


_LOCK = threading.RLock()
_COMPILED: dict[tuple[str, str], CompiledSpec] = {}
_DIGESTS: dict[int, tuple[ApiSpec, str]] = {}  # id(spec) -> (the spec, kept so its id stays its own; its digest)


def spec_digest(spec: ApiSpec) -> str:
    """The SHA-256 of the spec's content: its file's bytes when it was loaded from ``specs/``, else its document's
    canonical JSON (computed once per spec object)."""
    cached = _DIGESTS.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    source = labspecs.specs_dir() / f"{spec.name}.yaml"
    content: bytes
    if source.is_file() and _loaded_from(spec):
        content = source.read_bytes()
    else:
        content = json.dumps(spec.document, sort_keys=True, default=str, separators=(",", ":")).encode()
    digest = hashlib.sha256(content).hexdigest()
    _DIGESTS[id(spec)] = (spec, digest)
    return digest


def _loaded_from(spec: ApiSpec) -> bool:
    try:
        return labspecs.load(spec.name) is spec
    except labspecs.SpecError:
        return False


def compiled(spec: ApiSpec) -> CompiledSpec:
    """The routes and validators of ``spec``, compiled on first use."""
    key = (spec.name, spec_digest(spec))
    found = _COMPILED.get(key)
    if found is None:
        with _LOCK:
            found = _COMPILED.get(key)
            if found is None:
                found = _COMPILED[key] = _compile(spec, key[1])
    return found


def _compile(spec: ApiSpec, digest: str) -> CompiledSpec:
    router: Router[CompiledOperation] = Router()
    base = spec.base_path
    for operation in spec.operations.values():
        path = base + operation.path
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            raise LabmockError(
                f"{spec.name}: {operation.operation_id} ({path}) is under {CONTROL_PREFIX}/, the mock's control plane"
            )
        router.add(operation.method, path, CompiledOperation(spec, operation))
    return CompiledSpec(spec, digest, router)
