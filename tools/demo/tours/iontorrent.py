"""The Ion Torrent tour: every example of the vendor's "API Examples" page, through labsdk.iontorrent."""

from __future__ import annotations

from collections.abc import Callable

from labsdk import iontorrent
from labsdk.iontorrent import BarcodeSampleInfo, PlanValidationError, plan, plugin_states

Say = Callable[[str], None]
KIT = "Ion 520/530 Kit-OT2"


def tour(base_url: str, api_key: str, say: Say) -> None:
    with iontorrent.IonTorrent(api_key=api_key, base_url=base_url) as ts:
        chips = list(ts.list_chips())
        pages = len(list(ts.list_chips().by_page()))
        first = ", ".join(c.name for c in chips[:6])
        say(f"list_chips(): {len(chips)} chips over {pages} pages (meta.next followed): {first}, ...")
        filtered = [c.name for c in ts.list_chips(name__startswith="31", max_items=3)]
        say(f"list_chips(name__startswith='31'): {' '.join(filtered)}")

        for run in ts.list_composite_experiments(max_items=3):
            reports = ", ".join(f"{r.results_name} {r.status}" for r in run.results)
            say(f"list_composite_experiments(): {run.display_name}: {reports}")

        report = ts.get_result(3)
        states = ", ".join(f"{name} {state}" for name, state in plugin_states(report).items())
        say(f"get_result(3): {report.results_name}; plugins: {states}")
        (metrics,) = ts.libmetrics_of(report)
        reads = metrics.total_num_reads / 1e6
        say(f"libmetrics_of(report): {reads:.1f} million reads (followed {metrics.resource_uri})")

        single = ts.plan_run(
            "DOCS my plan", sample="my_sample", chip_type="520", templating_kit_name=KIT, library="hg19"
        )
        say(f"plan_run(): plan {single.id} {single.plan_name} ({single.plan_short_id}), {single.plan_status}")
        info = BarcodeSampleInfo(description="description here", nucleotide_type="DNA", reference="hg19")
        barcoded = ts.plan_barcoded_run(
            "DOCS_my_barcoded_plan",
            barcode_id="IonXpress",
            samples={"demo sample 1": {"IonXpress_003": info}, "demo sample 2": {"IonXpress_004": info}},
            chip_type="520",
            templating_kit_name=KIT,
            library="hg19",
        )
        newest = [p.plan_name for p in ts.list_plans(max_items=2)]
        say(f"plan_barcoded_run(): plan {barcoded.id}; list_plans() now starts with {newest}")
        try:
            ts.create_plan(plan("no/slashes allowed", chip_type="520", templating_kit_name=KIT, sample="s"))
        except PlanValidationError as exc:
            say(f"create_plan() with a bad name raised PlanValidationError: {exc.errors}")
        ts.delete_plan(single.id)
        say(f"delete_plan({single.id}): gone, with its planned run")
