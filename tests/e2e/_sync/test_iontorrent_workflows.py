# Derived from tests/e2e/_async/test_iontorrent_workflows.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The vendor page's workflows through ``labsdk.iontorrent``, end to end over real HTTP against the mock: chips
across pages and filtered, completed runs with their reports, a report's plugin states and library metrics
(following its resource URI), planning runs (typed inputs, typed validation errors), and changing and deleting a
plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from labmock import LiveServer
from labmock.services.iontorrent import DEMO_KEY
from labsdk import AuthenticationError, BadRequestError, LabSDKError, NotFoundError
from labsdk.iontorrent import (
    BarcodeSampleInfo,
    Experiment,
    IonTorrent,
    LibMetrics,
    PlannedExperimentPatch,
    PlanValidationError,
    plan,
    plugin_states,
)
from labsdk_iontorrent_client.models import ResourceSchemaFiltering

from ..._sync.clients import collect, open_client, pages_of
from ...harness import Seen, serve

USERNAME, API_KEY = DEMO_KEY.split(":")  # the vendor page's user and key


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    with serve("iontorrent") as (live, seen):
        yield live, seen


def test_chips_across_pages_filtered_and_ordered(served: tuple[LiveServer, list[Seen]]) -> None:
    live, seen = served
    with open_client(IonTorrent, live) as client:
        seen.clear()
        chips = collect(client.list_chips())
        state = live.server.state.chips
        assert [c.name for c in chips] == [state[pk]["name"] for pk in sorted(state, reverse=True)]
        assert [s.query.get("offset") for s in seen] == [None, ["20"]]  # the second page came from meta.next
        filtered = collect(client.list_chips(name__startswith="31"))
        assert [c.name for c in filtered][:3] == ["314", "316", "318"]
        by_name = collect(client.list_chips(order_by="name", instrumentType="pgm", isActive=True))
        assert [c.name for c in by_name] == ["314", "316", "318"]
        several = collect(client.list_chips(id__in=[1, 2, 3], order_by=["-id"]))
        assert [c.id for c in several] == [3, 2, 1]
        pages = pages_of(client.list_chips(page_size=10))
        assert [len(p) for p in pages] == [10, 10, 10, 2]
        assert [p.continuation_token for p in pages] == ["10", "20", "30", None]
        assert {p.total for p in pages} == {32}


