"""The -15 and +23 day reminders: what is due (``sweep``), sending it (``delivery``), the timer and the
single-sender lease (``scheduler``), settings (``config``) and local dates (``timing``).

``for_single_token`` wires them for ``mpn-bot run`` / ``mpn-bot sweep`` with one ``SLACK_BOT_TOKEN``.
"""

from __future__ import annotations

from bot.clock import Clock
from bot.reminders.config import ReminderConfig, clock_from_env
from bot.reminders.delivery import Delivery, DeliveryError, SingleTokenDirectory, SlackDelivery
from bot.reminders.scheduler import SENDER_LEASE, ReminderScheduler, default_holder
from bot.reminders.sweep import Sweeper, SweepReport
from bot.settings import Settings
from storage import Store

__all__ = [
    "SENDER_LEASE",
    "Delivery",
    "DeliveryError",
    "ReminderConfig",
    "ReminderScheduler",
    "SingleTokenDirectory",
    "SlackDelivery",
    "SweepReport",
    "Sweeper",
    "clock_from_env",
    "default_holder",
    "for_single_token",
]


def for_single_token(
    settings: Settings, store: Store, clock: Clock, config: ReminderConfig | None = None
) -> ReminderScheduler:
    """The scheduler (and its sweeper) for a bot with one configured bot token."""
    config = config or ReminderConfig()
    holder = default_holder()
    delivery = None
    if settings.bot_token:
        delivery = SlackDelivery(
            SingleTokenDirectory(settings.bot_token, settings.slack_api_url), base_url=settings.slack_api_url
        )
    sweeper = Sweeper(
        store, delivery, clock, claimer=holder, claim_lease_seconds=config.claim_lease_seconds, workers=config.workers
    )
    return ReminderScheduler(
        sweeper,
        store,
        interval_seconds=config.interval_seconds,
        lease_seconds=config.sender_lease_seconds,
        holder=holder,
    )
