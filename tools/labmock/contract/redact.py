"""Redaction: what a cassette, a drift report or a log line may never contain.

Before an exchange touches the disk, :class:`Redactor` replaces with ``REDACTED``:

- the credential headers and query parameters of every security scheme of the spec (``X-API-KEY``,
  ``Authorization: Bearer / Basic / ApiKey user:key``, ``X-SBG-Auth-Token``, Ion Torrent's ``?username=&api_key=``),
  ``Cookie`` / ``Set-Cookie``, and any other header or query parameter whose name says it is a secret (``key``,
  ``token``, ``secret``, ``signature``, ``sig``, ``password``, ``credential``, ``auth``, ``session``, ...) unless the
  spec declares it as an ordinary parameter (a paging ``nextToken`` stays);
- the signature and credential parameters of every URL in a header or a body, absolute or relative (labmock's own
  signed URLs, S3's ``X-Amz-Signature`` / ``X-Amz-Credential``, ``Signature=``, ``sig=``, ``token=``, ...);
- the JSON fields named by ``fields`` (``$.user.token``, ``$.items[*].secret``, or a bare ``token`` at any depth);
- every credential value seen in a request, wherever else it appears (a body that echoes it), in its plain,
  URL-encoded and base64 forms.

The same redaction is applied to a replayed request before it is matched, so recorded and live requests compare
equal whatever key the replaying client holds.
"""

from __future__ import annotations

import base64
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import quote, quote_plus, unquote_plus, urlsplit, urlunsplit

from labspecs import ApiSpec

from ..core.errors import LabmockError
from ..core.messages import Headers, MockRequest, MockResponse, encode_json
from .cassette import Exchange, is_json_type, load_json

REDACTED = "REDACTED"

_SENSITIVE_PARTS = ("key", "token", "secret", "signature", "password", "passwd", "credential", "auth", "session")
_SENSITIVE_EXACT = frozenset({"sig", "sas", "policy", "cookie", "set-cookie", "x-amz-security-token"})
_NOT_SECRET = frozenset({"www-authenticate"})
_PREFIXES = ("bearer ", "basic ", "apikey ", "token ")
_MIN_SECRET = 6
# A URL with a query inside any text: absolute, or a path starting with "/".
_URL = re.compile(r"""(?:[A-Za-z][A-Za-z0-9+.\-]*://|/)[^\s"'<>\\?]*\?[^\s"'<>\\#]*""")
_PAIR = re.compile(r"(^|&)([^&=]*)=([^&]*)")
_FIELD_PART = re.compile(r"\[(\*|\d+)\]|\.?([^.\[\]]+)")


def is_secret_name(name: str) -> bool:
    """Whether a header or query parameter called ``name`` carries a credential or a signature."""
    lowered = name.lower()
    if lowered in _NOT_SECRET:
        return False
    return lowered in _SENSITIVE_EXACT or any(part in lowered for part in _SENSITIVE_PARTS)


def _scheme_names(spec: ApiSpec) -> tuple[set[str], set[str]]:
    """The (header, query parameter) names, lower case, of every security scheme of the spec."""
    headers: set[str] = set()
    params: set[str] = set()
    for scheme in (spec.document.get("components", {}).get("securitySchemes") or {}).values():
        kind, where = scheme.get("type"), scheme.get("in")
        if kind == "http":
            headers.add("authorization")
        elif kind == "apiKey" and where == "header":
            headers.add(str(scheme.get("name", "")).lower())
        elif kind == "apiKey" and where == "query":
            params.add(str(scheme.get("name", "")).lower())
    return headers, params


def _declared_parameters(spec: ApiSpec) -> set[str]:
    """Every parameter name (lower case) the spec declares for its operations."""
    names: set[str] = set()
    for item in (spec.document.get("paths") or {}).values():
        groups = [item.get("parameters") or []]
        groups += [op.get("parameters") or [] for op in item.values() if isinstance(op, dict)]
        for group in groups:
            for raw in group:
                param = spec.resolve(raw)
                if isinstance(param, dict) and "name" in param:
                    names.add(str(param["name"]).lower())
    return names


