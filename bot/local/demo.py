"""The demo workspace the local console starts with: offers in every phase, and the COVID-19 extension's
cases (eligible, excluded Cloud Business Applications, anniversary outside the period), as of the
console's start day, 20 March 2021 -- the seed page's own time."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.local.slack import SlackServer
from storage import Store

TEAM = "T0DEMO"
TOKEN = "xoxb-local-demo"
YOU = "UYOU"  # an MPN partner admin
SAM = "USAM"  # a member, for ":as sam"
CHANNEL = "CRENEWALS"
START = datetime(2021, 3, 20, 9, 30, tzinfo=UTC)
OFFERS = [
    ("Cloud Platform", "competency", date(2021, 3, 10)),  # renewal window open, extension applies
    ("Gold Cloud Business Applications", "competency", date(2021, 3, 1)),  # window open, extension excluded
    ("Kubernetes on Azure", "advanced_specialization", date(2021, 4, 1)),  # due soon (-15 reminder sent)
    ("Data Analytics", "competency", date(2021, 2, 10)),  # not renewed in time: lost
    ("Security", "competency", date(2021, 9, 15)),  # active; anniversary outside the extension period
]
NAMES = {YOU: "you", SAM: "sam", CHANNEL: "mpn-renewals", "U0BOT": "MPN Renewals"}


def populate_slack(slack: SlackServer, locale: str = "en-US") -> None:
    slack.add_workspace(TEAM, name="Contoso (demo)", bot_token=TOKEN, time_zone="Europe/Amsterdam")
    slack.add_user(TEAM, YOU, name="you", locale=locale, tz="Europe/Amsterdam", is_admin=True)
    slack.add_user(TEAM, SAM, name="sam", locale=locale, tz="Europe/Amsterdam")
    slack.add_channel(TEAM, CHANNEL, name="mpn-renewals")


def populate_store(store: Store) -> None:
    if store.has_workspace(TEAM):
        return
    store.install_workspace(TEAM, name="Contoso (demo)", time_zone="Europe/Amsterdam", installer_user_id=YOU)
    ws = store.workspace(TEAM)
    ws.update_settings(YOU, reminder_channel=CHANNEL, moved_to_partner_center=True)
    for name, kind, anniversary in OFFERS:
        ws.add_offer(name, kind, anniversary, actor=YOU)
