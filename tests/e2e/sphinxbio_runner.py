"""Every call of the vendor's official Sphinx client (``sphinxbio==0.1.1``, unmodified) against a running mock.

Run by the interpreter of ``.venv-sphinxbio`` (the client pins pydantic 2.7.1, so it cannot share ``.venv``)::

    .venv-sphinxbio/bin/python tests/e2e/sphinxbio_runner.py ORIGIN KEY basic|bearer WORKDIR [CALL,CALL,...]

``ORIGIN`` is the host root (the client joins ``v1/...`` and ``api/...`` onto it); ``production`` builds the client
without ``base_url``, on its default environment (``https://api.sphinxbio.com``, for ``labmock.intercept``). The
optional last argument runs only the calls it names. The two auth modes are the two a user has
(shared/reference/sphinx-official-client.md §2):

- ``basic``: the client as documented, ``SphinxBio(username=KEY, password="")`` (HTTP Basic ``KEY:``);
- ``bearer``: no username/password; every method gets ``request_options={"additional_headers": {"Authorization":
  "Bearer KEY"}}`` and the two helpers (which take no request options) an ``httpx.Client`` whose auth adds it to
  the API's requests only (not to the presigned upload, which must carry no credential: ``ApiOnlyBearer``).

It prints one JSON object, ``{"mode": ..., "calls": {name: "ok" | "<what went wrong>"}}``: the 29 endpoints, the
``Redirect`` cases of the two downloads, ``ObjectNotFoundError`` on the twelve methods that match it, and the two
helpers of ``sphinxbio/client.py``: 34 names, in a fixed order. A call is ``ok`` only when its answer parses into the
client's models *and* says what the API means (the example ids are there, pages continue and end, filters filter,
what was created reads back); otherwise the text names the first thing that did not hold. Nothing here is a mock
detail beyond the demo data's documented ids.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sys
import traceback
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel
from sphinxbio import (
    CreateAnalysisTemplate,
    CreateCampaign,
    CreateDataset,
    CreateEntity,
    CreateFile,
    NonCsvFileError,
    ObjectNotFoundError,
    Redirect,
    RegisterDatasetSchema,
    UpdateCampaign,
    UpdateEntity,
)
from sphinxbio.client import SphinxBio
from sphinxbio.core.api_error import ApiError
from sphinxbio.errors import InvalidStagedFileError

TIMEOUT = 30.0
PRODUCTION, PRODUCTION_URL = "production", "https://api.sphinxbio.com"
MAX_POLLS = 50
PAGE = 20  # the page size the lists are walked at: every demo list has several such pages
CSV = b"well,compound,concentration_uM,signal\nA01,SPX-101,0.001,48211.5\nA02,SPX-101,0.003,47150.2\n"


class PlateReading(BaseModel):
    """The model ``register_dataset_schema`` pickles (module level: cloudpickle cannot pickle a local one here)."""

    well: str
    compound: str
    concentration_uM: float
    signal: float


class ApiOnlyBearer(httpx.Auth):
    """The key as ``Authorization: Bearer`` on the API's own requests only (its origin, paths under ``/v1/`` and
    ``/api/``). The helpers send every request through the client's ``httpx.Client``, the presigned upload too; a
    client whose default headers carry the key (the reference's recipe) would hand it to the storage host, which
    has no use for it (the mock ignores it there, the form's signed policy is the authority)."""

    def __init__(self, origin: str, key: str) -> None:
        self.origin = httpx.URL(origin)
        self.key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        same_origin = (request.url.scheme, request.url.host, request.url.port) == (
            self.origin.scheme,
            self.origin.host,
            self.origin.port,
        )
        if same_origin and request.url.path.startswith(("/v1/", "/api/")):
            request.headers["Authorization"] = f"Bearer {self.key}"
        yield request


class Check(AssertionError):
    """A call answered, and parsed, but not with what the API means."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise Check(message)


@dataclass
class Run:
    origin: str
    key: str
    mode: str
    workdir: Path
    client: Any = None  # the SDK client every method goes through
    no_redirects: Any = None  # the same, with follow_redirects=False (the only way the client sees a Redirect)
    helper_client: Any = None  # the client whose helpers run (they take no request_options)
    made: dict[str, Any] = field(default_factory=dict)  # what earlier calls created, for later ones
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))  # before anything is made

    def __post_init__(self) -> None:
        where: dict[str, Any] = {} if self.origin == PRODUCTION else {"base_url": self.origin}
        if self.origin == PRODUCTION:
            self.origin = PRODUCTION_URL
        if self.mode == "basic":
            self.client = SphinxBio(**where, username=self.key, password="", timeout=TIMEOUT)
            self.no_redirects = SphinxBio(
                **where, username=self.key, password="", timeout=TIMEOUT, follow_redirects=False
            )
            self.helper_client = self.client
        elif self.mode == "bearer":
            self.client = SphinxBio(**where, timeout=TIMEOUT)
            self.no_redirects = SphinxBio(**where, timeout=TIMEOUT, follow_redirects=False)
            helper_http = httpx.Client(
                auth=ApiOnlyBearer(self.origin, self.key), timeout=TIMEOUT, follow_redirects=True
            )
            self.helper_client = SphinxBio(**where, httpx_client=helper_http)
        else:
            raise SystemExit(f"mode must be basic or bearer, not {self.mode!r}")

    def options(self, **query: Any) -> dict[str, Any] | None:
        """The request_options of one method call: the Bearer header in bearer mode, extra query parameters."""
        options: dict[str, Any] = {}
        if self.mode == "bearer":
            options["additional_headers"] = {"Authorization": f"Bearer {self.key}"}
        if query:
            options["additional_query_parameters"] = query
        return options or None

    def earlier(self, what: str, call: str) -> Any:
        """What an earlier call made (that call failed if there is none)."""
        if what not in self.made:
            raise Check(f"no {what}: {call} failed")
        return self.made[what]

    # -- shared steps ------------------------------------------------------------------------------------------

    def pages(self, method: Callable[..., Any], path: str, limit: int, **kwargs: Any) -> Iterator[Any]:
        """Every page of a list, ``nextToken`` sent back until there is none (``limit`` and ``nextToken`` as the
        two methods that take them do, the other seven through ``additional_query_parameters``)."""
        native = "next_token" in method.__code__.co_varnames
        token: str | None = None
        for _ in range(1000):
            if native:
                page = method(limit=limit, next_token=token, request_options=self.options(), **kwargs)
            else:
                query: dict[str, Any] = {"limit": limit, **({"nextToken": token} if token else {})}
                page = method(request_options=self.options(**query))
            check(urlsplit(page.url).path == path, f"url {page.url!r} is not the list's ({path})")
            check(len(page.data) <= limit, f"{len(page.data)} items on a page of limit {limit}")
            yield page
            token = page.next_token
            if not token:
                return
        raise Check("the list never ended")

    def all_items(self, method: Callable[..., Any], path: str, limit: int = PAGE, **kwargs: Any) -> list[Any]:
        items = [item for page in self.pages(method, path, limit, **kwargs) for item in page.data]
        ids = [item.id for item in items]
        check(len(ids) == len(set(ids)), f"{path}: an item came twice across pages")
        return items

    def listed(self, method: Callable[..., Any], path: str, example: str, page: int = PAGE) -> list[Any]:
        """A list read to its end: it holds the example id and has several pages of ``page`` items."""
        first = method(request_options=self.options())
        check(first.data, f"{path}: the first page (default limit) is empty")
        items = self.all_items(method, path, limit=page)
        check(example in {item.id for item in items}, f"{path}: {example} is not listed")
        check(len(items) > page, f"{path}: {len(items)} items are fewer than two pages of {page}")
        return items

    def stage(self, filename: str, content: bytes) -> str:
        """Upload through the storage endpoint's presigned POST, as the helper does, with no API credential."""
        answer = self.client.storage.get_presigned_url_for_upload(filename=filename, request_options=self.options())
        presigned = answer.presigned_response
        form = dict(presigned.fields)
        posted = httpx.post(
            presigned.url, data=form, files={"file": (filename.rsplit("/", 1)[-1], content)}, timeout=TIMEOUT
        )
        check(posted.is_success, f"the presigned POST answered {posted.status_code}: {posted.text[:200]}")
        return str(answer.path)

    def fetch(self, url: str) -> bytes:
        """A signed URL, fetched as a user does: no credential (relative URLs are on the API's host)."""
        response = httpx.get(httpx.URL(self.origin).join(url), timeout=TIMEOUT, follow_redirects=True)
        check(response.status_code == 200, f"the signed URL {url!r} answered {response.status_code}")
        return response.content

    def wait_task(self, task_id: str) -> tuple[list[str], Any]:
        statuses: list[str] = []
        for _ in range(MAX_POLLS):
            task = self.client.external_tasks.get_task(task_id=task_id, request_options=self.options())
            statuses.append(task.status)
            if task.status != "PROCESSING":
                return statuses, task
        raise Check(f"task {task_id} still PROCESSING after {MAX_POLLS} polls")


# -- the calls -------------------------------------------------------------------------------------------------------


def campaigns_list(run: Run) -> None:
    run.listed(run.client.campaigns.list_campaigns, "/v1/campaigns", "camp_12345")


def campaigns_get(run: Run) -> None:
    campaign = run.client.campaigns.get_campaign("camp_12345", request_options=run.options())
    check(campaign.id == "camp_12345" and campaign.name, f"got {campaign!r}")


def campaigns_create(run: Run) -> None:
    name = f"Official client campaign ({run.mode})"
    made = run.client.campaigns.create_campaign(request=CreateCampaign(name=name), request_options=run.options())
    check(made.name == name, f"created {made!r}")
    again = run.client.campaigns.get_campaign(made.id, request_options=run.options())
    check(again.name == name, f"read back {again!r}")
    run.made["campaign"] = made


def campaigns_update(run: Run) -> None:
    made = run.earlier("campaign", "create_campaign")
    name = f"Renamed campaign ({run.mode})"
    updated = run.client.campaigns.update_campaign(
        made.id, request=UpdateCampaign(name=name), request_options=run.options()
    )
    check(updated.id == made.id and updated.name == name, f"updated {updated!r}")
    check(updated.created_at == made.created_at and updated.updated_at >= made.updated_at, "timestamps")
    check(run.client.campaigns.get_campaign(made.id, request_options=run.options()).name == name, "not kept")


def datasets_list(run: Run) -> None:
    datasets = run.listed(run.client.datasets.list_datasets, "/v1/datasets", "ds_12345")
    check(all(isinstance(d.tags, list) and d.creator.id for d in datasets), "a dataset without tags or creator")


def datasets_download(run: Run) -> None:
    url = run.client.datasets.download_dataset("ds_12345", request_options=run.options())
    check(isinstance(url, str) and url, f"answered {url!r}, not the signed URL's string")
    check(run.fetch(url), "the signed URL served nothing")


def datasets_create(run: Run) -> None:
    path = run.stage("plate_reader_export.csv", CSV)
    name = f"Official client dataset ({run.mode})"
    request = CreateDataset(campaignId="camp_12345", name=name, stagedUploadPath=path, tags=["official-client"])
    started = run.client.datasets.create_dataset(request=request, request_options=run.options())
    check(started.task_id, "no taskId")
    run.made["dataset_task"] = (started.task_id, name)
    try:
        not_csv = run.stage("notes.txt", b"\x89PNG\r\n\x1a\n not a table")
        run.client.datasets.create_dataset(
            request=CreateDataset(campaignId="camp_12345", name="notes", stagedUploadPath=not_csv),
            request_options=run.options(),
        )
        raise Check("a staged non-CSV file was accepted")
    except NonCsvFileError:
        pass
    try:
        run.client.datasets.create_dataset(
            request=CreateDataset(campaignId="camp_12345", name="missing", stagedUploadPath="uploads/never-staged.csv"),
            request_options=run.options(),
        )
        raise Check("a path that was never staged was accepted")
    except InvalidStagedFileError as error:
        check(error.body.message, "InvalidStagedFileError without a message")


def plots_list(run: Run) -> None:
    plots = run.listed(run.client.plots.list_plots, "/v1/plots", "plot_12345")
    check(all(p.notebook_id and p.creator.id for p in plots), "a plot without notebookId or creator")


def plots_get(run: Run) -> None:
    plot = run.client.plots.get_plot("plot_12345", request_options=run.options())
    check(plot.id == "plot_12345" and plot.notebook_id, f"got {plot!r}")


def files_list(run: Run) -> None:
    files = run.listed(run.client.files.list_files, "/v1/files", "file_12345")
    check(all(f.mimetype and f.creator.id for f in files), "a file without mimetype or creator")


def files_get(run: Run) -> None:
    file = run.client.files.get_file("file_12345", request_options=run.options())
    check(file.id == "file_12345" and file.name and file.mimetype, f"got {file!r}")


def files_download(run: Run) -> None:
    answer = run.client.files.download_file("file_12345", request_options=run.options())
    check(run.fetch(answer.signed_url), "the signed URL served nothing")


def files_create(run: Run) -> None:
    content = b"compound,smiles\nSPX-101,CC(=O)Nc1ccc(O)cc1\n"
    path = run.stage("compounds.csv", content)
    made = run.client.files.create_file(
        request=CreateFile(name="compounds.csv", stagedUploadPath=path), request_options=run.options()
    )
    check(made.name == "compounds.csv" and made.mimetype, f"created {made!r}")
    check(run.client.files.get_file(made.id, request_options=run.options()).name == "compounds.csv", "not kept")
    url = run.client.files.download_file(made.id, request_options=run.options()).signed_url
    check(run.fetch(url) == content, "the new file's download is not what was uploaded")


def filtered(run: Run, method: Callable[..., Any], path: str, example: str) -> None:
    """limit, sort, created.gt/lt, updated.gt/lt and nextToken, as the annotations and entities lists take them.
    Every answer must obey its order and window; the exact sets are compared on the demo data alone (what no runner
    made or changed: the two modes run at once against one server)."""

    def demo(items: list[Any]) -> list[str]:
        return [i.id for i in items if i.created_at < run.started and i.updated_at < run.started]

    every = run.all_items(method, path, sort="created_asc")
    check(example in {item.id for item in every}, f"{path}: {example} is not listed")
    check(len(every) > 2 * PAGE, f"{path}: {len(every)} items are fewer than three pages of {PAGE}")
    check(ordered(every, "created_at"), f"{path}: sort=created_asc is not in creation order")
    newest = run.all_items(method, path, sort="created_desc")
    check(ordered(newest, "created_at", reverse=True), f"{path}: sort=created_desc is not newest first")
    check(demo(newest) == demo(every)[::-1], f"{path}: created_desc is not created_asc reversed")
    by_update = run.all_items(method, path, sort="updated_desc")
    check(ordered(by_update, "updated_at", reverse=True), f"{path}: sort=updated_desc is not by update time")
    base = [i for i in every if i.id in set(demo(every))]
    middle: dt.datetime = base[len(base) // 2].created_at
    after = run.all_items(method, path, created_gt=middle)
    check(all(i.created_at > middle for i in after), f"{path}: created.gt let an older item through")
    check(set(demo(after)) == {i.id for i in base if i.created_at > middle}, f"{path}: created.gt")
    before = run.all_items(method, path, created_lt=middle)
    check(all(i.created_at < middle for i in before), f"{path}: created.lt let a newer item through")
    check(set(demo(before)) == {i.id for i in base if i.created_at < middle}, f"{path}: created.lt")
    updated = sorted(i.updated_at for i in base)
    pivot, top = updated[len(updated) // 3], updated[-1]
    window = run.all_items(method, path, updated_gt=pivot, updated_lt=top)
    check(all(pivot < i.updated_at < top for i in window), f"{path}: updated.gt / updated.lt let an item through")
    expected = {i.id for i in base if pivot < i.updated_at < top}
    check(set(demo(window)) == expected, f"{path}: updated.gt with updated.lt")
    first = method(limit=3, request_options=run.options())
    check(len(first.data) == 3 and first.next_token, f"{path}: limit=3 gave {len(first.data)} items and no token")
    default = method(request_options=run.options())
    check(default.data and urlsplit(default.url).path == path, f"{path}: the default page")


def ordered(items: list[Any], field: str, *, reverse: bool = False) -> bool:
    values = [getattr(item, field) for item in items]
    return values == sorted(values, reverse=reverse)


def annotations_list(run: Run) -> None:
    filtered(run, run.client.annotations.list_annotations, "/v1/annotations", "hit_asd3b18")


def annotations_get(run: Run) -> None:
    hit = run.client.annotations.get_annotation("hit_asd3b18", request_options=run.options())
    check(hit.id == "hit_asd3b18" and hit.campaign_id and hit.dataset_id and hit.entity_id, f"got {hit!r}")


def analyses_list(run: Run) -> None:
    run.listed(run.client.analyses.list_analyses, "/v1/analyses", "nb_12345")


def analyses_get(run: Run) -> None:
    analysis = run.client.analyses.get_analysis("nb_12345", request_options=run.options())
    check(analysis.id == "nb_12345" and analysis.campaign_id and analysis.creator.id, f"got {analysis!r}")


def templates_list(run: Run) -> None:
    run.listed(run.client.analysis_templates.list_analysis_templates, "/v1/analysis-templates", "nbtemp_12345")


def templates_get(run: Run) -> None:
    template = run.client.analysis_templates.get_analysis_template("nbtemp_12345", request_options=run.options())
    check(template.id == "nbtemp_12345" and template.name, f"got {template!r}")


def templates_create(run: Run) -> None:
    name = f"Dose-response template ({run.mode})"
    made = run.client.analysis_templates.create_analysis_template(
        request=CreateAnalysisTemplate(name=name, analysisId="nb_12345"), request_options=run.options()
    )
    check(made.name == name and made.creator.id, f"created {made!r}")
    again = run.client.analysis_templates.get_analysis_template(made.id, request_options=run.options())
    check(again.name == name, "not kept")


def entities_list(run: Run) -> None:
    filtered(run, run.client.entities.list_entities, "/v1/entities", "ent_12345")
    types = {item.type for item in run.all_items(run.client.entities.list_entities, "/v1/entities", limit=50)}
    check(len(types) >= 5, f"the entities have only the types {sorted(types)}")


def entities_get(run: Run) -> None:
    entity = run.client.entities.get_entity("ent_12345", request_options=run.options())
    check(entity.id == "ent_12345" and entity.name, f"got {entity!r}")
    protein = run.client.entities.get_entity("seq_12345", request_options=run.options())
    check(protein.type == "aa_sequence" and protein.amino_acids, f"seq_12345 is {protein!r}")
    rna = run.client.entities.get_entity("rna_1a441e4", request_options=run.options())
    check(rna.type == "rna_sequence" and set(rna.sequence) <= set("ACGU"), f"rna_1a441e4 is {rna!r}")


def entities_create(run: Run) -> None:
    external = f"ext_official_{run.mode}"
    request = CreateEntity(
        name="HEK293T", externalId=external, campaignId="camp_12345", data={"gene": "BRCA1"}, isControl=False
    )
    made = run.client.entities.create_entity(request=request, request_options=run.options())
    check(isinstance(made, list) and len(made) == 1, f"answered {made!r}, not an array of one entity")
    (entity,) = made
    check(entity.name == "HEK293T" and entity.external_id == external and entity.data == {"gene": "BRCA1"}, "fields")
    check(entity.is_control is False and entity.campaign_id == "camp_12345", f"created {entity!r}")
    run.made["entity"] = entity


def entities_update(run: Run) -> None:
    entity = run.earlier("entity", "create_entity")
    updated = run.client.entities.update_entity(
        entity.id, request=UpdateEntity(name="HEK293T (clone 4)"), request_options=run.options()
    )
    check(updated.id == entity.id and updated.name == "HEK293T (clone 4)", f"updated {updated!r}")
    check(updated.type == entity.type and updated.external_id == entity.external_id, "the update lost fields")
    check(run.client.entities.get_entity(entity.id, request_options=run.options()).name == updated.name, "not kept")


def schemas_register(run: Run) -> None:
    pickled = base64.b64encode(b"\x80\x05 an opaque pickle the server must never load").decode()
    made = run.client.dataset_schemas.register_dataset_schema(
        request=RegisterDatasetSchema(className="ElisaReading", cloudPickle=pickled), request_options=run.options()
    )
    check(made.name == "ElisaReading" and made.id, f"registered {made!r}")
    check(run.client.dataset_schemas.get_dataset_schema(made.id, request_options=run.options()).id == made.id, "kept")


def schemas_get(run: Run) -> None:
    schema = run.client.dataset_schemas.get_dataset_schema("dssch_67890", request_options=run.options())
    check(schema.id == "dssch_67890" and schema.name, f"got {schema!r}")


def schemas_list(run: Run) -> None:
    run.listed(run.client.dataset_schemas.list_dataset_schemas, "/v1/dataset-schemas", "dssch_67890")


def tasks_get(run: Run) -> None:
    task_id, name = run.earlier("dataset_task", "create_dataset")
    statuses, task = run.wait_task(task_id)
    check(statuses[0] == "PROCESSING", f"the first poll was {statuses[0]}, not PROCESSING")
    check(task.status == "SUCCESS", f"the task ended {task!r}")
    check(task.result.type == "CREATE_DATASET" and task.result.dataset_id, f"result {task.result!r}")
    datasets = run.all_items(run.client.datasets.list_datasets, "/v1/datasets", limit=100)
    made = [d for d in datasets if d.id == task.result.dataset_id]
    check(made and made[0].name == name and made[0].campaign_id == "camp_12345", "the new dataset is not listed")


def storage_upload_url(run: Run) -> None:
    answer = run.client.storage.get_presigned_url_for_upload(filename="plate.csv", request_options=run.options())
    presigned = answer.presigned_response
    check(presigned.url and presigned.fields and answer.path, f"answered {answer!r}")
    tampered = {**presigned.fields, "key": "somewhere/else.csv"}
    refused = httpx.post(presigned.url, data=tampered, files={"file": ("plate.csv", CSV)}, timeout=TIMEOUT)
    check(refused.status_code in (400, 403), f"a tampered form was stored ({refused.status_code})")
    posted = httpx.post(presigned.url, data=dict(presigned.fields), files={"file": ("plate.csv", CSV)}, timeout=TIMEOUT)
    check(posted.is_success, f"the presigned POST answered {posted.status_code}: {posted.text[:200]}")


def redirect_case(run: Run, call: Callable[[Any], Any]) -> None:
    """A download the server answers by redirecting: seen as ``Redirect`` only with ``follow_redirects=False``."""
    try:
        answer = call(run.no_redirects)
    except Redirect as redirect:
        check(redirect.status_code == 307, f"status {redirect.status_code}")
        return
    raise Check(f"answered {answer!r} instead of a Redirect")


def datasets_download_redirect(run: Run) -> None:
    """``ds_9d538f5`` (the client's second example id) is kept in external storage: its download redirects."""
    redirect_case(run, lambda client: client.datasets.download_dataset("ds_9d538f5", request_options=run.options()))


def files_download_redirect(run: Run) -> None:
    """``file_121gb31`` (the client's second example id) is kept in external storage: its download redirects."""
    redirect_case(run, lambda client: client.files.download_file("file_121gb31", request_options=run.options()))


def not_found(run: Run) -> None:
    """The twelve methods that match ``ObjectNotFoundError``, each with an id that names nothing."""
    c = run.client
    o = run.options()
    calls: list[tuple[str, str, Callable[[str], Any]]] = [
        ("Campaign", "camp_404", lambda i: c.campaigns.get_campaign(i, request_options=o)),
        (
            "Campaign",
            "camp_405",
            lambda i: c.campaigns.update_campaign(i, request=UpdateCampaign(name="x"), request_options=o),
        ),
        ("Dataset", "ds_404", lambda i: c.datasets.download_dataset(i, request_options=o)),
        ("Plot", "plot_404", lambda i: c.plots.get_plot(i, request_options=o)),
        ("File", "file_404", lambda i: c.files.get_file(i, request_options=o)),
        ("File", "file_405", lambda i: c.files.download_file(i, request_options=o)),
        ("Annotation", "hit_404", lambda i: c.annotations.get_annotation(i, request_options=o)),
        ("Analysis", "nb_404", lambda i: c.analyses.get_analysis(i, request_options=o)),
        ("AnalysisTemplate", "nbtemp_404", lambda i: c.analysis_templates.get_analysis_template(i, request_options=o)),
        ("Entity", "ent_404", lambda i: c.entities.get_entity(i, request_options=o)),
        ("Entity", "ent_405", lambda i: c.entities.update_entity(i, request=UpdateEntity(name="x"), request_options=o)),
        ("DatasetSchema", "dssch_404", lambda i: c.dataset_schemas.get_dataset_schema(i, request_options=o)),
    ]
    wrong: list[str] = []
    for object_name, missing, call in calls:
        try:
            call(missing)
            wrong.append(f"{missing}: answered")
        except ObjectNotFoundError as error:
            if (error.body.object_name, error.body.id) != (object_name, missing):
                wrong.append(f"{missing}: body {error.body!r}")
        except Exception as error:
            wrong.append(f"{missing}: {describe(error)}")
    check(not wrong, "; ".join(wrong))


def helper_create_dataset_from_file(run: Run) -> None:
    source = run.workdir / f"elisa_{run.mode}.csv"
    source.write_bytes(CSV)
    dataset_id = run.helper_client.create_dataset_from_file(filename=str(source), campaign_id="camp_12345")
    check(isinstance(dataset_id, str) and dataset_id, f"returned {dataset_id!r}")
    datasets = run.all_items(run.client.datasets.list_datasets, "/v1/datasets", limit=100)
    made = [d for d in datasets if d.id == dataset_id]
    check(made and made[0].name == str(source), f"dataset {dataset_id} is not listed under its file's name")


def helper_register_dataset_schema(run: Run) -> None:
    schema = run.helper_client.register_dataset_schema(pydantic_model=PlateReading)
    check(schema.name == "PlateReading" and schema.id, f"registered {schema!r}")
    listed = run.all_items(run.client.dataset_schemas.list_dataset_schemas, "/v1/dataset-schemas", limit=100)
    check(schema.id in {s.id for s in listed}, "the registered schema is not listed")


CALLS: tuple[tuple[str, Callable[[Run], None]], ...] = (
    ("campaigns.list_campaigns", campaigns_list),
    ("campaigns.get_campaign", campaigns_get),
    ("campaigns.create_campaign", campaigns_create),
    ("campaigns.update_campaign", campaigns_update),
    ("datasets.list_datasets", datasets_list),
    ("datasets.download_dataset", datasets_download),
    ("datasets.create_dataset", datasets_create),
    ("plots.list_plots", plots_list),
    ("plots.get_plot", plots_get),
    ("files.list_files", files_list),
    ("files.get_file", files_get),
    ("files.download_file", files_download),
    ("files.create_file", files_create),
    ("annotations.list_annotations", annotations_list),
    ("annotations.get_annotation", annotations_get),
    ("analyses.list_analyses", analyses_list),
    ("analyses.get_analysis", analyses_get),
    ("analysis_templates.list_analysis_templates", templates_list),
    ("analysis_templates.get_analysis_template", templates_get),
    ("analysis_templates.create_analysis_template", templates_create),
    ("entities.list_entities", entities_list),
    ("entities.get_entity", entities_get),
    ("entities.create_entity", entities_create),
    ("entities.update_entity", entities_update),
    ("dataset_schemas.register_dataset_schema", schemas_register),
    ("dataset_schemas.get_dataset_schema", schemas_get),
    ("dataset_schemas.list_dataset_schemas", schemas_list),
    ("external_tasks.get_task", tasks_get),
    ("storage.get_presigned_url_for_upload", storage_upload_url),
    ("datasets.download_dataset[Redirect]", datasets_download_redirect),
    ("files.download_file[Redirect]", files_download_redirect),
    ("ObjectNotFoundError[12 methods]", not_found),
    ("SphinxBio.create_dataset_from_file", helper_create_dataset_from_file),
    ("SphinxBio.register_dataset_schema", helper_register_dataset_schema),
)


def describe(error: BaseException) -> str:
    """What went wrong, in a line: the client's ApiError with its status and body, else the exception."""
    if isinstance(error, Check):
        return f"wrong answer: {error}"
    if isinstance(error, ApiError) and type(error) is ApiError:
        text = f"ApiError {error.status_code}: {json.dumps(error.body, default=str)[:300]}"
    else:
        text = f"{type(error).__name__}: {str(error)[:300]}"
    where = traceback.extract_tb(error.__traceback__)[-1]
    return " | ".join(f"{text} (at {Path(where.filename).name}:{where.lineno})".splitlines())


def main(argv: list[str]) -> int:
    origin, key, mode, workdir, *only = argv
    chosen = set(only[0].split(",")) if only else {name for name, _ in CALLS}
    unknown = chosen - {name for name, _ in CALLS}
    if unknown:
        raise SystemExit(f"no such calls: {sorted(unknown)}")
    run = Run(origin.rstrip("/"), key, mode, Path(workdir))
    results: dict[str, str] = {}
    for name, call in CALLS:
        if name not in chosen:
            continue
        try:
            call(run)
            results[name] = "ok"
        except Exception as error:
            results[name] = describe(error)
    print(json.dumps({"mode": mode, "calls": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
