"""The official Sphinx client (``sphinxbio==0.1.1``, which pins pydantic 2.7.1) lives in a virtual environment of its
own, ``.venv-sphinxbio/`` at the top of the checkout: made by the first test that needs it (about 20 s, from PyPI
through pip, as on a fresh machine), and reused while it holds that version."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-sphinxbio"
REQUIREMENT = "sphinxbio==0.1.1"


def sphinxbio_python() -> Path:
    """The interpreter of the virtual environment holding the official client (made if missing)."""
    python = VENV / "bin" / "python"
    if not _ready(python):
        base = Path(getattr(sys, "_base_executable", sys.executable))
        subprocess.run([str(base), "-m", "venv", "--clear", str(VENV)], check=True, timeout=300)  # noqa: S603
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", REQUIREMENT]
        subprocess.run(pip, check=True, timeout=600)  # noqa: S603
    return python


def _ready(python: Path) -> bool:
    if not python.exists():
        return False
    probe = "import importlib.metadata as m; print(m.version('sphinxbio'))"
    done = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60, check=False)  # noqa: S603
    return done.returncode == 0 and done.stdout.strip() == REQUIREMENT.split("==")[1]
