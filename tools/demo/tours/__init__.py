"""One tour per API: the vendor's documented workflows, driven through labsdk against a labmock server."""

from __future__ import annotations

from collections.abc import Callable

from . import biodock

# name -> (the mock to start, the tour to run against its base URL)
TOURS: dict[str, Callable[[str, str, Callable[[str], None]], None]] = {
    "biodock": biodock.tour,
}
