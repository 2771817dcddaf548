"""Rendering answers about offers: status, one offer's dates, the loss date, the extension, changes."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import rules
from bot.core.answers import ExtensionAnswer, LossAnswer, OfferView, RenewalAnswer, StatusAnswer
from bot.language.i18n import Lang, format_day, relative_days, t, t_plural
from bot.render.escape import escape_mrkdwn
from bot.render.reply import (
    MAX_BLOCKS,
    BlockDict,
    Reply,
    build,
    context_block,
    header_block,
    packed_sections,
    section_block,
)

PHASE_EMOJI = {
    rules.Phase.ACTIVE: ":large_green_circle:",
    rules.Phase.DUE_SOON: ":bell:",
    rules.Phase.GRACE: ":warning:",
    rules.Phase.LAPSED: ":red_circle:",
}


def name_of(item: OfferView) -> str:
    return escape_mrkdwn(item.offer.name)


def kind_label(kind: str, lang: Lang) -> str:
    return t(f"kind.{kind}", lang)


def day(d: date, lang: Lang) -> str:
    return format_day(d, lang)


def day_rel(d: date, today: date, lang: Lang) -> str:
    """``10 March 2021 (in 11 days)``: the date in words with a hint relative to the reader's today."""
    return t("date.with_hint", lang, date=format_day(d, lang), hint=relative_days((d - today).days, lang))


def phase_line(item: OfferView, today: date, lang: Lang) -> str:
    """The one sentence that says what the reader must know now about this offer."""
    a = item.assessment
    return _phase_line(
        a.phase, a.anniversary, a.window_opens, a.last_day_to_renew, a.benefits_lost_on,
        a.days_to_deadline, today, lang,
    )  # fmt: skip


def _phase_line(
    phase: rules.Phase, anniversary: date, opens: date, deadline: date, lost_on: date,
    days_to_deadline: int, today: date, lang: Lang,
) -> str:  # fmt: skip
    if phase is rules.Phase.LAPSED:
        return t("phase.lapsed", lang, lost_on=day(lost_on, lang))
    if phase is rules.Phase.GRACE:
        key = "phase.grace_last_day" if days_to_deadline == 0 else "phase.grace"
        return t(key, lang, deadline=day_rel(deadline, today, lang))
    if phase is rules.Phase.DUE_SOON:
        return t(
            "phase.due_soon", lang, anniversary=day_rel(anniversary, today, lang), opens=day(opens, lang)
        )
    return t("phase.active", lang, anniversary=day_rel(anniversary, today, lang))


def offer_paragraph(item: OfferView, today: date, lang: Lang) -> str:
    a = item.assessment
    return _paragraph(
        item.offer.name, item.offer.kind, a.phase, a.anniversary, a.window_opens, a.last_day_to_renew,
        a.benefits_lost_on, a.days_to_deadline, item.eligibility.eligible, today, lang,
    )  # fmt: skip


# Every status reply renders every offer of the workspace again, with the same dates on the same day: a
# pure function of those few values (strings, dates, numbers), memoized on them.
@lru_cache(maxsize=16384)
def _paragraph(
    name: str, kind: str, phase: rules.Phase, anniversary: date, opens: date, deadline: date,
    lost_on: date, days_to_deadline: int, eligible: bool, today: date, lang: Lang,
) -> str:  # fmt: skip
    lapsed = phase is rules.Phase.LAPSED
    shown = escape_mrkdwn(name)
    lines = [
        f"{PHASE_EMOJI[phase]} *{shown}* · _{kind_label(kind, lang)}_",
        _phase_line(phase, anniversary, opens, deadline, lost_on, days_to_deadline, today, lang),
        t(
            # A lost offer's dates are history: no "lost ... if not renewed" for a day already past.
            "offer.dates_lost" if lapsed else "offer.dates",
            lang,
            anniversary=day(anniversary, lang),
            opens=day(opens, lang),
            deadline=day(deadline, lang),
            lost_on=day(lost_on, lang),
        ),
    ]
    if eligible and not lapsed:
        lines.append(t("offer.extension_hint", lang, name=shown))
    return "\n".join(lines)


