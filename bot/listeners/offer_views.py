"""The offer modals: opening them (from the Home and from a reminder post) and their submissions.

A submission is checked before anything changes, and every refusal is a ``response_action: "errors"`` on
the input it is about, in the reader's language, with the modal left open to correct it:

- only MPN partner admins change records (the same ``Conversation.require_partner_admin`` as everywhere);
- the workspace named in ``private_metadata`` must be the one the request comes from, and the offer must
  still be as the modal showed it (not removed, not renewed or corrected meanwhile): a stale or foreign
  modal changes nothing;
- the dates and names go through the same answer functions as ``/mpn add``, ``/mpn renew`` and
  ``/mpn fix``, so a modal refuses what a command refuses, with the same words.

A renewal runs under a per-workspace lock: a double submission (or a click and a submission together) sees
the first one's result and is refused as already renewed, instead of renewing a year too far.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict, defaultdict
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

import rules
from bot.core import answers
from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.core.errors import UserError
from bot.dm.aliases import alias_check
from bot.language.i18n import t
from bot.listeners.errors import reply_for
from bot.listeners.middleware import CONVERSATION
from bot.render import offer_modals as modals
from bot.render import refusals
from bot.render import reminders as render_reminders
from bot.render.offers import day
from storage import StorageError, StoredOffer

log = logging.getLogger(__name__)

# A double submission sends two requests; both would read the old anniversary and renew twice.
_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
_locks_guard = threading.Lock()

# The reminder posts whose Mark renewed opened a modal: (channel, ts) -> (text, blocks). The submission
# has no message in its payload, and reading the channel's history would need another scope; the post is
# updated from what the click carried. Bounded: a post clicked long ago is left as it is.
_POSTS_KEPT = 512
_posts: OrderedDict[tuple[str, str], tuple[str, list[dict[str, Any]]]] = OrderedDict()


def lock_for(team_id: str) -> threading.Lock:
    with _locks_guard:
        return _locks[team_id]


def remember_post(channel: str, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
    with _locks_guard:
        _posts[(channel, ts)] = (text, blocks)
        _posts.move_to_end((channel, ts))
        while len(_posts) > _POSTS_KEPT:
            _posts.popitem(last=False)


def open_modal(client: WebClient, trigger_id: str, view: dict[str, Any]) -> bool:
    """``views.open``; False when Slack refused it (an expired or used trigger_id: the click came too late
    or twice). Nothing has changed then, and the person clicks again."""
    try:
        client.views_open(trigger_id=trigger_id, view=view)
    except (SlackApiError, SlackClientError, OSError) as err:
        log.warning("views.open failed: %s", err)
        return False
    return True


def current_offer(
    conv: Conversation, offer_id: int, anniversary: date, *, gone: str = "home.offer_gone"
) -> StoredOffer:
    """The offer a button or modal showed, if it is still so: refused when removed (``gone``: the message)
    or re-dated since (another admin renewed or corrected it). Offers are looked up in the asker's own
    workspace, so another workspace's offer id is "gone" too."""
    try:
        offer = conv.ws.offer(offer_id)
    except StorageError:
        raise UserError(gone) from None
    if offer.anniversary != anniversary:
        raise UserError(
            "reminder.already_renewed", name=offer.name, anniversary=day(offer.anniversary, conv.lang)
        )
    return offer


def renew_modal_for(
    conv: Conversation, offer: StoredOffer, channel: str | None = None, ts: str | None = None
) -> dict[str, Any]:
    target = modals.ModalTarget(
        team=conv.ws.team_id,
        offer=offer.id,
        anniversary=offer.anniversary.isoformat(),
        channel=channel,
        ts=ts,
    )
    item = answers.view(offer, conv.settings, conv.today)
    return modals.renew_modal(item, conv.today, conv.lang, target)


def edit_modal_for(conv: Conversation, offer: StoredOffer) -> dict[str, Any]:
    target = modals.ModalTarget(
        team=conv.ws.team_id, offer=offer.id, anniversary=offer.anniversary.isoformat()
    )
    item = answers.view(offer, conv.settings, conv.today)
    return modals.edit_modal(item, conv.lang, target, conv.ws.aliases_of(offer.id))


class FieldError(Exception):
    """A refusal of one input of a submitted modal: its ``block_id`` and the text Slack shows under it."""

    def __init__(self, block_id: str, text: str) -> None:
        super().__init__(text)
        self.block_id = block_id
        self.text = text


