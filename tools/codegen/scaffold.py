"""`make new-api NAME=<name>`: the skeleton of a new API, in every layer, generated and ready to test.

    python tools/codegen/scaffold.py NAME [--title TITLE]

Writes, from the templates beside this file (``templates/*.tmpl``):

    specs/<name>.yaml                          servers, a security scheme, x-errors, one x-resources kind (projects:
                                               list, get, create) with x-pagination, examples on every operation
    tools/labmock/services/<name>/             __init__.py (the Service) and fixtures.yaml (its demo data)
    overlays/labsdk/<name>/                    __init__.py, _async.py (the client, written once), _common.py
    tools/demo/tours/<name>.py                 the tour `make demo` runs
    tests/e2e/_async/test_<name>_workflows.py  the end-to-end test of every operation

then generates the client (``generate.py <name>``) and the sync faces (``unasync.py``: ``<name>/_sync.py`` and the
test's ``_sync`` twin). `make new-api` then re-runs setup, which installs the new generated package. A name that is
not a lowercase identifier, or that any layer already uses, is refused (exit 2) before anything is written.
"""

from __future__ import annotations

import argparse
import keyword
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import labspecs

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).with_name("templates")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


class ScaffoldError(Exception):
    """The name is refused, or the skeleton could not be generated."""


@dataclass(frozen=True)
class Names:
    """Every spelling of the new API's name the templates use, derived from it in one place."""

    name: str
    title: str

    def values(self) -> dict[str, str]:
        return {
            "name": self.name,  # the spec, the mock service, the labsdk subpackage
            "Title": self.title,  # the client classes (Title, AsyncTitle)
            "NAME": self.name.upper(),  # the environment variables ($NAME_API_KEY, $NAME_BASE_URL)
            "host": self.name.replace("_", "-"),
            "package": labspecs.generated_package(self.name),  # the generated client
        }


def files(root: Path, name: str) -> dict[str, Path]:
    """Template -> the file it becomes, for ``name``."""
    return {
        "spec.yaml.tmpl": root / "specs" / f"{name}.yaml",
        "service.py.tmpl": root / "tools/labmock/services" / name / "__init__.py",
        "fixtures.yaml.tmpl": root / "tools/labmock/services" / name / "fixtures.yaml",
        "sdk_init.py.tmpl": root / "overlays/labsdk" / name / "__init__.py",
        "sdk_async.py.tmpl": root / "overlays/labsdk" / name / "_async.py",
        "sdk_common.py.tmpl": root / "overlays/labsdk" / name / "_common.py",
        "tour.py.tmpl": root / "tools/demo/tours" / f"{name}.py",
        "e2e_test.py.tmpl": root / "tests/e2e/_async" / f"test_{name}_workflows.py",
    }


def check_name(root: Path, name: str) -> None:
    """Refuse a name that is not a lowercase identifier, or that a layer of ``root`` already uses."""
    if not _NAME.fullmatch(name) or keyword.iskeyword(name) or keyword.issoftkeyword(name):
        raise ScaffoldError(f"{name!r} is not a valid API name: a lowercase Python identifier such as 'basespace'")
    taken = [
        root / "specs" / f"{name}.yaml",
        root / "generated" / labspecs.generated_package(name),
        root / "tools/labmock/services" / name,
        root / "overlays/labsdk" / name,
        root / "overlays/labsdk" / f"{name}.py",
        *files(root, name).values(),
    ]
    found = [path for path in dict.fromkeys(taken) if path.exists()]
    used = [path.relative_to(root).as_posix() for path in found if not any(p in found for p in path.parents)]
    if used:
        raise ScaffoldError(f"the name {name!r} is taken: {', '.join(used)} already there")


def render(template: str, values: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        if match.group(1) not in values:
            raise ScaffoldError(f"template placeholder {{{{{match.group(1)}}}}} has no value")
        return values[match.group(1)]

    return _PLACEHOLDER.sub(value, template)


def _run(*command: str, root: Path) -> None:
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise ScaffoldError(f"{' '.join(command[1:])} failed:\n{result.stdout}{result.stderr}")


def scaffold(root: Path, names: Names) -> list[Path]:
    """Write the skeleton of ``names.name`` into ``root``, generate its client and derive its sync faces; on any
    failure remove what was written (the tree is left as it was)."""
    check_name(root, names.name)
    values = names.values()
    written = [(target, render((TEMPLATES / template).read_text(encoding="utf-8"), values))
               for template, target in files(root, names.name).items()]  # fmt: skip
    created: list[Path] = []
    try:
        for target, text in written:
            missing = [folder for folder in (target.parent, *target.parent.parents) if not folder.exists()]
            for folder in reversed(missing):
                folder.mkdir()
                created.append(folder)
            target.write_text(text, encoding="utf-8")
            created.append(target)
        py_files = [str(target) for target, _ in written if target.suffix == ".py"]
        ruff = str(Path(sys.executable).parent / "ruff")
        _run(ruff, "check", "--fix", "--quiet", *py_files, root=root)
        _run(ruff, "format", "--quiet", *py_files, root=root)
        _run(sys.executable, str(root / "tools/codegen/generate.py"), names.name, root=root)
        created.append(root / "generated" / labspecs.generated_package(names.name))
        created.append(root / "generated/.stamps" / names.name)
        _run(sys.executable, str(root / "tools/codegen/unasync.py"), root=root)
    except BaseException:
        _remove(root, created)
        raise
    return [target for target, _ in written]


def _remove(root: Path, created: list[Path]) -> None:
    for path in reversed(created):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    # the derived twins of what was removed (unasync drops a derived file whose source is gone)
    subprocess.run([sys.executable, str(root / "tools/codegen/unasync.py")], cwd=root, capture_output=True, check=False)  # noqa: S603


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", help="the API's name: a lowercase identifier (basespace)")
    parser.add_argument("--title", help="the client class name (default: the name capitalized: Basespace)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        check_name(root, args.name)
        title = args.title or "".join(part.capitalize() for part in args.name.split("_"))
        if not title.isidentifier() or not title[0].isupper():
            raise ScaffoldError(f"{title!r} is not a class name (--title)")
        written = scaffold(root, Names(args.name, title))
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path.relative_to(root)}")
    print(f"{args.name}: generated/{labspecs.generated_package(args.name)} and the sync faces derived.")
    print("Next: replace the skeleton's resource with the API's own (spec first), then `make test`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
