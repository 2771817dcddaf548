"""Every error code Slack documents for ``chat.postMessage`` and ``conversations.open``, with its class (who
owns the failure) and, for the ones the MPN partner admins must fix, what the alert tells them to do.

The one table both sides read: ``bot.reminders.delivery`` classifies a failed call with ``classify_code``
and ``bot.render.reminders`` words the alert with ``advice_for`` (issue 10: the restricted-channel codes
were listed twice, once per side, and drifted). It lives here, with no imports, so the renderers and the
delivery can both read it without importing each other.

Sources: https://docs.slack.dev/reference/methods/chat.postMessage and
https://docs.slack.dev/reference/methods/conversations.open (their "Errors" tables, as copied in
slack-ruby/slack-api-ref and Slack's OpenAPI spec), plus codes Slack returns but documents elsewhere
(``msg_blocks_too_long``, ``message_limit_exceeded``, ``ratelimited`` with HTTP 429). A code Slack adds
later is not in any set: it is **permanent** and alerts (``classify_code``), so it is never silent.

| class | owner |
| --- | --- |
| ``temporary`` | the sweep: retried with backoff, nobody is told (``uncertain`` when the post may have landed) |
| ``channel`` | the admins: the reminder channel cannot take the post; one DM and an App Home warning |
| ``recipient`` | the other admins: one admin cannot be DMed (DM mode) |
| ``permanent`` | the admins: the post or the app is refused until someone changes something |
| ``token`` | operators: the token does not work, nobody in the workspace can be told; logged, and the workspace is counted as disconnected (``mpn_workspaces_disconnected`` at ``/metrics``) |
"""

from __future__ import annotations

from collections.abc import Mapping

#: The reminder channel cannot take the post, by what the admins must fix (``reminder.alert.<advice>``):
#: fixed in Slack (invite the bot, unarchive, lift a posting restriction) or with ``/mpn channel``.
CHANNEL_ERRORS: Mapping[str, str] = {
    "not_in_channel": "not_in_channel",
    "channel_not_found": "channel_not_found",
    "duplicate_channel_not_found": "channel_not_found",
    "is_archived": "is_archived",
    "restricted_action": "restricted",
    "restricted_action_read_only_channel": "restricted",
    "restricted_action_thread_only_channel": "restricted",
    "restricted_action_non_threadable_channel": "restricted",
    "restricted_action_thread_locked": "restricted",
    "messages_tab_disabled": "restricted",
    "method_not_supported_for_channel_type": "restricted",
    "no_permission": "permission",
    "team_access_not_granted": "permission",
    "ekm_access_denied": "permission",
}
#: The token does not work: nobody in the workspace can be told; operators see it.
TOKEN_ERRORS = frozenset(
    {
        "token_revoked",
        "invalid_auth",
        "account_inactive",
        "not_authed",
        "token_expired",
        "no_token",
        "team_not_found",
        "not_allowed_token_type",
    }
)
#: DM mode: this one admin cannot be messaged.
RECIPIENT_ERRORS = frozenset(
    {"user_not_found", "cannot_dm_bot", "user_disabled", "user_not_visible", "invalid_user_combination"}
)
#: Slack could not take the call now; retried. ``rate_limited`` is chat.postMessage's HTTP 200 spelling.
TEMPORARY_ERRORS = frozenset(
    {
        "ratelimited",
        "rate_limited",
        "service_unavailable",
        "request_timeout",
        "team_added_to_org",
        "org_login_required",
    }
)
#: Slack says "it's possible some aspect of the operation succeeded": retried, marked as a possible repeat.
UNCERTAIN_ERRORS = frozenset({"internal_error", "fatal_error"})
#: The post or the app is refused and retrying cannot help until someone changes something, by what the
#: alert tells the admins (``refused``: the code itself, for the bot's maintainers). Listed for the record
#: and the wording: every code in no set is permanent too.
PERMANENT_ERRORS: Mapping[str, str] = {
    **dict.fromkeys(
        (
            "msg_too_long",
            "msg_blocks_too_long",
            "no_text",
            "invalid_blocks",
            "invalid_blocks_format",
            "invalid_metadata_format",
            "invalid_metadata_schema",
            "metadata_too_large",
            "metadata_must_be_sent_from_app",
            "markdown_text_conflict",
            "missing_file_data",
            "too_many_attachments",
            "attachment_payload_limit_exceeded",
            "too_many_contact_cards",
            "as_user_not_supported",
            "cannot_reply_to_message",
            "duplicate_message_not_found",
            "slack_connect_file_link_sharing_blocked",
            "slack_connect_canvas_sharing_blocked",
            "slack_connect_lists_sharing_blocked",
            "accesslimited",
            "two_factor_setup_required",
            "deprecated_endpoint",
            "method_deprecated",
            "upgrade_required",
            "invalid_arguments",
            "invalid_arg_name",
            "invalid_array_arg",
            "invalid_charset",
            "invalid_form_data",
            "invalid_json",
            "json_not_object",
            "invalid_post_type",
            "missing_post_type",
            "users_list_not_supplied",
            "not_enough_users",
            "too_many_users",
        ),
        "refused",
    ),
    "message_limit_exceeded": "restricted",
    "missing_scope": "permission",
    "access_denied": "permission",
    "enterprise_is_restricted": "permission",
}

#: What an alert can tell the admins to do (each is a ``reminder.alert.<advice>`` message).
ADVICE = frozenset({*CHANNEL_ERRORS.values(), *PERMANENT_ERRORS.values()})


def classify_code(code: str) -> tuple[str, bool]:
    """The class of a Slack error code and whether the call may have taken effect anyway."""
    if code in TEMPORARY_ERRORS:
        return "temporary", False
    if code in UNCERTAIN_ERRORS:
        return "temporary", True
    if code in CHANNEL_ERRORS:
        return "channel", False
    if code in TOKEN_ERRORS:
        return "token", False
    if code in RECIPIENT_ERRORS:
        return "recipient", False
    return "permanent", False  # PERMANENT_ERRORS, and anything Slack adds later


def advice_for(code: str) -> str:
    """What the alert about ``code`` tells the admins to fix: ``refused`` (naming the code) for every code
    without a more specific remedy, unknown ones included."""
    return CHANNEL_ERRORS.get(code) or PERMANENT_ERRORS.get(code) or "refused"
