"""``marsad serve``: the dashboard and JSON API over a store."""
from __future__ import annotations

import argparse
import os
import sys

from ..cli import register_command


def _add_serve(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get("MARSAD_DB", "marsad.db"),
                   help="store file, opened read-only (default: $MARSAD_DB or marsad.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES",
                   help="reject request bodies larger than this with 413 (default 1000000)")
    p.add_argument("--no-analyze", dest="analyze", action="store_false",
                   help="turn off the analyze page and /api/analyze")


def _run_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        print(f"marsad: error: the web dashboard needs the 'web' extra ({exc.name} is missing): "
              "pip install 'marsad[web]'", file=sys.stderr)
        return 1
    from ..store import StoreError

    if not 0 < args.port < 65536:
        print(f"marsad: error: --port must be 1-65535, not {args.port}", file=sys.stderr)
        return 2
    try:
        app = create_app(args.db, max_body=args.max_body, analyze=args.analyze)
    except StoreError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"marsad: warning: listening on {args.host}: the dashboard has no authentication", file=sys.stderr)
    print(f"marsad: serving {args.db} (read-only) at http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0


register_command("serve", "serve the web dashboard and JSON API over a store (read-only)", _add_serve, _run_serve)
