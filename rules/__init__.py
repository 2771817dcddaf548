"""The renewal rules of the seed page, as pure functions over dates.

No I/O, no clock, no Slack, no SQLite: ``today`` is always an argument. Everything in the bot that speaks
about a date asks this package.
"""

from rules.assessment import (
    Assessment,
    Phase,
    assess,
    benefits_lost_on,
    last_day_to_renew,
    next_anniversary,
    phase_on,
    window_opens,
)
from rules.competencies import CLOUD_BUSINESS_APPLICATIONS, COMPETENCIES_2021, Competency
from rules.errors import RenewalError, RulesError
from rules.extension import (
    Eligibility,
    NextStep,
    Reason,
    Step,
    extension_eligibility,
    is_excluded_competency,
    may_be_excluded_competency,
)
from rules.names import (
    CompetencyMatch,
    MatchKind,
    SameName,
    loose_key,
    match_competency,
    normalize_name,
    same_offer_name,
)
from rules.offers import Kind, Offer
from rules.policy import COVID_19_EXTENSION, MPN_2021, ExtensionProgram, Policy, ReminderKind, ReminderRule
from rules.renewal import renew
from rules.timeline import DueReminder, Event, EventKind, reminders, timeline

__all__ = [
    "CLOUD_BUSINESS_APPLICATIONS",
    "COMPETENCIES_2021",
    "COVID_19_EXTENSION",
    "MPN_2021",
    "Assessment",
    "Competency",
    "CompetencyMatch",
    "DueReminder",
    "Eligibility",
    "Event",
    "EventKind",
    "ExtensionProgram",
    "Kind",
    "MatchKind",
    "NextStep",
    "Offer",
    "Phase",
    "Policy",
    "Reason",
    "ReminderKind",
    "ReminderRule",
    "RenewalError",
    "RulesError",
    "Step",
    "assess",
    "benefits_lost_on",
    "extension_eligibility",
    "is_excluded_competency",
    "last_day_to_renew",
    "match_competency",
    "may_be_excluded_competency",
    "next_anniversary",
    "normalize_name",
    "loose_key",
    "same_offer_name",
    "SameName",
    "phase_on",
    "reminders",
    "renew",
    "timeline",
    "window_opens",
]
