"""The ``mpn-bot`` command line."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mpn-bot", description="Keeps MPN renewals from being missed.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="start the bot")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        print("mpn-bot: the Slack app is not built yet; the rules engine is (see README).")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
