"""The credential check, read from the spec's security scheme (``spec.auth``)."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Callable

from labspecs import AuthScheme

from .errors import MockHTTPError
from .messages import MockRequest

Authenticator = Callable[[MockRequest], None]
"""Raises :class:`MockHTTPError` (401) unless the request carries the accepted credential."""


class SchemeAuthenticator:
    """Checks ``apiKey`` (header or query, with an optional ``x-prefix``), ``bearer`` and ``basic`` schemes.

    For ``basic`` the accepted key is ``user:password``.
    """

    def __init__(self, scheme: AuthScheme, key: str) -> None:
        self.scheme = scheme
        self.key = key
        self._expected = key.encode("utf-8")
        self._prefix = f"{scheme.prefix} " if scheme.prefix else ""
        self._challenge = {"bearer": "Bearer", "basic": 'Basic realm="labmock"'}.get(scheme.kind)

    def __call__(self, request: MockRequest) -> None:
        presented = self.presented(request)
        if presented is None:
            raise self._reject(f"Missing API key: send it in {self._where()}")
        if not hmac.compare_digest(presented.encode("utf-8", "replace"), self._expected):
            raise self._reject("Invalid API key")

    def presented(self, request: MockRequest) -> str | None:
        """The credential the request carries, without its prefix; ``None`` when it carries none."""
        scheme = self.scheme
        if scheme.kind == "apiKey-query":
            values = request.query_params.get(scheme.header)
            raw = values[0] if values else None
        else:
            raw = request.headers.get(scheme.header)
        if raw is None:
            return None
        if self._prefix:
            if raw[: len(self._prefix)].lower() != self._prefix.lower():
                return ""
            raw = raw[len(self._prefix) :].strip()
        if scheme.kind == "basic":
            try:
                return base64.b64decode(raw, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return ""
        return raw

    def describe(self) -> str:
        """How a client sends the key, e.g. ``X-API-KEY: biodock-demo-key``."""
        name, value = self.credential()
        return f"?{name}={value}" if self.scheme.kind == "apiKey-query" else f"{name}: {value}"

    def _where(self) -> str:
        kind = self.scheme.kind
        if kind == "apiKey-query":
            return f"the {self.scheme.header} query parameter"
        prefix = f" ({self.scheme.prefix} ...)" if self.scheme.prefix else ""
        return f"the {self.scheme.header} header{prefix}"

    def credential(self) -> tuple[str, str]:
        """The (header or query parameter, value) pair that authenticates."""
        value = self.key
        if self.scheme.kind == "basic":
            value = base64.b64encode(self.key.encode("utf-8")).decode("ascii")
        return self.scheme.header, f"{self._prefix}{value}"

    def _reject(self, message: str) -> MockHTTPError:
        headers = [("www-authenticate", self._challenge)] if self._challenge else []
        return MockHTTPError(401, message, headers)
