"""The Sphinx Bio tour: the three workflows of the vendor's "Getting Started with the API" page, through
labsdk.sphinx: paginated lists (nextToken), a plot through its signed URL, a datatable export task; then the
official client's dataset flow: a local CSV uploaded through a presigned form, made into a dataset by a task."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import labmock
from labsdk import AsyncItemPaged, JobFailedError, RetryPolicy, sphinx

Say = Callable[[str], None]
FAILING_DATATABLE = "dt_12350"  # the demo dataset's datatable whose export always fails


def _progress(say: Say) -> Callable[[str, float | None, sphinx.Task], None]:
    def report(status: str, _fraction: float | None, task: sphinx.Task) -> None:
        say(f"    … task {task.id} {status}")

    return report


async def _count_all(base_url: str, api_key: str) -> dict[str, int]:
    """The four lists walked concurrently with the async client."""
    async with sphinx.AsyncSphinx(api_key=api_key, base_url=base_url) as client:
        lists: tuple[AsyncItemPaged[Any], ...] = (
            client.list_campaigns(),
            client.list_datasets(),
            client.list_plots(),
            client.list_datatables(),
        )

        async def count(paged: AsyncItemPaged[Any]) -> int:
            return len([item async for item in paged])

        totals = await asyncio.gather(*(count(paged) for paged in lists))
    return dict(zip(("campaigns", "datasets", "plots", "datatables"), totals, strict=True))


def tour(base_url: str, api_key: str, say: Say) -> None:
    with sphinx.Sphinx(api_key=api_key, base_url=base_url) as client, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        campaigns = list(client.list_campaigns())
        say(f"list_campaigns(): {len(campaigns)} campaigns, the first '{campaigns[0].name}'")
        pages = list(client.list_datasets(page_size=100).by_page())
        sizes = " + ".join(str(len(page)) for page in pages)
        say(f"list_datasets(page_size=100): {sizes} datasets, nextToken followed until the API sent none")
        say(f"AsyncSphinx, the four lists walked concurrently: {asyncio.run(_count_all(base_url, api_key))}")

        plot = client.get_plot("plot_12345")
        svg = client.download_plot(plot.id, out / "plot.svg")
        say(f"download_plot('{plot.id}'): '{plot.title}' -> {svg.name} ({svg.stat().st_size} bytes, no API key sent)")

        csv_path = client.download_datatable("dt_12345", out, timeout=60, on_progress=_progress(say))
        say(f"download_datatable('dt_12345'): export task polled, CSV -> {csv_path.name}")
        frame = client.read_datatable("dt_12345", timeout=60)
        top = frame.groupby("compound")["percent_inhibition"].max().idxmax()
        say(f"read_datatable('dt_12345'): DataFrame {frame.shape[0]} x {frame.shape[1]}, most active compound {top}")

        try:
            client.read_datatable(FAILING_DATATABLE, timeout=60)
        except JobFailedError as exc:
            say(f"read_datatable('{FAILING_DATATABLE}') raised JobFailedError ({exc.status}): {exc.server_message}")

        campaign = client.create_campaign("Tour campaign")
        local = out / "plate_reads.csv"
        local.write_text("well,signal\nA01,51234.5\nA02,48000.0\n")
        dataset = client.create_dataset_from_file(local, campaign.id, tags=["tour"], timeout=60)
        say(
            f"create_dataset_from_file('{local.name}', '{campaign.id}'): presigned upload (no API key), "
            f"CREATE_DATASET task -> {dataset.id} '{dataset.name}', {len(client.read_dataset(dataset.id))} rows"
        )


def extras(say: Say) -> None:
    """The listing and a datatable export through a mock that fails 30% of requests, retried quietly."""
    faults = ("500", "503", "429", "drop", "truncate")
    config = labmock.MockConfig(fault_rate=0.3, faults=faults, retry_after=0, seed=7, job_polls=2)
    with labmock.running("sphinx", config) as live:
        retry = RetryPolicy(max_retries=8, backoff_factor=0.01)
        with sphinx.Sphinx(api_key=live.server.key, base_url=live.base_url, retry=retry) as client:
            datasets = list(client.list_datasets(page_size=25))
            frame = client.read_datatable("dt_12345", timeout=60)
    say(f"resilience: {len(datasets)} datasets and a {len(frame)}-row datatable through 30% injected faults")
