"""Mock start-up costs, for every API (``make bench`` runs it after ``run.py``):

- the first mock of a spec in a process (it loads the spec and compiles its routes), then a fresh mock after the first
  (goal: at most 50 ms: the compilation is shared), and a reset to the start state (goal: at most 10 ms), measured in
  a fresh interpreter over ``--rounds`` runs: the median, the 90th percentile (which the goal applies to: a lone
  garbage collection pause is the interpreter's, not the mock's) and the worst;
- the seconds from starting ``labmock serve <api>`` to its first answered request (goal: at most 2 s), the best of
  three.

    python tools/bench/startup.py [--rounds 50]

Everything binds to 127.0.0.1; every loop is bounded.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import statistics
import subprocess
import sys
import time

import httpx

FRESH_GOAL_MS = 50.0
RESET_GOAL_MS = 10.0
SERVE_GOAL_S = 2.0

_MEASURE = """
import json, sys, time
import labmock
rounds = int(sys.argv[1])
out = {}
for name in labmock.SERVICES:
    started = time.perf_counter()
    server = labmock.create(name)
    first = time.perf_counter() - started
    fresh, resets = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        labmock.create(name)
        fresh.append(time.perf_counter() - started)
        started = time.perf_counter()
        server.reset()
        resets.append(time.perf_counter() - started)
    out[name] = {"first": first, "fresh": fresh, "reset": resets}
print(json.dumps(out))
"""


def in_process(rounds: int) -> dict[str, dict[str, list[float] | float]]:
    done = subprocess.run(  # noqa: S603 - this interpreter, the script above
        [sys.executable, "-c", _MEASURE, str(rounds)], capture_output=True, text=True, timeout=600, check=True
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def serve_to_first_answer(name: str) -> float:
    """Seconds from ``labmock serve`` to the first answered request (the control plane's summary)."""
    started = time.monotonic()
    command = [sys.executable, "-m", "labmock", "serve", name, "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:  # noqa: S603
        try:
            assert process.stdout is not None
            found = re.match(r"\w+: http://127\.0\.0\.1:(\d+)", process.stdout.readline())
            if found is None:
                raise RuntimeError(f"labmock serve {name} printed no address")
            httpx.get(
                f"http://127.0.0.1:{found.group(1)}/_labmock/summary", trust_env=False, timeout=10
            ).raise_for_status()
            return time.monotonic() - started
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=10)


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def _three(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} / {p90(values):.2f} / {max(values):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args(argv)
    measured = in_process(args.rounds)
    failed = False
    print(f"\nMock start-up (python tools/bench/startup.py --rounds {args.rounds}): ms, median / p90 / worst")
    print(
        f"{'API':<14}{'first':>8}{'fresh':>23}{'reset':>23}{'serve':>9}   "
        "goals: fresh, reset p90 <= 50, 10 ms; serve <= 2 s"
    )
    for name, row in measured.items():
        fresh = [1000 * v for v in row["fresh"]]  # type: ignore[union-attr]
        reset = [1000 * v for v in row["reset"]]  # type: ignore[union-attr]
        serve = min(serve_to_first_answer(name) for _ in range(3))
        ok = p90(fresh) <= FRESH_GOAL_MS and p90(reset) <= RESET_GOAL_MS and serve <= SERVE_GOAL_S
        failed |= not ok
        print(
            f"{name:<14}{1000 * float(row['first']):>8.1f}"  # type: ignore[arg-type]
            f"{_three(fresh):>23}{_three(reset):>23}{serve:>7.2f} s   {'PASS' if ok else 'FAIL'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
