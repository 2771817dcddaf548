"""The answer layer: one function per question a user can ask, shared by every surface.

``/mpn``, DMs, the App Home, reminder posts and the local console all come here: find the workspace ->
load its offers from ``storage`` -> ask ``rules`` -> hand a plain answer object to a renderer. Nothing in
this module knows Slack or a language; the renderers in ``bot.render`` do.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import rules
from bot.core.errors import UserError
from storage import RECOVERED, StorageError, StoredOffer, WorkspaceSettings, WorkspaceStore


@dataclass(frozen=True, slots=True)
class OfferView:
    """One stored offer seen on one day: its record, its dates and its extension eligibility."""

    offer: StoredOffer
    assessment: rules.Assessment
    eligibility: rules.Eligibility

    @property
    def phase(self) -> rules.Phase:
        return self.assessment.phase


@dataclass(frozen=True, slots=True)
class StatusAnswer:
    """Every offer of the workspace on ``on``; ``today`` differs from ``on`` for "what will it look like"."""

    today: date
    on: date
    settings: WorkspaceSettings
    items: tuple[OfferView, ...]

    @property
    def is_today(self) -> bool:
        return self.on == self.today


@dataclass(frozen=True, slots=True)
class LossAnswer:
    """When benefits are lost: for one named offer, or the soonest loss across the workspace.

    ``item`` is None when the workspace has no offer that still has benefits to lose; ``lapsed`` lists
    offers already past their window, so the answer can say so instead of pretending all is well.
    """

    today: date
    item: OfferView | None
    lapsed: tuple[OfferView, ...]
    named: bool


@dataclass(frozen=True, slots=True)
class ExtensionAnswer:
    today: date
    moved_to_partner_center: bool
    items: tuple[OfferView, ...]


@dataclass(frozen=True, slots=True)
class RenewalAnswer:
    before: OfferView
    after: OfferView


def view(
    offer: StoredOffer, settings: WorkspaceSettings, on: date, policy: rules.Policy = rules.MPN_2021
) -> OfferView:
    return _view(offer, settings.moved_to_partner_center, on, policy)


# A pure function of frozen values (the stored row as read, the one setting it depends on, the day, the
# policy), asked again for every offer of every status reply, Home and DM on the same day: memoized. A
# changed row is another key, so nothing stale is ever answered.
@lru_cache(maxsize=16384)
def _view(offer: StoredOffer, moved_to_partner_center: bool, on: date, policy: rules.Policy) -> OfferView:
    rules_offer = offer.to_offer()
    return OfferView(
        offer=offer,
        assessment=rules.assess(rules_offer, on, policy),
        eligibility=rules.extension_eligibility(rules_offer, moved_to_partner_center, policy),
    )


def _urgency(item: OfferView) -> tuple[int, date, str]:
    """Most urgent first: open windows by deadline, then upcoming, then the lapsed at the end."""
    lapsed = item.phase is rules.Phase.LAPSED
    return (1 if lapsed else 0, item.assessment.last_day_to_renew, item.offer.name.casefold())


def status(
    ws: WorkspaceStore, today: date, on: date | None = None, *, settings: WorkspaceSettings | None = None
) -> StatusAnswer:
    """``/mpn status [date]``: every offer, most urgent first, as it stands on ``on`` (default today).

    ``settings``: the caller's copy when it already read them for this request (the hot path).
    """
    settings = settings or ws.settings()
    day = on or today
    items = sorted((view(o, settings, day) for o in ws.offers()), key=_urgency)
    return StatusAnswer(today=today, on=day, settings=settings, items=tuple(items))


def offer_view(ws: WorkspaceStore, name: str, today: date) -> OfferView:
    """``/mpn when <name>``: one offer's dates."""
    return view(ws.find_offer(name), ws.settings(), today)


def loss_date(ws: WorkspaceStore, today: date, name: str | None = None) -> LossAnswer:
    """ "When do I lose benefits?": for ``name``, or the soonest across the workspace."""
    if name is not None:
        item = offer_view(ws, name, today)
        if item.phase is rules.Phase.LAPSED:
            return LossAnswer(today, None, (item,), named=True)
        return LossAnswer(today, item, (), named=True)
    answer = status(ws, today)
    live = [i for i in answer.items if i.phase is not rules.Phase.LAPSED]
    lapsed = tuple(i for i in answer.items if i.phase is rules.Phase.LAPSED)
    return LossAnswer(today, live[0] if live else None, lapsed, named=False)