def _refused(conv: Conversation, block_id: str, error: BaseException) -> FieldError:
    """A refusal as the error under one input, in the modal's own wording where it has one."""
    if isinstance(error, StorageError) and error.code == "duplicate_name":
        text = refusals.duplicate(dict(error.params), conv.lang, key="modal.duplicate_name").text
    else:
        text = reply_for(in_a_modal(error), conv.lang, "view_submission", conv.user_id).text
    return FieldError(block_id, modals.field_error(text))


# Refusals whose command wording tells the person to type an /mpn command: inside a modal they are told
# what to do there instead (same placeholders). ``auth.not_admin`` keeps its wording: the command it names
# is for someone else to type (an admin granting the role), which reads the same from a modal.
_MODAL_WORDING = {
    "confirm.stale": "modal.stale",
    "storage.alias_taken": "modal.alias_taken",
}


def in_a_modal(error: BaseException) -> BaseException:
    """``error`` as a modal says it: the modal's own wording where the command's names a command."""
    if isinstance(error, UserError):
        key, params = error.key, error.params
    elif isinstance(error, StorageError):
        key, params = f"storage.{error.code}", error.params
    else:
        return error
    modal_key = _MODAL_WORDING.get(key)
    return error if modal_key is None else UserError(modal_key, **params)


def _input(values: dict[str, Any], ids: tuple[str, str]) -> dict[str, Any]:
    found = (values.get(ids[0]) or {}).get(ids[1]) or {}
    return found if isinstance(found, dict) else {}


def _text(values: dict[str, Any], ids: tuple[str, str]) -> str:
    return " ".join(str(_input(values, ids).get("value") or "").split())


def _choice(values: dict[str, Any], ids: tuple[str, str]) -> str | None:
    option = _input(values, ids).get("selected_option") or {}
    return str(option["value"]) if isinstance(option, dict) and option.get("value") else None


def _date(conv: Conversation, values: dict[str, Any], ids: tuple[str, str]) -> date:
    raw = _input(values, ids).get("selected_date")
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise FieldError(ids[0], t("modal.date_missing", conv.lang)) from None


def _kind(conv: Conversation, values: dict[str, Any]) -> rules.Kind:
    try:
        return rules.Kind(_choice(values, modals.KIND) or "")
    except ValueError:
        raise FieldError(modals.KIND[0], t("modal.kind_missing", conv.lang)) from None


def _target(conv: Conversation, view: dict[str, Any], block_id: str, *, offer: bool) -> modals.ModalTarget:
    """The modal's own record of what it is about, checked against the request: an admin of this workspace,
    this workspace's modal, an offer id when it needs one."""
    try:
        conv.require_partner_admin()
    except UserError as err:
        raise _refused(conv, block_id, err) from None
    target = modals.ModalTarget.load(str(view.get("private_metadata") or ""))
    if (
        target is None
        or target.team != conv.ws.team_id
        or (offer and (target.offer is None or target.anniversary is None))
    ):
        log.warning("refused a modal for another workspace or with unreadable metadata")
        raise _refused(conv, block_id, UserError("confirm.stale"))
    return target


def _still_as_shown(conv: Conversation, target: modals.ModalTarget, block_id: str) -> StoredOffer:
    assert target.offer is not None and target.anniversary is not None
    try:
        return current_offer(conv, target.offer, date.fromisoformat(target.anniversary))
    except (UserError, ValueError) as err:
        raise _refused(
            conv, block_id, err if isinstance(err, UserError) else UserError("confirm.stale")
        ) from None


def submit_add(conv: Conversation, view: dict[str, Any]) -> None:
    values = (view.get("state") or {}).get("values") or {}
    _target(conv, view, modals.NAME_TYPED[0], offer=False)
    picked, typed = _choice(values, modals.NAME_PICK), _text(values, modals.NAME_TYPED)
    if picked and picked != modals.OTHER and typed:
        raise FieldError(modals.NAME_TYPED[0], t("modal.name_both", conv.lang))
    name = picked if picked and picked != modals.OTHER else typed
    if not name:
        raise FieldError(modals.NAME_TYPED[0], t("modal.name_missing", conv.lang))
    kind = _kind(conv, values)
    anniversary = _date(conv, values, modals.ANNIVERSARY)
    try:
        answers.check_anniversary(anniversary, conv.today)
        answers.check_window_not_closed(kind, anniversary, conv.today)
    except UserError as err:
        raise _refused(conv, modals.ANNIVERSARY[0], err) from None
    try:
        answers.add_offer(
            conv.ws, actor=conv.user_id, kind=kind, name=name, anniversary=anniversary, today=conv.today
        )
    except StorageError as err:
        block = modals.ANNIVERSARY[0] if err.code == "invalid_date" else modals.NAME_TYPED[0]
        raise _refused(conv, block, err) from None


