"""The Seven Bridges Platform's in-memory backend and its deterministic demo dataset (the docs' examples).

The demo token belongs to ``john_doe``. Ids are the same on every start; ``seed`` only changes file contents.

- Projects you are a member of, in this order: ``john_doe/my-project`` ("My project", 70 FASTQ files
  ``sample_001.fastq``..``sample_070.fastq`` with metadata ``sample_id``/``library``/``platform``),
  ``john_doe/rfranklins-experiments`` ("RFranklin's experiments": a folder ``images`` with 3 files and 2 files at
  the top), ``john_doe/project1`` ("project1": the docs' ``example_human_known_indels.vcf`` and the
  ``WES_human_Illumina.pe_{1,2}.fastq`` reads, with the docs' ids) and ``john_doe/project2`` ("Project 2", empty).
  So ``GET /projects?limit=2&offset=2`` answers project1 and project2, as in the docs.
- ``admin/sbg-public-data``: the public reference files (readable and copyable by everyone, listed by no one).
- Apps in my-project: ``bamtools-merge-2-4-0`` (revisions 0 and 1), ``fastqc-0-11-9``, ``always-fails`` (its
  tasks end FAILED); public: ``admin/sbg-public-data/whole-exome-sequencing-bwa-gatk-4-0`` (revisions 0..2).
- Tasks in rfranklins-experiments (so my-project keeps its 70 files; a task's outputs land at the top of its
  project): three COMPLETED, one FAILED, one ABORTED and one DRAFT, with my-project's apps.
- Billing groups: "john_doe's billing group" (the default) and "Pilot grant".

Projects, files, apps and billing groups live in the resource store (``fixtures.yaml``), as plain records (see
``render.py`` for their JSON); users, tasks (with their jobs) and uploads are kept here.
"""

from __future__ import annotations

import hashlib
import math
import random
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ...core import Collection, Job, MockHTTPError, Record, ServiceContext, StoreObjects, clip
from .ratelimit import RateLimiter

FIXTURES = Path(__file__).with_name("fixtures.yaml")
NAMESPACE = uuid.UUID("6f1c1e1a-5b0e-4c5e-9a57-7b1d2b0e5b7d")
MIB = 2**20
MIN_PART_SIZE = 5 * MIB
DEFAULT_PART_SIZE = 32 * MIB
MAX_PARTS = 10_000
PERMISSIONS = ("read", "write", "copy", "execute", "admin")
READ_ONLY = {"read": True, "write": False, "copy": False, "execute": False, "admin": False}
ADMIN = dict.fromkeys(PERMISSIONS, True)
PUBLIC_PROJECT = "admin/sbg-public-data"
FAILING_APP = "john_doe/my-project/always-fails"
FAILURE_MESSAGE = "Job always-fails exited with code 1: the labmock demo app always fails"
DEMO_TASKS_AFTER = datetime(2024, 3, 1, 11, 47, tzinfo=UTC)  # the demo tasks ran after the demo apps were made


@dataclass(frozen=True, slots=True)
class Deployment:
    """One deployment of the API: its name, public URL, documented rate limit and the demo token."""

    name: str
    title: str
    api_url: str
    demo_key: str
    rate_limit: tuple[int, float] = (1000, 300.0)


SEVEN_BRIDGES = Deployment(
    "sevenbridges", "Seven Bridges Platform", "https://api.sbgenomics.com/v2", "3210a98c1db9304ea9d9873156740f74"
)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso() -> str:
    return iso(datetime.now(UTC))


SHORT_NAME_MAX = 128  # the spec's Name (a path segment) is at most 128 characters


def short_name(name: str, room: int = 0) -> str:
    """A project's (or app's) short name: lower case, only letters, digits, spaces and underscores kept, spaces and
    underscores made hyphens. [inferred] Only ASCII letters and digits; ``untitled`` when nothing is left; cut so
    that it and a suffix of ``room`` characters fit in a path segment (128)."""
    kept = "".join(ch for ch in name.lower() if (ch.isascii() and ch.isalnum()) or ch in " _")
    return kept.replace(" ", "-").replace("_", "-")[: SHORT_NAME_MAX - room].rstrip("-") or "untitled"


