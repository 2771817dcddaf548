"""Which Slack app this is, per workspace: what a link to the App Home needs.

A deep link to the Home (``slack://app?team=T…&id=A…&tab=home``, Slack's documented form) names the app's
id, which no token reveals directly but every request Slack sends carries (``api_app_id``). The listeners
note it here; reminder posts and alerts read it to add an "Open mpn-bot" link. Until a workspace's first
request after a start the id is unknown, and posts go without the link rather than with a wrong one.
"""

from __future__ import annotations

import threading
from urllib.parse import urlencode

_lock = threading.Lock()
_app_ids: dict[str, str] = {}
_MAX_TEAMS = 100_000


def remember(team_id: str, app_id: str) -> None:
    if not team_id or not app_id:
        return
    with _lock:
        if _app_ids.get(team_id) == app_id:
            return
        if len(_app_ids) >= _MAX_TEAMS:
            _app_ids.pop(next(iter(_app_ids)))
        _app_ids[team_id] = app_id


def home_link(team_id: str) -> str | None:
    """The deep link that opens this app's Home tab in ``team_id``, or None while the app id is unknown."""
    with _lock:
        app_id = _app_ids.get(team_id)
    if app_id is None:
        return None
    return "slack://app?" + urlencode({"team": team_id, "id": app_id, "tab": "home"})
