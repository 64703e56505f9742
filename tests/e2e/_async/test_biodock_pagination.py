"""Workflow 4: list all analysis jobs, page by page (``limit`` / ``startingAfter``), as a raw walk would."""

from __future__ import annotations

import pytest

from labmock import MockConfig
from labsdk.biodock import AsyncBiodock

from ..._async.clients import collect, pages_of, serving
from ...harness import Waits
from ..biodock_support import raw_job_walk, server_job_ids

DEMO_IDS = [f"aj_{n:04d}" for n in range(45, 0, -1)]  # newest first


@pytest.mark.parametrize(
    ("page_size", "page_lengths"),
    [
        pytest.param(7, [7, 7, 7, 7, 7, 7, 4], id="7-last-page-short"),
        pytest.param(23, [23, 23, 0], id="23-last-page-full"),  # 46 jobs: a full last page, then an empty one
    ],
)
async def test_list_all_jobs_equals_the_raw_starting_after_walk(
    waits: Waits, page_size: int, page_lengths: list[int]
) -> None:
    async with serving(AsyncBiodock, "biodock", MockConfig(job_polls=1), retry=waits.policy()) as (bd, live, seen):
        new = await bd.submit_job("pl_0002", ["fs_0005"], name="listed")
        first = len(seen)
        jobs = await collect(bd.list_jobs(page_size=page_size))
        sdk_requests = seen[first:]
        raw_pages = raw_job_walk(live, page_size)

    raw_ids = [job_id for page in raw_pages for job_id in page]
    ids = [job.id for job in jobs]
    assert [len(page) for page in raw_pages] == page_lengths
    assert ids == raw_ids
    assert len(set(ids)) == len(ids) == 46
    assert ids == [new.id, *DEMO_IDS]
    assert ids == server_job_ids(live)
    # the SDK asked exactly what the raw walk asked: limit on every page, startingAfter = the last id seen
    expected_queries = [{"limit": [str(page_size)]}] + [
        {"limit": [str(page_size)], "startingAfter": [page[-1]]} for page in raw_pages[:-1]
    ]
    assert [s.query for s in sdk_requests] == expected_queries
    assert all(s.status == 200 and s.path == "/api/external/analysis-jobs" for s in sdk_requests)


async def test_max_items_stops_early_and_a_page_token_resumes_the_rest(waits: Waits) -> None:
    async with serving(AsyncBiodock, "biodock", MockConfig(job_polls=1), retry=waits.policy()) as (bd, _, seen):
        new = await bd.submit_job("pl_0001", ["fs_0006"])
        everything = [new.id, *DEMO_IDS]

        first = len(seen)
        ten = await collect(bd.list_jobs(page_size=7, max_items=10))
        assert [j.id for j in ten] == everything[:10]
        # two requests, the second asking only for the 3 still wanted; nothing after
        assert [s.query for s in seen[first:]] == [
            {"limit": ["7"]},
            {"limit": ["3"], "startingAfter": [everything[6]]},
        ]

        cut = await pages_of(bd.list_jobs(page_size=7, max_items=10))
        assert [([j.id for j in p.items], p.continuation_token) for p in cut] == [
            (everything[:7], everything[6]),
            (everything[7:10], everything[9]),
        ]
        after_cut = await collect(bd.list_jobs(page_size=7, continuation_token=cut[-1].continuation_token))
        assert [j.id for j in after_cut] == everything[10:]

        pages = await pages_of(bd.list_jobs(page_size=7))
        assert [len(p) for p in pages] == [7, 7, 7, 7, 7, 7, 4]
        assert [p.continuation_token for p in pages] == [everything[k * 7 + 6] for k in range(6)] + [None]
        assert [j.id for p in pages for j in p.items] == everything
        for index, page in enumerate(pages[:-1]):
            assert page.continuation_token is not None
            rest = await collect(bd.list_jobs(page_size=7, continuation_token=page.continuation_token))
            assert [j.id for j in rest] == everything[(index + 1) * 7 :]
            resumed_pages = await pages_of(bd.list_jobs(page_size=7, continuation_token=page.continuation_token))
            assert [p.items[0].id for p in resumed_pages] == [p.items[0].id for p in pages[index + 1 :]]

        assert await collect(bd.list_jobs(max_items=0)) == []
