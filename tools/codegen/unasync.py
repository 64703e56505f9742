"""Derive the sync face from the async one: every ``_async/`` folder gives its sibling ``_sync/``, every ``_async.py``
its sibling ``_sync.py`` (under ``overlays/`` and ``tests/``).

    python tools/codegen/unasync.py            rewrite every derived file (run by ``make generate``)
    python tools/codegen/unasync.py --check    exit 1 if a derived file differs from what its source gives now

The rewrite works on Python tokens, not on text: ``async def`` / ``async with`` / ``async for`` lose their
``async``, ``await x`` becomes ``x`` (``(await x).y`` becomes ``x.y``), ``Awaitable[T]`` becomes ``T``,
``AsyncGenerator[Y, S]`` becomes ``Generator[Y, S, None]``, and names are renamed: the table below (the standard
library's and httpx's async spellings), then any ``AsyncName`` → ``Name`` and ``async_name`` → ``name`` (so our own
async names only need that prefix). Comments and strings get the same renames word by word. The pinned ruff, under
the project's configuration, then removes the imports the rewrite left unused, sorts them, turns a loop that
re-yields an iterable into ``yield from`` (an async generator cannot say it), joins nested ``with`` statements (a
``with`` around an ``async with`` cannot be one statement) and formats the file, so the bytes are reproducible; a
header says where the file comes from.

What has no token-for-token twin (waiting, threads vs tasks) lives in ``overlays/labsdk/_backend.py``, written
both ways by hand. A derived file that still says ``async``, ``await`` or ``asyncio``, or an ``Async…`` name the
rules do not map, fails the derivation (exit 2) with the file and line, so nobody can add code that silently
derives wrong.
"""

from __future__ import annotations

import argparse
import difflib
import io
import keyword
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TREES = ("overlays", "tests")
SCRIPT = "tools/codegen/unasync.py"

# Async spellings whose sync twin is not the name without its prefix.
NAMES: dict[str, str] = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aclosing": "closing",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aiter_text": "iter_text",
    "aiter_lines": "iter_lines",
    "asynccontextmanager": "contextmanager",
    "AbstractAsyncContextManager": "AbstractContextManager",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncByteStream": "SyncByteStream",
    "StopAsyncIteration": "StopIteration",
    "asyncio_detailed": "sync_detailed",  # the generated clients' operations
    "get_async_httpx_client": "get_httpx_client",  # and their httpx clients
    "handle_async_request": "handle_request",  # httpx transports
    "asleep": "sleep",  # labsdk.RetryPolicy
    "adownload": "download",  # labsdk's public functions
    "aread_csv": "read_csv",
    "_async": "_sync",  # the derived modules import each other
}
_PREFIXED = re.compile(r"Async([A-Z]\w*)|async_(\w+)")
_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)) + r"|Async[A-Z]\w*|async_\w+)\b"
)
_TEXT_KEYWORDS = re.compile(r"\bawait\s+|\basync\s+(?=(?:def|with|for)\b)")
# What must not survive: the keywords, asyncio, and async names no rule maps.
_LEFTOVER_NAME = re.compile(r"^(?:async|await)$|asyncio|^Async|^async_|^Awaitable$|^Coroutine$|^a(?:iter|next)$")
_LEFTOVER_TEXT = re.compile(r"\b(?:async|await|Async|Await)\w*|asyncio")


class DerivationError(Exception):
    """The async source cannot be derived mechanically (the message names the file and line)."""


@dataclass(frozen=True)
class Pair:
    source: Path
    target: Path


def _rename(name: str) -> str:
    if name in NAMES:
        return NAMES[name]
    found = _PREFIXED.fullmatch(name)
    if found:
        return found.group(1) or found.group(2)
    return name


def _rename_text(text: str) -> str:
    return _WORD.sub(lambda m: _rename(m.group(0)), _TEXT_KEYWORDS.sub("", text))


def _matching(tokens: list[tokenize.TokenInfo], index: int) -> int:
    """The index of the bracket closing the one at ``index``."""
    depth = 0
    for position in range(index, len(tokens)):
        text = tokens[position].string
        if tokens[position].type == tokenize.OP and text in "([{":
            depth += 1
        elif tokens[position].type == tokenize.OP and text in ")]}":
            depth -= 1
            if depth == 0:
                return position
    raise DerivationError(f"line {tokens[index].start[0]}: unbalanced {tokens[index].string!r}")


