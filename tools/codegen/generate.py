"""The generator driver: specs/<name>.yaml → generated/labsdk_<name>_client/ with openapi-python-client.

    python tools/codegen/generate.py            regenerate the clients whose spec, config or generator changed
    python tools/codegen/generate.py --all      regenerate every client
    python tools/codegen/generate.py --check    regenerate into a temporary folder; fail on any difference

Every spec is validated first (OpenAPI 3.1 schema, then labspecs' reading of the vendor extensions), and the
generator runs with --fail-on-warning and explicit ruff post-hooks, so a bad spec fails loudly. A stamp file
per client (generated/.stamps/<name>) records the hash of its inputs, so an unchanged spec is not regenerated.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml
from openapi_spec_validator import validate

import labspecs

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CONFIG = Path(__file__).with_name("config.yaml")
# Templates that replace the generator's own of the same name (each a copy with one change, marked "labsdk:").
TEMPLATES = Path(__file__).with_name("client_templates")
GENERATOR_VERSION = "0.29.1"
# Specs that are not APIs but whose clients the tests bind labsdk to: the engines' fixture API (every declaration in
# one small spec), found by labspecs on $LABSPECS_PATH in the tests. Generated and checked like the APIs' clients.
FIXTURE_SPECS = (ROOT / "tests/mock/fixtures/widgets.yaml",)


# Known bugs of the pinned generator, patched in its output by this driver (so check-generated reproduces them).
# Each patch removes generated lines equal to `line`, in the packages of specs that have `applies_to` content;
# a patch that finds nothing to remove there fails generation loudly, so a generator upgrade cannot skip it.
@dataclass(frozen=True)
class Patch:
    line: str
    applies_to: str
    why: str


PATCHES: tuple[Patch, ...] = (
    Patch(
        line='headers["Content-Type"] = "multipart/form-data; boundary=+++"',
        applies_to="multipart/form-data",
        why="0.29 hard-codes the multipart boundary `+++` and httpx reuses it, so a file containing "
        "`\\r\\n--+++` is cut short; without the header httpx picks a random boundary per request.",
    ),
)


class GenerationError(RuntimeError):
    pass


def spec_paths(specs: Path) -> dict[str, Path]:
    """Every spec to generate by name: ``specs/*.yaml``, and the fixture specs beside the repository's own."""
    found = {p.stem: p for p in sorted(specs.glob("*.yaml"))}
    if specs == SPECS:
        found.update((p.stem, p) for p in FIXTURE_SPECS)
    return found


def _inputs_hash(spec: Path) -> str:
    digest = hashlib.sha256()
    # the spec, the generator's config and templates, and this driver (its post-processing shapes the output too)
    for part in (spec, CONFIG, *sorted(TEMPLATES.rglob("*.jinja")), Path(__file__)):
        digest.update(part.read_bytes())
    digest.update(metadata.version("openapi-python-client").encode())
    digest.update(metadata.version("ruff").encode())
    return digest.hexdigest()


def validate_spec(path: Path) -> None:
    """Fail loudly on a spec that is not valid OpenAPI 3.1 or whose vendor extensions are malformed."""
    name = path.stem
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        validate(document)
        labspecs.parse(name, document)
    except Exception as exc:
        raise GenerationError(f"{path} is not a valid spec: {exc}") from exc


def _env() -> dict[str, str]:
    # The generator's ruff post-hooks need ruff on PATH; take the one installed next to this interpreter.
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def generate_into(spec: Path, out_dir: Path) -> Path:
    """Generate ``labsdk_<name>_client`` from ``spec`` (``<name>.yaml``) into ``out_dir``; return the package folder."""
    name = spec.stem
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is pinned, {installed} is installed")
    validate_spec(spec)
    package = out_dir / labspecs.generated_package(name)
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(package),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=_env(), cwd=out_dir, check=False)  # noqa: S603
    if result.returncode != 0 or not (package / "__init__.py").is_file():
        raise GenerationError(f"openapi-python-client failed for {name}:\n{result.stdout}\n{result.stderr}")
    if "warning" in (result.stdout + result.stderr).lower():
        raise GenerationError(f"openapi-python-client warned for {name}:\n{result.stdout}\n{result.stderr}")
    _apply_patches(package, spec)
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    # PEP 561 marker, so the users' type checkers read the generated models' types.
    (package / "py.typed").write_text("")
    return package


def _apply_patches(package: Path, spec: Path) -> None:
    text_of_spec = spec.read_text(encoding="utf-8")
    for patch in PATCHES:
        if patch.applies_to not in text_of_spec:
            continue
        removed = 0
        for module in package.rglob("*.py"):
            rows = module.read_text(encoding="utf-8").splitlines(keepends=True)
            kept = [row for row in rows if row.strip() != patch.line]
            if len(kept) != len(rows):
                module.write_text("".join(kept), encoding="utf-8")
                removed += len(rows) - len(kept)
        if not removed:
            raise GenerationError(f"the generator patch for {patch.line!r} found nothing to remove ({patch.why})")
    ruff = [str(Path(sys.executable).parent / "ruff"), "format", "--isolated", "--no-cache", "--quiet"]
    subprocess.run([*ruff, "--target-version", "py311", "--line-length", "120", str(package)], check=True)  # noqa: S603


def _differences(expected: Path, actual: Path) -> list[str]:
    """Unified diffs (and missing/extra files) between two package trees."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in cmp.left_only:
            problems.append(f"only in the fresh generation: {rel / name}")
        for name in cmp.right_only:
            if name != "__pycache__":
                problems.append(f"only in generated/: {rel / name}")
        for name in cmp.diff_files:
            left = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            right = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            problems.append("".join(difflib.unified_diff(right, left, f"generated/{rel / name}", "fresh")))
        for sub_name, sub in cmp.subdirs.items():
            if sub_name != "__pycache__":
                walk(sub, rel / sub_name)

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), Path(expected.name))
    return problems


def check(names: list[str], specs: dict[str, Path], generated: Path) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="labsdk-gen-") as tmp:
        for name in names:
            fresh = generate_into(specs[name], Path(tmp))
            committed = generated / labspecs.generated_package(name)
            if not committed.is_dir():
                print(f"{name}: generated/{committed.name} is missing; run `make generate`", file=sys.stderr)
                failures += 1
                continue
            problems = _differences(fresh, committed)
            if problems:
                failures += 1
                print(f"{name}: generated/ differs from what {specs[name].name} generates:", file=sys.stderr)
                for problem in problems[:20]:
                    print(problem, file=sys.stderr)
                print("Run `make generate` and commit the result; never edit generated/ by hand.", file=sys.stderr)
            else:
                print(f"{name}: generated/{committed.name} matches {specs[name].name}")
    return 1 if failures else 0


def generate(names: list[str], specs: dict[str, Path], generated: Path, force: bool) -> int:
    stamps = generated / ".stamps"
    stamps.mkdir(parents=True, exist_ok=True)
    for name in names:
        stamp = stamps / name
        digest = _inputs_hash(specs[name])
        target = generated / labspecs.generated_package(name)
        if not force and target.is_dir() and stamp.is_file() and stamp.read_text().strip() == digest:
            print(f"{name}: up to date")
            continue
        with tempfile.TemporaryDirectory(prefix="labsdk-gen-", dir=generated) as tmp:
            fresh = generate_into(specs[name], Path(tmp))
            if target.exists():
                shutil.rmtree(target)
            fresh.rename(target)
        stamp.write_text(digest + "\n")
        print(f"{name}: generated generated/{target.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="spec names (default: every specs/*.yaml)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument("--all", action="store_true", help="regenerate even when nothing changed")
    parser.add_argument("--specs-dir", type=Path, default=SPECS, help=argparse.SUPPRESS)
    parser.add_argument("--generated-dir", type=Path, default=GENERATED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    specs, generated = spec_paths(args.specs_dir.resolve()), args.generated_dir.resolve()
    names = args.names or list(specs)
    unknown = sorted(set(names) - set(specs))
    if unknown:
        parser.error(f"no spec named {', '.join(unknown)}")
    try:
        return check(names, specs, generated) if args.check else generate(names, specs, generated, force=args.all)
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
