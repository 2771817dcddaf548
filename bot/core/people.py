"""What Slack knows about a user (locale, time zone, admin/owner), cached.

Every command needs the reader's language, and granting the MPN partner admin role needs to know whether
someone is a Slack admin or owner. Asking ``users.info`` each time would cost a Web API round trip per
command, so answers are cached per (team, user) for a while; a failed lookup falls back to "unknown"
rather than failing the user's command.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Person:
    user_id: str
    locale: str | None = None
    time_zone: str | None = None
    is_admin: bool = False
    is_owner: bool = False
    is_bot: bool = False
    # False when Slack says there is no such user here (user_not_found, deleted, another workspace's
    # user); None when Slack could not be asked. Only False refuses anything.
    exists: bool | None = None

    @property
    def is_workspace_admin(self) -> bool:
        return self.is_admin or self.is_owner


class People:
    def __init__(self, *, ttl_seconds: float = 3600.0, max_entries: int = 50_000) -> None:
        self._ttl = ttl_seconds
        self._max = max_entries
        self._cache: OrderedDict[tuple[str, str], tuple[float, Person]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, client: WebClient, team_id: str, user_id: str) -> Person:
        key = (team_id, user_id)
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
            if hit and now - hit[0] < self._ttl:
                self._cache.move_to_end(key)
                return hit[1]
        person = self._fetch(client, team_id, user_id)
        with self._lock:
            self._cache[key] = (now, person)
            self._cache.move_to_end(key)
            while len(self._cache) > self._max:
                self._cache.popitem(last=False)
        return person

    def forget_team(self, team_id: str) -> None:
        with self._lock:
            for key in [k for k in self._cache if k[0] == team_id]:
                del self._cache[key]

    @staticmethod
    def _fetch(client: WebClient, team_id: str, user_id: str) -> Person:
        try:
            user = client.users_info(user=user_id, include_locale=True)["user"]
        except SlackApiError as err:
            if err.response.get("error") in ("user_not_found", "users_not_found"):
                return Person(user_id, exists=False)
            log.warning("users.info failed for %s: %s", user_id, err)
            return Person(user_id)
        except (SlackClientError, OSError) as err:
            log.warning("users.info failed for %s: %s", user_id, err)
            return Person(user_id)
        home = user.get("team_id")
        return Person(
            user_id=user_id,
            locale=user.get("locale"),
            time_zone=user.get("tz"),
            is_admin=bool(user.get("is_admin")),
            is_owner=bool(user.get("is_owner") or user.get("is_primary_owner")),
            is_bot=bool(user.get("is_bot")),
            exists=not user.get("deleted") and (not home or not team_id or home == team_id),
        )
