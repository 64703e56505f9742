"""``labmock``: serve the mock APIs with uvicorn.

labmock list
labmock serve biodock --port 8000 [--key K] [--latency S] [--fault-rate R --faults 500,429] ...
labmock serve all --port 8000        # each service on its own port: 8000, 8001, ...
labmock serve sevenbridges --tls     # https with a local test CA; prints the CA bundle's path
labmock proxy biodock --upstream https://app.biodock.ai/api/external --record run.jsonl
labmock replay run.jsonl --port 8001 ; labmock drift biodock run.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import sys
from collections.abc import Sequence

from ._version import __version__
from .contract import cli as contract
from .core import FAULT_KINDS, LabmockError, MockConfig, MockServer, parse_faults
from .core.config import DEFAULT_FAULTS, parse_rate_limit
from .core.live import LiveServer, bind, serve_all
from .core.tls import make_tls
from .services import SERVICES, get


def _rate_limit(text: str) -> tuple[int, float]:
    try:
        return parse_rate_limit(text)
    except LabmockError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="labmock", description="Stateful mock servers for lab APIs.")
    parser.add_argument("--version", action="version", version=f"labmock {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list the mocked APIs")
    serve = commands.add_parser("serve", help="serve one API, or all of them on consecutive ports")
    serve.add_argument("service", help=f"one of {', '.join(SERVICES)}, or 'all'")
    serve.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (0: any free one); 'all' uses port, port+1, ...")
    serve.add_argument("--key", help="the accepted API key (default: the service's demo key)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the demo data's numbers and the fault dice")
    serve.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    serve.add_argument(
        "--bandwidth", type=float, default=0.0, help="bytes a second each response body is sent at (0: no limit)"
    )
    serve.add_argument("--fault-rate", type=float, default=0.0, help="share of requests that fail (0..1)")
    serve.add_argument(
        "--faults",
        default=",".join(DEFAULT_FAULTS),
        help=f"comma-separated fault kinds among {','.join(FAULT_KINDS)} (default %(default)s)",
    )
    serve.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds of injected 429/503")
    serve.add_argument("--job-duration", type=float, default=3.0, help="seconds a job takes (default 3)")
    serve.add_argument("--job-polls", type=int, default=None, help="a job is done on its N-th GET (overrides time)")
    serve.add_argument("--url-expiry", type=int, default=3600, help="lifetime of signed URLs in seconds")
    serve.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=None,
        metavar="REQUESTS/SECONDS",
        help="per-token rate limit of the services that have one (e.g. 50/2; default: the documented one)",
    )
    serve.add_argument("--tls", action="store_true", help="serve https, with a certificate from a local test CA")
    serve.add_argument(
        "--ca-dir",
        default=None,
        help="with --tls: keep the CA in this folder and reuse it on later starts (default: a new temporary one)",
    )
    serve.add_argument("--validate-responses", action="store_true", help="check every response against the spec")
    serve.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="FILE",
        help="load your own objects from a YAML or JSON data file (the fixture format; repeatable); reset keeps them",
    )
    serve.add_argument(
        "--control-token",
        default=None,
        help="require this token (header X-Labmock-Token) on /_labmock/; without it only loopback clients may use it",
    )
    serve.add_argument("--log-level", default="warning", help="uvicorn log level (default warning)")
    serve.add_argument("--access-log", action="store_true", help="log every request")
    contract.add_commands(commands)
    return parser


def _config(args: argparse.Namespace) -> MockConfig:
    return MockConfig(
        key=args.key,
        seed=args.seed,
        latency=args.latency,
        bandwidth=args.bandwidth,
        fault_rate=args.fault_rate,
        faults=parse_faults(args.faults),
        retry_after=args.retry_after,
        job_duration=args.job_duration,
        job_polls=args.job_polls,
        url_expiry=args.url_expiry,
        validate_responses=args.validate_responses,
        rate_limit=args.rate_limit,
        data=tuple(args.data),
        control_token=args.control_token,
    )


def _serve(args: argparse.Namespace) -> int:
    config = _config(args)
    names = list(SERVICES) if args.service == "all" else [get(args.service).name]
    bindings = []
    lines = []
    tls = make_tls(args.ca_dir, hosts=(args.host,)) if args.tls else None
    if config.control_token is None and not _loopback_host(args.host):
        print(
            f"labmock: listening on {args.host}: the control plane (/_labmock/) answers loopback clients only; "
            "give --control-token to reach it from elsewhere",
            file=sys.stderr,
        )
    if tls is not None:
        bundle = tls.trust_bundle
        lines.append(f"CA bundle: {bundle}  (export REQUESTS_CA_BUNDLE={bundle} SSL_CERT_FILE={bundle})")
    try:
        for index, name in enumerate(names):
            server = MockServer(SERVICES[name], config)
            port = args.port + index if args.port else 0
            try:
                sock = bind(args.host, port)
            except OSError as exc:
                print(f"labmock: cannot listen on {args.host}:{port}: {exc}", file=sys.stderr)
                return 1
            bindings.append((server, sock))
            live = LiveServer(server, args.host, int(sock.getsockname()[1]), tls)
            lines.append(f"{name}: {live.base_url}  {server.describe_credential()}")

        def ready() -> None:
            print("\n".join(lines), flush=True)

        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_all(bindings, args.log_level, args.access_log, ready, tls))
    finally:
        for _, sock in bindings:
            sock.close()
    return 0


def _loopback_host(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "list":
            for name, service in SERVICES.items():
                server = MockServer(service)
                upstream = service.upstream or server.spec.server_url
                print(f"{name}: {upstream} -> {server.base_path}  {server.describe_credential()}")
                if service.summary:
                    print(f"    {service.summary}")
            return 0
        if args.command in contract.COMMANDS:
            return contract.run(args)
        return _serve(args)
    except LabmockError as exc:
        print(f"labmock: {exc}", file=sys.stderr)
        return 2
