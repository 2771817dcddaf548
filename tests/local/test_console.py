"""The local console: the real app over signed loopback HTTP, the Slack stand-in, the demo workspace.

In-process tests drive ``Console.handle`` line by line; the tmux test starts ``mpn-bot console`` in a real
terminal and types as a person would."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from slack_sdk import WebClient

from bot.local import demo
from bot.local.console import HELP, Console, start
from bot.local.terminal import Style, message_to_text, mrkdwn_to_text


@pytest.fixture
def console(tmp_path: Path) -> Iterator[tuple[Console, io.StringIO]]:
    out = io.StringIO()
    con, stop = start(tmp_path / "demo.db", out=out)
    yield con, out
    stop()


def said(out: io.StringIO) -> str:
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


def test_status_shows_every_phase_of_the_demo(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle("/mpn status")
    text = said(out)
    for expected in [
        "Cloud Platform",
        "Kubernetes on Azure",
        "Data Analytics",
        "Security",
        "Renewal window open",
        "Not renewed in time",
    ]:
        assert expected in text
    assert "&lt;" not in text and "*" not in text  # rendered for a terminal, not raw mrkdwn


def test_a_dm_question_gets_one_answer_with_the_right_date(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle("when do I lose benefits?")
    text = said(out)
    assert text.count("MPN Renewals (direct message)") == 1
    # Gold Cloud Business Applications: anniversary 2021-03-01, so benefits are lost on 31 March 2021.
    assert "31 March 2021" in text and "Gold Cloud Business Applications" in text


def test_dutch_question_dutch_answer(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle("wanneer verlies ik mijn voordelen?")
    assert "31 maart 2021" in said(out)


def test_date_as_and_lang(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle(":date 2021-04-05")
    assert "It is now 2021-04-05" in said(out)
    con.handle("/mpn status")
    assert "MPN renewals" in said(out)
    con.handle(":as sam")
    con.handle("/mpn add Security2 2021-09-01")
    assert "Only MPN partner admins" in said(out)
    con.handle(":lang nl")
    con.handle("/mpn help")
    assert "wat ik kan" in said(out)
    con.handle(":date morgen")
    assert "It is now 2021-04-06" in said(out)
    con.handle(":date 03/04/2021")
    assert "2021-03-04" in said(out)  # ambiguous: asked, not moved
    assert con.handle(":quit") is False


def test_unknown_inputs_are_explained(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle(":bogus")
    assert "Unknown console command" in said(out)
    con.handle("/remind me")
    assert "Only /mpn" in said(out)


class Sent:
    """Every request the console sends the app, as the app receives it (the form or JSON body)."""

    def __init__(self, con: Console) -> None:
        self.bodies: list[str] = []
        post = con.client.post

        def spy(body: str | bytes, content_type: str, **kwargs: Any) -> tuple[int, dict[str, str], str]:
            self.bodies.append(body.decode() if isinstance(body, bytes) else body)
            return post(body, content_type, **kwargs)

        con.client.post = spy  # type: ignore[method-assign]

    def last_form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.bodies[-1]).items()}

    def last_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = json.loads(self.last_form()["payload"])
        return payload


def test_channel_and_user_names_arrive_as_slack_mentions(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    sent = Sent(con)
    con.handle("/mpn channel #mpn-renewals")
    assert sent.last_form()["text"] == f"channel <#{demo.CHANNEL}|mpn-renewals>"
    assert "Reminders will be posted in #mpn-renewals" in said(out)
    con.handle("/mpn admins add @sam")
    assert sent.last_form()["text"] == f"admins add <@{demo.SAM}|sam>"
    assert "@sam can now" in said(out)
    con.handle("/mpn admins add @nobody")  # unknown: sent as typed, and the bot refuses it
    assert sent.last_form()["text"] == "admins add @nobody"
    assert "Mention the people" in said(out)
    con.handle("/mpn channel #nope")
    assert sent.last_form()["text"] == "channel #nope"
    con.handle("is @sam an admin? R&D <b>")  # a DM: <@U123>, and Slack's escapes
    event = json.loads(sent.bodies[-1])["event"]
    assert event["text"] == f"is <@{demo.SAM}> an admin? R&amp;D &lt;b&gt;"


def test_mention_conversion_leaves_words_and_addresses_alone(console: tuple[Console, io.StringIO]) -> None:
    con, _ = console
    assert con.mentions("@Sam, #MPN-renewals.", slash=True) == (
        f"<@{demo.SAM}|Sam>, <#{demo.CHANNEL}|mpn-renewals>."
    )
    assert (
        con.mentions("mail sam@sam or <@USAM|sam> or C#", slash=True) == "mail sam@sam or <@USAM|sam> or C#"
    )
    assert con.mentions("@sammy #mpn", slash=False) == "@sammy #mpn"


def button_number(text: str, label: str = "Mark renewed") -> int:
    numbers = re.findall(rf"\[(\d+): {label}\]", text)
    assert numbers, f"no numbered {label!r} button in:\n{text}"
    return int(numbers[-1])


def test_clicking_mark_renewed_sends_slacks_block_actions_and_shows_the_update(
    console: tuple[Console, io.StringIO],
) -> None:
    con, out = console
    con.handle(":date 2021-04-02")
    text = said(out)
    assert "[ Mark renewed ]" not in text
    n = button_number(text)
    [post] = [m for m in con.slack.messages(channel=demo.CHANNEL) if "Cloud Platform" in m.text]
    sent = Sent(con)
    prompts: list[str] = []
    con.ask = lambda question: prompts.append(question) or ""  # type: ignore[func-returns-value]
    con.handle(f":click {n}")
    # The click opened the Mark renewed modal; Enter kept its date (today), and it was submitted.
    assert prompts == ["Renewed on (a date) [2021-04-02]: "]
    submission = json.loads(parse_qs(sent.bodies[-1])["payload"][0])
    assert submission["type"] == "view_submission"
    payload = json.loads(parse_qs(sent.bodies[0])["payload"][0])
    assert payload["type"] == "block_actions"
    assert payload["container"] == {
        "type": "message",
        "message_ts": post.ts,
        "channel_id": demo.CHANNEL,
        "is_ephemeral": False,
    }
    assert payload["message"]["ts"] == post.ts and payload["message"]["blocks"] == post.blocks
    assert payload["channel"]["id"] == demo.CHANNEL and payload["user"]["id"] == demo.YOU
    assert payload["team"]["id"] == demo.TEAM and payload["trigger_id"]
    assert payload["response_url"].startswith(con.slack.url + "/response/")
    [action] = payload["actions"]
    [section] = [b for b in post.blocks or [] if b.get("accessory")]
    assert {k: action[k] for k in ("action_id", "block_id", "value", "type")} == {
        "action_id": section["accessory"]["action_id"],
        "block_id": section["block_id"],
        "value": section["accessory"]["value"],
        "type": "button",
    }
    text = said(out)
    assert "MPN Renewals updated its message in #mpn-renewals" in text
    assert "@you recorded the renewal" in text and "10 March 2022" in text
    con.handle(f":click {n}")  # that button left the message with the update
    assert "no longer on its message" in said(out)


def test_a_members_click_gets_the_ephemeral_refusal(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle(":date 2021-04-02")
    n = button_number(said(out))
    con.handle(":as sam")
    con.handle(f":click {n}")
    text = said(out)
    assert "MPN Renewals (only you can see this)" in text and "Only MPN partner admins" in text
    assert "@you" in text


def test_a_button_with_a_confirm_dialog_asks_first(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle(":date 2021-04-02")
    said(out)
    [post] = [m for m in con.slack.messages(channel=demo.CHANNEL) if "Cloud Platform" in m.text]
    confirm = {
        "title": {"type": "plain_text", "text": "Renew?"},
        "text": {"type": "mrkdwn", "text": "Record *Cloud Platform* as renewed"},
        "confirm": {"type": "plain_text", "text": "Renew"},
        "deny": {"type": "plain_text", "text": "Cancel"},
    }
    blocks = [
        {**b, "accessory": {**b["accessory"], "confirm": confirm}} if b.get("accessory") else b
        for b in post.blocks or []
    ]
    # The same offer's button, with a confirm dialog, in your DM with the bot.
    WebClient(token=demo.TOKEN, base_url=con.slack.base_url).chat_postMessage(
        channel=demo.YOU, text=post.text, blocks=blocks
    )
    con.show_new_channel_posts()
    n = button_number(said(out))
    questions: list[str] = []
    answers = iter(["deny", "renew", ""])  # the last: Enter at the modal's date

    def ask(question: str) -> str:
        questions.append(question)
        return next(answers)

    con.ask = ask
    sent = Sent(con)
    con.handle(f":click {n}")
    assert questions == ["Renew?: Record Cloud Platform as renewed [confirm/deny] "]
    assert sent.bodies == [] and "you chose deny" in said(out)
    con.handle(f":click {n}")
    assert len(sent.bodies) == 2  # the click, then the modal's submission
    text = said(out)
    assert "updated its message in your direct messages" in text and "@you recorded the renewal" in text


def test_no_input_ends_the_console_or_loses_the_demo(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle("/mpn renew cloud platform")
    assert "Renewal of Cloud Platform recorded" in said(out)
    before = con.clock()
    for line in [
        ":date +99999999",
        ":date -99999999",
        ":date 9999-12-31",
        ":date 0001-01-01",
        ":date garbage",
        ":date",
        ":as nobody",
        ":lang xx",
        ":click 99",
        ":click",
        ":click x",
        "",
        "   ",
        "/mpnx",
    ]:
        assert con.handle(line) is True, line
        text = said(out)
        assert len(text.strip().splitlines()) == 1 and "Traceback" not in text, (line, text)
    assert con.clock() == before
    con.handle("/mpn when cloud platform")
    assert "10 March 2022" in said(out)  # the renewal is still there


def test_a_console_bug_is_one_line_not_the_end(console: tuple[Console, io.StringIO]) -> None:
    con, out = console

    def broken(**kwargs: Any) -> tuple[int, dict[str, str], str]:
        raise RuntimeError("boom")

    con.client.command = broken  # type: ignore[method-assign]
    assert con.handle("/mpn status") is True
    assert said(out).strip().splitlines() == [
        "That went wrong inside the console (RuntimeError: boom); carry on."
    ]


def test_help_lists_every_console_command() -> None:
    for command in (":date", ":home", ":click", ":as", ":lang", ":help", ":quit"):
        assert command in HELP


def test_terminal_rendering_of_mrkdwn() -> None:
    names = {"U1": "ann", "C1": "mpn"}
    plain = Style(False)
    assert mrkdwn_to_text("_kind_ and snake_case_name", names, plain) == "kind and snake_case_name"
    assert mrkdwn_to_text(
        "*Hi* <@U1> in <#C1|x> :warning: &lt;!channel&gt; <https://a.b|link>", names, plain
    ) == ("Hi @ann in #mpn ⚠️ <!channel> link (https://a.b)")
    # the reminder posts' deep link to the Home: in the console the Home is :home
    link = "<slack://app?team=T0DEMO&amp;id=A0MPNBOT&amp;tab=home|Open mpn-bot> for every offer"
    assert mrkdwn_to_text(link, names, plain) == "Open mpn-bot (:home) for every offer"
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Title"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": "body"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "small"}]},
        {
            "type": "actions",
            "elements": [{"type": "button", "text": {"type": "plain_text", "text": "Mark renewed"}}],
        },
    ]
    assert message_to_text("fallback", blocks, names, plain) == "Title\nbody\nsmall\n[ Mark renewed ]"
    with_button = [
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": "x"},
            "accessory": {"type": "button", "text": {"type": "plain_text", "text": "Go"}},
        }
    ]
    assert message_to_text("", with_button, names, plain) == "x\n[ Go ]"
    assert "\033[1m" in mrkdwn_to_text("*x*", names, Style(True))


@pytest.mark.slow
def test_the_console_in_a_real_terminal(tmp_path: Path) -> None:
    """Start ``mpn-bot console`` in tmux, ask a question, Ctrl-C a half-typed line, move the date, click a
    button, leave with Ctrl-D: as a person would."""
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is missing on CI: .ci/run installs it")
        pytest.skip("tmux is not installed (CI installs it)")
    session = f"mpn-{uuid.uuid4().hex[:8]}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_"))},
        "MPN_CONSOLE_HISTORY": str(tmp_path / "hist"),
    }
    command = f"{sys.executable} -m bot.cli console"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "50", "-c", os.getcwd(), command],
        env=env,
        check=True,
    )

    def screen() -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session], capture_output=True, text=True
        ).stdout

    def wait_for(text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            current = screen()
            if text in current:
                return current
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{screen()}")

    def type_line(line: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", line], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)

    try:
        wait_for("you> ")
        type_line("when do I lose benefits?")
        wait_for("31 March 2021")
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "half a line"], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "C-c"], check=True)  # drops the line, stays
        wait_for("Line dropped")
        type_line(":date 2021-04-02")
        n = button_number(wait_for("[2: Mark renewed]"))  # [1: …] was the start-up sweep's post
        type_line(f":click {n}")
        wait_for("Renewed on (a date) [2021-04-02]: ")  # the Mark renewed modal asks for its date
        type_line("")
        wait_for("@you recorded the renewal")
        type_line("/mpn when kubernetes")
        wait_for("Kubernetes on Azure")
        subprocess.run(["tmux", "send-keys", "-t", session, "Up"], check=True)  # line editing and history
        wait_for("you> /mpn when kubernetes")
        subprocess.run(["tmux", "send-keys", "-t", session, "C-u"], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "C-d"], check=True)  # Ctrl-D leaves
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            alive = (
                subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0
            )
            if not alive:
                break
            time.sleep(0.2)
        assert not alive, "the console did not quit"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def test_the_home_tab_its_buttons_and_a_modal_filled_in_at_prompts(
    console: tuple[Console, io.StringIO],
) -> None:
    con, out = console
    con.handle(":home")
    text = said(out)
    assert "App Home" in text and "MPN renewals" in text and "Cloud Platform" in text
    add = button_number(text, "Add offer")
    answers = iter(["", "Brand <!channel> New", "2", "1 sept 2021"])
    prompts: list[str] = []

    def ask(question: str) -> str:
        prompts.append(question)
        return next(answers)

    con.ask = ask
    con.handle(f":click {add}")
    assert prompts == ["Competency: ", "Or another name: ", "Kind [competency]: ", "Anniversary (a date): "]
    text = said(out)
    assert "Modal: Add offer" in text and "(modal submitted and closed)" in text
    assert "App Home" in text and "Brand <!channel> New" in text  # the republished Home, as a person reads it
    offer = con.store.workspace(demo.TEAM).find_offer("Brand <!channel> New")
    assert offer.kind.value == "advanced_specialization" and offer.anniversary.isoformat() == "2021-09-01"
    # A refused submission shows the field's error and asks again; :cancel closes the modal.
    con.handle(":home")
    add = button_number(said(out), "Add offer")
    answers = iter(["", "", "", "1999-01-01", ":cancel"])
    con.handle(f":click {add}")
    text = said(out)
    assert "Or another name: Give the offer a name." in text and "nothing was submitted" in text
    assert con.slack.views.top(demo.TEAM, con.user) is None


def test_a_member_sees_the_home_without_admin_buttons(console: tuple[Console, io.StringIO]) -> None:
    con, out = console
    con.handle(":as sam")
    con.handle(":home")
    text = said(out)
    assert "MPN partner admins: @you" in text and "Add offer" not in text and "Remove" not in text


def test_the_edit_modal_sets_nicknames_at_its_prompt(console: tuple[Console, io.StringIO]) -> None:
    """The Edit modal's Nicknames input (issue 14) is asked like any other input; Enter keeps the others."""
    con, out = console
    con.handle(":home")
    edit = re.findall(r"Kubernetes on Azure.*?\[(\d+): Edit\]", said(out), re.DOTALL)[0]
    prompts: list[str] = []
    answers = iter(["", "", "", "k8s, de container"])

    def ask(question: str) -> str:
        prompts.append(question)
        return next(answers)

    con.ask = ask
    con.handle(f":click {edit}")
    assert prompts[-1].startswith("Nicknames") and "(modal submitted and closed)" in said(out)
    ws = con.store.workspace(demo.TEAM)
    assert ws.aliases_of(ws.find_offer("Kubernetes on Azure").id) == ["de container", "k8s"]


def test_console_commands_at_a_modal_prompt_are_not_field_values(
    console: tuple[Console, io.StringIO],
) -> None:
    """A person who forgot the modal is open types console commands at its prompt: :home is answered with
    what the prompt wants (not "I couldn't read ':home' as a date"), :quit closes the modal, submits nothing
    and ends the session."""
    con, out = console
    before = [o.name for o in con.store.workspace(demo.TEAM).offers()]
    con.handle(":home")
    add = button_number(said(out), "Add offer")
    answers = iter([":home", "", "", "", ":quit"])
    con.ask = lambda question: next(answers)
    assert con.handle(f":click {add}") is False
    text = said(out)
    assert "A modal is open: type its Competency (Enter keeps what is filled in), or :cancel" in text
    assert "couldn't read" not in text and "nothing was submitted" in text
    assert con.slack.views.top(demo.TEAM, con.user) is None
    assert [o.name for o in con.store.workspace(demo.TEAM).offers()] == before
