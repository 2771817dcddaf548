"""The values ``storage`` hands out: frozen, compared by value, holding ``date``/``datetime``/enum values,
never raw SQLite text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

from rules import Kind, Offer, ReminderKind

#: The languages a workspace can be set to (the bot's ``Lang`` is the same literal type).
Language = Literal["en", "nl"]
LANGUAGES: tuple[Language, ...] = get_args(Language)


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    """One installed Slack workspace and its per-workspace settings."""

    team_id: str
    enterprise_id: str | None
    name: str | None
    time_zone: str  # IANA name, valid for zoneinfo.ZoneInfo
    language: Language
    reminder_channel: str | None = None
    moved_to_partner_center: bool = False
    posting_hour: int = 9  # local hour 0..23 at which reminders go out


@dataclass(frozen=True, slots=True)
class StoredOffer:
    """An offer as stored: the rules' ``Offer`` plus its id and workspace."""

    id: int
    team_id: str
    name: str
    kind: Kind
    anniversary: date
    created_at: datetime
    updated_at: datetime

    def to_offer(self) -> Offer:
        """The offer as the rules engine sees it."""
        return Offer(self.name, self.kind, self.anniversary)


@dataclass(frozen=True, slots=True)
class RenewalRecord:
    """One renewal of one offer: the cycle it closed and the one it opened."""

    offer_id: int
    old_anniversary: date
    new_anniversary: date
    renewed_on: date
    actor: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change made by a person (or by the Slack install flow)."""

    at: datetime
    actor: str
    action: str
    target: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One row of the reminder ledger: one reminder of one cycle of one offer."""

    team_id: str
    offer_id: int
    anniversary: date
    kind: ReminderKind
    status: str  # 'claimed' | 'sent' | 'failed' | 'skipped'
    attempts: int
    claimer: str | None
    lease_until: datetime | None
    last_error: str | None
    channel: str | None
    ts: str | None
    reason: str | None
    updated_at: datetime
    maybe_landed: bool = False  # an earlier attempt may have reached Slack: the next carries the repeat note


@dataclass(frozen=True, slots=True)
class LedgerOp:
    """One claim (``action="claim"``), confirm (``action="confirm"``, with ``channel`` and ``ts``) or failed
    attempt (``action="fail"``, with ``error``; ``uncertain`` when the post may have landed) for
    ``Store.reminder_ledger_batch``."""

    action: str
    team_id: str
    offer_id: int
    anniversary: date
    kind: ReminderKind
    channel: str | None = None
    ts: str | None = None
    error: str | None = None
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class LedgerResult:
    """What one ``LedgerOp`` did: ``won`` (a claim won, a confirm or failure applied) and, for a claim won,
    ``maybe_repeat``: an earlier attempt may have reached Slack, so this one must carry the repeat note."""

    won: bool
    maybe_repeat: bool = False


@dataclass(frozen=True, slots=True)
class CopyState:
    """DM mode: one MPN partner admin's copy of one reminder (``Store``'s ``reminder_copies``)."""

    offer_id: int
    anniversary: date
    kind: ReminderKind
    recipient: str
    status: str  # 'claimed' (in flight, or died in flight) | 'sent' | 'failed'
    attempts: int
    maybe_landed: bool
    last_error: str | None
    channel: str | None
    ts: str | None


@dataclass(frozen=True, slots=True)
class DeliveryAlert:
    """A delivery problem of one workspace the admins are told about (``subject``: ``channel``,
    ``dm:<user>``, or ``token`` for operators), and whether the alert reached anyone yet.

    ``error`` is the failure's ``kind:code`` (or ``RECOVERED``); ``channel`` the reminder channel it was
    seen with (None in DM mode); ``offer_names`` the offers it held back; ``attempts`` the alert DMs tried
    in vain since (``updated_at`` is the last try or record); ``seen_at`` when a post last failed with it.
    """

    team_id: str
    subject: str
    error: str
    alerted: bool
    updated_at: datetime
    channel: str | None = None
    offer_names: tuple[str, ...] = ()
    attempts: int = 0
    seen_at: datetime | None = None


#: A ``DeliveryAlert.error``: the problem is fixed (a post went through) and the "reminders are flowing
#: again" DM is still owed to the admins.
RECOVERED = "recovered"


@dataclass(frozen=True, slots=True)
class DueReminderRow:
    """An unsettled reminder the sweep read (``WorkspaceStore.open_reminders``, ``Store.unsettled_reminders``):
    to post, retry or skip as stale."""

    team_id: str
    offer_id: int
    offer_name: str
    offer_kind: Kind
    anniversary: date
    reminder_kind: ReminderKind
    due_on: date
    meaningful_until: date
    status: str | None  # None (never claimed) | 'claimed' | 'failed'
    attempts: int
    last_error: str | None
    #: Its dates were recorded after its posting instant on the due day (the offer was added, re-added or
    #: re-dated after its reminder day): overdue through nobody's miss, so never "late".
    dated_after_due: bool = False
    #: When its last attempt failed (``status == 'failed'``): the sweep backs off temporary errors from it.
    failed_at: datetime | None = None


#: How an import treats offers already tracked: ``add`` adds new ones and refuses to change existing ones
#: (repeats are reported unchanged), ``merge`` also updates changed ones, ``replace`` also removes every
#: offer the rows do not name.
ImportMode = Literal["add", "merge", "replace"]
IMPORT_MODES: tuple[ImportMode, ...] = get_args(ImportMode)


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One offer to import, already read from whatever the user gave (a CSV line, a spreadsheet row):
    ``line`` numbers the report, counting the header as line 1."""

    line: int
    name: str
    kind: Kind
    anniversary: date


@dataclass(frozen=True, slots=True)
class ImportChange:
    """What an import did (or, refused or dry, would do) to one offer: ``added``, ``updated``, ``unchanged``
    or ``removed``. ``line`` is ``None`` for an offer removed because the rows did not name it; ``before`` is
    the stored offer, ``after`` what the row says."""

    line: int | None
    action: Literal["added", "updated", "unchanged", "removed"]
    name: str
    before: Offer | None
    after: Offer | None


@dataclass(slots=True)
class ImportReport:
    """The result of an import: either ``changes`` and no errors (``written`` unless it was a dry run), or
    errors and nothing written (``changes`` empty).

    ``errors`` holds ``(line_no, code, params)``, ``line_no`` counting the header as line 1, sorted by line.
    """

    mode: ImportMode = "add"
    changes: list[ImportChange] = field(default_factory=list)
    errors: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def _count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    @property
    def added(self) -> int:
        return self._count("added")

    @property
    def updated(self) -> int:
        return self._count("updated")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def removed(self) -> int:
        return self._count("removed")
