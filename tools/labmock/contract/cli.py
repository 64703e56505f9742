"""``labmock proxy``, ``labmock replay`` and ``labmock drift`` (registered by ``labmock.cli``)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from pathlib import Path
from typing import Any

from ..core.live import bind, serve_all
from ..core.tls import make_tls
from ..services import SERVICES
from .app import ContractApp
from .drift import check_cassette
from .proxy import ContractProxy
from .replay import ReplayServer

COMMANDS = ("proxy", "replay", "drift")


def add_commands(commands: Any) -> None:
    """Add the three subcommands to ``labmock``'s subparsers."""
    apis = ", ".join(SERVICES)
    proxy = commands.add_parser("proxy", help="check live traffic against the spec (and record it)")
    proxy.add_argument("api", help=f"one of {apis}")
    proxy.add_argument(
        "--upstream", required=True, help="the real service's base URL, e.g. https://api.sbgenomics.com/v2"
    )
    proxy.add_argument("--record", type=Path, help="write every exchange, redacted, to this cassette (JSON lines)")
    proxy.add_argument(
        "--report", type=Path, help="the drift report written on exit (default labmock-drift-<api>.json)"
    )
    _listen_options(proxy)
    proxy.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the upstream (default 60)")
    _redact_option(proxy)
    _log_options(proxy)

    replay = commands.add_parser("replay", help="serve a recorded cassette back, offline")
    replay.add_argument("cassette", type=Path)
    replay.add_argument("--api", help="the API to answer as (default: the cassette's)")
    _listen_options(replay)
    _log_options(replay)

    drift = commands.add_parser("drift", help="check a recorded cassette against the spec (exit 1 on findings)")
    drift.add_argument("api", help=f"one of {apis}")
    drift.add_argument("cassette", type=Path)
    drift.add_argument("--report", type=Path, help="also write the JSON report here (and its .txt summary)")
    drift.add_argument(
        "--fail-on",
        choices=("any", "breaking"),
        default="any",
        help="exit 1 on any finding (default), or only on those that break the spec",
    )
    _redact_option(drift)


def _redact_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--redact-field",
        action="append",
        default=[],
        metavar="JSON_PATH",
        help="a sensitive JSON field to redact, e.g. $.user.token or $.items[*].secret (repeatable)",
    )


def _listen_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0: any free one)")
    parser.add_argument("--tls", action="store_true", help="serve https, with a certificate from a local test CA")
    parser.add_argument("--ca-dir", default=None, help="with --tls: keep (and reuse) the CA in this folder")


def _log_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default warning)")
    parser.add_argument("--access-log", action="store_true", help="log every request")


def _log_findings() -> None:
    """Each finding as a line on stderr, as it happens."""
    log = logging.getLogger("labmock.contract")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("labmock: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def run(args: argparse.Namespace) -> int:
    _log_findings()
    if args.command == "drift":
        report = check_cassette(args.api, args.cassette, redact_fields=args.redact_field)
        print(report.summary(), end="")
        if args.report is not None:
            json_path, text_path = report.write(args.report)
            print(f"report: {json_path} (summary: {text_path})")
        failing = report.breaking if args.fail_on == "breaking" else report.findings
        return 1 if failing else 0
    if args.command == "proxy":
        proxy = ContractProxy(
            args.api, args.upstream, record=args.record, redact_fields=args.redact_field, timeout=args.timeout
        )
        target = f"{proxy.redactor.url(proxy.upstream_base)}" + (f", recording to {args.record}" if args.record else "")
        status = _serve(proxy, args, f"{proxy.name} proxy: {{url}} -> {target}")
        json_path, text_path = proxy.report.write(args.report or Path(f"labmock-drift-{proxy.name}.json"))
        print(proxy.report.summary(), end="", file=sys.stderr)
        print(f"report: {json_path} (summary: {text_path})", file=sys.stderr)
        return status
    replay = ReplayServer(args.cassette, api=args.api)
    return _serve(replay, args, f"{replay.name} replay of {len(replay.exchanges)} exchanges: {{url}}")


def _serve(app: ContractApp, args: argparse.Namespace, line: str) -> int:
    """Serve ``app`` until SIGINT / SIGTERM; print ``line`` (with its ``{url}``) once it listens."""
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"labmock: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    tls = make_tls(args.ca_dir, hosts=(args.host,)) if args.tls else None
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"{'https' if tls else 'http'}://{host}:{sock.getsockname()[1]}{app.spec.base_path}"

    def ready() -> None:
        print(line.format(url=url), flush=True)
        if tls is not None:
            bundle = tls.trust_bundle
            print(f"CA bundle: {bundle}  (export REQUESTS_CA_BUNDLE={bundle} SSL_CERT_FILE={bundle})", flush=True)

    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_all([(app, sock)], args.log_level, args.access_log, ready, tls))
    finally:
        sock.close()
    return 0
