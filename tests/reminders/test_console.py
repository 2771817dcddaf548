"""The local console: ``:date`` moves time and the reminders due by then appear, once."""

from __future__ import annotations

import io
from pathlib import Path

from bot.local.console import start


def test_moving_the_date_shows_the_due_reminders_once(tmp_path: Path) -> None:
    out = io.StringIO()
    console, stop = start(tmp_path / "demo.db", out=out)
    try:
        console.handle(":date 2021-04-02")
        text = out.getvalue()
        assert "MPN Renewals in #mpn-renewals" in text
        assert "Cloud Platform (competency) isn't renewed yet: 7 days left" in text
        assert "10 April 2021" in text
        out.seek(0)
        out.truncate()
        console.handle(":date 2021-04-02")  # the same day again: nothing new
        assert "MPN Renewals in" not in out.getvalue()
    finally:
        stop()
