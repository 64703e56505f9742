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
"""

from __future__ import annotations

import hashlib
import math
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ...core import Job, MockHTTPError, ServiceContext, clip
from .ratelimit import RateLimiter

EPOCH = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
NAMESPACE = uuid.UUID("6f1c1e1a-5b0e-4c5e-9a57-7b1d2b0e5b7d")
FILE_ID_BASE = 0x568CF5DCE4B0307BC0460000
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


def short_name(name: str) -> str:
    """A project's (or app's) short name: lower case, only letters, digits, spaces and underscores kept, spaces and
    underscores made hyphens. [inferred] Only ASCII letters and digits; ``untitled`` when nothing is left."""
    kept = "".join(ch for ch in name.lower() if (ch.isascii() and ch.isalnum()) or ch in " _")
    return kept.replace(" ", "-").replace("_", "-") or "untitled"


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
class BillingGroup:
    id: str
    name: str
    owner: str
    balance: str

    def to_json(self, api: str) -> dict[str, Any]:
        return {
            "href": f"{api}/billing/groups/{self.id}",
            "id": self.id,
            "owner": self.owner,
            "name": self.name,
            "type": "regular",
            "pending": False,
            "disabled": False,
            "balance": {"currency": "USD", "amount": self.balance},
        }


@dataclass(slots=True)
class Project:
    id: str
    name: str
    owner: str
    root_folder: str
    billing_group: str
    created_on: str
    description: str = ""
    tags: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    category: str = "PRIVATE"
    public: bool = False
    members: dict[str, dict[str, bool]] = field(default_factory=dict)
    modified_on: str = ""

    def to_json(self, api: str, user: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "href": f"{api}/projects/{self.id}",
            "id": self.id,
            "name": self.name,
            "type": "v2",
            "description": self.description,
            "tags": list(self.tags),
            "settings": {
                "locked": False,
                "controlled": False,
                "location": "aws:us-east-1",
                "use_interruptible_instances": True,
                "use_memoization": False,
                "use_elastic_disk": False,
                "intermediate_files": {"retention": "LIMITED", "duration": 24},
                **self.settings,
            },
            "permissions": dict(self.members.get(user) or (READ_ONLY | {"copy": True} if self.public else READ_ONLY)),
            "root_folder": self.root_folder,
            "billing_group": self.billing_group,
            "created_by": self.owner,
            "category": self.category,
            "created_on": self.created_on,
            "modified_on": self.modified_on or self.created_on,
        }
        return out


@dataclass(slots=True)
class FileNode:
    id: str
    name: str
    project: str
    parent: str | None
    kind: str  # file | folder
    created_on: str
    size: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    origin_task: str | None = None
    modified_on: str = ""

    def to_json(self, api: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "href": f"{api}/files/{self.id}",
            "id": self.id,
            "name": self.name,
            "project": self.project,
            "parent": self.parent or "",
            "type": self.kind,
            "created_on": self.created_on,
            "modified_on": self.modified_on or self.created_on,
        }
        if self.kind == "file":
            out["size"] = self.size
            out["storage"] = {"type": "PLATFORM", "hosted_on_locations": ["aws:us-east-1"]}
            out["origin"] = {"task": self.origin_task} if self.origin_task else {}
            out["metadata"] = dict(self.metadata)
            out["tags"] = list(self.tags)
        return out

    def as_input(self) -> dict[str, Any]:
        return {"class": "File" if self.kind == "file" else "Directory", "path": self.id, "name": self.name}


@dataclass(slots=True)
class App:
    owner: str
    project: str
    short: str
    name: str
    kind: str  # CommandLineTool | Workflow
    description: str
    inputs: list[tuple[str, str]]  # (input id, CWL type)
    revisions: list[str]  # created_on per revision
    created_by: str = "john_doe"

    @property
    def id(self) -> str:
        return f"{self.project}/{self.short}"

    @property
    def latest(self) -> int:
        return len(self.revisions) - 1

    def raw(self, revision: int) -> dict[str, Any]:
        app_id = f"{self.id}/{revision}"
        created = int(datetime.fromisoformat(self.revisions[0].replace("Z", "+00:00")).timestamp())
        return {
            "class": self.kind,
            "cwlVersion": "v1.0",
            "id": app_id,
            "label": self.name,
            "description": self.description,
            "inputs": [{"id": ident, "type": kind} for ident, kind in self.inputs],
            "outputs": [{"id": "output_file", "type": "File?"}],
            "sbg:id": app_id,
            "sbg:project": self.project,
            "sbg:revision": revision,
            "sbg:latestRevision": self.latest,
            "sbg:createdBy": self.created_by,
            "sbg:createdOn": created,
            "sbg:revisionsInfo": [
                {
                    "sbg:revision": index,
                    "sbg:modifiedBy": self.created_by,
                    "sbg:modifiedOn": created + 86400 * index,
                    "sbg:revisionNotes": None if index == 0 else f"Revision {index}",
                }
                for index in range(len(self.revisions))
            ],
            "sbg:validationErrors": [],
        }

    def to_json(self, api: str, revision: int | None) -> dict[str, Any]:
        rev = self.latest if revision is None else revision
        return {
            "href": f"{api}/apps/{self.id}/{rev}",
            "id": f"{self.id}/{rev}",
            "project": self.project,
            "name": self.name,
            "revision": rev,
            "raw": self.raw(rev),
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
    job: Job | None = None
    start_time: str | None = None
    end_time: str | None = None
    aborted: bool = False
    outputs: dict[str, Any] | None = None


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
    """Users, billing groups, projects (with members), files and folders, apps, tasks and uploads."""

    def __init__(self, ctx: ServiceContext, deployment: Deployment = SEVEN_BRIDGES) -> None:
        self.ctx = ctx
        self.deployment = deployment
        limit, window = ctx.config.rate_limit or deployment.rate_limit
        self.limiter = RateLimiter(limit, window)
        self.user = "john_doe"
        self.users: dict[str, User] = {}
        self.billing_groups: dict[str, BillingGroup] = {}
        self.projects: dict[str, Project] = {}
        self.files: dict[str, FileNode] = {}
        self.children: dict[str, list[str]] = {}
        self.apps: dict[str, App] = {}
        self.tasks: dict[str, Task] = {}
        self.uploads: dict[str, Upload] = {}
        self._next_file = 1
        self._next_upload = 1
        self._clock = EPOCH
        _seed(self)

    # -- time and ids ---------------------------------------------------------------------------------------

    def stamp(self, minutes: int = 7) -> str:
        self._clock += timedelta(minutes=minutes)
        return iso(self._clock)

    def new_file_id(self) -> str:
        while True:
            candidate = f"{FILE_ID_BASE + self._next_file:024x}"
            self._next_file += 1
            if candidate not in self.files:
                return candidate

    # -- projects and permissions ---------------------------------------------------------------------------

    def project(self, project_id: str, need: str = "read") -> Project:
        project = self.projects.get(project_id)
        if project is None:
            raise not_found("project", 3002)
        self.require(project, need)
        return project

    def can(self, project: Project, need: str) -> bool:
        granted = project.members.get(self.user)
        if granted is not None:
            return bool(granted.get(need))
        return project.public and need in ("read", "copy")

    def require(self, project: Project, need: str, code: int = 3001) -> None:
        if not self.can(project, need):
            what = "project" if code == 3001 else "file"
            raise MockHTTPError(403, f"Insufficient privileges to access the requested {what}.", code=code)

    def my_projects(self) -> list[Project]:
        return [p for p in self.projects.values() if self.user in p.members]

    def add_project(
        self,
        name: str,
        *,
        owner: str | None = None,
        short: str | None = None,
        billing_group: str | None = None,
        description: str = "",
        tags: Iterable[str] = (),
        settings: dict[str, Any] | None = None,
        created_on: str | None = None,
        public: bool = False,
    ) -> Project:
        owner = owner or self.user
        base = short or short_name(name)
        candidate, suffix = base, 0
        while f"{owner}/{candidate}" in self.projects:
            suffix += 1
            candidate = f"{base}_{suffix}"
        if billing_group is None:
            billing_group = next(iter(self.billing_groups))
        elif billing_group not in self.billing_groups:
            raise not_found("billing group", 4002)
        created = created_on or now_iso()
        project_id = f"{owner}/{candidate}"
        root = FileNode(self.new_file_id(), candidate, project_id, None, "folder", created)
        self.files[root.id] = root
        self.children[root.id] = []
        project = Project(
            project_id,
            name,
            owner,
            root.id,
            billing_group,
            created,
            description=description,
            tags=list(tags),
            settings=dict(settings or {}),
            category="PUBLIC" if public else "PRIVATE",
            public=public,
            members={owner: dict(ADMIN)},
        )
        self.projects[project_id] = project
        return project

    def delete_project(self, project: Project) -> None:
        for node in [n for n in self.files.values() if n.project == project.id]:
            self.forget(node)
        for task_id in [t.id for t in self.tasks.values() if t.project == project.id]:
            del self.tasks[task_id]
        del self.projects[project.id]

    # -- files and folders ----------------------------------------------------------------------------------

    def node(self, file_id: str, need: str = "read") -> FileNode:
        node = self.files.get(file_id)
        project = self.projects.get(node.project) if node is not None else None
        if node is None or project is None:
            raise not_found("file", 5002)
        self.require(project, need, code=5001)
        return node

    def folder_for(self, *, project: str | None, parent: str | None, need: str = "read") -> FileNode:
        """The folder a call names: a project's root folder, or a folder by id."""
        if project is not None:
            return self.files[self.project(project, need).root_folder]
        assert parent is not None
        node = self.files.get(parent)
        owner = self.projects.get(node.project) if node is not None else None
        if node is None or owner is None:
            raise not_found("file", 5002)
        self.require(owner, need, code=5001)
        if node.kind != "folder":
            raise MockHTTPError(409, "The parent must be a folder.", code=5022)
        return node

    def listing(self, folder: FileNode) -> list[FileNode]:
        return [self.files[i] for i in self.children.get(folder.id, [])]

    def child_named(self, folder: FileNode, name: str) -> FileNode | None:
        return next((n for n in self.listing(folder) if n.name == name), None)

    def add_node(
        self,
        folder: FileNode,
        name: str,
        kind: str,
        *,
        size: int = 0,
        metadata: dict[str, Any] | None = None,
        tags: Iterable[str] = (),
        origin_task: str | None = None,
        created_on: str | None = None,
        file_id: str | None = None,
    ) -> FileNode:
        node = FileNode(
            file_id or self.new_file_id(),
            name,
            folder.project,
            folder.id,
            kind,
            created_on or now_iso(),
            size=size,
            metadata=dict(metadata or {}),
            tags=list(tags),
            origin_task=origin_task,
        )
        self.files[node.id] = node
        self.children.setdefault(folder.id, []).append(node.id)
        if kind == "folder":
            self.children[node.id] = []
        return node

    def add_files(self, project_id: str, count: int, *, prefix: str = "bulk") -> list[FileNode]:
        """``count`` small files at the top of a project (for large listings in tests and demos)."""
        folder = self.files[self.projects[project_id].root_folder]
        created = now_iso()
        return [
            self.add_node(folder, f"{prefix}_{index:05d}.txt", "file", size=64, created_on=created)
            for index in range(1, count + 1)
        ]

    def forget(self, node: FileNode) -> None:
        for child in list(self.children.get(node.id, [])):
            self.forget(self.files[child])
        self.children.pop(node.id, None)
        if node.parent is not None and node.id in self.children.get(node.parent, []):
            self.children[node.parent].remove(node.id)
        self.files.pop(node.id, None)
        self.ctx.objects.delete(f"files/{node.id}")

    def free_name(self, folder: FileNode, name: str) -> str:
        """``name``, or ``_1_name``, ``_2_name``... when the folder already holds that name. [inferred]"""
        taken = {n.name for n in self.listing(folder)}
        candidate, index = name, 0
        while candidate in taken:
            index += 1
            candidate = f"_{index}_{name}"
        return candidate

    def content(self, node: FileNode) -> bytes:
        """The bytes of a file: what was uploaded, or generated (the same for the same seed) for demo files."""
        stored = self.ctx.objects.get(f"files/{node.id}")
        if stored is not None:
            return stored.content
        return demo_content(node, self.ctx.config.seed)

    # -- apps ---------------------------------------------------------------------------------------------

    def app(self, ref: str) -> tuple[App, int]:
        """The app a reference names (``o/p/app`` or ``o/p/app/rev``) and its revision."""
        parts = ref.split("/")
        revision: int | None = None
        if len(parts) == 4:
            if not parts[3].isdigit():
                raise not_found("app", 6002)
            revision = int(parts[3])
        app = self.apps.get("/".join(parts[:3]))
        if app is None or (revision is not None and revision > app.latest):
            raise not_found("app", 6002)
        self.project(app.project)
        return app, app.latest if revision is None else revision

    def visible_apps(self, project: str | None, public: bool) -> list[App]:
        if project is not None:
            self.project(project)
            return [a for a in self.apps.values() if a.project == project]
        if public:
            return [a for a in self.apps.values() if self.projects[a.project].public]
        mine = {p.id for p in self.my_projects()}
        return [a for a in self.apps.values() if a.project in mine]

    # -- tasks --------------------------------------------------------------------------------------------

    def task(self, task_id: str) -> Task:
        task = self.tasks.get(task_id)
        if task is None or task.project not in self.projects:
            raise not_found("task", 7002)
        self.project(task.project)
        return task

    def add_task(
        self,
        project: Project,
        app: App,
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
            name or f"{app.name} run - {created[:16].replace('T', ' ')}",
            description,
            project.id,
            f"{app.id}/{revision}",
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

    def start_upload(self, folder: FileNode, name: str, size: int, part_size: int | None, overwrite: bool) -> Upload:
        existing = self.child_named(folder, name)
        if existing is not None and (not overwrite or existing.kind == "folder"):
            raise MockHTTPError(409, f"File {clip(name, 80)!r} already exists.", code=8005)
        wanted = part_size or DEFAULT_PART_SIZE
        chosen = max(wanted, MIN_PART_SIZE, math.ceil(size / MAX_PARTS))
        digest = hashlib.sha256(f"{self._next_upload}:{folder.id}:{name}".encode()).hexdigest()
        self._next_upload += 1
        upload = Upload(digest, folder.project, folder.id, name, size, chosen, now_iso(), overwrite)
        self.uploads[upload.id] = upload
        return upload

    def upload(self, upload_id: str) -> Upload:
        upload = self.uploads.get(upload_id)
        if upload is None or upload.project not in self.projects:
            raise not_found("upload", 8003)
        return upload

    def finish_upload(self, upload: Upload) -> FileNode:
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
            if not upload.overwrite or existing.kind == "folder":
                raise MockHTTPError(409, f"File {clip(upload.name, 80)!r} already exists.", code=8005)
            self.forget(existing)
        node = self.add_node(folder, upload.name, "file", size=len(content))
        objects.put(f"files/{node.id}", content, "application/octet-stream", node.name)
        self.drop_upload(upload)
        return node

    def drop_upload(self, upload: Upload) -> None:
        for number in range(1, min(upload.parts, MAX_PARTS) + 1):
            self.ctx.objects.delete(part_key(upload.id, number))
        self.uploads.pop(upload.id, None)


def part_key(upload_id: str, number: int) -> str:
    return f"uploads/{upload_id}/{number}"


def demo_content(node: FileNode, seed: int) -> bytes:
    """A demo file's bytes: FASTQ records for ``.fastq``, else lines of text; ``node.size`` bytes long."""
    rng = random.Random(f"{seed}:{node.id}")
    if node.name.endswith(".fastq"):
        lines: list[str] = []
        total = 0
        while total < node.size:
            read = "".join(rng.choice("ACGT") for _ in range(50))
            record = f"@{node.name}:{len(lines)}\n{read}\n+\n{'I' * 50}\n"
            lines.append(record)
            total += len(record)
        text = "".join(lines)
    else:
        text = "".join(f"{node.name}\tline {i}\t{rng.random():.6f}\n" for i in range(node.size // 20 + 1))
    return text.encode()[: node.size]


def _uuid(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


def _seed(state: SevenBridgesState) -> None:
    users = [
        User("john_doe", "john.doe@example.com", "John", "Doe"),
        User("rfranklin", "rosalind.franklin@example.com", "Rosalind", "Franklin", affiliation="King's College"),
        User("admin", "admin@example.com", "Platform", "Admin", role="ADMIN"),
    ]
    state.users = {u.username: u for u in users}
    for name, balance in (("john_doe's billing group", "1000.00"), ("Pilot grant", "250.00")):
        group = BillingGroup(_uuid(f"billing:{name}"), name, "john_doe", balance)
        state.billing_groups[group.id] = group

    my = state.add_project("My project", short="my-project", description="70 FASTQ files", created_on=state.stamp())
    my.tags = ["demo"]
    root = state.files[my.root_folder]
    for index in range(1, 71):
        state.add_node(
            root,
            f"sample_{index:03d}.fastq",
            "file",
            size=2000 + 37 * index,
            metadata={"sample_id": f"S{index:03d}", "library": f"L{index % 3 + 1}", "platform": "Illumina"},
            tags=["fastq"] + (["tumor"] if index % 2 else ["normal"]),
            created_on=state.stamp(1),
        )

    lab = state.add_project("RFranklin's experiments", created_on=state.stamp())
    lab.members["rfranklin"] = full_permissions({"write": True, "copy": True, "execute": True})
    lab_root = state.files[lab.root_folder]
    images = state.add_node(lab_root, "images", "folder", created_on=state.stamp(1))
    for index in range(1, 4):
        state.add_node(images, f"photo_51_{index}.tif", "file", size=4096, created_on=state.stamp(1))
    state.add_node(lab_root, "notes.txt", "file", size=512, created_on=state.stamp(1))
    state.add_node(lab_root, "protocol.pdf", "file", size=1024, created_on=state.stamp(1))

    one = state.add_project("project1", short="project1", created_on=state.stamp())
    one_root = state.files[one.root_folder]
    for file_id, name, size in (
        ("567890abc9b0307bc0414164", "example_human_known_indels.vcf", 3000),
        ("567890abc1e5339df0414123", "WES_human_Illumina.pe_1.fastq", 6000),
        ("567890abc4f3066bc3750174", "WES_human_Illumina.pe_2.fastq", 6000),
    ):
        state.add_node(one_root, name, "file", size=size, file_id=file_id, created_on=state.stamp(1))
    state.add_project("Project 2", short="project2", created_on=state.stamp())

    public = state.add_project(
        "SBG Public Data", owner="admin", short="sbg-public-data", public=True, created_on=state.stamp()
    )
    public.description = "Seven Bridges public reference files"
    public_root = state.files[public.root_folder]
    for name, size in (
        ("human_g1k_v37_decoy.fasta", 8000),
        ("Homo_sapiens_assembly38.fasta", 8000),
        ("dbsnp_138.b37.vcf", 5000),
        ("Mills_and_1000G_gold_standard.indels.b37.vcf", 4000),
    ):
        state.add_node(
            public_root, name, "file", size=size, metadata={"reference_genome": "b37"}, created_on=state.stamp(1)
        )

    reads = [("input_bam_files", "File[]")]
    apps = [
        App("john_doe", my.id, "bamtools-merge-2-4-0", "BamTools Merge 2.4.0", "CommandLineTool",
            "Merges BAM files.", reads, [state.stamp(), state.stamp()]),
        App("john_doe", my.id, "fastqc-0-11-9", "FastQC 0.11.9", "CommandLineTool",
            "Quality control of sequencing reads.", [("input_fastq", "File")], [state.stamp()]),
        App("john_doe", my.id, "always-fails", "Always fails (labmock)", "CommandLineTool",
            "A labmock demo app whose tasks always fail, to exercise error paths.", [("input_file", "File?")],
            [state.stamp()]),
        App("admin", public.id, "whole-exome-sequencing-bwa-gatk-4-0", "Whole Exome Sequencing - BWA + GATK 4.0",
            "Workflow", "Aligns reads with BWA and calls variants with GATK 4.0.",
            [("Reads_FASTQ", "File[]"), ("known_indels", "File")], [state.stamp(), state.stamp(), state.stamp()],
            created_by="admin"),
    ]  # fmt: skip
    state.apps = {app.id: app for app in apps}

    samples = state.listing(images) + [n for n in state.listing(lab_root) if n.kind == "file"]
    runs: list[tuple[str, str, dict[str, Any], str | None]] = [
        ("fastqc-0-11-9", "QC of sample 1", {"input_fastq": samples[0].as_input()}, None),
        ("fastqc-0-11-9", "QC of sample 2", {"input_fastq": samples[1].as_input()}, None),
        ("bamtools-merge-2-4-0", "Merge tumor samples", {"input_bam_files": [s.as_input() for s in samples[:4]]}, None),
        ("always-fails", "A run that fails", {"input_file": samples[2].as_input()}, "fail"),
        ("fastqc-0-11-9", "QC that was aborted", {"input_fastq": samples[3].as_input()}, "abort"),
        ("fastqc-0-11-9", "QC draft", {"input_fastq": samples[4].as_input()}, "draft"),
    ]  # fmt: skip
    ctx = state.ctx
    for number, (app_short, name, inputs, outcome) in enumerate(runs, start=1):
        app = state.apps[f"{my.id}/{app_short}"]
        created = state.stamp(30)
        task = state.add_task(
            lab, app, app.latest, name=name, description=None, inputs=inputs, created_time=created,
            task_id=_uuid(f"task:{number}"),
        )  # fmt: skip
        if outcome == "draft":
            continue
        task.start_time = state.stamp(2)
        task.end_time = state.stamp(25)
        task.job = ctx.finished_job("getTask", fail=FAILURE_MESSAGE if outcome == "fail" else None)
        task.aborted = outcome == "abort"
