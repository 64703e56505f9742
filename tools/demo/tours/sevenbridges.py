"""The Seven Bridges tour, run against both deployments (the Seven Bridges Platform and CAVATICA): projects and
files across pages, metadata, a multipart upload, a task run and waited for, a failure and an abort, downloads;
the rest of the platform (a folder walk, bulk calls and a background copy job, volumes with an import and an export,
an app installed from CWL and revised, a batch task, the billing breakdowns and invoices, ``request()``); and
(extras) a listing that crosses a tight rate limit without an error."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import labmock
from labsdk import sevenbridges as sb

Say = Callable[[str], None]
MOCKS = ("sevenbridges", "cavatica")
MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"
RNA = "john_doe/rna-seq-study"
SALMON = "john_doe/rna-seq-study/salmon-quant-1-10"
SCRATCH = "john_doe/scratch"
INPUT_VOLUME = "john_doe/input_bucket"
RESULTS_VOLUME = "john_doe/results_bucket"
BILLING_GROUP = "12df3cf4-f720-5972-8b3d-85d8968d5547"
LINE_COUNT = {
    "class": "CommandLineTool",
    "cwlVersion": "v1.2",
    "label": "Line count",
    "baseCommand": ["wc", "-l"],
    "inputs": [{"id": "text", "type": "File"}],
    "outputs": [{"id": "count", "type": "stdout"}],
}


def _name(value: object) -> str:
    return str(getattr(value, "value", value))


def tour(base_url: str, api_key: str, say: Say) -> None:
    with sb.SevenBridges(api_key=api_key, base_url=base_url) as client, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        user = client.get_user()
        say(f"get_user(): {user.username} ({user.email}); {client.rate_limit().rate.remaining} requests left")

        projects = list(client.list_projects())
        say(f"list_projects(): {', '.join(p.id for p in projects)}")
        pages = list(client.list_files(MY_PROJECT).by_page())
        say(f"list_files({MY_PROJECT}): {sum(len(p) for p in pages)} files in pages of {[len(p) for p in pages]}")
        by_library = list(client.list_files(MY_PROJECT, metadata={"library": "L1"}, fields="name,metadata"))
        say(f"list_files(metadata={{'library': 'L1'}}): {len(by_library)} files, e.g. {by_library[0].name}")

        sample = out / "reads_1.fastq"
        sample.write_bytes(b"@read\nACGT\n+\nIIII\n" * (400_000))  # 7.2 MB: two parts
        uploaded = client.upload(sample, project="john_doe/project2", part_size=5 * 2**20)
        say(f"upload(): {uploaded.name} ({uploaded.size} bytes, multipart) -> {uploaded.id}")
        client.set_metadata(uploaded, {"sample_id": "S900", "platform": "Illumina"})
        client.set_tags(uploaded, ["demo"])
        say(f"set_metadata(), set_tags(): {client.get_metadata(uploaded)}")

        task = client.create_task(MY_PROJECT, FASTQC, name="Tour QC", inputs={"input_fastq": uploaded}, run=True)
        say(f"create_task(run=True): {task.id} is {_name(task.status)}")
        done = client.wait(task, interval=0.25, on_progress=lambda s, _f, _t: say(f"    … {s}"))
        output = done.outputs["output_file"]  # type: ignore[index]
        report = client.download(output["path"], out / "report")
        say(f"wait(): {_name(done.status)}; its output {output['name']}: {report.read_text().splitlines()[0]!r}")

        try:
            client.wait(client.create_task(MY_PROJECT, "john_doe/my-project/always-fails", run=True), interval=0.25)
        except sb.TaskFailedError as exc:
            say(f"wait() on a failing app raised TaskFailedError: {exc.server_message}")
        aborted = client.abort_task(client.create_task(MY_PROJECT, FASTQC, run=True))
        try:
            client.wait(aborted, interval=0.25)
        except sb.TaskAbortedError:
            say(f"abort_task(): {_name(aborted.status)}, then wait() raised TaskAbortedError")

        reference = next(iter(client.list_files("admin/sbg-public-data", names=["dbsnp_138.b37.vcf"])))
        path = client.download(reference, out)
        say(f"download(): {path.name} ({path.stat().st_size} bytes) from the public reference project, no token sent")
        platform(client, say)


def platform(client: sb.SevenBridges, say: Say) -> None:
    """The groups beyond projects, files and tasks."""
    walked = [path for path, _ in client.walk("john_doe/rfranklins-experiments")]
    say(f"walk(): {len(walked)} items at any depth, e.g. {walked[1]}")
    records = client.bulk_get_files(["567890abc9b0307bc0414164", "0123456789abcdef01234567"])
    say(f"bulk_get_files(): {[r.resource.name if r.resource else f'error {r.error.code}' for r in records]}")  # type: ignore[union-attr]
    job = client.wait_async_job(client.start_copy_job(["567890abc9b0307bc0414164"], project=SCRATCH), interval=0.25)
    say(f"start_copy_job(), wait_async_job(): {_name(job.state)}, {job.completed_files} of {job.total_files} copied")

    objects = [o.location for o in client.list_volume_objects(INPUT_VOLUME, prefix="fastq/")]
    say(f"list_volume_objects({INPUT_VOLUME}): {', '.join(objects)}")
    imported = client.wait_import(client.start_import(INPUT_VOLUME, objects[0], project=SCRATCH), interval=0.25)
    say(f"start_import(), wait_import(): {_name(imported.state)}: {imported.result.name} (an alias on the volume)")  # type: ignore[union-attr]
    export = client.start_export("567890abc1e5339df0414123", RESULTS_VOLUME, "tour/pe_1.fastq", copy_only=True)
    exported = client.wait_export(export, interval=0.25)
    say(f"start_export(copy_only=True), wait_export(): {_name(exported.state)} to {RESULTS_VOLUME}/tour/pe_1.fastq")

    app = client.install_app(f"{SCRATCH}/line-count", LINE_COUNT)
    revised = client.create_app_revision(f"{SCRATCH}/line-count", 1, {**LINE_COUNT, "label": "Line count 2"})
    say(f"install_app(), create_app_revision(): {app.id} then {revised.id}")

    reads = [f for f in client.list_files(RNA, fields="_all") if str(f.name).startswith("sample_")]
    batch = client.create_task(
        RNA, SALMON, name="Tour batch", inputs={"reads": reads}, batch_input="reads",
        batch_by={"type": "CRITERIA", "criteria": ["metadata.sample_id"]}, run=True,
    )  # fmt: skip
    done = client.wait(batch, interval=0.25)
    children = [c.name for c in client.list_batch_children(batch)]
    say(f"a batch task per sample: {_name(done.status)}, children {children}")

    costs = [(a.analysis_name, a.analysis_cost.amount) for a in client.list_analysis_breakdown(BILLING_GROUP)]  # type: ignore[union-attr]
    say(f"list_analysis_breakdown(): {len(costs)} analyses, e.g. {costs[0]}")
    invoices = [(i.id, i.total.amount) for i in client.list_invoices(billing_group=BILLING_GROUP)]  # type: ignore[union-attr]
    say(f"list_invoices(): {invoices[0]} and {len(invoices) - 1} more")
    roots = client.request("GET", "/").json()
    say(f"request('GET', '/'): the API's roots, e.g. storage_url {roots['storage_url']}")


def extras(say: Say) -> None:
    """A listing of 70 one-file pages through a mock limited to 25 requests per second (`--rate-limit 25/1`)."""
    server = labmock.create("sevenbridges", labmock.MockConfig(rate_limit=(25, 1.0)))
    statuses: list[int] = []
    handle = server.handle

    def recording(request: labmock.MockRequest) -> labmock.MockResponse:
        response = handle(request)
        statuses.append(response.status)
        return response

    server.handle = recording  # type: ignore[method-assign]
    with labmock.running(server) as live, sb.SevenBridges(api_key=server.key, base_url=live.base_url) as client:
        started = time.perf_counter()
        count = sum(1 for _ in client.list_files(MY_PROJECT, page_size=1, concurrency=4))
        elapsed = time.perf_counter() - started
    say(
        f"rate limit: {count} one-file pages through a 25-per-second limit in {elapsed:.1f} s; "
        f"the server answered {statuses.count(429)} 429s (the SDK paced itself)"
    )
