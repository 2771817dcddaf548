"""Rendering reminder posts: the -15 and +23 day reminders (several offers due together make one post, each
offer with its own "Mark renewed" button), the post after someone marks an offer renewed, and the DM that
tells the MPN partner admins the reminder channel cannot be used.

Every date and phase comes from ``bot.core.answers.view`` (which asks ``rules``); this module only words it.
Offer names are user text and go through ``escape_mrkdwn``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from slack_sdk.models.blocks import (
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

import rules
from bot.core import app_identity
from bot.core.answers import OfferView
from bot.language.i18n import Lang, format_days_count, t, t_plural
from bot.render.escape import BUTTON_TEXT_LIMIT, escape_mrkdwn, plain_text
from bot.render.offers import day, day_rel, kind_label, name_of
from bot.render.reply import FALLBACK_LIMIT, SECTION_TEXT_LIMIT, Reply, build, context, header
from bot.runtime.slack_errors import advice_for

ACTION_MARK_RENEWED = "mpn_mark_renewed"
ITEM_BLOCK = "mpn-reminder:"  # + offer id: the offer's section, carrying its button
NOTE_BLOCK = "mpn-reminder-note:"  # + offer id: the late / repeat / extension notes under it
MAX_CONTEXT_ELEMENTS = 10  # Slack: a context block holds at most 10 elements
#: Offers per post: two blocks each plus a header and two context lines stay well inside Slack's 50 blocks.
MAX_ITEMS_PER_POST = 20
MAX_POST_BLOCKS = 50  # Slack: a message holds at most 50 blocks
#: Characters of text across a post's blocks. Slack documents 3,000 per section and 12,000 per markdown
#: block, but rejects posts near 13,000 in total with ``msg_blocks_too_long`` (slackapi/bolt-js#2509), so a
#: post stays well under 12,000.
MAX_POST_TEXT = 9_000
#: Characters of offer names an alert lists before it says how many more there are.
ALERT_NAMES_BUDGET = 1_500


@dataclass(frozen=True, slots=True)
class ReminderItem:
    """One reminder in a post: the offer as seen on the workspace's local day, which reminder it is, and
    whether it goes out late (caught up after downtime) or possibly a second time (after a crash)."""

    view: OfferView
    kind: rules.ReminderKind
    due_on: date
    late: bool = False
    repeat: bool = False
    coming_up: bool = False  # overdue only because the offer was added (or re-dated) after its reminder day


def button_value(offer_id: int, anniversary: date) -> str:
    """What the button carries: the offer and the cycle the reminder was about (``7:2021-03-10``)."""
    return f"{offer_id}:{anniversary.isoformat()}"


def parse_button_value(value: str) -> tuple[int, date] | None:
    """The offer id and anniversary of a button, or None for anything we did not write."""
    offer_id, _, anniversary = (value or "").partition(":")
    try:
        return int(offer_id), date.fromisoformat(anniversary)
    except ValueError:
        return None


def item_text(item: ReminderItem, today: date, lang: Lang) -> str:
    """The reminder sentence for one offer: -15 gives the anniversary, the window and its last day; +23
    gives the days left and the day benefits are lost."""
    view = item.view
    return _item_text(view.offer.name, view.offer.kind, view.assessment, item.kind, today, lang)


@lru_cache(maxsize=4096)
def _item_text(
    name: str, kind: str, a: rules.Assessment, reminder: rules.ReminderKind, today: date, lang: Lang
) -> str:
    """``item_text`` by what the sentence depends on: a busy day's posts repeat the same offer names,
    dates and reminder kinds across thousands of workspaces, and the wording costs more than the rest of an
    item's blocks."""
    params: dict[str, Any] = {
        "name": escape_mrkdwn(name),
        "kind": kind_label(kind, lang),
        "deadline": day(a.last_day_to_renew, lang),
        "lost_on": day(a.benefits_lost_on, lang),
    }
    if reminder is rules.ReminderKind.BEFORE:
        text = t(
            "reminder.before",
            lang,
            **params,
            anniversary=day_rel(a.anniversary, today, lang),
            opens=day(a.window_opens, lang),
        )
    elif a.days_to_deadline <= 0:
        text = t("reminder.after_last_day", lang, **params)
    else:
        text = t("reminder.after", lang, **params, days_left=format_days_count(a.days_to_deadline, lang))
    return text