def status(answer: StatusAnswer, lang: Lang) -> Reply:
    title = (
        t("status.title", lang) if answer.is_today else t("status.title_on", lang, date=day(answer.on, lang))
    )
    if not answer.items:
        return build(t("status.empty", lang), [header_block(title), section_block(t("status.empty", lang))])
    counts = {phase: sum(1 for i in answer.items if i.phase is phase) for phase in rules.Phase}
    summary = t(
        "status.summary",
        lang,
        offers=t_plural("status.offers", len(answer.items), lang),
        grace=counts[rules.Phase.GRACE],
        due_soon=counts[rules.Phase.DUE_SOON],
        lapsed=counts[rules.Phase.LAPSED],
    )
    paragraphs = [offer_paragraph(i, answer.on, lang) for i in answer.items]
    body = packed_sections(
        paragraphs, room=MAX_BLOCKS - 3, overflow=lambda count: t("status.more", lang, count=count)
    )
    blocks = [header_block(title), context_block(summary), *body, context_block(t("status.footer", lang))]
    urgent = next((i for i in answer.items if i.phase in (rules.Phase.GRACE, rules.Phase.DUE_SOON)), None)
    fallback = (
        summary
        if urgent is None
        else f"{summary} — {escape_mrkdwn(urgent.offer.name)}: {phase_line(urgent, answer.on, lang)}"
    )
    return build(fallback, blocks)


def when(item: OfferView, today: date, lang: Lang) -> Reply:
    a = item.assessment
    if a.phase is rules.Phase.LAPSED:
        # What is true of a lost offer: when its window was and the day it was lost. Its reminders, "if not
        # renewed" and "after renewing, the next anniversary" would describe a future it no longer has.
        rows = [
            t("when.anniversary", lang, date=day(a.anniversary, lang)),
            t(
                "when.window_closed",
                lang,
                opens=day(a.window_opens, lang),
                deadline=day(a.last_day_to_renew, lang),
            ),
            t("when.lost", lang, date=day_rel(a.benefits_lost_on, today, lang)),
        ]
    else:
        rows = _when_rows(item, today, lang)
    text = offer_paragraph(item, today, lang).split("\n")[0] + "\n" + phase_line(item, today, lang)
    return build(
        f"{escape_mrkdwn(item.offer.name)}: {phase_line(item, today, lang)}",
        [section_block(text), section_block("\n".join(f"• {r}" for r in rows))],
    )


def _when_rows(item: OfferView, today: date, lang: Lang) -> list[str]:
    a = item.assessment
    return [
        t("when.anniversary", lang, date=day_rel(a.anniversary, today, lang)),
        t(
            "when.reminders",
            lang,
            before=day(a.reminder_dates[0], lang),
            after=day(a.reminder_dates[-1], lang),
        ),
        t(
            "when.window",
            lang,
            opens=day(a.window_opens, lang),
            deadline=day_rel(a.last_day_to_renew, today, lang),
        ),
        t("when.lost_on", lang, date=day(a.benefits_lost_on, lang)),
        t("when.next_anniversary", lang, date=day(a.next_anniversary, lang)),
    ]


def loss(answer: LossAnswer, lang: Lang) -> Reply:
    lapsed_note = (
        t("loss.lapsed", lang, names=", ".join(f"*{name_of(i)}*" for i in answer.lapsed))
        if answer.lapsed
        else None
    )
    if answer.item is None:
        if answer.named and answer.lapsed:
            (item,) = answer.lapsed
            lost_on = day(item.assessment.benefits_lost_on, lang)
            text = t("loss.named_lapsed", lang, name=name_of(item), lost_on=lost_on)
        else:
            text = lapsed_note or t("loss.nothing", lang)
        return build(text, [section_block(text)])
    a = answer.item.assessment
    key = "loss.named" if answer.named else "loss.soonest"
    text = t(
        key,
        lang,
        name=name_of(answer.item),
        lost_on=day_rel(a.benefits_lost_on, answer.today, lang),
        deadline=day(a.last_day_to_renew, lang),
    )
    blocks = [section_block(text), context_block(phase_line(answer.item, answer.today, lang))]
    if lapsed_note and not answer.named:
        blocks.append(context_block(lapsed_note))
    return build(text, blocks)


