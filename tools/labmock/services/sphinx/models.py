"""Sphinx Bio's in-memory backend: the demo data (``fixtures.yaml``, served by the resource store) and the datatable
export tasks.

Ids are the same on every start; ``seed`` only changes generated numbers (CSV values, plot points).

- Campaigns ``camp_10001``–``camp_10112`` and ``camp_12345`` (three pages at the default limit); datasets
  ``ds_10001``–``ds_10260`` (260: a listing crosses at least three pages at any ``limit``), spread over the first
  twelve campaigns in turn, and ``ds_12345``, ``ds_9d538f5`` (its download is a 307 Redirect) in ``camp_12345``.
- Plots ``plot_12300``–``plot_12409`` (one per analysis ``nb_<its number>``); ``plot_12345`` is the vendor page's
  example (an IC50 dose-response).
- Datatables ``dt_12340``–``dt_12459``; ``dt_12345`` is the vendor page's example (96 rows). Exporting
  ``dt_12350`` always fails (FAILED, with its ``error``); :meth:`SphinxState.fail_exports` makes another one fail.
- Export tasks ``task_000001``, ... are created by ``GET /v1/datatables/{id}/download`` (one per request) and walk
  PROCESSING → SUCCESS on the shared job clock (``job_duration`` / ``job_polls``); their result is
  ``{type: EXPORT_DATATABLE, signedUrl}``.
"""

from __future__ import annotations

import csv
import io
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core import Job, MockHTTPError, ServiceContext, StoredObject, StoreObjects, clip

FIXTURES = Path(__file__).with_name("fixtures.yaml")

EXAMPLE_PLOT = "plot_12345"
EXAMPLE_DATASET = "ds_12345"
EXAMPLE_TASK = "task_12345"
REDIRECTED_DATASET = "ds_9d538f5"
EXAMPLE_DATATABLE = "dt_12345"
FAILING_DATATABLE = "dt_12350"
FAILING_MESSAGE = (
    "Export of datatable dt_12350 failed: the source plate-reader file could not be parsed (row 17: 'OVRFLW')"
)
COLUMNS = ("well", "compound", "concentration_uM", "replicate", "signal", "percent_inhibition")


STAGING_PREFIX = "staged/"
DEMO_CREATOR = {"id": "user_12345", "email": "ada.lovelace@example.com", "username": "ada"}  # the demo key's user
MAX_UPLOAD_BYTES = 64 * 1024 * 1024


def _csv_text(name: str, content: bytes) -> str | None:
    """The text of a CSV file (a ``.csv`` name, UTF-8 text, no NUL), else ``None``."""
    if not name.lower().endswith(".csv") or b"\x00" in content:
        return None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _unreadable(text: str) -> str | None:
    """Why the dataset task cannot read the CSV (no header, or a row whose length is not the header's), else None."""
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    if not rows:
        return "The CSV file is empty: a dataset needs a header row"
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(rows[0]):
            return f"Could not parse the CSV file: row {number} has {len(row)} fields, the header {len(rows[0])}"
    return None


def not_found(object_name: str, object_id: str) -> MockHTTPError:
    """The API's ``ObjectNotFoundError {objectName, id}`` for an object the resource store does not keep."""
    shown = clip(object_id, 80)
    content = {"objectName": object_name, "id": shown}
    return MockHTTPError(404, f"{object_name} {shown!r} not found", code="ObjectNotFoundError", content=content)


@dataclass(slots=True)
class ExportTask:
    """A task: a datatable export (``datatable_id``) or the making of a dataset (``dataset``, the new object, stored
    when the task is seen to succeed)."""

    id: str
    datatable_id: str
    job: Job
    dataset: dict[str, Any] | None = None


