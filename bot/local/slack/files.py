"""The stand-in's files and channel joins: ``files.info``, downloads of ``url_private``, ``conversations.join``.

Why: the Import CSV modal's ``file_input`` hands the app file ids, not bytes; the app asks ``files.info`` for
the file and downloads ``url_private`` with its bot token in an ``Authorization`` header, as on Slack. The
Settings modal may join a public reminder channel. Each fails the way Slack fails:

- ``files.info``: ``file_not_found`` for an id that is not this workspace's (a token sees its own
  workspace's files only), ``file_deleted`` for a deleted one.
- a download without the workspace's bot token is not an error code but Slack's sign-in page: a ``302`` to
  ``/signin`` (which this server does not serve), never the file.
- ``conversations.join``: ``channel_not_found``, ``is_archived``, ``method_not_supported_for_channel_type``
  for a private channel or a DM (a bot cannot join those; it must be invited), and ``already_in_channel``
  as a warning, the call succeeding.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from dataclasses import dataclass, replace
from typing import Any, Protocol

from bot.local.slack.models import ApiError, Channel, Workspace


class Host(Protocol):
    """What this module needs of ``SlackServer`` (a protocol, so the two modules import one way only)."""

    _lock: threading.RLock
    _tokens: dict[str, str]
    _revoked: set[str]

    @property
    def url(self) -> str: ...

    def _channel_json(self, channel: Channel) -> dict[str, Any]: ...


#: Where the stand-in serves ``url_private``: ``/files/<team>/<file id>/<name>``.
FILES_PATH = "/files/"


@dataclass(frozen=True)
class StoredFile:
    """A file someone uploaded (through a ``file_input``) in one workspace."""

    team_id: str
    id: str
    name: str
    content: bytes
    user: str
    filetype: str = "csv"
    mimetype: str = "text/csv"
    created: int = 0
    deleted: bool = False


_Reply = tuple[int, dict[str, str], bytes]


class FileArea:
    """The files of every workspace, their downloads, and ``conversations.join``; built by ``SlackServer``
    (one line there), which routes ``FILES_PATH`` downloads here and takes these Web API methods."""

    def __init__(self, sim: Host, methods: dict[str, Any]) -> None:
        self._sim = sim
        self._files: dict[str, StoredFile] = {}
        self._ids = itertools.count(1)
        self.downloads: list[tuple[str, int]] = []  # (file id, HTTP status) of every url_private GET
        methods["files.info"] = self._files_info
        methods["conversations.join"] = self._conversations_join

    # ------------------------------------------------------------------ the world

    def upload(
        self,
        team_id: str,
        user_id: str,
        name: str,
        content: bytes,
        *,
        filetype: str = "csv",
        mimetype: str = "text/csv",
    ) -> dict[str, Any]:
        """What a ``file_input`` submission carries for a file ``user_id`` uploaded: ``{"id", "name", ...}``."""
        with self._sim._lock:
            file_id = f"F{next(self._ids):08d}{secrets.token_hex(2).upper()}"
            stored = StoredFile(
                team_id, file_id, name, content, user_id, filetype, mimetype, int(time.time())
            )
            self._files[file_id] = stored
            return self._file_json(stored)

    def delete(self, file_id: str) -> None:
        with self._sim._lock:
            self._files[file_id] = replace(self._files[file_id], deleted=True)

    # ------------------------------------------------------------------ Web API

    def _file_json(self, f: StoredFile) -> dict[str, Any]:
        url = f"{self._sim.url}{FILES_PATH}{f.team_id}/{f.id}/{f.name}"
        return {
            "id": f.id,
            "created": f.created,
            "timestamp": f.created,
            "name": f.name,
            "title": f.name,
            "mimetype": f.mimetype,
            "filetype": f.filetype,
            "user": f.user,
            "user_team": f.team_id,
            "size": len(f.content),
            "mode": "hosted",
            "is_external": False,
            "url_private": url,
            "url_private_download": url + "?download=1",
        }

    def _files_info(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/files.info"""
        found = self._files.get(str(params.get("file") or ""))
        if found is None or found.team_id != ws.team_id:
            raise ApiError("file_not_found")
        if found.deleted:
            raise ApiError("file_deleted")
        return {"file": self._file_json(found), "comments": [], "response_metadata": {"next_cursor": ""}}

    def _conversations_join(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/conversations.join (public channels only)."""
        channel = ws.channels.get(str(params.get("channel") or ""))
        if channel is None or (channel.is_private and not channel.bot_is_member):
            raise ApiError("channel_not_found")  # a private channel the bot is not in does not exist for it
        if channel.archived:
            raise ApiError("is_archived")
        if channel.is_im or channel.is_private:
            raise ApiError("method_not_supported_for_channel_type")
        result: dict[str, Any] = {}
        if channel.bot_is_member:
            result["warning"] = "already_in_channel"
            result["response_metadata"] = {"warnings": ["already_in_channel"]}
        channel.bot_is_member = True
        result["channel"] = self._sim._channel_json(channel)
        return result

    def download(self, verb: str, path: str, headers: dict[str, str]) -> _Reply:
        """``GET url_private``: the bytes, for the owning workspace's token only; else Slack's sign-in redirect."""
        parts = path[len(FILES_PATH) :].split("/")
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        with self._sim._lock:
            found = self._files.get(parts[1]) if len(parts) >= 2 else None
            owner = self._sim._tokens.get(token)
            revoked = token in self._sim._revoked
        refused = verb != "GET" or found is None or found.deleted or owner != found.team_id or revoked
        with self._sim._lock:
            self.downloads.append((parts[1] if len(parts) >= 2 else "", 302 if refused else 200))
        if refused or found is None:
            return 302, {"Location": "/signin", "Content-Type": "text/html"}, b""
        return 200, {"Content-Type": found.mimetype}, found.content
