"""Where an offer stands on a given day: the one function every answer in the bot is built on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from rules.offers import Offer
from rules.policy import MPN_2021, Policy


class Phase(StrEnum):
    """An offer's phase on one day. A step function of the day: it only ever moves forward."""

    ACTIVE = "active"  # before the -15 reminder
    DUE_SOON = "due_soon"  # from the -15 reminder through the anniversary day itself
    GRACE = "grace"  # the renewal window: anniversary+1 .. anniversary+30, benefits continue
    LAPSED = "lapsed"  # from anniversary+31: benefits and competency lost


@dataclass(frozen=True, slots=True)
class Assessment:
    """The dates of one renewal cycle and where ``today`` falls in it. Compared by value."""

    offer: Offer
    today: date
    phase: Phase
    window_opens: date
    reminder_dates: tuple[date, ...]
    last_day_to_renew: date
    benefits_lost_on: date
    next_anniversary: date
    days_to_deadline: int

    @property
    def anniversary(self) -> date:
        return self.offer.anniversary

    @property
    def days_to_anniversary(self) -> int:
        """Negative once the anniversary has passed."""
        return (self.offer.anniversary - self.today).days

    @property
    def can_renew_today(self) -> bool:
        return self.window_opens <= self.today <= self.last_day_to_renew


def window_opens(offer: Offer, policy: Policy = MPN_2021) -> date:
    """First day the offer can be renewed (page description: anniversary plus one day)."""
    return offer.anniversary + timedelta(days=policy.window_opens_after_days)


def last_day_to_renew(offer: Offer, policy: Policy = MPN_2021) -> date:
    """ "You have 30 days after your anniversary date to renew": the anniversary plus 30 days."""
    return offer.anniversary + timedelta(days=policy.grace_days)


def benefits_lost_on(offer: Offer, policy: Policy = MPN_2021) -> date:
    """The first day without benefits if the offer is not renewed."""
    return last_day_to_renew(offer, policy) + timedelta(days=1)


def next_anniversary(offer: Offer, policy: Policy = MPN_2021) -> date:
    """The anniversary after a renewal: 365 days on, so a leap day in between moves it one day earlier."""
    return offer.anniversary + timedelta(days=policy.renewal_period_days)


def phase_on(offer: Offer, today: date, policy: Policy = MPN_2021) -> Phase:
    """The phase alone, for hot paths that need no full ``Assessment``."""
    first_reminder = min(rule.offset_days for rule in policy.reminders) if policy.reminders else 0
    if today > last_day_to_renew(offer, policy):
        return Phase.LAPSED
    if today >= window_opens(offer, policy):
        return Phase.GRACE
    if today >= offer.anniversary + timedelta(days=min(first_reminder, 0)):
        return Phase.DUE_SOON
    return Phase.ACTIVE


# Pure and frozen in, frozen out: memoized, since every status reply, Home and DM assesses every offer of
# the workspace on the same local day again (the policy's hash is computed once, ``Policy.__hash__``).
@lru_cache(maxsize=16384)
def assess(offer: Offer, today: date, policy: Policy = MPN_2021) -> Assessment:
    """Everything the bot says about one offer on ``today``; ``today`` is the workspace's local date."""
    deadline = last_day_to_renew(offer, policy)
    return Assessment(
        offer=offer,
        today=today,
        phase=phase_on(offer, today, policy),
        window_opens=window_opens(offer, policy),
        reminder_dates=tuple(
            offer.anniversary + timedelta(days=rule.offset_days) for rule in policy.reminders
        ),
        last_day_to_renew=deadline,
        benefits_lost_on=benefits_lost_on(offer, policy),
        next_anniversary=next_anniversary(offer, policy),
        days_to_deadline=(deadline - today).days,
    )
