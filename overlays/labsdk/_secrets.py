"""Secrets that never print, and redaction of URLs, headers and free text."""

from __future__ import annotations

import base64
import functools
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

import httpx

__all__ = ["RedactingFilter", "Secret", "install_log_filter", "redact_headers", "redact_text", "redact_url", "scrub"]

REDACTED = "***"

# Query parameter and header names whose values are credentials or signatures (substring match, lower case).
_SENSITIVE_PARTS = ("key", "token", "secret", "signature", "password", "passwd", "credential", "auth", "cookie")
_SENSITIVE_EXACT = frozenset({"sig", "sas", "session", "code"})


class Secret(str):
    """A ``str`` whose ``repr`` is ``'***'``.

    It is used as the credential value everywhere: the generated client's attrs ``repr`` (which would show its
    token and headers) and any container holding it print ``'***'``. ``str(secret)`` and f-strings still give the
    value, because the HTTP layer needs it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"'{REDACTED}'"


def is_sensitive_name(name: str) -> bool:
    """Whether a query parameter or header called ``name`` carries a credential or a signature."""
    lowered = name.lower()
    return lowered in _SENSITIVE_EXACT or any(part in lowered for part in _SENSITIVE_PARTS)


def redact_url(url: str | httpx.URL) -> str:
    """``url`` with the values of credential-like query parameters and any user-info password replaced by ``***``."""
    parts = urlsplit(str(url))
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{REDACTED}@{hostport}" if ":" in userinfo else f"{user}@{hostport}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if is_sensitive_name(k) else v) for k, v in pairs], safe="*/:")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_headers(headers: Mapping[str, str] | httpx.Headers, extra: Iterable[str] = ()) -> dict[str, str]:
    """A copy of ``headers`` fit for logs: credential headers (and the names in ``extra``) show ``***``."""
    also = {name.lower() for name in extra}
    return {
        name: REDACTED if (name.lower() in also or is_sensitive_name(name)) else value
        for name, value in headers.items()
    }


MIN_SECRET = 4  # shorter values are not scrubbed (they would match everywhere)
MIN_PART = 8  # the key part of ``user:key`` or ``Scheme value`` is scrubbed alone from this length on


def _b64_forms(value: str) -> set[str]:
    raw = value.encode()
    forms = {base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    return forms | {form.rstrip("=") for form in forms}


def secret_forms(secret: str) -> set[str]:
    """Every form in which ``secret`` may come back in a server's echo or a log line: as it is, the parts of
    ``Scheme value`` and ``user:key`` (the Ion Torrent key part), base64 (standard and URL-safe, with or without
    padding) and URL-encoded. Case is handled by the matching (:func:`scrub` ignores it)."""
    value = str.__str__(secret)
    plain = {value}
    _, _, rest = value.partition(" ")
    if rest and len(rest) >= MIN_PART:
        plain.add(rest.strip())
    for candidate in list(plain):
        user, colon, key = candidate.rpartition(":")
        if colon and user and len(key) >= MIN_PART:
            plain.add(key)
    forms = set(plain)
    for candidate in plain:
        encoded = _b64_forms(candidate)
        forms |= encoded | {quote(candidate, safe=""), quote_plus(candidate, safe="")}
        forms |= {quote(form, safe="") for form in encoded}
    return {form for form in forms if len(form) >= MIN_SECRET}


@functools.lru_cache(maxsize=256)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    forms: set[str] = set()
    for secret in secrets:
        if len(secret) >= MIN_SECRET:
            forms |= secret_forms(secret)
    if not forms:
        return None
    alternatives = sorted(forms, key=len, reverse=True)  # the longest form first: no half-scrubbed remains
    return re.compile("|".join(re.escape(form) for form in alternatives), re.IGNORECASE)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every form of the given secret values (:func:`secret_forms`, any case) replaced by ``***``."""
    pattern = _pattern(tuple(sorted({str.__str__(s) for s in secrets})))
    return text if pattern is None else pattern.sub(REDACTED, text)


# -- log lines ----------------------------------------------------------------------------------------------------

_QUERY_VALUE = re.compile(r"([?&;]|&amp;)([^=&\s'\"<>?#]+)=([^&\s'\"<>#]*)")
_AUTH_VALUE = re.compile(
    r"((?:authorization|x-api-key|x-sbg-auth-token|api[-_]?key|token)['\"]?\s*[:=,]\s*\(?b?['\"]?)"
    r"(?:(?:bearer|basic|apikey|token)\s+)?[^'\"\s,)]+",
    re.IGNORECASE,
)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Free text fit for a log: credential-like query values of any URL in it (signatures, tokens) and
    credential header values shown ``***``, and every form of ``secrets`` scrubbed."""

    def query(match: re.Match[str]) -> str:
        lead, name, _ = match.groups()
        return f"{lead}{name}={REDACTED}" if is_sensitive_name(name) else match.group(0)

    text = _QUERY_VALUE.sub(query, text)
    text = _AUTH_VALUE.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return scrub(text, secrets)


class _Registry:
    """The secrets of every client made in this process (for the log filter, which sees no client)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.values: tuple[str, ...] = ()

    def add(self, secrets: Iterable[str]) -> None:
        with self._lock:
            fresh = {str.__str__(s) for s in secrets if len(s) >= MIN_SECRET} - set(self.values)
            if fresh:
                self.values = tuple(sorted({*self.values, *fresh}))


registry = _Registry()


class RedactingFilter(logging.Filter):
    """Rewrites every record of the logger it is on: signed-URL signatures, credential headers and the secrets of
    every labsdk client made so far are replaced by ``***`` (the record is kept, its text redacted)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format: leave it to logging's own error handling
            return True
        redacted = redact_text(message, registry.values)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


# The loggers of the SDK's stack. A logger's filters see only the records made on it (not its children's), so
# each one that emits is named.
STACK_LOGGERS = (
    "labsdk",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_FILTER = RedactingFilter()


def install_log_filter() -> None:
    """Put the :class:`RedactingFilter` on every logger of the SDK's stack (once; idempotent)."""
    for name in STACK_LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)


_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def summarize_text(text: str, limit: int = 300) -> str:
    """A one-line summary of a text body: an HTML page's ``<title>`` (or its text), whitespace collapsed, cut."""
    title = _TITLE.search(text)
    if title:
        text = title.group(1)
    elif "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
