"""`make demo`: the SDK drives every API's documented workflows against the embedded mock servers.

Each mock runs as a real HTTP server on 127.0.0.1 (a free port), exactly as `labmock serve` would run it.
"""

from __future__ import annotations

import sys
import time

from tours import TOURS

import labmock


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    started = time.perf_counter()
    for tour in TOURS:
        for mock in tour.mocks:
            with labmock.running(mock, labmock.MockConfig(job_duration=1.5)) as live:
                say(f"\n== {mock}: mock at {live.base_url} ({live.server.describe_credential()})")
                tour.run(live.base_url, live.server.key, say)
        if tour.extras is not None:
            tour.extras(say)
    names = ", ".join(mock for tour in TOURS for mock in tour.mocks)
    say(f"\nDemo finished in {time.perf_counter() - started:.1f} s: tours of {names}, each against its mock.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
