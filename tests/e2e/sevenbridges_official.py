"""What a user of the official ``sevenbridges-python`` client does, scenario by scenario, run in a fresh process (the
client reads ``~/.sevenbridges/credentials`` at import): ``python sevenbridges_official.py <profile> <out.json>
<workdir>``. The client is built from the profile alone (``sbg.Api(config=sbg.Config(profile=...))``: no URL, no
``debug=True``); the profile's ``api_endpoint`` is the mock's https URL, trusted through ``REQUESTS_CA_BUNDLE``.

Each scenario runs in order against the same server, asserts what the client shows, and returns facts (JSON) that
the test (``test_sevenbridges_official_client.py``) checks against the server's state; a failure is recorded with
its traceback, and the next scenario runs.
"""

from __future__ import annotations

import hashlib
import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sevenbridges as sbg  # type: ignore[import-untyped]

MY_PROJECT = "john_doe/my-project"
RNA = "john_doe/rna-seq-study"
SCRATCH = "john_doe/scratch"
FASTQC = "john_doe/my-project/fastqc-0-11-9"
FAILING = "john_doe/my-project/always-fails"
SALMON = "john_doe/rna-seq-study/salmon-quant-1-10"
INPUT_VOLUME = "john_doe/input_bucket"
RESULTS_VOLUME = "john_doe/results_bucket"
BILLING_GROUP = "12df3cf4-f720-5972-8b3d-85d8968d5547"
UNKNOWN_FILE = "0123456789abcdef01234567"

Facts = dict[str, Any]
Scenario = Callable[[Any, Path], Facts]
SCENARIOS: dict[str, Scenario] = {}


def scenario(fn: Scenario) -> Scenario:
    SCENARIOS[fn.__name__] = fn
    return fn


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _one(api: Any, project: str, name: str) -> Any:
    (found,) = list(api.files.query(project=project, names=[name]))
    return found


def _until_done(read: Callable[[], Any], done: Callable[[Any], bool], polls: int = 20) -> Any:
    """Read a job until it is done, as a script without a wait() would (the mock's jobs end after a few reads)."""
    for _ in range(polls):
        job = read()
        if done(job):
            return job
    raise AssertionError(f"not done after {polls} reads: {job}")


# -- what the client did before (projects, files, metadata, tasks, transfers) ------------------------------------


@scenario
def projects(api: Any, work: Path) -> Facts:
    first = api.projects.query(limit=2)
    assert len(first) == 2  # one page, as the client's iteration without .all() gives
    everything = [p.id for p in first.all()]
    page = api.projects.query(offset=2, limit=2)  # the docs' example: project1, project2 and a next link
    assert [p.id for p in page] == ["john_doe/project1", "john_doe/project2"]
    assert [link.rel for link in page.links] == ["next", "prev"]
    project = api.projects.get("john_doe/project2")
    assert project.created_on is not None  # the client parses the timestamps
    return {"total": first.total, "ids": everything, "name": project.name, "billing_group": str(project.billing_group)}


@scenario
def files_and_metadata(api: Any, work: Path) -> Facts:
    files = list(api.files.query(project=MY_PROJECT, limit=20).all())
    assert all(f.size and f.metadata["platform"] == "Illumina" for f in files)  # fields=_all: whole files
    by_metadata = api.files.query(project=MY_PROJECT, metadata={"sample_id": ["S007", "S008"]})
    by_name_and_tag = api.files.query(
        project=MY_PROJECT, names=["sample_001.fastq", "sample_002.fastq"], tags=["tumor"]
    )
    file = _one(api, MY_PROJECT, "sample_010.fastq")
    file.metadata["tissue"] = "liver"  # merged with PATCH /files/{id}/metadata
    file.save()
    again = api.files.get(file.id)
    merged = dict(again.metadata)
    again.metadata = {"sample_id": "S010-b"}  # replaced with PUT
    again.tags = ["reviewed"]
    again.save()
    final = api.files.get(file.id)
    return {
        "count": len(files),
        "first": [f.name for f in files[:2]],
        "by_metadata": sorted(f.name for f in by_metadata),
        "by_name_and_tag": [f.name for f in by_name_and_tag],
        "public": api.files.query(project="admin/sbg-public-data").total,
        "merged": merged,
        "replaced": dict(final.metadata),
        "tags": final.tags,
    }


