"""What the three client-library patches share: which interception answers a URL (or why it may not go out), and the
:class:`MockRequest` of a request they caught."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urlsplit

from ..core.messages import Headers, MockRequest

if TYPE_CHECKING:
    from . import Interception


@dataclass(frozen=True, slots=True)
class Routing:
    find: Callable[[str, str, int | None], Interception | None]
    refusal: Callable[[str], str | None]

    def route(self, url: str) -> tuple[Interception | None, str | None, SplitResult]:
        """The interception answering ``url`` (or None), why it may not go to the network (or None), and its parts."""
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            port = None
        target = self.find(parts.scheme, parts.hostname or "", port)
        refused = self.refusal(f"{parts.scheme}://{parts.netloc}{parts.path}") if target is None else None
        return target, refused, parts  # the query is left out of a refusal: it may hold a secret


def mock_request(method: str, parts: SplitResult, headers: Iterable[tuple[str, str]], body: bytes) -> MockRequest:
    """The request as the mock sees it, with the ``Host`` header http.client would send."""
    pairs = list(headers)
    if "host" not in {name.lower() for name, _ in pairs}:
        pairs.append(("Host", parts.netloc))
    return MockRequest(method.upper(), parts.path or "/", parts.query, Headers(pairs), body, parts.scheme)
