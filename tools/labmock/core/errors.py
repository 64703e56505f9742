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

    ``code`` fills the ``x-errors`` ``code-field`` when the spec declares one (Seven Bridges' platform ``code``,
    Sphinx Bio's error name; without one, the code ``x-errors codes`` declares for the status); ``content``, when
    given, is what the message-field holds instead of the message (a structured body, Sphinx Bio's
    ``{objectName, id}``); ``details`` are for services whose error body has more (Ion Torrent's field errors).
    """

    def __init__(
        self,
        status: int,
        message: str,
        headers: Iterable[tuple[str, str]] = (),
        *,
        code: int | str | None = None,
        details: Mapping[str, Any] | None = None,
        content: object = None,
    ) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.headers = list(headers)
        self.code = code
        self.details: Mapping[str, Any] = details or {}
        self.content = content


ErrorBuilder = Callable[[MockHTTPError], MockResponse]
"""Turns an error into the API's own error response; a service may supply its own."""


def json_error_builder(shape: ErrorShape) -> ErrorBuilder:
    """The default: ``{<message-field>: message}``, the ``x-errors`` schema of most APIs (Biodock's ``Error``), with
    ``{<code-field>: code}`` first when the spec declares a code field and the error has a code (its own, else the
    one ``x-errors codes`` declares for its status); an error's ``content`` replaces the message."""
    message_field, code_field = shape.message_field, shape.code_field

    def build(error: MockHTTPError) -> MockResponse:
        body: dict[str, Any] = {}
        code = error.code if error.code is not None else shape.code_for(error.status)
        if code_field is not None and code is not None:
            body[code_field] = code
        body[message_field] = error.content if error.content is not None else error.message
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
