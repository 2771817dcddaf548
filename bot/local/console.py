"""``mpn-bot console`` (and ``make run`` with no Slack tokens): chat with the real bot in a terminal.

Everything a person types goes to the real Bolt app over HTTP on the loopback interface, as a request
signed exactly as Slack signs it: ``/mpn ...`` as a slash command, anything else as a direct message. The
app's Web API calls are answered by the local Slack stand-in (``bot.local.slack``), which records the replies,
DMs and channel posts this console prints. Console commands start with a colon (``:help``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.app import create_app
from bot.core.deps import Deps
from bot.language.dates import DateInputError, parse_user_date
from bot.local import demo
from bot.local.slack import AppClient, SlackServer
from bot.local.terminal import Style, message_to_text
from bot.runtime.clock import SettableClock
from bot.runtime.config import Settings
from bot.runtime.server import EVENTS_PATH, make_http_server
from storage import Store

HELP = """\
Type a question as you would in a direct message ("when do I lose benefits?"), or a slash command
("/mpn status", "/mpn help"). Console commands:
  :date 2021-04-02   move to that day (reminders due by then are posted)   :date +7   a week on
  :as sam | :as you  speak as the member sam, or as you (an MPN partner admin)
  :lang nl | en      switch your Slack language
  :help              this text
  :quit              leave (Ctrl-D works too)"""


@dataclass
class Console:
    slack: SlackServer
    store: Store
    clock: SettableClock
    deps: Deps
    client: AppClient
    out: TextIO
    style: Style
    user: str = demo.YOU
    lang: str = "en"
    on_new_day: list[Callable[[], None]] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    # -- input ---------------------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """One line of input; False when the user asked to leave."""
        line = line.strip()
        if not line:
            return True
        if line.startswith(":"):
            return self._console_command(line)
        if line.startswith("/mpn"):
            self._slash(line.removeprefix("/mpn").strip())
        elif line.startswith("/"):
            self._say(f"Only /mpn is a command here; {line.split()[0]} is not. Type :help.")
        else:
            self._dm(line)
        return True

    def _slash(self, text: str) -> None:
        status, _, body = self.client.command(
            team_id=demo.TEAM,
            user_id=self.user,
            channel_id=demo.CHANNEL,
            text=text,
            response_url=self.slack.new_response_url(demo.TEAM, demo.CHANNEL, self.user),
        )
        if status != 200:
            self._say(f"(the app answered HTTP {status})")
            return
        reply: dict[str, Any] = json.loads(body) if body.startswith("{") else {"text": body}
        self._print_message(
            "MPN Renewals (only you can see this)", reply.get("text", ""), reply.get("blocks")
        )

    def _dm(self, text: str) -> None:
        channel = self.slack.dm_channel_id(demo.TEAM, self.user)
        before = {m.ts for m in self.slack.messages(channel=channel)}
        event = {
            "type": "message",
            "channel_type": "im",
            "channel": channel,
            "user": self.user,
            "text": text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
            "ts": f"{self.clock().timestamp():.6f}",
            "client_msg_id": str(uuid.uuid4()),
            "event_ts": f"{self.clock().timestamp():.6f}",
        }
        status, _, _ = self.client.event(team_id=demo.TEAM, event=event)
        if status != 200:
            self._say(f"(the app answered HTTP {status})")
            return
        for message in self.slack.messages(channel=channel):
            if message.ts not in before and message.user != self.user:
                self._seen.add((message.channel, message.ts))
                self._print_message("MPN Renewals (direct message)", message.text, message.blocks)

    def _console_command(self, line: str) -> bool:
        word, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        if word in ("quit", "q", "exit"):
            return False
        if word == "help":
            self._say(HELP)
        elif word == "date":
            self._move_date(arg)
        elif word == "as":
            who = {"sam": demo.SAM, "member": demo.SAM, "you": demo.YOU, "admin": demo.YOU}.get(arg.lower())
            if who is None:
                self._say("Say :as sam (a member) or :as you (an MPN partner admin).")
            else:
                self.user = who
                self._say(f"You are now {demo.NAMES[who]}.")
        elif word == "lang":
            if arg not in ("en", "nl"):
                self._say("Say :lang nl or :lang en.")
            else:
                self.lang = arg
                locale = "nl-NL" if arg == "nl" else "en-US"
                for uid, name in ((demo.YOU, "you"), (demo.SAM, "sam")):
                    self.slack.add_user(
                        demo.TEAM,
                        uid,
                        name=name,
                        locale=locale,
                        tz="Europe/Amsterdam",
                        is_admin=uid == demo.YOU,
                    )
                self.deps.people.forget_team(demo.TEAM)
                self._say(f"Your Slack language is now {'Nederlands' if arg == 'nl' else 'English'}.")
        else:
            self._say(f"Unknown console command :{word}. Type :help.")
        return True

    def _move_date(self, arg: str) -> None:
        zone = ZoneInfo("Europe/Amsterdam")
        today = self.clock().astimezone(zone).date()
        try:
            if arg.startswith(("+", "-")) and arg[1:].isdigit():
                day = today + timedelta(days=int(arg))
            else:
                day = parse_user_date(arg, "nl" if self.lang == "nl" else "en", today=today)
        except DateInputError as err:
            self._say(err.message("nl" if self.lang == "nl" else "en"))
            return
        self.clock.set(datetime.combine(day, time(10, 0), zone))
        self._say(f"It is now {day.isoformat()} ({day.strftime('%A')}), 10:00 in Amsterdam.")
        self.new_day()

    def new_day(self) -> None:
        """What the running bot does when a day starts (and at start-up): sweep, then show what it posted."""
        for hook in self.on_new_day:
            hook()
        self.show_new_channel_posts()

    # -- output --------------------------------------------------------------------------------------

    def show_new_channel_posts(self) -> None:
        for message in self.slack.messages(team_id=demo.TEAM):
            key = (message.channel, message.ts)
            if (
                key in self._seen
                or message.via != "api"
                or message.channel.startswith("D")
                and message.channel != self.slack.dm_channel_id(demo.TEAM, self.user)
            ):
                continue
            self._seen.add(key)
            where = (
                f"#{demo.NAMES.get(message.channel, message.channel)}"
                if not message.channel.startswith("D")
                else "direct message"
            )
            self._print_message(f"MPN Renewals in {where}", message.text, message.blocks)

    def _print_message(self, who: str, text: str, blocks: list[dict[str, Any]] | None) -> None:
        body = message_to_text(text, blocks, demo.NAMES, self.style)
        self.out.write(f"\n{self.style.bold(who)}\n{body}\n\n")
        self.out.flush()

    def _say(self, text: str) -> None:
        self.out.write(self.style.dim(text) + "\n")
        self.out.flush()

    def prompt(self) -> str:
        return f"{demo.NAMES[self.user]}> "


def start(db_path: Path | None = None, out: TextIO = sys.stdout) -> tuple[Console, Callable[[], None]]:
    """Start the stand-in, the store, the real app on a loopback port; return the console and a stopper."""
    slack = SlackServer(rate_limit_per_channel_per_sec=1.0).start()
    demo.populate_slack(slack)
    path = db_path or Path(tempfile.mkdtemp(prefix="mpn-console-")) / "demo.db"
    clock = SettableClock(demo.START)
    store = Store.open(path, clock=clock)
    demo.populate_store(store)
    secret = secrets.token_hex(16)
    settings = Settings(
        bot_token=demo.TOKEN,
        signing_secret=secret,
        app_token=None,
        db_path=path,
        slack_api_url=slack.base_url,
        port=0,
    )
    deps = Deps(store=store, clock=clock)
    app = create_app(settings, store, clock, deps=deps)
    server = make_http_server(app, store, port=0, host="127.0.0.1")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = AppClient(f"http://127.0.0.1:{server.server_port}{EVENTS_PATH}", secret)
    console = Console(
        slack=slack, store=store, clock=clock, deps=deps, client=client, out=out, style=Style(out.isatty())
    )
    # Reminders: every :date runs one sweep at the new time; the console prints what it posted.
    from bot.reminders import SlackDelivery, Sweeper

    sweeper = Sweeper(
        store, SlackDelivery({demo.TEAM: demo.TOKEN}.get, base_url=slack.base_url), clock, claimer="console"
    )

    def sweep() -> None:
        sweeper.run()

    console.on_new_day.append(sweep)

    def stop() -> None:
        server.shutdown()
        server.server_close()
        slack.stop()
        store.close()

    return console, stop


def _setup_readline() -> Callable[[], None]:
    try:
        import readline
    except ImportError:  # not on every platform; input() still works
        return lambda: None
    history = Path(os.environ.get("MPN_CONSOLE_HISTORY", Path.home() / ".mpn_console_history"))
    with contextlib.suppress(OSError):
        readline.read_history_file(history)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(history)

    return save


def run_console(settings: Settings | None = None, db_path: Path | None = None) -> int:
    # The chat is the interface here: library chatter (retries, HTTP logs) would only get in the way.
    logging.getLogger().setLevel(logging.WARNING)
    console, stop = start(db_path)
    save_history = _setup_readline() if sys.stdin.isatty() else (lambda: None)
    style = console.style
    print(
        style.bold("mpn-bot local console")
        + " — no Slack needed: the real bot, a local Slack stand-in, a demo workspace."
    )
    print(
        style.dim(
            f"It is {demo.START.date().isoformat()}; you are an MPN partner admin of “Contoso (demo)”. Type :help."
        )
    )
    console.new_day()  # the bot's start-up sweep: reminders it missed while "down" arrive, marked late
    try:
        while True:
            try:
                line = input(console.prompt())
            except EOFError:
                print()
                break
            except KeyboardInterrupt:
                print()
                break
            if not console.handle(line):
                break
    finally:
        save_history()
        stop()
    return 0
