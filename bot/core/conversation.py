"""Who is asking, in which workspace, on which local day, in which language.

Built once per request by ``conversation_for`` and handed to the command, DM and App Home code, so each of
them starts from the same facts and none re-derives them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from slack_sdk import WebClient

from bot.core.errors import UserError
from bot.core.people import People, Person
from bot.language.i18n import Lang, language_of_locale, pick_language
from bot.runtime.clock import Clock, local_today
from storage import StorageError, Store, WorkspaceSettings, WorkspaceStore


@dataclass(frozen=True)
class Conversation:
    ws: WorkspaceStore
    settings: WorkspaceSettings
    person: Person
    lang: Lang
    today: date

    @property
    def user_id(self) -> str:
        return self.person.user_id

    def is_partner_admin(self) -> bool:
        return self.ws.is_admin(self.user_id)

    def require_partner_admin(self) -> None:
        """The one check behind every change: only MPN partner admins (the seed's role) change records."""
        if not self.is_partner_admin():
            admins = tuple(self.ws.admins())
            if not admins and self.person.is_workspace_admin:
                raise UserError("auth.no_admin_yet")  # answered with a "Become the MPN partner admin" button
            raise UserError("auth.not_admin", admins=admins)

    def written_in(self, lang: Lang | None) -> Conversation:
        """The same conversation answering in the language a message was written in, when the reader could
        tell (the language is decided once: ``pick_language``)."""
        chosen = pick_language(self.person.locale, self.settings.language, lang)
        return self if chosen == self.lang else replace(self, lang=chosen)

    def can_grant_role(self) -> bool:
        """MPN partner admins, the installer (made an admin at install) and Slack admins/owners may grant."""
        return self.is_partner_admin() or self.person.is_workspace_admin


def ensure_workspace(
    store: Store, team_id: str, *, enterprise_id: str | None, person: Person | None
) -> tuple[WorkspaceStore, WorkspaceSettings]:
    """The workspace's handle and settings, registering it on first contact with the first user's time zone.

    One read on every request after the first (the settings row is the existence check). First contact
    registers settings only: nobody becomes an MPN partner admin by talking to the bot first; a Slack
    admin/owner (or the OAuth installer) grants the role.
    """
    try:
        return store.workspace_and_settings(team_id)
    except StorageError as err:
        if err.code != "unknown_workspace":
            raise
    zone = person.time_zone if person and person.time_zone else "UTC"
    lang = language_of_locale(person.locale if person else None) or "en"
    store.install_workspace(team_id, enterprise_id=enterprise_id, time_zone=zone, language=lang)
    return store.workspace_and_settings(team_id)


def conversation_for(
    *,
    store: Store,
    people: People,
    client: WebClient,
    clock: Clock,
    team_id: str,
    enterprise_id: str | None,
    user_id: str,
) -> Conversation:
    person = people.get(client, team_id, user_id)
    ws, settings = ensure_workspace(store, team_id, enterprise_id=enterprise_id, person=person)
    return Conversation(
        ws=ws,
        settings=settings,
        person=person,
        lang=pick_language(person.locale, settings.language),
        today=local_today(clock, settings.time_zone),
    )
