"""The -15 and +23 day reminders: what is due (``sweep``), sending it (``delivery``), the timer and the
single-sender lease (``scheduler``), settings (``config``) and local dates (``timing``).

``for_settings`` wires them for ``mpn-bot run`` / ``mpn-bot sweep``: one ``SLACK_BOT_TOKEN``, or every
workspace's own token from the OAuth installation store.
"""

from __future__ import annotations

from bot.reminders.config import ReminderConfig, clock_from_env
from bot.reminders.delivery import (
    Delivery,
    DeliveryError,
    InstallationTokens,
    SingleTokenDirectory,
    SlackDelivery,
    TokenFor,
)
from bot.reminders.scheduler import SENDER_LEASE, ReminderScheduler, default_holder
from bot.reminders.sweep import Sweeper, SweepReport
from bot.runtime.clock import Clock
from bot.runtime.config import Settings
from storage import Store

__all__ = [
    "SENDER_LEASE",
    "Delivery",
    "DeliveryError",
    "InstallationTokens",
    "ReminderConfig",
    "ReminderScheduler",
    "SingleTokenDirectory",
    "SlackDelivery",
    "SweepReport",
    "Sweeper",
    "clock_from_env",
    "default_holder",
    "for_settings",
]


def token_source(settings: Settings, store: Store) -> TokenFor | None:
    """Where each workspace's bot token comes from: the OAuth installation store, the one configured bot
    token, or nowhere (the token-less local mode)."""
    if settings.mode == "oauth":
        from bot.runtime.oauth import installation_store

        return InstallationTokens(installation_store(settings), store)
    if settings.bot_token:
        return SingleTokenDirectory(settings.bot_token, settings.slack_api_url)
    return None


def for_settings(
    settings: Settings, store: Store, clock: Clock, config: ReminderConfig | None = None
) -> ReminderScheduler:
    """The scheduler (and its sweeper) for the process's settings."""
    config = config or ReminderConfig()
    holder = default_holder()
    tokens = token_source(settings, store)
    delivery = SlackDelivery(tokens, base_url=settings.slack_api_url) if tokens is not None else None
    sweeper = Sweeper(
        store,
        delivery,
        clock,
        claimer=holder,
        claim_lease_seconds=config.claim_lease_seconds,
        workers=config.workers,
        retry_base_seconds=config.interval_seconds,
    )
    return ReminderScheduler(
        sweeper,
        store,
        interval_seconds=config.interval_seconds,
        lease_seconds=config.sender_lease_seconds,
        holder=holder,
    )
