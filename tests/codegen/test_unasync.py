"""tools/codegen/unasync.py: what it rewrites, what it refuses, and that ``--check`` catches a derived file edited by
hand (on a copy of the tree, never the real one)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools/codegen/unasync.py"


unasync = load_script("unasync")


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), "--root", str(root), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603


def tree_with(tmp_path: Path, files: dict[str, str]) -> Path:
    """A project root holding the real pyproject.toml (ruff's configuration) and ``files``."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_keywords_names_and_types_are_rewritten() -> None:
    source = '''"""``AsyncThing``: ``async with`` it, then ``aclose()`` it."""
from collections.abc import AsyncIterator, Awaitable, Callable
from .._async.base import AsyncBaseClient


class AsyncThing(AsyncBaseClient):
    async def __aenter__(self) -> AsyncThing:
        return self

    async def get(self, fn: Callable[[], Awaitable[int]]) -> int:
        async with httpx.AsyncClient() as http:
            async for chunk in http.aiter_bytes():
                await self._policy.asleep(len(chunk))
        total = sum([await fn() for _ in range(2)])
        return (await self._call(op.asyncio_detailed)).value + total + await async_helper()

    async def __aiter__(self) -> AsyncIterator[int]:
        yield 1
'''
    expected = '''"""``Thing``: ``with`` it, then ``close()`` it."""
from collections.abc import Iterator, Callable
from .._sync.base import BaseClient


class Thing(BaseClient):
    def __enter__(self) -> Thing:
        return self

    def get(self, fn: Callable[[], int]) -> int:
        with httpx.Client() as http:
            for chunk in http.iter_bytes():
                self._policy.sleep(len(chunk))
        total = sum([fn() for _ in range(2)])
        return self._call(op.sync_detailed).value + total + helper()

    def __iter__(self) -> Iterator[int]:
        yield 1
'''
    assert unasync.rewrite(source).replace("Awaitable, ", "") == expected
    assert "Awaitable, " in unasync.rewrite(source)  # the unused import is ruff's to remove, in derive()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = (await a.b(c)).d\n", "x = a.b(c).d\n"),  # one primary: the parentheses go
        ("x = f(await a)\n", "x = f(a)\n"),  # a call's parentheses stay
        ("x = (await a + 1)\n", "x = (a + 1)\n"),  # an expression's stay
        ("x = (await a if c else b)\n", "x = (a if c else b)\n"),
        ("g: AsyncGenerator[int, None]\n", "g: Generator[int, None, None]\n"),
        ("h: Callable[[], Awaitable[Polled[T]]]\n", "h: Callable[[], Polled[T]]\n"),
    ],
)
def test_awaits_and_generic_types(source: str, expected: str) -> None:
    assert unasync.rewrite(source) == expected


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import asyncio\n\n\nasync def f() -> None:\n    await asyncio.gather()\n", "'asyncio' has no sync mapping"),
        ("async def f(x: object) -> object:\n    return await anext(x)\n", "'anext' has no sync mapping"),
        ('"""The async twin of the sync client."""\n', "'async' left in a string or comment"),
        ("def f() -> None:\n    pass  # awaited elsewhere\n", "'awaited' left in a string or comment"),
    ],
)
def test_what_does_not_derive_fails_loudly(tmp_path: Path, source: str, found: str) -> None:
    root = tree_with(tmp_path, {"overlays/pkg/_async/mod.py": source})
    result = run(root)
    assert result.returncode == 2
    assert "overlays/pkg/_async/mod.py does not derive to sync code" in result.stderr
    assert found in result.stderr
    assert not (root / "overlays/pkg/_sync/mod.py").exists()  # nothing half-derived is written


def test_an_async_keyword_it_cannot_place_is_refused() -> None:
    with pytest.raises(unasync.DerivationError, match="'async' before"):
        unasync.rewrite("async lambda: 1\n")


def test_check_catches_a_hand_edit_and_generate_restores_it(tmp_path: Path) -> None:
    engines = ROOT / "overlays/labsdk"
    shutil.copytree(engines / "_async", tmp_path / "overlays/labsdk/_async")
    shutil.copytree(engines / "_sync", tmp_path / "overlays/labsdk/_sync")
    root = tree_with(tmp_path, {})
    assert run(root, "--check").returncode == 0  # the committed derivation, as the real check sees it

    derived = root / "overlays/labsdk/_sync/polling.py"
    pristine = derived.read_text(encoding="utf-8")
    assert pristine.startswith("# Derived from overlays/labsdk/_async/polling.py by tools/codegen/unasync.py")
    derived.write_text(pristine.replace("self._sleep(delay)", "self._sleep(delay / 2)"), encoding="utf-8")
    (root / "overlays/labsdk/_sync/extra.py").write_text("X = 1\n", encoding="utf-8")
    orphan = root / "overlays/labsdk/gone/_sync.py"  # its _async.py was deleted
    orphan.parent.mkdir()
    orphan.write_text(unasync.header(unasync.Pair(orphan.with_name("_async.py"), orphan), root) + "X = 1\n")

    result = run(root, "--check")
    assert result.returncode == 1
    differs = "overlays/labsdk/_sync/polling.py differs from what overlays/labsdk/_async/polling.py derives"
    assert differs in result.stderr
    assert "-                self._sleep(delay / 2)" in result.stderr
    assert "overlays/labsdk/_sync/extra.py has no async source any more" in result.stderr
    assert "overlays/labsdk/gone/_sync.py has no async source any more" in result.stderr

    assert run(root).returncode == 0
    assert derived.read_text(encoding="utf-8") == pristine
    assert not (root / "overlays/labsdk/_sync/extra.py").exists()
    assert not orphan.exists()
    assert run(root, "--check").returncode == 0


def test_every_async_source_has_its_derivation_committed() -> None:
    pairs = unasync.pairs(ROOT)
    assert {p.source.relative_to(ROOT).as_posix() for p in pairs} >= {
        "overlays/labsdk/_async/base.py",
        "overlays/labsdk/biodock/_async.py",
        "overlays/labsdk/sevenbridges/_async/client.py",
        "tests/e2e/_async/test_biodock_jobs.py",
        "tests/_async/clients.py",
        "tests/sdk/_async/test_retries.py",
    }
    assert all(p.target.is_file() for p in pairs)
    assert unasync.stale(ROOT, pairs) == []
