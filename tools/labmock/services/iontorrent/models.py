"""The Torrent Server's in-memory database (the resource store) and its deterministic demo dataset.

Objects are kept as the JSON the server sends (Tastypie's "dehydrated" form); composite runs and reports are
assembled from them on each request. Ids are the same on every start; ``seed`` only changes metrics.

- Chips ``1``–``32`` (``fixtures.yaml``): newest id first, the ``31*`` ones list as ``314``, ``316``, ``318`` (then
  ``318v2``, ``316v2``); two pages at the default limit.
- Runs (experiments) ``65``–``91``, sequenced: ``89`` "S5-530 cfDNA", ``90`` "S5-540 AmpliSeqExome",
  ``91`` "S5-540 WholeTranscriptomeRNA" are the newest results (the vendor page's completed runs); ``92``–``94``
  are planned runs waiting for a chip. New plans create runs from ``95``.
- Reports (results): ``1``–``3`` the ``Auto_`` reports of runs 89–91, ``4``–``6`` the re-analyses and imports
  of the vendor page, then one per older run. Report ``3`` ("Auto_S5-540_WholeTranscriptomeRNA_91") has the
  page's seven plugin states and a libmetrics record of 94,012,345 reads (``94.0 million reads``).
- Plans: ``1``–``8`` system templates, then one executed plan per run and one per planned run; new plans
  continue from there.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ...core import MockHTTPError, ServiceContext, StoreObjects
from .tastypie import pk_of

FIXTURES = Path(__file__).with_name("fixtures.yaml")

BASE = "/rundb/api/v1"
NOW = datetime(2024, 5, 20, 17, 4, 31, 359000, tzinfo=UTC)
VENDOR_REPORT_READS = 94_012_345

PLUGIN_STATES_OF_REPORT_3 = {
    "DataExport": "Completed",
    "ERCC_Analysis": "Completed",
    "sampleID": "Error",
    "coverageAnalysis": "Error",
    "AssemblerSPAdes": "Started",
    "FilterDuplicates": "Completed",
    "RunTransfer": "Completed",
}

# The vendor page's three newest runs: (run id, display name, chip, reports as (name, status) oldest first).
VENDOR_RUNS = [
    (
        89,
        "S5-530 cfDNA",
        "530",
        [("Auto_S5-530_cfDNA_89", "Completed"), ("S5-530_cfDNA", "Completed"), ("Reanalyze", "Completed")],
    ),
    (
        90,
        "S5-540 AmpliSeqExome",
        "540",
        [("Auto_S5-540_AmpliSeqExome_90", "Completed"), ("S5-540_AmpliSeqExome", "Importing Failed")],
    ),
    (91, "S5-540 WholeTranscriptomeRNA", "540", [("Auto_S5-540_WholeTranscriptomeRNA_91", "Importing Failed")]),
]

# Older runs 65..88: (display name, chip, run type, status of its report).
OLDER_RUNS = [
    ("PGM-314 BRCA1-2", "314", "AMPS", "Completed"),
    ("PGM-316 E. coli DH10B", "316", "WGNM", "Completed"),
    ("PGM-318 CancerHotspot v2", "318", "AMPS", "Completed"),
    ("Proton PI Exome", "P1.1.17", "AMPS_EXOME", "Completed"),
    ("Proton PI Transcriptome", "P1.1.17", "AMPS_RNA", "Completed with 1 error(s)"),
    ("S5-510 Oncomine Focus DNA", "510", "AMPS", "Completed"),
    ("S5-520 Oncomine Focus DNA-RNA", "520", "AMPS_DNA_RNA", "Completed"),
    ("S5-520 TargetSeq", "520", "TARS", "Error"),
    ("S5-530 AmpliSeq Exome", "530", "AMPS_EXOME", "Completed"),
    ("S5-530 Oncomine Comprehensive v3", "530", "AMPS_DNA_RNA", "Completed"),
    ("S5-540 Whole Genome", "540", "WGNM", "Completed"),
    ("S5-540 Transcriptome", "540", "AMPS_RNA", "Completed"),
    ("S5-550 Oncomine Childhood Cancer", "550", "AMPS_DNA_RNA", "Completed"),
    ("S5-510 16S Metagenomics", "510", "AMPS", "Completed"),
    ("S5-520 Inherited Disease", "520", "AMPS", "Completed"),
    ("S5-530 Carrier Seq", "530", "AMPS", "Terminated"),
    ("S5-540 cfDNA Lung", "540", "AMPS", "Completed"),
    ("S5-520 Colon and Lung", "520", "AMPS", "Completed"),
    ("S5-530 Myeloid", "530", "AMPS_DNA_RNA", "Completed"),
    ("S5-510 HLA", "510", "AMPS", "Completed"),
    ("S5-540 SARS-CoV-2 Research", "540", "AMPS", "Completed"),
    ("S5-530 BRCA Research", "530", "AMPS", "Completed"),
    ("S5-550 Precision ID", "550", "AMPS", "Started"),
    ("S5-540 AmpliSeq Transcriptome", "540", "AMPS_RNA", "Pending"),
]

PLANNED_RUNS = [("Lung panel plan", "520"), ("Exome plan", "540"), ("Hotspot plan", "530")]

TEMPLATES = [
    ("Ion AmpliSeq Exome", "AMPS_EXOME", "540"),
    ("Ion AmpliSeq Transcriptome", "AMPS_RNA", "540"),
    ("Oncomine Comprehensive v3 DNA and Fusions", "AMPS_DNA_RNA", "550"),
    ("Oncomine Focus DNA and Fusions", "AMPS_DNA_RNA", "520"),
    ("Generic Sequencing", "GENS", "530"),
    ("Whole Genome", "WGNM", "540"),
    ("TargetSeq", "TARS", "530"),
    ("AmpliSeq DNA", "AMPS", "520"),
]

PLATFORM = {"pgm": "PGM", "proton": "PROTON", "S5": "S5"}
KITS = {
    "pgm": ("IonPGMHiQView", "Ion PGM Hi-Q View OT2 Kit - 200"),
    "proton": ("ProtonI200Kit-v3", "Ion PI Hi-Q OT2 200 Kit"),
    "S5": ("Ion S5 Sequencing Kit", "Ion 520/530 Kit-OT2"),
}
PLAN_FIELDS_COPIED = (
    "library",
    "sample",
    "chipType",
    "sequencekitname",
    "librarykitname",
    "templatingKitName",
    "samplePrepKitName",
    "barcodeId",
    "isFavorite",
    "runMode",
    "flows",
    "bedfile",
    "regionfile",
    "notes",
    "selectedPlugins",
    "metaData",
)


def ts_time(moment: datetime) -> str:
    """A datetime as TS serialises it: ISO 8601 with offset, microseconds replaced by ``round(us / 1000)``
    padded to six digits (``2019-10-04T02:55:43.000359+00:00``)."""
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{round(moment.microsecond / 1000):06d}"
    return text + "+00:00"


def uri(resource: str, pk: int) -> str:
    return f"{BASE}/{resource}/{pk}/"


def status_state(status: str) -> str:
    """A report status as the UI's state: Completed, Progress, Error or Other."""
    lowered = status.lower()
    if lowered.startswith("completed") or lowered == "tf-only":
        return "Completed"
    if any(word in lowered for word in ("error", "failed", "terminated")):
        return "Error"
    if lowered in ("pending", "started", "importing", "queued", "processing", "transferring"):
        return "Progress"
    return "Other"


