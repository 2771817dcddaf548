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
