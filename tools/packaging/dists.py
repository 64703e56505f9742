"""The three distributions of this monorepo, built from a clean export of a commit (HEAD by default).

    python tools/packaging/dists.py --out dist              sdists and wheels of labspecs, labsdk and labmock
    python tools/packaging/dists.py --out dist --wheels     wheels only (what `make check-dist` installs)

- labspecs: labspecs and the specs, as its package data (labspecs/specs/<api>.yaml); requires PyYAML.
- labsdk: labsdk and the generated labsdk_<api>_client packages; requires labspecs, httpx, attrs
  (extras: strict = jsonschema-rs, progress = tqdm, pandas, mock = labmock).
- labmock: the mock servers, the `labmock` command and its pytest plugin; requires labspecs, httpx, PyYAML and the
  servers' dependencies (Starlette, uvicorn, uvloop, httptools, jsonschema-rs, python-multipart, trustme).

Only what is committed is built: the files come from ``git archive <ref>``, never from the working tree, so an
uncommitted change (or an untracked file) never slips into a wheel (a dirty tree is reported). The requirement
specifiers are the repository's own (pyproject.toml's ``dependencies`` and extras): this module only says which
distribution takes which requirement. One version for all three: ``labsdk._version`` (labmock's must agree). The
files' dates are the commit's (``SOURCE_DATE_EPOCH``), so two builds of one commit give the same wheels, byte for byte.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_URL = "https://github.com/labsdk/labsdk"
URLS = {
    "Homepage": PROJECT_URL,
    "Documentation": f"{PROJECT_URL}#readme",
    "Source": PROJECT_URL,
    "Issues": f"{PROJECT_URL}/issues",
    "Changelog": f"{PROJECT_URL}/blob/main/CHANGELOG.md",
}
CLASSIFIERS = (
    "Development Status :: 3 - Alpha",
    "Intended Audience :: Developers",
    "Intended Audience :: Science/Research",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Scientific/Engineering :: Bio-Informatics",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: Software Development :: Testing :: Mocking",
    "Typing :: Typed",
)
# What the export needs: the packages' sources, the specs, and the files every distribution carries.
EXPORTED = ("specs", "overlays/labsdk", "generated", "tools/labmock", "LICENSE", "CHANGELOG.md", "README.md")
BUILD_TIMEOUT = 300  # seconds
SERVER_ONLY = ("starlette", "uvicorn", "uvloop", "httptools", "jsonschema-rs", "python-multipart", "trustme")


class PackagingError(RuntimeError):
    pass


@dataclass(frozen=True)
class Distribution:
    """One distribution: its import packages (folder in the export → top-level name) and its requirements, by name
    (the specifiers are read from the repository's pyproject.toml)."""

    name: str
    summary: str
    readme: str
    keywords: tuple[str, ...]
    requires: tuple[str, ...]
    siblings: tuple[str, ...] = ()  # the other distributions of this repository it requires (same version)
    extras: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # extra → requirement names or siblings
    scripts: Mapping[str, str] = field(default_factory=dict)
    entry_points: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


DISTRIBUTIONS = (
    Distribution(
        name="labspecs",
        summary="OpenAPI 3.1 specs of lab and bioinformatics platform APIs, and the reader of their x- extensions",
        readme="specs/README.md",
        keywords=("openapi", "specification", "bioinformatics"),
        requires=("PyYAML",),
    ),
    Distribution(
        name="labsdk",
        summary="Typed sync and async Python clients for Biodock, Sphinx Bio, Seven Bridges and Ion Torrent Suite",
        readme="README.md",
        keywords=("sdk", "api-client", "bioinformatics", "httpx", "biodock", "sevenbridges", "iontorrent"),
        requires=("httpx", "attrs"),
        siblings=("labspecs",),
        extras={
            "strict": ("jsonschema-rs",),
            "progress": ("tqdm",),
            "pandas": ("pandas",),
            "mock": ("labmock",),
        },
    ),
    Distribution(
        name="labmock",
        summary="Stateful mock servers of lab and bioinformatics platform APIs, driven by their OpenAPI specs",
        readme="tools/labmock/README.md",
        keywords=("mock", "mock-server", "openapi", "testing", "bioinformatics"),
        requires=("PyYAML", "httpx", *SERVER_ONLY),
        siblings=("labspecs",),
        extras={"intercept": ("respx",)},
        scripts={"labmock": "labmock.cli:main"},
        entry_points={"pytest11": {"labmock": "labmock.pytest_plugin"}},
    ),
)


def requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise PackagingError(f"cannot read the requirement {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def repository_requirements(pyproject: Path) -> dict[str, str]:
    """Every requirement of the repository's pyproject.toml (dependencies and extras) by normalised name."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    found: dict[str, str] = {}
    for requirement in [*project["dependencies"], *(r for rs in project["optional-dependencies"].values() for r in rs)]:
        found.setdefault(requirement_name(requirement), requirement)
    return found


def read_version(path: Path) -> str:
    match = re.search(r'^__version__ = "([^"]+)"$', path.read_text(encoding="utf-8"), re.MULTILINE)
    if match is None:
        raise PackagingError(f"no __version__ in {path}")
    return match.group(1)


def export(ref: str, dest: Path, root: Path = ROOT) -> Path:
    """The files of ``ref`` (a clean export: no working-tree change, no untracked file) under ``dest``."""
    archive = subprocess.run(  # noqa: S603
        ["git", "-C", str(root), "archive", "--format=tar", ref, *EXPORTED],  # noqa: S607
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise PackagingError(f"git archive {ref} failed: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def _commit_time(ref: str, root: Path) -> str:
    shown = subprocess.run(  # noqa: S603
        ["git", "-C", str(root), "log", "-1", "--format=%ct", ref],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    return shown.stdout.strip() if shown.returncode == 0 and shown.stdout.strip().isdigit() else "315532800"


def dirty(root: Path = ROOT) -> list[str]:
    """The working tree's changes (what a build of HEAD leaves out)."""
    status = subprocess.run(  # noqa: S603
        ["git", "-C", str(root), "status", "--porcelain", "--", *EXPORTED, "pyproject.toml"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    return status.stdout.splitlines()


def api_names(tree: Path) -> list[str]:
    """The APIs of the export: ``specs/<name>.yaml`` (the tests' fixture specs live elsewhere and are not shipped)."""
    return sorted(p.stem for p in (tree / "specs").glob("*.yaml"))


def _stage_packages(dist: Distribution, tree: Path, stage: Path) -> None:
    if dist.name == "labspecs":
        shutil.copytree(tree / "specs/labspecs", stage / "labspecs")
        (stage / "labspecs/specs").mkdir()
        for name in api_names(tree):
            shutil.copy2(tree / f"specs/{name}.yaml", stage / f"labspecs/specs/{name}.yaml")
    elif dist.name == "labsdk":
        shutil.copytree(tree / "overlays/labsdk", stage / "labsdk")
        for name in api_names(tree):
            package = f"labsdk_{name}_client"  # labspecs.generated_package(name), without importing it here
            if not (tree / "generated" / package / "__init__.py").is_file():
                raise PackagingError(f"generated/{package} is missing for specs/{name}.yaml (run make generate)")
            shutil.copytree(tree / "generated" / package, stage / package)
    elif dist.name == "labmock":
        shutil.copytree(tree / "tools/labmock", stage / "labmock")
    else:
        raise PackagingError(f"no layout for {dist.name}")


def _packages_and_data(stage: Path) -> tuple[list[str], dict[str, list[str]]]:
    """Every import package under ``stage`` and, per package, its data files (anything not ``.py``)."""
    packages = sorted(
        ".".join(p.parent.relative_to(stage).parts) for p in stage.rglob("__init__.py") if "__pycache__" not in p.parts
    )
    data: dict[str, list[str]] = {}
    for path in sorted(stage.rglob("*")):
        rel = path.relative_to(stage)
        if not path.is_file() or len(rel.parts) < 2 or path.suffix in (".py", ".pyc") or "__pycache__" in rel.parts:
            continue
        owner = path.parent
        while not (owner / "__init__.py").is_file():
            owner = owner.parent
        package = ".".join(owner.relative_to(stage).parts)
        data.setdefault(package, []).append(path.relative_to(owner).as_posix())
    return packages, data


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    raise PackagingError(f"cannot write {value!r} as TOML")


def _table(name: str, rows: Mapping[str, object]) -> list[str]:
    return [f"[{name}]", *(f"{_toml(k) if not k.isidentifier() else k} = {_toml(v)}" for k, v in rows.items()), ""]


def pyproject(dist: Distribution, version: str, requirements: Mapping[str, str], stage: Path) -> str:
    """The pyproject.toml of ``dist`` staged at ``stage``."""

    def resolve(names: Iterable[str]) -> list[str]:
        siblings = {d.name for d in DISTRIBUTIONS}
        out = []
        for name in names:
            if name in siblings:
                out.append(f"{name}=={version}")
            elif requirement_name(name) in requirements:
                out.append(requirements[requirement_name(name)])
            else:
                raise PackagingError(f"{dist.name} requires {name}, which pyproject.toml does not list")
        return out

    packages, data = _packages_and_data(stage)
    project: dict[str, object] = {
        "name": dist.name,
        "version": version,
        "description": dist.summary,
        "readme": "README.md",
        "requires-python": ">=3.11",
        "license": "MIT",
        "license-files": ["LICENSE"],
        "authors": [{"name": "labsdk contributors"}],
        "keywords": list(dist.keywords),
        "classifiers": list(CLASSIFIERS),
        "dependencies": resolve([*dist.siblings, *dist.requires]),
    }
    lines = [
        *_table("build-system", {"requires": ["setuptools>=77"], "build-backend": "setuptools.build_meta"}),
        *_table("project", project),
        *_table("project.urls", URLS),
    ]
    if dist.extras:
        lines += _table("project.optional-dependencies", {k: resolve(v) for k, v in dist.extras.items()})
    if dist.scripts:
        lines += _table("project.scripts", dist.scripts)
    for group, points in dist.entry_points.items():
        lines += _table(f"project.entry-points.{group}", points)
    lines += _table("tool.setuptools", {"packages": packages, "include-package-data": False})
    lines += _table("tool.setuptools.package-data", data)
    return "\n".join(lines)


def stage(dist: Distribution, tree: Path, dest: Path, version: str, requirements: Mapping[str, str]) -> Path:
    """The source tree of ``dist`` (what its sdist holds) under ``dest``."""
    root = dest / dist.name
    root.mkdir(parents=True)
    _stage_packages(dist, tree, root)
    for name in ("LICENSE", "CHANGELOG.md"):
        shutil.copy2(tree / name, root / name)
    shutil.copy2(tree / dist.readme, root / "README.md")
    (root / "MANIFEST.in").write_text("include CHANGELOG.md\nglobal-exclude *.py[cod]\n", encoding="utf-8")
    (root / "pyproject.toml").write_text(pyproject(dist, version, requirements, root), encoding="utf-8")
    return root


BUILD = """
import sys
from setuptools import build_meta
out, kinds = sys.argv[1], sys.argv[2].split(",")
for kind in kinds:
    print("built:" + getattr(build_meta, "build_" + kind)(out))
"""


def build(out: Path, ref: str = "HEAD", wheels_only: bool = False, root: Path = ROOT) -> list[Path]:
    """Build the distributions of ``ref`` into ``out``; return the files built."""
    version = read_version(root / "overlays/labsdk/_version.py")
    mock_version = read_version(root / "tools/labmock/_version.py")
    if mock_version != version:
        raise PackagingError(f"labsdk is {version} but labmock is {mock_version}: one version for all three")
    requirements = repository_requirements(root / "pyproject.toml")
    out.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    kinds = "wheel" if wheels_only else "sdist,wheel"
    with tempfile.TemporaryDirectory(prefix="labsdk-dist-") as tmp:
        tree = export(ref, Path(tmp) / "export", root)
        sources = [stage(dist, tree, Path(tmp) / "stage", version, requirements) for dist in DISTRIBUTIONS]
        # One build process per distribution (setuptools builds one project per process), all at once.
        env = {**os.environ, "SOURCE_DATE_EPOCH": _commit_time(ref, root)}  # the files' dates: the commit's
        processes = [
            subprocess.Popen(  # noqa: S603
                [sys.executable, "-c", BUILD, str(out.resolve()), kinds],
                cwd=source,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for source in sources
        ]
        for dist, process in zip(DISTRIBUTIONS, processes, strict=True):
            stdout, stderr = process.communicate(timeout=BUILD_TIMEOUT)
            if process.returncode != 0:
                raise PackagingError(f"building {dist.name} failed:\n{stdout[-3000:]}\n{stderr[-3000:]}")
            built += [out / line.removeprefix("built:") for line in stdout.splitlines() if line.startswith("built:")]
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder of the built files (default dist/)")
    parser.add_argument("--ref", default="HEAD", help="the commit to build (default HEAD)")
    parser.add_argument("--wheels", action="store_true", help="wheels only, no sdists")
    args = parser.parse_args(argv)
    changes = dirty()
    if changes and args.ref == "HEAD":
        print(f"note: {len(changes)} uncommitted change(s) are not in the build (it is of HEAD)", file=sys.stderr)
    try:
        for path in build(args.out, args.ref, args.wheels):
            print(f"built {path} ({path.stat().st_size // 1024} KiB)")
    except PackagingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
