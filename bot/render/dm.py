"""Rendering answers to questions asked in a direct message. The dates and phases come from the same
answer functions as ``/mpn``; only the wording is conversational."""

from __future__ import annotations

from datetime import timedelta

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, ContextBlock, MarkdownTextObject

import rules
from bot.core.answers import GraceAnswer
from bot.core.facts import (
    AdminsAnswer,
    FeesAnswer,
    HistoryAnswer,
    NextReminderAnswer,
    OnDayAnswer,
    RangeAnswer,
    RequirementsAnswer,
)
from bot.core.proposals import Proposal
from bot.language.i18n import Lang, format_day, t, t_plural
from bot.render.escape import BUTTON_TEXT_LIMIT, escape_mrkdwn, plain_text
from bot.render.offers import day, day_rel, kind_label, name_of, phase_line
from bot.render.reply import MAX_BLOCKS, Reply, build, context, section
from bot.render.settings import admin_list, mention
from storage import WorkspaceSettings

#: The Home helper's settings button: it opens the settings modal wherever it is clicked.
ACTION_OPEN_SETTINGS = "home.settings"
ACTION_CONFIRM_CHANGE = "dm.confirm_change"
ACTION_CANCEL_CHANGE = "dm.cancel_change"
ACTION_PICK_OFFER = "dm.pick_offer"
# The block ids carry the reply's language ("dm-proposal.nl"), so the click's answer keeps the language the
# DM was written in, not the clicker's Slack locale.
PROPOSAL_BLOCK = "dm-proposal"
PICK_BLOCK = "dm-pick"


def block_language(block_id: str) -> Lang | None:
    """The language a DM reply's button block was rendered in, or None for any other block."""
    _, _, lang = block_id.partition(".")
    return "nl" if lang == "nl" else "en" if lang == "en" else None


def grace(answer: GraceAnswer, lang: Lang) -> Reply:
    if not answer.items:
        text = t("dm.grace_none", lang)
        return build(text, [section(text)])
    lines = []
    for item in answer.items:
        a = item.assessment
        if item.phase is rules.Phase.GRACE:
            lines.append(
                t(
                    "dm.grace_yes",
                    lang,
                    name=name_of(item),
                    deadline=day_rel(a.last_day_to_renew, answer.today, lang),
                )
            )
        else:
            lines.append(
                t("dm.grace_not", lang, name=name_of(item), phase=phase_line(item, answer.today, lang))
            )
    text = "\n".join(lines)
    return build(text, [section(text)])


def consequences(
    lang: Lang, item_lost_on: str | None = None, name: str | None = None, *, lost: bool = False
) -> Reply:
    """The rule, and for a named offer the day it applies: "would be" while it can still be renewed, "was
    lost on" once it was not (``lost``)."""
    text = t("dm.consequences", lang)
    blocks: list[Block] = [section(text)]
    if item_lost_on and name:
        key = "dm.consequences_lost" if lost else "dm.consequences_named"
        blocks.append(context(t(key, lang, name=escape_mrkdwn(name), lost_on=item_lost_on)))
    return build(text, blocks)


def how_to_renew(lang: Lang, policy: rules.Policy = rules.MPN_2021) -> Reply:
    text = t("dm.how_to_renew", lang, competencies_url=policy.competencies_url)
    return build(text, [section(text)])


def examples(key: str, lang: Lang) -> Reply:
    """Greeting, help and "I didn't understand": a short line and questions to try."""
    text = t(key, lang)
    return build(text, [section(text), context(t("dm.examples", lang))])


MAX_TRACKED_LISTED = 10  # offers named in "not tracked here" before "and N more"


def untracked(name: str, tracked: list[str], lang: Lang) -> Reply:
    """A 2021 competency the workspace does not track (``Understood.untracked``): say so and list what is
    tracked, instead of "I can't answer that yet" - the question was ours, the offer is missing. No date:
    another offer's dates would answer a question nobody asked."""
    shown = [f"*{escape_mrkdwn(n)}*" for n in tracked[:MAX_TRACKED_LISTED]]
    if len(tracked) > MAX_TRACKED_LISTED:
        shown.append(t_plural("dm.untracked_more", len(tracked) - MAX_TRACKED_LISTED, lang))
    listed = ", ".join(shown) if shown else t("dm.untracked_nothing", lang)
    return plain("dm.untracked", lang, name=name, tracked=listed)


def plain(key: str, lang: Lang, **params: str) -> Reply:
    text = t(key, lang, **params)
    return build(text, [section(text)])


def which_offer(names: tuple[str, ...], lang: Lang, *, question: str = "") -> Reply:
    """ "Which one do you mean": a button per offer (at most five), each answering ``question`` (the
    intent and the day the message named, see ``bot.dm.answer.pick_value``) for that offer."""
    text = t("dm.which_offer", lang, names=", ".join(f"*{escape_mrkdwn(n)}*" for n in names))
    blocks: list[Block] = [section(text)]
    if question:
        blocks.append(
            ActionsBlock(
                block_id=f"{PICK_BLOCK}.{lang}",
                elements=[
                    ButtonElement(
                        text=plain_text(n, BUTTON_TEXT_LIMIT),
                        action_id=f"{ACTION_PICK_OFFER}.{i}",
                        value=f"{question}|{n}"[:2000],
                    )
                    for i, n in enumerate(names[:5])
                ],
            )
        )
    return build(text, blocks)


