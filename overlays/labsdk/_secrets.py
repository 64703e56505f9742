"""Secrets that never print, and redaction of URLs, headers and free text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

__all__ = ["Secret", "redact_headers", "redact_url", "scrub"]

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


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of the given secret values replaced by ``***`` (for server-echoed bodies)."""
    for secret in secrets:
        if len(secret) >= 4:
            text = text.replace(str.__str__(secret), REDACTED)
    return text


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
