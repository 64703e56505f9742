"""HTTP errors raised by handlers and the core, and the error body each API answers them with (``x-errors``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from labspecs import ErrorShape

from .messages import MockResponse, json_response

K = TypeVar("K")
V = TypeVar("V")


class LabmockError(Exception):
    """The mock is misconfigured: a missing handler, an unknown service, a bad knob. Raised at start-up."""


class ResponseContractError(LabmockError):
    """With ``validate_responses`` on, a handler produced a response its operation does not declare (the mock broke
    its spec; not labsdk's ``ResponseValidationError``, which is about a server's answer)."""


class MockHTTPError(Exception):
    """Stop handling and answer ``status`` with the API's error body carrying ``message``.

    ``code`` fills the ``x-errors`` ``code-field`` when the spec declares one (Seven Bridges' platform ``code``);
    ``details`` are for services whose error body has more (Ion Torrent's field errors).
    """

    def __init__(
        self,
        status: int,
        message: str,
        headers: Iterable[tuple[str, str]] = (),
        *,
        code: int | str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.headers = list(headers)
        self.code = code
        self.details: Mapping[str, Any] = details or {}


ErrorBuilder = Callable[[MockHTTPError], MockResponse]
"""Turns an error into the API's own error response; a service may supply its own."""


def json_error_builder(shape: ErrorShape) -> ErrorBuilder:
    """The default: ``{<message-field>: message}``, the ``x-errors`` schema of most APIs (Biodock's ``Error``), with
    ``{<code-field>: code}`` too when the spec declares a code field and the error has a code."""
    message_field, code_field = shape.message_field, shape.code_field

    def build(error: MockHTTPError) -> MockResponse:
        body: dict[str, Any] = {message_field: error.message}
        if code_field is not None and error.code is not None:
            body[code_field] = error.code
        return json_response(body, error.status, error.headers)

    return build


def clip(text: str, limit: int = 300) -> str:
    """Shorten a message that quotes user input (a huge query value must not make a huge error body)."""
    return text if len(text) <= limit else text[:limit] + "…"


def lookup(table: Mapping[K, V], key: K, what: str) -> V:
    """``table[key]``, or a 404 ``"<what> '<key>' not found"``."""
    found = table.get(key)
    if found is None:
        raise MockHTTPError(404, f"{what} {clip(str(key), 80)!r} not found")
    return found
