"""A labmock server in a process of its own, seeded with a large list, for the side-by-side benchmarks.

    python tools/bench/mockproc.py <api> <items> [--latency S] [--bandwidth B] [--object-mib N] [--tls]

Prints one JSON line (``base_url``, ``origin``, ``key``, ``path`` of the list, ``object_url`` when ``--object-mib``,
``env``: the variables that make httpx and requests trust the test CA with ``--tls``)
once it serves on 127.0.0.1, then serves until its stdin closes (the parent's ``with`` block ends).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

import labmock

# The list each API's goal walks: the operation's path, the data-file kind it holds, and how to make item i.
LISTS: dict[str, tuple[str, str]] = {
    "biodock": ("/filesystem-items", "filesystem-item"),
    "sphinx": ("/v1/datasets", "dataset"),
    "sevenbridges": ("/files", "file"),
    "iontorrent": ("/results/", "results"),
}


def seed(server: labmock.MockServer, api: str, count: int) -> None:
    """``count`` more items in the list the goal walks, cloned from its first one."""
    if api == "sevenbridges":
        server.state.add_files("john_doe/project2", count)
        return
    server.load_clones(LISTS[api][1], count)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("api", choices=sorted(LISTS))
    parser.add_argument("items", type=int)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--bandwidth", type=float, default=0.0, help="bytes a second per response body")
    parser.add_argument("--object-mib", type=int, default=0)
    parser.add_argument("--tls", action="store_true", help="serve https (a test CA; its environment is printed)")
    args = parser.parse_args()
    config = labmock.MockConfig(latency=args.latency, bandwidth=args.bandwidth, rate_limit=(1_000_000, 300.0))
    server = labmock.create(args.api, config)
    seed(server, args.api, args.items)
    with labmock.running(server, tls=args.tls) as live:
        info: dict[str, Any] = {"base_url": live.base_url, "origin": live.origin, "key": server.key}
        info["env"] = live.tls.environment() if live.tls is not None else {}
        info["path"] = LISTS[args.api][0]
        if args.object_mib:
            payload = os.urandom(1 << 20) * args.object_mib
            server.objects.put("bench/big.bin", payload, "application/octet-stream")
            del payload
            info["object_url"] = server.objects.url(live.origin, "bench/big.bin")
        print(json.dumps(info), flush=True)
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.exit(main())
