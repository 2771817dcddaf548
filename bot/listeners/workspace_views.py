"""The Home's admin buttons and their modals: Settings, Admins, Import CSV, History.

The Home renders the buttons (``home.settings``, ``home.admins``, ``home.import_csv``, ``home.history``);
a click is a ``block_actions`` with a ``trigger_id``, answered with ``views.open``. Steps inside a modal are
``response_action: "update"`` (a submission) or ``views.update`` (a button in the modal).

Who: MPN partner admins only. The buttons go through ``require_partner_admin`` like every change; a
submission is checked again (a member who somehow submits a view gets a refusal and nothing changes). Which
workspace: always the request's (Bolt's ``context.team_id``); the team a view's ``private_metadata`` names
must be that one, or the submission is refused. What: every input is validated and a problem goes back as
``response_action: "errors"`` naming the field, in the reader's language. The changes themselves are the
same storage calls as ``/mpn channel``, ``/mpn timezone``, ``/mpn admins add`` and ``mpn-bot import``, so
the same checks and audit log apply.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import urlsplit

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.core.channels import channel_facts
from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.core.errors import UserError
from bot.language.i18n import Lang, t
from bot.language.spreadsheet import MAX_FILE_BYTES, Sheet, read_offer_sheet
from bot.listeners.errors import reply_for
from bot.listeners.middleware import CONVERSATION, require_partner_admin
from bot.render import history as render_history
from bot.render import import_modal as render_import
from bot.render import settings_modals as render
from bot.render.escape import plain_from_mrkdwn, plain_text
from bot.render.home import ACTION_ADMINS, ACTION_HISTORY, ACTION_IMPORT_CSV, ACTION_SETTINGS
from bot.render.settings import settings_summary
from bot.slash.admins import why_not_admin
from bot.slash.grammar import zones
from storage import ImportChange, ImportMode, ImportRow, StorageError
from storage.csv_io import FORMULA_TRIGGERS

log = logging.getLogger(__name__)

ACTION_IMPORT: Final = ACTION_IMPORT_CSV

_ERROR_LIMIT: Final = 500  # an error under a field: a sentence or two
_USER_ID: Final = re.compile(r"[UW][A-Z0-9]{2,20}")
_FILE_ID: Final = re.compile(r"F[A-Z0-9]{2,30}")
#: The file's first line names no usable columns: the whole file is wrong, said on the file field.
_HEADER_PROBLEMS: Final = frozenset(
    {"sheet.missing_columns", "sheet.unknown_column", "sheet.duplicate_column"}
)
_DOWNLOAD_TIMEOUT: Final = 2.0  # a view_submission must be answered within Slack's 3 s
# Fields of the Settings modal, by the setting each changes.
_SETTING_FIELDS: Final = {
    "reminder_channel": render.CHANNEL,
    "time_zone": render.ZONE,
    "posting_hour": render.HOUR,
    "language": render.LANGUAGE,
    "moved_to_partner_center": render.PARTNER_CENTER,
}


# -- opening a modal ------------------------------------------------------------------------------------


def _open(client: WebClient, body: dict[str, Any], conv: Conversation, view: dict[str, Any]) -> None:
    """``views.open`` with the click's trigger_id. A trigger is good for 3 seconds and one use: when Slack
    says it expired (a slow moment) the admin is told by DM to click again, rather than nothing happening."""
    try:
        client.views_open(trigger_id=str(body.get("trigger_id") or ""), view=view)
    except SlackApiError as err:
        code = err.response.get("error")
        log.warning("views.open failed: %s", code)
        if code in ("expired_trigger_id", "exchanged_trigger_id", "invalid_trigger_id"):
            try:
                client.chat_postMessage(channel=conv.user_id, text=t("modal.open_failed", conv.lang))
            except (SlackApiError, SlackClientError, OSError) as dm_err:
                log.warning("could not tell %s the modal expired: %s", conv.user_id, dm_err)


def _settings_view(conv: Conversation) -> dict[str, Any]:
    """The Settings modal for the asker: their own Slack time zone (``users.info`` ``tz``, already read for
    this request) comes first in the zone list."""
    return render.settings_modal(
        conv.settings,
        conv.lang,
        team_id=conv.ws.team_id,
        user_zone=conv.person.time_zone,
        all_zones=sorted(zones()),
    )


def _history_view(conv: Conversation, offset: int) -> dict[str, Any]:
    entries = conv.ws.audit_log(render_history.PAGE_SIZE + 1, offset)
    return render_history.history_modal(
        entries[: render_history.PAGE_SIZE],
        offset=offset,
        has_next=len(entries) > render_history.PAGE_SIZE,
        zone=conv.settings.time_zone,
        lang=conv.lang,
        team_id=conv.ws.team_id,
    )


# -- checks every submission makes ----------------------------------------------------------------------


class _Refused(Exception):
    """A submission that must change nothing: answered with a view saying why (``text``, mrkdwn)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _checked(
    body: dict[str, Any], context: BoltContext
) -> tuple[Conversation, dict[str, Any], dict[str, Any]]:
    """The conversation, the view's metadata and its input values, once the submission is known to be
    an MPN partner admin's, for a view opened in this same workspace."""
    conv: Conversation = context[CONVERSATION]
    view = body.get("view") or {}
    meta = render.read_metadata(view.get("private_metadata"))
    if meta.get("team") != conv.ws.team_id:
        log.warning(
            "refused a %s view for team %r in team %s",
            view.get("callback_id"),
            meta.get("team"),
            conv.ws.team_id,
        )
        raise _Refused(t("workspace_modal.stale", conv.lang))
    try:
        conv.require_partner_admin()
    except UserError as err:
        raise _Refused(reply_for(err, conv.lang, "view_submission", conv.user_id).text) from None
    values = (view.get("state") or {}).get("values") or {}
    return conv, meta, values if isinstance(values, dict) else {}


