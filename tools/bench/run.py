"""Benchmarks, measured side by side in one run (these machines are noisy, so only ratios are quoted).

    python tools/bench/run.py [--seconds 10] [--rounds 2] [--skip-prism] [--download-mib 256]

1. Mock throughput: wrk against `GET /analysis-jobs/{id}` of the Biodock mock (`labmock serve`, one
   process) and of Prism serving the same spec, alternating rounds; prints requests/s and the ratio.
2. Listing 10,000 files (Seven Bridges offset pagination, 100 pages of 100) through labsdk against the mock
   with 20 ms of added latency per request: pages fetched one after another versus concurrently (bounded),
   next to the ideal of one round trip per page.
3. Download memory: labsdk's signed-URL download of a large object from the mock versus the naive
   `httpx.get(url).content`, each in a fresh child process; prints the peak RSS growth of each.

wrk and Prism are installed by `make bench` (Debian's wrk, npm's @stoplight/prism-cli under .bench/).
Everything binds to 127.0.0.1 and every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PRISM = ROOT / ".bench" / "node_modules" / ".bin" / "prism"
KEY = "biodock-demo-key"
HEADERS = {"X-API-KEY": KEY}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, headers=HEADERS, timeout=1.0).status_code < 500:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up within {seconds:.0f} s")


@contextlib.contextmanager
def process(command: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)  # noqa: S603
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def wrk(url: str, seconds: int) -> float:
    """Requests per second that wrk measured (1 thread, 32 connections: the machine has 2 cores)."""
    command = ["wrk", "-t1", "-c32", f"-d{seconds}s", "-H", f"X-API-KEY: {KEY}", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout  # noqa: S603
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        raise RuntimeError(f"{url}: {non_2xx.group(1)} responses were not 2xx:\n{out}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not match:
        raise RuntimeError(f"could not read wrk's output:\n{out}")
    return float(match.group(1))


def bench_throughput(seconds: int, rounds: int, with_prism: bool) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"labmock": [], "prism": []}
    mock_port, prism_port = free_port(), free_port()
    mock_cmd = [str(BIN / "labmock"), "serve", "biodock", "--host", "127.0.0.1", "--port", str(mock_port)]
    prism_cmd = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(prism_port), "--verboseLevel", "error"]
    prism_cmd.append(str(ROOT / "specs" / "biodock.yaml"))
    with contextlib.ExitStack() as stack:
        stack.enter_context(process(mock_cmd))
        mock_base = f"http://127.0.0.1:{mock_port}/api/external"
        wait_until_up(f"{mock_base}/check")
        job_id = httpx.get(f"{mock_base}/analysis-jobs", headers=HEADERS, params={"limit": 1}).json()["results"][0][
            "id"
        ]
        targets = {"labmock": f"{mock_base}/analysis-jobs/{job_id}"}
        if with_prism:
            stack.enter_context(process(prism_cmd))
            # Prism serves the spec's paths at its root.
            targets["prism"] = f"http://127.0.0.1:{prism_port}/analysis-jobs/{job_id}"
            wait_until_up(targets["prism"])
        for url in targets.values():
            wrk(url, 2)  # warm-up
        for _ in range(rounds):
            for name, url in targets.items():
                results[name].append(wrk(url, seconds))
    return results


# Peak memory of the download alone: tracemalloc's peak of Python allocations, and the kernel's peak RSS
# (VmHWM) after resetting it, since a forked child inherits its parent's high-water mark.
_CHILD = """
import json, sys, time, tracemalloc
import httpx
from labsdk import download
url, dest, how = sys.argv[1], sys.argv[2], sys.argv[3]
def hwm_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")
base = rss_kib()
tracemalloc.start()
start = time.perf_counter()
if how == "labsdk":
    download(url, dest)
else:
    with open(dest, "wb") as out:
        out.write(httpx.get(url, timeout=60).content)
