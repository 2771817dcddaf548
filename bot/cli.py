"""The ``mpn-bot`` command line: run the bot (with its reminder timer), one reminder sweep, and the operators'
backup/import/export.

Settings problems print one message naming what is missing and exit with code 2; they never start a bot
that cannot hear Slack.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.runtime.clock import system_clock
from bot.runtime.config import Settings, SettingsError, load_settings
from bot.runtime.logs import configure as configure_logs

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
    imp = sub.add_parser(
        "import",
        help="import a workspace's offers from a spreadsheet's CSV or Unicode text (name, kind, anniversary)",
    )
    imp.add_argument("team", help="Slack team id, e.g. T0123456")
    imp.add_argument("csv", type=Path, help="the file: ; , or tab separated, UTF-8, UTF-16 or Windows-1252")
    how = imp.add_mutually_exclusive_group()
    how.add_argument(
        "--merge",
        action="store_true",
        help="also update tracked offers whose kind or anniversary the file changes",
    )
    how.add_argument(
        "--replace",
        action="store_true",
        help="the file becomes the list: as --merge, and remove every tracked offer the file does not name",
    )
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
    """A sweep day: ISO, and within 2000..2099 so every date the sweep works out from it stays a date
    (9999-12-31 + 365 days does not exist)."""
    from datetime import date

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date: use YYYY-MM-DD, e.g. 2021-04-02") from None
    if not date(2000, 1, 1) <= day <= date(2099, 12, 31):
        raise argparse.ArgumentTypeError(
            f"{text} is outside 2000-01-01..2099-12-31, the days a sweep can be for"
        )
    return day


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logs()
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
    reads_only = args.command in _READS_ONLY or (args.command == "sweep" and args.dry_run)
    if reads_only and not Path(settings.db_path).is_file():  # a mistyped --db must not become a database
        print(f"mpn-bot {args.command}: there is no database at {settings.db_path} (check --db or MPN_DB)",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    try:
        return handler(args, settings)
    except OperatorError as err:
        print(f"mpn-bot {args.command}: {err}", file=sys.stderr)
        return EXIT_USAGE


#: Commands that only read the database: they never create one.
_READS_ONLY = frozenset({"backup", "export"})


class OperatorError(Exception):
    """Something about the machine the operator can fix (a path, a lock, a permission, a version): one
    line naming the file and what to do, exit 2, never a traceback."""


def _database_problem(path: object, err: BaseException) -> OperatorError:
    from storage import StorageError, outage

    if isinstance(err, StorageError) and err.code == "schema_too_new":
        version, supported = err.params.get("version"), err.params.get("supported")
        return OperatorError(
            f"{path} was written by a newer mpn-bot (database schema {version}; this one knows up to "
            f"{supported}): run the newer mpn-bot, or restore a backup made with this version"
        )
    line = {
        "unopenable": f"cannot open the database {path}: its folder does not exist or cannot be written; "
        "create the folder or point --db / MPN_DB elsewhere",
        "damaged": f"{path} is not an mpn-bot database (not SQLite, or damaged): check --db / MPN_DB, "
        "or restore a backup (mpn-bot backup)",
        "locked": f"{path} is locked by another process; try again in a moment, or stop that process",
        "read_only": f"{path} is read-only here (a read-only mount, or file permissions): mpn-bot needs to "
        "write to it and to its -wal and -shm files beside it",
        "disk_full": f"the disk holding {path} is full: free some space, then start again",
        None: f"the database {path} cannot be used: {err}",
    }
    return OperatorError(line[outage(err)])


def _open_store(settings: Settings, clock=system_clock):  # type: ignore[no-untyped-def]
    """The store, or one operator line (``OperatorError``) for every way the file can be unusable."""
    import sqlite3

    from storage import StorageError, Store

    try:
        return Store.open(settings.db_path, clock=clock)
    except (sqlite3.Error, OSError) as err:
        raise _database_problem(settings.db_path, err) from None
    except StorageError as err:
        if err.code in ("schema_too_new", "database_busy"):
            raise _database_problem(settings.db_path, err) from None
        raise


def _console(args: argparse.Namespace, settings: Settings) -> int:
    """The demo database is a fresh temporary file unless --db or MPN_DB names one (then it persists)."""
    from bot.local.console import run_console

    if settings.db_path_chosen:
        _open_store(settings).close()  # an unusable file is one operator line here, not a traceback later
    return run_console(settings, db_path=settings.db_path if settings.db_path_chosen else None)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.mode == "local":
        print("mpn-bot: no Slack tokens set (see README), so starting the local console.", flush=True)
        return _console(args, settings)
    from bot.runtime.gunicorn_server import ServerOptions, prepare_metrics_folder

    prepare_metrics_folder()  # before anything imports the metrics
    from bot.reminders import ReminderConfig, clock_from_env

    try:
        config, clock = ReminderConfig.from_env(), clock_from_env()
        options = ServerOptions.from_env(os.environ)
    except (SettingsError, ValueError) as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    if not check_bot_token(settings):
        return EXIT_USAGE
    _open_store(settings, clock).close()  # an unusable database is one operator line here, before serving
    if settings.mode == "socket":
        return _run_socket_mode(settings, clock, config)
    from bot.runtime.server import serve_http

    _check_port_free(settings.port)

    def worker():  # type: ignore[no-untyped-def]
        """In each server worker process, after the fork: its own store (SQLite connections never cross a
        fork), app and reminder scheduler (the sender lease lets one of them send at a time)."""
        return _serving_parts(settings, clock, config)

    return serve_http(worker, settings.port, options=options)


def _check_port_free(port: int, host: str = "0.0.0.0") -> None:
    """One line (exit 2) for a port another process listens on, instead of gunicorn's five retries and
    ten log lines. Bound the way gunicorn binds (``SO_REUSEADDR``), then let go at once."""
    import errno
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise OperatorError(
                    f"port {port} is in use by another process: stop it, or choose another with PORT or --port"
                ) from None
            if err.errno == errno.EACCES:
                raise OperatorError(
                    f"port {port} needs more privileges than this user has: use a port above 1023"
                ) from None
            raise OperatorError(f"cannot listen on port {port}: {err.strerror}") from None


def _serving_parts(settings: Settings, clock, config):  # type: ignore[no-untyped-def]
    """One worker's WSGI app and how it stops (``WorkerParts``)."""
    from bot.app import create_app
    from bot.reminders import for_settings
    from bot.runtime.gunicorn_server import WorkerParts
    from bot.runtime.server import wsgi_app

    store = _open_store(settings, clock)
    app = create_app(settings, store, clock)
    reminders = for_settings(settings, store, clock, config)
    reminders.start()  # sweeps now, then every MPN_SWEEP_INTERVAL_SECONDS, in the process holding the lease
    checks = {"reminders": reminders.health, "slack": _token_check(settings)}

    return WorkerParts(
        wsgi_app(app, store, settings.signing_secret, checks),
        stop_background=reminders.shutdown,  # at the signal: finish the post in flight, hand back the lease
        close=store.close,  # once the requests in flight are answered
    )