def extension(ws: WorkspaceStore, today: date, name: str | None = None) -> ExtensionAnswer:
    """``/mpn extension [name]``: COVID-19 extension eligibility with reasons and next steps."""
    settings = ws.settings()
    offers = [ws.find_offer(name)] if name is not None else ws.offers()
    items = tuple(view(o, settings, today) for o in offers)
    return ExtensionAnswer(today, settings.moved_to_partner_center, items)


# An anniversary is the current cycle's date: Partner Center moves it on 365 days at each renewal, so it is
# never years ahead, and MPN anniversaries before 2000 do not exist. Outside these it is a typo (a year
# mistyped as 2201 or 1921), which would otherwise be stored and produce reminders nobody expects.
EARLIEST_ANNIVERSARY = date(2000, 1, 1)
LATEST_AHEAD_DAYS = 2 * 365


def check_anniversary(anniversary: date, today: date) -> None:
    """Refuse an implausible anniversary with the reason, before anything is stored."""
    if anniversary < EARLIEST_ANNIVERSARY:
        raise UserError("anniversary.too_early", date=anniversary)
    if (anniversary - today).days > LATEST_AHEAD_DAYS:
        raise UserError("anniversary.too_late", date=anniversary)


def add_offer(
    ws: WorkspaceStore, *, actor: str, kind: rules.Kind, name: str, anniversary: date, today: date
) -> OfferView:
    check_anniversary(anniversary, today)
    offer = ws.add_offer(name, kind, anniversary, actor=actor)
    return view(offer, ws.settings(), today)


def renew_offer(ws: WorkspaceStore, *, actor: str, name: str | int, on: date, today: date) -> RenewalAnswer:
    """Renewing records what the partner did in Partner Center; a future ``on`` would be a guess.
    ``name`` may be the offer's id when a button or a modal already named it."""
    if on > today:
        raise UserError("renew.future_date", date=on)
    settings = ws.settings()
    before = view(ws.offer(name) if isinstance(name, int) else ws.find_offer(name), settings, on)
    try:
        renewed = ws.renew_offer(before.offer.id, on, actor=actor)
    except StorageError as err:
        if err.code not in ("window_not_open", "window_closed"):
            raise
        raise _renewal_refused(ws, before.offer, on, today) from err
    return RenewalAnswer(before=before, after=view(renewed, settings, today))


@dataclass(frozen=True, slots=True)
class Confirmation:
    """A destructive change asked for by a fragment or a near spelling ("remove sec"): nothing has changed
    yet; the reply asks the admin to confirm which offer they meant (a button), naming what was typed."""

    change: Literal["remove", "fix"]
    item: OfferView
    typed: str
    anniversary: date | None = None  # the corrected anniversary, for ``fix``


def exact_name(typed: str, name: str) -> bool:
    """Whether ``typed`` names the offer in full (case and spacing aside): only then does a removal or a
    correction happen without a confirmation. A fragment or a typo that storage resolved is not enough:
    "sec" once removed "Security" with no way back."""
    return " ".join(typed.casefold().split()) == " ".join(name.casefold().split())


def _renewal_refused(ws: WorkspaceStore, offer: StoredOffer, on: date, today: date) -> UserError:
    """Why a renewal on ``on`` cannot be recorded, in the words that are true (storage only knows "the
    window is not open" or "it closed"):

    - the current cycle came from a renewal whose window holds ``on``: it was already renewed (say when, and
      the new anniversary), rather than "the window is not open yet";
    - ``on`` is before the window: it opened on ... (``on`` was typed, the window is open or past) or it
      opens on ... (still to come);
    - ``on`` is after the window: it closed on ..., and the offer was lost the day after.
    """
    current = offer.to_offer()
    opens, closes = rules.window_opens(current), rules.last_day_to_renew(current)
    if on > closes:
        return UserError(
            "renew.window_closed", name=offer.name, closed=closes, lost_on=rules.benefits_lost_on(current)
        )
    history = ws.renewal_history(offer.id)
    last = history[-1] if history else None
    if last is not None and last.new_anniversary == offer.anniversary:
        previous = dataclasses.replace(current, anniversary=last.old_anniversary)
        if rules.window_opens(previous) <= on <= rules.last_day_to_renew(previous):
            return UserError(
                "renew.already_renewed",
                name=offer.name,
                renewed_on=last.renewed_on,
                anniversary=offer.anniversary,
                opens=opens,
            )
    if opens <= today:
        return UserError("renew.before_window", name=offer.name, date=on, opens=opens)
    return UserError("renew.window_opens", name=offer.name, opens=opens)


