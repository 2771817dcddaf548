"""Workspaces, offers, renewals, admins, settings and the audit log, on fresh database files."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rules import Kind
from storage import StorageError, Store, StoredOffer, WorkspaceSettings
from tests.storage.helpers import claim, row_counts, table_dump

STORE_WORKSPACES = {
    "T1": {"name": "Acme", "installer_user_id": "U1", "time_zone": "Europe/Amsterdam", "language": "nl"}
}


# -- workspaces --------------------------------------------------------------------------------------


def test_install_records_settings_and_makes_the_installer_admin(store):
    settings = store.workspace("T1").settings()
    assert settings == WorkspaceSettings(
        team_id="T1",
        enterprise_id=None,
        name="Acme",
        time_zone="Europe/Amsterdam",
        language="nl",
        reminder_channel=None,
        moved_to_partner_center=False,
        posting_hour=9,
    )
    assert store.workspace("T1").admins() == ["U1"]
    assert store.has_workspace("T1") and not store.has_workspace("T2")
    assert store.workspace_count() == 1


def test_reinstall_keeps_settings_and_offers_and_updates_name(store, ws):
    ws.update_settings("U1", posting_hour=7, reminder_channel="C42")
    ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    again = store.install_workspace(
        "T1", name="Acme BV", enterprise_id="E1", time_zone="UTC", language="en", installer_user_id="U2"
    )
    assert again.name == "Acme BV" and again.enterprise_id == "E1"
    assert (again.time_zone, again.language, again.posting_hour, again.reminder_channel) == (
        "Europe/Amsterdam",
        "nl",
        7,
        "C42",
    )
    assert ws.settings() == again
    assert [o.name for o in ws.offers()] == ["Cloud Platform"]
    assert ws.admins() == ["U1", "U2"]
    assert store.workspace_count() == 1


def test_unknown_workspace_is_refused(store):
    with pytest.raises(StorageError) as err:
        store.workspace("T404")
    assert err.value.code == "unknown_workspace"
    assert err.value.params == {"team_id": "T404"}


def test_install_with_a_bad_time_zone_is_refused_and_writes_nothing(store, tmp_path):
    before = table_dump(tmp_path / "mpn.db")
    with pytest.raises(StorageError) as err:
        store.install_workspace("T2", time_zone="Mars/Olympus")
    assert err.value.code == "invalid_setting" and err.value.params["setting"] == "time_zone"
    assert table_dump(tmp_path / "mpn.db") == before


def test_handle_of_a_deleted_workspace_cannot_write(store, ws):
    store.delete_workspace("T1")
    with pytest.raises(StorageError) as err:
        ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    assert err.value.code == "unknown_workspace"
    with pytest.raises(StorageError):
        ws.settings()
    assert ws.offers() == []


def test_timestamps_come_from_the_clock(ws, clock):
    clock.now = datetime(2030, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    offer = ws.add_offer("Cloud Platform", "competency", "2030-06-01", actor="U1")
    assert offer.created_at == clock.now == ws.offer(offer.id).created_at
    assert ws.audit_log(1)[0].at == clock.now


def test_a_naive_clock_is_refused(tmp_path):
    with pytest.raises(ValueError):
        Store.open(tmp_path / "naive.db", clock=lambda: datetime(2024, 1, 1))


# -- offers ------------------------------------------------------------------------------------------


def test_add_offer_returns_the_stored_offer(ws, clock):
    offer = ws.add_offer("  Gold Cloud Platform ", Kind.COMPETENCY, date(2024, 6, 1), actor="U1")
    assert isinstance(offer, StoredOffer)
    assert (offer.team_id, offer.name, offer.kind, offer.anniversary) == (
        "T1",
        "Gold Cloud Platform",
        Kind.COMPETENCY,
        date(2024, 6, 1),
    )
    assert ws.offer(offer.id) == offer
    assert ws.offers() == [offer]


def test_kind_accepts_the_value_in_any_case_and_spacing(ws):
    offer = ws.add_offer("Kubernetes on Azure", " Advanced-Specialization ", "2024-06-01", actor="U1")
    assert offer.kind is Kind.ADVANCED_SPECIALIZATION


def test_offers_are_sorted_by_anniversary_then_name(ws):
    ws.add_offer("Zeta", "competency", "2024-03-01", actor="U1")
    ws.add_offer("beta", "competency", "2024-05-01", actor="U1")
    ws.add_offer("Alpha", "competency", "2024-05-01", actor="U1")
    assert [o.name for o in ws.offers()] == ["Zeta", "Alpha", "beta"]


def test_offer_ids_are_never_reused(ws):
    first = ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    ws.remove_offer(first.id, actor="U1")
    second = ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    assert second.id > first.id
    with pytest.raises(StorageError) as err:
        ws.offer(first.id)
    assert err.value.code == "offer_not_found"


@pytest.mark.parametrize(
    "typed",
    [
        "Cloud Business Applications",
        "cloud business applications",
        "  CLOUD   business\tapplications ",
        "Cloud-Business-Applications",
        "Clóud Büsiness Applicatiöns",
        "Gold Cloud Business Applications",
        "cloud busi",  # unique prefix
        "business app",  # unique substring
    ],
)
def test_find_offer_is_forgiving(ws, typed):
    wanted = ws.add_offer("Cloud Business Applications", "competency", "2024-06-01", actor="U1")
    ws.add_offer("Cloud Platform", "competency", "2024-07-01", actor="U1")
    ws.add_offer("Data Analytics", "competency", "2024-08-01", actor="U1")
    assert ws.find_offer(typed) == wanted


def test_find_offer_with_no_match_suggests_the_closest_name(ws):
    ws.add_offer("Cloud Platform", "competency", "2024-07-01", actor="U1")
    ws.add_offer("Data Analytics", "competency", "2024-08-01", actor="U1")
    with pytest.raises(StorageError) as err:
        ws.find_offer("Data Analytcs")
    assert err.value.code == "offer_not_found"
    assert err.value.params == {"name": "Data Analytcs", "suggestion": "Data Analytics"}


def test_find_offer_with_nothing_close_suggests_none(ws):
    ws.add_offer("Cloud Platform", "competency", "2024-07-01", actor="U1")
    with pytest.raises(StorageError) as err:
        ws.find_offer("Security")
    assert err.value.params == {"name": "Security", "suggestion": None}


def test_find_offer_refuses_an_ambiguous_prefix(ws):
    ws.add_offer("Cloud Platform", "competency", "2024-07-01", actor="U1")
    ws.add_offer("Cloud Productivity", "competency", "2024-08-01", actor="U1")
    with pytest.raises(StorageError) as err:
        ws.find_offer("cloud p")
    assert err.value.code == "offer_not_found"
    assert sorted(err.value.params["candidates"]) == ["Cloud Platform", "Cloud Productivity"]
    assert err.value.params["suggestion"] in {"Cloud Platform", "Cloud Productivity"}


def test_find_offer_needs_three_characters_for_a_partial_match(ws):
    ws.add_offer("Cloud Platform", "competency", "2024-07-01", actor="U1")
    with pytest.raises(StorageError):
        ws.find_offer("cl")
    assert ws.find_offer("clo").name == "Cloud Platform"


# -- renewals ----------------------------------------------------------------------------------------


def test_renew_moves_the_anniversary_365_days_and_keeps_history(ws, clock):
    offer = ws.add_offer("Cloud Platform", "competency", "2023-03-01", actor="U1")
    renewed = ws.renew_offer("cloud platform", date(2023, 3, 10), actor="U2")
    assert renewed.anniversary == date(2024, 2, 29)  # 365 days across a leap day, per the seed
    assert ws.offer(offer.id).anniversary == date(2024, 2, 29)
    [record] = ws.renewal_history(offer.id)
    assert (record.old_anniversary, record.new_anniversary, record.renewed_on, record.actor) == (
        date(2023, 3, 1),
        date(2024, 2, 29),
        date(2023, 3, 10),
        "U2",
    )
    entry = ws.audit_log(1)[0]
    assert (entry.action, entry.actor, entry.target) == ("offer_renew", "U2", "Cloud Platform")
    assert entry.before == {"anniversary": "2023-03-01"}
    assert entry.after == {"anniversary": "2024-02-29", "renewed_on": "2023-03-10"}


def test_renewing_twice_keeps_both_cycles_in_history(ws):
    offer = ws.add_offer("Cloud Platform", "competency", "2022-01-10", actor="U1")
    ws.renew_offer(offer.id, date(2022, 1, 11), actor="U1")
    ws.renew_offer(offer.id, date(2023, 1, 20), actor="U1")
    assert [(r.old_anniversary, r.new_anniversary) for r in ws.renewal_history(offer.id)] == [
        (date(2022, 1, 10), date(2023, 1, 10)),
        (date(2023, 1, 10), date(2024, 1, 10)),
    ]


@pytest.mark.parametrize(
    ("on", "code", "when"),
    [
        (date(2024, 6, 1), "window_not_open", "2024-06-02"),  # the anniversary itself
        (date(2024, 5, 1), "window_not_open", "2024-06-02"),
        (date(2024, 7, 2), "window_closed", "2024-07-01"),  # anniversary + 31
    ],
)
def test_renewal_outside_the_window_is_refused_and_writes_nothing(ws, tmp_path, on, code, when):
    ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    before = table_dump(tmp_path / "mpn.db")
    with pytest.raises(StorageError) as err:
        ws.renew_offer("Cloud Platform", on, actor="U1")
    assert err.value.code == code
    assert err.value.params == {"name": "Cloud Platform", "date": when}
    assert table_dump(tmp_path / "mpn.db") == before


def test_renewal_on_the_first_and_last_day_of_the_window(ws):
    first = ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    last = ws.add_offer("Data Analytics", "competency", "2024-06-01", actor="U1")
    assert ws.renew_offer(first.id, date(2024, 6, 2), actor="U1").anniversary == date(2025, 6, 1)
    assert ws.renew_offer(last.id, date(2024, 7, 1), actor="U1").anniversary == date(2025, 6, 1)


def test_renewing_an_unknown_offer_is_offer_not_found(ws):
    with pytest.raises(StorageError) as err:
        ws.renew_offer("Nothing Like It", date(2024, 6, 2), actor="U1")
    assert err.value.code == "offer_not_found"


# -- corrections and removal -------------------------------------------------------------------------


def test_update_offer_corrects_a_record_and_audits_only_what_changed(ws):
    offer = ws.add_offer("Cloud Platfrom", "competency", "2024-06-01", actor="U1")
    fixed = ws.update_offer(offer.id, actor="U2", new_name="Cloud Platform", anniversary="2024-06-10")
    assert (fixed.id, fixed.name, fixed.anniversary, fixed.kind) == (
        offer.id,
        "Cloud Platform",
        date(2024, 6, 10),
        Kind.COMPETENCY,
    )
    assert ws.offer(offer.id) == fixed
    assert ws.renewal_history(offer.id) == []  # a correction is not a renewal
    entry = ws.audit_log(1)[0]
    assert entry.action == "offer_update"
    assert entry.before == {"name": "Cloud Platfrom", "anniversary": "2024-06-01"}
    assert entry.after == {"name": "Cloud Platform", "anniversary": "2024-06-10"}


def test_update_offer_can_change_only_the_case_of_its_own_name(ws):
    offer = ws.add_offer("cloud platform", "competency", "2024-06-01", actor="U1")
    assert ws.update_offer(offer.id, actor="U1", new_name="Cloud Platform").name == "Cloud Platform"


def test_update_offer_refuses_a_name_taken_by_another_offer(ws, tmp_path):
    ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    other = ws.add_offer("Data Analytics", "competency", "2024-07-01", actor="U1")
    before = table_dump(tmp_path / "mpn.db")
    with pytest.raises(StorageError) as err:
        ws.update_offer(other.id, actor="U1", new_name="cloud-platform")
    assert err.value.code == "duplicate_name"
    assert err.value.params == {"name": "cloud-platform", "existing": "Cloud Platform", "why": "spacing"}
    assert table_dump(tmp_path / "mpn.db") == before


def test_update_offer_without_changes_writes_nothing(ws, tmp_path):
    offer = ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    before = table_dump(tmp_path / "mpn.db")
    assert ws.update_offer(offer.id, actor="U1", kind="competency") == offer
    assert table_dump(tmp_path / "mpn.db") == before


def test_remove_offer_returns_it_and_removes_its_rows(store, ws, tmp_path):
    offer = ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    ws.renew_offer(offer.id, date(2024, 6, 5), actor="U1")
    assert claim(store, "T1", offer.id, date(2025, 6, 1), "before")
    removed = ws.remove_offer("cloud platform", actor="U2")
    assert removed.id == offer.id and removed.anniversary == date(2025, 6, 1)
    counts = row_counts(tmp_path / "mpn.db")
    assert (
        counts["offers"] == counts["renewals"] == counts["offer_reminders"] == counts["reminder_ledger"] == 0
    )
    entry = ws.audit_log(1)[0]
    assert (entry.action, entry.actor, entry.before, entry.after) == (
        "offer_remove",
        "U2",
        {"name": "Cloud Platform", "kind": "competency", "anniversary": "2025-06-01"},
        None,
    )


# -- admins ------------------------------------------------------------------------------------------


def test_admins_are_added_once_and_removed_once(ws):
    assert ws.add_admin("U2", actor="U1") is True
    assert ws.add_admin("U2", actor="U1") is False
    assert ws.is_admin("U2") and ws.admins() == ["U1", "U2"]
    assert ws.remove_admin("U2", actor="U1") is True
    assert ws.remove_admin("U2", actor="U1") is False
    assert not ws.is_admin("U2")
    assert [e.action for e in ws.audit_log(2)] == ["admin_remove", "admin_add"]


# -- settings ----------------------------------------------------------------------------------------


def test_update_settings_validates_and_audits_before_and_after(ws):
    updated = ws.update_settings(
        "U1",
        time_zone="America/New_York",
        language="en",
        posting_hour=0,
        reminder_channel="C1",
        moved_to_partner_center=True,
    )
    assert ws.settings() == updated
    assert (updated.time_zone, updated.language, updated.posting_hour) == ("America/New_York", "en", 0)
    assert updated.moved_to_partner_center is True and updated.reminder_channel == "C1"
    entry = ws.audit_log(1)[0]
    assert entry.action == "settings_update" and entry.actor == "U1"
    assert entry.before == {
        "time_zone": "Europe/Amsterdam",
        "language": "nl",
        "posting_hour": 9,
        "reminder_channel": None,
        "moved_to_partner_center": False,
    }
    assert entry.after["time_zone"] == "America/New_York"


@pytest.mark.parametrize(
    ("changes", "setting"),
    [
        ({"time_zone": "Europe/Atlantis"}, "time_zone"),
        ({"time_zone": "../../etc/passwd"}, "time_zone"),
        ({"time_zone": ""}, "time_zone"),
        ({"language": "de"}, "language"),
        ({"posting_hour": 24}, "posting_hour"),
        ({"posting_hour": -1}, "posting_hour"),
        ({"posting_hour": "9"}, "posting_hour"),
        ({"posting_hour": True}, "posting_hour"),
        ({"moved_to_partner_center": "yes"}, "moved_to_partner_center"),
        ({"reminder_channel": "C1\x00"}, "reminder_channel"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
        ({"team_id": "T2"}, "team_id"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(ws, tmp_path, changes, setting):
    before = table_dump(tmp_path / "mpn.db")
    with pytest.raises(StorageError) as err:
        ws.update_settings("U1", **{"moved_to_partner_center": True, **changes})  # a good change rides along
    assert err.value.code == "invalid_setting"
    assert err.value.params["setting"] == setting
    assert table_dump(tmp_path / "mpn.db") == before


def test_update_settings_without_a_change_writes_no_audit_entry(ws):
    count = len(ws.audit_log())
    ws.update_settings("U1", language="nl")
    assert len(ws.audit_log()) == count


# -- audit log ---------------------------------------------------------------------------------------


def test_audit_log_is_newest_first_and_limited(ws, clock):
    for i in range(5):
        clock.advance(minutes=1)
        ws.add_offer(f"Offer {i}", "competency", "2024-06-01", actor=f"U{i}")
    entries = ws.audit_log(limit=3)
    assert [e.target for e in entries] == ["Offer 4", "Offer 3", "Offer 2"]
    assert entries[0].at > entries[1].at > entries[2].at
    assert entries[0].after == {"name": "Offer 4", "kind": "competency", "anniversary": "2024-06-01"}


@pytest.mark.parametrize("forged", [2**63, 10**30, -(2**63) - 1])
def test_an_id_sqlite_cannot_hold_is_not_found_not_a_crash(ws, forged):
    """A forged button value carries any number: past SQLite's 64 bits it is simply no such offer or
    removal (a refusal the person can read), never an OverflowError."""
    with pytest.raises(StorageError) as err:
        ws.offer(forged)
    assert err.value.code == "offer_not_found"
    with pytest.raises(StorageError) as err:
        ws.restore_removed(forged, actor="U1", within=timedelta(hours=1))
    assert err.value.code == "undo_unknown"