@dataclass
class IonTorrentState:
    """Chips, runs, reports, library metrics and plans (the store's, by id), as Tastypie would serialise them."""

    ctx: ServiceContext
    username: str = "ionadmin"
    _ids: random.Random = field(default_factory=lambda: random.Random("iontorrent-ids"))

    def __post_init__(self) -> None:
        self.username = (self.ctx.config.key or "ionadmin:").split(":", 1)[0] or "ionadmin"
        _seed(self)

    chips = StoreObjects("chip")
    experiments = StoreObjects("experiment")
    results = StoreObjects("results")
    libmetrics = StoreObjects("libmetrics")
    plans = StoreObjects("plannedexperiment")

    # -- lookups ----------------------------------------------------------------------------------------------

    def get(self, table: Mapping[int, dict[str, Any]], pk: int) -> dict[str, Any]:
        found = table.get(pk)
        if found is None:
            raise MockHTTPError(404, f"No object with id {pk}")
        return found

    def chip_named(self, name: str) -> dict[str, Any] | None:
        lowered = name.lower()
        return next((c for c in self.chips.values() if lowered in (c["name"].lower(), c["description"].lower())), None)

    # -- plans ------------------------------------------------------------------------------------------------

    def new_plan(self, body: dict[str, Any], pk: int | None = None, *, planned_run: bool = True) -> dict[str, Any]:
        """A plan created through the API (POST, or PUT to an unknown id) with the planned run it creates (not for
        a template)."""
        plans = self.ctx.store["plannedexperiment"]
        chosen = pk is not None
        pk = pk if pk is not None else int(plans.new_id({}))
        short_id = "".join(self._ids.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(5))
        guid = str(uuid.UUID(int=self._ids.getrandbits(128), version=4))
        reusable = bool(body.get("isReusable", False))
        plan = _plan_json(pk, short_id, guid, datetime.now(UTC), reusable=reusable, username=self.username)
        plan["origin"] = "api"
        self.apply_plan_fields(plan, body)
        if planned_run and not reusable:
            plan["experiment"] = uri("experiment", self._planned_run(plan))
        return plans.add(plan, count=not chosen)  # like a database sequence, a client's id does not move the counter

    def apply_plan_fields(self, plan: dict[str, Any], body: dict[str, Any]) -> None:
        """Copy a (validated) body's fields onto ``plan``; ``planName`` gets ``_`` for whitespace and the name as
        given stays in ``planDisplayedName`` (``PlannedExperiment.save``)."""
        for name in PLAN_FIELDS_COPIED:
            if name in body:
                plan[name] = body[name]
        if "barcodedSamples" in body:
            plan["barcodedSamples"] = body["barcodedSamples"]
            plan["sample"] = plan.get("sample") or ""
        if "isReusable" in body:
            plan["isReusable"] = bool(body["isReusable"])
        if body.get("runType"):
            plan["runType"] = body["runType"]
        if "planName" in body:
            given = str(body["planName"])
            plan["planName"] = re.sub(r"\s", "_", given)
            plan["planDisplayedName"] = body.get("planDisplayedName") or given
        elif body.get("planDisplayedName"):
            plan["planDisplayedName"] = body["planDisplayedName"]
        plan["sampleDisplayedName"] = plan.get("sample") or ""
        chip = self.chip_named(str(plan.get("chipType") or ""))
        plan["platform"] = PLATFORM.get(chip["instrumentType"], "S5") if chip else plan.get("platform")
        run = self.experiments.get(pk_of(plan.get("experiment")) or -1)
        if run is not None and run["status"] == "planned":
            run.update(chipType=plan.get("chipType") or "", sample=plan.get("sample") or "")

    def replace_plan(self, pk: int, body: dict[str, Any]) -> dict[str, Any]:
        """PUT: the body's fields, the others back to their defaults (server-made ones are kept)."""
        plan = self.plans[pk]
        defaults = _plan_json(pk, "", "", NOW, reusable=False, username=self.username)
        plan.update({name: defaults[name] for name in PLAN_FIELDS_COPIED if name in defaults})
        plan["barcodedSamples"] = {}
        self.apply_plan_fields(plan, body)
        return plan

    def delete_plan(self, pk: int) -> None:
        plan = self.get(self.plans, pk)
        run = self.experiments.get(pk_of(plan.get("experiment")) or -1)
        if run is not None and run["status"] == "planned":
            self.ctx.store["experiment"].remove(run["id"])
        self.ctx.store["plannedexperiment"].remove(pk)

    def _planned_run(self, plan: dict[str, Any]) -> int:
        experiments = self.ctx.store["experiment"]
        pk = int(experiments.new_id({}))
        run = _experiment_json(pk, plan["planGUID"], plan["planShortID"], str(plan.get("chipType") or ""), "")
        run.update(status="planned", ftpStatus="", plan=uri("plannedexperiment", plan["id"]), date=plan["date"])
        run.update(sample=plan.get("sample") or "", unique=plan["planGUID"], expDir="")
        experiments.add(run)
        return pk

    # -- seeding helpers --------------------------------------------------------------------------------------

    def add_result(self, run: dict[str, Any], name: str, status: str, when: datetime, reads: int | None) -> int:
        results = self.ctx.store["results"]
        pk = int(results.new_id({}))
        state = status_state(status)
        report_dir = f"{name}_{pk:03d}"
        result: dict[str, Any] = {
            "analysisVersion": "db:5.18.1,an:5.18.4,",
            "analysismetrics": [uri("analysismetrics", pk)] if reads else [],
            "autoExempt": False,
            "bamLink": f"/output/Home/{report_dir}/download_links/{name}.bam",
            "diskusage": 1200 + pk * 37,
            "eas": uri("experimentanalysissettings", run["id"]),
            "experiment": uri("experiment", run["id"]),
            "filesystempath": f"/results/analysis/output/Home/{report_dir}",
            "framesProcessed": 0,
            "i18nstatus": {"i18n": status, "state": state},
            "id": pk,
            "libmetrics": [],
            "log": f"/output/Home/{report_dir}/log.html",
            "metaData": {},
            "parentIDs": "",
            "planShortID": self.plans[pk_of(run["plan"]) or 0]["planShortID"] if run.get("plan") else "",
            "pluginresults": [],
            "processedCycles": 0,
            "processedflows": run["flows"] if state == "Completed" else 0,
            "projects": [uri("project", 1)],
            "qualitymetrics": [uri("qualitymetrics", pk)] if reads else [],
            "reference": "hg19",
            "reportLink": f"/output/Home/{report_dir}/",
            "reportStatus": "Nothing",
            "reportstorage": {
                "default": True,
                "dirPath": "/results/analysis/output",
                "id": 1,
                "name": "Home",
                "resource_uri": "",
                "webServerPath": "/output",
            },
            "representative": False,
            "resource_uri": uri("results", pk),
            "resultsName": name,
            "resultsType": "",
            "runid": "".join(self._ids.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(5)),
            "status": status,
            "tfmetrics": [],
            "timeStamp": ts_time(when),
            "timeToComplete": "0",
            "pluginState": {},
            "pluginStore": {},
        }
        if reads:
            result["libmetrics"] = [uri("libmetrics", self._add_libmetrics(pk, reads))]
        results.add(result)
        run["results"].append(uri("results", pk))
        run["resultDate"] = ts_time(when)
        return pk

    def _add_libmetrics(self, report: int, reads: int) -> int:
        table = self.ctx.store["libmetrics"]
        pk = int(table.new_id({}))
        table.add(_libmetrics_json(pk, report, reads, random.Random(f"{self.ctx.config.seed}:libmetrics:{pk}")))
        return pk