def with_reading(
    reply: Reply,
    lang: Lang,
    *,
    offer: str | None = None,
    offer_guessed: bool = False,
    alternatives: tuple[str, ...] = (),
    intent: str | None = None,
    other_intents: tuple[str, ...] = (),
    question: str = "",
) -> Reply:
    """The reply with a first line saying what the reader took the message to be, when it was unsure: the
    offer it guessed (a typo, a short form, "the gold one") and the others it may have been, and the
    question it guessed (``intent``, a typo of a keyword or a bare offer name) with the others it may have
    been. ``offer`` is the offer the answer is about. Each other reading is a button answering it instead (the "which one" action: ``question`` is the
    pick value of the question asked, see ``bot.dm.answer.pick_value``; an intent's button keeps the day
    and the offer)."""
    notes: list[str] = []
    choices: list[tuple[str, str]] = []
    if offer and offer_guessed:
        note = t("dm.understood", lang, name=escape_mrkdwn(offer))
        if alternatives:
            note += " " + t(
                "dm.understood_others", lang, names=", ".join(f"*{escape_mrkdwn(n)}*" for n in alternatives)
            )
        notes.append(note)
        if question:
            choices.extend((n, f"{question}|{n}") for n in alternatives)
    if intent:
        note = t("dm.read_as", lang, what=f"*{t(f'dm.topic.{intent}', lang)}*")
        if other_intents and question:
            note += " " + t("dm.read_as_others", lang)
            _, start, end = (question.split("|") + ["", ""])[:3]
            choices.extend(
                (t(f"dm.topic.{other}", lang), f"{other}|{start}|{end}|{offer or ''}")
                for other in other_intents
            )
        notes.append(note)
    if not notes:
        return reply
    blocks = [ContextBlock(elements=[MarkdownTextObject(text=n) for n in notes]).to_dict(), *reply.blocks]
    if choices:
        buttons = ActionsBlock(
            block_id=f"{PICK_BLOCK}.{lang}",
            elements=[
                ButtonElement(
                    text=plain_text(label, BUTTON_TEXT_LIMIT),
                    action_id=f"{ACTION_PICK_OFFER}.{i}",
                    value=value[:2000],
                )
                for i, (label, value) in enumerate(choices[:5])
            ],
        )
        blocks = [*blocks[: MAX_BLOCKS - 1], buttons.to_dict()]
    text = "\n".join(notes)
    return Reply(text=f"{text}\n{reply.text}", blocks=blocks[:MAX_BLOCKS])


def fees(answer: FeesAnswer, lang: Lang) -> Reply:
    return plain("dm.fees", lang, url=answer.membership_offers_url)


def requirements(answer: RequirementsAnswer, lang: Lang) -> Reply:
    text = t("dm.requirements", lang, url=answer.competencies_url)
    blocks: list[Block] = [section(text)]
    if answer.offer:
        blocks.append(context(t("dm.requirements_named", lang, name=escape_mrkdwn(answer.offer))))
    return build(text, blocks)


def history(answer: HistoryAnswer, lang: Lang) -> Reply:
    lines = []
    for item, records in answer.entries:
        if records:
            r = records[0]
            lines.append(
                t(
                    "dm.history_line",
                    lang,
                    name=name_of(item),
                    on=day(r.renewed_on, lang),
                    actor=mention(r.actor),
                    old=day(r.old_anniversary, lang),
                    new=day(r.new_anniversary, lang),
                )
            )
        elif answer.named:
            lines.append(
                t("dm.history_none", lang, name=name_of(item), anniversary=day(item.offer.anniversary, lang))
            )
    text = "\n".join(lines) if lines else t("dm.history_empty", lang)
    return build(text, [section(text)])


def admins(answer: AdminsAnswer, lang: Lang) -> Reply:
    if not answer.admins:
        return plain("dm.admins_none", lang)
    text = t("dm.admins", lang, admins=admin_list(answer.admins, lang))
    blocks: list[Block] = [section(text)]
    if answer.asker_is_admin:
        blocks.append(context(t("dm.admins_you", lang)))
    return build(text, blocks)


def _where(settings: WorkspaceSettings, lang: Lang) -> str:
    if settings.reminder_channel:
        return t("dm.to_channel", lang, channel=f"<#{settings.reminder_channel}>")
    return t("dm.to_admins", lang)


def next_reminder(answer: NextReminderAnswer, lang: Lang) -> Reply:
    if answer.next is None:
        return plain("dm.next_reminder_none", lang)
    n = answer.next
    text = t(
        "dm.next_reminder",
        lang,
        name=name_of(n.offer),
        day=day_rel(max(n.reminder.due_on, answer.today), answer.today, lang),
        hour=str(n.posting_hour),
        where=_where(answer.settings, lang),
    )
    return build(text, [section(text), context(phase_line(n.offer, answer.today, lang))])


