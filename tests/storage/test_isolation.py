"""No workspace handle ever returns or changes another workspace's rows; uninstalling removes exactly one
workspace's rows."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from rules import Kind, Offer, ReminderKind, RenewalError, normalize_name, renew
from storage import StorageError
from tests.storage.helpers import TABLES, FakeClock, claim, confirm, open_store, row_counts, sendable

TEAMS = ("T1", "T2", "T3")
NAMES = (
    "Cloud Platform",
    "cloud  platform",
    "Data Analytics",
    "DATA-analytics",
    "Security",
    "Gold Security",
    "<!channel>",
    "'; DROP TABLE offers;--",
    "Modern Work",
)
USERS = ("U1", "U2", "U3")
BASE = date(2024, 3, 1)


class IsolationMachine(RuleBasedStateMachine):
    """Random operations on three workspaces in one database, checked against a plain-Python model."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        self.path = self.tmp / "iso.db"
        self.store = open_store(self.path, FakeClock())
        self.offers: dict[str, dict[int, tuple[str, Kind, date]]] = {}
        self.admins: dict[str, set[str]] = {}
        self.hours: dict[str, int] = {}
        self.ledger: dict[str, dict[tuple[int, date, str], str]] = {}
        for team in TEAMS:
            self._install(team)

    def _install(self, team: str) -> None:
        self.store.install_workspace(team, installer_user_id="U1")
        self.offers[team], self.admins[team], self.hours[team], self.ledger[team] = {}, {"U1"}, 9, {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _all_ids(self) -> list[tuple[str, int]]:
        return sorted((team, offer_id) for team, offers in self.offers.items() for offer_id in offers)

    # -- operations --------------------------------------------------------------------------------

    @rule(team=st.sampled_from(TEAMS), name=st.sampled_from(NAMES), kind=st.sampled_from(list(Kind)),
          days=st.integers(0, 400))  # fmt: skip
    def add_offer(self, team, name, kind, days):
        ws = self.store.workspace(team)
        anniversary = BASE + timedelta(days=days)
        taken = {normalize_name(n) for n, _, _ in self.offers[team].values()}
        if normalize_name(name) in taken:
            with pytest.raises(StorageError) as err:
                ws.add_offer(name, kind, anniversary, actor="U1")
            assert err.value.code == "duplicate_name"
        else:
            offer = ws.add_offer(name, kind, anniversary, actor="U1")
            assert offer.team_id == team
            assert all(offer.id not in offers for offers in self.offers.values())
            self.offers[team][offer.id] = (name, kind, anniversary)

    @precondition(lambda self: self._all_ids())
    @rule(data=st.data(), delta=st.integers(-3, 35))
    def renew_offer(self, data, delta):
        team, offer_id = data.draw(st.sampled_from(self._all_ids()))
        name, kind, anniversary = self.offers[team][offer_id]
        on = anniversary + timedelta(days=delta)
        ws = self.store.workspace(team)
        try:
            expected = renew(Offer(name, kind, anniversary), on).anniversary
        except RenewalError as exc:
            with pytest.raises(StorageError) as err:
                ws.renew_offer(offer_id, on, actor="U2")
            assert err.value.code == exc.code
            return
        assert ws.renew_offer(offer_id, on, actor="U2").anniversary == expected
        self.offers[team][offer_id] = (name, kind, expected)

    @precondition(lambda self: self._all_ids())
    @rule(data=st.data())
    def remove_offer(self, data):
        team, offer_id = data.draw(st.sampled_from(self._all_ids()))
        removed = self.store.workspace(team).remove_offer(offer_id, actor="U1")
        assert (removed.team_id, removed.id) == (team, offer_id)
        del self.offers[team][offer_id]
        self.ledger[team] = {k: v for k, v in self.ledger[team].items() if k[0] != offer_id}

    @precondition(lambda self: self._all_ids())
    @rule(data=st.data(), other=st.sampled_from(TEAMS))
    def reach_into_another_workspace(self, data, other):
        """Every method that takes an id or a name, called with another team's offer, refuses or answers
        with its own team's rows only - and changes nothing."""
        team, offer_id = data.draw(st.sampled_from(self._all_ids()))
        if other == team:
            return
        ws = self.store.workspace(other)
        name, _kind, anniversary = self.offers[team][offer_id]
        for call in (
            lambda: ws.offer(offer_id),
            lambda: ws.renew_offer(offer_id, anniversary + timedelta(days=2), actor="X"),
            lambda: ws.update_offer(offer_id, actor="X", new_name="Hijacked"),
            lambda: ws.remove_offer(offer_id, actor="X"),
            lambda: ws.renewal_history(offer_id),
            lambda: ws.fail_reminder(offer_id, anniversary, "after", error="x"),
            lambda: ws.skip_reminder(offer_id, anniversary, "after", reason="x"),
        ):
            with pytest.raises(StorageError) as err:
                call()
            assert err.value.code == "offer_not_found"
        # The sweep's batched claims and confirms refuse another team's offer (False) instead of raising.
        assert claim(self.store, other, offer_id, anniversary, "before", claimer="X") is False
        assert confirm(self.store, other, offer_id, anniversary, "before", channel="C", ts="1") is False
        assert ws.ledger(offer_id) == []
        try:
            found = ws.find_offer(name)
        except StorageError as exc:
            assert exc.code == "offer_not_found"
        else:
            assert found.team_id == other and found.id in self.offers[other]

    @precondition(lambda self: self._all_ids())
    @rule(data=st.data(), action=st.sampled_from(["claim", "confirm", "fail", "skip"]),
          kind=st.sampled_from(["before", "after"]))  # fmt: skip
    def ledger_step(self, data, action, kind):
        team, offer_id = data.draw(st.sampled_from(self._all_ids()))
        anniversary = self.offers[team][offer_id][2]
        ws = self.store.workspace(team)
        key = (offer_id, anniversary, kind)
        status = self.ledger[team].get(key)
        if action == "claim":
            won = claim(self.store, team, offer_id, anniversary, kind, lease_seconds=3600)
            assert won == (status in (None, "failed"))
            if won:
                self.ledger[team][key] = "claimed"
        elif action == "confirm":
            assert confirm(self.store, team, offer_id, anniversary, kind, channel="C1", ts="1")
            self.ledger[team][key] = "sent"
        elif action == "fail":
            ws.fail_reminder(offer_id, anniversary, kind, error="boom")
            if status not in ("sent", "skipped"):
                self.ledger[team][key] = "failed"
        else:
            ws.skip_reminder(offer_id, anniversary, kind, reason="stale")
            if status != "sent":
                self.ledger[team][key] = "skipped"

    @rule(team=st.sampled_from(TEAMS), user=st.sampled_from(USERS), add=st.booleans())
    def admins_step(self, team, user, add):
        ws = self.store.workspace(team)
        if add:
            assert ws.add_admin(user, actor="U1") == (user not in self.admins[team])
            self.admins[team].add(user)
        else:
            assert ws.remove_admin(user, actor="U1") == (user in self.admins[team])
            self.admins[team].discard(user)

    @rule(team=st.sampled_from(TEAMS), hour=st.integers(0, 23))
    def settings_step(self, team, hour):
        assert self.store.workspace(team).update_settings("U1", posting_hour=hour).posting_hour == hour
        self.hours[team] = hour

    @rule(team=st.sampled_from(TEAMS))
    def uninstall_and_reinstall(self, team):
        self.store.delete_workspace(team)
        assert not self.store.has_workspace(team)
        assert row_counts(self.path, team) == dict.fromkeys(TABLES, 0)
        self._install(team)

    # -- what must always hold ---------------------------------------------------------------------

    @invariant()
    def each_workspace_sees_exactly_its_own_rows(self):
        for team in TEAMS:
            ws = self.store.workspace(team)
            offers = ws.offers()
            assert {o.id: (o.name, o.kind, o.anniversary) for o in offers} == self.offers[team]
            assert all(o.team_id == team for o in offers)
            assert set(ws.admins()) == self.admins[team]
            assert ws.settings().posting_hour == self.hours[team]
            assert {(e.offer_id, e.anniversary, e.kind.value): e.status for e in ws.ledger()} == self.ledger[
                team
            ]
            assert all(e.team_id == team for e in ws.ledger())
            counts = row_counts(self.path, team)
            assert counts["offers"] == len(self.offers[team])
            assert counts["offer_reminders"] == 2 * len(self.offers[team])
            due = sendable(self.store, BASE + timedelta(days=200), team_ids=[team])
            assert all(r.team_id == team and r.offer_id in self.offers[team] for r in due)


IsolationMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestWorkspaceIsolation = IsolationMachine.TestCase


# -- delete_workspace --------------------------------------------------------------------------------


def _fill(store, team: str, n: int) -> None:
    ws = store.workspace(team)
    ws.update_settings("U1", posting_hour=7, reminder_channel=f"C-{team}")
    ws.add_admin(f"{team}-admin", actor="U1")
    for i in range(n):
        offer = ws.add_offer(f"Offer {i}", "competency", date(2024, 6, 1) + timedelta(days=i), actor="U1")
        ws.renew_offer(offer.id, offer.anniversary + timedelta(days=1), actor="U1")
        renewed = ws.offer(offer.id)
        claim(store, team, offer.id, renewed.anniversary, "before")
        confirm(store, team, offer.id, renewed.anniversary, "before", channel="C", ts=str(i))
        ws.fail_reminder(offer.id, renewed.anniversary, "after", error="x")
        ws.claim_copies([(offer.id, renewed.anniversary, ReminderKind.AFTER)], f"{team}-admin")
        ws.add_alias(offer.id, f"o{i}", actor="U1")
    ws.set_delivery_alert("channel", "channel:not_in_channel", alerted=True)


def _team_rows(path: Path, team: str) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {
            t: sorted(conn.execute(f"SELECT * FROM {t} WHERE team_id = ?", [team]).fetchall()) for t in TABLES
        }


def test_delete_workspace_removes_that_team_from_every_table_and_nothing_else(tmp_path):
    path = tmp_path / "del.db"
    store = open_store(path, FakeClock())
    for n, team in enumerate(TEAMS, start=2):
        store.install_workspace(team, installer_user_id="U1")
        _fill(store, team, n)
    before = {team: _team_rows(path, team) for team in TEAMS}
    assert all(rows for rows in before["T2"].values()), "every table should hold some of T2's rows"
    with sqlite3.connect(path) as conn:
        migrations_before = conn.execute("SELECT * FROM schema_migrations").fetchall()

    store.delete_workspace("T2")

    assert row_counts(path, "T2") == dict.fromkeys(TABLES, 0)
    for team in ("T1", "T3"):
        assert _team_rows(path, team) == before[team]
    totals = row_counts(path)
    assert totals == {t: sum(len(before[team][t]) for team in ("T1", "T3")) for t in TABLES}
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT * FROM schema_migrations").fetchall() == migrations_before
        # every table that has a team_id column is covered by TABLES
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if "team_id" in columns:
                assert table in TABLES
                assert conn.execute(f"SELECT count(*) FROM {table} WHERE team_id = 'T2'").fetchone() == (0,)
    assert not store.has_workspace("T2") and store.workspace_count() == 2
    with pytest.raises(StorageError) as err:
        store.workspace("T2")
    assert err.value.code == "unknown_workspace"
    store.delete_workspace("T2")  # idempotent
    assert row_counts(path) == totals
    store.close()


def test_reinstalling_after_delete_starts_empty(tmp_path):
    store = open_store(tmp_path / "re.db", FakeClock())
    store.install_workspace("T1", installer_user_id="U1")
    _fill(store, "T1", 2)
    store.delete_workspace("T1")
    settings_ = store.install_workspace("T1", installer_user_id="U5")
    ws = store.workspace("T1")
    assert (settings_.posting_hour, settings_.reminder_channel) == (9, None)
    assert ws.offers() == [] and ws.admins() == ["U5"] and ws.ledger() == []
    assert [e.action for e in ws.audit_log()] == ["admin_add", "workspace_install"]
    store.close()
