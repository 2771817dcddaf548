"""The App Home: the workspace's dashboard, rendered from ``answers.home``.

Top to bottom: a header and one line of state (how many offers need action, the next deadline, where
reminders go, the time zone); what keeps reminders from going out (warnings come first, because an admin
who misses them misses the reminders); the welcome while nothing is set up; the admins' buttons; then every
offer, most urgent first, with its dates and, for MPN partner admins, Mark renewed / Edit / Remove.

Slack holds at most 100 blocks in a Home view. Offers are paged: each page takes what room the blocks
above leave, and the page says which offers it shows of how many, with Previous / Next buttons, so an
offer is never cut silently. Every view is built with slack_sdk's models, whose ``to_dict`` validates
Slack's limits (text lengths, block counts, action ids).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

import rules
from bot.core.answers import UNDO_WINDOW, HomeAnswer, OfferView
from bot.language.i18n import Lang, format_days_count, t
from bot.render import reminders as render_reminders
from bot.render.escape import BUTTON_TEXT_LIMIT, escape_mrkdwn, plain_text
from bot.render.offers import PHASE_EMOJI, day, kind_label, name_of, phase_line
from bot.render.reply import context, divider, header, section
from bot.render.settings import admin_list

MAX_HOME_BLOCKS = 100  # Slack: a Home tab view holds at most 100 blocks
MAX_UNDO_LINES = 5  # the newest removals shown with an Undo on the Home

ACTION_ADD = "mpn_home_add"
ACTION_RENEW = "mpn_home_renew"
ACTION_EDIT = "mpn_home_edit"
ACTION_REMOVE = "mpn_home_remove"
ACTION_UNDO = "mpn_home_undo"
ACTION_BECOME_ADMIN = "mpn_home_become_admin"
ACTION_PAGE_PREVIOUS = "mpn_home_page_previous"
ACTION_PAGE_NEXT = "mpn_home_page_next"
# The other helper's modals open from these (it registers their listeners; the Home only shows them).
ACTION_IMPORT_CSV = "home.import_csv"
ACTION_SETTINGS = "home.settings"
ACTION_ADMINS = "home.admins"
ACTION_HISTORY = "home.history"

OFFER_BLOCK = "mpn-home-offer:"  # + offer id: the offer's section
OFFER_ACTIONS_BLOCK = "mpn-home-offer-actions:"  # + offer id: its buttons (admins only)
UNDO_BLOCK = "mpn-home-undo:"  # + removal token


@dataclass(frozen=True, slots=True)
class RecentRemoval:
    """An offer removed from the Home a moment ago: shown with an Undo button while it can be undone."""

    token: int
    name: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who looks at the Home: their language, whether they may change records, whether they may become the
    first MPN partner admin (a Slack admin or owner while there is none), and the page they are on."""

    lang: Lang
    partner_admin: bool
    workspace_admin: bool
    page: int = 0


def _button(
    text: str,
    action_id: str,
    value: str = "",
    *,
    style: str | None = None,
    confirm: ConfirmObject | None = None,
) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=plain_text(text, BUTTON_TEXT_LIMIT), emoji=True),
        action_id=action_id,
        value=value or action_id,
        style=style,
        confirm=confirm,
    )


def _state_line(answer: HomeAnswer, lang: Lang) -> ContextBlock:
    settings = answer.status.settings
    parts = [t_count("home.need_action", answer.needs_action, lang)]
    upcoming = answer.next_deadline
    if upcoming is not None:
        parts.append(
            t(
                "home.next_deadline",
                lang,
                name=name_of(upcoming),
                date=day(upcoming.assessment.last_day_to_renew, lang),
            )
        )
    channel = (
        f"<#{settings.reminder_channel}>" if settings.reminder_channel else t("home.reminders_by_dm", lang)
    )
    parts.append(t("home.reminders_in", lang, channel=channel))
    parts.append(t("home.time_zone", lang, zone=escape_mrkdwn(settings.time_zone)))
    return ContextBlock(elements=[MarkdownTextObject(text=p) for p in parts])


def t_count(key: str, count: int, lang: Lang) -> str:
    """``home.need_action`` reads "nothing needs action" / "1 offer needs action" / "2 offers need action"."""
    if count == 0:
        return t(f"{key}_none", lang)
    return t(f"{key}_{'one' if count == 1 else 'other'}", lang, count=count)


