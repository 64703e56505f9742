"""The Sphinx Bio tour: the three workflows of the vendor's "Getting Started with the API" page, through
labsdk.sphinx: paginated lists (nextToken), a plot through its signed URL, a datatable export task; then the
official client's dataset flow (a local CSV uploaded through a presigned form, made into a dataset by a task) and
the catalog (entities by type, annotations in a date window, a file's redirected download)."""

from __future__ import annotations

import asyncio
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
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
        _catalog(client, out, say)


def _catalog(client: sphinx.Sphinx, out: Path, say: Say) -> None:
    """Files (one kept in external storage: its download redirects), entities by type, a window of annotations."""
    kinds = Counter(type(entity).__name__ for entity in client.list_entities(page_size=100))
    say(f"list_entities(): {sum(kinds.values())} entities, each the model of its type: {dict(kinds.most_common(3))}")
    rna = client.get_entity("rna_1a441e4")
    if isinstance(rna, sphinx.RnaSequenceEntity):
        say(f"get_entity('rna_1a441e4'): {type(rna).__name__} '{rna.name}', {len(rna.sequence)} nt")
    newest = next(iter(client.list_annotations(sort="created_desc", max_items=1)))
    week = list(client.list_annotations(created_after=newest.created_at - timedelta(days=7)))
    say(f"list_annotations(created_after=...): {len(week)} hits in the week before the newest")
    report = client.download_file("file_121gb31", out)
    say(f"download_file('file_121gb31'): kept in external storage, its 307 Redirect fetched -> {report.name}")


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
