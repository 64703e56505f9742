"""The Biodock tour: every workflow of the vendor's "Analysis Jobs" page, through labsdk.biodock."""

from __future__ import annotations

import collections
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import labmock
from labsdk import JobFailedError, RetryPolicy, biodock

Say = Callable[[str], None]
FAILING_PIPELINE = "pl_0005"  # the demo dataset's "Broken pipeline (always fails)"


def _name(status: object) -> str:
    """A status as the API wrote it: an enum member's value, or the plain string of a value the spec lacks."""
    return str(getattr(status, "value", status))


def _progress(say: Say) -> Callable[[object, float | None, object], None]:
    def report(status: object, fraction: float | None, _job: object) -> None:
        shown = "" if fraction is None else f" {fraction:4.0%}"
        say(f"    … {_name(status)}{shown}")

    return report


def tour(base_url: str, api_key: str, say: Say) -> None:
    with biodock.Biodock(api_key=api_key, base_url=base_url) as client, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        who = client.check()
        say(f"check(): key valid for {who.email} ({who.user})")

        pipelines = list(client.list_pipelines())
        say(f"list_pipelines(): {len(pipelines)} published pipelines: " + ", ".join(str(p.name) for p in pipelines))

        sample = out / "well_A01.tif"
        sample.write_bytes(b"II*\x00" + bytes(range(256)) * 64)
        uploaded = client.upload_file(sample, destination_folder="demo/plate-7")
        folder = next(i for i in client.list_files() if i.name == "demo")
        say(f"upload_file(): {sample.name} ({sample.stat().st_size} bytes) -> {uploaded.id} in demo/plate-7")
        say(f"list_files(): the root now holds the new folder demo ({folder.id})")

        job = client.submit_job(pipelines[0].id, [uploaded.id, "fs_0001"], name="Nuclei count, plate 7")
        say(f"submit_job(): {job.id} is {_name(job.status)}")
        job = client.wait_for_job(job.id, timeout=60, on_progress=_progress(say))
        say(f"wait_for_job(): {job.id} {_name(job.status)}")

        files = client.download_results(job, out / "results")
        for attr, path in files.items():
            say(f"download_results(): {attr} -> {path.name} ({path.stat().st_size} bytes, streamed, no API key sent)")
        objects = client.read_objects_csv(job)
        say(f"read_objects_csv(): {len(objects)} objects, mean area {objects['area'].mean():.1f}")

        client.submit_masks(job.id)
        client.wait_for_masks(job.id, timeout=60, on_progress=_progress(say))
        masks = client.download_masks(job.id, out / "masks")
        with zipfile.ZipFile(masks) as archive:
            say(f"download_masks(): {masks.name} with {len(archive.namelist())} mask files, CRCs ok")

        pages = list(client.list_jobs(page_size=10).by_page())
        statuses = collections.Counter(_name(j.status) for p in pages for j in p.items)
        say(f"list_jobs(page_size=10): {sum(statuses.values())} jobs over {len(pages)} pages: {dict(statuses)}")

        doomed = client.submit_job(FAILING_PIPELINE, ["fs_0002"], name="This one fails")
        try:
            client.wait_for_job(doomed.id, timeout=60)
        except JobFailedError as exc:
            say(f"wait_for_job() on a failing pipeline raised JobFailedError: {exc.server_message}")


def extras(say: Say) -> None:
    """The same listing through a mock that fails 30% of requests (5xx, 429, dropped and truncated responses)."""
    faults = ("500", "503", "429", "drop", "truncate")
    config = labmock.MockConfig(fault_rate=0.3, faults=faults, retry_after=0, seed=7)
    with labmock.running("biodock", config) as live:
        retry = RetryPolicy(max_retries=8, backoff_factor=0.01)
        with biodock.Biodock(api_key=live.server.key, base_url=live.base_url, retry=retry) as client:
            jobs = list(client.list_jobs(page_size=5))
    say(f"resilience: listed {len(jobs)} jobs through 30% injected faults ({', '.join(faults)}), retried quietly")