def _warnings(answer: HomeAnswer, viewer: Viewer) -> list[Block]:
    """What keeps reminders from reaching people, loudest first (DESIGN §2: never fail silently)."""
    lang = viewer.lang
    blocks: list[Block] = []
    if not answer.admins:  # nobody can change anything, and DM reminders reach nobody
        if viewer.workspace_admin:
            text = ":warning: " + t("auth.no_admin_yet", lang)
            button = _button(t("auth.become_button", lang), ACTION_BECOME_ADMIN, "become", style="primary")
            blocks.append(
                SectionBlock(block_id="mpn-home-become", text=MarkdownTextObject(text=text), accessory=button)
            )
        else:
            blocks.append(section(":warning: " + t("home.no_admin", lang)))
    if viewer.partner_admin or viewer.workspace_admin:
        for problem in answer.problems:
            if problem.about is not None:
                alert = render_reminders.recipient_alert(
                    problem.about, problem.error, problem.offer_names, lang
                )
            else:
                alert = render_reminders.channel_alert(
                    problem.error, problem.channel, problem.offer_names, lang
                )
            blocks += [_from_dict(b) for b in alert.blocks]
        if answer.retrying:
            blocks.append(
                section(":hourglass_flowing_sand: " + t_count("home.retrying", answer.retrying, lang))
            )
    return blocks


def _from_dict(block: dict[str, Any]) -> Block:
    parsed = Block.parse(block)
    assert parsed is not None
    return parsed


def _welcome(answer: HomeAnswer, viewer: Viewer) -> list[Block]:
    """The first run: what the bot does in three lines, and the next step for this viewer."""
    lang = viewer.lang
    if answer.status.items:
        return []
    if viewer.partner_admin:
        step = t("home.welcome_next_admin", lang)
    elif not answer.admins:
        step = t("home.welcome_next_owner" if viewer.workspace_admin else "home.welcome_next_nobody", lang)
    else:
        step = t("home.welcome_next_member", lang, admins=admin_list(answer.admins, lang))
    return [section(t("home.welcome", lang)), context(step)]


def _admin_buttons(answer: HomeAnswer, lang: Lang) -> list[Block]:
    blocks: list[Block] = [
        ActionsBlock(
            block_id="mpn-home-admin",
            elements=[
                _button(t("home.add_button", lang), ACTION_ADD, style="primary"),
                _button(t("home.import_button", lang), ACTION_IMPORT_CSV),
                _button(t("home.settings_button", lang), ACTION_SETTINGS),
                _button(t("home.admins_button", lang), ACTION_ADMINS),
                _button(t("home.history_button", lang), ACTION_HISTORY),
            ],
        )
    ]
    if answer.status.items and not answer.status.settings.reminder_channel:
        # The first offer is in: the next step is choosing where its reminders go.
        blocks.append(context(":point_right: " + t("home.choose_channel", lang)))
    return blocks