def full_permissions(given: dict[str, Any], base: dict[str, bool] | None = None) -> dict[str, bool]:
    """Permissions with ``read`` always on and ``admin`` implying every other one."""
    merged = dict(base or READ_ONLY)
    merged.update({k: bool(v) for k, v in given.items() if k in PERMISSIONS})
    merged["read"] = True
    if merged["admin"]:
        merged = dict(ADMIN)
    return merged


def not_found(what: str, code: int) -> MockHTTPError:
    return MockHTTPError(404, f"Requested {what} does not exist.", code=code)


@dataclass(slots=True)
class User:
    username: str
    email: str
    first_name: str
    last_name: str
    affiliation: str = "Seven Bridges"
    country: str = "United States"
    role: str = "MEMBER"

    def to_json(self, api: str) -> dict[str, Any]:
        return {
            "href": f"{api}/users/{self.username}",
            "username": self.username,
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "affiliation": self.affiliation,
            "phone": "",
            "address": "",
            "city": "",
            "state": "",
            "country": self.country,
            "zip_code": "",
            "role": self.role,
            "tags": [],
        }


@dataclass(slots=True)
class Task:
    id: str
    name: str
    description: str | None
    project: str
    app: str  # owner/project/app/revision
    inputs: dict[str, Any]
    created_by: str
    created_time: str
    use_interruptible_instances: bool = True
    execution_settings: dict[str, Any] = field(default_factory=dict)
    batch_input: str | None = None
    batch_by: dict[str, Any] | None = None
    batching: bool = True  # false once run with batch=false
    output_location: dict[str, Any] | None = None
    parent: str | None = None  # a batch child's parent
    batch_group: dict[str, Any] | None = None
    children: list[str] = field(default_factory=list)  # a batch parent's, once it has run
    job: Job | None = None
    start_time: str | None = None
    end_time: str | None = None
    aborted: bool = False
    outputs: dict[str, Any] | None = None

    @property
    def batch(self) -> bool:
        """A batch task: one that has a batch input and criteria, and was not run with batching off."""
        return self.batching and self.batch_input is not None and self.batch_by is not None


@dataclass(slots=True)
class Upload:
    id: str
    project: str
    parent: str
    name: str
    size: int
    part_size: int
    initiated: str
    overwrite: bool
    reported: dict[int, str] = field(default_factory=dict)

    @property
    def parts(self) -> int:
        return max(1, math.ceil(self.size / self.part_size))