def _libmetrics_json(pk: int, report: int, reads: int, rng: random.Random) -> dict[str, Any]:
    mapped = int(reads * rng.uniform(0.93, 0.99))
    out: dict[str, Any] = {
        "Genome_Version": "1",
        "Index_Version": "tmap-f3",
        "align_sample": 0,
        "aveKeyCounts": rng.randint(70, 110),
        "cf": round(rng.uniform(0.3, 0.9), 6),
        "dr": round(rng.uniform(0.05, 0.2), 6),
        "duplicate_reads": None,
        "genome": "hg19",
        "genomesize": "3095693981",
        "id": pk,
        "ie": round(rng.uniform(0.3, 1.1), 6),
        "raw_accuracy": round(rng.uniform(98.9, 99.6), 1),
        "report": uri("results", report),
        "resource_uri": uri("libmetrics", pk),
        "sysSNR": round(rng.uniform(18.0, 30.0), 6),
        "totalNumReads": reads,
        "total_mapped_reads": str(mapped),
        "total_mapped_target_bases": str(mapped * rng.randint(110, 180)),
    }
    for q, share in ((7, 0.99), (10, 0.97), (17, 0.93), (20, 0.88), (47, 0.62)):
        alignments = int(mapped * share)
        mean = rng.randint(110, 180)
        out[f"q{q}_alignments"] = alignments
        out[f"q{q}_longest_alignment"] = rng.randint(280, 400)
        out[f"q{q}_mapped_bases"] = str(alignments * mean)
        out[f"q{q}_mean_alignment_length"] = mean
        for length in range(50, 650, 50):
            out[f"i{length}Q{q}_reads"] = int(alignments * max(0.0, 1 - length / 420))
    return out


