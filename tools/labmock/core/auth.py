"""The credential check, read from the spec's security scheme (``spec.auth``)."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Callable, Sequence
from typing import Self, cast

from labspecs import ApiSpec, AuthScheme

from .errors import MockHTTPError
from .messages import MockRequest

Authenticator = Callable[[MockRequest], None]
"""Raises :class:`MockHTTPError` (401) unless the request carries the accepted credential."""


class SchemeAuthenticator:
    """Checks ``apiKey`` (header or query, with an optional ``x-prefix``), ``bearer`` and ``basic`` schemes; given
    several schemes, a request carrying the key by any one of them passes (Sphinx Bio: Bearer or Basic).

    For ``basic`` the accepted ``user:password`` is the key itself, or ``<key>:`` when the scheme's ``x-basic-key``
    is ``username``. :meth:`credential` and :meth:`describe` give the first scheme's form.
    """

    def __init__(
        self,
        scheme: AuthScheme | Sequence[AuthScheme],
        key: str,
        *,
        requirements: Sequence[Sequence[AuthScheme]] = (),
    ) -> None:
        self.schemes = (scheme,) if isinstance(scheme, AuthScheme) else tuple(scheme)
        if not self.schemes:
            raise ValueError("SchemeAuthenticator needs at least one scheme")
        # A requirement of several schemes at once (Ion Torrent's `?username=&api_key=`) carries the key in parts, in
        # the requirement's order, joined by ":" (the key `user:key`).
        self.joined = tuple(tuple(group) for group in requirements if len(group) > 1)
        # the schemes that authenticate on their own: all of them, unless the requirements say which
        singles = [group[0] for group in requirements if len(group) == 1]
        self.alone = tuple(singles) if requirements else self.schemes
        self.scheme = self.schemes[0]
        self.key = key
        self._expected = key.encode("utf-8")
        self._prefix = _prefix(self.scheme)
        challenges = [_CHALLENGES.get(s.kind) for s in self.schemes]
        self._challenge = ", ".join(dict.fromkeys(c for c in challenges if c)) or None

    @classmethod
    def for_spec(cls, spec: ApiSpec, key: str) -> Self:
        """The authenticator of ``spec``'s schemes and of the several-scheme requirements its operations declare."""
        requirements = dict.fromkeys(tuple(names) for op in spec.operations.values() for names in op.security)
        return cls(
            tuple(spec.auth_schemes.values()),
            key,
            requirements=[[spec.auth_schemes[name] for name in names] for names in requirements],
        )

    def __call__(self, request: MockRequest) -> None:
        carried = False
        for scheme in self.alone:
            presented = _presented(scheme, request)
            if presented is None:
                continue
            carried = True
            if hmac.compare_digest(presented.encode("utf-8", "replace"), self._expected_by(scheme)):
                return
        for group in self.joined:
            parts = [_presented(scheme, request) for scheme in group]
            if any(part is None for part in parts):
                continue
            carried = True
            if hmac.compare_digest(":".join(cast(list[str], parts)).encode("utf-8", "replace"), self._expected):
                return
        if not carried:
            raise self._reject(f"Missing API key: send it in {self._where()}")
        raise self._reject("Invalid API key")

    def presented(self, request: MockRequest) -> str | None:
        """The credential the request carries by the first scheme, without its prefix; ``None`` when it carries
        none."""
        return _presented(self.scheme, request)

    def _expected_by(self, scheme: AuthScheme) -> bytes:
        value = f"{self.key}:" if scheme.kind == "basic" and scheme.basic_key == "username" else self.key
        return value.encode("utf-8")

    def describe(self) -> str:
        """How a client sends the key, e.g. ``X-API-KEY: biodock-demo-key``."""
        name, value = self.credential()
        return f"?{name}={value}" if self.scheme.kind == "apiKey-query" else f"{name}: {value}"

    def _where(self) -> str:
        prefixes: dict[str, list[str]] = {}
        for scheme in self.schemes:
            prefixes.setdefault(_where(scheme), []).append(f"{scheme.prefix} ..." if scheme.prefix else "")
        return " or ".join(
            f"{where} ({' or '.join(p for p in found if p)})" if any(found) else where
            for where, found in prefixes.items()
        )

    def credential(self) -> tuple[str, str]:
        """The (header or query parameter, value) pair that authenticates."""
        value = self.key
        if self.scheme.kind == "basic":
            value = base64.b64encode(self._expected_by(self.scheme)).decode("ascii")
        return self.scheme.header, f"{self._prefix}{value}"

    def _reject(self, message: str) -> MockHTTPError:
        headers = [("www-authenticate", self._challenge)] if self._challenge else []
        return MockHTTPError(401, message, headers)


_CHALLENGES = {"bearer": "Bearer", "basic": 'Basic realm="labmock"'}


def _prefix(scheme: AuthScheme) -> str:
    return f"{scheme.prefix} " if scheme.prefix else ""


def _presented(scheme: AuthScheme, request: MockRequest) -> str | None:
    """The credential ``request`` carries by ``scheme``, without its prefix: ``None`` when it carries none, ``""``
    when the header is there with another prefix or an undecodable value."""
    if scheme.kind == "apiKey-query":
        values = request.query_params.get(scheme.header)
        raw = values[0] if values else None
    else:
        raw = request.headers.get(scheme.header)
    if raw is None:
        return None
    prefix = _prefix(scheme)
    if prefix:
        if raw[: len(prefix)].lower() != prefix.lower():
            return ""
        raw = raw[len(prefix) :].strip()
    if scheme.kind == "basic":
        try:
            return base64.b64decode(raw, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""
    return raw


def _where(scheme: AuthScheme) -> str:
    if scheme.kind == "apiKey-query":
        return f"the {scheme.header} query parameter"
    return f"the {scheme.header} header"