elapsed = time.perf_counter() - start
_, peak = tracemalloc.get_traced_memory()
print(json.dumps({"python_peak_kib": peak // 1024, "rss_growth_kib": hwm_kib() - base, "seconds": elapsed}))
"""


def bench_download(mib: int) -> dict[str, dict[str, float]]:
    import labmock

    results: dict[str, dict[str, float]] = {}
    payload = os.urandom(1 << 20) * mib
    tmp = ROOT / ".bench"
    tmp.mkdir(exist_ok=True)
    with labmock.running("biodock") as live:
        live.server.objects.put("bench/big.bin", payload, "application/octet-stream")
        url = live.server.objects.url(live.origin, "bench/big.bin")
        del payload
        for how in ("labsdk", "naive"):
            dest = tmp / f"download-{how}.bin"
            out = subprocess.run(  # noqa: S603
                [sys.executable, "-c", _CHILD, url, str(dest), how],
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            ).stdout
            results[how] = json.loads(out)
            size = dest.stat().st_size
            dest.unlink()
            if size != mib << 20:
                raise RuntimeError(f"{how} wrote {size} bytes, expected {mib << 20}")
    return results


def bench_listing(latency: float, concurrency: tuple[int, ...]) -> dict[int, float]:
    import labmock
    from labsdk.sevenbridges import SevenBridges

    server = labmock.create("sevenbridges", labmock.MockConfig(latency=latency, rate_limit=(1_000_000, 300.0)))
    server.state.add_files("john_doe/project2", 10_000)
    seconds: dict[int, float] = {}
    with labmock.running(server) as live, SevenBridges(api_key=server.key, base_url=live.base_url) as client:
        for workers in concurrency:
            start = time.perf_counter()
            names = [str(f.name) for f in client.list_files("john_doe/project2", page_size=100, concurrency=workers)]
            seconds[workers] = time.perf_counter() - start
            if len(names) != 10_000 or names != sorted(names):
                raise RuntimeError(f"concurrency {workers}: {len(names)} files, in order: {names == sorted(names)}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-prism", action="store_true")
    parser.add_argument("--download-mib", type=int, default=256)
    args = parser.parse_args(argv)
    with_prism = not args.skip_prism
    if shutil.which("wrk") is None:
        parser.error("wrk is not installed (make bench installs it)")
    if with_prism and not PRISM.exists():
        parser.error(f"{PRISM} is missing (make bench installs it)")

    print(f"Mock throughput: GET /analysis-jobs/{{id}}, wrk -t1 -c32, {args.rounds} x {args.seconds} s, alternating")
    rps = bench_throughput(args.seconds, args.rounds, with_prism)
    for name, values in rps.items():
        if values:
            print(f"  {name:8} {statistics.mean(values):9.0f} req/s  (rounds: {', '.join(f'{v:.0f}' for v in values)})")
    if with_prism:
        ratio = statistics.mean(rps["labmock"]) / statistics.mean(rps["prism"])
        print(f"  labmock / prism = {ratio:.2f}x")

    latency = 0.02
    print(f"Listing 10,000 files (100 pages) with {latency * 1000:.0f} ms added per request, items in order")
    listing = bench_listing(latency, (1, 4, 8, 16))
    for workers, took in listing.items():
        print(f"  concurrency {workers:2}: {took:6.2f} s  ({listing[1] / took:4.1f}x faster than one at a time)")
    floor = bench_listing(0.0, (16,))[16]
    print(f"  floor, no added latency: {floor:.2f} s (the CPU of client and in-process mock, which share a GIL)")

    print(f"Download memory: a {args.download_mib} MiB signed-URL object, a fresh process each")
    dl = bench_download(args.download_mib)
    for how, figures in dl.items():
        print(
            f"  {how:8} peak Python heap {figures['python_peak_kib'] / 1024:7.1f} MiB, "
            f"peak RSS growth {figures['rss_growth_kib'] / 1024:7.1f} MiB, {figures['seconds']:.2f} s"
        )
    ratio = dl["naive"]["python_peak_kib"] / max(dl["labsdk"]["python_peak_kib"], 1)
    print(f"  naive / labsdk peak Python heap = {ratio:.0f}x (labsdk streams in 1 MiB chunks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