def _undo(removals: tuple[RecentRemoval, ...], lang: Lang) -> list[Block]:
    """The newest removals with an Undo each, at most ``MAX_UNDO_LINES``: a hundred removals in a day
    must neither crowd the offers out nor push the Home past Slack's 100 blocks. The rest are counted.
    Below them, how long Undo works: the same hint and the same ``UNDO_WINDOW`` as the removal's reply."""
    shown = removals[::-1][:MAX_UNDO_LINES]
    blocks: list[Block] = [
        SectionBlock(
            block_id=f"{UNDO_BLOCK}{r.token}",
            text=MarkdownTextObject(text=t("home.removed", lang, name=escape_mrkdwn(r.name))),
            accessory=_button(t("remove.undo_button", lang), ACTION_UNDO, str(r.token)),
        )
        for r in shown
    ]
    if len(removals) > len(shown):
        blocks.append(context(t("home.removed_more", lang, count=len(removals) - len(shown))))
    if blocks:
        blocks.append(context(t("remove.undo_hint", lang, hours=int(UNDO_WINDOW.total_seconds() // 3600))))
    return blocks


def _extension_key(item: OfferView) -> str:
    if item.eligibility.eligible:
        return "home.extension_eligible"
    if item.eligibility.reasons == (rules.Reason.NOT_IN_PARTNER_CENTER,):
        return "home.extension_if_moved"
    return "home.extension_not_eligible"


def offer_text(item: OfferView, today: date, lang: Lang) -> str:
    """Phase badge, name and kind; what matters now; anniversary, last day to renew, days left, the day
    benefits are lost; and the COVID-19 extension (not for a lost offer)."""
    a = item.assessment
    lapsed = a.phase is rules.Phase.LAPSED
    dates = t(
        "home.dates",
        lang,
        anniversary=day(a.anniversary, lang),
        deadline=day(a.last_day_to_renew, lang),
        lost_on=day(a.benefits_lost_on, lang),
    )
    if not lapsed and a.days_to_deadline > 0:  # on the last day the phase line says "today"
        dates += " · " + t("home.days_left", lang, days=format_days_count(a.days_to_deadline, lang))
    lines = [
        f"{PHASE_EMOJI[a.phase]} *{name_of(item)}* · _{kind_label(item.offer.kind, lang)}_",
        phase_line(item, today, lang),
        dates,
    ]
    # A lost offer's window has closed: no extension applies any more (as ``/mpn extension`` says).
    if not lapsed:
        lines.append(t(_extension_key(item), lang))
    return "\n".join(lines)


def _offer_blocks(item: OfferView, today: date, viewer: Viewer) -> list[Block]:
    lang = viewer.lang
    offer = item.offer
    blocks: list[Block] = [
        SectionBlock(
            block_id=f"{OFFER_BLOCK}{offer.id}", text=MarkdownTextObject(text=offer_text(item, today, lang))
        )
    ]
    if viewer.partner_admin:
        value = render_reminders.button_value(offer.id, offer.anniversary)
        confirm = ConfirmObject(
            title=plain_text(t("remove.confirm_title", lang), 100),
            text=MarkdownTextObject(text=t("remove.confirm_dialog", lang, name=name_of(item))),
            confirm=plain_text(t("remove.confirm_yes", lang), 30),
            deny=plain_text(t("home.cancel", lang), 30),
            style="danger",
        )
        renew_style = "primary" if item.phase is rules.Phase.GRACE else None
        blocks.append(
            ActionsBlock(
                block_id=f"{OFFER_ACTIONS_BLOCK}{offer.id}",
                elements=[
                    _button(t("home.renew_button", lang), ACTION_RENEW, value, style=renew_style),
                    _button(t("home.edit_button", lang), ACTION_EDIT, value),
                    _button(
                        t("home.remove_button", lang), ACTION_REMOVE, value, style="danger", confirm=confirm
                    ),
                ],
            )
        )
    return blocks


def home_view(answer: HomeAnswer, viewer: Viewer, removals: tuple[RecentRemoval, ...] = ()) -> dict[str, Any]:
    """The Home view for one viewer, as the ``view`` argument of ``views.publish`` (validated)."""
    lang = viewer.lang
    today = answer.status.on
    top: list[Block] = [header(t("home.title", lang)), _state_line(answer, lang)]
    top += _warnings(answer, viewer)
    top += _welcome(answer, viewer)
    if viewer.partner_admin:
        top += _admin_buttons(answer, lang)
        top += _undo(removals, lang)
    elif answer.admins:
        top.append(context(t("home.admins_are", lang, admins=admin_list(answer.admins, lang))))
    items = answer.status.items
    per_offer = 2 if viewer.partner_admin else 1
    # The room left after the blocks above, a divider, and the page line with its two buttons.
    room = max(1, (MAX_HOME_BLOCKS - len(top) - 3) // per_offer)
    pages = max(1, -(-len(items) // room))
    page = min(max(viewer.page, 0), pages - 1)
    shown = items[page * room : (page + 1) * room]
    blocks = list(top)
    if items:
        blocks.append(divider())
    for item in shown:
        blocks += _offer_blocks(item, today, viewer)
    if pages > 1:
        first, last = page * room + 1, page * room + len(shown)
        blocks.append(context(t("home.page", lang, first=first, last=last, total=len(items))))
        buttons = []
        if page > 0:
            buttons.append(_button(t("home.previous_page", lang), ACTION_PAGE_PREVIOUS, str(page - 1)))
        if page < pages - 1:
            buttons.append(_button(t("home.next_page", lang), ACTION_PAGE_NEXT, str(page + 1)))
        blocks.append(ActionsBlock(block_id="mpn-home-pages", elements=buttons))
    view = View(type="home", blocks=blocks)
    return view.to_dict()  # validates Slack's limits (blocks, texts, ids)
