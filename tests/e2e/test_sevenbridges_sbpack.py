"""``sbpack``, the vendor's CWL deployer (built on sevenbridges-python), unmodified, against the mock over https: it
packs a workflow (``cwl/``: two tools the workflow runs from their own files) into one CWL document and installs it
as an app from a credentials profile; a second run adds a revision; ``sbpull`` reads it back, whole or exploded
into one file per step. sbpack runs from its own venv (``.venv-sbpack``, made by ``make setup``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from .sevenbridges_https import SBPACK_BIN, ProfiledMock, profiled_mock

CWL = Path(__file__).with_name("cwl")
APP = "john_doe/my-project/read-counts"


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProfiledMock]:
    if not (SBPACK_BIN / "sbpack").is_file():
        pytest.fail(f"{SBPACK_BIN / 'sbpack'} is missing: run `make setup` (it makes .venv-sbpack)")
    with profiled_mock("sevenbridges", tmp_path_factory.mktemp("home")) as mock:
        yield mock


def _workflow(tmp_path: Path, label: str = "Read counts") -> Path:
    """The workflow's files in a folder of their own (sbpack asks git about the folder it packs from)."""
    for source in CWL.glob("*.cwl"):
        shutil.copy(source, tmp_path / source.name)
    main = tmp_path / "qc-workflow.cwl"
    main.write_text(main.read_text(encoding="utf-8").replace("label: Read counts", f"label: {label}"), encoding="utf-8")
    return main


def _sbpack(mock: ProfiledMock, *args: str, cwd: Path) -> str:
    done = mock.run([str(SBPACK_BIN / "sbpack"), mock.profile, *args], cwd=cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout + done.stderr


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def test_sbpack_deploys_a_workflow_and_a_revision(mock: ProfiledMock, tmp_path: Path) -> None:
    _sbpack(mock, APP, str(_workflow(tmp_path)), cwd=tmp_path)
    app = mock.live.server.state.apps[APP]
    assert (app["class"], app["name"], len(app["revisions"])) == ("Workflow", "Read counts", 1)
    packed = app["sources"][0]["cwl"]
    steps = {step["id"]: step["run"] for step in packed["steps"]}
    assert set(steps) == {"count", "summarize"}
    assert {run["class"] for run in steps.values()} == {"CommandLineTool"}  # each tool inline, as sbpack packs
    assert steps["count"]["baseCommand"][0] == "awk"
    assert app["sources"][0]["notes"].startswith("Uploaded using sbpack")
    assert app["inputs"] == [["reads", "File[]"]]

    _sbpack(mock, APP, str(_workflow(tmp_path, label="Read counts v2")), cwd=tmp_path)  # the app exists: a revision
    app = mock.live.server.state.apps[APP]
    assert (len(app["revisions"]), app["name"]) == (2, "Read counts v2")


def test_sbpull_reads_the_app_back(mock: ProfiledMock, tmp_path: Path) -> None:
    if APP not in mock.live.server.state.apps:
        _sbpack(mock, APP, str(_workflow(tmp_path)), cwd=tmp_path)
    whole = tmp_path / "pulled.cwl"
    done = mock.run([str(SBPACK_BIN / "sbpull"), mock.profile, APP, str(whole)], cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    pulled = _load(whole)
    latest = len(mock.live.server.state.apps[APP]["revisions"]) - 1
    assert (pulled["class"], pulled["sbg:id"], pulled["sbg:revision"]) == ("Workflow", f"{APP}/{latest}", latest)
    assert [step["id"] for step in pulled["steps"]] == ["count", "summarize"]

    exploded = tmp_path / "exploded" / "read-counts.cwl"
    exploded.parent.mkdir()
    done = mock.run([str(SBPACK_BIN / "sbpull"), mock.profile, APP, str(exploded), "--unpack"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    main = _load(exploded)
    assert [step["run"] for step in main["steps"]] == [
        "read-counts.cwl.steps/count.cwl",
        "read-counts.cwl.steps/summarize.cwl",
    ]
    count = _load(exploded.parent / "read-counts.cwl.steps" / "count.cwl")
    assert (count["class"], count["label"]) == ("CommandLineTool", "Count reads")


def test_sbpull_of_an_app_that_is_not_there_says_so(mock: ProfiledMock, tmp_path: Path) -> None:
    done = mock.run(
        [str(SBPACK_BIN / "sbpull"), mock.profile, "john_doe/my-project/nothing-here", str(tmp_path / "x.cwl")],
        cwd=tmp_path,
    )
    assert "not found" in done.stderr
    assert not (tmp_path / "x.cwl").exists()
