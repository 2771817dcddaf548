"""The reminder tests' world: a store, the local Slack stand-in, a settable clock and a sweeper over them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.local.slack import Message, SlackServer
from bot.reminders import SlackDelivery, Sweeper
from bot.runtime.clock import SettableClock
from storage import Store, WorkspaceStore
from tests.harness import CHANNEL, PARTNER, TEAM, TOKEN


@dataclass
class Env:
    slack: SlackServer
    store: Store
    clock: SettableClock
    sweeper: Sweeper
    tokens: dict[str, str]

    @property
    def ws(self) -> WorkspaceStore:
        return self.store.workspace(TEAM)

    def at(self, iso: str) -> None:
        """Move to a moment: ``2021-02-23T09:30`` (UTC unless an offset is given)."""
        when = datetime.fromisoformat(iso)
        self.clock.set(when if when.tzinfo else when.replace(tzinfo=UTC))

    def sweep(self, **kwargs: Any):  # type: ignore[no-untyped-def]
        return self.sweeper.run(**kwargs)

    def posts(self, channel: str = CHANNEL) -> list[Message]:
        return [m for m in self.slack.messages(channel=channel) if m.via == "api"]

    def dms_to(self, user: str, team: str = TEAM) -> list[Message]:
        return [
            m for m in self.slack.messages(channel=self.slack.dm_channel_id(team, user)) if m.via == "api"
        ]


def make_env(
    slack: SlackServer, tmp_path: Path, *, start: str = "2021-02-20T10:00:00+00:00", workers: int = 4
) -> Env:
    clock = SettableClock(datetime.fromisoformat(start))
    store = Store.open(tmp_path / "reminders.db", clock=clock)
    store.install_workspace(
        TEAM, name="Contoso Partners", time_zone="Europe/Amsterdam", installer_user_id=PARTNER
    )
    store.workspace(TEAM).update_settings(PARTNER, reminder_channel=CHANNEL, moved_to_partner_center=True)
    tokens = {TEAM: TOKEN}
    delivery = SlackDelivery(tokens.get, base_url=slack.base_url, min_interval=0.0, timeout=5)
    sweeper = Sweeper(store, delivery, clock, claimer="test-sweeper", claim_lease_seconds=60, workers=workers)
    return Env(slack, store, clock, sweeper, tokens)
