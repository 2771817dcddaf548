"""The ``mpn-bot`` command line: run the bot (with its reminder timer), one reminder sweep, and the operators'
backup/import/export.

Settings problems print one message naming what is missing and exit with code 2; they never start a bot
that cannot hear Slack.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.runtime.clock import system_clock
from bot.runtime.config import Settings, SettingsError, load_settings

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mpn-bot", description="Keeps MPN renewals from being missed.")
    parser.add_argument(
        "--version", action="version", version=f"mpn-bot {_version()}", help="print the version and exit"
    )
    parser.add_argument("--db", type=Path, help="SQLite database file (default: $MPN_DB or ./mpn-bot.db)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser(
        "run", help="start the bot (Slack over HTTP or Socket Mode; no tokens: the local console)"
    )
    run.add_argument("--port", type=int, help="HTTP port (default: $PORT or 3000)")
    sub.add_parser(
        "console",
        help="chat with the bot in this terminal, against the local Slack stand-in and a demo workspace",
    )
    backup = sub.add_parser("backup", help="copy the live database to PATH (SQLite online backup)")
    backup.add_argument("path", type=Path)
    imp = sub.add_parser("import", help="import a workspace's offers from a CSV file (name,kind,anniversary)")
    imp.add_argument("team", help="Slack team id, e.g. T0123456")
    imp.add_argument("csv", type=Path)
    exp = sub.add_parser("export", help="print a workspace's offers as CSV (name,kind,anniversary)")
    exp.add_argument("team", help="Slack team id, e.g. T0123456")
    sweep = sub.add_parser("sweep", help="post the reminders due now (once) and print what was posted")
    sweep.add_argument(
        "--date", type=_iso_date, help="sweep as if every workspace's local date were D (YYYY-MM-DD)"
    )
    sweep.add_argument(
        "--dry-run", action="store_true", help="print what would be posted; post and record nothing"
    )
    return parser


def _version() -> str:
    """The installed package's version (pyproject's ``version``), or ``unknown`` when run from a bare tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mpn-bot")
    except PackageNotFoundError:
        return "unknown"


def _iso_date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(port=getattr(args, "port", None))
    except SettingsError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    if args.db:
        settings = Settings(**{**settings.__dict__, "db_path": args.db, "db_path_chosen": True})
    handler = {
        "run": _run,
        "console": _console,
        "backup": _backup,
        "import": _import,
        "export": _export,
        "sweep": _sweep,
    }[args.command]
    return handler(args, settings)


def _open_store(settings: Settings, clock=system_clock):  # type: ignore[no-untyped-def]
    from storage import Store

    return Store.open(settings.db_path, clock=clock)


def _console(args: argparse.Namespace, settings: Settings) -> int:
    """The demo database is a fresh temporary file unless --db or MPN_DB names one (then it persists)."""
    from bot.local.console import run_console

    return run_console(settings, db_path=settings.db_path if settings.db_path_chosen else None)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.mode == "local":
        print("mpn-bot: no Slack tokens set (see README), so starting the local console.", flush=True)
        return _console(args, settings)
    from bot.app import create_app
    from bot.reminders import ReminderConfig, clock_from_env, for_settings
    from bot.runtime.server import serve_http, serve_socket_mode

    try:
        config, clock = ReminderConfig.from_env(), clock_from_env()
    except SettingsError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    if not check_bot_token(settings):
        return EXIT_USAGE
    store = _open_store(settings, clock)
    app = create_app(settings, store, clock)
    reminders = for_settings(settings, store, clock, config)
    reminders.start()  # sweeps now, then every MPN_SWEEP_INTERVAL_SECONDS, in the process holding the lease
    try:
        if settings.mode == "socket":
            assert settings.app_token
            serve_socket_mode(app, settings.app_token)
        else:
            serve_http(app, store, settings.port, signing_secret=settings.signing_secret)
    finally:
        reminders.shutdown()
    return 0


