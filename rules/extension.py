"""COVID-19 extension eligibility, with every reason that applies and what to do next.

Reasons and steps are codes plus data (URLs, dates), never sentences: the bot renders them in the reader's
language, and the same answer serves ``/mpn extension``, DMs and reminder posts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rules.competencies import Competency
from rules.names import CompetencyMatch, MatchKind, match_competency
from rules.offers import Kind, Offer
from rules.policy import MPN_2021, Policy


class Reason(StrEnum):
    """Why an offer is not eligible. Several may apply at once; all are reported."""

    NO_PROGRAM = "no_extension_program"
    OUTSIDE_PERIOD = "anniversary_outside_extension_period"
    KIND_NOT_COVERED = "kind_not_covered"
    CBA_EXCLUDED = "cloud_business_applications_excluded"
    # The name is close to Cloud Business Applications but not certainly it ("Cloud Busines Aplications",
    # "Business Applications", "Dynamics 365"): calling it eligible could cost the competency, calling it
    # excluded could be wrong too, so the partner is asked to check the name.
    MAY_BE_CBA = "name_may_be_cloud_business_applications"
    NOT_IN_PARTNER_CENTER = "membership_not_in_partner_center"


class Step(StrEnum):
    """What the partner admin does next, in order (seed: "How to view competency renewal information")."""

    MOVE_TO_PARTNER_CENTER = "move_membership_to_partner_center"
    OPEN_COMPETENCIES = "open_competencies_page"
    SELECT_OFFER = "select_your_offer"
    OPEN_MEMBERSHIP_OFFERS = "open_membership_offers"
    PAY_FEE_IF_ASKED = "pay_fee_if_asked"
    RENEW_IN_WINDOW = "renew_in_window"


@dataclass(frozen=True, slots=True)
class NextStep:
    step: Step
    url: str | None = None
    extra_urls: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Eligibility:
    """``eligible`` is true exactly when ``reasons`` is empty. ``competency`` is how the offer's name
    matched the policy's competencies (None for an advanced specialization or without a programme)."""

    offer: Offer
    eligible: bool
    reasons: tuple[Reason, ...]
    fee_may_apply: bool
    next_steps: tuple[NextStep, ...]
    info_url: str | None
    competency: CompetencyMatch | None = None


@lru_cache(maxsize=8)
def _excluded(policy: Policy) -> frozenset[Competency]:
    """The programme's excluded competencies, each name read with the matcher (so a policy may spell
    them as people do). A name that is not certainly one of ``policy.competencies`` is a policy error."""
    program = policy.extension
    if program is None:
        return frozenset()
    found = set()
    for name in program.excluded_competencies:
        match = match_competency(name, policy.competencies)
        if match.kind is not MatchKind.EXACT or match.competency is None:
            raise ValueError(f"excluded competency {name!r} is not one of the policy's competencies")
        found.add(match.competency)
    return frozenset(found)


def _competency_match(offer: Offer, policy: Policy) -> CompetencyMatch | None:
    """Only competencies are matched: the exclusion is for "the Cloud Business Applications competency",
    and every advanced specialization is covered whatever its name."""
    if offer.kind != Kind.COMPETENCY:
        return None
    return match_competency(offer.name, policy.competencies)


def is_excluded_competency(offer: Offer, policy: Policy = MPN_2021) -> bool:
    """The offer is certainly a competency the extension excludes (not merely close to one)."""
    match = _competency_match(offer, policy)
    return match is not None and match.kind is MatchKind.EXACT and match.competency in _excluded(policy)


def may_be_excluded_competency(offer: Offer, policy: Policy = MPN_2021) -> bool:
    """The offer's name is close to an excluded competency without certainly being it."""
    match = _competency_match(offer, policy)
    return (
        match is not None
        and match.kind is MatchKind.CLOSE
        and any(match.may_be(c) for c in _excluded(policy))
    )


# Pure, frozen in and frozen out, and asked for every offer of every status reply: memoized (the name
# matching and the excluded set behind it cost more than the lookup; ``Policy.__hash__`` is cached).
@lru_cache(maxsize=16384)
def extension_eligibility(
    offer: Offer, moved_to_partner_center: bool, policy: Policy = MPN_2021
) -> Eligibility:
    """Whether the extension applies to ``offer`` and, if not, every reason why.

    Only the membership move is something the partner can still fix, so when it is the *only* reason the
    steps start with the move and continue with the extension steps; otherwise the steps are the ordinary
    renewal inside the window.
    """
    program = policy.extension
    if program is None:
        return Eligibility(offer, False, (Reason.NO_PROGRAM,), False, _renew_steps(policy), None)
    reasons: list[Reason] = []
    if not program.anniversaries_from <= offer.anniversary <= program.anniversaries_until:
        reasons.append(Reason.OUTSIDE_PERIOD)
    if offer.kind not in program.kinds:
        reasons.append(Reason.KIND_NOT_COVERED)
    match = _competency_match(offer, policy)
    excluded = _excluded(policy)
    if match is not None and match.kind is MatchKind.EXACT and match.competency in excluded:
        reasons.append(Reason.CBA_EXCLUDED)
    elif match is not None and match.kind is MatchKind.CLOSE and any(match.may_be(c) for c in excluded):
        reasons.append(Reason.MAY_BE_CBA)
    if program.requires_partner_center and not moved_to_partner_center:
        reasons.append(Reason.NOT_IN_PARTNER_CENTER)

    extension_steps = (
        NextStep(Step.OPEN_COMPETENCIES, policy.competencies_url),
        NextStep(Step.SELECT_OFFER),
        NextStep(Step.OPEN_MEMBERSHIP_OFFERS, policy.membership_offers_url),
        *((NextStep(Step.PAY_FEE_IF_ASKED),) if program.fee_may_apply else ()),
    )
    if not reasons:
        steps = extension_steps
    elif reasons == [Reason.NOT_IN_PARTNER_CENTER]:
        move = NextStep(
            Step.MOVE_TO_PARTNER_CENTER, program.transition_url, extra_urls=(program.learn_more_url,)
        )
        steps = (move, *extension_steps)
    else:
        steps = _renew_steps(policy)
    return Eligibility(
        offer=offer,
        eligible=not reasons,
        reasons=tuple(reasons),
        fee_may_apply=program.fee_may_apply,
        next_steps=steps,
        info_url=program.info_url,
        competency=match,
    )


def _renew_steps(policy: Policy) -> tuple[NextStep, ...]:
    return (NextStep(Step.RENEW_IN_WINDOW, policy.competencies_url),)
