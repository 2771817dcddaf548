"""The modals about one offer: Add offer, Mark renewed and Edit, and a refusal shown in a modal.

Each modal names its inputs with fixed ``block_id``/``action_id`` pairs (the constants below), so the
listener that reads a submission and the ``response_action: "errors"`` it may answer with (keyed by
``block_id``) agree with the view by construction. The workspace and offer a modal is about travel in its
``private_metadata`` (``ModalTarget``); the submission is checked against them, never trusted.

Built with slack_sdk's models; ``to_dict`` validates Slack's limits (a title of at most 24 characters, at
most 100 blocks, option texts, ``private_metadata`` of at most 3,000 characters).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    DatePickerElement,
    InputBlock,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    RadioButtonsElement,
    StaticSelectElement,
)
from slack_sdk.models.views import View

import rules
from bot.core.answers import OfferView
from bot.language.i18n import Lang, t
from bot.render.escape import MODAL_TITLE_LIMIT, OPTION_TEXT_LIMIT, plain_from_mrkdwn, plain_text
from bot.render.offers import day, name_of
from bot.render.reply import context, section
from storage.validation import MAX_NAME_LENGTH

CALLBACK_ADD = "mpn_add_offer"
CALLBACK_RENEW = "mpn_mark_renewed"
CALLBACK_EDIT = "mpn_edit_offer"

# block_id, action_id of each input
NAME_PICK = ("name_pick", "name_pick")
NAME_TYPED = ("name", "name")
KIND = ("kind", "kind")
ANNIVERSARY = ("anniversary", "anniversary")
RENEWED_ON = ("renewed_on", "renewed_on")
ALIASES = ("aliases", "aliases")
ALIAS_SEPARATOR = ","  # the Nicknames input lists an offer's aliases separated by commas
ALIASES_LIMIT = 1000  # the whole input; each alias is checked by storage (``MAX_ALIAS_LENGTH``)
OTHER = "other"  # the "another name" choice of the name select
NAME_LIMIT = MAX_NAME_LENGTH  # storage refuses longer names; the input stops there first


@dataclass(frozen=True, slots=True)
class ModalTarget:
    """What a modal is about, in its ``private_metadata``: the workspace, the offer and the anniversary it
    was shown with (so a submission after someone else's renewal or removal is refused as stale), and the
    reminder post it came from (channel and ts), whose line is updated after a renewal."""

    team: str
    offer: int | None = None
    anniversary: str | None = None
    channel: str | None = None
    ts: str | None = None

    def dump(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v is not None}, separators=(",", ":"))

    @staticmethod
    def load(text: str) -> ModalTarget | None:
        """The target a modal carries, or None for anything we did not write."""
        try:
            raw = json.loads(text or "")
            offer = raw.get("offer")
            return ModalTarget(
                team=str(raw["team"]),
                offer=None if offer is None else int(offer),
                anniversary=None if raw.get("anniversary") is None else str(raw["anniversary"]),
                channel=raw.get("channel"),
                ts=raw.get("ts"),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def _plain(text: str, limit: int = OPTION_TEXT_LIMIT) -> PlainTextObject:
    return PlainTextObject(text=plain_text(text, limit), emoji=True)


def _modal(
    callback_id: str, title: str, blocks: list[Block], lang: Lang, target: ModalTarget, submit: str
) -> dict[str, Any]:
    view = View(
        type="modal",
        callback_id=callback_id,
        title=_plain(title, MODAL_TITLE_LIMIT),
        submit=_plain(submit, MODAL_TITLE_LIMIT),
        close=_plain(t("home.cancel", lang), MODAL_TITLE_LIMIT),
        private_metadata=target.dump(),
        blocks=blocks,
    )
    return view.to_dict()


def _kind_input(lang: Lang, kind: rules.Kind) -> InputBlock:
    options = [Option(value=k.value, text=_plain(t(f"kind.{k.value}", lang))) for k in rules.Kind]
    return InputBlock(
        block_id=KIND[0],
        label=_plain(t("modal.kind", lang)),
        element=RadioButtonsElement(
            action_id=KIND[1],
            options=options,
            initial_option=next(o for o in options if o.value == kind.value),
        ),
    )


def _date_input(
    ids: tuple[str, str], label: str, initial: date | None, hint: str | None = None
) -> InputBlock:
    return InputBlock(
        block_id=ids[0],
        label=_plain(label),
        element=DatePickerElement(action_id=ids[1], initial_date=initial.isoformat() if initial else None),
        hint=_plain(hint, 2000) if hint else None,
    )


def add_modal(team: str, lang: Lang) -> dict[str, Any]:
    """Add offer: a known 2021 competency name or another typed name, the kind, the anniversary."""
    options = [Option(value=c.name, text=_plain(c.name)) for c in rules.COMPETENCIES_2021]
    options.append(Option(value=OTHER, text=_plain(t("modal.name_other", lang))))
    blocks: list[Block] = [
        InputBlock(
            block_id=NAME_PICK[0],
            label=_plain(t("modal.name_pick", lang)),
            optional=True,
            element=StaticSelectElement(
                action_id=NAME_PICK[1],
                placeholder=_plain(t("modal.name_pick_placeholder", lang)),
                options=options,
            ),
        ),
        InputBlock(
            block_id=NAME_TYPED[0],
            label=_plain(t("modal.name_typed", lang)),
            optional=True,
            element=PlainTextInputElement(action_id=NAME_TYPED[1], max_length=NAME_LIMIT),
            hint=_plain(t("modal.name_typed_hint", lang), 2000),
        ),
        _kind_input(lang, rules.Kind.COMPETENCY),
        _date_input(ANNIVERSARY, t("modal.anniversary", lang), None, t("modal.anniversary_hint", lang)),
    ]
    return _modal(
        CALLBACK_ADD, t("modal.add_title", lang), blocks, lang, ModalTarget(team), t("modal.add_submit", lang)
    )


def renew_modal(item: OfferView, today: date, lang: Lang, target: ModalTarget) -> dict[str, Any]:
    """Mark renewed: the day it was renewed in Partner Center (today by default), with the window's dates."""
    a = item.assessment
    text = t(
        "modal.renew_intro",
        lang,
        name=name_of(item),
        opens=day(a.window_opens, lang),
        deadline=day(a.last_day_to_renew, lang),
    )
    blocks: list[Block] = [
        section(text),
        _date_input(RENEWED_ON, t("modal.renewed_on", lang), today),
        context(t("renew.partner_center", lang)),
    ]
    return _modal(
        CALLBACK_RENEW, t("modal.renew_title", lang), blocks, lang, target, t("modal.renew_submit", lang)
    )


def split_aliases(typed: str) -> list[str]:
    """The aliases typed in the Nicknames input: comma-separated, blanks between commas ignored (an empty
    input means no aliases). Each one is then checked by storage like an alias of ``/mpn alias``."""
    return [part.strip() for part in typed.split(ALIAS_SEPARATOR) if part.strip()]


def edit_modal(item: OfferView, lang: Lang, target: ModalTarget, aliases: list[str]) -> dict[str, Any]:
    """Edit: the record's name, kind, anniversary and aliases (its nicknames for DMs, as ``/mpn alias``
    sets them), filled in. A correction, not a renewal (it says so)."""
    offer = item.offer
    shown = f"{ALIAS_SEPARATOR} ".join(aliases)
    blocks: list[Block] = [
        InputBlock(
            block_id=NAME_TYPED[0],
            label=_plain(t("modal.name", lang)),
            element=PlainTextInputElement(
                action_id=NAME_TYPED[1], initial_value=offer.name[:NAME_LIMIT], max_length=NAME_LIMIT
            ),
        ),
        _kind_input(lang, rules.Kind(offer.kind)),
        _date_input(ANNIVERSARY, t("modal.anniversary", lang), offer.anniversary, t("modal.edit_hint", lang)),
        InputBlock(
            block_id=ALIASES[0],
            label=_plain(t("modal.aliases", lang)),
            optional=True,
            element=PlainTextInputElement(
                action_id=ALIASES[1],
                initial_value=shown if shown and len(shown) <= ALIASES_LIMIT else None,
                max_length=ALIASES_LIMIT,
            ),
            hint=_plain(t("modal.aliases_hint", lang), 2000),
        ),
    ]
    return _modal(
        CALLBACK_EDIT, t("modal.edit_title", lang), blocks, lang, target, t("modal.edit_submit", lang)
    )


def field_error(text: str) -> str:
    """A refusal as the plain text of a ``response_action: "errors"`` message (Slack shows it unformatted):
    no emoji code, no bold marks."""
    return plain_text(plain_from_mrkdwn(text), 1000)
