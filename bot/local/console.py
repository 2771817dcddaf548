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
import re
import secrets
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.app import create_app
from bot.core.deps import Deps
from bot.language.dates import DateInputError, parse_user_date
from bot.language.i18n import Lang
from bot.local import demo
from bot.local.slack import AppClient, Message, SlackServer
from bot.local.slack import views as slack_views
from bot.local.slack.signing import FORM
from bot.local.terminal import Style, message_to_text, mrkdwn_to_text
from bot.runtime.clock import SettableClock
from bot.runtime.config import Settings
from bot.runtime.server import EVENTS_PATH, make_http_server
from storage import Store

HELP = """\
Type a question as you would in a direct message ("when do I lose benefits?"), or a slash command
("/mpn status", "/mpn help"). #mpn-renewals and @sam become Slack mentions, as in Slack. Console commands:
  :date 2021-04-02   move to that day (reminders due by then are posted)   :date +7   a week on
  :home              open the App Home tab (the dashboard); its buttons are numbered like a message's
  :click 1           click button 1 (buttons are numbered as they are printed: [1: Mark renewed]);
                     a modal that opens asks for each input in turn (a date as you would type it,
                     an option by number; Enter keeps what is filled in, :cancel closes the modal,
                     :quit closes it and leaves)
  :as sam | :as you  speak as the member sam, or as you (an MPN partner admin)
  :lang nl | en      switch your Slack language
  :help              this text
  :quit              leave (Ctrl-D works too)"""

ZONE = ZoneInfo("Europe/Amsterdam")
# :date stays within these days: far enough for any renewal question, near enough that every date the
# bot computes from "today" (a year on, a window's end) is still a date.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
# ``#name`` / ``@name`` as typed: not inside a word, an e-mail address or an existing ``<...>`` mention.
_TYPED_MENTION = re.compile(r"(?<![\w&<|#@])([#@])([A-Za-z0-9][\w.\-]*)")
_YES = frozenset({"confirm", "c", "yes", "y", "ja", "j"})


@dataclass(frozen=True)
class Button:
    """A button as the console printed it: where its message is, and what Slack would send on a click."""

    number: int
    channel: str
    ts: str
    ephemeral: bool  # an ephemeral message: Slack sends no ``message`` with the click
    stored: bool  # a message the stand-in holds (chat.update and replace_original act on it)
    block_id: str
    element: dict[str, Any]
    text: str
    blocks: list[dict[str, Any]]
    view_id: str | None = None  # a button on a view (the Home tab) rather than on a message


class ModalCancelled(Exception):
    """The person typed :cancel (or :quit) at one of a modal's prompts."""