class SevenBridgesState:
    """Users, tasks and uploads; billing groups, projects (with their members), files and folders, and apps are the
    store's records."""

    def __init__(self, ctx: ServiceContext, deployment: Deployment = SEVEN_BRIDGES) -> None:
        self.ctx = ctx
        self.deployment = deployment
        limit, window = ctx.config.rate_limit or deployment.rate_limit
        self.limiter = RateLimiter(limit, window)
        self.user = "john_doe"
        self.users: dict[str, User] = {}
        self.tasks: dict[str, Task] = {}
        self.uploads: dict[str, Upload] = {}
        self._next_upload = 1
        self.jobs: dict[tuple[str, Any], Job] = {}  # (kind, id) -> the job of an import, export or async file job
        self.unsettled: dict[tuple[str, Any], None] = {}  # the jobs whose outcome is not applied yet
        self.egress: list[tuple[str, str, int, str]] = []  # (project, user, bytes, when) of each signed download
        self._clock = DEMO_TASKS_AFTER
        _seed(self)

    @property
    def token(self) -> str:
        """The token that authenticates (the demo token, or the one ``--key`` sets)."""
        return self.ctx.config.key or self.deployment.demo_key

    projects = StoreObjects("project")
    files = StoreObjects("file")  # files and folders; a project's root folder has the parent ""
    apps = StoreObjects("app")
    billing_groups = StoreObjects("billing-group")
    volumes = StoreObjects("volume")
    imports = StoreObjects("import")
    exports = StoreObjects("export")
    file_jobs = StoreObjects("file-job")
    invoices = StoreObjects("invoice")

    # -- time -----------------------------------------------------------------------------------------------

    def stamp(self, minutes: int = 7) -> str:
        self._clock += timedelta(minutes=minutes)
        return iso(self._clock)

    # -- projects and permissions ---------------------------------------------------------------------------

    def project(self, project_id: str, need: str = "read") -> Record:
        project = self.projects.get(project_id)
        if project is None:
            raise not_found("project", 3002)
        self.require(project, need)
        return project

    def can(self, project: Mapping[str, Any], need: str) -> bool:
        granted = project["members"].get(self.user)
        if granted is not None:
            return bool(granted.get(need))
        return bool(project["public"]) and need in ("read", "copy")

    def require(self, project: Mapping[str, Any], need: str, code: int = 3001) -> None:
        if not self.can(project, need):
            what = "project" if code == 3001 else "file"
            raise MockHTTPError(403, f"Insufficient privileges to access the requested {what}.", code=code)

    def my_projects(self) -> list[Record]:
        return [p for p in self.projects.values() if self.user in p["members"]]

    def add_project(
        self,
        name: str,
        *,
        billing_group: str | None = None,
        description: str = "",
        tags: Iterable[str] = (),
        settings: dict[str, Any] | None = None,
    ) -> Record:
        """A new project of the user (its id from the ``owner-short-name`` hook), with its root folder."""
        if billing_group is None:
            billing_group = next(iter(self.billing_groups))
        elif billing_group not in self.billing_groups:
            raise not_found("billing group", 4002)
        projects = self.ctx.store["project"]
        created = now_iso()
        fields = {"name": name, "created_by": self.user}
        project_id = projects.new_id(fields)
        root = self.ctx.store["file"].create(_node(project_id.split("/", 1)[1], project_id, "", "folder", created))
        return projects.add(
            {
                "id": project_id,
                **fields,
                "root_folder": root["id"],
                "billing_group": billing_group,
                "description": description,
                "tags": list(tags),
                "settings": dict(settings or {}),
                "category": "PRIVATE",
                "created_on": created,
                "modified_on": created,
                "public": False,
                "members": {self.user: dict(ADMIN)},
            }
        )

    def delete_project(self, project: Mapping[str, Any]) -> None:
        """A project goes with everything in it: its files and folders, tasks and apps."""
        project_id = project["id"]
        for node in [n for n in self.files.values() if n["project"] == project_id]:
            self.forget(node)
        for task_id in [t.id for t in self.tasks.values() if t.project == project_id]:
            del self.tasks[task_id]
        apps = self.ctx.store["app"]
        for app_id in [a["id"] for a in apps.values() if a["project"] == project_id]:
            apps.remove(app_id)
        self.ctx.store["project"].remove(project_id)

    # -- files and folders ----------------------------------------------------------------------------------

    def node(self, file_id: str, need: str = "read") -> Record:
        node = self.files.get(file_id)
        project = self.projects.get(node["project"]) if node is not None else None
        if node is None or project is None:
            raise not_found("file", 5002)
        self.require(project, need, code=5001)
        return node

    def folder_for(self, *, project: str | None, parent: str | None, need: str = "read") -> Record:
        """The folder a call names: a project's root folder, or a folder by id."""
        if project is not None:
            return self.files[self.project(project, need)["root_folder"]]
        assert parent is not None
        node = self.files.get(parent)
        owner = self.projects.get(node["project"]) if node is not None else None
        if node is None or owner is None:
            raise not_found("file", 5002)
        self.require(owner, need, code=5001)
        if node["type"] != "folder":
            raise MockHTTPError(409, "The parent must be a folder.", code=5022)
        return node

    def listing(self, folder: Mapping[str, Any]) -> list[Record]:
        return self.ctx.store["file"].children(folder["id"])

    def child_named(self, folder: Mapping[str, Any], name: str) -> Record | None:
        return next((n for n in self.listing(folder) if n["name"] == name), None)

    def add_node(
        self,
        folder: Mapping[str, Any],
        name: str,
        kind: str,
        *,
        size: int = 0,
        metadata: dict[str, Any] | None = None,
        tags: Iterable[str] = (),
        origin_task: str | None = None,
        created_on: str | None = None,
    ) -> Record:
        node = _node(name, folder["project"], folder["id"], kind, created_on or now_iso(), size=size)
        node.update(metadata=dict(metadata or {}), tags=list(tags), origin_task=origin_task)
        return self.ctx.store["file"].create(node)

    def add_files(self, project_id: str, count: int, *, prefix: str = "bulk") -> list[Record]:
        """``count`` small files at the top of a project (for large listings in tests and demos)."""
        folder = self.files[self.projects[project_id]["root_folder"]]
        created = now_iso()
        return [
            self.add_node(folder, f"{prefix}_{index:05d}.txt", "file", size=64, created_on=created)
            for index in range(1, count + 1)
        ]

    def forget(self, node: Mapping[str, Any]) -> None:
        files = self.ctx.store["file"]
        for child in files.children(node["id"]):
            self.forget(child)
        if node["id"] in files:
            files.remove(node["id"])
        self.ctx.objects.delete(f"files/{node['id']}")

    def free_name(self, folder: Mapping[str, Any], name: str) -> str:
        """``name``, or ``_1_name``, ``_2_name``... when the folder already holds that name. [inferred]"""
        taken = {n["name"] for n in self.listing(folder)}
        candidate, index = name, 0
        while candidate in taken:
            index += 1
            candidate = f"_{index}_{name}"
        return candidate

    def content(self, node: Mapping[str, Any]) -> bytes:
        """The bytes of a file: what was uploaded, or generated (the same for the same seed) for demo files."""
        alias = node.get("volume_object")
        volume = self.volumes.get(alias["volume"]) if alias else None
        if alias and volume is not None:
            found = self.object_content(volume, alias["location"])
            if found is not None:
                return found
        stored = self.ctx.objects.get(f"files/{node['id']}")
        if stored is not None:
            return stored.content
        return demo_content(node, self.ctx.config.seed)

    def object_content(self, volume: Mapping[str, Any], location: str) -> bytes | None:
        """The bytes of a volume's object: written by an export, else generated for the demo objects."""
        stored = self.ctx.objects.get(volume_key(volume["id"], location))
        if stored is not None:
            return stored.content
        found = volume["objects"].get(location)
        if found is None:
            return None
        node = {"id": f"{volume['id']}/{location}", "name": location.rsplit("/", 1)[-1], "size": found["size"]}
        return demo_content(node, self.ctx.config.seed)

    # -- apps ---------------------------------------------------------------------------------------------

    def app(self, ref: str) -> tuple[Record, int]:
        """The app a reference names (``o/p/app`` or ``o/p/app/rev``) and its revision."""
        parts = ref.split("/")
        revision: int | None = None
        if len(parts) == 4:
            if not parts[3].isdigit():
                raise not_found("app", 6002)
            revision = int(parts[3])
        app = self.apps.get("/".join(parts[:3]))
        latest = len(app["revisions"]) - 1 if app is not None else -1
        if app is None or (revision is not None and revision > latest):
            raise not_found("app", 6002)
        self.project(app["project"])
        return app, latest if revision is None else revision

    def visible_apps(self, apps: Iterable[Record], project: str | None, public: bool) -> list[Record]:
        if project is not None:
            self.project(project)
            return [a for a in apps if a["project"] == project]
        if public:
            return [a for a in apps if a["project"] in self.projects and self.projects[a["project"]]["public"]]
        mine = {p["id"] for p in self.my_projects()}
        return [a for a in apps if a["project"] in mine]

    # -- tasks --------------------------------------------------------------------------------------------

    def task(self, task_id: str) -> Task:
        task = self.tasks.get(task_id)
        if task is None or task.project not in self.projects:
            raise not_found("task", 7002)
        self.project(task.project)
        return task

    def add_task(
        self,
        project: Mapping[str, Any],
        app: Mapping[str, Any],
        revision: int,
        *,
        name: str | None,
        description: str | None,
        inputs: dict[str, Any],
        created_time: str | None = None,
        task_id: str | None = None,
    ) -> Task:
        created = created_time or now_iso()
        task = Task(
            task_id or str(uuid.uuid4()),
            name or f"{app['name']} run - {created[:16].replace('T', ' ')}",
            description,
            project["id"],
            f"{app['id']}/{revision}",
            dict(inputs),
            self.user,
            created,
        )
        self.tasks[task.id] = task
        return task

    def run(self, task: Task, started: str | None = None) -> None:
        fail = FAILURE_MESSAGE if task.app.startswith(FAILING_APP + "/") else None
        task.job = self.ctx.start_job("getTask", fail=fail)
        task.start_time = started or now_iso()

    # -- uploads ------------------------------------------------------------------------------------------

    def start_upload(
        self, folder: Mapping[str, Any], name: str, size: int, part_size: int | None, overwrite: bool
    ) -> Upload:
        existing = self.child_named(folder, name)
        if existing is not None and (not overwrite or existing["type"] == "folder"):
            raise MockHTTPError(409, f"File {clip(name, 80)!r} already exists.", code=8005)
        wanted = part_size or DEFAULT_PART_SIZE
        chosen = max(wanted, MIN_PART_SIZE, math.ceil(size / MAX_PARTS))
        digest = hashlib.sha256(f"{self._next_upload}:{folder['id']}:{name}".encode()).hexdigest()
        self._next_upload += 1
        upload = Upload(digest, folder["project"], folder["id"], name, size, chosen, now_iso(), overwrite)
        self.uploads[upload.id] = upload
        return upload

    def upload(self, upload_id: str) -> Upload:
        upload = self.uploads.get(upload_id)
        if upload is None or upload.project not in self.projects:
            raise not_found("upload", 8003)
        return upload

    def finish_upload(self, upload: Upload) -> Record:
        objects = self.ctx.objects
        chunks: list[bytes] = []
        for number in range(1, upload.parts + 1):
            stored = objects.get(part_key(upload.id, number))
            if stored is None:
                raise MockHTTPError(409, f"Part {number} of {upload.parts} has not been uploaded.", code=8014)
            reported = upload.reported.get(number)
            if reported is None:
                raise MockHTTPError(409, f"Part {number} of {upload.parts} has not been reported.", code=8014)
            if reported.strip('"') != stored.etag.strip('"'):
                raise MockHTTPError(409, f"Part {number} was reported with another ETag than storage gave.", code=8014)
            chunks.append(stored.content)
        content = b"".join(chunks)
        if len(content) != upload.size:
            raise MockHTTPError(
                409, f"The parts hold {len(content)} bytes, not the {upload.size} announced.", code=8014
            )
        folder = self.files.get(upload.parent)
        if folder is None:
            raise not_found("file", 5002)
        existing = self.child_named(folder, upload.name)
        if existing is not None:
            if not upload.overwrite or existing["type"] == "folder":
                raise MockHTTPError(409, f"File {clip(upload.name, 80)!r} already exists.", code=8005)
            self.forget(existing)
        node = self.add_node(folder, upload.name, "file", size=len(content))
        objects.put(f"files/{node['id']}", content, "application/octet-stream", node["name"])
        self.drop_upload(upload)
        return node

    def drop_upload(self, upload: Upload) -> None:
        """Forget an upload and every part stored for it; its part URLs take nothing more."""
        self.ctx.objects.delete_prefix(f"uploads/{upload.id}/")
        self.uploads.pop(upload.id, None)

    def part_number(self, upload: Upload, number: int) -> int:
        """``number`` if it is one of the upload's parts; [inferred] 409 otherwise (8012; the registry says 400)."""
        if not 1 <= number <= upload.parts:
            raise MockHTTPError(409, f"Part number {number} is invalid: the upload has {upload.parts}.", code=8012)
        return number


