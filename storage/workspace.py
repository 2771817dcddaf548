"""``WorkspaceStore``: everything one workspace may read or change, and nothing of any other workspace.

A thin facade over the per-aggregate modules (``offers``, ``ledger``, ``settings``, ``admins``, ``audit``,
``csv_io``), so callers hold one handle per workspace while each aggregate keeps its SQL to itself. Every
statement those modules run carries ``team_id = ?`` (or reaches rows through an offer that does), so a
handle for one team cannot see or touch another team's rows, whatever id or name it is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from rules import Kind, ReminderKind
from storage.admins import Admins
from storage.aliases import AliasCheck, Aliases
from storage.audit import AuditLog
from storage.csv_io import OfferCsv
from storage.db import HasConnections
from storage.ledger import WorkspaceLedger
from storage.models import (
    AuditEntry,
    CopyState,
    DeliveryAlert,
    DueReminderRow,
    ImportMode,
    ImportReport,
    ImportRow,
    LedgerEntry,
    RenewalRecord,
    StoredOffer,
    WorkspaceSettings,
)
from storage.offers import Offers
from storage.settings import Settings


class WorkspaceStore:
    """One workspace's offers, admins, settings, audit log and reminder ledger. Get it from
    ``Store.workspace(team_id)`` (which checks the workspace exists) or build it from the store directly
    where the caller already knows it does; cheap to create, safe to share across threads."""

    def __init__(self, store: HasConnections, team_id: str) -> None:
        connections = store.connections
        self.team_id = team_id
        self._settings = Settings(connections, team_id)
        self._offers = Offers(connections, team_id)
        self._ledger = WorkspaceLedger(connections, team_id)
        self._admins = Admins(connections, team_id)
        self._audit = AuditLog(connections, team_id)
        self._csv = OfferCsv(connections, self._offers)
        self._aliases = Aliases(connections, team_id, self._offers)

    def __repr__(self) -> str:
        return f"WorkspaceStore({self.team_id!r})"

    # -- offer aliases (``storage.aliases``) ---------------------------------------------------------

    def offer_aliases(self) -> list[tuple[str, str]]:
        return self._aliases.offer_aliases()

    def add_alias(
        self, offer: int | str, alias: str, *, actor: str, check: AliasCheck | None = None
    ) -> tuple[str, str]:
        return self._aliases.add_alias(offer, alias, actor=actor, check=check)

    def remove_alias(self, alias: str, *, actor: str) -> str:
        return self._aliases.remove_alias(alias, actor=actor)

    def aliases_of(self, offer_id: int) -> list[str]:
        return self._aliases.aliases_of(offer_id)

    def set_aliases(
        self,
        offer_id: int,
        aliases: Iterable[str],
        *,
        actor: str,
        dry_run: bool = False,
        check: AliasCheck | None = None,
    ) -> tuple[list[str], list[str]]:
        return self._aliases.set_aliases(offer_id, aliases, actor=actor, dry_run=dry_run, check=check)

    # -- settings ----------------------------------------------------------------------------------

    def settings(self) -> WorkspaceSettings:
        return self._settings.settings()

    def update_settings(self, actor: str, **changes: Any) -> WorkspaceSettings:
        return self._settings.update_settings(actor, **changes)

    # -- offers ------------------------------------------------------------------------------------

    def offers(self) -> list[StoredOffer]:
        return self._offers.offers()

    def offer(self, offer_id: int) -> StoredOffer:
        return self._offers.offer(offer_id)

    def find_offer(self, name: str) -> StoredOffer:
        return self._offers.find_offer(name)

    def add_offer(self, name: str, kind: str | Kind, anniversary: date | str, *, actor: str) -> StoredOffer:
        return self._offers.add_offer(name, kind, anniversary, actor=actor)

    def renew_offer(self, name_or_id: int | str, on: date, *, actor: str) -> StoredOffer:
        return self._offers.renew_offer(name_or_id, on, actor=actor)

    def renewal_history(self, name_or_id: int | str) -> list[RenewalRecord]:
        return self._offers.renewal_history(name_or_id)

    def update_offer(
        self,
        name_or_id: int | str,
        *,
        actor: str,
        anniversary: date | str | None = None,
        kind: str | Kind | None = None,
        new_name: str | None = None,
    ) -> StoredOffer:
        return self._offers.update_offer(
            name_or_id, actor=actor, anniversary=anniversary, kind=kind, new_name=new_name
        )

    def remove_offer(self, name_or_id: int | str, *, actor: str) -> StoredOffer:
        return self._offers.remove_offer(name_or_id, actor=actor)

    def removal_of(self, offer_id: int | None = None) -> int | None:
        return self._offers.removal_of(offer_id)

    def restore_removed(self, removal_id: int, *, actor: str, within: timedelta) -> StoredOffer:
        return self._offers.restore_removed(removal_id, actor=actor, within=within)

    # -- admins ------------------------------------------------------------------------------------

    def admins(self) -> list[str]:
        return self._admins.admins()

    def is_admin(self, user_id: str) -> bool:
        return self._admins.is_admin(user_id)

    def add_admin(self, user_id: str, *, actor: str) -> bool:
        return self._admins.add_admin(user_id, actor=actor)

    def remove_admin(self, user_id: str, *, actor: str) -> bool:
        return self._admins.remove_admin(user_id, actor=actor)

    # -- audit log ---------------------------------------------------------------------------------

    def audit_log(self, limit: int = 50, offset: int = 0) -> list[AuditEntry]:
        return self._audit.audit_log(limit, offset)

    # -- CSV ---------------------------------------------------------------------------------------

    def export_csv(self) -> str:
        return self._csv.export_csv()

    def import_csv(self, text: str, *, actor: str, mode: ImportMode = "add") -> ImportReport:
        return self._csv.import_csv(text, actor=actor, mode=mode)

    def import_offers(
        self,
        rows: Iterable[ImportRow],
        *,
        actor: str,
        mode: ImportMode = "add",
        dry_run: bool = False,
        errors: Sequence[tuple[int, str, dict[str, Any]]] = (),
    ) -> ImportReport:
        """Add (``add``), add and update (``merge``) or make the list (``replace``), all or nothing; see
        ``storage.csv_io.OfferCsv.import_offers``."""
        return self._csv.import_offers(rows, actor=actor, mode=mode, dry_run=dry_run, errors=errors)

    # -- the reminder ledger -----------------------------------------------------------------------

    def fail_reminder(
        self,
        offer_id: int,
        anniversary: date,
        kind: str | ReminderKind,
        *,
        error: str,
        uncertain: bool = False,
    ) -> None:
        self._ledger.fail_reminder(offer_id, anniversary, kind, error=error, uncertain=uncertain)

    def skip_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, reason: str
    ) -> None:
        self._ledger.skip_reminder(offer_id, anniversary, kind, reason=reason)

    def ledger(self, offer_id: int | None = None) -> list[LedgerEntry]:
        return self._ledger.ledger(offer_id)

    def open_reminders(
        self, *, due_from: date, now: datetime | None = None, due_to: date | None = None
    ) -> list[DueReminderRow]:
        """Its open (unsettled) reminders due on or after ``due_from``: for a sweep tick at ``now`` those
        whose posting hour on the due day has been reached, for a given date those due by ``due_to``;
        oldest due first, with the ledger state as it is now (``storage.due.workspace_reminders``)."""
        return self._ledger.open_reminders(due_from=due_from, now=now, due_to=due_to)

    def serving(
        self, *, due_from: date, now: datetime | None = None, due_to: date | None = None
    ) -> tuple[WorkspaceSettings, list[DueReminderRow]] | None:
        """Its settings and ``open_reminders`` (same arguments) read together, as the reminder sweep serves
        it: one statement instead of two for every workspace a busy tick serves. None when the workspace
        is not installed (any more)."""
        return self._ledger.serving(due_from=due_from, now=now, due_to=due_to)

    def reminder_copies(
        self, keys: Sequence[tuple[int, date, ReminderKind]]
    ) -> dict[tuple[int, date, str, str], CopyState]:
        return self._ledger.copies(keys)

    def claim_copies(self, keys: Sequence[tuple[int, date, ReminderKind]], recipient: str) -> None:
        self._ledger.claim_copies(keys, recipient)

    def confirm_copies(
        self, keys: Sequence[tuple[int, date, ReminderKind]], recipient: str, *, channel: str, ts: str
    ) -> None:
        self._ledger.confirm_copies(keys, recipient, channel=channel, ts=ts)

    def fail_copies(
        self,
        keys: Sequence[tuple[int, date, ReminderKind]],
        recipient: str,
        *,
        error: str,
        uncertain: bool = False,
    ) -> None:
        self._ledger.fail_copies(keys, recipient, error=error, uncertain=uncertain)

    def delivery_alerts(self) -> list[DeliveryAlert]:
        return self._ledger.delivery_alerts()

    def set_delivery_alert(
        self,
        subject: str,
        error: str,
        *,
        alerted: bool,
        channel: str | None = None,
        offer_names: Sequence[str] | None = None,
        attempts: int = 0,
    ) -> None:
        self._ledger.set_delivery_alert(
            subject, error, alerted=alerted, channel=channel, offer_names=offer_names, attempts=attempts
        )

    def note_alert_attempt(self, subject: str, *, landed: bool) -> None:
        self._ledger.note_alert_attempt(subject, landed=landed)

    def clear_delivery_alert(self, subject: str) -> None:
        self._ledger.clear_delivery_alert(subject)

    def delivery_reset_at(self) -> datetime | None:
        return self._ledger.delivery_reset_at()

    def reset_delivery(self) -> None:
        self._ledger.reset_delivery()
