"""The one exception hierarchy every labsdk client raises.

None of them carries a credential: URLs are redacted, server-echoed text is scrubbed of the client's key, and
no request (whose headers hold the key) is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import httpx

from ._retry import retry_after_seconds
from ._secrets import redact_url, scrub, summarize_text

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "DownloadError",
    "IncompleteDownloadError",
    "InternalServerError",
    "JobFailedError",
    "LabSDKError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amz-request-id", "x-amzn-requestid", "x-correlation-id")
FALLBACK_MESSAGE_FIELDS = ("message", "error_message", "error", "detail", "title")


class LabSDKError(Exception):
    """Base class of every error raised by labsdk."""


class APIError(LabSDKError):
    """An error about one HTTP exchange with an API (``method`` and redacted ``url`` when known)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        self.message = message
        self.method = method
        self.url = url
        where = f" [{method} {url}]" if method and url else ""
        super().__init__(f"{message}{where}")


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke (after the retries)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (after the retries)."""


class DeadlineExceededError(APITimeoutError):
    """The call did not finish within its total deadline (the client's ``deadline=``, or a poll's ``timeout``):
    the retries, waits and the transfer of the answer included. ``deadline`` is the budget in seconds."""

    def __init__(self, message: str, *, deadline: float | None, method: str | None = None, url: str | None = None):
        self.deadline = deadline
        super().__init__(message, method=method, url=url)


class APIStatusError(APIError):
    """The API answered with a non-2xx status. ``body`` is the parsed JSON, else the text (at most 64 KiB);
    ``code`` is the API's own error code (the spec's ``x-errors`` code-field, e.g. Seven Bridges' ``5002``), if any."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object,
        method: str | None,
        url: str | None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        code: int | str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.code = code
        self.request_id = request_id
        self.headers = httpx.Headers(headers or {})
        reason = httpx.codes.get_reason_phrase(status_code) or (
            "Server Error" if status_code >= 500 else "Client Error" if status_code >= 400 else "Unexpected Status"
        )
        rid = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{status_code} {reason}: {message}{rid}", method=method, url=url)
        self.message = message


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the credential is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429 (after the retries), or a rate-limit window the server says ends later than ``RetryPolicy.max_wait``
    (then raised before sending: ``retry_after`` is the server's figure, possibly ``inf``)."""

    requested_wait: float | None = None

    @property
    def retry_after(self) -> float | None:
        """The seconds the server asked to wait (``Retry-After``, ``X-RateLimit-Reset``), if it said."""
        if self.requested_wait is not None:
            return self.requested_wait
        return retry_after_seconds(self.headers, status_code=429)


class InternalServerError(APIStatusError):
    """Any 5xx, including non-IANA codes such as 520 or 599."""


class ResponseValidationError(APIError):
    """A 2xx answer whose body is not what the spec says (not JSON, an HTML page, a missing or mistyped field)."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        status_code: int | None = None,
        body: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        super().__init__(message, method=method, url=url)


class PaginationError(LabSDKError):
    """A list did not make progress: a continuation token repeated, or too many empty pages said "more"."""


class JobFailedError(LabSDKError):
    """A long-running job reached a failure state. ``job`` is the last object seen."""

    def __init__(self, job_id: str, status: str, message: str | None, job: object) -> None:
        self.job_id = job_id
        self.status = status
        self.server_message = message
        self.job = job
        detail = f": {message}" if message else ""
        super().__init__(f"job {job_id} ended {status}{detail}")


class PollTimeoutError(LabSDKError, TimeoutError):
    """A job was not finished within the timeout. ``last_status`` and ``job`` are the last seen."""

    def __init__(self, job_id: str, last_status: str | None, job: object, timeout: float) -> None:
        self.job_id = job_id
        self.last_status = last_status
        self.job = job
        self.timeout = timeout
        super().__init__(f"job {job_id} not finished after {timeout:g}s (last status {last_status or 'unknown'})")


class DownloadError(LabSDKError):
    """A signed-URL download failed. ``url`` is redacted (signatures removed)."""

    def __init__(self, message: str, *, url: str, status_code: int | None = None) -> None:
        self.url = redact_url(url)
        self.status_code = status_code
        super().__init__(f"{message} [GET {self.url}]")


class IncompleteDownloadError(DownloadError):
    """The transfer still came up short after the resumes allowed by the retry budget."""

    def __init__(self, *, url: str, expected: int | None, received: int) -> None:
        self.expected = expected
        self.received = received
        total = "an unknown number of" if expected is None else str(expected)
        super().__init__(f"download incomplete: {received} of {total} bytes", url=url)


_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def decode_body(content: bytes, encoding: str | None) -> object:
    """The parsed JSON of an error body, else its text."""
    try:
        return json.loads(content)
    except ValueError:
        return content.decode(encoding or "utf-8", errors="replace")


def _scrub_body(body: object, secrets: Iterable[str]) -> object:
    if isinstance(body, str):
        return scrub(body, secrets)
    if isinstance(body, dict):
        return {k: _scrub_body(v, secrets) for k, v in body.items()}
    if isinstance(body, list):
        return [_scrub_body(v, secrets) for v in body]
    return body


def error_message(body: object, message_field: str) -> str:
    """The human-readable message of an error body: the spec's ``x-errors`` message-field, else common ones."""
    if isinstance(body, dict):
        for name in (message_field, *FALLBACK_MESSAGE_FIELDS):
            value = body.get(name)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict):
                nested = error_message(value, message_field)
                if nested:
                    return nested
        return summarize_text(json.dumps(body))
    if isinstance(body, str):
        return summarize_text(body) or "(empty body)"
    return summarize_text(json.dumps(body))


def error_code(body: object, code_field: str | None) -> int | str | None:
    """The API's error code at the dotted ``code_field`` of an error body: a number or a string, else ``None``."""
    if not code_field:
        return None
    value = body
    for part in code_field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        return None
    return value[:100] if isinstance(value, str) else value


def make_status_error(
    response: httpx.Response,
    content: bytes,
    *,
    message_field: str,
    code_field: str | None = None,
    secrets: Iterable[str] = (),
    method: str | None = None,
    url: httpx.URL | str | None = None,
    error_classes: Mapping[int | str, type[APIStatusError]] | None = None,
    note: str | None = None,
) -> APIStatusError:
    """The :class:`APIStatusError` subclass for a non-2xx response whose (capped) body is ``content``: the class
    ``error_classes`` gives the API's error code (a client's typed errors named after the API's error names, such as
    Sphinx Bio's ``ObjectNotFoundError``), else the status's. A string code leads a message that is not the
    message-field's text (a structured body, ``ObjectNotFoundError: {"objectName": ...}``); ``note`` (why it was not
    retried) ends the message."""
    secrets = tuple(secrets)
    body = _scrub_body(decode_body(content, response.encoding), secrets)
    message = scrub(error_message(body, message_field), secrets)
    code = error_code(body, code_field)
    text = body.get(message_field) if isinstance(body, dict) else None
    if isinstance(code, str) and not (isinstance(text, str) and text) and code not in message:
        message = f"{code}: {message}"
    if note:
        message = f"{message} ({note})"
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    cls = (error_classes or {}).get(code) if code is not None else None
    cls = cls or status_error_class(response.status_code)
    return cls(
        message,
        status_code=response.status_code,
        body=body,
        method=method,
        url=redact_url(url) if url is not None else None,
        request_id=request_id,
        headers={name: scrub(value, secrets) for name, value in response.headers.items()},
        code=code,
    )
