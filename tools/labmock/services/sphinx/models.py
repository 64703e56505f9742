"""Sphinx Bio's in-memory backend: the demo data (``fixtures.yaml``, served by the resource store) and the datatable
export tasks.

Ids are the same on every start; ``seed`` only changes generated numbers (CSV values, plot points).

- Campaigns ``camp_10001``–``camp_10012``; datasets ``ds_10001``–``ds_10260`` (260: a listing crosses at least three
  pages at any ``limit``), spread over the campaigns in turn.
- Plots ``plot_12340``–``plot_12359``; ``plot_12345`` is the vendor page's example (an IC50 dose-response).
- Datatables ``dt_12340``–``dt_12359``; ``dt_12345`` is the vendor page's example (96 rows). Exporting
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

from ...core import Job, MockHTTPError, ServiceContext, StoreObjects, clip

FIXTURES = Path(__file__).with_name("fixtures.yaml")

EXAMPLE_PLOT = "plot_12345"
EXAMPLE_DATATABLE = "dt_12345"
FAILING_DATATABLE = "dt_12350"
FAILING_MESSAGE = (
    "Export of datatable dt_12350 failed: the source plate-reader file could not be parsed (row 17: 'OVRFLW')"
)
COLUMNS = ("well", "compound", "concentration_uM", "replicate", "signal", "percent_inhibition")


def not_found(object_name: str, object_id: str) -> MockHTTPError:
    """The API's ``ObjectNotFoundError {objectName, id}`` for an object the resource store does not keep."""
    shown = clip(object_id, 80)
    content = {"objectName": object_name, "id": shown}
    return MockHTTPError(404, f"{object_name} {shown!r} not found", code="ObjectNotFoundError", content=content)


@dataclass(slots=True)
class ExportTask:
    id: str
    datatable_id: str
    job: Job


@dataclass
class SphinxState:
    """The datatable export tasks; campaigns, datasets, plots and datatables are the store's (by id, as JSON)."""

    ctx: ServiceContext
    tasks: dict[str, ExportTask] = field(default_factory=dict)
    failing: dict[str, str] = field(default_factory=lambda: {FAILING_DATATABLE: FAILING_MESSAGE})
    _next_task: int = 1

    campaigns = StoreObjects("campaign")
    datasets = StoreObjects("dataset")
    plots = StoreObjects("plot")
    datatables = StoreObjects("datatable")

    # -- datatable exports --------------------------------------------------------------------------------

    def fail_exports(self, datatable_id: str, message: str | None = None) -> None:
        """Make every later export of ``datatable_id`` end FAILED with ``message``."""
        self.ctx.store["datatable"].require(datatable_id)
        self.failing[datatable_id] = message or f"Export of datatable {datatable_id} failed"

    def start_export(self, datatable_id: str) -> ExportTask:
        self.ctx.store["datatable"].require(datatable_id)
        job = self.ctx.start_job("getTask", fail=self.failing.get(datatable_id))
        task = ExportTask(f"task_{self._next_task:06d}", datatable_id, job)
        self._next_task += 1
        self.tasks[task.id] = task
        return task

    def task(self, task_id: str) -> ExportTask:
        found = self.tasks.get(task_id)
        if found is None:
            raise not_found("Task", task_id)
        return found

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
    "EXAMPLE_DATATABLE",
    "EXAMPLE_PLOT",
    "FAILING_DATATABLE",
    "FAILING_MESSAGE",
    "ExportTask",
    "SphinxState",
]
