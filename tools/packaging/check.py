"""`make check-dist`: the wheels of HEAD work when installed outside the checkout.

    python tools/packaging/check.py [--keep]

1. builds the wheels of HEAD (tools/packaging/dists.py, from a clean ``git archive``) into a temporary folder;
2. makes two fresh virtual environments there (no pip of their own: this venv's pip installs into them, with
   ``--python``), and installs, with ``--no-index``, the wheels and their dependencies from a local wheelhouse
   (``.venv/wheelhouse``, filled from the package index on the first run, or when a dependency changed):
   - ``sdk``: ``pip install labsdk`` only;
   - ``mock``: ``pip install "labsdk[mock]"`` (labsdk and labmock);
3. from the temporary folder (cwd there, ``python -I``, no PYTHONPATH: nothing of the checkout is reachable):
   in ``mock``, ``labmock list`` and ``labmock serve biodock`` on 127.0.0.1 (any free port);
   in ``sdk``, imports every client and generated package (each from the venv, not the checkout), checks that no
   server dependency (Starlette, uvicorn, uvloop, httptools, jsonschema-rs, python-multipart, trustme) is installed
   or importable, and makes SDK calls against that mock: a good key lists pipelines, a wrong key raises
   ``AuthenticationError``.
Every step prints one line with its duration; any failure prints the command's output and exits 1.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from dists import DISTRIBUTIONS, ROOT, SERVER_ONLY, PackagingError, api_names, build, export

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"
SERVE_DEADLINE = 30.0  # seconds for `labmock serve` to print its URL
INSTALLS = {"sdk": "labsdk", "mock": "labsdk[mock]"}  # venv name -> what is installed into it
STEP_TIMEOUT = 300.0  # seconds any one command may take (a first wheelhouse fill downloads)


_FILLING = threading.Lock()


class CheckFailed(RuntimeError):
    pass


class Report:
    def __init__(self) -> None:
        self.started = time.monotonic()

    def step(self, what: str, since: float, detail: str = "") -> None:
        took = time.monotonic() - since
        print(f"check-dist: {what:<58} {took:5.1f} s{('  ' + detail) if detail else ''}", flush=True)


def _outside_env() -> dict[str, str]:
    """The environment of the commands run in the fresh venvs: nothing pointing back at the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LABSPECS_", "LABSDK_", "VIRTUAL_ENV"))}
    env.pop("PIP_REQUIRE_VIRTUALENV", None)
    return env


