"""Ground truth of the Biodock end-to-end tests: the raw ``startingAfter`` walk of the job list, and the mock's own
order of its jobs."""

from __future__ import annotations

from labmock import LiveServer

from ..harness import raw_client


def raw_job_walk(live: LiveServer, limit: int) -> list[list[str]]:
    """The job ids of every page, following ``startingAfter`` by hand until a page comes back short."""
    pages: list[list[str]] = []
    params: dict[str, str | int] = {"limit": limit}
    with raw_client(live) as client:
        while True:
            response = client.get("/analysis-jobs", params=params)
            assert response.status_code == 200, response.text
            body = response.json()
            ids = [item["id"] for item in body["results"]]
            assert body["count"] == len(ids)
            pages.append(ids)
            if len(ids) < limit:
                return pages
            params = {"limit": limit, "startingAfter": ids[-1]}


def server_job_ids(live: LiveServer) -> list[str]:
    """The analysis job ids in the mock's own state, newest first (the documented list order)."""
    return [record.id for record in reversed(live.server.state.job_list)]