@scenario
def task_run_and_wait(api: Any, work: Path) -> Facts:
    reads = _one(api, MY_PROJECT, "sample_003.fastq")
    task = api.tasks.create(name="QC of sample 3", project=MY_PROJECT, app=FASTQC, inputs={"input_fastq": reads})
    assert task.status == "DRAFT"
    assert task.inputs["input_fastq"].id == reads.id
    task.run()
    assert task.status == "QUEUED"
    task.wait(period=0)
    output = task.outputs["output_file"]
    produced = [f.id for f in api.files.query(project=MY_PROJECT, origin={"task": task.id})]
    details = task.get_execution_details()
    completed = [t.id for t in api.tasks.query(project=MY_PROJECT, status="COMPLETED").all()]
    return {
        "status": task.status,
        "task": task.id,
        "output": output.id,
        "produced": produced,
        "details": details.status,
        "completed": completed,
    }


@scenario
def task_fails_and_aborts(api: Any, work: Path) -> Facts:
    doomed = api.tasks.create(name="Doomed", project=MY_PROJECT, app=FAILING, run=True)
    doomed.wait(period=0)
    aborted = api.tasks.create(name="Aborted QC", project=MY_PROJECT, app=FASTQC, run=True)
    aborted.abort()
    aborting = aborted.status
    aborted.wait(period=0)
    try:
        aborted.abort()
        refused = None
    except sbg.errors.Forbidden as exc:
        refused = exc.code
    return {
        "failed": doomed.status,
        "message": doomed.execution_status.message,
        "aborting": aborting,
        "aborted": aborted.status,
        "refused": refused,
    }


@scenario
def download_and_upload(api: Any, work: Path) -> Facts:
    file = _one(api, MY_PROJECT, "sample_020.fastq")
    target = work / "sample_020.fastq"
    file.download(str(target))
    source = work / "reads.bin"
    source.write_bytes(bytes(range(256)) * (11 * 2**12) + b"tail")  # three parts of 5 MiB
    uploaded = api.files.upload(str(source), project="john_doe/project2", part_size=5 * 2**20).result()
    back = work / "back.bin"
    api.files.get(uploaded.id).download(str(back))
    return {
        "file": file.id,
        "size": file.size,
        "downloaded": _sha(target.read_bytes()),
        "uploaded": uploaded.id,
        "upload_name": uploaded.name,
        "sent": _sha(source.read_bytes()),
        "back": _sha(back.read_bytes()),
    }


@scenario
def errors_and_rate_limit(api: Any, work: Path) -> Facts:
    try:
        api.files.get(UNKNOWN_FILE)
        error = None
    except sbg.errors.NotFound as exc:
        error = [exc.status, exc.code]
    return {"error": error, "limit": int(api.limit), "remaining": api.remaining is not None}


# -- files: move, copy into a folder, bulk calls, background jobs ------------------------------------------------


@scenario
def files_move_copy_and_bulk(api: Any, work: Path) -> Facts:
    lab = api.projects.get("john_doe/rfranklins-experiments")
    notes = _one(api, lab.id, "notes.txt")
    images = _one(api, lab.id, "images")
    moved = notes.move_to_folder(images, name="moved_notes.txt")
    copied = moved.copy_to_folder(lab.root_folder)
    ids = [f.id for f in api.files.query(project=MY_PROJECT, limit=3)]
    records = api.files.bulk_get([*ids, UNKNOWN_FILE])
    first, second = (r.resource for r in records[:2])
    first.name = "renamed_001.fastq"
    first.tags = ["bulk"]
    updated = api.files.bulk_update([first])  # replaces: the metadata sent is the file's
    second.metadata["bulk"] = "edited"
    edited = api.files.bulk_edit([second])  # merges
    deleted = api.files.bulk_delete([ids[2], lab.root_folder])
    return {
        "moved": [moved.id, moved.name, moved.parent],
        "copied": [copied.id, copied.name, copied.parent],
        "valid": [r.valid for r in records],
        "error": records[3].error.code,
        "updated": [updated[0].resource.name, updated[0].resource.tags],
        "edited": dict(edited[0].resource.metadata),
        "deleted": [r.valid for r in deleted],
        "deleted_id": deleted[0].resource.id,
        "kept": ids[1],
    }


