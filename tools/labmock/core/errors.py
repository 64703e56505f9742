"""HTTP errors raised by handlers and the core, and the error body each API answers them with (``x-errors``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from labspecs import ErrorShape

from .messages import MockResponse, json_response


class LabmockError(Exception):
    """The mock is misconfigured: a missing handler, an unknown service, a bad knob. Raised at start-up."""


class ResponseValidationError(LabmockError):
    """With ``validate_responses`` on, a handler produced a response its operation does not declare."""


class MockHTTPError(Exception):
    """Stop handling and answer ``status`` with the API's error body carrying ``message``.

    ``code`` and ``details`` are for services whose error body has more than a message (Seven Bridges'
    platform ``code``, ``more_info``); the default body ignores them.
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
    """The default: ``{<message-field>: message}``, the ``x-errors`` schema of most APIs (Biodock's ``Error``)."""
    message_field = shape.message_field

    def build(error: MockHTTPError) -> MockResponse:
        return json_response({message_field: error.message}, error.status, error.headers)

    return build


def clip(text: str, limit: int = 300) -> str:
    """Shorten a message that quotes user input (a huge query value must not make a huge error body)."""
    return text if len(text) <= limit else text[:limit] + "…"
