# Derived from tests/e2e/_async/test_listing_faults.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Issue 13, defect 4 (the listing part): with the SDK's default retry settings, a listing through a mock failing
20 % of its requests never aborts, and its waits stay sane. Seed 7's dice put four faults in a row on one page of
a 2,000-item listing (what aborted listings under the old budget of three retries: checked below, so this test can
fail); ``make bench`` (``tools/bench/faults.py``) runs seeds 1-20 at 10,000 items on every API and both faces."""

from __future__ import annotations

import pytest

from labsdk import RetryPolicy

from .listing_faults import APIS, list_under_faults

SEED = 7
ITEMS = 2_000


@pytest.mark.parametrize("api", APIS)
def test_a_listing_at_20_percent_faults_never_aborts_with_the_defaults(api: str) -> None:
    outcome = list_under_faults(api, SEED, ITEMS)
    assert outcome.aborted is None
    assert outcome.items >= ITEMS
    assert outcome.waits  # the faults happened, each cost a retry
    assert max(outcome.waits) <= RetryPolicy().max_backoff  # no absurd wait ...
    assert outcome.waited < 60.0  # ... nor an absurd sum (the 429/503s ask for 1 s each)


def test_the_old_budget_of_three_retries_aborts_the_same_listing() -> None:
    outcome = list_under_faults("biodock", SEED, ITEMS, policy=RetryPolicy(max_retries=3))
    assert outcome.aborted is not None  # a typed error of the fourth fault in a row (here a truncated body)
    assert len(outcome.waits) == 3
