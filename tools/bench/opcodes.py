"""Python bytecode instructions a page costs the client, labsdk's ``list_*`` next to the raw httpx loop, per API.

    python tools/bench/opcodes.py [--items 2000] [--apis biodock,sphinx,sevenbridges,iontorrent] [--top 8]

A count, not a time: the same for the same code and data whatever else the machine is doing, so a change to the
client's hot path can be judged on a noisy machine (time in C, such as JSON parsing or jsonschema-rs, is not in it).
The mock runs in its own process (not counted); each side lists the whole list once to warm up, once counting the
garbage collections, then once traced (``sys.settrace`` with opcode events). Prints, per API, the instructions a
page of each side, the garbage collections one listing of each side sets off, and the functions where labsdk's
extra instructions are.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from listing import PAGE, ROOT, mock_process, raw_list, sdk_list

APIS = ("biodock", "sphinx", "sevenbridges", "iontorrent")
Where = tuple[str, int, str]


def counted(fn: Callable[[], int]) -> collections.Counter[Where]:
    """The instructions ``fn()`` executes, by function (file, first line, name)."""
    counts: collections.Counter[Where] = collections.Counter()

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            code = frame.f_code
            counts[(code.co_filename, code.co_firstlineno, code.co_name)] += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(None)
    return counts


def collections_run(fn: Callable[[], int]) -> list[int]:
    """How many garbage collections of each generation (0, 1, 2) ``fn()`` set off (a count, like the instructions:
    a page's objects that outlive it, in a reference cycle, show here)."""
    seen = [0, 0, 0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen[info["generation"]] += 1

    gc.collect()
    gc.callbacks.append(callback)
    try:
        fn()
    finally:
        gc.callbacks.remove(callback)
    return seen


def _short(where: Where) -> str:
    path = where[0].split("site-packages/")[-1].replace(str(ROOT) + "/", "")
    return f"{path}:{where[1]} {where[2]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--apis", default=",".join(APIS))
    parser.add_argument("--top", type=int, default=8, help="functions shown per API")
    args = parser.parse_args(argv)
    pages = -(-args.items // PAGE)
    print(f"Python instructions a page of {PAGE} ({args.items:,} items), labsdk list_* vs the raw httpx loop")
    for api in (a for a in APIS if a in args.apis.split(",")):
        with mock_process(api, args.items) as info:
            sides = {"labsdk": functools.partial(sdk_list, api, info), "raw": functools.partial(raw_list, api, info)}
            found: dict[str, collections.Counter[Where]] = {}
            collected: dict[str, list[int]] = {}
            for name, side in sides.items():
                side()  # imports, first-call caches: not what a page costs
                collected[name] = collections_run(side)
                found[name] = counted(side)
        sdk, raw = (sum(found[name].values()) // pages for name in ("labsdk", "raw"))
        print(f"  {api:13} labsdk {sdk:7,}  raw {raw:7,}  extra {sdk - raw:7,} ({sdk / raw:.2f}x)")
        shown = {name: "/".join(map(str, counts)) for name, counts in collected.items()}
        print(f"      gc collections of generations 0/1/2 a listing: labsdk {shown['labsdk']}, raw {shown['raw']}")
        extra = found["labsdk"]
        extra.subtract(found["raw"])
        for where, count in extra.most_common(args.top):
            print(f"      {count // pages:7,}  {_short(where)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
