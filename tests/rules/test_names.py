"""Matching offer names, as people type them, to the 2021 MPN competencies.

Eligibility for the COVID-19 extension depends on whether an offer *is* Cloud Business Applications (the
one excluded competency), so every spelling of it must be recognised, every near miss must be flagged as
uncertain, and no other competency may ever be taken for it. One test per variant, so a failure names the
spelling.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules import (
    CLOUD_BUSINESS_APPLICATIONS,
    COMPETENCIES_2021,
    MPN_2021,
    Competency,
    CompetencyMatch,
    MatchKind,
    match_competency,
)

CBA = CLOUD_BUSINESS_APPLICATIONS
BY_NAME = {c.name: c for c in COMPETENCIES_2021}


def exact(name: str) -> Competency:
    m = match_competency(name)
    assert m.kind is MatchKind.EXACT, (name, m)
    assert m.competency is not None
    return m.competency


# --- the data ----------------------------------------------------------------------------------------

SEED_CONTEXT_NAMES = [
    # shared/seed/CONTEXT.md, "Names": the 2021 competencies, each silver or gold
    "Application Development",
    "App Integration",
    "Cloud Platform",
    "DevOps",
    "Datacenter",
    "Cloud Business Applications",
    "Enterprise Resource Planning",
    "Project and Portfolio",
    "Data Analytics",
    "Data Platform",
    "Collaboration and Content",
    "Communications",
    "Cloud Productivity",
    "Enterprise Mobility Management",
    "Messaging",
    "Security",
    "Small and Midmarket Cloud Solutions",
    "Windows and Devices",
]


def test_the_list_holds_every_competency_the_seed_context_names() -> None:
    assert {exact(name).name for name in SEED_CONTEXT_NAMES} <= set(BY_NAME)
    assert len({exact(name) for name in SEED_CONTEXT_NAMES}) == len(SEED_CONTEXT_NAMES)


def test_the_list_also_holds_learning() -> None:
    """The Learning competency (training partners) existed in 2021 next to the 18 the context lists."""
    assert exact("Learning") is BY_NAME["Learning"]


def test_the_policy_uses_the_one_list() -> None:
    assert MPN_2021.competencies is COMPETENCIES_2021
    assert CBA in COMPETENCIES_2021


def test_names_are_unique_and_each_form_names_one_competency() -> None:
    assert len(BY_NAME) == len(COMPETENCIES_2021)
    for competency in COMPETENCIES_2021:
        for form in (competency.name, *competency.aliases):
            assert exact(form) is competency, form


def test_the_excluded_competency_is_data_in_the_policy() -> None:
    assert MPN_2021.extension is not None
    excluded = {exact(name) for name in MPN_2021.extension.excluded_competencies}
    assert excluded == {CBA}


# --- Cloud Business Applications: every spelling is certain ------------------------------------------

CBA_SPELLINGS = [
    # the five from the defect report
    "CloudBusinessApplications",
    "Gold Cloud Business Application",
    "Cloud Business Apps",
    "Cloud Business Applications (Gold)",
    "Gold Cloud Business Applications competency",
    # case, spacing, separators, punctuation
    "Cloud Business Applications",
    "cloud business applications",
    "CLOUD BUSINESS APPLICATIONS",
    "cLoUd BuSiNeSs ApPlIcAtIoNs",
    "cloudbusinessapplications",
    "CLOUDBUSINESSAPPLICATIONS",
    "  Cloud   Business\tApplications  ",
    "Cloud-Business-Applications",
    "cloud_business_applications",
    "Cloud.Business.Applications",
    "Cloud/Business/Applications",
    '"Cloud Business Applications"',
    "Cloud Business Applications.",
    "Cloud Busi ness Appli cations",
    # singular / plural / short forms
    "Cloud Business Application",
    "Cloud Business App",
    "CloudBusinessApps",
    "cloud business apps",
    # levels anywhere, in brackets, with "competency" in English or Dutch
    "Silver Cloud Business Applications",
    "Cloud Business Applications Gold",
    "Cloud Business Applications - Silver",
    "Cloud Business Applications – Gold",
    "Cloud Business Applications [Silver]",
    "Cloud Business Applications {Gold}",
    "Gold: Cloud Business Applications",
    "Cloud Gold Business Applications",
    "Gold Gold Cloud Business Applications",
    "Gold Competency: Cloud Business Applications",
    "Cloud Business Applications (Gold competency)",
    "Silver Cloud Business Applications Competency",
    "Cloud Business Applications competencies",
    "Competentie Cloud Business Applications",
    "Cloud Business Applications-competentie",
    "Gouden competentie Cloud Business Applications",
    "MPN Gold Cloud Business Applications",
    "Microsoft Cloud Business Applications",
    "GoldCloudBusinessApplications",
    "cloudbusinessapplicationsgold",
    # Unicode: accents, NFKC-equivalents, zero-width and invisible characters
    "Clóud Búsiness Applicâtions",
    "Ｃｌｏｕｄ Ｂｕｓｉｎｅｓｓ Ａｐｐｌｉｃａｔｉｏｎｓ",
    "Cloud\u00a0Business\u00a0Applications",
    "Cloud\u200bBusiness\u200bApplications",
    "Cloud Busi\u200bness Applications",
    "\ufeffCloud Business Applications",
    "Cloud Busi\u00adness Applications",
    "Cloud\u2003Business\u2003Applications",
    "Cloud Business Applicati\u006f\u0301ns",
    # the abbreviation
    "CBA",
    "cba",
    "C.B.A.",
    "C B A",
    "Gold CBA",
    "CBA (Silver)",
    "CBA competency",
    "CBAs",
]


@pytest.mark.parametrize("name", CBA_SPELLINGS)
def test_every_spelling_of_cloud_business_applications_is_certain(name: str) -> None:
    assert exact(name) is CBA


# --- near misses: probably CBA, never certain, never nothing -----------------------------------------

CBA_NEAR_MISSES = [
    "Cloud Busines Aplications",
    "Cloud Business Aplications",
    "Cloud Buisness Applications",
    "Cloud Bussiness Apps",
    "Clod Business Applications",
    "Cloud Business Applicatons",
    "CloudBusinesAplications",
    "Cloudbusinessaps",
    "CloudBusinessApplicationsPlus",
    "Cloud Busyness Applications",
    "Cloud Business App Solutions",
    "Cloud Business Applications Plus",
    "Cloud Business Applications 2021",
    "Cloud Business Applications (Dynamics 365)",
    "Business Applications",
    "Business Apps",
    "Cloud Business",
    "Cloud Applications",
    "CBA Plus",
    # a Cyrillic "а" looks like Latin "a" but is not NFKC-equivalent: a near miss, not certain
    "Cloud Business Applicаtions",
    # the competency's former name and its product words: probably CBA, not certain
    "Cloud Customer Relationship Management",
    "Cloud CRM",
    "CRM",
    "Dynamics CRM",
    "Dynamics 365",
    "Microsoft Dynamics 365 Sales",
    "D365",
    "Customer Engagement",
]


@pytest.mark.parametrize("name", CBA_NEAR_MISSES)
def test_near_misses_of_cloud_business_applications_are_close(name: str) -> None:
    m = match_competency(name)
    assert m.kind is MatchKind.CLOSE, m
    assert m.may_be(CBA)
    assert not m.is_certainly(CBA)


@pytest.mark.parametrize(
    "name", ["Cloud Busines Aplications", "Cloud Business App Solutions", "Cloud Business Applications Plus"]
)
def test_a_near_miss_names_cloud_business_applications_first(name: str) -> None:
    assert match_competency(name).competency is CBA


@pytest.mark.parametrize(
    ("name", "others"),
    [
        # Dynamics 365 was sold under both CBA (customer engagement) and ERP (finance and operations)
        ("Dynamics 365", {"Enterprise Resource Planning"}),
        # "Application" alone fits three competencies
        ("Applications", {"Application Development", "Application Integration"}),
        # "Business Applications Development": Application Development with an extra word, or the CBA
        # short name with one; the extension answer differs, so it is close to both and certain of neither
        ("Business Applications Development", {"Application Development"}),
        ("Cloud", {"Cloud Platform", "Cloud Productivity", "Small and Midmarket Cloud Solutions"}),
        ("Cloud Platform and Cloud Business Applications", {"Cloud Platform"}),
    ],
)
def test_ambiguous_names_list_every_candidate(name: str, others: set[str]) -> None:
    m = match_competency(name)
    assert m.kind is MatchKind.CLOSE
    assert m.may_be(CBA)
    assert others <= {c.name for c in m.candidates}


# --- other competencies: each in many forms, certain, and never CBA ----------------------------------


def _forms(name: str) -> list[str]:
    joined = name.replace(" ", "")
    return [
        name,
        name.lower(),
        name.upper(),
        joined,
        joined.lower(),
        f"Gold {name}",
        f"{name} Silver",
        f"{name} (Gold)",
        f"{name} competency",
        f"Silver competency: {name.lower()}",
        name.replace(" ", "-"),
    ]


OTHER_COMPETENCIES = [c.name for c in COMPETENCIES_2021 if c is not CBA]


@pytest.mark.parametrize("form", [f for n in OTHER_COMPETENCIES for f in _forms(n)])
def test_other_competencies_match_themselves_in_every_form_and_never_cba(form: str) -> None:
    m = match_competency(form)
    assert m.kind is MatchKind.EXACT, m
    assert m.competency is not None and m.competency is not CBA
    assert not m.may_be(CBA)


@pytest.mark.parametrize("form", _forms("Cloud Business Applications"))
def test_cba_matches_itself_in_the_same_forms(form: str) -> None:
    assert exact(form) is CBA


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AppDev", "Application Development"),
        ("App Dev", "Application Development"),
        ("Application Developments", "Application Development"),
        ("App Integration", "Application Integration"),
        ("Application Integrations", "Application Integration"),
        ("Data Center", "Datacenter"),
        ("Data Centre", "Datacenter"),
        ("Dev Ops", "DevOps"),
        ("ERP", "Enterprise Resource Planning"),
        ("EMM", "Enterprise Mobility Management"),
        ("Project and Portfolio", "Project and Portfolio Management"),
        ("Project & Portfolio Management", "Project and Portfolio Management"),
        ("PPM", "Project and Portfolio Management"),
        ("Collaboration & Content", "Collaboration and Content"),
        ("Collaboration + Content", "Collaboration and Content"),
        ("Communication", "Communications"),
        ("Windows and Device", "Windows and Devices"),
        ("Windows & Devices", "Windows and Devices"),
        ("Windows en Devices", "Windows and Devices"),
        ("Small and Mid-market Cloud Solutions", "Small and Midmarket Cloud Solutions"),
        ("Small & Midmarket Cloud Solution", "Small and Midmarket Cloud Solutions"),
        ("Data Analytic", "Data Analytics"),
        ("Gold Data Platform", "Data Platform"),
    ],
)
def test_aliases_and_abbreviations_of_other_competencies(name: str, expected: str) -> None:
    assert exact(name) is BY_NAME[expected]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Cloud Platfrom", "Cloud Platform"),
        ("Aplication Development", "Application Development"),
        ("Datacentre Services", "Datacenter"),
        ("Azure DevOps Services", "DevOps"),
        ("Low Code Application Development", "Application Development"),
        ("Enterprise Mobility", "Enterprise Mobility Management"),
        ("Securty", "Security"),
    ],
)
def test_near_misses_of_other_competencies_are_close_and_not_cba(name: str, expected: str) -> None:
    m = match_competency(name)
    assert m.kind is MatchKind.CLOSE, m
    assert m.competency is BY_NAME[expected]
    assert not m.may_be(CBA)


@pytest.mark.parametrize(
    "name",
    [
        # advanced specializations and other offers that are not competencies, some sharing words with CBA
        "Kubernetes on Azure",
        "Modernization of Web Applications to Microsoft Azure",
        "Windows Server and SQL Server Migration to Microsoft Azure",
        "Data Warehouse Migration to Microsoft Azure",
        "Identity and Access Management",
        "Threat Protection",
        "Modern Workplace",
        "Azure Virtual Desktop",
        "Business Intelligence",
        "Cloud Platform",
        "Cloud Productivity",
        "Application Development",
        "Enterprise Resource Planning",
    ],
)
def test_names_that_are_not_cba_are_never_taken_for_it(name: str) -> None:
    assert not match_competency(name).may_be(CBA)


@pytest.mark.parametrize(
    "name",
    ["Kubernetes on Azure", "Modern Workplace", "Threat Protection", "Azure", "xyz", "Teamwork Deployment"],
)
def test_unrelated_names_match_nothing(name: str) -> None:
    m = match_competency(name)
    assert m.kind is MatchKind.NONE
    assert m.competency is None and m.candidates == ()


@pytest.mark.parametrize("name", ["", "   ", "!!!", "Gold", "Silver competency", "(Gold)", "\u200b", "and"])
def test_names_with_nothing_but_noise_match_nothing(name: str) -> None:
    assert match_competency(name).kind is MatchKind.NONE


def test_the_answer_is_a_value() -> None:
    m = match_competency("Cloud Business Apps")
    assert m == match_competency("Cloud Business Apps")
    assert isinstance(m, CompetencyMatch)
    assert m.query == "Cloud Business Apps"
    assert m.candidates == (CBA,)
    assert m.kind == "exact"


def test_a_smaller_competency_list_is_honoured() -> None:
    only_cba = (CBA,)
    assert match_competency("Cloud Platform", only_cba).kind is MatchKind.NONE
    assert match_competency("CBA", only_cba).competency is CBA


# --- properties --------------------------------------------------------------------------------------

ALL_FORMS = [(c, form) for c in COMPETENCIES_2021 for form in (c.name, *c.aliases)]
NOISE = [
    "Gold",
    "Silver",
    "GOLD",
    "silver",
    "(Gold)",
    "[Silver]",
    "competency",
    "Competentie",
    "Gold competency",
]
SEPARATORS = [" ", "  ", "\t", "-", "_", "/", ".", ", ", " - ", "\u00a0", "\u200b", ""]


@st.composite
def disguised(draw: st.DrawFn) -> tuple[Competency, str]:
    """A known form of a competency, with levels and "competency" added between any words, every
    separator changed, the case of every letter changed and spaces added inside words."""
    competency, form = draw(st.sampled_from(ALL_FORMS))
    words: list[str] = []
    for word in re.findall(r"[^\W_]+|&|\+", form):
        if draw(st.booleans()):
            words.append(draw(st.sampled_from(NOISE)))
        cut = draw(st.integers(0, len(word)))
        words.extend([word[:cut], word[cut:]] if draw(st.booleans()) and 0 < cut < len(word) else [word])
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(NOISE)))
    text = ""
    for word in words:
        text += draw(st.sampled_from(SEPARATORS)) + word if text else word
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(ch.swapcase() if flip else ch for ch, flip in zip(text, flips, strict=True))
    return competency, text


@given(disguised())
def test_levels_case_and_spacing_never_change_the_match(case: tuple[Competency, str]) -> None:
    competency, text = case
    m = match_competency(text)
    assert m.kind is MatchKind.EXACT, (text, m)
    assert m.competency is competency


ascii_names = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ &-()0123"), max_size=40)


@given(ascii_names)
def test_case_never_changes_the_match_of_any_text(text: str) -> None:
    assert match_competency(text.upper()).candidates == match_competency(text.lower()).candidates
    assert match_competency(text.upper()).kind == match_competency(text).kind


@given(ascii_names, st.sampled_from(["  ", "\t", " \u00a0 "]))
def test_more_whitespace_never_changes_the_match_of_any_text(text: str, space: str) -> None:
    wider = f"{space}{text.replace(' ', space)}{space}"
    assert match_competency(wider).candidates == match_competency(text).candidates
    assert match_competency(wider).kind == match_competency(text).kind


@given(ascii_names, st.sampled_from(NOISE), st.data())
def test_a_level_added_between_words_never_changes_the_match_of_any_text(
    text: str, level: str, data: st.DataObject
) -> None:
    words = text.split(" ")
    at = data.draw(st.integers(0, len(words)))
    leveled = " ".join([*words[:at], level, *words[at:]])
    assert match_competency(leveled).kind == match_competency(text).kind
    assert match_competency(leveled).candidates == match_competency(text).candidates


@given(st.text(max_size=60))
def test_any_text_gets_a_consistent_answer(text: str) -> None:
    m = match_competency(text)
    if m.kind is MatchKind.NONE:
        assert m.candidates == () and m.competency is None
    elif m.kind is MatchKind.EXACT:
        assert len(m.candidates) == 1 and m.is_certainly(m.candidates[0])
    else:
        assert m.candidates and len(set(m.candidates)) == len(m.candidates)
        assert not any(m.is_certainly(c) for c in m.candidates)