def test_completed_runs_and_their_reports(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(IonTorrent, live) as client:
        runs = collect(client.list_composite_experiments(max_items=3))
        assert [(run.display_name, [(r.results_name, r.status) for r in run.results]) for run in runs] == [
            (
                "S5-530 cfDNA",
                [("Reanalyze", "Completed"), ("S5-530_cfDNA", "Completed"), ("Auto_S5-530_cfDNA_89", "Completed")],
            ),
            (
                "S5-540 AmpliSeqExome",
                [("S5-540_AmpliSeqExome", "Importing Failed"), ("Auto_S5-540_AmpliSeqExome_90", "Completed")],
            ),
            ("S5-540 WholeTranscriptomeRNA", [("Auto_S5-540_WholeTranscriptomeRNA_91", "Importing Failed")]),
        ]
        all_runs = collect(client.list_composite_experiments(concurrency=3, page_size=5))
        assert len(all_runs) == 27
        assert len({run.id for run in all_runs}) == 27
        failed = collect(client.list_composite_experiments(result_status="Error"))
        assert {r.status_display for run in failed for r in run.results} == {"Error"}
        assert "S5-540 AmpliSeqExome" in {run.display_name for run in failed}


def test_a_report_its_plugin_states_and_library_metrics(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(IonTorrent, live) as client:
        report = client.get_result(3)
        assert report.results_name == "Auto_S5-540_WholeTranscriptomeRNA_91"
        assert list(plugin_states(report).items()) == [
            ("DataExport", "Completed"),
            ("ERCC_Analysis", "Completed"),
            ("sampleID", "Error"),
            ("coverageAnalysis", "Error"),
            ("AssemblerSPAdes", "Started"),
            ("FilterDuplicates", "Completed"),
            ("RunTransfer", "Completed"),
        ]
        (metrics,) = client.libmetrics_of(report)
        assert f"{metrics.total_num_reads / 1e6:.1f} million reads" == "94.0 million reads"
        same = client.follow(f"{live.base_url}/libmetrics/{metrics.id}/", LibMetrics)
        assert same.total_num_reads == metrics.total_num_reads
        listed = collect(client.list_results(id__in=[3], plugin=True))
        assert plugin_states(listed[0]) == plugin_states(report)
        assert plugin_states(collect(client.list_results(id__in=[3]))[0]) == {}  # detail-only otherwise
        with pytest.raises(LabSDKError, match="not on this server"):
            client.follow("http://elsewhere.example/rundb/api/v1/libmetrics/3/", LibMetrics)


def test_planning_runs_with_typed_inputs(served: tuple[LiveServer, list[Seen]]) -> None:
    live, seen = served
    with open_client(IonTorrent, live) as client:
        seen.clear()
        single = client.plan_run(
            "DOCS my plan",
            sample="my_sample",
            chip_type="520",
            templating_kit_name="Ion 520/530 Kit-OT2",
            library="hg19",
            sequencekitname="Ion S5 Sequencing Kit",
            librarykitname="Ion Xpress Plus Fragment Library Kit",
        )
        info = BarcodeSampleInfo(description="description here", nucleotide_type="DNA", reference="hg19")
        barcoded = client.plan_barcoded_run(
            "DOCS_my_barcoded_plan",
            barcode_id="IonXpress",
            samples={"demo sample 1": {"IonXpress_003": info}, "demo sample 2": {"IonXpress_004": info}},
            chip_type="520",
            templating_kit_name="Ion 520/530 Kit-OT2",
            library="hg19",
        )
        assert [(s.method, s.status) for s in seen] == [("POST", 201), ("POST", 201)]
        assert (single.plan_name, single.plan_displayed_name, str(single.plan_status)) == (
            "DOCS_my_plan",
            "DOCS my plan",
            "planned",
        )
        assert single.plan_short_id is not None
        assert len(single.plan_short_id) == 5
        stored = live.server.state.plans[barcoded.id]["barcodedSamples"]
        assert stored["demo sample 1"] == {
            "barcodes": ["IonXpress_003"],
            "barcodeSampleInfo": {
                "IonXpress_003": {"description": "description here", "nucleotideType": "DNA", "reference": "hg19"}
            },
        }
        newest = collect(client.list_plans(max_items=2))
        assert [p.id for p in newest] == [barcoded.id, single.id]
        named = collect(client.list_plans(planName__startswith="DOCS_my_b"))
        assert named[0].id == barcoded.id
        assert {p.plan_name for p in named} == {"DOCS_my_barcoded_plan"}

        with pytest.raises(PlanValidationError) as caught:
            client.create_plan(plan("bad/name" * 10, chip_type="520", templating_kit_name="k", sample="s"))
        assert caught.value.status_code == 400
        assert caught.value.errors == {
            "planName": [
                "planName should be at most 60 characters long.",
                "planName should contain only letters [a-zA-Z], numbers [0-9], spaces [ ], and limited special "
                "characters: [.-_]",
            ]
        }
        assert isinstance(caught.value, BadRequestError)
        with pytest.raises(ValueError, match="sample"):
            plan("no_sample", chip_type="520", templating_kit_name="k")


def test_changing_and_deleting_a_plan(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(IonTorrent, live) as client:
        created = client.plan_run("to_change", sample="s1", chip_type="530", templating_kit_name="Ion 520/530 Kit-OT2")
        patched = client.patch_plan(created.id, PlannedExperimentPatch(notes="tumour sample", sample="s2"))
        assert (patched.notes, patched.sample, patched.chip_type) == ("tumour sample", "s2", "530")
        replaced = client.update_plan(
            created.id, plan("changed", chip_type="540", templating_kit_name="kit", sample="s3")
        )
        assert (replaced.plan_name, replaced.chip_type, replaced.notes) == ("changed", "540", "")
        assert client.get_plan(created.id).plan_name == "changed"
        client.delete_plan(created.id)
        with pytest.raises(NotFoundError):
            client.get_plan(created.id)
        assert isinstance(created.experiment, str)
        with pytest.raises(NotFoundError):  # the planned run went with its plan
            client.follow(created.experiment, Experiment)


def test_the_framework_documents(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(IonTorrent, live) as client:
        index = client.resources()
        assert index["results"].list_endpoint == "/rundb/api/v1/results/"
        schema = client.schema("results")
        assert str(schema.fields.additional_properties["libmetrics"].type_) == "related"
        assert isinstance(schema.ordering, list)
        assert isinstance(schema.filtering, ResourceSchemaFiltering)
        assert "timeStamp" in schema.ordering
        assert schema.filtering.additional_properties["resultsName"] == 2


def test_a_wrong_key_is_an_authentication_error_that_never_shows_the_key(
    served: tuple[LiveServer, list[Seen]],
) -> None:
    live, _ = served
    wrong = f"{USERNAME}:{'0' * 40}"
    with open_client(IonTorrent, live, api_key=wrong) as client:
        with pytest.raises(AuthenticationError) as caught:
            collect(client.list_chips())
        assert caught.value.headers["www-authenticate"] == 'Basic Realm="Torrent Suite"'
        assert "0" * 40 not in str(caught.value)
        assert API_KEY not in repr(client)
