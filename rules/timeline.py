"""The dated events of one renewal cycle, in order: what the bot lists and the reminder sweep indexes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rules.assessment import benefits_lost_on, last_day_to_renew, window_opens
from rules.offers import Offer
from rules.policy import MPN_2021, Policy, ReminderKind


class EventKind(StrEnum):
    REMINDER_BEFORE = "reminder_before"
    ANNIVERSARY = "anniversary"
    WINDOW_OPENS = "window_opens"
    REMINDER_AFTER = "reminder_after"
    LAST_DAY_TO_RENEW = "last_day_to_renew"
    BENEFITS_LOST = "benefits_lost"


_REMINDER_EVENT = {
    ReminderKind.BEFORE: EventKind.REMINDER_BEFORE,
    ReminderKind.AFTER: EventKind.REMINDER_AFTER,
}


@dataclass(frozen=True, slots=True, order=True)
class Event:
    on: date
    kind: EventKind


@dataclass(frozen=True, slots=True)
class DueReminder:
    """One reminder of one cycle: due on ``due_on``, still worth sending late through ``meaningful_until``."""

    kind: ReminderKind
    anniversary: date
    due_on: date
    meaningful_until: date

    def is_sendable_on(self, day: date) -> bool:
        return self.due_on <= day <= self.meaningful_until

    def is_late_on(self, day: date) -> bool:
        return day > self.due_on


def reminders(offer: Offer, policy: Policy = MPN_2021) -> tuple[DueReminder, ...]:
    """The reminders of the offer's current cycle, keyed by (anniversary, kind) for the ledger."""
    return tuple(
        DueReminder(
            kind=rule.kind,
            anniversary=offer.anniversary,
            due_on=offer.anniversary + timedelta(days=rule.offset_days),
            meaningful_until=offer.anniversary + timedelta(days=rule.meaningful_until_days),
        )
        for rule in policy.reminders
    )


def timeline(offer: Offer, policy: Policy = MPN_2021) -> tuple[Event, ...]:
    """Every dated event of the current cycle, sorted by date (ties keep the order of ``EventKind``)."""
    order = list(EventKind)
    events = [
        Event(offer.anniversary, EventKind.ANNIVERSARY),
        Event(window_opens(offer, policy), EventKind.WINDOW_OPENS),
        Event(last_day_to_renew(offer, policy), EventKind.LAST_DAY_TO_RENEW),
        Event(benefits_lost_on(offer, policy), EventKind.BENEFITS_LOST),
        *(Event(r.due_on, _REMINDER_EVENT[r.kind]) for r in reminders(offer, policy)),
    ]
    return tuple(sorted(events, key=lambda e: (e.on, order.index(e.kind))))