def _value(values: dict[str, Any], field: str) -> dict[str, Any]:
    found = (values.get(field) or {}).get(render.VALUE) or {}
    return found if isinstance(found, dict) else {}


def _selected(values: dict[str, Any], field: str) -> str | None:
    option = _value(values, field).get("selected_option") or {}
    value = option.get("value") if isinstance(option, dict) else None
    return value if isinstance(value, str) else None


def _ticked(values: dict[str, Any], field: str) -> bool:
    options = _value(values, field).get("selected_options") or []
    return isinstance(options, list) and len(options) > 0


def _errors(ack: Ack, errors: dict[str, str]) -> None:
    """Slack shows these unformatted: plain text, no entities or marks (``plain_from_mrkdwn``)."""
    ack(
        response_action="errors",
        errors={k: plain_text(plain_from_mrkdwn(v), _ERROR_LIMIT) for k, v in errors.items()},
    )


def _submission(
    handler: Callable[[Ack, dict[str, Any], WebClient, BoltContext], None],
) -> Callable[..., None]:
    """Every submission's answer to a refusal or an unexpected failure: a view saying so, nothing changed."""

    def run(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv: Conversation | None = context.get(CONVERSATION)
        lang: Lang = conv.lang if conv is not None else "en"
        try:
            handler(ack, body, client, context)
        except _Refused as refused:
            ack(response_action="update", view=render.refusal_modal(refused.text, lang))
        except (UserError, StorageError) as err:
            ack(response_action="update", view=render.refusal_modal(reply_for(err, lang, "view").text, lang))

    return run


# -- Settings -------------------------------------------------------------------------------------------


def _shown_value(setting: str, value: Any, lang: Lang) -> str:
    if setting == "reminder_channel":
        return t("settings_modal.by_dm", lang) if value is None else f"#{value}"
    if setting == "language":
        return t(f"language.{value}", lang)
    if setting == "moved_to_partner_center":
        return t("yes" if value else "no", lang)
    if setting == "posting_hour":
        return f"{int(value):02d}:00"
    return str(value)


def _submitted_settings(values: dict[str, Any], lang: Lang) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    channel = _value(values, render.CHANNEL).get("selected_conversation")
    channel = channel if isinstance(channel, str) and channel else None
    by_dm = _ticked(values, render.DM)
    if channel and by_dm:
        errors[render.CHANNEL] = t("settings_modal.channel_or_dm", lang)
    elif not channel and not by_dm:
        errors[render.CHANNEL] = t("settings_modal.channel_missing_choice", lang)
    zone = _selected(values, render.ZONE)
    if zone is None or zone not in zones():
        errors[render.ZONE] = t("settings_modal.zone_invalid", lang)
    hour = _selected(values, render.HOUR)
    if hour is None or not hour.isdigit() or not 0 <= int(hour) <= 23:
        errors[render.HOUR] = t("settings_modal.hour_invalid", lang)
    language = _selected(values, render.LANGUAGE)
    if language not in ("en", "nl"):
        errors[render.LANGUAGE] = t("settings_modal.language_invalid", lang)
    submitted = {
        "reminder_channel": channel,
        "time_zone": zone,
        "posting_hour": int(hour) if hour and hour.isdigit() else None,
        "language": language,
        "moved_to_partner_center": _ticked(values, render.PARTNER_CENTER),
    }
    return submitted, errors


def _save_settings(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    conv, meta, values = _checked(body, context)
    lang = conv.lang
    submitted, errors = _submitted_settings(values, lang)
    if errors:
        _errors(ack, errors)
        return
    shown_raw = meta.get("shown")
    shown: dict[str, Any] = shown_raw if isinstance(shown_raw, dict) else {}
    current = render.shown_settings(conv.ws.settings())
    changes: dict[str, Any] = {}
    for setting, value in submitted.items():
        if value == shown.get(setting, current[setting]):
            continue  # not changed in this view: a change someone made meanwhile stays
        if current[setting] != shown.get(setting, current[setting]) and current[setting] != value:
            errors[_SETTING_FIELDS[setting]] = t(
                "settings_modal.changed_meanwhile", lang, value=_shown_value(setting, current[setting], lang)
            )
            continue
        changes[setting] = value
    final_channel = changes.get("reminder_channel", current["reminder_channel"])
    facts = channel_facts(client, final_channel) if final_channel else None
    if facts is not None and "reminder_channel" in changes:
        if facts.state == "missing":
            errors[render.CHANNEL] = t("settings_modal.channel_unknown", lang)
        elif facts.archived:
            errors[render.CHANNEL] = t("settings_modal.channel_archived", lang)
        elif facts.is_im:
            errors[render.CHANNEL] = t("settings_modal.channel_is_dm", lang)
    if errors:
        _errors(ack, errors)
        return
    try:
        updated = conv.ws.update_settings(conv.user_id, **changes) if changes else conv.ws.settings()
    except StorageError as err:
        field = _SETTING_FIELDS.get(str(err.params.get("setting")), render.ZONE)
        _errors(ack, {field: reply_for(err, lang, "settings").text})
        return
    lang = updated.language if "language" in changes else lang
    join = final_channel if facts is not None and facts.state == "not_member" else None
    ack(
        response_action="update",
        view=render.settings_saved(
            settings_summary(updated, lang).text,
            lang,
            changed=bool(changes),
            join=join,
            private=bool(facts and facts.private),
        ),
    )


def _join_channel(body: dict[str, Any], client: WebClient, conv: Conversation) -> None:
    """The saved view's Join button: join the reminder channel, if it still is the reminder channel."""
    view = body.get("view") or {}
    meta = render.read_metadata(view.get("private_metadata"))
    channel = str(((body.get("actions") or [{}])[0]).get("value") or "")
    lang = conv.lang
    if (meta and meta.get("team") != conv.ws.team_id) or channel != conv.ws.settings().reminder_channel:
        text = t("workspace_modal.stale", lang)
    else:
        try:
            client.conversations_join(channel=channel)
            text = ":white_check_mark: " + t("settings_modal.joined", lang, channel=f"<#{channel}>")
        except SlackApiError as err:
            code = str(err.response.get("error") or "")
            key = {
                "method_not_supported_for_channel_type": "settings_modal.invite_me",
                "is_archived": "settings_modal.channel_archived",
                "channel_not_found": "settings_modal.channel_unknown",
                "missing_scope": "settings_modal.join_not_allowed",
            }.get(code, "settings_modal.join_failed")
            text = ":warning: " + t(key, lang, channel=f"<#{channel}>")
    _update(client, view, render.message_modal(t("settings_modal.title", lang), text, lang))


def _update(client: WebClient, view: dict[str, Any], new: dict[str, Any]) -> None:
    try:
        client.views_update(view_id=str(view.get("id") or ""), hash=view.get("hash"), view=new)
    except SlackApiError as err:  # hash_conflict: the view moved on meanwhile (another click); leave it
        log.warning("views.update failed: %s", err.response.get("error"))


# -- Admins ---------------------------------------------------------------------------------------------


def _save_admins(deps: Deps) -> Callable[[Ack, dict[str, Any], WebClient, BoltContext], None]:
    def save(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv, meta, values = _checked(body, context)
        lang = conv.lang
        selected = _value(values, render.ADMINS).get("selected_users") or []
        if not isinstance(selected, list) or not all(
            isinstance(u, str) and _USER_ID.fullmatch(u) for u in selected
        ):
            _errors(ack, {render.ADMINS: t("admins_modal.not_people", lang)})
            return
        shown_raw = meta.get("shown")
        shown = [u for u in shown_raw if isinstance(u, str)] if isinstance(shown_raw, list) else []
        current = conv.ws.admins()
        add = [u for u in dict.fromkeys(selected) if u not in shown and u not in current]
        remove = [u for u in shown if u not in selected and u in current]
        if not (set(current) | set(add)) - set(remove):
            _errors(ack, {render.ADMINS: t("admins_modal.last", lang)})
            return
        for user in add:  # every one is checked before any is added
            refused = why_not_admin(deps.people.get(client, conv.ws.team_id, user))
            if refused is not None:
                _errors(ack, {render.ADMINS: t(f"admins_modal.{refused}", lang)})
                return
        for user in add:
            conv.ws.add_admin(user, actor=conv.user_id)
        for user in remove:
            conv.ws.remove_admin(user, actor=conv.user_id)
        ack(response_action="update", view=render.admins_saved(conv.ws.admins(), add, remove, lang))

    return save


# -- Import CSV -----------------------------------------------------------------------------------------


class _NoFile(Exception):
    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params = params or {}


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect from ``url_private`` is Slack's sign-in page (the token was not accepted); following it
    would also hand the Authorization header to wherever it points."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _is_slack(url: str, client: WebClient) -> bool:
    """The bot token is only ever sent to Slack: ``files.slack.com`` (or the Web API's own host, the
    local stand-in's)."""
    host = urlsplit(url).netloc
    api = urlsplit(client.base_url).netloc
    return urlsplit(url).scheme in ("https", "http") and (host == api or host == "files.slack.com")


def _download(client: WebClient, file_id: str) -> bytes:
    """The uploaded file's bytes: ``files.info`` (this workspace's token sees this workspace's files only),
    then ``url_private`` with the bot token, at most ``MAX_FILE_BYTES``."""
    if not _FILE_ID.fullmatch(file_id):
        raise _NoFile("import.file_missing")
    try:
        info = client.files_info(file=file_id)["file"]
    except SlackApiError as err:
        code = err.response.get("error")
        raise _NoFile(
            "import.file_missing" if code in ("file_not_found", "file_deleted") else "import.file_unreadable"
        ) from None
    except (SlackClientError, OSError):
        raise _NoFile("import.file_unreadable") from None
    size = int(info.get("size") or 0)
    if size > MAX_FILE_BYTES:
        raise _NoFile("sheet.too_big", {"size": size, "limit": MAX_FILE_BYTES})
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not _is_slack(url, client):
        raise _NoFile("import.file_unreadable")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    try:
        with urllib.request.build_opener(_NoRedirects).open(request, timeout=_DOWNLOAD_TIMEOUT) as response:
            if str(response.headers.get("Content-Type", "")).startswith("text/html"):
                raise _NoFile("import.file_unreadable")  # Slack's sign-in page, not the file
            data: bytes = response.read(MAX_FILE_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError):
        raise _NoFile("import.file_unreadable") from None
    if len(data) > MAX_FILE_BYTES:
        raise _NoFile("sheet.too_big", {"size": len(data), "limit": MAX_FILE_BYTES})
    return data


def _read(
    data: bytes, conv: Conversation
) -> tuple[Sheet, list[ImportRow], list[tuple[int, str, dict[str, Any]]]]:
    """The reader's rows and problems, and one more refusal: a name a spreadsheet would run as a formula
    (``=HYPERLINK(...)``, ``+cmd``, ``@SUM``) is refused here, in a file someone uploaded to Slack."""
    sheet = read_offer_sheet(data, today=conv.today)
    whole_file = [p for p in sheet.problems if p.line == 0 or p.code in _HEADER_PROBLEMS]
    if whole_file:
        raise _NoFile(whole_file[0].code, dict(whole_file[0].params))
    errors = [(p.line, p.code, dict(p.params)) for p in sheet.problems]
    rows = []
    for r in sheet.rows:
        if r.name.startswith(FORMULA_TRIGGERS):
            errors.append((r.line, "formula", {"name": r.name}))
        else:
            rows.append(ImportRow(r.line, r.name, r.kind, r.anniversary))
    errors.sort(key=lambda e: e[0])
    return sheet, rows, errors


def _digest(data: bytes, mode: str, changes: list[ImportChange]) -> str:
    """Names one preview: the file, the mode and every change it showed. The confirmation imports only if
    a fresh dry run gives the same digest (nothing changed meanwhile, not already imported)."""
    shown = [(c.line, c.action, c.name, repr(c.before), repr(c.after)) for c in changes]
    return hashlib.sha256(data + mode.encode() + json.dumps(shown).encode()).hexdigest()[:32]


def _preview(
    conv: Conversation, data: bytes, file_id: str, mode: ImportMode, *, changed_meanwhile: bool = False
) -> tuple[dict[str, Any], str, list[ImportRow], list[tuple[int, str, dict[str, Any]]]]:
    sheet, rows, errors = _read(data, conv)
    if mode == "replace" and not rows and not errors:
        raise _NoFile("import.replace_empty")
    report = conv.ws.import_offers(rows, actor=conv.user_id, mode=mode, dry_run=True, errors=errors)
    changes = report.changes
    if report.errors:  # what the rest would do, for the preview; nothing can be imported like this
        refused_lines = {line for line, _, _ in report.errors}
        rest = [r for r in rows if r.line not in refused_lines]
        changes = conv.ws.import_offers(rest, actor=conv.user_id, mode=mode, dry_run=True).changes
    digest = _digest(data, mode, report.changes) if report.ok else ""
    view = render_import.preview_modal(
        changes,
        report.errors,
        mode=mode,
        lang=conv.lang,
        team_id=conv.ws.team_id,
        file_id=file_id,
        digest=digest,
        how_read=render_import.how_read(sheet, conv.lang),
        changed_meanwhile=changed_meanwhile,
    )
    return view, digest, rows, errors


def _file_error(ack: Ack, err: _NoFile, lang: Lang) -> None:
    _errors(ack, {render_import.FILE: render_import.problem_text(err.code, err.params, lang)})


def _upload(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    conv, _, values = _checked(body, context)
    files = _value(values, render_import.FILE).get("files") or []
    mode = _selected(values, render_import.MODE)
    if mode not in render_import.MODES:
        _errors(ack, {render_import.MODE: t("import.mode_invalid", conv.lang)})
        return
    if not isinstance(files, list) or len(files) != 1 or not isinstance(files[0], dict):
        _errors(ack, {render_import.FILE: t("import.one_file", conv.lang)})
        return
    file_id = str(files[0].get("id") or "")
    try:
        view, _, _, _ = _preview(conv, _download(client, file_id), file_id, mode)
    except _NoFile as err:
        _file_error(ack, err, conv.lang)
        return
    ack(response_action="update", view=view)


def _confirm(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    conv, meta, _ = _checked(body, context)
    mode, file_id, digest = meta.get("mode"), str(meta.get("file") or ""), meta.get("digest")
    if mode not in render_import.MODES or not digest:
        raise _Refused(t("workspace_modal.stale", conv.lang))
    try:
        data = _download(client, file_id)
        view, fresh, rows, errors = _preview(conv, data, file_id, mode, changed_meanwhile=True)
    except _NoFile as err:
        raise _Refused(render_import.problem_text(err.code, err.params, conv.lang)) from None
    if fresh != digest:  # the offers or the file changed since the preview, or it was imported already
        ack(response_action="update", view=view)
        return
    report = conv.ws.import_offers(rows, actor=conv.user_id, mode=mode, errors=errors)
    if not report.written:
        ack(response_action="update", view=view)
        return
    ack(response_action="update", view=render_import.done_modal(report.changes, report.mode, conv.lang))


# -- registration ---------------------------------------------------------------------------------------


def _page_offset(body: dict[str, Any]) -> int | None:
    value = str(((body.get("actions") or [{}])[0]).get("value") or "")
    if not value.isdigit() or int(value) > render_history.MAX_OFFSET:
        return None
    return int(value)


def register(app: App, deps: Deps) -> None:
    admin_only = [require_partner_admin]

    @app.action(ACTION_SETTINGS, middleware=admin_only)
    def open_settings(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        _open(client, body, conv, _settings_view(conv))

    @app.action(ACTION_ADMINS, middleware=admin_only)
    def open_admins(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        _open(client, body, conv, render.admins_modal(conv.ws.admins(), conv.lang, team_id=conv.ws.team_id))

    @app.action(ACTION_IMPORT, middleware=admin_only)
    def open_import(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        _open(client, body, conv, render_import.upload_modal(conv.lang, team_id=conv.ws.team_id))

    @app.action(ACTION_HISTORY, middleware=admin_only)
    def open_history(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        _open(client, body, conv, _history_view(conv, 0))

    @app.action(re.compile(rf"^{re.escape(render_history.ACTION_PAGE)}(\.next)?$"), middleware=admin_only)
    def history_page(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        view = body.get("view") or {}
        meta = render.read_metadata(view.get("private_metadata"))
        offset = _page_offset(body)
        if meta.get("team") != conv.ws.team_id or offset is None:
            _update(client, view, render.refusal_modal(t("workspace_modal.stale", conv.lang), conv.lang))
            return
        _update(client, view, _history_view(conv, offset))

    @app.action(render.ACTION_JOIN_CHANNEL, middleware=admin_only)
    def join_channel(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        _join_channel(body, client, context[CONVERSATION])

    app.view(render.CALLBACK_SETTINGS)(_submission(_save_settings))
    app.view(render.CALLBACK_ADMINS)(_submission(_save_admins(deps)))
    app.view(render_import.CALLBACK_UPLOAD)(_submission(_upload))
    app.view(render_import.CALLBACK_CONFIRM)(_submission(_confirm))
