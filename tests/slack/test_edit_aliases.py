"""The Edit modal's Nicknames: an offer's aliases shown and changed where its record is corrected, through
the same checks, storage and audit as ``/mpn alias`` (issue 14)."""

from __future__ import annotations

import json

import pytest

from bot.render import home as render
from bot.render import offer_modals as modals
from tests.harness import DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.hostile import NASTY
from tests.slack.test_home import check_limits, value


def open_edit(bot: Harness, name: str, user: str = PARTNER) -> dict[str, object]:
    bot.open_home(user)
    bot.click(user, render.ACTION_EDIT, value(bot, name))
    modal = bot.modal(user)
    assert modal is not None and modal["callback_id"] == modals.CALLBACK_EDIT
    return modal


def nicknames(modal: dict[str, object]) -> dict[str, object]:
    [block] = [b for b in modal["blocks"] if b.get("block_id") == modals.ALIASES[0]]  # type: ignore[attr-defined, union-attr]
    return dict(block)


def alias_audit(bot: Harness) -> list[tuple[str, object, object]]:
    return [
        (e.action, e.before, e.after)
        for e in reversed(bot.store.workspace(TEAM).audit_log(limit=50))
        if e.action.startswith("alias_")
    ]


def test_the_edit_modal_shows_the_aliases_and_saves_additions_and_removals_audited(bot: Harness) -> None:
    bot.command("add specialization Kubernetes on Azure 2021-04-01")
    bot.command("alias Kubernetes on Azure k8s")
    modal = open_edit(bot, "Kubernetes on Azure")
    check_limits(modal)
    block = nicknames(modal)
    assert block["label"]["text"] == "Nicknames" and block["optional"] is True  # type: ignore[index]
    assert block["element"]["initial_value"] == "k8s"  # type: ignore[index]
    assert bot.submit(PARTNER, {"aliases": "kaas, de container,  , K8S kluster"}) is None
    ws = bot.store.workspace(TEAM)
    assert ws.aliases_of(ws.find_offer("Kubernetes on Azure").id) == ["de container", "K8S kluster", "kaas"]
    assert alias_audit(bot)[1:] == [
        ("alias_remove", {"alias": "k8s"}, None),
        ("alias_add", None, {"alias": "kaas"}),
        ("alias_add", None, {"alias": "de container"}),
        ("alias_add", None, {"alias": "K8S kluster"}),
    ]
    # The next Edit shows them, and the DM reader knows them like those of the command.
    assert nicknames(open_edit(bot, "Kubernetes on Azure"))["element"]["initial_value"] == (  # type: ignore[index]
        "de container, K8S kluster, kaas"
    )
    assert "“kaas” → *Kubernetes on Azure*" in bot.command("alias", user=MEMBER).text


def test_emptying_the_input_removes_every_alias(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    bot.command("alias Security sec")
    open_edit(bot, "Security")
    assert bot.submit(PARTNER, {"aliases": ""}) is None
    assert bot.store.workspace(TEAM).offer_aliases() == []
    assert alias_audit(bot)[-1] == ("alias_remove", {"alias": "sec"}, None)


def test_a_conflicting_alias_is_refused_on_its_field_and_nothing_is_stored(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("alias Security sec")
    open_edit(bot, "Cloud Platform")
    before = bot.store.workspace(TEAM).audit_log(limit=1)[0]
    errors = bot.submit(PARTNER, {"name": "Cloud Platform X", "aliases": "cp, sec"})
    assert errors is not None and list(errors) == ["aliases"]
    assert "“sec” already means Security" in errors["aliases"] and "/mpn" not in errors["aliases"]
    errors = bot.submit(PARTNER, {"name": "Cloud Platform X", "aliases": "cp, SECURITY"})
    assert errors is not None and "is already the name of Security" in errors["aliases"]
    ws = bot.store.workspace(TEAM)
    assert ws.find_offer("Cloud Platform").name == "Cloud Platform"  # the rename waited for the aliases
    assert ws.offer_aliases() == [("sec", "Security")]
    assert ws.audit_log(limit=1)[0] == before


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ok, " + "x" * 61, "at most 60 characters"),
        ("ok, ...", "can't be an alias"),
        ("ok, bad\x00name", "can't be an alias"),
    ],
)
def test_a_too_long_or_unreadable_alias_is_refused(bot: Harness, typed: str, words: str) -> None:
    bot.command("add Security 2021-09-15")
    open_edit(bot, "Security")
    errors = bot.submit(PARTNER, {"aliases": typed})
    assert errors is not None and list(errors) == ["aliases"] and words in errors["aliases"], errors
    assert bot.store.workspace(TEAM).offer_aliases() == []


