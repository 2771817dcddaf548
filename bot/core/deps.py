"""What every listener needs, built once per process and handed to each listener group's ``register``."""

from __future__ import annotations

from dataclasses import dataclass, field

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import InstallationStore

from bot.core.conversation import Conversation, conversation_for
from bot.core.people import People
from bot.runtime.clock import Clock
from storage import Store


@dataclass(frozen=True)
class Deps:
    store: Store
    clock: Clock
    people: People = field(default_factory=People)
    # OAuth mode: where each workspace's bot token lives (slack_sdk's store); None for a single workspace.
    installations: InstallationStore | None = None

    def conversation(
        self,
        client: WebClient,
        *,
        team_id: str,
        enterprise_id: str | None,
        user_id: str,
    ) -> Conversation:
        return conversation_for(
            store=self.store,
            people=self.people,
            client=client,
            clock=self.clock,
            team_id=team_id,
            enterprise_id=enterprise_id,
            user_id=user_id,
        )