def _is_primary(tokens: list[tokenize.TokenInfo], start: int, stop: int) -> bool:
    """Whether ``tokens[start:stop]`` is one primary expression (names, attributes, calls, subscripts)."""
    position = start
    while position < stop:
        token = tokens[position]
        if token.type == tokenize.OP and token.string in "([{":
            position = _matching(tokens, position) + 1
            continue
        if token.type == tokenize.NAME and keyword.iskeyword(token.string):
            return False
        if token.type == tokenize.OP and token.string != ".":
            return False
        if token.type not in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING):
            return False
        position += 1
    return True


def _edits(tokens: list[tokenize.TokenInfo]) -> Iterator[tuple[tuple[int, int], tuple[int, int], str]]:
    """(start, end, replacement) for every token the rewrite changes."""

    def up_to_next(index: int) -> tuple[int, int]:
        following = tokens[index + 1]
        return following.start if following.start[0] == tokens[index].end[0] else tokens[index].end

    for index, token in enumerate(tokens):
        if token.type == tokenize.NAME:
            if token.string == "async":
                if tokens[index + 1].string not in ("def", "with", "for"):
                    raise DerivationError(f"line {token.start[0]}: 'async' before {tokens[index + 1].string!r}")
                yield token.start, up_to_next(index), ""
            elif token.string == "await":
                yield token.start, up_to_next(index), ""
                before = tokens[index - 1]
                grouping = before.type == tokenize.OP and before.string == "("
                called = tokens[index - 2].type in (tokenize.NAME, tokenize.STRING) and not keyword.iskeyword(
                    tokens[index - 2].string
                )
                called = called or tokens[index - 2].string in (")", "]")
                if grouping and not called:
                    close = _matching(tokens, index - 1)
                    if _is_primary(tokens, index + 1, close):  # (await x).y -> x.y
                        yield before.start, before.end, ""
                        yield tokens[close].start, tokens[close].end, ""
            elif token.string in ("Awaitable", "AsyncGenerator") and tokens[index + 1].string == "[":
                close = _matching(tokens, index + 1)
                if token.string == "Awaitable":  # Awaitable[T] -> T
                    yield token.start, tokens[index + 1].end, ""
                    yield tokens[close].start, tokens[close].end, ""
                else:  # AsyncGenerator[Y, S] -> Generator[Y, S, None]
                    yield token.start, token.end, "Generator"
                    yield tokens[close].start, tokens[close].end, ", None]"
            elif _rename(token.string) != token.string:
                yield token.start, token.end, _rename(token.string)
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            renamed = _rename_text(token.string)
            if renamed != token.string:
                yield token.start, token.end, renamed


