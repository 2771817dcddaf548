"""Installing the app in many workspaces through Slack's OAuth flow (``/slack/install``).

Bolt runs the flow; slack_sdk's SQLite installation store keeps each workspace's bot token (in a file of
its own beside the database, see ``Settings.installations_path``). On a successful install the workspace is
registered in ``storage`` with the installer's time zone and language, and the installer becomes the
workspace's first MPN partner admin.

**Rotating tokens** (Slack's "token rotation", https://docs.slack.dev/authentication/using-token-rotation):
an installation then holds an access token that expires after 12 hours and a refresh token.
``RotatingInstallationStore.find_bot`` exchanges the refresh token (``oauth.v2.access`` with
``grant_type=refresh_token``) for a fresh access token once the current one expires within
``TOKEN_ROTATION_MINUTES`` and saves it, so every reader of the store gets a working token: Bolt's
authorisation of each request and, just as much, the reminder sweep's background posts (``bot.reminders``
reads each workspace's token from this store). Bolt is given the same margin
(``token_rotation_expiration_minutes``) and a rotator that talks to the same Slack base URL.
"""

from __future__ import annotations

import logging
import threading
import time

from slack_bolt import BoltResponse
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.callback_options import CallbackOptions, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.errors import SlackApiError, SlackClientError, SlackTokenRotationError
from slack_sdk.oauth.installation_store import Bot
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore
from slack_sdk.oauth.token_rotation.rotator import TokenRotator

from bot.language.i18n import Lang, language_of_locale, t
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
    "app_mentions:read",
    "users:read",
    "channels:read",
    "channels:join",
    "files:read",
)
STATE_EXPIRY_SECONDS = 600


#: Refresh a rotating token once it expires within this (Bolt's default; Slack's tokens live 12 hours).
TOKEN_ROTATION_MINUTES = 120


class RotatingInstallationStore(SQLite3InstallationStore):
    """slack_sdk's SQLite installation store whose ``find_bot`` answers with a token that works: an expiring
    rotating token is refreshed and saved first. A token without a refresh token is answered as stored."""

    def __init__(self, *, database: str, client_id: str, client_secret: str, base_url: str | None) -> None:
        super().__init__(database=database, client_id=client_id)
        self._rotator = TokenRotator(
            client_id=client_id, client_secret=client_secret, client=web_client(None, base_url)
        )
        self._rotating = threading.Lock()

    def find_bot(
        self, *, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False
    ) -> Bot | None:
        bot = super().find_bot(
            enterprise_id=enterprise_id, team_id=team_id, is_enterprise_install=is_enterprise_install
        )
        if bot is None or bot.bot_refresh_token is None:
            return bot
        with self._rotating:  # one refresh per workspace at a time in this process
            latest = super().find_bot(
                enterprise_id=enterprise_id, team_id=team_id, is_enterprise_install=is_enterprise_install
            )
            bot = latest or bot
            try:
                fresh = self._rotator.perform_bot_token_rotation(
                    bot=bot, minutes_before_expiration=TOKEN_ROTATION_MINUTES
                )
            except SlackTokenRotationError as err:  # the stored token is kept; its calls fail as token errors
                log.error("could not refresh the rotating bot token of %s: %s", team_id, err)
                return bot
            if fresh is None:
                return bot
            # The copy keeps the original installed_at, and find_bot picks the latest installed_at: without
            # a new one the refreshed row ties with the old and the old (expired) token may come back.
            fresh.installed_at = time.time()
            self.save_bot(fresh)
            log.info("refreshed the rotating bot token of %s", team_id)
            return fresh


def installation_store(settings: Settings) -> RotatingInstallationStore:
    store = RotatingInstallationStore(
        database=str(settings.installations_path),
        client_id=settings.client_id or "",
        client_secret=settings.client_secret or "",
        base_url=settings.slack_api_url,
    )
    store.init()
    return store


def oauth_settings(
    settings: Settings, store: Store, installations: RotatingInstallationStore
) -> OAuthSettings:
    state_store = SQLite3OAuthStateStore(
        database=str(settings.installations_path), expiration_seconds=STATE_EXPIRY_SECONDS
    )
    state_store.init()

    def success(args: SuccessArgs) -> BoltResponse:
        installation = args.installation
        zone = "UTC"
        language: Lang = "en"
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
        welcome(installation.bot_token, installation.user_id, language)
        return args.default.success(args)

    def welcome(token: str | None, user_id: str, language: Lang) -> None:
        """The installer's first message from the app: what it does, that they are now its first MPN partner
        admin, and where to start (the Home tab). A failed DM costs a log line, never the install."""
        try:
            web_client(token, settings.slack_api_url).chat_postMessage(
                channel=user_id, text=t("install.welcome", language, welcome=t("home.welcome", language))
            )
        except (SlackApiError, SlackClientError, OSError) as err:
            log.warning("could not send the installer a welcome: %s", err)

    oauth = OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=installations,
        installation_store_bot_only=True,
        token_rotation_expiration_minutes=TOKEN_ROTATION_MINUTES,
        state_store=state_store,
        callback_options=CallbackOptions(success=success, failure=lambda args: args.default.failure(args)),
    )
    # Bolt's own rotator would call slack.com whatever MPN_SLACK_API_URL says; this one asks the same Slack.
    oauth.authorize = InstallationStoreAuthorize(
        logger=logging.getLogger("bot.bolt"),
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        installation_store=installations,
        token_rotation_expiration_minutes=TOKEN_ROTATION_MINUTES,
        bot_only=True,
        client=web_client(None, settings.slack_api_url),
    )
    return oauth
