# Derived from tests/e2e/_async/listing_faults.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Issue 13, defect 4: long listings through a mock that fails 20 % of requests, with the SDK's default retry
settings (only the sleeping is recorded instead of done). Shared by the test (``test_listing_faults.py``) and the
full 20-seed run of ``make bench`` (``tools/bench/faults.py``). ``_sync/listing_faults.py`` is derived from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import labmock
from labmock import MockConfig, MockServer
from labsdk import BaseClient, ItemPaged, LabSDKError, RetryPolicy
from labsdk.biodock import Biodock
from labsdk.iontorrent import IonTorrent
from labsdk.sevenbridges import SevenBridges
from labsdk.sphinx import Sphinx

from ...harness import Waits

APIS = ("biodock", "sphinx", "sevenbridges", "iontorrent")
FAULTS = ("500", "503", "429", "drop", "truncate")
SB_PROJECT = "john_doe/project2"

# The list each API's run walks: the mock's kind for it (Seven Bridges: files of one project).
KINDS = {"biodock": "filesystem-item", "sphinx": "dataset", "iontorrent": "results", "sevenbridges": "file"}


@dataclass
class Outcome:
    """One listing: how many items came, the error that aborted it (None: none), the waits it asked for (one per
    retry: each injected fault costs one)."""

    api: str
    seed: int
    items: int = 0
    aborted: str | None = None
    waits: list[float] = field(default_factory=list)

    @property
    def waited(self) -> float:
        return sum(self.waits)


def grow(server: MockServer, api: str, count: int) -> None:
    """``count`` more items in the list ``api``'s run walks, cloned from the first one of its kind."""
    if api == "sevenbridges":
        server.state.add_files(SB_PROJECT, count)
        return
    server.load_clones(KINDS[api], count)


def faulty(seed: int, rate: float = 0.2) -> MockConfig:
    return MockConfig(fault_rate=rate, faults=FAULTS, seed=seed, rate_limit=(1_000_000, 300.0))


def _client(api: str, server: MockServer, policy: RetryPolicy) -> BaseClient:
    transport = server.transport()
    base = server.local_base_url
    classes: dict[str, type[BaseClient]] = {
        "biodock": Biodock,
        "sphinx": Sphinx,
        "sevenbridges": SevenBridges,
        "iontorrent": IonTorrent,
    }
    return classes[api](api_key=server.key, base_url=base, transport=transport, retry=policy)


def _listing(api: str, client: Any) -> ItemPaged[Any]:
    if api == "biodock":
        return client.list_files(page_size=100)  # type: ignore[no-any-return]
    if api == "sphinx":
        return client.list_datasets(page_size=100)  # type: ignore[no-any-return]
    if api == "sevenbridges":
        return client.list_files(SB_PROJECT, page_size=100)  # type: ignore[no-any-return]
    return client.list_results(page_size=100)  # type: ignore[no-any-return]


def list_under_faults(
    api: str, seed: int, items: int = 10_000, *, rate: float = 0.2, policy: RetryPolicy | None = None
) -> Outcome:
    """List ``items`` (and the demo ones) of ``api`` through a mock failing ``rate`` of the requests (seeded dice),
    with ``policy`` (default: the SDK's defaults) recording its waits instead of sleeping."""
    server = labmock.create(api, faulty(seed, rate))
    grow(server, api, items)
    waits = Waits()
    chosen = waits.recording(policy)
    outcome = Outcome(api, seed, waits=waits.waits)
    with _client(api, server, chosen) as client:
        try:
            ids = [item.id for item in _listing(api, client)]
        except LabSDKError as exc:
            outcome.aborted = f"{type(exc).__name__}: {exc}"
            ids = []
    assert len(ids) == len(set(ids)), "an item came twice"
    outcome.items = len(ids)
    return outcome
