"""Interception in another Python process, even one of another virtual environment (a vendor's client with its own
pinned dependencies): :func:`child_environment` gives the environment to run it with.

It puts a ``sitecustomize`` module in a temporary folder at the front of ``PYTHONPATH``; at start-up the child imports
it, appends this interpreter's site folders (and labmock's own folders) to the *end* of its ``sys.path`` (so the child's
own packages win: its httpx, its pydantic) and starts :func:`~labmock.intercept.intercept` with the options given here.
With ``report``, the child writes its mock's request journal and summary there as JSON when it exits. The child must
run the same Python version (labmock's compiled dependencies are imported from here); a ``sitecustomize`` of the
child's own is shadowed while this one is in front.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import site
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..core import MockConfig

ENV_OPTIONS = "LABMOCK_INTERCEPT"
ENV_PATHS = "LABMOCK_INTERCEPT_PATHS"

_SITECUSTOMIZE = '''\
"""Started by labmock.intercept.child_environment: intercept this process's HTTP traffic with a labmock mock."""
import json as _json
import os as _os
import site as _site
import sys as _sys

if _os.environ.get("LABMOCK_INTERCEPT"):
    for _path in _json.loads(_os.environ.get("LABMOCK_INTERCEPT_PATHS", "[]")):
        if _path not in _sys.path and _os.path.isdir(_path):
            _site.addsitedir(_path)
    from labmock.intercept._bootstrap import start as _start

    _start()
'''


@contextlib.contextmanager
def child_environment(
    api: str,
    config: MockConfig | None = None,
    *,
    hosts: str | Iterable[str] = (),
    passthrough: bool = False,
    report: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    **knobs: Any,
) -> Iterator[dict[str, str]]:
    """The environment (``env`` or this process's, plus what starts the interception) to run a Python child with, for
    as long as the block lasts::

        with labmock.intercept.child_environment("sphinx", job_polls=2, report=tmp / "mock.json") as env:
            subprocess.run([other_venv_python, "script.py"], env=env, check=True)
    """
    config = (config or MockConfig()).with_(**knobs) if knobs else (config or MockConfig())
    options = {
        "api": api,
        "hosts": [hosts] if isinstance(hosts, str) else list(hosts),
        "passthrough": passthrough,
        "config": dataclasses.asdict(config),
        "report": os.fspath(report) if report is not None else None,
    }
    with tempfile.TemporaryDirectory(prefix="labmock-intercept-") as folder:
        Path(folder, "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
        out = dict(os.environ if env is None else env)
        out["PYTHONPATH"] = os.pathsep.join([folder, *filter(None, [out.get("PYTHONPATH")])])
        out[ENV_OPTIONS] = json.dumps(options)
        out[ENV_PATHS] = json.dumps(_import_paths())
        yield out


def _import_paths() -> list[str]:
    """Where this interpreter finds labmock and its dependencies: its site folders (their ``.pth`` files map an
    editable install), and the folders holding labmock, labspecs and labsdk."""
    import labmock
    import labspecs

    paths = [*site.getsitepackages(), site.getusersitepackages()]
    for module in (labmock, labspecs):
        paths.append(str(Path(module.__file__ or "").resolve().parent.parent))
    with contextlib.suppress(ImportError):
        import labsdk

        paths.append(str(Path(labsdk.__file__ or "").resolve().parent.parent))
    return [p for p in dict.fromkeys(paths) if os.path.isdir(p)]
