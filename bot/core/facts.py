"""The answers to the questions added with the DM reader's new intents (issue 14): fees, requirements,
renewal history, the admins, the next reminder and the reminder settings, and dates asked about ("on 3
May", "what expires in May").

Part of the answer layer like ``bot.core.answers`` (kept apart so that module stays one screen per
question): plain answer objects from ``storage`` and ``rules``, no Slack and no language; ``bot.render.dm``
words them. Nothing here invents a fact the seed does not give: the fee is "may apply" without an amount,
the requirements are a pointer to Partner Center.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import rules
from bot.core.answers import OfferView, status, view
from storage import RenewalRecord, WorkspaceSettings, WorkspaceStore


@dataclass(frozen=True, slots=True)
class FeesAnswer:
    """What the seed says about money: a competency fee may be due to complete a renewal (and under the
    COVID-19 extension), depending on the purchase or renewal status. No amount: the seed gives none."""

    fee_may_apply: bool
    membership_offers_url: str
    offer: str | None


def fees(offer: str | None = None, policy: rules.Policy = rules.MPN_2021) -> FeesAnswer:
    fee = bool(policy.extension and policy.extension.fee_may_apply)
    return FeesAnswer(fee_may_apply=fee, membership_offers_url=policy.membership_offers_url, offer=offer)


@dataclass(frozen=True, slots=True)
class RequirementsAnswer:
    """Requirements live in Partner Center, per competency: the bot points there rather than listing what it
    cannot keep true."""

    offer: str | None
    competencies_url: str


def requirements(offer: str | None = None, policy: rules.Policy = rules.MPN_2021) -> RequirementsAnswer:
    return RequirementsAnswer(offer=offer, competencies_url=policy.competencies_url)


@dataclass(frozen=True, slots=True)
class HistoryAnswer:
    """Renewals recorded with ``/mpn renew`` (or a DM's confirmed renewal), newest first, per offer."""

    named: bool
    entries: tuple[tuple[OfferView, tuple[RenewalRecord, ...]], ...]


def history(ws: WorkspaceStore, today: date, name: str | None = None) -> HistoryAnswer:
    """For ``name``, or for every offer of the workspace (the storage's renewal records, which the audit
    log also holds)."""
    settings = ws.settings()
    offers = [ws.find_offer(name)] if name is not None else ws.offers()
    entries = tuple(
        (view(o, settings, today), tuple(reversed(ws.renewal_history(o.id))))
        for o in sorted(offers, key=_by_name)
    )
    return HistoryAnswer(named=name is not None, entries=entries)


def _by_name(offer: object) -> str:
    return str(getattr(offer, "name", "")).casefold()


@dataclass(frozen=True, slots=True)
class AdminsAnswer:
    admins: tuple[str, ...]
    asker_is_admin: bool


def admins(ws: WorkspaceStore, asker: str) -> AdminsAnswer:
    people = tuple(ws.admins())
    return AdminsAnswer(admins=people, asker_is_admin=asker in people)


@dataclass(frozen=True, slots=True)
class NextReminder:
    """The next reminder still to go out: which offer, which kind, on which local day, to which channel
    (``None``: to the MPN partner admins by DM), at which local hour."""

    offer: OfferView
    reminder: rules.DueReminder
    channel: str | None
    posting_hour: int


@dataclass(frozen=True, slots=True)
class NextReminderAnswer:
    today: date
    settings: WorkspaceSettings
    next: NextReminder | None
    named: bool


def next_reminder(ws: WorkspaceStore, today: date, name: str | None = None) -> NextReminderAnswer:
    """The soonest reminder on or after ``today`` that the ledger has not sent or skipped, over the offer
    named or every offer (``rules.reminders`` knows the days, the ledger what already went out)."""
    settings = ws.settings()
    offers = [ws.find_offer(name)] if name is not None else ws.offers()
    done = {(e.offer_id, e.anniversary, str(e.kind)) for e in ws.ledger() if e.status in ("sent", "skipped")}
    best: NextReminder | None = None
    for offer in offers:
        for reminder in rules.reminders(offer.to_offer()):
            if (
                reminder.meaningful_until < today
                or (offer.id, reminder.anniversary, str(reminder.kind)) in done
            ):
                continue
            if best is None or max(reminder.due_on, today) < max(best.reminder.due_on, today):
                best = NextReminder(
                    view(offer, settings, today), reminder, settings.reminder_channel, settings.posting_hour
                )
    return NextReminderAnswer(today=today, settings=settings, next=best, named=name is not None)


@dataclass(frozen=True, slots=True)
class OnDayAnswer:
    """Every offer (or the one named) as it will stand on ``on``: still with benefits, in its window, or
    lost. ``today`` is the asker's local day, so the reply can say "will" or "had"."""

    today: date
    on: date
    items: tuple[OfferView, ...]
    named: bool


def on_day(ws: WorkspaceStore, today: date, on: date, name: str | None = None) -> OnDayAnswer:
    if name is not None:
        item = view(ws.find_offer(name), ws.settings(), on)
        return OnDayAnswer(today=today, on=on, items=(item,), named=True)
    return OnDayAnswer(today=today, on=on, items=status(ws, today, on).items, named=False)


@dataclass(frozen=True, slots=True)
class RangeAnswer:
    """The offers whose benefits end (``what="loss"``) or whose anniversary falls (``what="due"``) between
    ``start`` and ``end``, soonest first."""

    today: date
    start: date
    end: date
    what: str
    items: tuple[OfferView, ...]


def in_range(ws: WorkspaceStore, today: date, start: date, end: date, what: str) -> RangeAnswer:
    def key_day(item: OfferView) -> date:
        a = item.assessment
        return a.benefits_lost_on if what == "loss" else item.offer.anniversary

    items = [i for i in status(ws, today).items if start <= key_day(i) <= end]
    return RangeAnswer(today, start, end, what, tuple(sorted(items, key=key_day)))