def reminder_settings(settings: WorkspaceSettings, lang: Lang) -> Reply:
    """How reminders work here and the settings button (the Home helper's ``home.settings``)."""
    text = t("dm.stop_reminders", lang, where=_where(settings, lang), hour=str(settings.posting_hour))
    button = ButtonElement(
        text=plain_text(t("dm.open_settings", lang), BUTTON_TEXT_LIMIT),
        action_id=ACTION_OPEN_SETTINGS,
        value="settings",
    )
    return build(text, [section(text), ActionsBlock(elements=[button])])


def on_day(answer: OnDayAnswer, lang: Lang) -> Reply:
    """ "On 3 May 2021 you will still have benefits for X (window open until 10 May 2021)", per offer."""
    lines = []
    on = day(answer.on, lang)
    for item in answer.items:
        a = item.assessment
        params = {
            "on": on,
            "name": name_of(item),
            "deadline": day(a.last_day_to_renew, lang),
            "lost_on": day(a.benefits_lost_on, lang),
            "anniversary": day(a.anniversary, lang),
        }
        if item.phase is rules.Phase.LAPSED:
            gone = a.last_day_to_renew < answer.today
            lines.append(t("dm.on_day_lost_already" if gone else "dm.on_day_lost", lang, **params))
        elif item.phase is rules.Phase.GRACE:
            lines.append(t("dm.on_day_open", lang, **params))
        else:
            lines.append(t("dm.on_day_still", lang, **params))
    if not lines:
        return plain("status.empty", lang)
    text = "\n".join(lines)
    return build(text, [section(text)])


def in_range(answer: RangeAnswer, lang: Lang) -> Reply:
    """ "Expiring between 1 May and 31 May 2021: ..." or "Due between ...": the range is always stated."""
    span = {"start": day(answer.start, lang), "end": day(answer.end, lang)}
    loss = answer.what == "loss"
    if not answer.items:
        return plain("dm.range_loss_none" if loss else "dm.range_due_none", lang, **span)
    lost = [item.phase is rules.Phase.LAPSED for item in answer.items]
    # a range that began before today may hold offers already lost: "renew by" a day gone by is no advice
    head_key = ("dm.range_lost" if all(lost) else "dm.range_loss") if loss else "dm.range_due"
    head = t(head_key, lang, **span)
    rows = [
        t(
            "dm.range_lost_line" if gone else "dm.range_loss_line" if loss else "dm.range_due_line",
            lang,
            name=name_of(item),
            lost_on=day(item.assessment.benefits_lost_on, lang),
            deadline=day(item.assessment.last_day_to_renew, lang),
            anniversary=day(item.offer.anniversary, lang),
        )
        for item, gone in zip(answer.items, lost, strict=True)
    ]
    text = head + "\n" + "\n".join(f"• {row}" for row in rows)
    return build(text, [section(text)])


def proposal(p: Proposal, lang: Lang) -> Reply:
    """The confirmation of a change typed as a message: what will change, and "Record renewal on 24 March
    2021" / "Cancel". Nothing has changed yet."""
    name = escape_mrkdwn(p.name)
    if p.change == "renew":
        assert p.anniversary is not None
        next_anniversary = p.anniversary + timedelta(days=rules.MPN_2021.renewal_period_days)
        text = t("dm.confirm_renew", lang, name=name, on=day(p.day, lang), next=day(next_anniversary, lang))
        label = t("dm.confirm_renew_button", lang, on=day(p.day, lang))
    elif p.change == "fix":
        assert p.anniversary is not None
        text = t("dm.confirm_fix", lang, name=name, old=day(p.anniversary, lang), new=day(p.day, lang))
        label = t("dm.confirm_fix_button", lang, new=day(p.day, lang))
    else:
        kind = kind_label(p.kind.value, lang)
        text = t("dm.confirm_add", lang, name=name, kind=kind, anniversary=day(p.day, lang))
        label = t("dm.confirm_add_button", lang, name=p.name)
    buttons = ActionsBlock(
        block_id=f"{PROPOSAL_BLOCK}.{lang}",
        elements=[
            ButtonElement(
                text=plain_text(label, BUTTON_TEXT_LIMIT),
                action_id=ACTION_CONFIRM_CHANGE,
                value=p.value()[:2000],
                style="primary",
            ),
            ButtonElement(
                text=plain_text(t("cancel", lang), BUTTON_TEXT_LIMIT),
                action_id=ACTION_CANCEL_CHANGE,
                value="cancel",
            ),
        ],
    )
    return build(text, [section(text), buttons])


__all__ = [
    "ACTION_CANCEL_CHANGE",
    "ACTION_CONFIRM_CHANGE",
    "ACTION_OPEN_SETTINGS",
    "ACTION_PICK_OFFER",
    "admins",
    "consequences",
    "day",
    "examples",
    "fees",
    "format_day",
    "grace",
    "history",
    "how_to_renew",
    "in_range",
    "next_reminder",
    "on_day",
    "plain",
    "proposal",
    "reminder_settings",
    "requirements",
    "which_offer",
    "with_reading",
]
