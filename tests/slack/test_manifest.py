"""manifest.yml must describe the app the code actually is: the command it registers, the events it
listens to, the scopes its Web API calls need and no more."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.paths import ROOT

MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())

# Web API method -> the bot scope it needs (https://api.slack.com/methods).
SCOPE_OF_METHOD = {
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "chat_update": "chat:write",
    "conversations_open": "im:write",
    "users_info": "users:read",
    "conversations_info": "channels:read",
    "conversations_join": "channels:join",
    "files_info": "files:read",  # and the download of url_private
    "views_publish": None,  # no scope needed
    "views_open": None,
    "views_push": None,
    "views_update": None,
    "auth_test": None,
}


def registered(kind: str) -> set[str]:
    """Arguments of ``@app.command(...)`` / ``@app.event(...)`` across bot/listeners."""
    found: set[str] = set()
    for path in (ROOT / "bot" / "listeners").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == kind
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def web_api_methods_used() -> set[str]:
    used: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        if path.is_relative_to(ROOT / "bot" / "local" / "slack"):  # the stand-in plays Slack's side
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr in SCOPE_OF_METHOD:
                used.add(node.attr)
    return used


def test_the_slash_command_matches_the_code() -> None:
    commands = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    assert commands == registered("command") == {"/mpn"}
    assert MANIFEST["features"]["slash_commands"][0]["should_escape"] is True  # the parser reads <@U..|..>
    hint = MANIFEST["features"]["slash_commands"][0]["usage_hint"]
    assert hint


def test_the_usage_hint_names_only_subcommands_of_the_registry() -> None:
    """Slack shows the hint as people type ``/mpn``; it reads the same registry as help and the parser."""
    from bot.slash.registry import BY_WORD

    hint = MANIFEST["features"]["slash_commands"][0]["usage_hint"]
    words = [part.split()[0] for part in hint.split("|")]
    assert words and all(word in BY_WORD for word in words), words


def test_bot_events_match_the_listeners() -> None:
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_home_opened", "app_uninstalled", "tokens_revoked", "message.im"} <= events
    listened = registered("event") | ({"message.im"} if registered("message") else set())
    assert events - {"message.im"} <= listened


def test_scopes_are_what_the_code_needs_and_no_more() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    needed = {SCOPE_OF_METHOD[m] for m in web_api_methods_used()} - {None}
    needed |= {"commands"}  # the slash command
    # the events subscribed to: the scope each needs (Slack's event reference)
    event_scopes = {"message.im": "im:history", "app_mention": "app_mentions:read"}
    needed |= {
        event_scopes[e]
        for e in MANIFEST["settings"]["event_subscriptions"]["bot_events"]
        if e in event_scopes
    }
    assert needed <= scopes, f"missing scopes: {needed - scopes}"
    assert scopes <= needed | {"im:write", "chat:write"}, f"scopes nobody uses: {scopes - needed}"
    assert "user" not in MANIFEST["oauth_config"]["scopes"]  # no user-token scopes


def test_app_home_interactivity_and_socket_mode() -> None:
    home = MANIFEST["features"]["app_home"]
    assert (
        home["home_tab_enabled"]
        and home["messages_tab_enabled"]
        and not home["messages_tab_read_only_enabled"]
    )
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True
    assert MANIFEST["settings"]["socket_mode_enabled"] is True
    for url in (
        MANIFEST["settings"]["interactivity"]["request_url"],
        MANIFEST["settings"]["event_subscriptions"]["request_url"],
    ):
        assert url.endswith("/slack/events")


def test_the_oauth_install_asks_for_exactly_the_manifests_scopes() -> None:
    from bot.runtime.oauth import BOT_SCOPES

    assert set(BOT_SCOPES) == set(MANIFEST["oauth_config"]["scopes"]["bot"])


def test_the_local_slack_grants_exactly_the_manifests_scopes() -> None:
    """The stand-in's oauth.v2.access answers with the manifest's bot scopes, as Slack would."""
    from bot.local.slack.slack_server import ws_scopes

    granted = ws_scopes().split(",")
    assert sorted(granted) == sorted(MANIFEST["oauth_config"]["scopes"]["bot"]) and len(set(granted)) == len(
        granted
    )


VENDORED_SCHEMA = Path(__file__).parent / "data" / "manifest.schema.json"
SHARED_SCHEMA = ROOT.parent / "shared" / "slack" / "manifest.schema.json"


def test_the_manifest_is_valid_against_slacks_own_schema() -> None:
    """Slack's app manifest JSON schema, copied into the repository from ../shared/slack so the check runs
    on every clone: a manifest Slack would refuse to import fails here first."""
    schema = json.loads(VENDORED_SCHEMA.read_text())
    jsonschema.validate(MANIFEST, schema)
    bad = {**MANIFEST, "oauth_config": {"scopes": {"bot": ["x" * 51]}}}  # the schema caps a scope at 50
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_the_vendored_schema_is_slacks_as_shared() -> None:
    """Where ../shared is beside the checkout, the copy must be the same file (refresh it from there)."""
    if SHARED_SCHEMA.exists():
        assert json.loads(VENDORED_SCHEMA.read_text()) == json.loads(SHARED_SCHEMA.read_text())