def correct_anniversary(
    ws: WorkspaceStore,
    *,
    actor: str,
    name: str | int,
    anniversary: date,
    today: date,
    confirmed: bool = False,
) -> RenewalAnswer | Confirmation:
    """Fix a mistyped anniversary (audited by storage). Not a renewal: no renewal history is written.
    ``name`` may be the offer's id when a confirmation button already named it."""
    check_anniversary(anniversary, today)
    settings = ws.settings()
    offer = ws.offer(name) if isinstance(name, int) else ws.find_offer(name)
    before = view(offer, settings, today)
    if not confirmed and isinstance(name, str) and not exact_name(name, offer.name):
        return Confirmation("fix", before, name, anniversary)
    corrected = ws.update_offer(before.offer.id, actor=actor, anniversary=anniversary)
    return RenewalAnswer(before=before, after=view(corrected, settings, today))


#: How long a removal can be undone with one click (the reply's Undo button).
UNDO_WINDOW = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Removal:
    item: OfferView
    undo_token: int | None  # the removal's audit id, for the Undo button


def remove_offer(
    ws: WorkspaceStore, *, actor: str, name: str | int, today: date, confirmed: bool = False
) -> Removal | Confirmation:
    """Stop tracking an offer. By its full name it happens at once; by anything less it is asked first.
    Either way it can be undone for ``UNDO_WINDOW``."""
    offer = ws.offer(name) if isinstance(name, int) else ws.find_offer(name)
    if not confirmed and isinstance(name, str) and not exact_name(name, offer.name):
        return Confirmation("remove", view(offer, ws.settings(), today), name)
    removed = ws.remove_offer(offer.id, actor=actor)
    return Removal(view(removed, ws.settings(), today), ws.removal_of(removed.id))


def undo_removal(ws: WorkspaceStore, *, actor: str, token: int | None, today: date) -> OfferView:
    """Bring a removed offer back as it was (storage refuses an expired, repeated or foreign undo).
    ``token`` ``None``: the workspace's latest removal (``/mpn undo``), as its Undo button would."""
    if token is None:
        token = ws.removal_of()
        if token is None:
            raise UserError("undo.nothing")
    return view(ws.restore_removed(token, actor=actor, within=UNDO_WINDOW), ws.settings(), today)


@dataclass(frozen=True, slots=True)
class GraceAnswer:
    """ "Am I in the grace window, how many days are left?": the named offer, or every open window."""

    today: date
    items: tuple[OfferView, ...]
    named: bool


def grace(ws: WorkspaceStore, today: date, name: str | None = None) -> GraceAnswer:
    if name is not None:
        return GraceAnswer(today, (offer_view(ws, name, today),), named=True)
    open_windows = tuple(i for i in status(ws, today).items if i.phase is rules.Phase.GRACE)
    return GraceAnswer(today, open_windows, named=False)


@dataclass(frozen=True, slots=True)
class DeliveryProblem:
    """Reminders held back because Slack refuses them (its error code) in the reminder ``channel`` (None:
    DM mode), or cannot DM one admin (``about``), and for which offers: what the admins must fix."""

    error: str
    channel: str | None
    offer_names: tuple[str, ...]
    about: str | None = None