def rewrite(source: str, *, where: str = "<source>") -> str:
    """The sync twin of ``source`` (before formatting). :class:`DerivationError` if it cannot be derived."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
        edits = sorted(_edits(tokens), reverse=True)
    except (DerivationError, tokenize.TokenError, SyntaxError) as exc:
        raise DerivationError(f"{where}: {exc}") from None
    starts = [0]
    for line in io.StringIO(source).readlines():  # the lines as tokenize numbers them (split at "\n" only)
        starts.append(starts[-1] + len(line))

    def offset(position: tuple[int, int]) -> int:
        return starts[position[0] - 1] + position[1]

    text = source
    for start, end, replacement in edits:
        text = text[: offset(start)] + replacement + text[offset(end) :]
    return text


def leftovers(derived: str) -> list[str]:
    """Where ``derived`` still has something async: ``line N: 'text'`` for each."""
    found: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(derived).readline):
        if token.type == tokenize.NAME and _LEFTOVER_NAME.search(token.string):
            found.append(f"line {token.start[0]}: {token.string!r} has no sync mapping")
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            for match in _LEFTOVER_TEXT.finditer(token.string):
                found.append(f"line {token.start[0]}: {match.group(0)!r} left in a string or comment")
    return found


def header(pair: Pair, root: Path) -> str:
    source = pair.source.relative_to(root).as_posix()
    return (
        f"# Derived from {source} by {SCRIPT}: do not edit.\n"
        "# Edit that source and run `make generate`; `make check-generated` fails on any difference.\n"
    )


def _ruff(root: Path, target: Path, text: str, *args: str) -> str:
    command = [
        str(Path(sys.executable).parent / "ruff"),
        *args,
        "--config",
        str(root / "pyproject.toml"),
        "--no-cache",
        "--quiet",
        "--stdin-filename",
        str(target),
        "-",
    ]
    result = subprocess.run(command, input=text, capture_output=True, text=True, cwd=root, check=False)  # noqa: S603
    if result.returncode != 0:
        raise DerivationError(f"{target.relative_to(root)}: ruff {args[0]} failed: {result.stderr.strip()}")
    return result.stdout


def derive(pair: Pair, root: Path) -> str:
    """The bytes the derived file must have."""
    where = pair.source.relative_to(root).as_posix()
    text = header(pair, root) + rewrite(pair.source.read_text(encoding="utf-8"), where=where)
    # the imports the rewrite left unused (Awaitable) or doubled (AsyncIterator -> Iterator), the loops that can
    # be `yield from` now (UP028, an "unsafe" fix only for generators driven by send/throw), the nested `with`s
    # that were a `with` and an `async with` (SIM117), an `__all__` whose order a rename changed (RUF022), then the
    # format
    fixes = ("check", "--fix", "--unsafe-fixes", "--exit-zero", "--select", "F401,I001,UP028,SIM117,RUF022")
    text = _ruff(root, pair.target, text, *fixes)
    text = _ruff(root, pair.target, text, "format")
    problems = leftovers(text)
    if problems:
        shown = "\n  ".join(problems[:20])
        raise DerivationError(
            f"{where} does not derive to sync code: its derivation {pair.target.relative_to(root)} still has\n  "
            f"{shown}\nWrite it so the rules map it (tools/codegen/unasync.py), or put it behind "
            "overlays/labsdk/_backend.py."
        )
    return text


def pairs(root: Path) -> list[Pair]:
    """Every (async source, derived file), in a stable order."""
    found: list[Pair] = []
    for tree in TREES:
        base = root / tree
        if not base.is_dir():
            continue
        for folder in sorted(base.rglob("_async")):
            if folder.is_dir():
                for source in sorted(folder.glob("*.py")):
                    found.append(Pair(source, folder.with_name("_sync") / source.name))
        for source in sorted(base.rglob("_async.py")):
            found.append(Pair(source, source.with_name("_sync.py")))
    return found


def stale(root: Path, known: list[Pair]) -> list[Path]:
    """Derived files that no source derives any more: in a ``_sync/`` folder beside an ``_async/`` one, or a
    ``_sync.py`` with this script's header and no ``_async.py`` beside it."""
    targets = {pair.target for pair in known}
    found: list[Path] = []
    for tree in TREES:
        if not (root / tree).is_dir():
            continue
        for folder in sorted((root / tree).rglob("_sync")):
            if folder.is_dir() and folder.with_name("_async").is_dir():
                found.extend(path for path in sorted(folder.glob("*.py")) if path not in targets)
        for path in sorted((root / tree).rglob("_sync.py")):
            derived = path.read_text(encoding="utf-8").startswith("# Derived from ")
            if derived and path not in targets:
                found.append(path)
    return found


def _derive_all(root: Path, known: list[Pair]) -> list[str]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda pair: derive(pair, root), known))


def write(root: Path) -> int:
    known = pairs(root)
    for pair, text in zip(known, _derive_all(root, known), strict=True):
        current = pair.target.read_text(encoding="utf-8") if pair.target.is_file() else None
        if current != text:
            pair.target.parent.mkdir(parents=True, exist_ok=True)
            pair.target.write_text(text, encoding="utf-8")
            print(f"derived {pair.target.relative_to(root)}")
    for path in stale(root, known):
        path.unlink()
        print(f"removed {path.relative_to(root)} (its async source is gone)")
    print(f"unasync: {len(known)} derived files up to date")
    return 0


def check(root: Path) -> int:
    known = pairs(root)
    failures = 0
    for pair, text in zip(known, _derive_all(root, known), strict=True):
        target = pair.target.relative_to(root)
        if not pair.target.is_file():
            print(f"{target} is missing (derived from {pair.source.relative_to(root)})", file=sys.stderr)
            failures += 1
            continue
        current = pair.target.read_text(encoding="utf-8")
        if current != text:
            failures += 1
            diff = difflib.unified_diff(
                current.splitlines(keepends=True), text.splitlines(keepends=True), f"{target}", "derived now"
            )
            print(f"{target} differs from what {pair.source.relative_to(root)} derives:", file=sys.stderr)
            print("".join(list(diff)[:40]), file=sys.stderr)
    for path in stale(root, known):
        print(f"{path.relative_to(root)} has no async source any more", file=sys.stderr)
        failures += 1
    if failures:
        print("Derived files are never edited by hand: edit their _async source, run `make generate`.", file=sys.stderr)
        return 1
    print(f"unasync: {len(known)} derived files match their async sources")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if a derived file differs from its derivation")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        return check(root) if args.check else write(root)
    except DerivationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
