"""A workspace's own aliases for its offers (``/mpn alias``): "k8s" for Kubernetes on Azure, "de gouden" for
Gold Cloud Business Applications. The DM reader reads them with the offers' names.

An alias is user text like a name: cleaned the same way (``storage.validation.clean_name``), unique within
the workspace by its normalised key, and never the name of another offer of the workspace (that would make
the name mean two offers). Every change is audited (``alias_add``, ``alias_remove``).
"""

from __future__ import annotations

from rules import normalize_name
from storage.audit import audit
from storage.db import Connections
from storage.errors import StorageError
from storage.offers import Offers
from storage.rows import require_workspace
from storage.validation import clean_name

#: An alias is a short name: a longer text is a sentence, not a name.
MAX_ALIAS_LENGTH = 60


def _cleaned(alias: str) -> tuple[str, str]:
    """The alias as stored and its key, or ``alias_invalid`` / ``alias_too_long``."""
    try:
        text, key = clean_name(alias)
    except StorageError as err:
        raise StorageError("alias_invalid", {"alias": str(alias)[:MAX_ALIAS_LENGTH]}) from err
    if len(text) > MAX_ALIAS_LENGTH:
        raise StorageError("alias_too_long", {"alias": text[:MAX_ALIAS_LENGTH], "limit": MAX_ALIAS_LENGTH})
    if not key or key != normalize_name(text):
        raise StorageError("alias_invalid", {"alias": text})
    return text, key


class Aliases:
    """One workspace's offer aliases."""

    def __init__(self, connections: Connections, team_id: str, offers: Offers) -> None:
        self._db = connections
        self.team_id = team_id
        self._offers = offers

    def offer_aliases(self) -> list[tuple[str, str]]:
        """(alias, offer name) pairs of offers still tracked, by alias
        (``SELECT ... FROM offer_aliases JOIN offers``)."""
        rows = (
            self._db.connection()
            .execute(
                "SELECT a.alias, o.name FROM offer_aliases AS a JOIN offers AS o "
                "ON o.id = a.offer_id AND o.team_id = a.team_id WHERE a.team_id = ? ORDER BY a.alias_key",
                [self.team_id],
            )
            .fetchall()
        )
        return [(r[0], r[1]) for r in rows]

    def add_alias(self, offer: int | str, alias: str, *, actor: str) -> tuple[str, str]:
        """Give ``offer`` (its id or name) the alias; returns (alias, offer name). Refuses an alias that is
        empty, too long, another offer's name, or already another offer's alias; the same alias again for
        the same offer is no change."""
        text, key = _cleaned(alias)
        target = self._offers.offer(offer) if isinstance(offer, int) else self._offers.find_offer(offer)
        with self._db.write() as db:
            require_workspace(db, self.team_id)
            named = db.execute(
                "SELECT name FROM offers WHERE team_id = ? AND name_key = ? AND id != ?",
                [self.team_id, key, target.id],
            ).fetchone()
            if named is not None:
                raise StorageError("alias_is_offer_name", {"alias": text, "offer": named[0]})
            taken = db.execute(
                "SELECT o.name, a.offer_id FROM offer_aliases AS a LEFT JOIN offers AS o ON o.id = a.offer_id "
                "WHERE a.team_id = ? AND a.alias_key = ?",
                [self.team_id, key],
            ).fetchone()
            if taken is not None and taken[1] == target.id:
                return text, target.name
            if taken is not None and taken[0] is not None:
                raise StorageError("alias_taken", {"alias": text, "offer": taken[0]})
            now = self._db.stamp()
            db.execute("DELETE FROM offer_aliases WHERE team_id = ? AND alias_key = ?", [self.team_id, key])
            db.execute(
                "INSERT INTO offer_aliases (team_id, offer_id, alias, alias_key, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [self.team_id, target.id, text, key, actor, now],
            )
            audit(db, self.team_id, now, actor, "alias_add", target.name, None, {"alias": text})
        return text, target.name

    def remove_alias(self, alias: str, *, actor: str) -> str:
        """Remove an alias; returns the offer name it stood for. ``alias_not_found`` when there is none."""
        _, key = _cleaned(alias)
        with self._db.write() as db:
            row = db.execute(
                "SELECT a.id, a.alias, coalesce(o.name, '') FROM offer_aliases AS a LEFT JOIN offers AS o "
                "ON o.id = a.offer_id WHERE a.team_id = ? AND a.alias_key = ?",
                [self.team_id, key],
            ).fetchone()
            if row is None:
                raise StorageError("alias_not_found", {"alias": alias.strip()[:MAX_ALIAS_LENGTH]})
            db.execute("DELETE FROM offer_aliases WHERE team_id = ? AND id = ?", [self.team_id, row[0]])
            now = self._db.stamp()
            audit(db, self.team_id, now, actor, "alias_remove", row[2] or None, {"alias": row[1]}, None)
        return str(row[2])
