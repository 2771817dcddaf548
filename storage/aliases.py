"""A workspace's own aliases for its offers (``/mpn alias``): "k8s" for Kubernetes on Azure, "de gouden" for
Gold Cloud Business Applications. The DM reader reads them with the offers' names.

An alias is user text like a name: cleaned the same way (``storage.validation.clean_name``), unique within
the workspace by its normalised key, and never the name of another offer of the workspace (that would make
the name mean two offers). Every change is audited (``alias_add``, ``alias_remove``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlite_utils import Database

from rules import normalize_name
from storage.audit import audit
from storage.db import Connections
from storage.errors import StorageError
from storage.models import StoredOffer
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


#: A caller's own check of a new alias for its offer (alias as stored, offer name): raises to refuse it.
#: The bot's is "the DM reader reads it as that offer"; storage knows nothing of the reader.
AliasCheck = Callable[[str, str], None]


class _DryRun(Exception):
    """Rolls a dry run's transaction back."""


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

    def aliases_of(self, offer_id: int) -> list[str]:
        """The aliases of one offer, by alias (``SELECT alias FROM offer_aliases WHERE offer_id = ?``): what
        the Edit modal shows."""
        rows = (
            self._db.connection()
            .execute(
                "SELECT alias FROM offer_aliases WHERE team_id = ? AND offer_id = ? ORDER BY alias_key",
                [self.team_id, offer_id],
            )
            .fetchall()
        )
        return [str(r[0]) for r in rows]

    def add_alias(
        self, offer: int | str, alias: str, *, actor: str, check: AliasCheck | None = None
    ) -> tuple[str, str]:
        """Give ``offer`` (its id or name) the alias; returns (alias, offer name). Refuses an alias that is
        empty, too long, another offer's name, or already another offer's alias; the same alias again for
        the same offer is no change. ``check`` refuses a new alias by raising (nothing is written)."""
        text, key = _cleaned(alias)
        target = self._offers.offer(offer) if isinstance(offer, int) else self._offers.find_offer(offer)
        with self._db.write() as db:
            require_workspace(db, self.team_id)
            self._claim(db, target, text, key, actor, self._db.stamp(), check)
        return text, target.name

    def set_aliases(
        self,
        offer_id: int,
        aliases: Iterable[str],
        *,
        actor: str,
        dry_run: bool = False,
        check: AliasCheck | None = None,
    ) -> tuple[list[str], list[str]]:
        """Make ``aliases`` the offer's whole set (the Edit modal's "Nicknames"); returns (added, removed).
        Each alias is checked exactly as ``add_alias`` checks it (``_cleaned`` and ``_claim``), all in one
        transaction, so one refused alias stores none of them; removals and additions are audited like
        ``/mpn alias``'s. ``dry_run`` runs the same checks and rolls back: the modal checks the aliases
        before it saves the rest of the record, so a refused alias leaves the record as it was too."""
        wanted: dict[str, str] = {}
        for alias in aliases:
            text, key = _cleaned(alias)
            wanted.setdefault(key, text)
        target = self._offers.offer(offer_id)
        added: list[str] = []
        removed: list[str] = []
        try:
            with self._db.write() as db:
                require_workspace(db, self.team_id)
                now = self._db.stamp()
                held = db.execute(
                    "SELECT id, alias, alias_key FROM offer_aliases WHERE team_id = ? AND offer_id = ? "
                    "ORDER BY alias_key",
                    [self.team_id, target.id],
                ).fetchall()
                for row_id, alias, key in held:
                    if key not in wanted:
                        db.execute(
                            "DELETE FROM offer_aliases WHERE team_id = ? AND id = ?", [self.team_id, row_id]
                        )
                        audit(
                            db, self.team_id, now, actor, "alias_remove", target.name, {"alias": alias}, None
                        )
                        removed.append(str(alias))
                kept = {str(key) for _, _, key in held}
                for key, text in wanted.items():
                    if key not in kept:
                        self._claim(db, target, text, key, actor, now, check)
                        added.append(text)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        return added, removed

    def _claim(
        self,
        db: Database,
        target: StoredOffer,
        text: str,
        key: str,
        actor: str,
        now: str,
        check: AliasCheck | None = None,
    ) -> None:
        """Give ``target`` the alias inside a write transaction: the one check of ``add_alias`` and
        ``set_aliases``. Refused when it is another offer's name (``alias_is_offer_name``) or another
        tracked offer's alias (``alias_taken``), or by ``check``; an alias left by a removed offer is taken
        over."""
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
            return
        if taken is not None and taken[0] is not None:
            raise StorageError("alias_taken", {"alias": text, "offer": taken[0]})
        if check is not None:
            check(text, target.name)
        db.execute("DELETE FROM offer_aliases WHERE team_id = ? AND alias_key = ?", [self.team_id, key])
        db.execute(
            "INSERT INTO offer_aliases (team_id, offer_id, alias, alias_key, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [self.team_id, target.id, text, key, actor, now],
        )
        audit(db, self.team_id, now, actor, "alias_add", target.name, None, {"alias": text})

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
