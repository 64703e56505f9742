"""The official Sphinx client (``sphinxbio==0.1.1``, which pins pydantic 2.7.1) lives in a virtual environment of its
own, ``.venv-sphinxbio/`` at the top of the checkout, made by ``make sphinxbio`` (run by ``make test``): tests reach no
network, so they never install it themselves."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-sphinxbio"
VERSION = "0.1.1"


def sphinxbio_python() -> Path:
    """The interpreter of the virtual environment holding the official client."""
    python = VENV / "bin" / "python"
    probe = "import importlib.metadata as m; print(m.version('sphinxbio'))"
    found = (
        subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60, check=False)  # noqa: S603
        if python.exists()
        else None
    )
    if found is None or found.returncode != 0 or found.stdout.strip() != VERSION:
        pytest.fail(f"the official Sphinx client {VERSION} is not in {VENV}: run `make sphinxbio` (make test runs it)")
    return python