def volume_key(volume_id: str, location: str) -> str:
    """Where the object store keeps the bytes of a volume's object (written by an export)."""
    return f"volumes/{volume_id}/{location}"


def part_key(upload_id: str, number: int) -> str:
    return f"uploads/{upload_id}/{number}"


def demo_content(node: Mapping[str, Any], seed: int) -> bytes:
    """A demo file's bytes: FASTQ records for ``.fastq``, else lines of text; ``size`` bytes long."""
    rng = random.Random(f"{seed}:{node['id']}")
    name, size = node["name"], node["size"]
    if name.endswith(".fastq"):
        lines: list[str] = []
        total = 0
        while total < size:
            read = "".join(rng.choice("ACGT") for _ in range(50))
            record = f"@{name}:{len(lines)}\n{read}\n+\n{'I' * 50}\n"
            lines.append(record)
            total += len(record)
        text = "".join(lines)
    else:
        text = "".join(f"{name}\tline {i}\t{rng.random():.6f}\n" for i in range(size // 20 + 1))
    return text.encode()[:size]


def as_input(node: Mapping[str, Any]) -> dict[str, Any]:
    """A file or folder as a task input."""
    return {"class": "File" if node["type"] == "file" else "Directory", "path": node["id"], "name": node["name"]}


def short_name_id(projects: Collection, fields: Mapping[str, Any]) -> str:
    """The ``owner-short-name`` id hook: ``owner/short-name``, or ``owner/short-name_1``, ``_2``... if taken."""
    owner, name = fields["created_by"], str(fields["name"])
    candidate, suffix = short_name(name), 0
    while f"{owner}/{candidate}" in projects:
        suffix += 1
        candidate = f"{short_name(name, len(str(suffix)) + 1)}_{suffix}"
    return f"{owner}/{candidate}"


def _node(name: str, project: str, parent: str, kind: str, created: str, *, size: int = 0) -> dict[str, Any]:
    return {"name": name, "project": project, "parent": parent, "type": kind, "created_on": created,
            "modified_on": created, "size": size, "metadata": {}, "tags": [], "origin_task": None}  # fmt: skip


def _uuid(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


def _seed(state: SevenBridgesState) -> None:
    """The users and the demo tasks (the other demo data is ``fixtures.yaml``)."""
    users = [
        User("john_doe", "john.doe@example.com", "John", "Doe"),
        User("rfranklin", "rosalind.franklin@example.com", "Rosalind", "Franklin", affiliation="King's College"),
        User("admin", "admin@example.com", "Platform", "Admin", role="ADMIN"),
    ]
    state.users = {u.username: u for u in users}
    my, lab = state.projects["john_doe/my-project"], state.projects["john_doe/rfranklins-experiments"]
    lab_root = state.files[lab["root_folder"]]
    images = state.child_named(lab_root, "images")
    assert images is not None
    samples = state.listing(images) + [n for n in state.listing(lab_root) if n["type"] == "file"]
    runs: list[tuple[str, str, dict[str, Any], str | None]] = [
        ("fastqc-0-11-9", "QC of sample 1", {"input_fastq": as_input(samples[0])}, None),
        ("fastqc-0-11-9", "QC of sample 2", {"input_fastq": as_input(samples[1])}, None),
        ("bamtools-merge-2-4-0", "Merge tumor samples", {"input_bam_files": [as_input(s) for s in samples[:4]]}, None),
        ("always-fails", "A run that fails", {"input_file": as_input(samples[2])}, "fail"),
        ("fastqc-0-11-9", "QC that was aborted", {"input_fastq": as_input(samples[3])}, "abort"),
        ("fastqc-0-11-9", "QC draft", {"input_fastq": as_input(samples[4])}, "draft"),
    ]  # fmt: skip
    ctx = state.ctx
    for number, (app_short, name, inputs, outcome) in enumerate(runs, start=1):
        app = state.apps[f"{my['id']}/{app_short}"]
        created = state.stamp(30)
        task = state.add_task(
            lab, app, len(app["revisions"]) - 1, name=name, description=None, inputs=inputs, created_time=created,
            task_id=_uuid(f"task:{number}"),
        )  # fmt: skip
        if outcome == "draft":
            continue
        task.start_time = state.stamp(2)
        task.end_time = state.stamp(25)
        task.job = ctx.finished_job("getTask", fail=FAILURE_MESSAGE if outcome == "fail" else None)
        task.aborted = outcome == "abort"