def submit_renew(conv: Conversation, view: dict[str, Any], client: WebClient) -> None:
    values = (view.get("state") or {}).get("values") or {}
    block = modals.RENEWED_ON[0]
    target = _target(conv, view, block, offer=True)
    on = _date(conv, values, modals.RENEWED_ON)
    with lock_for(conv.ws.team_id):
        offer = _still_as_shown(conv, target, block)
        try:
            answer = answers.renew_offer(conv.ws, actor=conv.user_id, name=offer.id, on=on, today=conv.today)
        except (UserError, StorageError) as err:
            raise _refused(conv, block, err) from None
    if target.channel and target.ts:
        _update_post(client, conv, answer, target.channel, target.ts)


def submit_edit(conv: Conversation, view: dict[str, Any]) -> None:
    values = (view.get("state") or {}).get("values") or {}
    block = modals.NAME_TYPED[0]
    target = _target(conv, view, block, offer=True)
    name = _text(values, modals.NAME_TYPED)
    if not name:
        raise FieldError(block, t("modal.name_missing", conv.lang))
    kind = _kind(conv, values)
    anniversary = _date(conv, values, modals.ANNIVERSARY)
    # Not run through ``_text``: collapsing whitespace would hide control characters storage refuses.
    aliases = modals.split_aliases(str(_input(values, modals.ALIASES).get("value") or ""))
    with lock_for(conv.ws.team_id):
        offer = _still_as_shown(conv, target, block)
        _set_aliases(conv, offer.id, aliases, dry_run=True)  # refused aliases leave the record as it was
        try:
            answers.edit_offer(
                conv.ws,
                actor=conv.user_id,
                offer_id=offer.id,
                name=name,
                kind=kind,
                anniversary=anniversary,
                today=conv.today,
            )
        except UserError as err:
            raise _refused(conv, modals.ANNIVERSARY[0], err) from None
        except StorageError as err:
            field = modals.ANNIVERSARY[0] if err.code == "invalid_date" else block
            raise _refused(conv, field, err) from None
        _set_aliases(conv, offer.id, aliases, dry_run=False)


def _set_aliases(conv: Conversation, offer_id: int, aliases: list[str], *, dry_run: bool) -> None:
    """The offer's aliases as the Nicknames input lists them, through the same storage checks and audit as
    ``/mpn alias`` (``WorkspaceStore.set_aliases``); a refusal is an error on that input."""
    try:
        conv.ws.set_aliases(offer_id, aliases, actor=conv.user_id, dry_run=dry_run, check=alias_check(conv))
    except (StorageError, UserError) as err:
        raise _refused(conv, modals.ALIASES[0], err) from None


def _update_post(
    client: WebClient, conv: Conversation, answer: answers.RenewalAnswer, channel: str, ts: str
) -> None:
    """The reminder post the modal came from: the offer's line says who recorded the renewal and the new
    anniversary, and its button goes (as a click on the post did before modals)."""
    with _locks_guard:
        kept = _posts.pop((channel, ts), None)
    if kept is None:
        return
    text, blocks = kept
    post_text = render_reminders.renewed_text(
        answer.before, answer.after, conv.user_id, conv.settings.language
    )
    new_blocks = render_reminders.mark_renewed(blocks, answer.before.offer.id, post_text)
    try:
        client.chat_update(channel=channel, ts=ts, text=text or post_text, blocks=new_blocks)
    except (SlackApiError, SlackClientError, OSError) as err:
        log.warning("chat.update of the reminder after a renewal failed: %s", err)


def register(app: App, deps: Deps) -> None:
    def handle(ack: Ack, context: BoltContext, work: Any) -> None:
        conv: Conversation = context[CONVERSATION]
        try:
            work(conv)
        except FieldError as err:
            ack(response_action="errors", errors={err.block_id: err.text})
            return
        ack()  # closes the modal; the Home is republished with the change

    @app.view(modals.CALLBACK_ADD)
    def add(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
        handle(ack, context, lambda conv: submit_add(conv, view))

    @app.view(modals.CALLBACK_RENEW)
    def renew(ack: Ack, view: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        handle(ack, context, lambda conv: submit_renew(conv, view, client))

    @app.view(modals.CALLBACK_EDIT)
    def edit(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
        handle(ack, context, lambda conv: submit_edit(conv, view))
