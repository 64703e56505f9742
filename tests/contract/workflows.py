"""Each API's seed-page workflow through its labsdk client, deterministic so that a replay can reproduce it.

``run(api, base_url, tmp_path)`` drives the documented workflow of the vendor's page and returns a digest of what
the user got (ids, states, downloaded bytes' hashes): the same digest from the proxy and from the replay proves the
replay reproduced the workflow.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from labsdk import RetryPolicy
from labsdk.biodock import Biodock
from labsdk.iontorrent import IonTorrent
from labsdk.sevenbridges import SevenBridges, TaskFailedError
from labsdk.sphinx import Sphinx

KEYS = {
    "biodock": "biodock-demo-key",
    "sphinx": "sphinx-demo-key",
    "sevenbridges": "3210a98c1db9304ea9d9873156740f74",
    "cavatica": "3259c50e1ac5426ea8f1273259740f74",
    "iontorrent": "ionadmin:efb7a14021732d773a4258b69d9452042a31a6b6",
}
APIS = tuple(KEYS)
NO_WAIT = RetryPolicy(max_retries=2, backoff_jitter=0.0, sleep=lambda _: None)

Digest = dict[str, Any]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def biodock(base_url: str, tmp: Path) -> Digest:
    """Check the key, submit an analysis job, wait, download its CSVs; list jobs; generate and download masks."""
    with Biodock(api_key=KEYS["biodock"], base_url=base_url, retry=NO_WAIT) as client:
        user = client.check().user
        job = client.submit_job("pl_0001", ["fs_0001", "fs_0002"], name="Nuclei count")
        job = client.wait_for_job(job.id, timeout=60, interval=0.01)
        files = client.download_results(job, tmp / "results")
        listed = [j.id for j in client.list_jobs(page_size=20, max_items=45)]
        client.submit_masks(job.id)
        masks = client.wait_for_masks(job.id, timeout=60, interval=0.01)
        zipped = client.download_masks(job.id, tmp / "masks")
    return {
        "user": user,
        "job": (job.id, str(job.status)),
        "files": {name: _sha(path) for name, path in sorted(files.items())},
        "listed": listed,
        "masks": (str(masks.status), _sha(zipped)),
    }


def sphinx(base_url: str, tmp: Path) -> Digest:
    """Every dataset across pages, a plot through its signed URL, a datatable export task and its CSV."""
    with Sphinx(api_key=KEYS["sphinx"], base_url=base_url, retry=NO_WAIT) as client:
        datasets = [d.id for d in client.list_datasets(page_size=100)]
        campaigns = [c.id for c in client.list_campaigns()]
        plot = client.download_plot("plot_12345", tmp / "plot.svg")
        table = client.download_datatable("dt_12345", tmp / "table.csv", timeout=60)
    return {"datasets": datasets, "campaigns": campaigns, "plot": _sha(plot), "table": _sha(table)}


def _sevenbridges(api: str, base_url: str, tmp: Path) -> Digest:
    """Projects and files across pages, upload with metadata, run a task, wait, download its output."""
    project = "john_doe/my-project"
    source = tmp / "reads_1.fastq"
    source.write_bytes(bytes(range(256)) * 24_577)  # 6 MiB and a bit: two parts
    with SevenBridges(api_key=KEYS[api], base_url=base_url, retry=NO_WAIT) as client:
        projects = [p.id for p in client.list_projects()]
        files = [f.name for f in client.list_files(project, page_size=25)]
        uploaded = client.upload(source, project=project, part_size=5 * 2**20)
        client.set_metadata(uploaded, {"sample_id": "S900"})
        (found,) = client.list_files(project, metadata={"sample_id": "S900"})
        task = client.create_task(project, f"{project}/fastqc-0-11-9", inputs={"input_fastq": found}, run=True)
        finished = client.wait(task, interval=0.01)
        output = finished.outputs["output_file"]["path"]  # type: ignore[index]
        report = client.download(output, tmp / "out")
        try:
            client.wait(client.create_task(project, f"{project}/always-fails", run=True), interval=0.01)
            failed = "no"
        except TaskFailedError as exc:
            failed = exc.status
    return {
        "projects": projects,
        "files": files,
        "uploaded": uploaded.name,
        "task": str(finished.status),
        "report": _sha(report),
        "failed": failed,
    }


def sevenbridges(base_url: str, tmp: Path) -> Digest:
    return _sevenbridges("sevenbridges", base_url, tmp)


def cavatica(base_url: str, tmp: Path) -> Digest:
    return _sevenbridges("cavatica", base_url, tmp)


def iontorrent(base_url: str, tmp: Path) -> Digest:
    """Chips (paged, filtered), completed runs and a report's library metrics; plan a run."""
    with IonTorrent(api_key=KEYS["iontorrent"], base_url=base_url, retry=NO_WAIT) as client:
        chips = [c.name for c in client.list_chips()]
        filtered = [c.name for c in client.list_chips(name__startswith="31")]
        runs = [r.display_name for r in client.list_composite_experiments(max_items=3)]
        report = client.get_result(3)
        metrics = [m.total_num_reads for m in client.libmetrics_of(report)]
        planned = client.plan_run(
            "CONTRACT plan",
            sample="my_sample",
            chip_type="520",
            templating_kit_name="Ion 520/530 Kit-OT2",
            library="hg19",
        )
    return {
        "chips": chips,
        "filtered": filtered,
        "runs": runs,
        "metrics": metrics,
        "plan": (planned.id, planned.plan_name, str(planned.plan_status)),
    }


WORKFLOWS: dict[str, Callable[[str, Path], Digest]] = {
    "biodock": biodock,
    "sphinx": sphinx,
    "sevenbridges": sevenbridges,
    "cavatica": cavatica,
    "iontorrent": iontorrent,
}


def run(api: str, base_url: str, tmp: Path) -> Digest:
    tmp.mkdir(parents=True, exist_ok=True)
    return WORKFLOWS[api](base_url, tmp)