@dataclass
class SphinxState:
    """The datatable export tasks; campaigns, datasets, plots and datatables are the store's (by id, as JSON)."""

    ctx: ServiceContext
    tasks: dict[str, ExportTask] = field(default_factory=dict)
    failing: dict[str, str] = field(default_factory=lambda: {FAILING_DATATABLE: FAILING_MESSAGE})
    _next_task: int = 1
    _next_upload: int = 0

    campaigns = StoreObjects("campaign")
    datasets = StoreObjects("dataset")
    plots = StoreObjects("plot")
    datatables = StoreObjects("datatable")

    def __post_init__(self) -> None:
        """``task_12345``, the official client's example task: the finished making of ``ds_12345``."""
        example = self.ctx.store["dataset"].get(EXAMPLE_DATASET)
        if example is not None:
            job = self.ctx.finished_job("getTask")
            self.tasks[EXAMPLE_TASK] = ExportTask(EXAMPLE_TASK, "", job, dict(example))

    # -- datatable exports --------------------------------------------------------------------------------

    def fail_exports(self, datatable_id: str, message: str | None = None) -> None:
        """Make every later export of ``datatable_id`` end FAILED with ``message``."""
        self.ctx.store["datatable"].require(datatable_id)
        self.failing[datatable_id] = message or f"Export of datatable {datatable_id} failed"

    def start_export(self, datatable_id: str) -> ExportTask:
        self.ctx.store["datatable"].require(datatable_id)
        return self._new_task(datatable_id, self.ctx.start_job("getTask", fail=self.failing.get(datatable_id)))

    def task(self, task_id: str) -> ExportTask:
        found = self.tasks.get(task_id)
        if found is None:
            raise not_found("Task", task_id)
        return found

    def _new_task(self, datatable_id: str, job: Job, dataset: dict[str, Any] | None = None) -> ExportTask:
        task = ExportTask(f"task_{self._next_task:06d}", datatable_id, job, dataset)
        self._next_task += 1
        self.tasks[task.id] = task
        return task

    # -- staged uploads and new datasets ------------------------------------------------------------------------

    def staging_form(self, filename: str, origin: str) -> dict[str, Any]:
        """``GET /api/storage/url/upload``: a presigned POST for a new staged key named after the file's last part."""
        name = filename.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or "upload"
        self._next_upload += 1
        key = f"{STAGING_PREFIX}{self._next_upload:06d}/{name}"
        url, fields = self.ctx.objects.post_form(origin, key, max_bytes=MAX_UPLOAD_BYTES)
        return {"presignedResponse": {"url": url, "fields": fields}, "path": key}

    def staged_upload(self, path: str) -> StoredObject:
        """The file posted to the presigned form of ``path`` (a dataset's or a file's ``stagedUploadPath``), else the
        API's ``InvalidStagedFileError``."""
        staged = self.ctx.objects.get(path) if path.startswith(STAGING_PREFIX) else None
        if staged is None:
            message = f"No staged upload at {clip(path, 200)!r}: upload the file to the presigned form first"
            raise MockHTTPError(400, message, code="InvalidStagedFileError", content={"message": message})
        return staged

    def start_dataset(self, body: dict[str, Any], creator: dict[str, Any]) -> ExportTask:
        """``POST /v1/datasets``: check the campaign and the staged file, then a task that makes the dataset (FAILED
        when its rows cannot be read)."""
        self.ctx.store["campaign"].require(body["campaignId"])
        path = str(body["stagedUploadPath"])
        staged = self.staged_upload(path)
        name = staged.filename or path.rsplit("/", 1)[-1]
        text = _csv_text(name, staged.content)
        if text is None:
            message = f"{clip(name, 200)} is not a CSV file: only CSV files can be made into datasets"
            raise MockHTTPError(400, message, code="NonCSVFileError", content=message)
        fields = {k: body[k] for k in ("name", "campaignId", "description", "elnLink") if body.get(k) is not None}
        fields.update(tags=list(body.get("tags") or []), creator=creator, mimetype="application/csv")
        dataset = self.ctx.store["dataset"].new(fields)
        self.ctx.objects.put(f"datasets/{dataset['id']}/{name}", staged.content, "text/csv", name)
        return self._new_task("", self.ctx.start_job("getTask", fail=_unreadable(text)), dict(dataset))

    def settle(self, task: ExportTask, succeeded: bool) -> None:
        """Store the dataset of a succeeded CREATE_DATASET task (once)."""
        if succeeded and task.dataset is not None and task.dataset["id"] not in self.datasets:
            self.ctx.store["dataset"].add(task.dataset)

    def settle_all(self) -> None:
        """Store the datasets of every task that has succeeded by now (before a dataset is read or listed)."""
        for task in self.tasks.values():
            if task.dataset is not None:
                self.settle(task, task.job.peek().succeeded)

    def dataset_url(self, dataset_id: str, origin: str) -> str:
        """A signed URL of the dataset's CSV (its uploaded file, or one made from its id)."""
        self.ctx.store["dataset"].require(dataset_id)
        objects = self.ctx.objects
        prefix = f"datasets/{dataset_id}/"
        key = next((k for k in objects.stored_keys() if k.startswith(prefix)), None)
        if key is None:
            key = f"{prefix}{dataset_id}.csv"
            objects.put(key, self.dataset_csv(dataset_id), "text/csv", f"{dataset_id}.csv")
        return objects.url(origin, key)

    def export_url(self, datatable_id: str, origin: str) -> str:
        """A signed URL of the datatable's CSV (made once), named ``<datatable id>.csv``."""
        objects = self.ctx.objects
        key = f"datatables/{datatable_id}/{datatable_id}.csv"
        if key not in objects:
            (declared,) = self.ctx.spec.signed_url_fields("TaskResult")
            objects.put(key, self.datatable_csv(datatable_id), declared.media_type, f"{datatable_id}.csv")
        return objects.url(origin, key)

    # -- generated content --------------------------------------------------------------------------------

    def datatable_csv(self, datatable_id: str) -> bytes:
        """``rowCount`` rows of a plate-based dose-response: the datatable's JSON and its CSV agree."""
        table = self.datatables[datatable_id]
        rng = random.Random(f"{self.ctx.config.seed}:{datatable_id}")
        compounds = [f"SPX-{100 + index}" for index in range(rng.randint(3, 8))]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in range(int(table["rowCount"])):
            well = f"{'ABCDEFGHIJKLMNOP'[(row // 24) % 16]}{row % 24 + 1:02d}"
            dose = round(0.001 * 3 ** (row % 10), 4)
            inhibition = round(100 / (1 + math.pow(1.0 / dose, 1.1)) + rng.gauss(0, 3), 2)
            signal = round(50000 * (1 - inhibition / 100) + rng.gauss(0, 800), 1)
            writer.writerow([well, compounds[row % len(compounds)], dose, row // 48 + 1, signal, inhibition])
        return out.getvalue().encode()

    def dataset_csv(self, dataset_id: str) -> bytes:
        """A demo dataset's CSV: a plate of readings, the same for the same seed."""
        rng = random.Random(f"{self.ctx.config.seed}:{dataset_id}")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("well", "signal", "control"))
        for row in range(24):
            writer.writerow((f"{'AB'[row // 12]}{row % 12 + 1:02d}", round(rng.uniform(1000, 60000), 1), row % 12 == 0))
        return out.getvalue().encode()

    def plot_svg(self, plot_id: str) -> bytes:
        """A small dose-response SVG: the points and the fitted curve."""
        plot = self.plots[plot_id]
        rng = random.Random(f"{self.ctx.config.seed}:{plot_id}")
        ic50 = rng.uniform(0.05, 5.0)

        def y(log_dose: float) -> float:
            return 260 - 220 / (1 + math.pow(ic50 / math.pow(10.0, log_dose), 1.2))

        def x(log_dose: float) -> float:
            return 40 + (log_dose + 3) * 70

        points = "".join(
            f'<circle cx="{x(d / 2):.1f}" cy="{y(d / 2) + rng.gauss(0, 6):.1f}" r="3"/>' for d in range(-6, 5)
        )
        curve = " ".join(f"{x(d / 20):.1f},{y(d / 20):.1f}" for d in range(-60, 41))
        title = str(plot.get("title") or plot_id).replace("&", "&amp;").replace("<", "&lt;")
        svg = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">'
            f"<title>{title}</title>"
            '<rect width="400" height="300" fill="white"/>'
            '<path d="M40 260 H390 M40 260 V20" stroke="black"/>'
            f'<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="{curve}"/>'
            f'<g fill="#d62728">{points}</g>'
            f'<text x="220" y="290" font-size="12" text-anchor="middle">IC50 = {ic50:.2f} µM</text>'
            "</svg>\n"
        )
        return svg.encode()


__all__ = [
    "DEMO_CREATOR",
    "EXAMPLE_DATATABLE",
    "EXAMPLE_PLOT",
    "FAILING_DATATABLE",
    "FAILING_MESSAGE",
    "ExportTask",
    "SphinxState",
]
