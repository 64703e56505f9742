# Derived from tests/e2e/_async/test_sphinx_catalog.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Sphinx Bio's catalog through ``labsdk.sphinx``, over real HTTP against the mock: files (pages, a signed download,
a new file of a staged upload), annotations and entities (the order and date bounds the API takes), analyses,
analysis templates (made of an analysis), entities (a union tagged by ``type``; a POST answers an array; a PATCH)
and dataset schemas (the client's pickle kept as opaque text, never unpickled)."""

from __future__ import annotations

import base64
import pickle
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from labmock import LiveServer
from labsdk.sphinx import (
    AaSequenceEntity,
    AaStructureEntity,
    Analysis,
    AnalysisTemplate,
    Annotation,
    CellLineEntity,
    ChemicalMoleculeEntity,
    ControlEntity,
    DatasetSchema,
    DnaSequenceEntity,
    File,
    InvalidStagedFileError,
    ObjectNotFoundError,
    Redirect,
    RnaSequenceEntity,
    Sphinx,
)

from ..._sync.clients import collect, open_client, pages_of
from ...harness import Seen, leftovers, raw_client, raw_get, serve, signed_fetches

ENTITY_CLASSES = (
    AaSequenceEntity,
    AaStructureEntity,
    CellLineEntity,
    ChemicalMoleculeEntity,
    ControlEntity,
    DnaSequenceEntity,
    RnaSequenceEntity,
)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, list[Seen]]]:
    with serve("sphinx") as pair:
        yield pair


def stored_ids(live: LiveServer, kind: str) -> list[str]:
    return list(live.server.store[kind].objects)


# -- files ----------------------------------------------------------------------------------------------------------