def extension(answer: ExtensionAnswer, lang: Lang) -> Reply:
    if not answer.items:
        return build(t("status.empty", lang), [section_block(t("status.empty", lang))])
    paragraphs = []
    for item in answer.items:
        e = item.eligibility
        if item.phase is rules.Phase.LAPSED:
            # Every day an answer names must be today or later: a lost offer's window has closed, so say
            # what is true now instead of "qualifies" and a deadline in the past.
            a = item.assessment
            paragraphs.append(
                t(
                    "extension.lost",
                    lang,
                    name=name_of(item),
                    lost_on=day(a.benefits_lost_on, lang),
                    closed=day(a.last_day_to_renew, lang),
                )
            )
            continue
        head = t("extension.eligible" if e.eligible else "extension.not_eligible", lang, name=name_of(item))
        reasons = [f"• {t('reason.' + r.value, lang)}" for r in e.reasons]
        steps = [f"{n}. {_step(s, item, lang)}" for n, s in enumerate(e.next_steps, 1)]
        fee = [t("extension.fee", lang)] if e.eligible and e.fee_may_apply else []
        paragraphs.append("\n".join([head, *reasons, *fee, t("extension.next", lang), *steps]))
    info = answer.items[0].eligibility.info_url
    blocks = [
        header_block(t("extension.title", lang)),
        *packed_sections(
            paragraphs, room=MAX_BLOCKS - 2, overflow=lambda count: t("status.more", lang, count=count)
        ),
    ]
    if info:
        blocks.append(context_block(t("extension.info", lang, url=info)))
    eligible = sum(1 for i in answer.items if i.eligibility.eligible and i.phase is not rules.Phase.LAPSED)
    return build(t("extension.summary", lang, eligible=eligible, total=len(answer.items)), blocks)


def _step(step: rules.NextStep, item: OfferView, lang: Lang) -> str:
    urls = [u for u in (step.url, *step.extra_urls) if u]
    return t(
        "step." + step.step.value,
        lang,
        name=name_of(item),
        url=urls[0] if urls else "",
        learn_more=urls[1] if len(urls) > 1 else "",
        deadline=day(item.assessment.last_day_to_renew, lang),
    )


def added(item: OfferView, lang: Lang) -> Reply:
    # A lost offer gets no reminders (their days are past), so the reply does not promise any.
    key = "add.done_lapsed" if item.phase is rules.Phase.LAPSED else "add.done"
    text = t(key, lang, name=name_of(item), kind=kind_label(item.offer.kind, lang))
    blocks: list[BlockDict] = [
        section_block(text),
        section_block(offer_paragraph(item, item.assessment.today, lang)),
    ]
    if item.phase is rules.Phase.LAPSED:
        # Most often the original purchase date, typed instead of the anniversary Partner Center shows now.
        blocks.append(
            context_block(
                t("add.already_lapsed", lang, deadline=day(item.assessment.last_day_to_renew, lang))
            )
        )
    return build(text, blocks)


def _anniversary_moved(key: str, answer: RenewalAnswer, lang: Lang) -> str:
    """ "<name>: anniversary now <new> (was <old>)", for a renewal and for a correction alike."""
    return t(
        key,
        lang,
        name=name_of(answer.after),
        old=day(answer.before.assessment.anniversary, lang),
        new=day(answer.after.assessment.anniversary, lang),
    )


def renewed(answer: RenewalAnswer, lang: Lang) -> Reply:
    text = _anniversary_moved("renew.done", answer, lang)
    return build(text, [section_block(text), context_block(t("renew.partner_center", lang))])


def corrected(answer: RenewalAnswer, lang: Lang) -> Reply:
    text = _anniversary_moved("fix.done", answer, lang)
    return build(
        text,
        [
            section_block(text),
            section_block(offer_paragraph(answer.after, answer.after.assessment.today, lang)),
        ],
    )


def removed(item: OfferView, lang: Lang) -> Reply:
    text = t("remove.done", lang, name=name_of(item))
    return build(text, [section_block(text)])