def delivery_problems(ws: WorkspaceStore) -> tuple[DeliveryProblem, ...]:
    """The workspace's open delivery problems as the sweep recorded them (``delivery_alerts``): what the
    App Home warns the admins about. A problem stays until a post to that channel or recipient goes
    through, even when the reminders it held back went stale meanwhile; one seen only before the admins
    last changed a setting (or re-invited the bot) is not shown: their change may have fixed it, and the
    next post tells; one about a former admin's DMs is moot. Token problems are the operators' (and no
    Home can be shown without a token)."""
    alerts = [a for a in ws.delivery_alerts() if a.subject != "token" and a.error != RECOVERED]
    if not alerts:
        return ()
    reset = ws.delivery_reset_at()
    admins = set(ws.admins()) if any(a.subject.startswith("dm:") for a in alerts) else set()
    out = []
    for alert in alerts:
        if reset is not None and alert.seen_at is not None and alert.seen_at < reset:
            continue
        about = alert.subject[3:] if alert.subject.startswith("dm:") else None
        if about is not None and about not in admins:
            continue  # no longer an MPN partner admin: nothing is sent to them any more
        code = alert.error.partition(":")[2] or alert.error
        out.append(DeliveryProblem(code, alert.channel, alert.offer_names, about))
    return tuple(out)


# --------------------------------------------------------------------------- the App Home and its modals
# The Home is one more surface of the same answers: the status above, the delivery problems, the admins.


@dataclass(frozen=True, slots=True)
class HomeAnswer:
    """What the App Home shows one workspace: every offer (most urgent first), who the MPN partner admins
    are, what keeps reminders from going out (channel and permanent problems, and how many reminders are
    still being retried after a temporary failure)."""

    status: StatusAnswer
    admins: tuple[str, ...]
    problems: tuple[DeliveryProblem, ...]
    retrying: int

    @property
    def needs_action(self) -> int:
        """Offers whose window is open or about to open: what an admin must act on now."""
        return sum(1 for i in self.status.items if i.phase in (rules.Phase.GRACE, rules.Phase.DUE_SOON))

    @property
    def next_deadline(self) -> OfferView | None:
        """The offer whose last day to renew comes first (lapsed offers have none left)."""
        return next((i for i in self.status.items if i.phase is not rules.Phase.LAPSED), None)


def home(ws: WorkspaceStore, today: date, *, settings: WorkspaceSettings | None = None) -> HomeAnswer:
    settings = settings or ws.settings()
    retrying = sum(
        1
        for entry in ws.ledger()
        if entry.status == "failed"
        and (entry.last_error or "").partition(":")[0] not in ("channel", "permanent")
    )
    return HomeAnswer(
        status=status(ws, today, settings=settings),
        admins=tuple(ws.admins()),
        problems=delivery_problems(ws),
        retrying=retrying,
    )


def check_window_not_closed(kind: rules.Kind, anniversary: date, today: date) -> None:
    """The Add offer modal refuses an anniversary whose renewal window has already closed (``/mpn add``
    stores it with a warning, but a modal can ask for the date Partner Center shows now before anything is
    stored: most often the original purchase date was typed)."""
    assessment = rules.assess(rules.Offer("x", kind, anniversary), today)
    if assessment.phase is rules.Phase.LAPSED:
        raise UserError("add.window_closed", deadline=assessment.last_day_to_renew)


def edit_offer(
    ws: WorkspaceStore,
    *,
    actor: str,
    offer_id: int,
    name: str,
    kind: rules.Kind,
    anniversary: date,
    today: date,
) -> RenewalAnswer:
    """The Home's Edit: correct the name, kind or anniversary of a record. Audited by storage as a
    correction (``offer_update``), never as a renewal: no renewal history is written, as for ``/mpn fix``."""
    check_anniversary(anniversary, today)
    settings = ws.settings()
    before = view(ws.offer(offer_id), settings, today)
    new_name = None if name == before.offer.name else name
    corrected = ws.update_offer(offer_id, actor=actor, anniversary=anniversary, kind=kind, new_name=new_name)
    return RenewalAnswer(before=before, after=view(corrected, settings, today))


def become_first_admin(ws: WorkspaceStore, *, user_id: str, is_workspace_admin: bool) -> None:
    """The first MPN partner admin, by a Slack admin's or owner's own click (audited by storage). Once
    there is one, the role is granted like any other time (``/mpn admins add``)."""
    if ws.is_admin(user_id):
        return
    admins = tuple(ws.admins())
    if admins or not is_workspace_admin:
        raise UserError("auth.cannot_grant", admins=admins)
    ws.add_admin(user_id, actor=user_id)