def test_files_across_pages_and_a_signed_download(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    with open_client(Sphinx, live) as client:
        pages = pages_of(client.list_files(page_size=50))
        assert [len(p) for p in pages] == [50, 50, 21]
        files = [f for p in pages for f in p]
        assert all(isinstance(f, File) for f in files)
        assert [f.id for f in files] == stored_ids(live, "file")
        assert {"file_12345", "file_121gb31"} <= {f.id for f in files}
        example = client.get_file("file_12345")
        assert (example.name, example.mimetype, example.creator.id) == ("results.csv", "text/csv", "user_12345")
        before = len(seen)
        saved = client.download_file("file_12345", tmp_path)
        named = client.download_file("file_121gb31", tmp_path / "report.pdf")  # in external storage
        with pytest.raises(Redirect) as moved:
            client.get_file_download("file_121gb31")
    assert moved.value.status_code == 307
    assert moved.value.location.startswith(f"{live.origin}/_labmock/objects/files/file_121gb31/")
    assert saved == tmp_path / "results.csv"  # a folder: the file keeps its own name
    assert saved.read_text().splitlines()[0] == "well,signal"
    assert len(saved.read_text().splitlines()) == 97  # a 96-well plate
    assert named.read_bytes().startswith(b"%PDF-")
    downloads = signed_fetches(seen[before:])
    assert len(downloads) == 2  # the redirect was not followed by the API client, the downloader fetched it
    assert all("authorization" not in s.headers and s.status == 200 for s in downloads)
    assert leftovers(tmp_path) == []


def stage(live: LiveServer, filename: str, content: bytes, media_type: str) -> str:
    """Upload through the storage endpoint's presigned form, as a browser would: the staged path."""
    with raw_client(live) as api:
        answer = api.get("/api/storage/url/upload", params={"filename": filename}).json()
    form = answer["presignedResponse"]
    posted = httpx.post(form["url"], data=form["fields"], files={"file": (filename, content, media_type)})
    assert posted.status_code == 204, posted.text
    return str(answer["path"])


def test_a_file_of_a_staged_upload(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, seen = served
    content = b"compound,smiles\nSPX-101,CC(=O)Nc1ccc(O)cc1\n"
    path = stage(live, "compounds.csv", content, "text/csv")
    local = tmp_path / "in" / "scan.png"
    local.parent.mkdir()
    local.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    with open_client(Sphinx, live) as client:
        made = client.create_file("compounds.csv", path)
        before = len(seen)
        uploaded = client.upload_file(local, name="Plate 7 scan.png")
        posted = [s for s in seen[before:] if s.method == "POST" and s.path.startswith("/_labmock/objects")]
        listed = collect(client.list_files(page_size=100))
        saved = client.download_file(made.id, tmp_path)
        scan = client.download_file(uploaded.id, tmp_path / "scan-copy.png")
    assert (made.name, made.mimetype, made.creator.id) == ("compounds.csv", "text/csv", "user_12345")
    assert [f.id for f in listed[-2:]] == [made.id, uploaded.id]
    assert saved == tmp_path / "compounds.csv"
    assert saved.read_bytes() == content
    assert (uploaded.name, uploaded.mimetype) == ("Plate 7 scan.png", "image/png")
    assert scan.read_bytes() == local.read_bytes()
    assert len(posted) == 1
    assert "authorization" not in posted[0].headers  # the presigned form went without the key


def test_a_file_needs_a_staged_upload(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(Sphinx, live) as client:
        with pytest.raises(InvalidStagedFileError) as raised:
            client.create_file("plate.csv", "uploads/never-posted/plate.csv")
        with pytest.raises(ObjectNotFoundError) as missing:
            client.get_file("file_00404")
    assert raised.value.status_code == 400
    assert isinstance(raised.value.content, dict)
    assert "never-posted" in raised.value.content["message"]
    assert (missing.value.object_name, missing.value.object_id) == ("File", "file_00404")


# -- annotations, analyses, templates --------------------------------------------------------------------------------


def test_annotations_in_the_order_and_window_asked(served: tuple[LiveServer, list[Seen]]) -> None:
    live, seen = served
    with open_client(Sphinx, live) as client:
        newest_first = collect(client.list_annotations(page_size=40))
        assert all(isinstance(a, Annotation) for a in newest_first)
        assert len(newest_first) == len(stored_ids(live, "annotation")) == 150
        created = [a.created_at for a in newest_first]
        assert created == sorted(created, reverse=True)  # the server's default: created_desc
        oldest_first = collect(client.list_annotations(sort="created_asc", page_size=100))
        assert [a.id for a in oldest_first] == [a.id for a in reversed(newest_first)]
        by_update = collect(client.list_annotations(sort="updated_desc"))
        assert [a.updated_at for a in by_update] == sorted((a.updated_at for a in by_update), reverse=True)
        middle = created[75]
        after = collect(client.list_annotations(created_after=middle, page_size=10))
        assert {a.id for a in after} == {a.id for a in newest_first if a.created_at > middle}
        naive = middle.astimezone(UTC).replace(tzinfo=None) + timedelta(seconds=1)  # a naive bound is UTC
        before_naive = collect(client.list_annotations(created_before=naive))
        assert {a.id for a in before_naive} == {a.id for a in newest_first if a.created_at <= middle}
        window = collect(
            client.list_annotations(updated_after=datetime(2024, 4, 1, tzinfo=UTC), updated_before=datetime(2024, 4, 8))
        )
        assert window
        assert all(datetime(2024, 4, 1, tzinfo=UTC) < a.updated_at < datetime(2024, 4, 8, tzinfo=UTC) for a in window)
        hit = client.get_annotation("hit_asd3b18")
        with pytest.raises(ValueError, match="created_asc, created_desc, updated_asc, updated_desc"):
            client.list_annotations(sort="sideways")
    assert (hit.campaign_id, hit.dataset_id, hit.entity_id) == ("camp_10001", "ds_10001", "ent_12345")
    sent = [s.query for s in seen if s.path == "/v1/annotations" and "created.gt" in s.query]
    assert sent
    assert [q["created.gt"] for q in sent] == [[middle.isoformat()]] * len(sent)  # the API's parameter names


def test_analyses_templates_and_the_plots_that_belong_to_them(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(Sphinx, live) as client:
        analyses = collect(client.list_analyses(page_size=100))
        assert all(isinstance(a, Analysis) for a in analyses)
        assert len(analyses) == 110
        notebooks = {a.id for a in analyses}
        plots = collect(client.list_plots())
        assert {p.notebook_id for p in plots} <= notebooks  # every plot is in an analysis
        analysis = client.get_analysis("nb_12345")
        templates = collect(client.list_analysis_templates(page_size=60))
        assert all(isinstance(t, AnalysisTemplate) for t in templates)
        assert "nbtemp_12345" in {t.id for t in templates}
        assert {a.source_template_id for a in analyses if isinstance(a.source_template_id, str)} <= {
            t.id for t in templates
        }
        made = client.create_analysis_template("4PL dose-response (team copy)", analysis.id)
        again = client.get_analysis_template(made.id)
        listed = collect(client.list_analysis_templates(page_size=100))
        with pytest.raises(ObjectNotFoundError) as missing:
            client.create_analysis_template("orphan", "nb_00404")
    assert (again.name, again.creator.id) == ("4PL dose-response (team copy)", "user_12345")
    assert listed[-1].id == made.id
    assert live.server.store["analysis-template"].require(made.id)["analysisId"] == "nb_12345"
    assert (missing.value.object_name, missing.value.object_id) == ("Analysis", "nb_00404")


# -- entities ---------------------------------------------------------------------------------------------------------


def test_entities_are_the_model_of_their_type(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(Sphinx, live) as client:
        entities = collect(client.list_entities(sort="created_asc", page_size=100))
        assert len(entities) == len(stored_ids(live, "entity"))
        assert {type(e) for e in entities} == set(ENTITY_CLASSES)
        for entity in entities:
            assert type(entity).__name__.lower().startswith(entity.type_.value.replace("_", ""))
        protein = client.get_entity("seq_12345")
        rna = client.get_entity("rna_1a441e4")
        molecule = client.get_entity("ent_12345")
    assert isinstance(protein, AaSequenceEntity)
    assert set(protein.amino_acids) <= set("ACDEFGHIKLMNPQRSTVWY")
    assert isinstance(rna, RnaSequenceEntity)
    assert set(rna.sequence) <= set("ACGU")
    assert isinstance(molecule, ChemicalMoleculeEntity)
    assert (molecule.external_id, molecule.smiles) == ("ext_12345", raw_get(live, "/v1/entities/ent_12345")["smiles"])
    structures = [e for e in entities if isinstance(e, AaStructureEntity)]
    assert {s.sequence_id for s in structures} <= {e.id for e in entities if isinstance(e, AaSequenceEntity)}


def test_make_and_rename_entities(served: tuple[LiveServer, list[Seen]]) -> None:
    live, _ = served
    with open_client(Sphinx, live) as client:
        (cells,) = client.create_entity(
            "HEK293T (BRCA1 high)", "ext_55501", "camp_10001", data={"gene": "BRCA1", "expressionLevel": "High"}
        )
        (control,) = client.create_entity("DMSO 0.1%", "ext_55502", "camp_10001", is_control=True)
        renamed = client.update_entity(cells.id, name="HEK293T (BRCA1 high, clone 2)")
        fresh = collect(client.list_entities(created_after=cells.created_at - timedelta(seconds=1)))
        with pytest.raises(ObjectNotFoundError) as missing:
            client.create_entity("x", "ext_1", "camp_00404")
    assert isinstance(cells, CellLineEntity)
    assert cells.to_dict()["data"] == {"gene": "BRCA1", "expressionLevel": "High"}
    assert (cells.is_control, cells.creator.id, cells.campaign_id) == (False, "user_12345", "camp_10001")
    assert isinstance(control, ControlEntity)
    assert control.is_control is True
    assert isinstance(renamed, CellLineEntity)
    assert (renamed.id, renamed.name, renamed.external_id) == (cells.id, "HEK293T (BRCA1 high, clone 2)", "ext_55501")
    assert renamed.updated_at >= cells.updated_at
    assert [e.id for e in fresh] == [control.id, cells.id]  # newest first
    assert (missing.value.object_name, missing.value.object_id) == ("Campaign", "camp_00404")


# -- dataset schemas --------------------------------------------------------------------------------------------------


class Tripwire:
    """A pickle that, if anyone unpickled it, would write ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (str(self.path), "unpickled!"))


def test_dataset_schemas_keep_the_pickle_as_opaque_text(served: tuple[LiveServer, list[Seen]], tmp_path: Path) -> None:
    live, _ = served
    tripwire = tmp_path / "unpickled.txt"
    payload = pickle.dumps(Tripwire(tripwire))
    with open_client(Sphinx, live) as client:
        registered = client.register_dataset_schema("PlateReading", payload)
        as_text = client.register_dataset_schema("ElisaWell", base64.b64encode(b"\x80\x05opaque").decode())
        again = client.get_dataset_schema(registered.id)
        schemas = collect(client.list_dataset_schemas(page_size=100))
        example = client.get_dataset_schema("dssch_67890")
        with pytest.raises(ValueError, match="base64"):
            client.register_dataset_schema("Broken", "not base64!")
    assert isinstance(registered, DatasetSchema)
    assert (again.id, again.name) == (registered.id, "PlateReading")
    assert [s.id for s in schemas][-2:] == [registered.id, as_text.id]
    assert example.name == "DoseResponseRow"
    kept = live.server.store["dataset-schema"].require(registered.id)
    assert kept["cloudPickle"] == base64.b64encode(payload).decode()  # the text as sent
    assert "cloudPickle" not in raw_get(live, f"/v1/dataset-schemas/{registered.id}")  # and never served back
    assert not tripwire.exists()  # nobody unpickled it
