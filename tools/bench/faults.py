"""Issue 13, defect 4: 10,000-item listings at 20 % injected faults, with the SDK's default retry settings.

    python tools/bench/faults.py [--seeds 1-20] [--items 10000] [--rate 0.2] [--apis biodock,...] [--jobs 2]
                                 [--skip-pacing]

Every API, both faces (sync and async), each seed's fault dice (labmock ``fault_rate``, faults 500 503 429 drop
truncate, Retry-After 1 s on the 429/503s): a listing must never abort. The waits the retries ask for are recorded
instead of slept (the run would otherwise sleep for hours in all), and reported: retries per listing, the seconds
asked in all and the longest single wait, so "without absurd waits" is a figure. The mocks are in-process (the
dice and the listing are what is measured here, not the wire). Exit status 1 if any listing aborted.

First (defect 8), 64 calls in flight through the Seven Bridges mock's ``--rate-limit 50/5`` (a live server): the
429s on the wire, counted in its request journal, must be 0.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e._async.listing_faults import APIS, Outcome, list_under_faults  # noqa: E402
from tests.e2e._async.pacing import calls_in_flight  # noqa: E402
from tests.e2e._sync.listing_faults import Outcome as SyncOutcome  # noqa: E402
from tests.e2e._sync.listing_faults import list_under_faults as sync_list_under_faults  # noqa: E402


def one(api: str, seed: int, face: str, items: int, rate: float) -> tuple[str, Outcome | SyncOutcome]:
    if face == "async":
        return face, asyncio.run(list_under_faults(api, seed, items, rate=rate))
    return face, sync_list_under_faults(api, seed, items, rate=rate)


def seeds_of(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seeds", default="1-20")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--apis", default=",".join(APIS))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-pacing", action="store_true")
    args = parser.parse_args(argv)
    paced_429s = 0 if args.skip_pacing else pacing()
    apis = [a for a in args.apis.split(",") if a]
    runs = [(api, seed, face) for api in apis for face in ("sync", "async") for seed in seeds_of(args.seeds)]
    started = time.monotonic()
    results: dict[tuple[str, str], list[Outcome | SyncOutcome]] = {}
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(one, api, seed, face, args.items, args.rate) for api, seed, face in runs]
        for future in futures:
            face, outcome = future.result()
            results.setdefault((outcome.api, face), []).append(outcome)
    print(f"listings of {args.items} items at {args.rate:.0%} faults, seeds {args.seeds}, default RetryPolicy")
    print(f"{'api':<13}{'face':<7}{'aborted':>9}{'retries max':>13}{'asked max s':>13}{'longest s':>11}")
    aborted = 0
    for (api, face), outcomes in results.items():
        failed = [o for o in outcomes if o.aborted]
        aborted += len(failed)
        retries = max(len(o.waits) for o in outcomes)
        asked = max(o.waited for o in outcomes)
        longest = max((max(o.waits) for o in outcomes if o.waits), default=0.0)
        print(f"{api:<13}{face:<7}{len(failed):>4}/{len(outcomes):<4}{retries:>13}{asked:>13.1f}{longest:>11.2f}")
        for outcome in failed:
            print(f"    seed {outcome.seed}: {outcome.aborted}")
    print(f"{aborted} of {sum(len(o) for o in results.values())} listings aborted ({time.monotonic() - started:.0f} s)")
    return 1 if aborted or paced_429s else 0


def pacing(in_flight: int = 64, limit: int = 50, window: float = 5.0) -> int:
    """Defect 8: ``in_flight`` calls at once through ``--rate-limit limit/window``; the 429s on the wire."""
    started = time.monotonic()
    names, statuses = asyncio.run(calls_in_flight(in_flight, limit, window))
    elapsed = time.monotonic() - started
    too_many = statuses.count(429)
    print(
        f"pacing: {in_flight} calls in flight through --rate-limit {limit}/{window:g}: {len(names)} answered, "
        f"{too_many} 429s among {len(statuses)} requests on the wire ({elapsed:.1f} s)"
    )
    return too_many


if __name__ == "__main__":
    sys.exit(main())
