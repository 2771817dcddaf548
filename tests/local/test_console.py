"""The local console: the real app over signed loopback HTTP, the Slack stand-in, the demo workspace.

In-process tests drive ``Console.handle`` line by line; the tmux test starts ``mpn-bot console`` in a real
terminal and types as a person would."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.local.console import Console, start
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


def test_terminal_rendering_of_mrkdwn() -> None:
    names = {"U1": "ann", "C1": "mpn"}
    plain = Style(False)
    assert mrkdwn_to_text("_kind_ and snake_case_name", names, plain) == "kind and snake_case_name"
    assert mrkdwn_to_text(
        "*Hi* <@U1> in <#C1|x> :warning: &lt;!channel&gt; <https://a.b|link>", names, plain
    ) == ("Hi @ann in #mpn ⚠️ <!channel> link (https://a.b)")
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
    """Start ``mpn-bot console`` in tmux, ask a question, move the date, quit: as a person would."""
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
        type_line(":date 2021-04-02")
        wait_for("It is now 2021-04-02")
        type_line("/mpn when kubernetes")
        wait_for("Kubernetes on Azure")
        subprocess.run(["tmux", "send-keys", "-t", session, "Up"], check=True)  # line editing and history
        wait_for("you> /mpn when kubernetes")
        subprocess.run(["tmux", "send-keys", "-t", session, "C-u"], check=True)
        type_line(":quit")
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
