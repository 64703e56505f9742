"""`make new-api` (tools/codegen/scaffold.py), on scratch copies of the repository, never the real tree: the skeleton
of ``demoapi`` passes its contract test (schemathesis) and its end-to-end tests with no further edit, its files are
lint-clean, the Makefile then re-installs; a taken or invalid name is refused before anything is written, and a
failed generation leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools/codegen/scaffold.py"
LAYERS = ("specs", "generated", "overlays", "tools")  # where the editable install finds each package
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", ".bench", "*.egg-info"
)


scaffold = load_script("scaffold")
Made = tuple[Path, subprocess.CompletedProcess[str]]  # the copy, and what the scaffold said


def _environment(copy: Path) -> dict[str, str]:
    """This venv's interpreter, importing the copy's packages (ahead of the editable install of this tree)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LABSPECS_PATH", "LABSPECS_DIR", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = os.pathsep.join(str(copy / layer) for layer in LAYERS)
    return env


def _run(copy: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=copy, env=_environment(copy), capture_output=True, text=True, check=False)  # noqa: S603


def _files(root: Path) -> set[str]:
    """Every file and folder of ``root``'s layers (and tests)."""
    trees = [root / layer for layer in (*LAYERS, "tests")]
    return {p.relative_to(root).as_posix() for tree in trees for p in tree.rglob("*") if "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def demoapi(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """A copy of the repository in which `make new-api NAME=demoapi` ran (its script: setup is the Makefile's)."""
    copy = tmp_path_factory.mktemp("repo") / "labsdk"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy, _run(copy, sys.executable, "tools/codegen/scaffold.py", "demoapi")


def test_the_skeleton_of_a_new_api_passes_its_contract_and_end_to_end_tests(
    demoapi: Made,
) -> None:
    copy, made = demoapi
    assert made.returncode == 0, made.stdout + made.stderr
    for path in (
        "specs/demoapi.yaml",
        "generated/labsdk_demoapi_client/api/projects/list_projects.py",
        "generated/.stamps/demoapi",
        "tools/labmock/services/demoapi/__init__.py",
        "tools/labmock/services/demoapi/fixtures.yaml",
        "overlays/labsdk/demoapi/_async.py",
        "overlays/labsdk/demoapi/_sync.py",  # derived
        "tools/demo/tours/demoapi.py",
        "tests/e2e/_async/test_demoapi_workflows.py",
        "tests/e2e/_sync/test_demoapi_workflows.py",  # derived
    ):
        assert (copy / path).is_file(), path
    assert "class Demoapi(BaseClient):" in (copy / "overlays/labsdk/demoapi/_sync.py").read_text()
    tests = _run(
        copy,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/contract/test_schemathesis.py::test_mock_conforms_to_its_spec[demoapi]",
        "tests/e2e/_async/test_demoapi_workflows.py",
        "tests/e2e/_sync/test_demoapi_workflows.py",
    )
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert "7 passed" in tests.stdout


def test_the_skeleton_is_lint_and_type_clean_and_checked_generated(demoapi: Made) -> None:
    copy, made = demoapi
    assert made.returncode == 0, made.stderr
    written = [line.removeprefix("wrote ") for line in made.stdout.splitlines() if line.startswith("wrote ")]
    assert len(written) == 8
    ruff = str(Path(sys.executable).parent / "ruff")
    python = [path for path in written if path.endswith(".py")]
    twins = ["overlays/labsdk/demoapi/_sync.py", "tests/e2e/_sync/test_demoapi_workflows.py"]
    cache = copy / ".mypy_cache"
    if (ROOT / ".mypy_cache").is_dir():  # `make test` has just run mypy: its cache makes this check a matter of seconds
        shutil.copytree(ROOT / ".mypy_cache", cache)
    mypy = [str(Path(sys.executable).parent / "mypy"), "--strict", "--cache-dir", str(cache), *python, *twins]
    for check in ([ruff, "check", *python], [ruff, "format", "--check", *python], mypy):
        result = _run(copy, *check)
        assert result.returncode == 0, result.stdout + result.stderr
    derived = _run(copy, sys.executable, "tools/codegen/unasync.py", "--check")
    assert derived.returncode == 0, derived.stderr
    generated = _run(copy, sys.executable, "tools/codegen/generate.py", "--check", "demoapi")
    assert generated.returncode == 0, generated.stderr


def test_a_new_generated_client_makes_setup_reinstall(demoapi: Made) -> None:
    """`make setup` (dry run, against this venv) is a no-op here and re-installs in the copy, which has one more
    generated client: the editable install must map it."""
    copy, made = demoapi
    assert made.returncode == 0, made.stderr
    venv = f"VENV={Path(sys.executable).parent.parent}"
    here, there = (
        subprocess.run(["make", "-n", "setup", venv], cwd=tree, capture_output=True, text=True, check=False)  # noqa: S603, S607
        for tree in (ROOT, copy)
    )
    assert here.returncode == there.returncode == 0, here.stderr + there.stderr
    assert "pip install" not in here.stdout
    assert "pip install" in there.stdout


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("biodock", "the name 'biodock' is taken: specs/biodock.yaml, generated/labsdk_biodock_client, "),
        ("cavatica", "is taken: tools/labmock/services/cavatica"),  # a deployment with no spec of its own
        ("widgets", "is taken: generated/labsdk_widgets_client"),  # the engines' fixture API
        ("Demo", "not a valid API name"),
        ("demo-api", "not a valid API name"),
        ("class", "not a valid API name"),
        ("_private", "not a valid API name"),
        ("9lives", "not a valid API name"),
    ],
)
def test_a_taken_or_invalid_name_is_refused_loudly(
    name: str, why: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = _files(ROOT)
    assert scaffold.main([name]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert why in err
    assert _files(ROOT) == before


def test_a_failed_generation_leaves_nothing_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    (root / "tools/codegen").mkdir(parents=True)
    (root / "tools/labmock/services").mkdir(parents=True)
    (root / "tools/codegen/generate.py").write_text("import sys\nprint('the generator broke')\nsys.exit(2)\n")
    (root / "tools/codegen/unasync.py").write_text("")
    before = _files(root)
    assert scaffold.main(["brandnew", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "generate.py brandnew failed" in err
    assert "the generator broke" in err
    assert _files(root) == before
