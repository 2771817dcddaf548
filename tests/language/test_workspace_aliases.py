"""The workspace's own aliases (``/mpn alias``) as the DM reader reads them, among several offers: any word
names its offer, and an alias made of another offer's name words names nothing (it would take that name's
words from it)."""

from __future__ import annotations

import pytest

from bot.language.reader import understand

OFFERS = (
    "Security",
    "Data Analytics",
    "Cloud Platform",
    "Gold Cloud Business Applications",
    "Kubernetes on Azure",
)


@pytest.mark.parametrize(
    ("alias", "offer", "message"),
    [
        ("kaas", "Kubernetes on Azure", "when is kaas due?"),  # a word of another trade (cheese)
        ("zorblax", "Security", "wanneer moet zorblax verlengd worden?"),  # a word nobody knows
        ("de wolk", "Cloud Platform", "hoeveel dagen heeft de wolk nog?"),  # two words
        ("appie", "Data Analytics", "when do we lose appie"),
        ("bewaker", "Security", "are we still covered for BEWAKER on 1 May?"),
    ],
)
def test_a_workspace_alias_names_its_offer_among_several(alias: str, offer: str, message: str) -> None:
    assert understand(message, OFFERS, [(alias, offer)]).offer == offer
    assert understand(message, OFFERS).offer != offer  # it is the alias that names it


@pytest.mark.parametrize(
    ("alias", "target", "name"),
    [
        ("data", "Security", "Data Analytics"),
        ("cloud business", "Cloud Platform", "Gold Cloud Business Applications"),
    ],
)
def test_an_alias_of_another_offers_name_words_leaves_that_name_alone(
    alias: str, target: str, name: str
) -> None:
    """Stored before ``/mpn alias`` refused them, such aliases must not turn "Data Analytics" into Security."""
    assert understand(f"when is {name} due?", OFFERS, [(alias, target)]).offer == name
    assert understand(f"when is {alias} due?", OFFERS, [(alias, target)]).offer != target
