"""Installing the app in many workspaces through Slack's OAuth flow (``/slack/install``).

Bolt runs the flow; slack_sdk's SQLite installation store keeps each workspace's bot token (in a file of
its own beside the database, see ``Settings.installations_path``). On a successful install the workspace is
registered in ``storage`` with the installer's time zone and language, and the installer becomes the
workspace's first MPN partner admin.
"""

from __future__ import annotations

import logging

from slack_bolt import BoltResponse
from slack_bolt.oauth.callback_options import CallbackOptions, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

from bot.language.i18n import language_of_locale
from bot.runtime.config import Settings
from bot.runtime.slack_client import web_client
from storage import Store

log = logging.getLogger(__name__)

# The bot scopes of manifest.yml (a test keeps the two in step).
BOT_SCOPES = (
    "commands",
    "chat:write",
    "im:write",
    "im:history",
    "users:read",
    "channels:read",
    "channels:join",
    "files:read",
)
STATE_EXPIRY_SECONDS = 600


def installation_store(settings: Settings) -> SQLite3InstallationStore:
    store = SQLite3InstallationStore(
        database=str(settings.installations_path), client_id=settings.client_id or ""
    )
    store.init()
    return store


def oauth_settings(
    settings: Settings, store: Store, installations: SQLite3InstallationStore
) -> OAuthSettings:
    state_store = SQLite3OAuthStateStore(
        database=str(settings.installations_path), expiration_seconds=STATE_EXPIRY_SECONDS
    )
    state_store.init()

    def success(args: SuccessArgs) -> BoltResponse:
        installation = args.installation
        zone, language = "UTC", "en"
        try:
            client = web_client(installation.bot_token, settings.slack_api_url)
            user = client.users_info(user=installation.user_id, include_locale=True)["user"]
            zone = user.get("tz") or zone
            language = language_of_locale(user.get("locale")) or language
        except (SlackApiError, SlackClientError, OSError) as err:
            log.warning("could not read the installer's profile: %s", err)
        store.install_workspace(
            installation.team_id or "",
            enterprise_id=installation.enterprise_id,
            name=installation.team_name,
            time_zone=zone,
            language=language,
            installer_user_id=installation.user_id,
        )
        log.info("installed in %s by %s", installation.team_id, installation.user_id)
        return args.default.success(args)

    return OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=installations,
        state_store=state_store,
        callback_options=CallbackOptions(success=success, failure=lambda args: args.default.failure(args)),
    )