def _notes(item: ReminderItem, lang: Lang) -> tuple[str, ...]:
    eligibility = item.view.eligibility
    return _notes_for(
        item.view.offer.name,
        eligibility.eligible,
        eligibility.reasons,
        item.late,
        item.coming_up,
        item.due_on,
        item.repeat,
        lang,
    )


@lru_cache(maxsize=4096)
def _notes_for(
    name: str,
    eligible: bool,
    reasons: tuple[rules.Reason, ...],
    late: bool,
    coming_up: bool,
    due_on: date,
    repeat: bool,
    lang: Lang,
) -> tuple[str, ...]:
    """The notes under an offer, by what they depend on (cached like ``_item_text``)."""
    notes = []
    if eligible:
        notes.append(t("offer.extension_hint", lang, name=escape_mrkdwn(name)))
    elif reasons == (rules.Reason.NOT_IN_PARTNER_CENTER,):
        notes.append(t("reminder.extension_if_moved", lang, name=escape_mrkdwn(name)))
    if late:
        notes.append(t("reminder.late", lang, due=day(due_on, lang)))
    elif coming_up:
        notes.append(t("reminder.coming_up", lang, due=day(due_on, lang)))
    if repeat:
        notes.append(t("reminder.repeat", lang))
    return tuple(notes)


@lru_cache(maxsize=8)
def _shapes(lang: Lang) -> tuple[dict[str, Any], dict[str, Any]]:
    """An offer's section (with its button) and its notes line, built and validated by slack_sdk's models
    once per language. A busy day renders thousands of posts and the models' validation costs more than the
    rest of a post put together, so each offer only fills in its strings, cut to the same limits the models
    check (``test_reminders_render`` parses every block back through the models)."""
    section = SectionBlock(
        block_id=f"{ITEM_BLOCK}0",
        text=MarkdownTextObject(text="-"),
        accessory=ButtonElement(
            text=PlainTextObject(text=plain_text(t("reminder.button", lang), BUTTON_TEXT_LIMIT), emoji=True),
            action_id=ACTION_MARK_RENEWED,
            value=button_value(0, date(2000, 1, 1)),
            style="primary",
        ),
    ).to_dict()
    notes = ContextBlock(block_id=f"{NOTE_BLOCK}0", elements=[MarkdownTextObject(text="-")]).to_dict()
    return section, notes


def _item_blocks(item: ReminderItem, today: date, lang: Lang) -> tuple[list[dict[str, Any]], int]:
    """The offer's section and notes blocks, and the characters of text they carry (what
    ``block_text_length`` would count, without walking them again)."""
    section, notes_shape = _shapes(lang)
    offer = item.view.offer
    accessory = section["accessory"]
    text = item_text(item, today, lang)[:SECTION_TEXT_LIMIT]
    button = dict(accessory["text"])
    length = len(text) + len(button["text"])
    blocks = [
        {
            **section,
            "block_id": f"{ITEM_BLOCK}{offer.id}",
            "text": {**section["text"], "text": text},
            "accessory": {**accessory, "text": button, "value": button_value(offer.id, offer.anniversary)},
        }
    ]
    notes = _notes(item, lang)
    if notes:
        element = notes_shape["elements"][0]
        elements = [{**element, "text": note[:SECTION_TEXT_LIMIT]} for note in notes[:MAX_CONTEXT_ELEMENTS]]
        length += sum(len(e["text"]) for e in elements)
        blocks.append({**notes_shape, "block_id": f"{NOTE_BLOCK}{offer.id}", "elements": elements})
    return blocks, length


