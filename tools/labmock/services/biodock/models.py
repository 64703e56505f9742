"""Biodock's in-memory backend: filesystem items and pipelines (the resource store, from ``fixtures.yaml``), and the
analysis jobs with their deterministic demo set.

Ids are the same on every start; ``seed`` only changes generated numbers (CSV measurements, mask pixels).

- Files ``fs_0001``–``fs_0030``: ``fs_0001``–``fs_0010`` (``nuclei_001.png``…) and ``fs_0030``
  (``corrupt_image.tif``, every job using it fails) in the root folder, ``fs_0011``–``fs_0020`` in
  ``plate-A`` (``fs_0031``), ``fs_0021``–``fs_0029`` in ``plate-B/day-2`` (``fs_0033``).
- Folders ``fs_0031`` ``plate-A``, ``fs_0032`` ``plate-B``, ``fs_0033`` ``plate-B/day-2``, ``fs_0034`` ``empty``.
- Pipelines ``pl_0001`` Nuclei segmentation, ``pl_0002`` Cell counting, ``pl_0003`` Confluence estimation,
  ``pl_0004`` Mitochondria morphology, ``pl_0005`` Broken pipeline (always fails).
- Analysis jobs ``aj_0001``–``aj_0045``, all finished: ``aj_0007`` (broken pipeline) and ``aj_0023``
  (corrupt image) FAILED, the others SUCCEEDED; ``aj_0001`` and ``aj_0002`` already have finished masks.
"""

from __future__ import annotations

import csv
import io
import math
import random
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from ...core import Collection, Job, MockHTTPError, Record, ServiceContext, StoreObjects, lookup

MAX_UPLOAD_BYTES = 2 * 1024**3
FIXTURES = Path(__file__).with_name("fixtures.yaml")

CORRUPT_FILE = "fs_0030"
BROKEN_PIPELINE = "pl_0005"

FAILED_JOBS = {7: BROKEN_PIPELINE, 23: CORRUPT_FILE}


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    return iso(datetime.now(UTC))


@dataclass(slots=True)
class AnalysisJob:
    id: str
    name: str | None
    pipeline_id: str
    file_ids: tuple[str, ...]
    created_at: str
    job: Job
    masks: Job | None = None


