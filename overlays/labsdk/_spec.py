"""Binding a labspecs.ApiSpec to its generated package, verified once.

Everything the engines need is resolved from the spec's declarations (never repeated per endpoint in Python),
and checked when a client is built: every operation has its generated module, every x-pagination parameter is a
keyword of ``sync_detailed`` (``snake_case`` of the declared name), every declared body / item field is an attrs
field of the generated model. A mismatch raises ``labspecs.SpecError`` naming the declaration.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import attrs

from labspecs import ApiSpec, LongRunning, Operation, Pagination, SignedUrlField, SpecError, load, snake_case

from ._validation import SpecValidators

__all__ = ["BoundOperation", "SpecBinding", "bind"]


@dataclass(frozen=True, slots=True)
class BoundOperation:
    """An operation with its generated functions and models."""

    operation: Operation
    module: ModuleType
    sync_detailed: Callable[..., Any]
    asyncio_detailed: Callable[..., Awaitable[Any]]
    success_model: type | None
    item_model: type | None

    @property
    def pagination(self) -> Pagination:
        if self.operation.pagination is None:
            raise SpecError(f"operation {self.operation.operation_id} has no x-pagination")
        return self.operation.pagination

    @property
    def long_running(self) -> LongRunning:
        if self.operation.long_running is None:
            raise SpecError(f"operation {self.operation.operation_id} has no x-long-running")
        return self.operation.long_running


def _ref_name(node: object) -> str | None:
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


class SpecBinding:
    """A spec bound to (and verified against) its generated package."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        package = spec.generated_package
        try:
            self.client_module = importlib.import_module(f"{package}.client")
            self.models = importlib.import_module(f"{package}.models")
            self.errors_module = importlib.import_module(f"{package}.errors")
        except ImportError as exc:
            raise SpecError(f"{spec.name}: generated package {package!r} is missing ({exc})") from None
        self.unexpected_status: type[Exception] = self.errors_module.UnexpectedStatus
        self.operations: dict[str, BoundOperation] = {op_id: self._bind(op) for op_id, op in spec.operations.items()}
        self.by_module: dict[str, BoundOperation] = {b.module.__name__: b for b in self.operations.values()}
        self.validators = SpecValidators(spec)
        for field in spec.signed_urls:
            self._require_attr(self.model(field.schema), field.property, f"{spec.name}: {field.schema} x-signed-url")

    # -- lookups -------------------------------------------------------------------------------------------------

    def op(self, operation_id: str) -> BoundOperation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise SpecError(f"{self.spec.name}: no operation {operation_id!r}") from None

    def model(self, schema_name: str) -> type:
        for candidate in (schema_name, "".join(part.capitalize() for part in snake_case(schema_name).split("_"))):
            cls = getattr(self.models, candidate, None)
            if isinstance(cls, type):
                return cls
        raise SpecError(f"{self.spec.name}: schema {schema_name!r} has no generated model")

    def _model_of(self, schema_name: str) -> type | None:
        """The generated model of a schema; None for a union (``oneOf`` / ``anyOf`` of objects, such as a tagged
        union), which the generator types as the union of its branches' models rather than as one class."""
        schema = self._schema(schema_name)
        if not schema.get("properties") and (schema.get("oneOf") or schema.get("anyOf")):
            return None
        return self.model(schema_name)

    def signed_urls(self, schema_name: str) -> tuple[SignedUrlField, ...]:
        return self.spec.signed_url_fields(schema_name)

    # -- binding and verification --------------------------------------------------------------------------------

    def _bind(self, op: Operation) -> BoundOperation:
        where = f"{self.spec.name}: {op.method.upper()} {op.path} ({op.operation_id})"
        name = f"{self.spec.generated_package}.api.{op.tag_module}.{op.module_name}"
        try:
            module = importlib.import_module(name)
        except ImportError:
            raise SpecError(f"{where}: generated module {name} not found; regenerate the client") from None
        sync_fn = getattr(module, "sync_detailed", None)
        async_fn = getattr(module, "asyncio_detailed", None)
        if not callable(sync_fn) or not callable(async_fn):
            raise SpecError(f"{where}: {name} has no sync_detailed / asyncio_detailed")
        schema, success = self._success(op)
        item = None
        if op.pagination is not None:
            item = self._verify_pagination(where, op.pagination, sync_fn, schema, success)
        if op.long_running is not None:
            self._verify_long_running(where, op.long_running, success)
        return BoundOperation(op, module, sync_fn, async_fn, success, item)

    def _success(self, op: Operation) -> tuple[Mapping[str, Any], type | None]:
        """The JSON schema of the first 2xx response and its generated model: the ``$ref``'d schema's, or for an
        inline object the generator's ``<OperationId>Response<code>``."""
        for code, response in (op.raw.get("responses") or {}).items():
            if not str(code).startswith("2"):
                continue
            content = (self.spec.resolve(response) or {}).get("content") or {}
            for media, body in content.items():
                if media == "application/json" or media.endswith("+json"):
                    declared = (body or {}).get("schema")
                    name = _ref_name(declared)
                    if name is not None:
                        return self._schema(name), self._model_of(name)
                    inline = self.spec.resolve(declared)
                    if isinstance(inline, Mapping) and inline.get("type") == "object" and "properties" in inline:
                        return inline, self.model(f"{op.operation_id}_response_{code}")
                    return {}, None
        return {}, None

    def _schema(self, name: str) -> Mapping[str, Any]:
        schema = self.spec.resolve(self.spec.document.get("components", {}).get("schemas", {}).get(name, {}))
        return schema if isinstance(schema, Mapping) else {}

    def _require_attr(self, cls: type | None, declared: str, where: str) -> None:
        attr = snake_case(declared)
        if cls is None:
            raise SpecError(f"{where} {declared!r}: the operation has no JSON 2xx schema to read it from")
        names = {a.name for a in attrs.fields(cls)} if attrs.has(cls) else set(vars(cls))
        if attr not in names:
            raise SpecError(f"{where} {declared!r}: {cls.__name__} has no attribute {attr!r}")

    def _require_path(self, schema: Mapping[str, Any], cls: type | None, dotted: str, where: str) -> None:
        first, *rest = dotted.split(".")
        self._require_attr(cls, first, where)
        node: Any = schema
        for part in [first, *rest]:
            node = self.spec.resolve(node)
            props = node.get("properties", {}) if isinstance(node, Mapping) else {}
            if part not in props:
                raise SpecError(f"{where} {dotted!r}: no property {part!r} in the response schema")
            node = props[part]

    def _verify_pagination(
        self, where: str, page: Pagination, fn: Callable[..., Any], schema: Mapping[str, Any], body: type | None
    ) -> type | None:
        where = f"{where} x-pagination"
        parameters = inspect.signature(fn).parameters
        for key, declared in (
            ("limit-param", page.limit_param),
            ("cursor-param", page.cursor_param),
            ("token-param", page.token_param),
            ("offset-param", page.offset_param),
        ):
            if declared is not None and snake_case(declared) not in parameters:
                raise SpecError(f"{where} {key} {declared!r}: sync_detailed has no keyword {snake_case(declared)!r}")
        self._require_attr(body, page.items, f"{where} items")
        for key, declared in (("token-field", page.token_field), ("links-field", page.links_field)):
            if declared is not None:
                self._require_attr(body, declared, f"{where} {key}")
        for key, declared in (("next-field", page.next_field), ("total-field", page.total_field)):
            if declared is not None:
                self._require_path(schema, body, declared, f"{where} {key}")
        items_schema = schema.get("properties", {}).get(page.items, {})
        item_name = _ref_name(
            self.spec.resolve(items_schema).get("items") if isinstance(items_schema, Mapping) else None
        )
        item = self._model_of(item_name) if item_name else None
        if page.cursor_field is not None:
            self._require_attr(item, page.cursor_field, f"{where} cursor-field")
        return item

    def _verify_long_running(self, where: str, lro: LongRunning, model: type | None) -> None:
        where = f"{where} x-long-running"
        for key, declared in (
            ("status-field", lro.status_field),
            ("progress-field", lro.progress_field),
            ("message-field", lro.message_field),
        ):
            if declared is not None:
                self._require_attr(model, declared, f"{where} {key}")


@functools.cache
def bind(api: str) -> SpecBinding:
    """The verified binding of ``specs/<api>.yaml`` (once per process)."""
    return SpecBinding(load(api))