def reminder_post(
    items: Sequence[ReminderItem], today: date, lang: Lang, *, to_admins: bool = False
) -> Reply:
    """One post for every offer due together in one channel (at most ``MAX_ITEMS_PER_POST``; the sweep
    splits bigger days). ``to_admins``: sent by DM because no channel is set, which the post says."""
    if not items:
        raise ValueError("a reminder post needs at least one reminder")
    if len(items) > MAX_ITEMS_PER_POST:
        raise ValueError(f"at most {MAX_ITEMS_PER_POST} reminders per post")
    names = ", ".join(escape_mrkdwn(i.view.offer.name) for i in items)
    frame = _frame_for(app_identity.home_link(items[0].view.offer.team_id), lang, to_admins)
    blocks = frame.head()
    for item in items:
        blocks.extend(_item_blocks(item, today, lang)[0])
    blocks.extend(frame.tail())
    return Reply(text=plain_text(t("reminder.summary", lang, names=names), FALLBACK_LIMIT), blocks=blocks)


def reminder_posts(
    items: Sequence[ReminderItem], today: date, lang: Lang, *, to_admins: bool = False
) -> list[tuple[range, Reply]]:
    """The day's reminders as posts that fit Slack's limits, in order: each at most
    ``MAX_ITEMS_PER_POST`` offers, ``MAX_POST_BLOCKS`` blocks and ``MAX_POST_TEXT`` characters of block
    text. Each post comes with the range of ``items`` it carries (so each has its own ledger keys)."""
    if not items:
        raise ValueError("a reminder post needs at least one reminder")
    frame = _frame_for(app_identity.home_link(items[0].view.offer.team_id), lang, to_admins)
    rendered = [_item_blocks(item, today, lang) for item in items]
    posts: list[tuple[range, Reply]] = []
    start = 0
    while start < len(items):
        end, blocks, text = start, frame.blocks, frame.text
        while end < len(items) and end - start < MAX_ITEMS_PER_POST:
            more_blocks, more_text = len(rendered[end][0]), rendered[end][1]
            if end > start and (blocks + more_blocks > MAX_POST_BLOCKS or text + more_text > MAX_POST_TEXT):
                break
            blocks, text, end = blocks + more_blocks, text + more_text, end + 1
        chosen = range(start, end)
        body = [block for i in chosen for block in rendered[i][0]]
        names = ", ".join(escape_mrkdwn(items[i].view.offer.name) for i in chosen)
        reply = Reply(
            text=plain_text(t("reminder.summary", lang, names=names), FALLBACK_LIMIT),
            blocks=frame.head() + body + frame.tail(),
        )
        posts.append((chosen, reply))
        start = end
    return posts


@dataclass(frozen=True, slots=True)
class _Frame:
    """The blocks every reminder post of one workspace and language starts and ends with, kept as JSON so
    each post gets its own copy cheaply (no post can change another's), with their block and text counts."""

    head_json: str
    tail_json: str
    blocks: int
    text: int

    def head(self) -> list[dict[str, Any]]:
        return list(json.loads(self.head_json))

    def tail(self) -> list[dict[str, Any]]:
        return list(json.loads(self.tail_json))


@lru_cache(maxsize=1024)
def _frame_for(home_link: str | None, lang: Lang, to_admins: bool) -> _Frame:
    """By the App Home link (``open_home``; None while the app id is unknown), so a link learned later is
    used at once."""
    head, tail = _frame(lang, to_admins)
    if home_link is not None:
        tail = [*tail, _link_block(home_link, lang)]
    return _Frame(
        json.dumps(head),
        json.dumps(tail),
        len(head) + len(tail),
        block_text_length(head) + block_text_length(tail),
    )