FieldPattern = tuple[bool, tuple[str | int | None, ...]]


def _compile_field(path: str) -> FieldPattern:
    """``$.items[*].secret`` → (anchored, ("items", None, "secret")); None is any index or key. A path without
    ``$`` (``token``, ``user.token``) matches wherever it ends."""
    text = path.strip()
    anchored = text.startswith("$")
    text = text[1:] if anchored else text
    parts: list[str | int | None] = []
    position = 0
    while position < len(text):
        found = _FIELD_PART.match(text, position)
        if found is None or found.end() == position:
            break
        index, name = found.groups()
        if index is not None:
            parts.append(None if index == "*" else int(index))
        else:
            parts.append(None if name == "*" else name)
        position = found.end()
    if not parts or position < len(text):
        raise LabmockError(f"--redact-field {path!r} is not a JSON path like $.user.token or $.items[*].secret")
    return anchored, tuple(parts)


def _matches(pattern: FieldPattern, at: tuple[str | int, ...]) -> bool:
    anchored, parts = pattern
    if len(at) < len(parts) or (anchored and len(at) != len(parts)):
        return False
    tail = at[len(at) - len(parts) :]
    return all(p is None or p == a for p, a in zip(parts, tail, strict=True))


class Redactor:
    """Redacts exchanges for one API (see the module docstring); remembers every credential value it has seen."""

    def __init__(self, spec: ApiSpec, fields: Sequence[str] = ()) -> None:
        self._headers, self._params = _scheme_names(spec)
        self._declared = _declared_parameters(spec) - self._params
        self._fields = tuple(_compile_field(f) for f in fields)
        self._secrets: set[str] = set()
        self._forms: tuple[str, ...] = ()
        self._lock = threading.Lock()

    # -- names ------------------------------------------------------------------------------------------------

    def secret_header(self, name: str) -> bool:
        lowered = name.lower()
        return lowered in self._headers or (lowered not in self._declared and is_secret_name(lowered))

    def secret_param(self, name: str) -> bool:
        lowered = name.lower()
        return lowered in self._params or (lowered not in self._declared and is_secret_name(lowered))

    def sensitive_field(self, where: str) -> bool:
        """Whether the JSON path ``where`` (``$.items[3].secret``, as a drift report names it) is a configured field."""
        if not self._fields or not where.startswith("$"):
            return False
        try:
            _, at = _compile_field(where)
        except LabmockError:
            return False
        concrete = tuple(a for a in at if a is not None)
        return len(concrete) == len(at) and any(_matches(field, concrete) for field in self._fields)

    # -- learning the credentials of a request ----------------------------------------------------------------

    def learn(self, request: MockRequest) -> None:
        """Remember the credential values ``request`` carries, to scrub them wherever they reappear."""
        found: list[str] = []
        for name, value in request.headers.items():
            if self.secret_header(name) and name.lower() not in ("cookie", "set-cookie"):
                found += _credential_values(value)
            elif name.lower() == "cookie":
                found += [part.partition("=")[2] for part in value.split(";")]
        for name, values in request.query_params.items():
            if self.secret_param(name) and is_secret_name(name):
                found += values
        self._remember(found)

    def _remember(self, values: Iterable[str]) -> None:
        fresh = {v.strip() for v in values if len(v.strip()) >= _MIN_SECRET} - self._secrets
        if not fresh:
            return
        with self._lock:
            self._secrets |= fresh
            forms = {form for secret in self._secrets for form in _forms(secret)}
            self._forms = tuple(sorted(forms, key=len, reverse=True))

    # -- text -------------------------------------------------------------------------------------------------

    def text(self, text: str) -> str:
        """``text`` with URL signatures and every known credential value redacted."""
        text = _URL.sub(lambda m: self.url(m.group(0)), text)
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def url(self, url: str) -> str:
        """A URL (absolute or a path) with its user-info password and secret query values redacted."""
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, hostport = netloc.rpartition("@")
            netloc = f"{userinfo.split(':', 1)[0]}:{REDACTED}@{hostport}" if ":" in userinfo else netloc
        return urlunsplit((parts.scheme, netloc, parts.path, self.query(parts.query), parts.fragment))

    def query(self, query: str) -> str:
        """A raw query string with the values of its secret parameters redacted, everything else byte for byte."""

        def one(found: re.Match[str]) -> str:
            lead, name, value = found.groups()
            secret = self.secret_param(unquote_plus(name)) and value != REDACTED
            return f"{lead}{name}={REDACTED if secret else value}"

        return _PAIR.sub(one, query)

    def _bytes(self, data: bytes) -> bytes:
        for form in self._forms:
            data = data.replace(form.encode("utf-8"), REDACTED.encode())
        return data

    # -- messages ---------------------------------------------------------------------------------------------

    def headers(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        out = []
        for name, value in pairs:
            if self.secret_header(name):
                out.append((name, _redact_credential(value)))
            else:
                out.append((name, self.text(value)))
        return out

    def body(self, body: bytes, content_type: str | None) -> bytes:
        if not body:
            return body
        if is_json_type(content_type):
            try:
                value = load_json(body)
            except ValueError:
                pass
            else:
                return encode_json(self._json(value, ()))
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type == "application/x-www-form-urlencoded":
            return self.text(self.query(body.decode("utf-8", "replace"))).encode("utf-8")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._bytes(body)
        return self.text(text).encode("utf-8")

    def _json(self, value: Any, at: tuple[str | int, ...]) -> Any:
        if any(_matches(field, at) for field in self._fields):
            return REDACTED
        if isinstance(value, dict):
            return {self.text(k): self._json(v, (*at, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self._json(v, (*at, i)) for i, v in enumerate(value)]
        if isinstance(value, str):
            return self.text(value)
        return value

    def request(self, request: MockRequest) -> MockRequest:
        content_type = request.headers.get("content-type")
        return replace(
            request,
            path=self.text(request.path),
            query=self.query(request.query),
            headers=Headers(self.headers(request.headers.items())),
            body=self.body(request.body, content_type),
            _params=None,
        )

    def response(self, response: MockResponse) -> MockResponse:
        return MockResponse(
            response.status,
            self.headers(response.headers),
            self.body(response.body, response.header("content-type")),
        )

    def exchange(self, exchange: Exchange) -> Exchange:
        """A copy of ``exchange`` fit for the disk (the request's credentials learned first)."""
        self.learn(exchange.request)
        return replace(
            exchange,
            upstream=self.url(exchange.upstream),
            request=self.request(exchange.request),
            response=self.response(exchange.response),
        )


def _credential_values(value: str) -> list[str]:
    """The secret values inside a credential header: the whole value, without its scheme word, and its parts."""
    value = value.strip()
    found = [value]
    lowered = value.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix):
            value = value[len(prefix) :].strip()
            found.append(value)
            if prefix == "basic ":
                try:
                    value = base64.b64decode(value, validate=True).decode("utf-8")
                    found.append(value)
                except ValueError:
                    pass
            break
    _, sep, key = value.partition(":")
    if sep and key:
        found.append(key)
    return found


def _forms(secret: str) -> set[str]:
    raw = secret.encode("utf-8")
    encoded = {base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    return {secret, quote(secret, safe=""), quote_plus(secret)} | encoded | {e.rstrip("=") for e in encoded}


def _redact_credential(value: str) -> str:
    """``Bearer abc`` → ``Bearer REDACTED`` (the scheme word stays, it says which form was used)."""
    lowered = value.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix):
            return value[: len(prefix)] + REDACTED
    return REDACTED
