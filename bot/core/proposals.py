"""Changes typed as direct messages ("we renewed X yesterday", "add Security, anniversary 1 May", "change X's
anniversary to 1 March"): a proposal first, the change only after an MPN partner admin's click.

A proposal checks what it can before anything is shown (the day is not in the future, the window holds it,
the anniversary is plausible, the offer exists or, for an addition, does not), and carries what the click
must find unchanged: the workspace, the offer's id and the anniversary the proposal was about. ``execute``
refuses a click whose workspace is not the clicker's (another workspace's ids in a forged value) or whose
offer moved since (another admin renewed, corrected or removed it), and otherwise runs the same answer
functions as ``/mpn renew``, ``/mpn add`` and ``/mpn fix``, so storage writes the same audit rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

import rules
from bot.core import answers
from bot.core.errors import UserError
from storage import StorageError, WorkspaceStore

Change = Literal["renew", "add", "fix"]
_VERSION = "v1"


@dataclass(frozen=True, slots=True)
class Proposal:
    """One change waiting for its click. ``anniversary`` is the offer's anniversary when proposed (renew,
    fix); ``day`` the renewal day, the new offer's anniversary, or the corrected anniversary."""

    change: Change
    team_id: str
    name: str
    day: date
    offer_id: int | None = None
    anniversary: date | None = None
    kind: rules.Kind = rules.Kind.COMPETENCY

    def value(self) -> str:
        """The button value: everything ``parse`` needs, the offer name last (it may hold ``|``)."""
        parts = [
            _VERSION,
            self.team_id,
            self.change,
            str(self.offer_id or ""),
            self.anniversary.isoformat() if self.anniversary else "",
            self.day.isoformat(),
            self.kind.value,
            self.name,
        ]
        return "|".join(parts)


def parse(value: str) -> Proposal | None:
    """The proposal a button value holds, or None for anything ``Proposal.value`` did not write."""
    parts = (value or "").split("|", 7)
    if len(parts) != 8 or parts[0] != _VERSION or parts[2] not in ("renew", "add", "fix"):
        return None
    _, team, change, offer_id, anniversary, day, kind, name = parts
    try:
        return Proposal(
            change=change,  # type: ignore[arg-type]  # checked against the three above
            team_id=team,
            name=name,
            day=date.fromisoformat(day),
            offer_id=int(offer_id) if offer_id else None,
            anniversary=date.fromisoformat(anniversary) if anniversary else None,
            kind=rules.Kind(kind),
        )
    except ValueError:
        return None


def propose_renewal(ws: WorkspaceStore, name: str, on: date, today: date) -> Proposal:
    """ "We renewed X on ...": refused now if it could not be recorded (a future day, outside the window)."""
    if on > today:
        raise UserError("renew.future_date", date=on)
    offer = ws.find_offer(name)
    current = offer.to_offer()
    opens, closes = rules.window_opens(current), rules.last_day_to_renew(current)
    if on > closes:
        raise UserError(
            "renew.window_closed", name=offer.name, closed=closes, lost_on=rules.benefits_lost_on(current)
        )
    if on < opens:
        if opens <= today:
            raise UserError("renew.before_window", name=offer.name, date=on, opens=opens)
        raise UserError("renew.window_opens", name=offer.name, opens=opens)
    return Proposal("renew", ws.team_id, offer.name, on, offer.id, offer.anniversary, offer.kind)


def propose_fix(ws: WorkspaceStore, name: str, anniversary: date, today: date) -> Proposal:
    answers.check_anniversary(anniversary, today)
    offer = ws.find_offer(name)
    return Proposal("fix", ws.team_id, offer.name, anniversary, offer.id, offer.anniversary, offer.kind)


def propose_add(ws: WorkspaceStore, name: str, anniversary: date, today: date, kind: rules.Kind) -> Proposal:
    answers.check_anniversary(anniversary, today)
    existing = [o.name for o in ws.offers() if rules.same_offer_name(name, o.name) is not None]
    if existing:
        raise UserError("dm.add_exists", name=existing[0])
    return Proposal("add", ws.team_id, name, anniversary, kind=kind)