def _experiment_json(pk: int, exp_name: str, display: str, chip: str, pgm: str) -> dict[str, Any]:
    return {
        "chefProgress": 0.0,
        "chefRemainingSeconds": None,
        "chefStartTime": None,
        "chefStatus": "",
        "chipBarcode": "",
        "chipType": chip,
        "cycles": 0,
        "date": ts_time(NOW),
        "diskusage": None,
        "displayName": display,
        "eas_set": [],
        "expDir": f"/results/{pgm}/{exp_name}",
        "expName": exp_name,
        "flows": 0,
        "ftpStatus": "Complete",
        "id": pk,
        "isProton": "False",
        "log": {},
        "metaData": {},
        "notes": "",
        "pgmName": pgm,
        "plan": None,
        "platform": "S5",
        "rawdatastyle": "single",
        "resource_uri": uri("experiment", pk),
        "resultDate": None,
        "results": [],
        "runMode": "single",
        "runtype": "GENS",
        "sample": "",
        "samples": [],
        "sequencekitname": "",
        "star": False,
        "status": "run",
        "storage_options": "A",
        "unique": f"/results/{pgm}/{exp_name}",
        "user_ack": "U",
    }


def _plan_json(pk: int, short_id: str, guid: str, when: datetime, *, reusable: bool, username: str) -> dict[str, Any]:
    return {
        "applicationGroup": uri("applicationgroup", 1),
        "barcodeId": "",
        "barcodedSamples": {},
        "bedfile": "",
        "chefInfo": {},
        "childPlans": [],
        "chipType": "",
        "date": ts_time(when),
        "experiment": None,
        "flows": 0,
        "id": pk,
        "isFavorite": False,
        "isReusable": reusable,
        "isSystem": False,
        "library": "",
        "libraryKey": "TCAG",
        "librarykitname": "",
        "metaData": {},
        "notes": "",
        "origin": "gui",
        "planDisplayedName": "",
        "planExecuted": False,
        "planGUID": guid,
        "planName": "",
        "planShortID": short_id,
        "planStatus": "planned" if not reusable else "",
        "platform": None,
        "projects": [],
        "qcValues": [],
        "regionfile": "",
        "resource_uri": uri("plannedexperiment", pk),
        "runMode": "single",
        "runType": "GENS",
        "sample": "",
        "sampleDisplayedName": "",
        "sampleGrouping": None,
        "samplePrepKitName": "",
        "selectedPlugins": {},
        "sequencekitname": "",
        "templatingKitName": "",
        "tfKey": "ATCG",
        "username": username,
    }