def check_bot_token(settings: Settings) -> bool:
    """Ask Slack whether the configured bot token works, before serving anything.

    A token Slack refuses (mistyped, revoked, from an uninstalled app) stops the bot with one clear line.
    If Slack cannot be reached, say so and start anyway: Slack may be back in a moment, and Bolt checks
    the token again on the first request.
    """
    if not settings.bot_token:
        return True
    from slack_sdk.errors import SlackApiError, SlackClientError

    from bot.runtime.slack_client import web_client

    try:
        web_client(settings.bot_token, settings.slack_api_url).auth_test()
    except SlackApiError as err:
        code = err.response.get("error", "unknown_error")
        print(
            f"mpn-bot cannot start: Slack refused SLACK_BOT_TOKEN ({code}). Copy the Bot User OAuth Token "
            "(xoxb-...) from your app's OAuth & Permissions page, and reinstall the app if it was removed.",
            file=sys.stderr,
        )
        return False
    except (SlackClientError, OSError) as err:
        where = settings.slack_api_url or "slack.com"
        print(
            f"mpn-bot: warning: could not reach Slack at {where} to check the bot token ({err}); starting anyway.",
            file=sys.stderr,
        )
    return True


def _sweep(args: argparse.Namespace, settings: Settings) -> int:
    """One sweep now (``--date D``: as if it were D everywhere); prints what it posted or would post."""
    from bot.reminders import SENDER_LEASE, ReminderConfig, clock_from_env, for_settings

    try:
        config, clock = ReminderConfig.from_env(), clock_from_env()
    except SettingsError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    if not args.dry_run and settings.mode == "local":
        print(
            "mpn-bot sweep: no Slack token is set, so nothing can be posted (try --dry-run).", file=sys.stderr
        )
        return EXIT_USAGE
    store = _open_store(settings, clock)
    scheduler = for_settings(settings, store, clock, config)
    if args.dry_run:
        report = scheduler.sweeper.run(on=args.date, dry_run=True)
    else:
        if not store.acquire_lease(SENDER_LEASE, scheduler.holder, lease_seconds=scheduler.lease_seconds):
            print(
                "mpn-bot sweep: another process (mpn-bot run) is sending reminders now; nothing posted.",
                file=sys.stderr,
            )
            return 1
        try:
            report = scheduler.sweeper.run(on=args.date)
        finally:
            store.release_lease(SENDER_LEASE, scheduler.holder)
    lines = report.lines()
    for line in lines:
        print(line)
    if not lines:
        print("nothing due" + (f" on {args.date.isoformat()}" if args.date else " now"))
    return 0


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    store = _open_store(settings)
    store.backup(args.path)
    print(f"backed up {settings.db_path} to {args.path}")
    return 0


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from storage import StorageError

    store = _open_store(settings)
    try:
        text = args.csv.read_text(encoding="utf-8-sig")
        report = store.workspace(args.team).import_csv(text, actor="cli")
    except OSError as err:
        print(f"cannot read {args.csv}: {err.strerror}", file=sys.stderr)
        return EXIT_USAGE
    except StorageError as err:
        print(f"import refused: {err}", file=sys.stderr)
        return EXIT_USAGE
    if report.errors:
        print(f"nothing imported: {len(report.errors)} line(s) need fixing", file=sys.stderr)
        for line, code, params in report.errors:
            detail = ", ".join(f"{k}={v}" for k, v in params.items())
            print(f"  line {line}: {code}{' (' + detail + ')' if detail else ''}", file=sys.stderr)
        return 1
    print(f"imported {report.added} offer(s) into {args.team}")
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from storage import StorageError

    store = _open_store(settings)
    try:
        sys.stdout.write(store.workspace(args.team).export_csv())
    except StorageError as err:
        print(f"export refused: {err}", file=sys.stderr)
        return EXIT_USAGE
    return 0


if __name__ == "__main__":
    sys.exit(main())
