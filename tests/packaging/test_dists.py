"""The distributions' layout and metadata (tools/packaging/dists.py), staged from the working tree: fast checks of what
`make check-dist` proves end to end (wheels of HEAD installed into fresh venvs outside the checkout)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import labspecs
from labsdk import LabSDKError

from ..codegen.scripts import ROOT, load_script

dists = load_script("dists", "tools/packaging")
APIS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, Any]]]:
    """Each distribution staged from the working tree (the same layout as an export of HEAD), with its pyproject."""
    out = tmp_path_factory.mktemp("stage")
    version = dists.read_version(ROOT / "overlays/labsdk/_version.py")
    requirements = dists.repository_requirements(ROOT / "pyproject.toml")
    found = {}
    for dist in dists.DISTRIBUTIONS:
        root = dists.stage(dist, ROOT, out, version, requirements)
        found[dist.name] = (root, tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")))
    return found


def _names(requirements: list[str]) -> set[str]:
    return {dists.requirement_name(r) for r in requirements}


def test_three_distributions_with_one_version_and_the_metadata_of_a_kept_package(
    staged: dict[str, tuple[Path, dict[str, Any]]],
) -> None:
    assert sorted(staged) == ["labmock", "labsdk", "labspecs"]
    versions = {project["project"]["version"] for _, project in staged.values()}
    assert versions == {dists.read_version(ROOT / "tools/labmock/_version.py")}
    for root, project in staged.values():
        meta = project["project"]
        assert meta["license"] == "MIT"
        assert meta["license-files"] == ["LICENSE"]
        assert (root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
        assert "## [" in (root / "CHANGELOG.md").read_text(encoding="utf-8")
        assert "include CHANGELOG.md" in (root / "MANIFEST.in").read_text(encoding="utf-8")
        assert set(meta["urls"]) == {"Homepage", "Documentation", "Source", "Issues", "Changelog"}
        assert all(url.startswith(dists.PROJECT_URL) for url in meta["urls"].values())
        assert "Typing :: Typed" in meta["classifiers"]
        assert meta["requires-python"] == ">=3.11"
        for package in project["tool"]["setuptools"]["packages"]:
            if "." not in package:  # every top-level package is typed
                assert "py.typed" in project["tool"]["setuptools"]["package-data"][package], package


def test_labspecs_ships_the_specs_inside_the_package_that_reads_them(
    staged: dict[str, tuple[Path, dict[str, Any]]],
) -> None:
    root, project = staged["labspecs"]
    assert sorted(p.stem for p in (root / "labspecs/specs").glob("*.yaml")) == APIS
    data = project["tool"]["setuptools"]["package-data"]["labspecs"]
    assert sorted(data) == sorted(["py.typed", *(f"specs/{api}.yaml" for api in APIS)])
    assert _names(project["project"]["dependencies"]) == {"pyyaml"}


def test_labsdk_holds_the_generated_clients_and_no_server_dependency(
    staged: dict[str, tuple[Path, dict[str, Any]]],
) -> None:
    _, project = staged["labsdk"]
    packages = project["tool"]["setuptools"]["packages"]
    top = sorted(p for p in packages if "." not in p)
    assert top == sorted(["labsdk", *(labspecs.generated_package(api) for api in APIS)])
    assert "labsdk_widgets_client" not in top  # the tests' fixture API is not shipped
    assert {"labsdk._async", "labsdk._sync", "labsdk.sevenbridges._async"} <= set(packages)
    required = _names(project["project"]["dependencies"])
    assert required == {"labspecs", "httpx", "attrs"}
    assert not required & set(dists.SERVER_ONLY)
    extras = project["project"]["optional-dependencies"]
    assert extras["mock"] == [f"labmock=={project['project']['version']}"]
    assert _names(extras["strict"]) == {"jsonschema-rs"}
    # The specifiers are the repository's own, never a second copy to keep in step.
    ours = dists.repository_requirements(ROOT / "pyproject.toml")
    assert [r for r in project["project"]["dependencies"] if not r.startswith("labspecs")] == [
        ours[name] for name in ("httpx", "attrs")
    ]


def test_labmock_has_its_command_its_pytest_plugin_and_the_server_dependencies(
    staged: dict[str, tuple[Path, dict[str, Any]]],
) -> None:
    _, project = staged["labmock"]
    meta = project["project"]
    assert meta["scripts"] == {"labmock": "labmock.cli:main"}
    assert meta["entry-points"]["pytest11"] == {"labmock": "labmock.pytest_plugin"}
    assert set(dists.SERVER_ONLY) | {"labspecs", "pyyaml", "httpx"} == _names(meta["dependencies"])
    data = project["tool"]["setuptools"]["package-data"]
    assert "fixtures.yaml" in data["labmock.services.biodock"]


def test_a_requirement_the_repository_does_not_list_fails_the_build(tmp_path: Path) -> None:
    bogus = dists.Distribution(name="labsdk", summary="", readme="README.md", keywords=(), requires=("nonesuch",))
    with pytest.raises(dists.PackagingError, match=r"nonesuch, which pyproject\.toml does not list"):
        dists.stage(bogus, ROOT, tmp_path, "0.1.0", dists.repository_requirements(ROOT / "pyproject.toml"))


def test_the_export_is_of_a_commit_not_the_working_tree(tmp_path: Path) -> None:
    tree = dists.export("HEAD", tmp_path)
    assert (tree / "specs/labspecs/__init__.py").is_file()
    assert not list(tree.rglob("__pycache__"))
    with pytest.raises(dists.PackagingError, match="git archive no-such-ref failed"):
        dists.export("no-such-ref", tmp_path / "again")


def test_installed_labspecs_reads_its_packaged_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a wheel the specs are ``labspecs/specs/``; that folder wins over the repository's ``specs/``."""
    packaged = tmp_path / "specs"
    packaged.mkdir()
    (packaged / "biodock.yaml").write_bytes((ROOT / "specs/biodock.yaml").read_bytes())
    monkeypatch.setattr(labspecs, "_PACKAGED_SPECS", packaged)
    monkeypatch.delenv("LABSPECS_DIR", raising=False)
    assert labspecs.specs_dir() == packaged
    assert labspecs.available() == ("biodock",)
    monkeypatch.setattr(labspecs, "_PACKAGED_SPECS", tmp_path / "absent")
    assert labspecs.specs_dir() == ROOT / "specs"


def test_the_sdk_imports_no_server_dependency() -> None:
    """jsonschema-rs (strict mode's validator) is the `strict` extra: importing labsdk and every client needs none
    of the mock servers' dependencies."""
    code = (
        "import sys, labsdk, labsdk.biodock, labsdk.sphinx, labsdk.sevenbridges, labsdk.iontorrent\n"
        "bad = [m for m in ('jsonschema_rs', 'starlette', 'uvicorn', 'uvloop', 'python_multipart', 'trustme',"
        " 'labmock') if m in sys.modules]\n"
        "print(bad)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_strict_mode_without_its_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from labsdk import _strict

    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # as if not installed: importing it raises ImportError
    with pytest.raises(LabSDKError, match=r'strict mode needs jsonschema-rs: pip install "labsdk\[strict\]"'):
        _strict.strict_checker("biodock", "report", [])