def _seed(state: IonTorrentState) -> None:
    rng = random.Random(f"iontorrent:{state.ctx.config.seed}")

    def template(name: str, run_type: str, chip: str, when: datetime) -> None:
        plan = state.new_plan({"planName": name, "isReusable": True, "runType": run_type, "chipType": chip})
        plan.update(isSystem=True, origin="", date=ts_time(when), planStatus="")

    for index, (name, run_type, chip) in enumerate(TEMPLATES):
        template(name, run_type, chip, NOW - timedelta(days=400 - index))

    def run(pk: int, display: str, chip_name: str, run_type: str, started: datetime) -> dict[str, Any]:
        chip = state.chip_named(chip_name) or state.chips[1]
        instrument = chip["instrumentType"]
        pgm = {"pgm": "PGM1", "proton": "P1", "S5": "S5-1"}[instrument]
        slug = display.replace(" ", "_").replace(".", "")
        exp_name = f"R_{started:%Y_%m_%d_%H_%M_%S}_user_{pgm}-{pk}-{slug}"
        experiment = _experiment_json(pk, exp_name, display, chip_name, pgm)
        sequencing_kit, templating_kit = KITS[instrument]
        plan = state.new_plan(
            {
                "planName": slug,
                "chipType": chip_name,
                "sample": f"{slug}_sample",
                "library": "hg19",
                "sequencekitname": sequencing_kit,
                "templatingKitName": templating_kit,
                "runType": run_type,
            },
            planned_run=False,
        )
        plan.update(planExecuted=True, planStatus="run", experiment=uri("experiment", pk), origin="gui")
        plan.update(date=ts_time(started - timedelta(hours=20)), platform=PLATFORM[instrument])
        flows = {"pgm": 500, "proton": 520, "S5": 500}[instrument]
        experiment.update(
            date=ts_time(started),
            flows=flows,
            cycles=flows // 4,
            platform=PLATFORM[instrument],
            isProton=str(instrument == "proton"),
            runtype=run_type,
            sequencekitname=sequencing_kit,
            sample=plan["sample"],
            plan=uri("plannedexperiment", plan["id"]),
            samples=[uri("sample", pk)],
            diskusage=rng.randint(40_000, 160_000),
        )
        return state.ctx.store["experiment"].add(experiment)

    older = NOW - timedelta(days=3)
    older_runs = []
    for offset, (display, chip, run_type, _) in enumerate(OLDER_RUNS):
        started = older - timedelta(days=3 * (len(OLDER_RUNS) - offset), hours=offset)
        older_runs.append(run(65 + offset, display, chip, run_type, started))
    vendor_runs = []
    for pk, display, chip, _ in VENDOR_RUNS:
        vendor_runs.append(run(pk, display, chip, "AMPS", NOW - timedelta(days=4 + (pk - 89))))
    # The vendor page's reports: the Auto_ ones first (ids 1-3), then the re-analyses and imports (4-6).
    auto_times = {89: NOW - timedelta(days=3, hours=20), 90: NOW - timedelta(days=3), 91: NOW - timedelta(days=2)}
    later = {89: [NOW - timedelta(hours=30), NOW - timedelta(minutes=5)], 90: [NOW - timedelta(days=1)]}
    for experiment, (pk, _, _, reports) in zip(vendor_runs, VENDOR_RUNS, strict=True):
        name, status = reports[0]
        reads: int | None = VENDOR_REPORT_READS if pk == 91 else rng.randint(60_000_000, 90_000_000)
        state.add_result(experiment, name, status, auto_times[pk], reads)
    for experiment, (pk, _, _, reports) in zip(vendor_runs, VENDOR_RUNS, strict=True):
        for (name, status), when in zip(reports[1:], later.get(pk, []), strict=True):
            reads = None if status == "Importing Failed" else rng.randint(60_000_000, 90_000_000)
            state.add_result(experiment, name, status, when, reads)
    state.results[3]["pluginState"] = dict(PLUGIN_STATES_OF_REPORT_3)
    state.results[3]["pluginStore"] = {"ERCC_Analysis": {"r2": 0.97}, "DataExport": {"files": 4}}
    for experiment, (_, _, _, status) in zip(older_runs, OLDER_RUNS, strict=True):
        started = datetime.fromisoformat(experiment["date"])
        reads = rng.randint(2_000_000, 120_000_000) if status_state(status) == "Completed" else None
        pk = state.add_result(
            experiment,
            f"Auto_{experiment['displayName'].replace(' ', '_')}_{experiment['id']}",
            status,
            started + timedelta(hours=6),
            reads,
        )
        if status_state(status) == "Completed":
            state.results[pk]["pluginState"] = {"coverageAnalysis": "Completed", "variantCaller": "Completed"}
    for offset, (name, chip) in enumerate(PLANNED_RUNS):
        plan = state.new_plan(
            {
                "planName": name,
                "chipType": chip,
                "sample": f"{name.split()[0]}_sample_{offset + 1}",
                "library": "hg19",
                "sequencekitname": KITS["S5"][0],
                "templatingKitName": KITS["S5"][1],
            }
        )
        plan.update(date=ts_time(NOW - timedelta(hours=12 - offset)), origin="gui")
        state.experiments[pk_of(plan["experiment"]) or 0]["date"] = plan["date"]
