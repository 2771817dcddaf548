"""The Home's admin modals for the workspace itself: Settings and Admins, and what every such modal shares.

Views are built with slack_sdk's Block Kit models and turned into dicts by ``View.to_dict()``, which runs
slack_sdk's validators (title and button lengths, at most 100 blocks, private_metadata at most 3,000
characters), so a view Slack would refuse fails here, in tests, not in front of an admin.

Every input's block_id names the field (``channel``, ``zone`` ...) and its element's action_id is
``value``: a submission's values are read as ``values[field]["value"]`` and an error goes back as
``{"errors": {field: text}}``, which Slack shows under that field.

``private_metadata`` carries the team the view was opened for and what the view showed (the settings, the
admins): the team is checked against the request's team on submission (never trusted), and what was shown
lets a submission change only what this admin changed, not undo a change someone made meanwhile.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Final

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    ConversationFilter,
    ConversationSelectElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    OptionGroup,
    PlainTextObject,
    RadioButtonsElement,
    SectionBlock,
    StaticSelectElement,
    UserMultiSelectElement,
)
from slack_sdk.models.views import View

from bot.language.i18n import Lang, t
from bot.render.escape import plain_text
from bot.render.reply import SECTION_TEXT_LIMIT
from bot.render.settings import people
from storage import WorkspaceSettings

VALUE: Final = "value"  # the action_id of every input element: values[block_id]["value"]

CALLBACK_SETTINGS: Final = "workspace.settings"
CALLBACK_ADMINS: Final = "workspace.admins"
ACTION_JOIN_CHANNEL: Final = "workspace.settings.join"

CHANNEL, DM, ZONE, HOUR, LANGUAGE, PARTNER_CENTER = (
    "channel",
    "dm",
    "zone",
    "hour",
    "language",
    "partner_center",
)
ADMINS: Final = "admins"

MAX_OPTIONS: Final = 100  # Slack: options per select, and per option group
MAX_OPTION_GROUPS: Final = 100
#: The IANA areas shown as groups; zones outside them (``US/Eastern``, ``Etc/GMT+5``) are old aliases.
REGIONS: Final = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
_LANGUAGES: Final[tuple[Lang, ...]] = ("en", "nl")


# -- shared by every workspace modal --------------------------------------------------------------------


def metadata(team_id: str, **shown: Any) -> str:
    """``private_metadata``: the team and what the view showed, as compact JSON."""
    return json.dumps({"team": team_id, **shown}, separators=(",", ":"), sort_keys=True)


def read_metadata(raw: Any) -> dict[str, Any]:
    """The metadata a view carried back; ``{}`` for anything that is not ours (forged, truncated)."""
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def plain(text: str, limit: int = 75) -> PlainTextObject:
    return PlainTextObject(text=plain_text(text, limit), emoji=True)


def mrkdwn_section(text: str, block_id: str | None = None) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT]), block_id=block_id)


def note(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT])])


def modal(
    title: str,
    blocks: Sequence[Block],
    lang: Lang,
    *,
    callback_id: str,
    private_metadata: str = "",
    submit: str | None = None,
) -> dict[str, Any]:
    """A modal view as a dict, validated by slack_sdk (``to_dict`` raises on a breach of Slack's limits)."""
    view = View(
        type="modal",
        callback_id=callback_id,
        title=plain(title, 24),
        submit=plain(submit, 24) if submit else None,
        close=plain(t("workspace_modal.close" if submit else "workspace_modal.done", lang), 24),
        blocks=list(blocks),
        private_metadata=private_metadata or None,
    )
    return view.to_dict()


def message_modal(
    title: str, text: str, lang: Lang, *extra: Block, callback_id: str = "workspace.message"
) -> dict[str, Any]:
    """A modal that only tells something (a refusal, a result), with a Close button."""
    return modal(title, [mrkdwn_section(text), *extra], lang, callback_id=callback_id)


def refusal_modal(text: str, lang: Lang) -> dict[str, Any]:
    return message_modal(t("workspace_modal.refused_title", lang), text, lang)


# -- Settings --------------------------------------------------------------------------------------------


def _zone_text(zone: str) -> str:
    """``America/Argentina/Buenos_Aires`` in its region's group reads ``Argentina / Buenos Aires``."""
    _, _, rest = zone.partition("/")
    return (rest or zone).replace("_", " ").replace("/", " / ")


def zone_option_groups(
    all_zones: Sequence[str], current: str, user_zone: str | None, lang: Lang
) -> tuple[list[OptionGroup], Option]:
    """The IANA zones grouped by region, the asker's own zone and the current one first; and the current
    one's option (the select's ``initial_option`` must be one of its options, text and value alike).

    Slack allows 100 options per group: a region with more (America) is split into numbered groups.
    """
    first = list(dict.fromkeys(z for z in (user_zone, current) if z))
    first_options = [Option(value=z, text=plain_text(z.replace("_", " "), 75)) for z in first]
    by_region: dict[str, list[str]] = defaultdict(list)
    for zone in sorted(all_zones):
        region = zone.split("/", 1)[0]
        if zone in first or (region not in REGIONS and zone != "UTC"):
            continue
        by_region[region if region in REGIONS else "UTC"].append(zone)
    groups = [OptionGroup(label=plain(t("settings_modal.suggested", lang)), options=first_options)]
    for region in (*REGIONS, "UTC"):
        zones = by_region.get(region, [])
        label = t(f"settings_modal.region_{region.lower()}", lang)
        count = -(-len(zones) // MAX_OPTIONS)  # as few groups as the limit allows, evenly filled
        size = -(-len(zones) // count) if count else MAX_OPTIONS
        chunks = [zones[i : i + size] for i in range(0, len(zones), size)]
        for number, chunk in enumerate(chunks, 1):
            shown = f"{label} ({number}/{len(chunks)})" if len(chunks) > 1 else label
            options = [
                Option(value=z, text=plain_text(z if region == "UTC" else _zone_text(z), 75)) for z in chunk
            ]
            groups.append(OptionGroup(label=plain(shown), options=options))
    return groups[:MAX_OPTION_GROUPS], first_options[-1]


def _hour_option(hour: int) -> Option:
    return Option(value=str(hour), text=f"{hour:02d}:00")


def settings_modal(
    s: WorkspaceSettings, lang: Lang, *, team_id: str, user_zone: str | None, all_zones: Sequence[str]
) -> dict[str, Any]:
    """Every workspace setting as an input, filled in with the current values."""
    dm_option = Option(value="dm", text=plain_text(t("settings_modal.dm_option", lang), 75))
    pc_option = Option(
        value="moved",
        text=plain_text(t("settings_modal.partner_center_option", lang), 75),
        description=plain_text(t("settings_modal.partner_center_hint", lang), 75),
    )
    groups, zone_initial = zone_option_groups(all_zones, s.time_zone, user_zone, lang)
    hours = [_hour_option(h) for h in range(24)]
    languages = [Option(value=code, text=t(f"language.{code}", code)) for code in _LANGUAGES]
    channel = ConversationSelectElement(
        action_id=VALUE,
        placeholder=plain(t("settings_modal.channel_placeholder", lang)),
        filter=ConversationFilter(include=["public", "private"], exclude_bot_users=True),
        initial_conversation=s.reminder_channel or None,
    )
    blocks: list[Block] = [
        InputBlock(
            block_id=CHANNEL,
            label=plain(t("settings_modal.channel_label", lang), 2000),
            element=channel,
            hint=plain(t("settings_modal.channel_hint", lang), 2000),
            optional=True,
        ),
        InputBlock(
            block_id=DM,
            label=plain(t("settings_modal.dm_label", lang), 2000),
            element=CheckboxesElement(
                action_id=VALUE,
                options=[dm_option],
                initial_options=[dm_option] if not s.reminder_channel else None,
            ),
            optional=True,
        ),
        InputBlock(
            block_id=ZONE,
            label=plain(t("settings_modal.zone_label", lang), 2000),
            element=StaticSelectElement(action_id=VALUE, option_groups=groups, initial_option=zone_initial),
        ),
        InputBlock(
            block_id=HOUR,
            label=plain(t("settings_modal.hour_label", lang), 2000),
            element=StaticSelectElement(
                action_id=VALUE, options=hours, initial_option=_hour_option(s.posting_hour)
            ),
            hint=plain(t("settings_modal.hour_hint", lang), 2000),
        ),
        InputBlock(
            block_id=LANGUAGE,
            label=plain(t("settings_modal.language_label", lang), 2000),
            element=RadioButtonsElement(
                action_id=VALUE,
                options=languages,
                initial_option=languages[_LANGUAGES.index(s.language)],
            ),
        ),
        InputBlock(
            block_id=PARTNER_CENTER,
            label=plain(t("settings_modal.partner_center_label", lang), 2000),
            element=CheckboxesElement(
                action_id=VALUE,
                options=[pc_option],
                initial_options=[pc_option] if s.moved_to_partner_center else None,
            ),
            optional=True,
        ),
    ]
    return modal(
        t("settings_modal.title", lang),
        blocks,
        lang,
        callback_id=CALLBACK_SETTINGS,
        submit=t("workspace_modal.save", lang),
        private_metadata=metadata(team_id, shown=shown_settings(s)),
    )


def shown_settings(s: WorkspaceSettings) -> dict[str, Any]:
    """The settings a view shows, as metadata: what a submission compares to see what the admin changed."""
    return {
        "reminder_channel": s.reminder_channel,
        "time_zone": s.time_zone,
        "posting_hour": s.posting_hour,
        "language": s.language,
        "moved_to_partner_center": s.moved_to_partner_center,
    }


def settings_saved(
    summary: str, lang: Lang, *, changed: bool, join: str | None = None, private: bool = False
) -> dict[str, Any]:
    """After saving: what the settings are now; and when the bot is not in the reminder channel, say so
    with a Join button (public channels) or how to invite it (private ones)."""
    head = t("settings_modal.saved" if changed else "settings_modal.unchanged", lang)
    extra: list[Block] = []
    if join is not None and private:
        extra.append(mrkdwn_section(":warning: " + t("settings_modal.invite_me", lang, channel=f"<#{join}>")))
    elif join is not None:
        extra.append(
            mrkdwn_section(":warning: " + t("settings_modal.not_in_channel", lang, channel=f"<#{join}>"))
        )
        extra.append(
            ActionsBlock(
                block_id="join",
                elements=[
                    ButtonElement(
                        text=plain(t("settings_modal.join_button", lang)),
                        action_id=ACTION_JOIN_CHANNEL,
                        value=join,
                        style="primary",
                    )
                ],
            )
        )
    return message_modal(
        t("settings_modal.title", lang), f"{head}\n{summary}", lang, *extra, callback_id=CALLBACK_SETTINGS
    )


# -- Admins ----------------------------------------------------------------------------------------------

MAX_ADMINS: Final = 100


def admins_modal(current: Sequence[str], lang: Lang, *, team_id: str) -> dict[str, Any]:
    """The MPN partner admins as a people picker, filled in; who may grant the role, explained."""
    picker = UserMultiSelectElement(
        action_id=VALUE,
        placeholder=plain(t("admins_modal.placeholder", lang)),
        initial_users=list(current) or None,
        max_selected_items=MAX_ADMINS,
    )
    blocks: list[Block] = [
        mrkdwn_section(t("admins_modal.intro", lang)),
        InputBlock(
            block_id=ADMINS,
            label=plain(t("admins_modal.label", lang), 2000),
            element=picker,
            hint=plain(t("admins_modal.hint", lang), 2000),
        ),
        note(t("admins_modal.who_grants", lang)),
    ]
    return modal(
        t("admins_modal.title", lang),
        blocks,
        lang,
        callback_id=CALLBACK_ADMINS,
        submit=t("workspace_modal.save", lang),
        private_metadata=metadata(team_id, shown=list(current)),
    )


def admins_saved(
    admins: Sequence[str], added: Sequence[str], removed: Sequence[str], lang: Lang
) -> dict[str, Any]:
    lines = [t("admins_modal.now", lang, admins=people(admins))]
    if added:
        lines.append(t("admins_modal.added", lang, users=people(added)))
    if removed:
        lines.append(t("admins_modal.removed", lang, users=people(removed)))
    if not added and not removed:
        lines.append(t("admins_modal.unchanged", lang))
    return message_modal(t("admins_modal.title", lang), "\n".join(lines), lang, callback_id=CALLBACK_ADMINS)