def _run_socket_mode(settings: Settings, clock, config) -> int:  # type: ignore[no-untyped-def]
    from bot.app import create_app
    from bot.reminders import for_settings
    from bot.runtime.server import serve_socket_mode

    store = _open_store(settings, clock)
    app = create_app(settings, store, clock)
    reminders = for_settings(settings, store, clock, config)
    _stop_on_sigterm()
    reminders.start()
    try:
        assert settings.app_token
        serve_socket_mode(app, settings.app_token)
    except KeyboardInterrupt:
        print("mpn-bot: stopping (finishing the post in flight, handing back the sender lease)", flush=True)
    finally:
        reminders.shutdown()
        store.close()
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


def _token_check(settings: Settings) -> Callable[[], tuple[bool, str]]:
    """Readiness: the bot token still works (``auth.test``, asked at most once a minute). OAuth mode has a
    token per workspace; there the check says so and passes."""
    import time

    from slack_sdk.errors import SlackApiError, SlackClientError

    from bot.runtime.slack_client import web_client

    last: list[tuple[float, tuple[bool, str]]] = []

    def check() -> tuple[bool, str]:
        if not settings.bot_token:
            return True, "a token per workspace (OAuth)"
        if last and time.monotonic() - last[0][0] < 60:
            return last[0][1]
        try:
            web_client(settings.bot_token, settings.slack_api_url).auth_test()
            result = (True, "ok")
        except SlackApiError as err:
            result = (False, f"Slack refuses the bot token ({err.response.get('error')})")
        except (SlackClientError, OSError) as err:
            result = (False, f"Slack cannot be reached ({err})")
        last[:] = [(time.monotonic(), result)]
        return result

    return check