def run(command: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreters and tools
        list(command), cwd=cwd, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT, check=False
    )
    if result.returncode != 0:
        raise CheckFailed(f"$ {' '.join(command)}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result.stdout


def pip(*args: str, python: Path | None = None) -> list[str]:
    target = ["--python", str(python)] if python is not None else []
    return [sys.executable, "-m", "pip", *target, "--disable-pip-version-check", "--no-input", *args]


def fill_wheelhouse(dist: Path, requirements: Sequence[str], cwd: Path) -> None:
    """Download the wheels of every dependency of ``requirements`` (the wheels of ``dist``) into the wheelhouse."""
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    run(pip("download", "--quiet", "--only-binary=:all:", "--dest", str(WHEELHOUSE), "--find-links", str(dist),
            *requirements), cwd=cwd)  # fmt: skip
    ours = {d.name for d in DISTRIBUTIONS}
    for wheel in WHEELHOUSE.glob("*.whl"):
        if wheel.name.split("-")[0] in ours:  # this run's build, never a cached one
            wheel.unlink()


def install(venv: Path, requirement: str, dist: Path, cwd: Path) -> None:
    python = venv / "bin" / "python"
    offline = pip("install", "--quiet", "--no-compile", "--no-index", "--only-binary=:all:",
                  "--find-links", str(WHEELHOUSE), "--find-links", str(dist), requirement, python=python)  # fmt: skip
    try:
        run(offline, cwd=cwd)
    except CheckFailed:  # a dependency the wheelhouse lacks (first run, or pyproject.toml changed): fill it, once
        with _FILLING:  # one download into the wheelhouse at a time; the other install may have filled it meanwhile
            try:
                run(offline, cwd=cwd)
            except CheckFailed:
                fill_wheelhouse(dist, [requirement], cwd)
                run(offline, cwd=cwd)


SDK_SCRIPT = """
import importlib, importlib.metadata as md, importlib.util, json, sys
apis, server_only = json.loads(sys.argv[1]), json.loads(sys.argv[2])
import labspecs
found = {"prefix": sys.prefix, "specs": list(labspecs.available()), "modules": {}}
for module in ["labsdk", "labspecs", *(f"labsdk.{a}" for a in apis), *(f"labsdk_{a}_client" for a in apis),
               *(f"labsdk_{a}_client.models" for a in apis), *(f"labsdk_{a}_client.client" for a in apis)]:
    found["modules"][module] = importlib.import_module(module).__file__
for api in apis:
    labspecs.load(api)
installed = sorted({md.metadata(d.metadata["Name"])["Name"].lower() for d in md.distributions()})
found["installed"] = installed
found["server_installed"] = [n for n in server_only if n in installed]
found["server_importable"] = [m for m in ("starlette", "uvicorn", "uvloop", "httptools", "jsonschema_rs",
                              "python_multipart", "multipart", "trustme") if importlib.util.find_spec(m)]
found["labmock_importable"] = importlib.util.find_spec("labmock") is not None
print(json.dumps(found))
"""

CALL_SCRIPT = """
import json, sys
from labsdk import AuthenticationError
from labsdk.biodock import Biodock
base_url, key = sys.argv[1], sys.argv[2]
with Biodock(api_key=key, base_url=base_url, trust_env=False) as client:
    pipelines = [p.id for p in client.list_pipelines()]
try:
    with Biodock(api_key="not-the-key", base_url=base_url, trust_env=False) as client:
        client.check()
    refused = None
except AuthenticationError as exc:
    refused = exc.status_code
print(json.dumps({"pipelines": pipelines, "wrong_key": refused}))
"""


@contextlib.contextmanager
def serving(venv: Path, api: str, cwd: Path, env: dict[str, str]) -> Iterator[tuple[str, str]]:
    """``labmock serve <api>`` of ``venv`` on 127.0.0.1 (a free port): yields its base URL and key."""
    command = [str(venv / "bin" / "labmock"), "serve", api, "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(  # noqa: S603
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in process.stdout or ():
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        try:
            line = lines.get(timeout=SERVE_DEADLINE)
        except queue.Empty:
            raise CheckFailed(f"`{' '.join(command)}` printed no URL in {SERVE_DEADLINE:.0f} s") from None
        # "biodock: http://127.0.0.1:PORT/api/external  X-API-KEY: biodock-demo-key"
        name, url, *credential = line.split()
        if name != f"{api}:" or not url.startswith("http://127.0.0.1:") or not credential:
            raise CheckFailed(f"`{' '.join(command)}` printed {line!r}")
        yield url, credential[-1]
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.returncode not in (0, -15) and process.stderr is not None:
            print(process.stderr.read()[-2000:], file=sys.stderr)


def check(keep: bool, ref: str = "HEAD") -> None:
    report = Report()
    tmp = Path(tempfile.mkdtemp(prefix="labsdk-check-dist-"))
    try:
        since = time.monotonic()
        dist = tmp / "dist"
        wheels = build(dist, ref, wheels_only=True)
        report.step(f"built the wheels of {ref} (git archive)", since, " ".join(w.name for w in wheels))
        apis = api_names(export(ref, tmp / "export"))
        shutil.rmtree(tmp / "export")
        work = tmp / "outside"  # the cwd of everything below: no checkout file reachable from it
        work.mkdir()
        env = _outside_env()
        venvs = {name: tmp / f"venv-{name}" for name in INSTALLS}

        def make(name: str) -> None:
            since = time.monotonic()
            run([sys.executable, "-m", "venv", "--without-pip", str(venvs[name])], cwd=work)
            install(venvs[name], INSTALLS[name], dist, work)
            report.step(f"fresh venv {name!r}: pip install {INSTALLS[name]}", since, f"({venvs[name]})")

        with concurrent.futures.ThreadPoolExecutor(len(INSTALLS)) as pool:
            for done in [pool.submit(make, name) for name in INSTALLS]:
                done.result()

        since = time.monotonic()
        listed = run([str(venvs["mock"] / "bin" / "labmock"), "list"], cwd=work, env=env)
        missing = [a for a in apis if not any(line.startswith(f"{a}:") for line in listed.splitlines())]
        if missing:
            raise CheckFailed(f"`labmock list` lacks {missing}:\n{listed}")
        report.step("mock venv: labmock list", since, f"({len(listed.splitlines())} lines, every API)")

        since = time.monotonic()
        python = str(venvs["sdk"] / "bin" / "python")
        found = json.loads(
            run([python, "-I", "-c", SDK_SCRIPT, json.dumps(apis), json.dumps(SERVER_ONLY)], cwd=work, env=env)
        )
        outside = [m for m, f in found["modules"].items() if not str(f).startswith(str(venvs["sdk"]))]
        problems = [
            *(f"{m} imported from {found['modules'][m]}, not the venv" for m in outside),
            *(f"server dependency installed: {n}" for n in found["server_installed"]),
            *(f"server module importable: {m}" for m in found["server_importable"]),
            *(["labmock importable in the SDK-only venv"] if found["labmock_importable"] else []),
            *([f"labspecs.available() is {found['specs']}, not {apis}"] if found["specs"] != apis else []),
        ]
        if problems:
            raise CheckFailed("the SDK-only install:\n  " + "\n  ".join(problems))
        report.step(f"sdk venv: imported {len(found['modules'])} modules, {len(apis)} specs", since)
        print(f"check-dist:   sdk venv holds only: {', '.join(found['installed'])}")

        since = time.monotonic()
        with serving(venvs["mock"], "biodock", work, env) as (url, key):
            served = time.monotonic()
            report.step("mock venv: labmock serve biodock --port 0", since, url)
            since = served
            called = json.loads(run([python, "-I", "-c", CALL_SCRIPT, url, key], cwd=work, env=env))
        if not called["pipelines"] or called["wrong_key"] != 401:
            raise CheckFailed(f"the SDK calls against labmock serve gave {called}")
        report.step(
            "sdk venv -> that mock: Biodock().list_pipelines(), a wrong key",
            since,
            f"{len(called['pipelines'])} pipelines; wrong key -> AuthenticationError {called['wrong_key']}",
        )
        print(f"check-dist: OK in {time.monotonic() - report.started:.1f} s")
    finally:
        if keep:
            print(f"check-dist: kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (venvs, wheels)")
    parser.add_argument("--ref", default="HEAD", help="the commit whose wheels to check (default HEAD)")
    args = parser.parse_args(argv)
    try:
        check(args.keep, args.ref)
    except (CheckFailed, PackagingError, subprocess.TimeoutExpired) as exc:
        print(f"check-dist: FAILED\n{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
