"""Process settings, read once from the environment (and a ``.env`` file when present).

Which mode the bot runs in follows from which Slack credentials are present:

* ``SLACK_BOT_TOKEN`` (+ ``SLACK_SIGNING_SECRET`` for HTTP, or ``SLACK_APP_TOKEN`` for Socket Mode):
  one workspace.
* ``SLACK_CLIENT_ID`` + ``SLACK_CLIENT_SECRET`` + ``SLACK_SIGNING_SECRET``: any number of workspaces,
  each installed through Slack's OAuth flow at ``/slack/install``, each with its own bot token.
* no Slack credentials at all: the local simulator (console).

Anything half-set is refused with one message naming what is missing, so an operator never starts a bot
that silently cannot hear Slack.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


class SettingsError(Exception):
    """Missing or contradictory settings; the CLI prints it and exits with code 2."""


@dataclass(frozen=True)
class Settings:
    bot_token: str | None
    signing_secret: str | None
    app_token: str | None
    db_path: Path
    slack_api_url: str | None
    port: int
    client_id: str | None = None
    client_secret: str | None = None
    db_path_chosen: bool = False  # MPN_DB (or --db) named the database; else db_path is the default

    @property
    def mode(self) -> str:
        """``oauth`` (many workspaces over HTTP), ``socket``, ``http`` (one workspace) or ``local``."""
        if self.client_id is not None:
            return "oauth"
        if self.bot_token is None:
            return "local"
        return "socket" if self.app_token else "http"

    @property
    def installations_path(self) -> Path:
        """Where slack_sdk's installation store keeps the workspaces' bot tokens (OAuth mode): beside the
        database, in a file of its own, so the tokens never sit in the records and backups of offers."""
        return self.db_path.with_name(self.db_path.stem + "-installations.db")


def read_dotenv(path: Path) -> dict[str, str]:
    """``KEY=value`` lines; ``#`` comments, blank lines and optional quotes. The environment wins."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def load_settings(
    env: Mapping[str, str] | None = None, *, port: int | None = None, dotenv: Path | None = None
) -> Settings:
    merged = {**read_dotenv(dotenv or Path(".env")), **(os.environ if env is None else env)}

    def get(name: str) -> str | None:
        value = merged.get(name, "").strip()
        return value or None

    bot_token, signing_secret, app_token = (
        get("SLACK_BOT_TOKEN"),
        get("SLACK_SIGNING_SECRET"),
        get("SLACK_APP_TOKEN"),
    )
    client_id, client_secret = get("SLACK_CLIENT_ID"), get("SLACK_CLIENT_SECRET")
    problems: list[str] = []
    if client_id or client_secret:
        problems.extend(_oauth_problems(client_id, client_secret, signing_secret, bot_token, app_token))
    if bot_token and not bot_token.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
    if app_token and not app_token.startswith("xapp-"):
        problems.append("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    if (app_token or signing_secret) and not bot_token and not (client_id or client_secret):
        problems.append(
            "SLACK_BOT_TOKEN is missing (SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set without it)"
        )
    if bot_token and not app_token and not signing_secret and not client_id:
        problems.append(
            "SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify Slack's requests "
            "(or set SLACK_APP_TOKEN for Socket Mode)"
        )
    api_url = get("MPN_SLACK_API_URL")
    if api_url and not api_url.startswith(("http://", "https://")):
        problems.append("MPN_SLACK_API_URL must be an http(s) URL")
    raw_port = port if port is not None else get("PORT") or "3000"
    try:
        port_number = int(raw_port)
        if not 0 <= port_number <= 65535:
            raise ValueError
    except ValueError:
        problems.append(f"PORT must be a number from 0 to 65535, not {raw_port!r}")
        port_number = 0
    if problems:
        raise SettingsError("mpn-bot cannot start: " + "; ".join(problems) + ".")
    if api_url and not api_url.endswith("/"):
        api_url += "/"
    return Settings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        db_path=Path(get("MPN_DB") or "mpn-bot.db"),
        slack_api_url=api_url,
        port=port_number,
        client_id=client_id,
        client_secret=client_secret,
        db_path_chosen=get("MPN_DB") is not None,
    )


def _oauth_problems(
    client_id: str | None,
    client_secret: str | None,
    signing_secret: str | None,
    bot_token: str | None,
    app_token: str | None,
) -> list[str]:
    problems = []
    if not client_id:
        problems.append("SLACK_CLIENT_ID is missing (SLACK_CLIENT_SECRET is set without it)")
    if not client_secret:
        problems.append("SLACK_CLIENT_SECRET is missing (SLACK_CLIENT_ID is set without it)")
    if not signing_secret:
        problems.append(
            "SLACK_SIGNING_SECRET is missing: OAuth installs are served over HTTP and must be verified"
        )
    if bot_token:
        problems.append(
            "SLACK_BOT_TOKEN and SLACK_CLIENT_ID contradict each other: set the bot token for one workspace, "
            "or the OAuth client for many"
        )
    if app_token:
        problems.append("SLACK_APP_TOKEN is for Socket Mode; OAuth installs are served over HTTP: unset it")
    return problems