def _stop_on_sigterm() -> None:
    """SIGTERM (what systemd, Docker and Kubernetes send) stops like Ctrl-C: the server stops accepting,
    the post in flight finishes and is confirmed, and the reminder sender lease is handed back (the
    ``finally`` in ``_run``), so a replacement process posts at once instead of waiting out the lease.
    Python's default for SIGTERM ends the process without running any of that."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    store = _open_store(settings)
    store.backup(args.path)
    print(f"backed up {settings.db_path} to {args.path}")
    return 0


def _import(args: argparse.Namespace, settings: Settings) -> int:
    """Read the file as a spreadsheet wrote it (``bot.language.spreadsheet``), then import it all or nothing.

    Every refusal is exit 2 with plain lines: one for a file that is no offers list (empty, binary, too
    big), else one per problem line; nothing is written then.
    """
    from bot.language.spreadsheet import MAX_FILE_BYTES, describe, read_offer_sheet
    from bot.runtime.clock import local_today
    from storage import ImportRow, StorageError

    _tolerant_output()
    where = "mpn-bot import"
    mode = "replace" if args.replace else "merge" if args.merge else "add"
    try:
        with args.csv.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        print(f"{where}: cannot read {args.csv}: {err.strerror}", file=sys.stderr)
        return EXIT_USAGE
    if max(size, len(data)) > MAX_FILE_BYTES:
        print(
            f"{where}: {args.csv}: "
            + describe("sheet.too_big", {"size": max(size, len(data)), "limit": MAX_FILE_BYTES}),
            file=sys.stderr,
        )
        return EXIT_USAGE
    store = _open_store(settings)
    try:
        ws = store.workspace(args.team)
        sheet = read_offer_sheet(data, today=local_today(system_clock, ws.settings().time_zone))
        whole_file = [p for p in sheet.problems if p.line == 0]
        if whole_file:
            print(f"{where}: {args.csv}: {_one_line(whole_file[0].text())}", file=sys.stderr)
            return EXIT_USAGE
        rows = [ImportRow(r.line, r.name, r.kind, r.anniversary) for r in sheet.rows]
        if mode == "replace" and not rows and not sheet.problems:
            print(
                f"{where}: {args.csv} has no offers, and --replace would remove every tracked offer; nothing changed",
                file=sys.stderr,
            )
            return EXIT_USAGE
        errors = [(p.line, p.code, p.params) for p in sheet.problems]
        report = ws.import_offers(rows, actor="cli", mode=mode, errors=errors)
    except StorageError as err:
        print(f"{where}: {_one_line(describe(err.code, err.params))}", file=sys.stderr)
        return EXIT_USAGE
    if report.errors:
        lines = len({line for line, _, _ in report.errors})
        print(
            f"nothing imported from {args.csv}: {lines} line{'s need' if lines != 1 else ' needs'} fixing "
            f"(file {sheet.how_read()})",
            file=sys.stderr,
        )
        for line, code, params in report.errors:
            print(f"  line {line}: {_one_line(describe(code, params))}", file=sys.stderr)
        return EXIT_USAGE
    counts = f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged"
    if mode == "replace":
        counts += f", {report.removed} removed"
    print(f"{args.team}: {counts}")
    for change in report.changes:
        if change.action != "unchanged":
            print(f"  {_change_line(change)}")
    if report.changes and report.unchanged == len(report.changes) and mode == "add":
        n = report.unchanged
        print(
            f"{'the 1 offer is' if n == 1 else f'all {n} offers are'} already tracked, unchanged; use --merge to update"
        )
    print(f"file {sheet.how_read()}")
    return 0


def _change_line(change) -> str:  # type: ignore[no-untyped-def]
    """One change of an import in words: ``line 3: updated Security: anniversary 2021-03-10 -> 2021-04-10``."""
    before, after = change.before, change.after
    where = f"line {change.line}: " if change.line is not None else ""
    if change.action == "added":
        return f"{where}added {after.name} ({after.kind.value.replace('_', ' ')}, anniversary {after.anniversary.isoformat()})"
    if change.action == "removed":
        return f"removed {before.name} (not in the file)"
    parts = []
    if before.name != after.name:
        parts.append(f"name {before.name} -> {after.name}")
    if before.kind != after.kind:
        parts.append(f"kind {before.kind.value.replace('_', ' ')} -> {after.kind.value.replace('_', ' ')}")
    if before.anniversary != after.anniversary:
        parts.append(f"anniversary {before.anniversary.isoformat()} -> {after.anniversary.isoformat()}")
    return _one_line(f"{where}updated {before.name}: {', '.join(parts)}")


def _one_line(text: str) -> str:
    """Text from a file, printed as one terminal line: control characters become spaces."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def _tolerant_output() -> None:
    """Names from a file are printed whatever the terminal's encoding: unencodable characters are escaped,
    never a ``UnicodeEncodeError``."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.language.spreadsheet import describe
    from storage import StorageError

    _tolerant_output()
    store = _open_store(settings)
    try:
        sys.stdout.write(store.workspace(args.team).export_csv())
    except StorageError as err:
        print(f"mpn-bot export: {_one_line(describe(err.code, err.params))}", file=sys.stderr)
        return EXIT_USAGE
    return 0


if __name__ == "__main__":
    sys.exit(main())
