"""`make demo`: the SDK drives every API's documented workflows against the embedded mock servers.

Each mock runs as a real HTTP server on 127.0.0.1 (a free port), exactly as `labmock serve` would run it.
"""

from __future__ import annotations

import sys
import time

from tours import TOURS, biodock

import labmock


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    started = time.perf_counter()
    for name, tour in TOURS.items():
        config = labmock.MockConfig(job_duration=1.5)
        with labmock.running(name, config) as live:
            say(f"\n== {name}: mock at {live.base_url} ({live.server.describe_credential()})")
            tour(live.base_url, live.server.key, say)
    biodock.resilience(say)
    say(f"\nDemo finished in {time.perf_counter() - started:.1f} s: every tour ran against its mock.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