@scenario
def async_file_jobs(api: Any, work: Path) -> Facts:
    project1 = api.projects.get("john_doe/project1")
    scratch = api.projects.get(SCRATCH)
    folder = api.files.create_folder("copies", project=SCRATCH)
    indels = _one(api, project1.id, "example_human_known_indels.vcf")
    copy = api.async_jobs.file_bulk_copy(
        [{"file": indels.id, "parent": folder.id}, {"file": UNKNOWN_FILE, "parent": folder.id}]
    )
    assert copy.state == "SUBMITTED"
    copy = _until_done(lambda: api.async_jobs.get_file_copy_job(copy.id), lambda j: j.state == "FINISHED")
    results = copy.get_result()
    copied = results[0].resource
    move = api.async_jobs.file_bulk_move([{"file": copied.id, "parent": scratch.root_folder}])
    move = _until_done(lambda: api.async_jobs.get_file_move_job(move.id), lambda j: j.state == "FINISHED")
    delete = api.async_jobs.file_bulk_delete([{"file": folder.id}])
    delete = _until_done(lambda: api.async_jobs.get_file_delete_job(delete.id), lambda j: j.state == "FINISHED")
    listed = [j.id for j in api.async_jobs.list_file_jobs().all()]
    return {
        "copy": [copy.type, copy.total_files, copy.completed_files, copy.failed_files],
        "copied": [copied.id, copied.name],
        "copy_error": results[1].error.code,
        "moved_parent": move.get_result()[0].resource.parent,
        "scratch_root": scratch.root_folder,
        "deleted": delete.get_result()[0].resource.id,
        "folder": folder.id,
        "listed": listed,
        "jobs": [copy.id, move.id, delete.id],
        "finished_on": copy.finished_on is not None,
    }


# -- volumes, imports, exports ----------------------------------------------------------------------------------


@scenario
def volumes(api: Any, work: Path) -> Facts:
    listed = [v.id for v in api.volumes.query().all()]
    volume = api.volumes.get(INPUT_VOLUME)
    listing = volume.list(prefix="fastq/")
    everything = [o.location for o in volume.list(prefix="fastq/", limit=2).all()]
    info = volume.get_volume_object_info("README.txt")
    s3_keys = {"access_key_id": "AKIAEXAMPLE", "secret_access_key": "s3cr3t-never-returned"}
    s3 = api.volumes.create_s3_volume(name="labmock_s3", bucket="my-bucket", access_mode="RW", prefix="data", **s3_keys)
    gcs_keys = {
        "client_email": "me@example.iam.gserviceaccount.com",
        "private_key": "-----BEGIN KEY-----never-returned",
    }
    gcs = api.volumes.create_google_volume(name="labmock_gcs", bucket="my-gcs-bucket", access_mode="RO", **gcs_keys)
    gcs.active = False
    gcs = gcs.save()
    gcs.delete()
    return {
        "listed": listed,
        "access_mode": volume.access_mode,
        "service": [volume.service["type"], volume.service["bucket"]],
        "items": [o.location for o in listing],
        "prefixes": [p.prefix for p in listing.prefixes],
        "all": everything,
        "object": [info.location, info.metadata["size"]],
        "s3": [s3.id, s3.service["type"], s3.service["credentials"]],
        "gcs_active": gcs.active,
        "after": [v.id for v in api.volumes.query().all()],
    }