# Typed at a modal's prompt, these leave the console (the modal closes, nothing is submitted): a person who
# types :quit means it wherever they are, and must not be told their :quit is no date.
_QUIT_WORDS = frozenset({":quit", ":q", ":exit"})


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
    ask: Callable[[str], str] = input  # a confirm dialog's question (tests answer it themselves)
    _shown: dict[tuple[str, str], tuple[str, Any]] = field(default_factory=dict)
    _buttons: dict[int, Button] = field(default_factory=dict)
    _leaving: bool = False  # :quit was typed at a modal's prompt: the line that opened the modal ends it

    # -- input ---------------------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """One line of input; False when the user asked to leave. Never raises for what a person types."""
        try:
            return self._handle(line) and not self._leaving
        except Exception as err:  # a console bug must not end the session (and lose the demo's changes)
            logging.getLogger(__name__).debug("console error", exc_info=True)
            self.say(f"That went wrong inside the console ({type(err).__name__}: {err}); carry on.")
            return True

    def _handle(self, line: str) -> bool:
        line = line.strip()
        if not line:
            self.say("Type a question, a /mpn command, or :help.")
            return True
        if line.startswith(":"):
            return self._console_command(line)
        if line.startswith("/mpn") and (len(line) == 4 or line[4].isspace()):
            self._slash(line.removeprefix("/mpn").strip())
        elif line.startswith("/"):
            self.say(f"Only /mpn is a command here; {line.split()[0]} is not. Type :help.")
        else:
            self._dm(line)
        return True

    def mentions(self, text: str, *, slash: bool) -> str:
        """``#name`` and ``@name`` of the demo workspace's channels and people as Slack sends them.

        Slash-command text (``should_escape`` on) carries ``<#C123|name>`` and ``<@U123|name>``; a message
        carries ``<@U123>`` (and ``<#C123|name>``). An unknown name stays as typed. A trailing ``.``, ``-``
        or ``_`` that makes no known name is left after the mention (``@sam.`` is sam, then a full stop).
        """
        users = {u.name.casefold(): u.id for u in self.slack.users(demo.TEAM)}
        channels = {c.name.casefold(): c for c in self.slack.channels(demo.TEAM)}

        def convert(match: re.Match[str]) -> str:
            sigil, word = match.groups()
            name = word
            while name:
                key = name.casefold()
                rest = word[len(name) :]
                if sigil == "#" and key in channels:
                    channel = channels[key]
                    return f"<#{channel.id}|{channel.name}>{rest}"
                if sigil == "@" and key in users:
                    return (f"<@{users[key]}|{name}>" if slash else f"<@{users[key]}>") + rest
                if name[-1] not in ".-_":
                    break
                name = name[:-1]
            return match.group(0)

        return _TYPED_MENTION.sub(convert, text)

    def _slash(self, text: str) -> None:
        before = self._snapshot()
        status, _, body = self.client.command(
            team_id=demo.TEAM,
            user_id=self.user,
            user_name=demo.NAMES[self.user],
            channel_id=demo.CHANNEL,
            channel_name=demo.NAMES[demo.CHANNEL],
            text=self.mentions(_escape(text), slash=True),
            response_url=self.slack.new_response_url(demo.TEAM, demo.CHANNEL, self.user),
        )
        if status != 200:
            self.say(f"(the app answered HTTP {status})")
            return
        if body.strip():
            reply: dict[str, Any] = json.loads(body) if body.startswith("{") else {"text": body}
            self._print_message(
                "MPN Renewals (only you can see this)",
                reply.get("text", ""),
                reply.get("blocks"),
                channel=demo.CHANNEL,
                ts=f"{self.clock().timestamp():.6f}",
                ephemeral=True,
                stored=False,
            )
        self._report(before)

    def _dm(self, text: str) -> None:
        channel = self.slack.dm_channel_id(demo.TEAM, self.user)
        before = self._snapshot()
        event = {
            "type": "message",
            "channel_type": "im",
            "channel": channel,
            "user": self.user,
            "text": self.mentions(_escape(text), slash=False),
            "ts": f"{self.clock().timestamp():.6f}",
            "client_msg_id": str(uuid.uuid4()),
            "event_ts": f"{self.clock().timestamp():.6f}",
        }
        status, _, _ = self.client.event(team_id=demo.TEAM, event=event)
        if status != 200:
            self.say(f"(the app answered HTTP {status})")
            return
        self._report(before)

    def click(self, arg: str) -> None:
        """``:click N``: what Slack sends when a person clicks button N (asking its confirm dialog first)."""
        if not arg.isdigit():
            self.say("Say :click N, with N the number of a printed button ([1: Mark renewed]).")
            return
        button = self._buttons.get(int(arg))
        if button is None:
            last = max(self._buttons, default=0)
            self.say(
                f"There is no button {arg}: "
                + (
                    f"the buttons printed so far are 1 to {last}."
                    if last
                    else "no button has been printed yet."
                )
            )
            return
        if button.view_id is not None:
            self._click_view(button)
            return
        text, blocks = button.text, button.blocks
        if button.stored:
            current = self._message(button.channel, button.ts)
            if current is None:
                self.say(f"Button {arg}'s message is gone.")
                return
            text, blocks = current.text, current.blocks or []
            if not _has_button(blocks, button):
                self.say(
                    f"Button {arg} is no longer on its message (it was updated since); see the newer copy."
                )
                return
        confirm = button.element.get("confirm")
        if isinstance(confirm, dict) and not self._confirmed(confirm):
            self.say("Not clicked: you chose deny.")
            return
        before = self._snapshot()
        modal_before = self._top_modal_id()
        element = button.element
        status, _, _ = self.client.action(
            team_id=demo.TEAM,
            user_id=self.user,
            user_name=demo.NAMES[self.user],
            channel_id=button.channel,
            channel_name=demo.NAMES.get(button.channel, "directmessage"),
            message_ts=button.ts,
            action_id=str(element.get("action_id", "")),
            block_id=button.block_id,
            value=str(element.get("value", "")),
            action_text=element.get("text"),
            response_url=self.slack.new_response_url(
                demo.TEAM, button.channel, self.user, message_ts=button.ts if button.stored else None
            ),
            message={"type": "message", "ts": button.ts, "text": text, "blocks": blocks},
            is_ephemeral=button.ephemeral,
            trigger_id=self.slack.views.issue_trigger(demo.TEAM, self.user),
        )
        if status != 200:
            self.say(f"(the app answered HTTP {status})")
            return
        opened = self._modal_opened(modal_before)
        if not self._report(before) and not opened:
            self.say("(the app took the click and answered nothing)")

    # -- the App Home and modals ---------------------------------------------------------------------

    def open_home(self) -> None:
        """``:home``: what Slack sends when the person opens the app's Home tab, then the Home it shows."""
        status, _, _ = self.client.event(
            team_id=demo.TEAM,
            event={
                "type": "app_home_opened",
                "user": self.user,
                "channel": self.slack.dm_channel_id(demo.TEAM, self.user),
                "tab": "home",
                "event_ts": f"{self.clock().timestamp():.6f}",
            },
        )
        if status != 200:
            self.say(f"(the app answered HTTP {status})")
            return
        self._print_home()

    def _home_hash(self) -> str | None:
        home = self.slack.home(demo.TEAM, self.user)
        return None if home is None else str(home.get("hash"))

    def _print_home(self) -> None:
        home = self.slack.home(demo.TEAM, self.user)
        if home is None:
            self.say("(the app published no Home)")
            return
        self._print_view("App Home", home)

    def _print_view(self, who: str, view: dict[str, Any]) -> None:
        def number(block: dict[str, Any], element: dict[str, Any], label: str) -> str:
            n = len(self._buttons) + 1
            self._buttons[n] = Button(
                number=n,
                channel="",
                ts="",
                ephemeral=False,
                stored=False,
                block_id=str(block.get("block_id", "")),
                element=element,
                text="",
                blocks=list(view.get("blocks") or []),
                view_id=str(view.get("id", "")),
            )
            return f"[{n}: {label}]"

        body = message_to_text("", view.get("blocks") or [], demo.NAMES, self.style, button=number)
        self.out.write(f"\n{self.style.bold(who)}\n{body}\n\n")
        self.out.flush()

    def _click_view(self, button: Button) -> None:
        """A click on a Home button: Slack's ``block_actions`` with a ``view`` container (no response_url)."""
        home = self.slack.home(demo.TEAM, self.user)
        if (
            home is None
            or home.get("id") != button.view_id
            or not any(
                (block_id, e.get("action_id"), e.get("value"))
                == (button.block_id, button.element.get("action_id"), button.element.get("value"))
                for block_id, e in slack_views.elements(home)
            )
        ):
            self.say(f"Button {button.number} is no longer on the Home (it changed since); type :home.")
            return
        confirm = button.element.get("confirm")
        if isinstance(confirm, dict) and not self._confirmed(confirm):
            self.say("Not clicked: you chose deny.")
            return
        before, modal_before, home_before = self._snapshot(), self._top_modal_id(), self._home_hash()
        body = slack_views.view_action_body(
            team_id=demo.TEAM,
            user_id=self.user,
            view=home,
            element=button.element,
            block_id=button.block_id,
            trigger_id=self.slack.views.issue_trigger(demo.TEAM, self.user),
        )
        status, _, _ = self.client.post(body, FORM)
        if status != 200:
            self.say(f"(the app answered HTTP {status})")
            return
        opened = self._modal_opened(modal_before)
        printed = self._report(before)
        if self._home_changed(home_before):
            self._print_home()
        elif not opened and not printed:
            self.say("(the app took the click and answered nothing)")

    def _home_changed(self, before: str | None) -> bool:
        """Whether the Home was published again (the republish runs a moment after the change)."""
        try:
            self.slack.wait_for(lambda: self._home_hash() != before, timeout=2.0)
        except TimeoutError:
            return False
        return True

    def _top_modal_id(self) -> str | None:
        top = self.slack.views.top(demo.TEAM, self.user)
        return None if top is None else str(top.get("id"))

    def _modal_opened(self, before: str | None) -> bool:
        """After a click: if the app opened (or replaced) a modal, fill it in and submit it."""
        if self._top_modal_id() in (None, before):
            return False
        self.fill_modal()
        return True

    def fill_modal(self) -> None:
        """The open modal, input by input (``ask`` answers each prompt), submitted through the app until it
        is accepted or the person types :cancel. Any modal works, whoever's listener opened it."""
        home_before = self._home_hash()
        while True:
            view = self.slack.views.top(demo.TEAM, self.user)
            if view is None:
                break
            title = (view.get("title") or {}).get("text", "")
            shown = [b for b in view.get("blocks") or [] if b.get("type") != "input"]
            body = message_to_text("", shown, demo.NAMES, self.style) if shown else ""
            self.out.write(f"\n{self.style.bold('Modal: ' + title)}\n{body}\n")
            try:
                answers = self._ask_inputs(view)
            except ModalCancelled:
                self.slack.views.close_all(demo.TEAM, self.user)
                self.say("Modal closed; nothing was submitted.")
                return
            errors = self.submit_modal(answers)
            if errors:
                for block_id, text in errors.items():
                    self.say(f"{self._label(view, block_id)}: {text}")
                continue
            if self.slack.views.top(demo.TEAM, self.user) is None:
                self.say("(modal submitted and closed)")
        if self._home_changed(home_before):
            self._print_home()

    def submit_modal(self, answers: dict[str, str | None]) -> dict[str, str] | None:
        """Submit the open modal with ``answers`` (block_id -> text, ISO date, or option number/value/text;
        inputs not named keep what is filled in) as Slack's ``view_submission``, over signed HTTP. Returns
        the field errors the app answered with (the modal stays open), or None."""
        view = self.slack.views.top(demo.TEAM, self.user)
        if view is None:
            raise ValueError("no modal is open")
        body = slack_views.view_submission_body(
            team_id=demo.TEAM,
            user_id=self.user,
            view=view,
            values=slack_views.state_values(view, answers),
            trigger_id=self.slack.views.issue_trigger(demo.TEAM, self.user),
        )
        before = self._snapshot()
        status, _, reply = self.client.post(body, FORM)
        if status != 200:
            self.say(f"(the app answered HTTP {status})")
            return None
        errors = self.slack.views.after_submission(demo.TEAM, self.user, reply)
        self._report(before)
        return errors

    @staticmethod
    def _label(view: dict[str, Any], block_id: str) -> str:
        for block in view.get("blocks") or []:
            if block.get("block_id") == block_id:
                return str((block.get("label") or {}).get("text", block_id))
        return block_id

    def _ask_inputs(self, view: dict[str, Any]) -> dict[str, str | None]:
        lang: Lang = "nl" if self.lang == "nl" else "en"
        today = self.clock().astimezone(ZONE).date()
        answers: dict[str, str | None] = {}
        for block in view.get("blocks") or []:
            if block.get("type") != "input":
                continue
            element, block_id = block["element"], str(block.get("block_id", ""))
            label = str((block.get("label") or {}).get("text", block_id))
            kind = element.get("type")
            while True:
                if kind == "datepicker":
                    current = element.get("initial_date") or ""
                    raw = self._prompt(f"{label} (a date){f' [{current}]' if current else ''}: ")
                    if not raw:
                        break
                    try:
                        answers[block_id] = parse_user_date(raw, lang, today=today).isoformat()
                        break
                    except DateInputError as err:
                        self.say(err.message(lang))
                elif kind in ("static_select", "radio_buttons", "external_select"):
                    options = slack_views.options_of(element)
                    listing = "  ".join(
                        f"{i}. {(o.get('text') or {}).get('text', '')}" for i, o in enumerate(options, 1)
                    )
                    current = ((element.get("initial_option") or {}).get("text") or {}).get("text", "")
                    self.out.write(self.style.dim(listing) + "\n")
                    raw = self._prompt(f"{label}{f' [{current}]' if current else ''}: ")
                    if not raw:
                        break
                    if slack_views.choose(element, raw) is not None:
                        answers[block_id] = raw
                        break
                    self.say(f"Choose 1 to {len(options)}.")
                elif kind in ("checkboxes", "multi_static_select"):
                    options = slack_views.options_of(element)
                    listing = "  ".join(
                        f"{i}. {(o.get('text') or {}).get('text', '')}" for i, o in enumerate(options, 1)
                    )
                    self.out.write(self.style.dim(listing) + "\n")
                    raw = self._prompt(f"{label} (numbers, separated by commas): ")
                    if not raw:
                        break
                    parts = [p.strip() for p in raw.split(",")]
                    if all(slack_views.choose(element, p) is not None for p in parts):
                        answers[block_id] = raw
                        break
                    self.say(f"Choose from 1 to {len(options)}.")
                elif str(kind).endswith(("users_select", "conversations_select", "channels_select")):
                    raw = self._prompt(f"{label} (@name or #channel, separated by commas): ")
                    if raw:
                        answers[block_id] = ",".join(self._ids(raw))
                    break
                else:
                    current = element.get("initial_value") or ""
                    raw = self._prompt(f"{label}{f' [{current}]' if current else ''}: ")
                    if raw:
                        answers[block_id] = "" if raw == "-" else raw
                    break
        return answers

    def _ids(self, typed: str) -> list[str]:
        """``@sam, #mpn-renewals`` as the user and channel ids a Slack picker reports (unknown: as typed)."""
        users = {u.name.casefold(): u.id for u in self.slack.users(demo.TEAM)}
        channels = {c.name.casefold(): c.id for c in self.slack.channels(demo.TEAM)}
        found = []
        for part in (p.strip() for p in typed.split(",")):
            name = part.lstrip("@#").casefold()
            found.append(users.get(name) or channels.get(name) or part)
        return found

    def _prompt(self, question: str) -> str:
        """One input's answer. A console command typed here would be read as the field's value ("I couldn't
        read ':home' as a date"): :cancel closes the modal, :quit closes it and leaves, any other one is
        answered with what the prompt wants."""
        while True:
            try:
                answer = self.ask(question).strip()
            except (EOFError, KeyboardInterrupt):
                self.out.write("\n")
                raise ModalCancelled from None
            if not answer.startswith(":"):
                return answer
            if answer in _QUIT_WORDS:
                self._leaving = True
            if answer == ":cancel" or self._leaving:
                raise ModalCancelled
            field_name = question.split(" [")[0].removesuffix(": ")
            self.say(
                f"A modal is open: type its {field_name} (Enter keeps what is filled in), "
                "or :cancel to close it."
            )

    def _confirmed(self, confirm: dict[str, Any]) -> bool:
        def plain(obj: Any) -> str:
            raw = obj.get("text", "") if isinstance(obj, dict) else str(obj or "")
            return mrkdwn_to_text(raw, demo.NAMES, Style(False))

        question = f"{plain(confirm.get('title'))}: {plain(confirm.get('text'))} [confirm/deny] "
        try:
            answer = self.ask(question)
        except (EOFError, KeyboardInterrupt):
            self.out.write("\n")
            return False
        labels = {plain(confirm.get("confirm")).casefold()} - {""}
        return answer.strip().casefold() in _YES | labels

    def _console_command(self, line: str) -> bool:
        word, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        if word in ("quit", "q", "exit"):
            return False
        if word == "help":
            self.say(HELP)
        elif word == "date":
            self._move_date(arg)
        elif word == "click":
            self.click(arg)
        elif word == "home":
            self.open_home()
        elif word == "as":
            who = {"sam": demo.SAM, "member": demo.SAM, "you": demo.YOU, "admin": demo.YOU}.get(arg.lower())
            if who is None:
                self.say("Say :as sam (a member) or :as you (an MPN partner admin).")
            else:
                self.user = who
                self.say(f"You are now {demo.NAMES[who]}.")
        elif word == "lang":
            if arg not in ("en", "nl"):
                self.say("Say :lang nl or :lang en.")
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
                self.say(f"Your Slack language is now {'Nederlands' if arg == 'nl' else 'English'}.")
        else:
            self.say(f"Unknown console command :{word}. Type :help.")
        return True

    def _move_date(self, arg: str) -> None:
        today = self.clock().astimezone(ZONE).date()
        lang: Lang = "nl" if self.lang == "nl" else "en"
        if not arg:
            self.say(f"It is {today.isoformat()}. Say :date 2021-04-02, or :date +7 for a week on.")
            return
        try:
            if arg[0] in "+-" and arg[1:].isdigit():
                day = today + timedelta(days=int(arg))
            else:
                day = parse_user_date(arg, lang, today=today)
        except DateInputError as err:
            self.say(err.message(lang))
            return
        except (OverflowError, ValueError):
            day = None
        if day is None or not FIRST_DAY <= day <= LAST_DAY:
            self.say(
                f"Pick a day from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}; it is still {today}."
            )
            return
        self.clock.set(datetime.combine(day, time(10, 0), ZONE))
        self.say(f"It is now {day.isoformat()} ({day.strftime('%A')}), 10:00 in Amsterdam.")
        self.new_day()

    def new_day(self) -> None:
        """What the running bot does when a day starts (and at start-up): sweep, then show what it posted."""
        before = self._snapshot()
        for hook in self.on_new_day:
            try:
                hook()
            except Exception as err:  # the sweep's failure is the bot's news, not the console's end
                self.say(f"The reminder sweep failed ({type(err).__name__}: {err}).")
        self._report(before)

    # -- output --------------------------------------------------------------------------------------

    def _visible(self) -> list[Message]:
        """The messages the current user can see: channels, their own DM with the bot, their ephemerals."""
        dm = self.slack.dm_channel_id(demo.TEAM, self.user)
        return [
            m
            for m in self.slack.messages(team_id=demo.TEAM, visible_to=self.user)
            if (not m.channel.startswith("D") or m.channel == dm) and m.user != self.user
        ]

    def _snapshot(self) -> dict[tuple[str, str], tuple[str, Any]]:
        return {(m.channel, m.ts): (m.text, m.blocks) for m in self.slack.messages(team_id=demo.TEAM)}

    def _message(self, channel: str, ts: str) -> Message | None:
        found = [m for m in self.slack.messages(channel=channel, team_id=demo.TEAM) if m.ts == ts]
        return found[0] if found else None

    def _report(self, before: dict[tuple[str, str], tuple[str, Any]]) -> bool:
        """Print what the app posted or changed since ``before`` (and not yet shown); True if anything."""
        printed = False
        for message in self._visible():
            key = (message.channel, message.ts)
            content = (message.text, message.blocks)
            if self._shown.get(key) == content:
                continue
            updated = key in self._shown or (key in before and before[key] != content)
            self._shown[key] = content
            if message.channel.startswith("D"):
                where = "your direct messages"
            else:
                where = f"#{demo.NAMES.get(message.channel, message.channel)}"
            if message.ephemeral_to is not None:
                who = "MPN Renewals (only you can see this)"
            elif updated:
                who = f"MPN Renewals updated its message in {where}"
            elif message.channel.startswith("D"):
                who = "MPN Renewals (direct message)"
            else:
                who = f"MPN Renewals in {where}"
            self._print_message(
                who,
                message.text,
                message.blocks,
                channel=message.channel,
                ts=message.ts,
                ephemeral=message.ephemeral_to is not None,
                stored=True,
            )
            printed = True
        return printed

    def show_new_channel_posts(self) -> None:
        self._report({})

    def _print_message(
        self,
        who: str,
        text: str,
        blocks: list[dict[str, Any]] | None,
        *,
        channel: str,
        ts: str,
        ephemeral: bool,
        stored: bool,
    ) -> None:
        def number(block: dict[str, Any], element: dict[str, Any], label: str) -> str:
            n = len(self._buttons) + 1
            self._buttons[n] = Button(
                number=n,
                channel=channel,
                ts=ts,
                ephemeral=ephemeral,
                stored=stored,
                block_id=str(block.get("block_id", "")),
                element=element,
                text=text,
                blocks=list(blocks or []),
            )
            return f"[{n}: {label}]"

        body = message_to_text(text, blocks, demo.NAMES, self.style, button=number)
        self.out.write(f"\n{self.style.bold(who)}\n{body}\n\n")
        self.out.flush()

    def say(self, text: str) -> None:
        self.out.write(self.style.dim(text) + "\n")
        self.out.flush()

    def prompt(self) -> str:
        return f"{demo.NAMES[self.user]}> "


def _escape(text: str) -> str:
    """What Slack does to typed text before the app sees it: ``&``, ``<`` and ``>`` as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _has_button(blocks: list[dict[str, Any]], button: Button) -> bool:
    """Whether the message still carries the clicked button (same block, action and value)."""
    wanted = (button.element.get("action_id"), button.element.get("value"))
    for block in blocks:
        if block.get("block_id", "") != button.block_id:
            continue
        elements = [block.get("accessory") or {}, *block.get("elements", [])]
        if any((e.get("action_id"), e.get("value")) == wanted for e in elements if isinstance(e, dict)):
            return True
    return False


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
    server = make_http_server(app, store, port=0, host="127.0.0.1", signing_secret=secret)
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
            except EOFError:  # Ctrl-D: leave
                print()
                break
            except KeyboardInterrupt:  # Ctrl-C: drop the line, as a shell does; :quit or Ctrl-D leaves
                print()
                console.say("(Ctrl-C) Line dropped; type :quit or press Ctrl-D to leave.")
                continue
            try:
                if not console.handle(line):
                    break
            except KeyboardInterrupt:
                print()
                console.say("(Ctrl-C) Interrupted; what the bot already did stays done.")
    finally:
        save_history()
        stop()
    return 0
