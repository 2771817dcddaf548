"""The COVID-19 extension and the names people give Cloud Business Applications.

Seed: "Microsoft is offering competency extension (except for the Cloud Business Applications competency)
and advanced specialization extension for partners with anniversary dates between January 1, 2021 and
June 30, 2021." Telling a partner that a CBA competency "qualifies" costs them the competency, so a name
that is certainly CBA is excluded and a name that may be CBA is never called eligible.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.catalogue import MESSAGES
from rules import (
    CLOUD_BUSINESS_APPLICATIONS,
    COMPETENCIES_2021,
    Kind,
    MatchKind,
    Offer,
    Reason,
    extension_eligibility,
    is_excluded_competency,
)
from tests.rules.test_names import CBA_NEAR_MISSES, CBA_SPELLINGS

IN_PERIOD = date(2021, 3, 1)


def competency(name: str, anniversary: date = IN_PERIOD) -> Offer:
    return Offer(name, Kind.COMPETENCY, anniversary)


@pytest.mark.parametrize("name", CBA_SPELLINGS)
def test_every_spelling_of_cba_is_excluded(name: str) -> None:
    e = extension_eligibility(competency(name), moved_to_partner_center=True)
    assert not e.eligible
    assert e.reasons == (Reason.CBA_EXCLUDED,)
    assert is_excluded_competency(competency(name))
    assert e.competency is not None and e.competency.kind is MatchKind.EXACT


@pytest.mark.parametrize("name", CBA_NEAR_MISSES)
def test_a_name_that_may_be_cba_never_qualifies(name: str) -> None:
    e = extension_eligibility(competency(name), moved_to_partner_center=True)
    assert not e.eligible
    assert e.reasons == (Reason.MAY_BE_CBA,)
    assert Reason.CBA_EXCLUDED not in e.reasons
    assert not is_excluded_competency(competency(name))
    assert e.competency is not None and e.competency.kind is MatchKind.CLOSE


def test_the_new_reason_value_is_stable() -> None:
    """Reason values are keys of the message catalogue and may be logged: they never change."""
    assert Reason.MAY_BE_CBA == "name_may_be_cloud_business_applications"
    assert Reason.CBA_EXCLUDED == "cloud_business_applications_excluded"


def test_may_be_cba_is_reported_with_the_other_reasons_in_order() -> None:
    e = extension_eligibility(competency("Cloud Busines Aplications", date(2022, 1, 1)), False)
    assert e.reasons == (
        Reason.OUTSIDE_PERIOD,
        Reason.MAY_BE_CBA,
        Reason.NOT_IN_PARTNER_CENTER,
    )


def test_may_be_cba_steps_are_the_ordinary_renewal() -> None:
    """If it is CBA the partner must renew in the window: the safe step whatever the name turns out to be."""
    e = extension_eligibility(competency("Cloud Business Aplications"), True)
    assert [s.step.value for s in e.next_steps] == ["renew_in_window"]


@pytest.mark.parametrize("name", [c.name for c in COMPETENCIES_2021 if c is not CLOUD_BUSINESS_APPLICATIONS])
@pytest.mark.parametrize("level", ["", "Gold ", "Silver "])
def test_every_other_competency_qualifies(name: str, level: str) -> None:
    e = extension_eligibility(competency(level + name), True)
    assert e.eligible and e.reasons == ()


@pytest.mark.parametrize(
    "name", ["Cloud Platfrom", "Azure DevOps Services", "Kubernetes on Azure", "Modern Workplace"]
)
def test_names_close_to_other_competencies_or_to_none_still_qualify(name: str) -> None:
    assert extension_eligibility(competency(name), True).eligible


@pytest.mark.parametrize("name", ["Cloud Business Applications", "CBA", "Cloud Busines Aplications"])
def test_advanced_specializations_are_covered_whatever_their_name(name: str) -> None:
    """The exclusion is for the CBA *competency*; advanced specializations are all covered."""
    offer = Offer(name, Kind.ADVANCED_SPECIALIZATION, IN_PERIOD)
    assert extension_eligibility(offer, True).eligible


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_has_a_message_in_both_languages_without_placeholders(reason: Reason) -> None:
    """bot/render renders ``t("reason." + value)`` with no parameters."""
    entry = MESSAGES[f"reason.{reason.value}"]
    assert entry["en"].strip() and entry["nl"].strip()
    assert "{" not in entry["en"] and "{" not in entry["nl"]