@scenario
def imports(api: Any, work: Path) -> Facts:
    first = api.imports.submit_import(volume=INPUT_VOLUME, location="fastq/sample_D_1.fastq", project=RNA)
    assert first.state == "PENDING"
    first = _until_done(lambda: api.imports.get(first.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    clash = api.imports.submit_import(volume=INPUT_VOLUME, location="fastq/sample_D_1.fastq", project=RNA)
    clash = _until_done(lambda: api.imports.get(clash.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    renamed = api.imports.submit_import(
        volume=INPUT_VOLUME, location="fastq/sample_D_1.fastq", project=RNA, autorename=True
    )
    renamed = _until_done(lambda: api.imports.get(renamed.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    folder = api.imports.submit_import(volume=INPUT_VOLUME, location="fastq/", project=SCRATCH, name="run_fastq")
    folder = _until_done(lambda: api.imports.get(folder.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    bulk = api.imports.bulk_submit(
        [
            {"volume": INPUT_VOLUME, "location": "fastq/sample_E_1.fastq", "project": RNA},
            {"volume": "john_doe/no_such_volume", "location": "x", "project": RNA},
        ]
    )
    again = api.imports.bulk_get([bulk[0].resource.id])
    listed = [i.id for i in api.imports.query(volume=INPUT_VOLUME, state="FAILED").all()]
    return {
        "first": [first.state, first.result.id, first.result.name, first.result.storage.type],
        "clash": [clash.state, clash.error.code],
        "renamed": [renamed.state, renamed.result.name],
        "folder": [folder.state, folder.result.name, folder.result.type],
        "bulk": [bulk[0].valid, bulk[1].error.code, again[0].resource.id == bulk[0].resource.id],
        "failed": listed,
        "clash_id": clash.id,
    }


@scenario
def exports(api: Any, work: Path) -> Facts:
    indels = _one(api, "john_doe/project1", "example_human_known_indels.vcf")
    kept = _one(api, "john_doe/project1", "WES_human_Illumina.pe_1.fastq")
    moved = api.exports.submit_export(file=indels, volume=RESULTS_VOLUME, location="exports/indels.vcf")
    moved = _until_done(lambda: api.exports.get(moved.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    copied = api.exports.submit_export(file=kept, volume=RESULTS_VOLUME, location="exports/pe_1.fastq", copy_only=True)
    copied = _until_done(lambda: api.exports.get(copied.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    clash = api.exports.submit_export(file=kept, volume=RESULTS_VOLUME, location="exports/pe_1.fastq", copy_only=True)
    clash = _until_done(lambda: api.exports.get(clash.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    try:
        api.exports.submit_export(file=kept, volume=INPUT_VOLUME, location="x.fastq", copy_only=True)
        read_only = None
    except sbg.errors.Forbidden as exc:
        read_only = exc.code
    bulk = api.exports.bulk_submit(
        [{"file": kept.id, "volume": RESULTS_VOLUME, "location": "exports/pe_1_again.fastq"}], copy_only=True
    )
    again = api.exports.bulk_get([bulk[0].resource.id])
    _until_done(lambda: api.exports.get(bulk[0].resource.id), lambda j: j.state in ("COMPLETED", "FAILED"))
    listing = [o.location for o in api.volumes.get(RESULTS_VOLUME).list(prefix="exports/")]
    return {
        "moved": [moved.state, moved.result.storage.type, moved.source.id],
        "copied": [copied.state, api.files.get(kept.id).storage.type],
        "clash": [clash.state, clash.error.code],
        "read_only": read_only,
        "bulk": [bulk[0].valid, again[0].resource.id == bulk[0].resource.id],
        "listing": listing,
        "listed": len(list(api.exports.query(volume=RESULTS_VOLUME).all())),
    }


# -- apps -------------------------------------------------------------------------------------------------------


WORD_COUNT = {
    "class": "CommandLineTool",
    "cwlVersion": "v1.0",
    "label": "Word count",
    "baseCommand": ["wc", "-l"],
    "inputs": [{"id": "text", "type": "File", "inputBinding": {"position": 1}}],
    "outputs": [{"id": "counts", "type": "stdout"}],
}


@scenario
def apps(api: Any, work: Path) -> Facts:
    installed = api.apps.install_app(id="john_doe/my-project/word-count", raw=WORD_COUNT)
    revised = api.apps.create_revision(
        id="john_doe/my-project/word-count", revision=1, raw={**WORD_COUNT, "label": "Word count 2"}
    )
    zero = api.apps.get_revision(id="john_doe/my-project/word-count", revision=0)
    copy = revised.copy(project="john_doe/project2", name="Word count copy")
    api.apps.create_revision(
        id="john_doe/my-project/word-count", revision=2, raw={**WORD_COUNT, "label": "Word count 3"}
    )
    synced = copy.sync()
    listed = [a.id for a in api.apps.query(project="john_doe/project2").all()]
    return {
        "installed": [installed.id, installed.revision, installed.raw["sbg:id"]],
        "revised": [revised.revision, revised.raw["label"], revised.raw["sbg:latestRevision"]],
        "zero": zero.raw["label"],
        "copy": [copy.id, copy.revision, copy.raw.get("sbg:copyOf")],
        "synced": [synced.revision, synced.raw["label"]],
        "listed": listed,
    }


# -- tasks: clone, batch, bulk ----------------------------------------------------------------------------------


@scenario
def tasks_clone_batch_and_bulk(api: Any, work: Path) -> Facts:
    reads = [f for f in api.files.query(project=RNA).all() if f.name[:8] in ("sample_A", "sample_B", "sample_C")]
    batch = api.tasks.create(
        name="Quantify per sample",
        project=RNA,
        app=SALMON,
        inputs={"reads": reads},
        batch_input="reads",
        batch_by={"type": "CRITERIA", "criteria": ["metadata.sample_id"]},
        execution_settings={"instance_type": "c5.2xlarge;ebs-gp2;1024", "max_parallel_instances": 2},
        interruptible=False,
        run=True,
    )
    batch.wait(period=0)
    children = list(batch.get_batch_children().all())
    clone = batch.clone(run=False)
    records = api.tasks.bulk_get([batch.id, clone.id, "00000000-0000-4000-8000-000000000000"])
    return {
        "batch": [batch.batch, batch.status, batch.execution_status.completed],
        "settings": [batch.execution_settings, batch.use_interruptible_instances],
        "children": sorted((c.batch_group.value, len(c.inputs["reads"]), c.status) for c in children),
        "clone": [clone.status, clone.batch, clone.batch_input, clone.app],
        "bulk": [records[0].resource.status, records[1].resource.status, records[2].error.code],
        "parent": batch.id,
    }


# -- billing ----------------------------------------------------------------------------------------------------


@scenario
def billing(api: Any, work: Path) -> Facts:
    group = api.billing_groups.get(BILLING_GROUP)
    analysis = list(group.analysis_breakdown().all())
    storage = list(group.storage_breakdown().all())
    egress = list(group.egress_breakdown().all())
    invoices = list(api.invoices.query().all())
    invoice = api.invoices.get(invoices[0].id)
    return {
        "group": [str(group.id), group.name, group.balance.amount],
        "analysis": [(a.analysis_name, a.analysis_status, a.analysis_cost.amount) for a in analysis],
        "first_finished": analysis[0].time_finished.isoformat(),
        "storage": {s.project_name: s.active.size for s in storage},
        "egress": sorted((e.project_name, e.downloaded_by) for e in egress),
        "invoices": [i.id for i in invoices],
        "invoice": [invoice.pending, invoice.total.amount, invoice.invoice_period.from_.isoformat()],
    }


def main() -> None:
    profile, out, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    api = sbg.Api(config=sbg.Config(profile=profile))
    results: dict[str, dict[str, Any]] = {}
    for name, run in SCENARIOS.items():
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        try:
            results[name] = {"ok": True, "facts": run(api, folder)}
        except Exception:
            results[name] = {"ok": False, "error": traceback.format_exc(limit=8)}
    out.write_text(json.dumps(results, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