@dataclass
class BiodockState:
    """Analysis jobs (their results generated on first success); filesystem items and pipelines are the store's."""

    ctx: ServiceContext
    jobs: dict[str, AnalysisJob] = field(default_factory=dict)
    job_list: list[AnalysisJob] = field(default_factory=list)
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    _next_job: int = 1

    def __post_init__(self) -> None:
        _seed(self)

    @property
    def files(self) -> Collection:
        return self.ctx.store["filesystem-item"]

    items = StoreObjects("filesystem-item")  # files and folders (parent: the folder, None for the root; size)

    # -- filesystem ---------------------------------------------------------------------------------------

    def add_item(self, name: str, kind: Literal["File", "Folder"], parent: str | None, size: int = 0) -> Record:
        return self.files.create({"name": name, "createdAt": now_iso(), "__t": kind, "parent": parent, "size": size})

    def ensure_folder(self, path: str | None) -> str | None:
        """The id of the folder at ``path`` (``a/b/c`` from the root), creating the missing ones."""
        parent: str | None = None
        for name in (part.strip() for part in (path or "").split("/")):
            if not name:
                continue
            if name in (".", ".."):
                raise MockHTTPError(400, "destinationFolder must not contain '.' or '..' segments")
            existing = next(
                (i for i in self.files.children(parent) if i["__t"] == "Folder" and i["name"] == name), None
            )
            parent = existing["id"] if existing else self.add_item(name, "Folder", parent)["id"]
        return parent

    def files_of(self, item_ids: list[str]) -> tuple[str, ...]:
        """The file ids to analyze: files as given, folders expanded (recursively); 404 for unknown ids."""
        found: list[str] = []
        for item_id in item_ids:
            item = lookup(self.items, item_id, "Filesystem item")
            found += [item["id"]] if item["__t"] == "File" else self._files_below(item["id"])
        unique = tuple(dict.fromkeys(found))
        if not unique:
            raise MockHTTPError(400, "The filesystem items hold no files to analyze")
        return unique

    def _files_below(self, folder_id: str) -> list[str]:
        out: list[str] = []
        for child in self.files.children(folder_id):
            out += [child["id"]] if child["__t"] == "File" else self._files_below(child["id"])
        return out

    # -- analysis jobs ------------------------------------------------------------------------------------

    def submit(self, pipeline_id: str, item_ids: list[str], name: str | None, created_at: str) -> AnalysisJob:
        pipeline = self.ctx.store["pipeline"].require(pipeline_id)
        file_ids = self.files_of(item_ids)
        failure = _failure(self, pipeline, file_ids)
        return self._add_job(
            pipeline_id, file_ids, name, created_at, self.ctx.start_job("getAnalysisJob", fail=failure)
        )

    def _add_job(
        self, pipeline_id: str, file_ids: tuple[str, ...], name: str | None, created_at: str, job: Job
    ) -> AnalysisJob:
        record = AnalysisJob(f"aj_{self._next_job:04d}", name, pipeline_id, file_ids, created_at, job)
        self._next_job += 1
        self.jobs[record.id] = record
        self.job_list.append(record)
        return record

    def job(self, job_id: str) -> AnalysisJob:
        return lookup(self.jobs, job_id, "Analysis job")

    # -- results ------------------------------------------------------------------------------------------

    def objects_csv(self, record: AnalysisJob) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["object_id", "file_id", "file_name", "area", "perimeter", "mean_intensity"])
        object_id = 0
        for file_id, rows in self._measurements(record):
            for area, perimeter, intensity in rows:
                object_id += 1
                writer.writerow([object_id, file_id, self.items[file_id]["name"], area, perimeter, intensity])
        return out.getvalue().encode()

    def aggregate_csv(self, record: AnalysisJob) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["file_id", "file_name", "object_count", "mean_area", "mean_perimeter", "mean_intensity"])
        for file_id, rows in self._measurements(record):
            count = len(rows)
            means = [round(sum(r[i] for r in rows) / count, 2) for i in range(3)]
            writer.writerow([file_id, self.items[file_id]["name"], count, *means])
        return out.getvalue().encode()

    def masks_zip(self, record: AnalysisJob) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for file_id, rows in self._measurements(record):
                stem = re.sub(r"[^A-Za-z0-9._-]", "_", self.items[file_id]["name"].rsplit(".", 1)[0])[:64]
                info = zipfile.ZipInfo(f"masks/{file_id}_{stem}_mask.png", date_time=(2024, 3, 1, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, _mask_png(len(rows), random.Random(f"{self.ctx.config.seed}:{file_id}")))
        return buffer.getvalue()

    def _measurements(self, record: AnalysisJob) -> list[tuple[str, list[tuple[float, float, float]]]]:
        seed = self.ctx.config.seed
        out = []
        for file_id in record.file_ids:
            rng = random.Random(f"{seed}:{record.id}:{file_id}")
            rows = []
            for _ in range(rng.randint(3, 12)):
                area = round(rng.uniform(40.0, 400.0), 2)
                perimeter = round(2 * math.sqrt(math.pi * area) * rng.uniform(1.0, 1.3), 2)  # a circle's, roughened
                rows.append((area, perimeter, round(rng.uniform(0.05, 0.95), 4)))
            out.append((file_id, rows))
        return out


def _failure(state: BiodockState, pipeline: Record, file_ids: tuple[str, ...]) -> str | None:
    if pipeline["id"] == BROKEN_PIPELINE:
        return f"Pipeline '{pipeline['name']}' failed: the segmentation model crashed on the first image"
    if CORRUPT_FILE in file_ids:
        name = state.items[CORRUPT_FILE]["name"]
        return f"Could not read image '{name}' ({CORRUPT_FILE}): the file is corrupt or not an image"
    return None


def _mask_png(objects: int, rng: random.Random, size: int = 32) -> bytes:
    """A small 8-bit grayscale label image: background 0, ``objects`` filled squares labelled 1..n."""
    pixels = [bytearray(size) for _ in range(size)]
    for label in range(1, objects + 1):
        x, y, side = rng.randrange(size - 4), rng.randrange(size - 4), rng.randint(2, 4)
        for row in range(y, y + side):
            pixels[row][x : x + side] = bytes([label]) * side
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _seed(state: BiodockState) -> None:
    """The demo jobs, created seven minutes apart after the last demo file."""
    moment = datetime.fromisoformat(max(item["createdAt"] for item in state.items.values()))
    pipelines = state.ctx.store["pipeline"]
    rng = random.Random("biodock-jobs")  # the job layout is fixed; the seed only changes measurements
    ctx = state.ctx
    root_files = [f"fs_{i:04d}" for i in range(1, 11)]
    for number in range(1, 46):
        moment += timedelta(minutes=7)
        special = FAILED_JOBS.get(number)
        pipeline_id = BROKEN_PIPELINE if special == BROKEN_PIPELINE else f"pl_{(number - 1) % 4 + 1:04d}"
        files = rng.sample(root_files, rng.randint(1, 3))
        if special == CORRUPT_FILE:
            files.append(CORRUPT_FILE)
        pipeline = pipelines.require(pipeline_id)
        failure = _failure(state, pipeline, tuple(files))
        job = ctx.finished_job("getAnalysisJob", fail=failure)
        record = state._add_job(pipeline_id, tuple(files), f"{pipeline['name']} #{number}", iso(moment), job)
        if number <= 2:
            record.masks = ctx.finished_job("getDownloadMasks")
