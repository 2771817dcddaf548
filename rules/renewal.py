"""Renewing an offer inside its window."""

from __future__ import annotations

import dataclasses
from datetime import date

from rules.assessment import last_day_to_renew, next_anniversary, window_opens
from rules.errors import RenewalError
from rules.offers import Offer
from rules.policy import MPN_2021, Policy


def renew(offer: Offer, on: date, policy: Policy = MPN_2021) -> Offer:
    """The offer after renewing on ``on``: its anniversary moves ``renewal_period_days`` on from the
    *current* anniversary (not from the renewal day), as the seed says.

    Raises ``RenewalError`` with code ``window_not_open`` before the window opens (including on the
    anniversary day itself, since the window opens the day after) and ``window_closed`` after the last
    day, so the bot never records a renewal Partner Center would not accept.
    """
    opens, closes = window_opens(offer, policy), last_day_to_renew(offer, policy)
    if on < opens:
        raise RenewalError(
            "window_not_open", opens, f"{offer.name}: the renewal window opens on {opens.isoformat()}"
        )
    if on > closes:
        raise RenewalError(
            "window_closed", closes, f"{offer.name}: the renewal window closed after {closes.isoformat()}"
        )
    return dataclasses.replace(offer, anniversary=next_anniversary(offer, policy))