def block_text_length(blocks: Sequence[dict[str, Any]]) -> int:
    """Characters of every ``text`` string in the blocks (section, context, header, button texts)."""
    total = 0
    stack: list[Any] = list(blocks)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "text" and isinstance(value, str):
                    total += len(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return total


@lru_cache(maxsize=8)
def _frame(lang: Lang, to_admins: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The blocks every reminder post starts and ends with, validated once per language (copies are handed
    out, so no post can change another's)."""
    head = build("", [header(t("reminder.title", lang))]).blocks
    tail = [context(t("reminder.dm_no_channel", lang))] if to_admins else []
    tail.append(context(t("reminder.footer", lang)))
    return head, build("", tail).blocks


def open_home(team_id: str, lang: Lang) -> list[dict[str, Any]]:
    """ "Open mpn-bot": a link to the App Home, the dashboard, under a post or an alert (none while the
    app's id is not known yet, see ``bot.core.app_identity``)."""
    link = app_identity.home_link(team_id)
    if link is None:
        return []
    return [copy.deepcopy(_link_block(link, lang))]


@lru_cache(maxsize=1024)
def _link_block(link: str, lang: Lang) -> dict[str, Any]:
    """Validated once per workspace and language: a busy day renders thousands of posts."""
    return context(t("home.open_link", lang, link=link)).to_dict()


def renewed_text(before: OfferView, after: OfferView, user_id: str, lang: Lang) -> str:
    return t(
        "reminder.renewed",
        lang,
        name=name_of(after),
        user=f"<@{user_id}>",
        new=day(after.assessment.anniversary, lang),
        old=day(before.assessment.anniversary, lang),
    )


def mark_renewed(blocks: Sequence[dict[str, Any]], offer_id: int, text: str) -> list[dict[str, Any]]:
    """The post's blocks after ``offer_id`` was marked renewed: its section says so (no button any more)
    and its notes go; every other offer keeps its button."""
    section = SectionBlock(
        block_id=f"{ITEM_BLOCK}{offer_id}", text=MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT])
    )
    out: list[dict[str, Any]] = []
    for block in blocks:
        block_id = block.get("block_id")
        if block_id == f"{NOTE_BLOCK}{offer_id}":
            continue
        out.append(section.to_dict() if block_id == f"{ITEM_BLOCK}{offer_id}" else dict(block))
    return out


def alert_names(offer_names: Sequence[str], lang: Lang, budget: int = ALERT_NAMES_BUDGET) -> str:
    """The offers an alert lists, whole names only, within ``budget`` characters; the rest counted
    ("and 3 more offers"), never cut mid-word."""
    shown: list[str] = []
    used = 0
    for name in offer_names:
        piece = f"*{escape_mrkdwn(name)}*"
        if shown and used + len(piece) + 2 > budget:
            break
        shown.append(piece)
        used += len(piece) + 2
    left = len(offer_names) - len(shown)
    text = ", ".join(shown)
    if left:
        text += " " + t_plural("reminder.alert.more", left, lang)
    return text


def channel_alert(
    error: str,
    channel: str | None,
    offer_names: Sequence[str],
    lang: Lang,
    *,
    home_of: str | None = None,
) -> Reply:
    """The DM to the MPN partner admins when the reminder channel, or Slack, refuses the reminders: what
    is wrong and what to fix (``slack_errors.advice_for``: ``reminder.alert.refused``, naming the code, for
    every code without a more specific remedy). ``home_of`` (a team id): a DM ends with the "Open mpn-bot"
    App Home link, like a reminder post; the App Home's own warning leaves it out."""
    key = f"reminder.alert.{advice_for(error)}"
    where = f"<#{channel}>" if channel else t("reminder.alert.dm_mode", lang)
    text = t(key, lang, channel=where, code=error, names=alert_names(offer_names, lang))
    return _alert(text, home_of, lang)


def recipient_alert(
    user_id: str, error: str, offer_names: Sequence[str], lang: Lang, *, home_of: str | None = None
) -> Reply:
    """DM mode: tell the other admins that one admin's copy cannot be delivered (``home_of`` as in
    ``channel_alert``)."""
    text = t(
        "reminder.alert.recipient",
        lang,
        user=f"<@{user_id}>",
        code=error,
        names=alert_names(offer_names, lang),
    )
    return _alert(text, home_of, lang)


def alert_recovered(channel: str | None, lang: Lang, *, home_of: str | None = None) -> Reply:
    """Once more, when fixed: reminders are flowing again."""
    where = f"<#{channel}>" if channel else t("reminder.alert.dm_mode", lang)
    text = t("reminder.alert.flowing", lang, where=where)
    return _alert(text, home_of, lang)


def _alert(text: str, home_of: str | None, lang: Lang) -> Reply:
    blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT]))]
    if home_of is not None:
        blocks += open_home(home_of, lang)
    return build(text, blocks)
