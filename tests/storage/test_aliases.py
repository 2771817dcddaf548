"""A workspace's offer aliases (migration 7, ``storage.aliases``): unique per workspace, never another
offer's name, audited, invisible to other workspaces, gone with the workspace."""

from __future__ import annotations

from datetime import date

import pytest

from storage import StorageError, Store, StoredOffer, WorkspaceStore


def test_an_alias_names_its_offer_and_is_audited(ws: WorkspaceStore, offer: StoredOffer) -> None:
    assert ws.add_alias("Cloud Platform", "  CP ", actor="U1") == ("CP", "Cloud Platform")
    assert ws.offer_aliases() == [("CP", "Cloud Platform")]
    entry = ws.audit_log(limit=1)[0]
    assert (entry.actor, entry.action, entry.target, entry.after) == (
        "U1",
        "alias_add",
        "Cloud Platform",
        {"alias": "CP"},
    )


def test_the_same_alias_again_is_no_change(ws: WorkspaceStore, offer: StoredOffer) -> None:
    ws.add_alias(offer.id, "cp", actor="U1")
    entries = len(ws.audit_log())
    assert ws.add_alias("Cloud Platform", "CP", actor="U1") == ("CP", "Cloud Platform")
    assert len(ws.audit_log()) == entries and len(ws.offer_aliases()) == 1


def test_an_alias_of_another_offer_or_another_offers_name_is_refused(
    ws: WorkspaceStore, offer: StoredOffer
) -> None:
    ws.add_offer("Security", "competency", date(2024, 9, 1), actor="U1")
    ws.add_alias("Cloud Platform", "cp", actor="U1")
    with pytest.raises(StorageError) as taken:
        ws.add_alias("Security", "CP", actor="U1")
    assert taken.value.code == "alias_taken" and taken.value.params["offer"] == "Cloud Platform"
    with pytest.raises(StorageError) as name:
        ws.add_alias("Cloud Platform", "security", actor="U1")
    assert name.value.code == "alias_is_offer_name"
    for bad, code in (("", "alias_invalid"), ("a\x00b", "alias_invalid"), ("x" * 61, "alias_too_long")):
        with pytest.raises(StorageError) as err:
            ws.add_alias("Cloud Platform", bad, actor="U1")
        assert err.value.code == code, bad
    assert ws.offer_aliases() == [("cp", "Cloud Platform")]


def test_removing_an_alias(ws: WorkspaceStore, offer: StoredOffer) -> None:
    ws.add_alias("Cloud Platform", "cp", actor="U1")
    assert ws.remove_alias("CP", actor="U2") == "Cloud Platform"
    assert ws.offer_aliases() == []
    assert ws.audit_log(limit=1)[0].action == "alias_remove"
    with pytest.raises(StorageError) as err:
        ws.remove_alias("cp", actor="U2")
    assert err.value.code == "alias_not_found"


def test_an_alias_of_a_removed_offer_names_nothing_and_comes_back_with_undo(
    ws: WorkspaceStore, offer: StoredOffer
) -> None:
    from datetime import timedelta

    ws.add_alias("Cloud Platform", "cp", actor="U1")
    ws.remove_offer(offer.id, actor="U1")
    assert ws.offer_aliases() == []
    token = ws.removal_of(offer.id)
    assert token is not None
    ws.restore_removed(token, actor="U1", within=timedelta(days=1))
    assert ws.offer_aliases() == [("cp", "Cloud Platform")]


def test_aliases_belong_to_one_workspace(store: Store, ws: WorkspaceStore, offer: StoredOffer) -> None:
    store.install_workspace("T2", enterprise_id=None, time_zone="UTC", language="en")
    other = store.workspace("T2")
    other.add_offer("Cloud Platform", "competency", date(2024, 6, 1), actor="U9")
    ws.add_alias("Cloud Platform", "cp", actor="U1")
    assert other.offer_aliases() == []
    other.add_alias("Cloud Platform", "cp", actor="U9")  # the same alias in another workspace is its own
    with pytest.raises(StorageError):
        other.add_alias(offer.id, "x", actor="U9")  # the first workspace's offer id is unknown here
    store.delete_workspace("T1")
    assert (
        store.connections.connection()
        .execute("SELECT count(*) FROM offer_aliases WHERE team_id = 'T1'")
        .fetchone()[0]
        == 0
    )
    assert other.offer_aliases() == [("cp", "Cloud Platform")]


def test_setting_an_offers_whole_set_adds_and_removes_audited(ws: WorkspaceStore, offer: StoredOffer) -> None:
    ws.add_alias(offer.id, "cp", actor="U1")
    ws.add_alias(offer.id, "platform", actor="U1")
    assert ws.set_aliases(offer.id, ["platform", "Cloudje", "cloudje", "azure"], actor="U2") == (
        ["Cloudje", "azure"],
        ["cp"],
    )
    assert ws.aliases_of(offer.id) == ["azure", "Cloudje", "platform"]
    assert [(e.actor, e.action) for e in ws.audit_log(limit=3)] == [
        ("U2", "alias_add"),
        ("U2", "alias_add"),
        ("U2", "alias_remove"),
    ]
    assert ws.set_aliases(offer.id, ["platform", "azure", "cloudje"], actor="U2") == ([], [])


def test_one_refused_alias_sets_none_and_a_dry_run_stores_nothing(
    ws: WorkspaceStore, offer: StoredOffer
) -> None:
    other = ws.add_offer("Security", "competency", date(2024, 9, 1), actor="U1")
    ws.add_alias(other.id, "sec", actor="U1")
    ws.add_alias(offer.id, "cp", actor="U1")
    entries = len(ws.audit_log())
    for wanted, code in ((["new", "sec"], "alias_taken"), (["new", "Security"], "alias_is_offer_name")):
        with pytest.raises(StorageError) as err:
            ws.set_aliases(offer.id, wanted, actor="U1")
        assert err.value.code == code
    assert ws.set_aliases(offer.id, ["new"], actor="U1", dry_run=True) == (["new"], ["cp"])
    assert ws.aliases_of(offer.id) == ["cp"] and len(ws.audit_log()) == entries


class _Refused(Exception):
    pass


def test_a_callers_check_sees_each_new_alias_and_its_refusal_stores_nothing(
    ws: WorkspaceStore, offer: StoredOffer
) -> None:
    """The bot's "a DM reads it as its offer" check runs inside the alias transaction, for new aliases only."""
    seen: list[tuple[str, str]] = []

    def check(alias: str, name: str) -> None:
        seen.append((alias, name))
        if alias == "nope":
            raise _Refused

    ws.add_alias(offer.id, "cp", actor="U1", check=check)
    entries = len(ws.audit_log())
    with pytest.raises(_Refused):
        ws.add_alias("Cloud Platform", "nope", actor="U1", check=check)
    with pytest.raises(_Refused):
        ws.set_aliases(offer.id, ["cp", "fine", "nope"], actor="U1", check=check)
    assert ws.aliases_of(offer.id) == ["cp"] and len(ws.audit_log()) == entries
    assert ws.set_aliases(offer.id, ["cp", "fine"], actor="U1", check=check) == (["fine"], [])
    assert seen == [
        ("cp", "Cloud Platform"),
        ("nope", "Cloud Platform"),
        ("fine", "Cloud Platform"),
        ("nope", "Cloud Platform"),
        ("fine", "Cloud Platform"),
    ]  # "cp", held already, is not checked again