def test_a_nickname_a_dm_would_not_read_is_refused_on_its_field(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    bot.command("add Data Analytics 2021-02-10")
    open_edit(bot, "Security")
    errors = bot.submit(PARTNER, {"name": "Security X", "aliases": "sec, :shield:"})
    assert errors is not None and list(errors) == ["aliases"], errors
    assert "I wouldn't recognise “:shield:” as Security" in errors["aliases"], errors
    errors = bot.submit(PARTNER, {"name": "Security X", "aliases": "sec, data"})
    assert errors is not None and "as Data Analytics, not Security" in errors["aliases"], errors
    ws = bot.store.workspace(TEAM)
    assert ws.offer_aliases() == [] and ws.find_offer("Security").name == "Security"  # nothing stored


def test_hostile_aliases_never_break_the_modal_and_are_stored_only_as_plain_text(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    for nasty in NASTY:
        open_edit(bot, "Security")
        errors = bot.submit(PARTNER, {"aliases": nasty})
        assert errors is None or list(errors) == ["aliases"], (nasty, errors)
        bot.slack.views.close_all(TEAM, PARTNER)
    ws = bot.store.workspace(TEAM)
    assert ws.find_offer("Security").name == "Security"
    modal = open_edit(bot, "Security")
    check_limits(modal)
    listed = bot.command("alias", user=MEMBER).text
    assert "<!channel>" not in listed and "<!here>" not in listed


def test_dutch_labels_and_refusals(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("alias Security beveiliging")
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    modal = open_edit(bot, "Cloud Platform", user=DUTCH)
    block = nicknames(modal)
    assert block["label"]["text"] == "Bijnamen" and "komma" in block["hint"]["text"]  # type: ignore[index]
    errors = bot.submit(DUTCH, {"aliases": "platform, beveiliging"})
    assert (
        errors is not None and "betekent al Security" in errors["aliases"] and "Bewerken" in errors["aliases"]
    )
    errors = bot.submit(DUTCH, {"aliases": "x" * 61})
    assert errors is not None and "hoogstens 60 tekens" in errors["aliases"]
    assert bot.submit(DUTCH, {"aliases": "platform"}) is None
    assert bot.store.workspace(TEAM).offer_aliases() == [
        ("beveiliging", "Security"),
        ("platform", "Cloud Platform"),
    ]


def test_a_member_or_another_workspaces_offer_changes_no_alias(bot: Harness) -> None:
    bot.store.install_workspace("T2", installer_user_id="U2")
    theirs = bot.store.workspace("T2").add_offer("Their Platform", "competency", "2021-03-10", actor="U2")
    bot.store.workspace("T2").add_alias(theirs.id, "theirs", actor="U2")
    bot.command("add Cloud Platform 2021-03-10")
    modal = open_edit(bot, "Cloud Platform")
    errors = bot.submit(MEMBER, {"aliases": "cp"}, view=modal)
    assert errors is not None and "Only MPN partner admins" in errors["name"]
    meta = json.loads(str(modal["private_metadata"]))
    forged = dict(modal, private_metadata=json.dumps({**meta, "offer": theirs.id}))
    errors = bot.submit(PARTNER, {"aliases": "mine"}, view=forged)
    assert errors is not None and list(errors) == ["name"]
    forged = dict(modal, private_metadata=json.dumps({**meta, "team": "T2", "offer": theirs.id}))
    errors = bot.submit(PARTNER, {"aliases": "mine"}, view=forged)
    assert errors is not None and list(errors) == ["name"]
    assert bot.store.workspace(TEAM).offer_aliases() == []
    assert bot.store.workspace("T2").offer_aliases() == [("theirs", "Their Platform")]


def test_a_double_submission_stores_and_audits_the_aliases_once(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    modal = open_edit(bot, "Cloud Platform")
    answers = {"aliases": "cp, platform"}
    bot.submit(PARTNER, answers, view=modal)
    bot.submit(PARTNER, answers, view=modal)
    assert bot.store.workspace(TEAM).offer_aliases() == [
        ("cp", "Cloud Platform"),
        ("platform", "Cloud Platform"),
    ]
    assert [a for a, _, _ in alias_audit(bot)] == ["alias_add", "alias_add"]


# ---------------------------------------------------------------------------------------- modal wording


@pytest.mark.parametrize("user", [PARTNER, DUTCH])
def test_field_errors_in_the_offer_modals_say_what_to_do_there_not_which_command_to_type(
    bot: Harness, user: str
) -> None:
    """A duplicate name (Edit and Add), a foreign or unreadable modal and a taken alias read, in a modal, as
    what to do in the Home (Edit), not as an /mpn command to type; an old anniversary has no command."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("add Security 2021-09-15")
    bot.command("alias Security sec")
    edit = open_edit(bot, "Security", user=user)
    shown: list[str] = []
    shown += (bot.submit(user, {"name": "cloud platform"}) or {}).values()
    shown += (
        bot.submit(user, {"aliases": "sec2, sec"}, view=open_edit(bot, "Cloud Platform", user=user)) or {}
    ).values()
    forged = dict(edit, private_metadata="{not json")
    shown += (bot.submit(user, {}, view=forged) or {}).values()
    bot.open_home(user)
    bot.click(user, render.ACTION_ADD)
    shown += (bot.submit(user, {"name": "Data Analytics", "anniversary": "2020-01-10"}) or {}).values()
    shown += (bot.submit(user, {"name": "cloud platform", "anniversary": "2021-05-10"}) or {}).values()
    assert len(shown) == 5, shown
    for text in shown:
        assert "/mpn" not in text and ":warning:" not in text, text
    edit_word, home_word = ("Edit", "Home") if user == PARTNER else ("Bewerken", "Start")
    assert sum(edit_word in text and home_word in text for text in shown) == 3, shown  # 2 duplicates, alias