@dataclass(frozen=True, slots=True)
class Done:
    """What a confirmed proposal did: the answer ``/mpn`` would have rendered."""

    change: Change
    renewal: answers.RenewalAnswer | None = None
    added: answers.OfferView | None = None


def execute(ws: WorkspaceStore, proposal: Proposal, *, actor: str, today: date) -> Done:
    """Carry out a clicked proposal, or refuse it as stale (``confirm.stale``) when its workspace is not
    this one or its offer is gone or moved since it was shown."""
    if proposal.team_id != ws.team_id:
        raise UserError("confirm.stale")
    if proposal.change == "add":
        return Done(
            "add",
            added=answers.add_offer(
                ws, actor=actor, kind=proposal.kind, name=proposal.name, anniversary=proposal.day, today=today
            ),
        )
    if proposal.offer_id is None:
        raise UserError("confirm.stale")
    try:
        offer = ws.offer(proposal.offer_id)
    except StorageError:
        raise UserError("confirm.stale") from None
    if offer.anniversary != proposal.anniversary:
        raise UserError("confirm.stale")
    if proposal.change == "renew":
        return Done(
            "renew",
            renewal=answers.renew_offer(ws, actor=actor, name=offer.name, on=proposal.day, today=today),
        )
    fixed = answers.correct_anniversary(
        ws, actor=actor, name=offer.id, anniversary=proposal.day, today=today, confirmed=True
    )
    assert isinstance(fixed, answers.RenewalAnswer)  # by id with confirmed=True it never asks
    return Done("fix", renewal=fixed)


# --- the name of an offer to add, from the message ----------------------------------------------------

_CUT: re.Pattern[str] = re.compile(
    r"[,;:(]|\b(?:anniversary|jubileum|jubileumdatum|anniversary date|with|met|per|on|op|as of|from|vanaf|"
    r"starting|renewal|due)\b",
    re.IGNORECASE,
)
_LEAD: re.Pattern[str] = re.compile(
    r"^\s*(?:(?:please|pls|can you|could you|kun je|kunt u|graag|wil je|we|i|ik|just|net)\s+)*"
    r"(?:add|track|register|voeg|toevoegen|registreer|new competency|new specialization|nieuwe competentie|"
    r"nieuwe specialisatie|we got|we earned|we hebben)\s+(?:the\s+|de\s+|our\s+|onze\s+|new\s+|nieuwe\s+)?",
    re.IGNORECASE,
)


def name_to_add(text: str, workspace_offers: list[str]) -> tuple[str, rules.Kind] | None:
    """The offer a DM asks to add, and its kind: a 2021 competency named anywhere in the message (its
    Partner Center name), or else the words after "add"/"voeg" up to the anniversary. None when the message
    names nothing that could be an offer."""
    kind = (
        rules.Kind.ADVANCED_SPECIALIZATION
        if re.search(r"speciali[sz]", text, re.IGNORECASE)
        else rules.Kind.COMPETENCY
    )
    words = set(re.findall(r"[^\W_]+", text.casefold()))
    best: str | None = None
    for competency in rules.COMPETENCIES_2021:
        for form in (competency.name, *competency.aliases):
            form_words = set(re.findall(r"[^\W_]+", form.casefold())) - {"and"}
            if form_words and form_words <= words and (best is None or len(competency.name) > len(best)):
                best = competency.name
    if best is not None:
        return best, rules.Kind.COMPETENCY
    head = _LEAD.sub("", text, count=1)
    if head == text:
        return None
    name = _CUT.split(head, maxsplit=1)[0]
    name = re.sub(r"\b(?:competency|competentie|specialization|specialisatie|toe)\b", " ", name, flags=re.I)
    name = " ".join(re.sub(r"<[^>]*>|[*_~`]", " ", name).split()).strip(" .!?")
    if not name or len(name) > 100 or any(rules.same_offer_name(name, o) for o in workspace_offers):
        return (name, kind) if name and len(name) <= 100 else None
    return name, kind
