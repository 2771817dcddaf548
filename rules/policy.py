"""The seed page's policy as data.

Every number the bot reasons with lives here, not scattered through the code, so that a later programme
(Microsoft retired MPN competencies in October 2022) can be described by another ``Policy`` value instead
of another code path. Each field names the seed sentence it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from rules.competencies import COMPETENCIES_2021, Competency
from rules.offers import Kind


class ReminderKind(StrEnum):
    """The two reminders Microsoft sends and the bot mirrors; values are stable ledger keys."""

    BEFORE = "before"  # "Fifteen days before your anniversary date, Microsoft will remind you"
    AFTER = "after"  # "You will receive another reminder 23 days after your anniversary date."


@dataclass(frozen=True, slots=True)
class ReminderRule:
    """When a reminder is due and until when it still means something.

    ``offset_days`` is relative to the anniversary. ``meaningful_until_days`` is the last day (relative to
    the anniversary) on which sending it late still helps: a "your anniversary is coming" reminder is
    pointless once the anniversary has passed, a "renew now" reminder matters until the window closes.
    """

    kind: ReminderKind
    offset_days: int
    meaningful_until_days: int


@dataclass(frozen=True, slots=True)
class ExtensionProgram:
    """The COVID-19 extension (seed: "Responding to COVID-19: Microsoft Partner Network update").

    ``excluded_competencies`` holds competency names as ``Policy.competencies`` lists them; offers are
    matched to them with ``rules.names.match_competency``, so "Gold Cloud Business Applications",
    "CloudBusinessApplications" or "CBA" are recognised and a near miss is flagged, not waved through.
    """

    name: str
    anniversaries_from: date
    anniversaries_until: date  # inclusive: "between January 1, 2021 and June 30, 2021"
    kinds: frozenset[Kind]
    excluded_competencies: frozenset[str]
    requires_partner_center: bool
    fee_may_apply: bool
    info_url: str
    learn_more_url: str
    transition_url: str


@dataclass(frozen=True, slots=True)
class Policy:
    """A renewal policy. ``MPN_2021`` is the seed page; tests build variants with ``dataclasses.replace``."""

    name: str
    # "You have 30 days after your anniversary date to renew."
    grace_days: int = 30
    # Page description: "the renewal window begins with the purchase date plus one day".
    window_opens_after_days: int = 1
    # "When you renew during the renewal window, your new anniversary date will be 365 days after your
    # current anniversary." Days, not a calendar year.
    renewal_period_days: int = 365
    reminders: tuple[ReminderRule, ...] = field(
        default=(
            ReminderRule(ReminderKind.BEFORE, offset_days=-15, meaningful_until_days=0),
            ReminderRule(ReminderKind.AFTER, offset_days=23, meaningful_until_days=30),
        )
    )
    extension: ExtensionProgram | None = None
    # The competencies offers are matched against (``rules.competencies``: the one list).
    competencies: tuple[Competency, ...] = COMPETENCIES_2021
    # "Appropriate roles: MPN partner admin"
    acting_role: str = "MPN partner admin"
    competencies_url: str = "https://partner.microsoft.com/dashboard/mpn/program/competencies"
    membership_offers_url: str = "https://partner.microsoft.com/dashboard/mpn/membership/offers"
    # The policy is the key of the memoized rules (``assess``, ``extension_eligibility``), looked up for
    # every offer of every reply: its hash (18 competencies with their names) is computed once, not per call.
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare))
        )

    def __hash__(self) -> int:
        return self._hash

    def reminder_rule(self, kind: ReminderKind) -> ReminderRule:
        """The rule for one reminder kind (raises ``KeyError`` for a kind this policy does not send)."""
        for rule in self.reminders:
            if rule.kind == kind:
                return rule
        raise KeyError(kind)


COVID_19_EXTENSION = ExtensionProgram(
    name="COVID-19 extension",
    anniversaries_from=date(2021, 1, 1),
    anniversaries_until=date(2021, 6, 30),
    kinds=frozenset({Kind.COMPETENCY, Kind.ADVANCED_SPECIALIZATION}),
    # "except for the Cloud Business Applications competency"
    excluded_competencies=frozenset({"Cloud Business Applications"}),
    requires_partner_center=True,
    fee_may_apply=True,
    info_url="https://blogs.partner.microsoft.com/mpn/responding-to-covid-19-microsoft-partner-network/",
    learn_more_url="https://docs.microsoft.com/partner-center/partner-membership-center-retirement-faq",
    transition_url="https://partners.microsoft.com/partnerprogram/Welcome.aspx",
)

MPN_2021 = Policy(name="MPN 2021", extension=COVID_19_EXTENSION)
