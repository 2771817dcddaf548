"""Confirmations for destructive changes asked for by less than a full name ("remove sec"): what will
change, what was typed, and two buttons. The buttons carry the offer's id and the anniversary the reply was
about, so a click on a stale confirmation (the offer removed or renewed meanwhile) changes nothing."""

from __future__ import annotations

from datetime import date

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, ConfirmObject, PlainTextObject

from bot.core.answers import UNDO_WINDOW, Confirmation, OfferView, Removal
from bot.language.i18n import Lang, t
from bot.render.escape import BUTTON_TEXT_LIMIT, escape_mrkdwn, plain_text
from bot.render.offers import day, kind_label, name_of
from bot.render.reply import Reply, build, context, section

ACTION_CONFIRM_REMOVE = "mpn_confirm_remove"
ACTION_CONFIRM_FIX = "mpn_confirm_fix"
ACTION_CANCEL = "mpn_cancel"
ACTION_UNDO_REMOVE = "mpn_undo_remove"
UNDO_BLOCK = "mpn-undo"
CONFIRM_BLOCK = "mpn-confirm"


def change_value(offer_id: int, anniversary: date, new: date | None = None) -> str:
    """``7:2021-03-10`` (remove) or ``7:2021-03-10:2021-03-01`` (fix: the corrected anniversary last)."""
    parts = [str(offer_id), anniversary.isoformat()] + ([new.isoformat()] if new else [])
    return ":".join(parts)


def parse_change_value(value: str) -> tuple[int, date, date | None] | None:
    """The offer id, the anniversary the confirmation was about and (for fix) the new one; None for
    anything this module did not write."""
    parts = (value or "").split(":")
    try:
        if len(parts) == 2:
            return int(parts[0]), date.fromisoformat(parts[1]), None
        if len(parts) == 3:
            return int(parts[0]), date.fromisoformat(parts[1]), date.fromisoformat(parts[2])
    except ValueError:
        return None
    return None


def confirmation(c: Confirmation, lang: Lang) -> Reply:
    offer = c.item.offer
    params = {
        "name": name_of(c.item),
        "kind": kind_label(offer.kind, lang),
        "anniversary": day(offer.anniversary, lang),
        "typed": escape_mrkdwn(c.typed),
    }
    if c.change == "remove":
        text = t("remove.confirm", lang, **params)
        label = t("remove.confirm_button", lang, name=offer.name)
        action, value = ACTION_CONFIRM_REMOVE, change_value(offer.id, offer.anniversary)
        confirm = ConfirmObject(
            title=plain_text(t("remove.confirm_title", lang), 100),
            text=plain_text(t("remove.confirm_dialog", lang, name=offer.name), 300),
            confirm=plain_text(t("remove.confirm_yes", lang), 30),
            deny=plain_text(t("cancel", lang), 30),
            style="danger",
        )
    else:
        assert c.anniversary is not None
        text = t("fix.confirm", lang, new=day(c.anniversary, lang), **params)
        label = t("fix.confirm_button", lang, new=day(c.anniversary, lang))
        action, value = ACTION_CONFIRM_FIX, change_value(offer.id, offer.anniversary, c.anniversary)
        confirm = None
    buttons = ActionsBlock(
        block_id=CONFIRM_BLOCK,
        elements=[
            ButtonElement(
                text=PlainTextObject(text=plain_text(label, BUTTON_TEXT_LIMIT)),
                action_id=action,
                value=value,
                style="danger" if c.change == "remove" else "primary",
                confirm=confirm,
            ),
            ButtonElement(
                text=PlainTextObject(text=plain_text(t("cancel", lang), BUTTON_TEXT_LIMIT)),
                action_id=ACTION_CANCEL,
                value="cancel",
            ),
        ],
    )
    return build(text, [section(text), buttons, context(t("confirm.nothing_yet", lang))])


def removed(removal: Removal, lang: Lang) -> Reply:
    """What was removed, with an Undo button while the removal can be undone."""
    text = t("remove.done", lang, name=name_of(removal.item))
    blocks: list[Block] = [section(text)]
    if removal.undo_token is not None:
        blocks.append(
            ActionsBlock(
                block_id=UNDO_BLOCK,
                elements=[
                    ButtonElement(
                        text=PlainTextObject(
                            text=plain_text(t("remove.undo_button", lang), BUTTON_TEXT_LIMIT)
                        ),
                        action_id=ACTION_UNDO_REMOVE,
                        value=str(removal.undo_token),
                    )
                ],
            )
        )
        blocks.append(context(t("remove.undo_hint", lang, hours=int(UNDO_WINDOW.total_seconds() // 3600))))
    return build(text, blocks)


def restored(item: OfferView, lang: Lang) -> Reply:
    text = t("remove.restored", lang, name=name_of(item), anniversary=day(item.offer.anniversary, lang))
    return build(text, [section(text)])


def cancelled(lang: Lang) -> Reply:
    text = t("confirm.cancelled", lang)
    return build(text, [section(text)])
