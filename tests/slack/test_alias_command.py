"""``/mpn alias``: the workspace's own names for its offers, which DMs then understand (issue 14)."""

from __future__ import annotations

import pytest

from bot.core.errors import UserError
from bot.slash.aliases import parse_alias
from tests.harness import DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.language.test_dm import answers_in, dm


@pytest.mark.parametrize(
    ("typed", "name", "alias"),
    [
        ("Kubernetes on Azure k8s", "Kubernetes on Azure", "k8s"),
        ("Gold Cloud Business Applications = de gouden", "Gold Cloud Business Applications", "de gouden"),
        ('Cloud Platform "het platform"', "Cloud Platform", "het platform"),
        ("Security als beveiligingsding", "Security", "beveiligingsding"),
    ],
)
def test_the_alias_is_the_last_word_or_what_follows_the_sign(typed: str, name: str, alias: str) -> None:
    request = parse_alias(typed, "en", None)  # type: ignore[arg-type]  # no dates read
    assert request.args == {"action": "add", "name": name, "alias": alias} and request.changes


@pytest.mark.parametrize("typed", ["k8s", "remove", "= k8s"])
def test_half_an_alias_gets_the_usage(typed: str) -> None:
    with pytest.raises(UserError) as err:
        parse_alias(typed, "en", None)  # type: ignore[arg-type]
    assert err.value.key == "alias.usage"


def test_an_admin_adds_lists_and_removes_an_alias_and_dms_understand_it(bot: Harness) -> None:
    bot.command("add specialization Kubernetes on Azure 2021-04-01", user=PARTNER)
    bot.command("add Security 2021-09-15", user=PARTNER)  # two offers: the DM must read the alias
    assert (
        "“kaas” now means *Kubernetes on Azure*"
        in bot.command("alias Kubernetes on Azure kaas", user=PARTNER).text
    )
    assert "“kaas” → *Kubernetes on Azure*" in bot.command("alias", user=MEMBER).text
    bot.event(dm(bot, "when is kaas due?", user=MEMBER))
    (reply,) = answers_in(bot, MEMBER)
    assert "*Kubernetes on Azure*" in reply
    assert bot.store.workspace(TEAM).audit_log(limit=1)[0].action == "alias_add"
    assert "no longer means" in bot.command("alias remove kaas", user=PARTNER).text
    assert bot.store.workspace(TEAM).offer_aliases() == []


def test_a_member_cannot_add_an_alias(bot: Harness) -> None:
    bot.command("add Security 2021-09-15", user=PARTNER)
    assert "Only MPN partner admins" in bot.command("alias Security sec", user=MEMBER).text
    assert bot.store.workspace(TEAM).offer_aliases() == []


def test_refusals_in_dutch(bot: Harness) -> None:
    bot.command("add Security 2021-09-15", user=PARTNER)
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("alias Security beveiliging", user=DUTCH)
    assert "betekent al *Security*" in bot.command("bijnaam Cloud Platform beveiliging", user=DUTCH).text
    assert "is al de naam van *Security*" in bot.command("bijnaam Cloud Platform security", user=DUTCH).text
    assert "Er is geen bijnaam" in bot.command("bijnaam verwijder niets", user=DUTCH).text


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        (":shield:", "alias.unreadable"),  # an emoji code: the reader drops it
        ("<@U0123ABCD>", "alias.unreadable"),  # a mention
        ("<https://partner.microsoft.com|pc>", "alias.unreadable"),  # a link: its label is a word, but…
        ("2021", "alias.unreadable"),  # a number alone
        ("status", "alias.unreadable"),  # a word the reader takes as a question
        ("data", "alias.reads_as_other"),  # a word of Data Analytics' name
        ("cloud", "alias.reads_as_several"),  # a word of two names
    ],
)
def test_an_alias_a_dm_would_not_read_as_its_offer_is_refused_saying_why(
    bot: Harness, alias: str, key: str
) -> None:
    """ "now means Security when you ask me in a DM" must be true: the alias is read as a DM would be."""
    for command in (
        "add Security 2021-09-15",
        "add Data Analytics 2021-02-10",
        "add Cloud Platform 2021-03-10",
    ):
        bot.command(command, user=PARTNER)
    bot.command("add Gold Cloud Business Applications 2021-03-01", user=PARTNER)
    ws = bot.store.workspace(TEAM)
    before = ws.audit_log(limit=1)[0]
    target = "Cloud Platform" if alias == "cloud" else "Security"
    reply = bot.command(f"alias {target} {alias}", user=PARTNER).text
    assert "now means" not in reply and "didn't add it" in reply, reply
    first_words = {"alias.unreadable": "I wouldn't recognise", "alias.reads_as_other": "I would read"}
    assert first_words.get(key, "would fit several offers") in reply, reply
    assert ws.offer_aliases() == [] and ws.audit_log(limit=1)[0] == before


def test_an_unreadable_alias_is_refused_in_dutch(bot: Harness) -> None:
    bot.command("add Security 2021-09-15", user=PARTNER)
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    reply = bot.command("bijnaam Security :shield:", user=DUTCH).text
    assert "niet herkennen als *Security*" in reply and "niet toegevoegd" in reply, reply
    assert bot.store.workspace(TEAM).offer_aliases() == []
