"""The App Home dashboard and its offer modals, through Bolt's dispatch of signed requests, with the local
Slack stand-in opening, stacking and validating the views as Slack does."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot.core.answers import UNDO_WINDOW
from bot.language.i18n import t
from bot.listeners.home import DEBOUNCE, MAX_VIEWERS_PER_TEAM, HomeState, Republisher
from bot.render import home as render
from bot.render import offer_modals as modals
from tests.harness import ADMIN, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.hostile import NASTY
from tests.slack.modals import home_click

A = date(2021, 3, 10)  # the window of an offer with this anniversary is open on the harness's 2021-03-20


def text_of(view: dict[str, Any] | None) -> str:
    return json.dumps(view, ensure_ascii=False)


def action_ids(view: dict[str, Any]) -> set[str]:
    found = set()
    for block in view["blocks"]:
        for element in [block.get("accessory") or {}, *block.get("elements", [])]:
            if element.get("action_id"):
                found.add(element["action_id"])
    return found


def check_limits(view: dict[str, Any]) -> None:
    """Slack's limits for a view: at most 100 blocks, block ids unique, texts within their sizes."""
    assert len(view["blocks"]) <= render.MAX_HOME_BLOCKS
    ids = [b["block_id"] for b in view["blocks"] if "block_id" in b]
    assert len(ids) == len(set(ids))
    for block in view["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "actions":
            assert len(block["elements"]) <= 25
            for element in block["elements"]:
                assert len(element["text"]["text"]) <= 75
    if view["type"] == "modal":
        assert len(view["title"]["text"]) <= 24 and len(view.get("private_metadata", "")) <= 3000


def republished(bot: Harness, user: str, predicate: Any) -> dict[str, Any]:
    """Wait for the Home the app publishes again after a change (it does so a moment later)."""
    return bot.slack.wait_for(lambda: (h := bot.slack.home(TEAM, user)) is not None and predicate(h) and h)


def offer_id(bot: Harness, name: str) -> int:
    return next(o.id for o in bot.store.workspace(TEAM).offers() if o.name == name)


def value(bot: Harness, name: str) -> str:
    offer = bot.store.workspace(TEAM).find_offer(name)
    return f"{offer.id}:{offer.anniversary.isoformat()}"


# ---------------------------------------------------------------------------------------- the dashboard


def test_the_header_says_what_needs_action_and_offers_come_most_urgent_first(bot: Harness) -> None:
    bot.command("add Security 2021-09-01")
    bot.command("add Cloud Platform 2021-03-10")
    home = bot.open_home(PARTNER)
    check_limits(home)
    text = text_of(home)
    assert "*1 offer needs action*" in text
    assert "next deadline: *Cloud Platform* on 9 April 2021" in text
    assert "reminders: by DM to the MPN partner admins" in text and "time zone: Europe/Amsterdam" in text
    assert text.index("mpn-home-offer:") < text.index("*Cloud Platform*", text.index("mpn-home-offer:"))
    offers = [b["block_id"] for b in home["blocks"] if b.get("block_id", "").startswith(render.OFFER_BLOCK)]
    assert offers == [f"{render.OFFER_BLOCK}{offer_id(bot, n)}" for n in ("Cloud Platform", "Security")]
    cloud = next(b for b in home["blocks"] if b.get("block_id") == offers[0])["text"]["text"]
    assert "Anniversary 10 March 2021" in cloud and "last day to renew 9 April 2021" in cloud
    assert "benefits lost on 10 April 2021" in cloud and "20 days left" in cloud
    assert "COVID-19 extension" in cloud
    ids = action_ids(home)
    assert {
        render.ACTION_ADD,
        "home.import_csv",
        "home.settings",
        "home.admins",
        "home.history",
        render.ACTION_RENEW,
        render.ACTION_EDIT,
        render.ACTION_REMOVE,
    } <= ids
    # The first offer is in and no channel is chosen: the Home points at the setting.
    assert "choose the channel where reminders are posted" in text


def test_a_member_sees_the_same_offers_without_any_admin_element_and_who_the_admins_are(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    home = bot.open_home(MEMBER)
    check_limits(home)
    assert action_ids(home) == set()
    text = text_of(home)
    assert "*Cloud Platform*" in text and f"MPN partner admins: <@{PARTNER}>" in text


def test_dutch_readers_get_a_dutch_home_and_dutch_modals(bot: Harness) -> None:
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add Cloud Platform 2021-03-10")
    home = bot.open_home(DUTCH)
    text = text_of(home)
    assert "MPN-verlengingen" in text and "aanbieding vraagt actie" in text and "Jubileumdatum" in text
    assert "offer" not in text.replace("mpn-home-offer", "").lower()
    for action, val in ((render.ACTION_ADD, None), (render.ACTION_RENEW, value(bot, "Cloud Platform"))):
        bot.click(DUTCH, action, val)
        modal = bot.modal(DUTCH)
        check_limits(modal or {})
        assert "Jubileumdatum" in text_of(modal) or "Verlengd op" in text_of(modal)
        bot.slack.views.close_all(TEAM, DUTCH)
    bot.click(DUTCH, render.ACTION_EDIT, value(bot, "Cloud Platform"))
    edit = text_of(bot.modal(DUTCH))
    assert "Aanbieding bewerken" in edit and "niet als verlenging" in edit
    bot.slack.views.close_all(TEAM, DUTCH)
    bot.click(DUTCH, render.ACTION_ADD)
    errors = bot.submit(DUTCH, {"anniversary": "2021-09-01"})
    assert errors == {"name": "Geef de aanbieding een naam."}
    errors = bot.submit(DUTCH, {"name": "Security", "anniversary": "1999-01-01"})
    assert errors is not None and "1999" in errors["anniversary"] and "offer" not in errors["anniversary"]
    bot.slack.views.close_all(TEAM, DUTCH)
    bot.store.workspace(TEAM).remove_admin(DUTCH, actor=PARTNER)
    bot.click(DUTCH, render.ACTION_REMOVE, value(bot, "Cloud Platform"))  # the stale admin Home, now a member
    refusal = text_of(bot.modal(DUTCH))
    assert t("workspace_modal.refused_title", "nl") in refusal and "MPN-partnerbeheerders" in refusal
    assert len(bot.store.workspace(TEAM).offers()) == 1


def test_many_offers_are_paged_and_every_one_is_reachable(bot: Harness) -> None:
    ws = bot.store.workspace(TEAM)
    for n in range(120):
        ws.add_offer(f"Offer {n:03d}", "competency", "2021-09-01", actor=PARTNER)
    seen: set[str] = set()
    home = bot.open_home(PARTNER)
    for _ in range(10):
        check_limits(home)
        seen |= {
            b["block_id"] for b in home["blocks"] if b.get("block_id", "").startswith(render.OFFER_BLOCK)
        }
        assert "of 120" in text_of(home)
        if render.ACTION_PAGE_NEXT not in action_ids(home):
            break
        before = home["hash"]
        assert bot.click(PARTNER, render.ACTION_PAGE_NEXT) == 200
        home = republished(bot, PARTNER, lambda h, b=before: h["hash"] != b)
    assert len(seen) == 120
    member = bot.open_home(MEMBER)  # one block an offer: fewer pages, same rule
    check_limits(member)
    assert "Offers 1 to" in text_of(member)


# ---------------------------------------------------------------------------------------- add offer


def test_add_offer_through_the_modal_and_the_home_is_republished(bot: Harness) -> None:
    bot.open_home(MEMBER)  # another viewer, whose Home follows the change too
    bot.open_home(PARTNER)
    assert bot.click(PARTNER, render.ACTION_ADD) == 200
    modal = bot.modal(PARTNER)
    assert modal is not None and modal["callback_id"] == modals.CALLBACK_ADD
    check_limits(modal)
    assert "Cloud Platform" in text_of(modal)  # the 2021 competencies are offered
    publishes = len(bot.slack.calls_to("views.publish"))
    assert (
        bot.submit(PARTNER, {"name_pick": "Cloud Platform", "kind": "1", "anniversary": "2021-03-10"}) is None
    )
    assert bot.modal(PARTNER) is None
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]
    for user in (PARTNER, MEMBER):
        republished(bot, user, lambda h: "*Cloud Platform*" in text_of(h))
    bot.slack.wait_for(lambda: len(bot.slack.calls_to("views.publish")) >= publishes + 2)
    assert len(bot.slack.calls_to("views.publish")) == publishes + 2  # one per change per viewer


@pytest.mark.parametrize(
    ("answers", "field", "words"),
    [
        ({"anniversary": "2021-09-01"}, "name", "Give the offer a name"),
        ({"name_pick": "Other", "anniversary": "2021-09-01"}, "name", "Give the offer a name"),
        ({"name_pick": "Security", "name": "Else", "anniversary": "2021-09-01"}, "name", "not both"),
        ({"name": "Security", "anniversary": "1999-12-31"}, "anniversary", "1999"),
        ({"name": "Security", "anniversary": "2023-12-01"}, "anniversary", "2023"),
        ({"name": "Security", "anniversary": "2020-01-10"}, "anniversary", "renewal window closed"),
        ({"name": "Security"}, "anniversary", "Choose a date"),
        ({"name": "Cloud Platform", "anniversary": "2021-09-01"}, "name", "Cloud Platform"),
    ],
)
def test_add_offer_refusals_are_errors_on_the_field_concerned_and_store_nothing(
    bot: Harness, answers: dict[str, str], field: str, words: str
) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    before = bot.store.workspace(TEAM).offers()
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_ADD)
    errors = bot.submit(PARTNER, answers)
    assert errors is not None and list(errors) == [field] and words in errors[field], errors
    assert bot.modal(PARTNER) is not None  # left open to correct
    assert bot.store.workspace(TEAM).offers() == before


def test_a_double_submission_adds_once(bot: Harness) -> None:
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_ADD)
    modal = bot.modal(PARTNER)
    answers = {"name": "Security", "anniversary": "2021-09-01"}
    assert bot.submit(PARTNER, answers, view=modal) is None
    errors = bot.submit(PARTNER, answers, view=modal)  # the same modal, sent again
    assert errors is not None and "already" in errors["name"].lower()
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Security"]


@pytest.mark.parametrize("nasty", NASTY[:8] + ["*bold* _it_ ~s~ `c`"])
def test_hostile_names_are_stored_as_typed_and_escaped_on_the_home(bot: Harness, nasty: str) -> None:
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_ADD)
    name = f"Weird {nasty}"
    errors = bot.submit(PARTNER, {"name": name, "anniversary": "2021-09-01"})
    offers = bot.store.workspace(TEAM).offers()
    if errors is not None:  # refused by storage's name rules: a clear message on the field, nothing stored
        assert list(errors) == ["name"] and offers == []
        return
    [offer] = offers
    home = republished(bot, PARTNER, lambda h: render.OFFER_BLOCK in text_of(h))
    check_limits(home)
    section = next(b for b in home["blocks"] if b.get("block_id") == f"{render.OFFER_BLOCK}{offer.id}")
    shown = section["text"]["text"]
    for raw in (
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<@U0BOT>",
        "<#C999|x>",
        "<https://",
        "`",
        "~s~",
        "_it_",
    ):
        assert raw not in shown
    bot.click(PARTNER, render.ACTION_EDIT, f"{offer.id}:{offer.anniversary.isoformat()}")
    modal = bot.modal(PARTNER)
    assert modal is not None
    [name_input] = [b for b in modal["blocks"] if b.get("block_id") == "name"]
    assert name_input["element"]["initial_value"] == offer.name[: modals.NAME_LIMIT]  # plain text, as stored


# ---------------------------------------------------------------------------------------- mark renewed


def test_mark_renewed_opens_a_datepicker_on_today_and_renews(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_RENEW, value(bot, "Cloud Platform"))
    modal = bot.modal(PARTNER)
    assert modal is not None and modal["callback_id"] == modals.CALLBACK_RENEW
    check_limits(modal)
    [picker] = [b for b in modal["blocks"] if b.get("block_id") == "renewed_on"]
    assert picker["element"]["initial_date"] == "2021-03-20"  # today in the workspace's zone
    assert "11 March 2021" in text_of(modal) and "9 April 2021" in text_of(modal)  # the window
    assert bot.submit(PARTNER, {}, view=modal) is None
    ws = bot.store.workspace(TEAM)
    cid = offer_id(bot, "Cloud Platform")
    assert ws.offer(cid).anniversary == date(2022, 3, 10)
    assert [(r.renewed_on, r.actor) for r in ws.renewal_history(cid)] == [(date(2021, 3, 20), PARTNER)]
    republished(bot, PARTNER, lambda h: "10 March 2022" in text_of(h))
    # The same modal submitted again: refused as already renewed, not renewed a year too far.
    errors = bot.submit(PARTNER, {}, view=modal)
    assert errors is not None and "already been renewed" in errors["renewed_on"]
    assert ws.offer(cid).anniversary == date(2022, 3, 10) and len(ws.renewal_history(cid)) == 1


@pytest.mark.parametrize(
    ("anniversary", "on", "words"),
    [
        ("2021-09-01", "2021-03-20", "2 September 2021"),  # the window opens the day after
        ("2021-03-10", "2021-03-21", "future"),
        ("2021-03-10", "2021-03-01", "11 March 2021"),  # before the window
    ],
)
def test_a_renewal_date_outside_the_window_is_refused_with_the_windows_dates(
    bot: Harness, anniversary: str, on: str, words: str
) -> None:
    bot.command(f"add Cloud Platform {anniversary}")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_RENEW, value(bot, "Cloud Platform"))
    errors = bot.submit(PARTNER, {"renewed_on": on})
    assert errors is not None and list(errors) == ["renewed_on"] and words in errors["renewed_on"], errors
    assert bot.store.workspace(TEAM).renewal_history(offer_id(bot, "Cloud Platform")) == []


# ---------------------------------------------------------------------------------------- edit, remove, undo


def test_edit_corrects_name_kind_and_anniversary_audited_as_a_correction(bot: Harness) -> None:
    bot.command("add Cloud Platfrom 2021-03-01")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_EDIT, value(bot, "Cloud Platfrom"))
    modal = bot.modal(PARTNER)
    assert modal is not None and modal["callback_id"] == modals.CALLBACK_EDIT
    check_limits(modal)
    assert "not as a renewal" in text_of(modal)
    answers = {"name": "Cloud Platform", "kind": "advanced specialization", "anniversary": "2021-03-10"}
    assert bot.submit(PARTNER, answers) is None
    ws = bot.store.workspace(TEAM)
    [offer] = ws.offers()
    assert (offer.name, offer.kind.value, offer.anniversary) == (
        "Cloud Platform",
        "advanced_specialization",
        A,
    )
    assert ws.renewal_history(offer.id) == []
    entry = ws.audit_log(limit=1)[0]
    assert entry.action == "offer_update" and entry.before == {
        "name": "Cloud Platfrom",
        "kind": "competency",
        "anniversary": "2021-03-01",
    }


def test_edit_refuses_an_implausible_date_and_a_duplicate_name(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("add Security 2021-09-01")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_EDIT, value(bot, "Security"))
    errors = bot.submit(PARTNER, {"anniversary": "1990-01-01"})
    assert errors is not None and list(errors) == ["anniversary"]
    errors = bot.submit(PARTNER, {"name": "cloud platform"})
    assert errors is not None and list(errors) == ["name"]
    errors = bot.submit(PARTNER, {"name": "   "})
    assert errors == {"name": "Give the offer a name."}
    assert bot.store.workspace(TEAM).find_offer("Security").anniversary == date(2021, 9, 1)


def test_remove_carries_a_confirm_dialog_and_can_be_undone_from_the_home(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    home = bot.open_home(PARTNER)
    [remove] = [
        e
        for b in home["blocks"]
        for e in b.get("elements", [])
        if isinstance(e, dict) and e.get("action_id") == render.ACTION_REMOVE
    ]
    assert remove["confirm"]["title"]["text"] == "Remove this offer?" and "Cloud Platform" in text_of(remove)
    assert bot.click(PARTNER, render.ACTION_REMOVE, value(bot, "Cloud Platform")) == 200
    assert bot.store.workspace(TEAM).offers() == []
    home = republished(bot, PARTNER, lambda h: render.ACTION_UNDO in action_ids(h))
    assert "Removed *Cloud Platform*" in text_of(home) and render.OFFER_BLOCK not in text_of(home)
    assert bot.click(PARTNER, render.ACTION_UNDO) == 200
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]
    home = republished(bot, PARTNER, lambda h: render.ACTION_UNDO not in action_ids(h))
    assert "*Cloud Platform*" in text_of(home)


def test_the_home_offers_undo_for_the_answer_layers_window_and_says_how_long(bot: Harness) -> None:
    """One window (``answers.UNDO_WINDOW``, 24 hours): the Home shows Undo as long as storage would accept
    it, says so in the reader's language as the removal's reply does, and drops it after."""
    hours = int(UNDO_WINDOW.total_seconds() // 3600)
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_REMOVE, value(bot, "Cloud Platform"))
    republished(bot, PARTNER, lambda h: render.ACTION_UNDO in action_ids(h))
    removed_at = bot.clock()
    bot.clock.set(removed_at + UNDO_WINDOW - timedelta(minutes=5))  # well past an hour, within the window
    home = bot.open_home(PARTNER)
    assert render.ACTION_UNDO in action_ids(home)
    assert f"Undo brings it back, with its history, for {hours} hours" in text_of(home)
    assert f"de komende {hours} uur terug" in text_of(bot.open_home(DUTCH))
    for lang in ("en", "nl"):
        assert str(hours) in t("storage.undo_expired", lang, name="x")  # the refusal names the same window
    assert bot.click(PARTNER, render.ACTION_UNDO) == 200
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]
    republished(bot, PARTNER, lambda h: render.ACTION_UNDO not in action_ids(h))
    bot.click(PARTNER, render.ACTION_REMOVE, value(bot, "Cloud Platform"))
    republished(bot, PARTNER, lambda h: render.ACTION_UNDO in action_ids(h))
    bot.clock.set(bot.clock() + UNDO_WINDOW + timedelta(minutes=5))  # past the window
    home = bot.open_home(PARTNER)
    assert render.ACTION_UNDO not in action_ids(home) and "Undo brings it back" not in text_of(home)


def test_an_undo_that_was_already_done_explains_and_the_button_goes(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_REMOVE, value(bot, "Cloud Platform"))
    home = republished(bot, PARTNER, lambda h: render.ACTION_UNDO in action_ids(h))
    bot.click(PARTNER, render.ACTION_UNDO, view=home)
    bot.click(PARTNER, render.ACTION_UNDO, view=home)  # the stale Home's button, again
    assert len(bot.store.workspace(TEAM).offers()) == 1
    assert "already" in text_of(bot.modal(PARTNER)).lower()
    assert render.ACTION_UNDO not in action_ids(bot.slack.home(TEAM, PARTNER) or {"blocks": []})


# ---------------------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("action", [render.ACTION_REMOVE, render.ACTION_RENEW, render.ACTION_UNDO])
@pytest.mark.parametrize("forged", ["", "garbage", "12:not-a-date", "-1", "9" * 40, "<!channel>"])
def test_a_forged_home_button_value_is_refused_in_home_words_and_changes_nothing(
    bot: Harness, action: str, forged: str
) -> None:
    """A tampered button value gets the Home's own wording (no command to type) and changes nothing."""
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    before = bot.store.workspace(TEAM).audit_log()
    assert home_click(bot, action, value=forged) == 200
    refusal = text_of(bot.modal(PARTNER))
    assert "Nothing was changed" in refusal and "/mpn" not in refusal
    if not forged.isdigit():  # a well-formed token of no removal is told so in its own words
        assert t("home.stale", "en") in refusal
    assert bot.store.workspace(TEAM).audit_log() == before


def test_member_clicks_and_submissions_are_refused_and_change_nothing(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    admin_home = bot.open_home(PARTNER)
    bot.open_home(MEMBER)
    cloud = value(bot, "Cloud Platform")
    for action in (render.ACTION_REMOVE, render.ACTION_RENEW, render.ACTION_EDIT, render.ACTION_ADD):
        assert (
            bot.click(MEMBER, action, None if action == render.ACTION_ADD else cloud, view=admin_home) == 200
        )
        refusal = bot.modal(MEMBER)
        assert refusal is not None and refusal["callback_id"] == "workspace.message"
        assert "Only MPN partner admins" in text_of(refusal)
        bot.slack.views.close_all(TEAM, MEMBER)
    # A member submitting an admin's renew modal (a forged submission): refused on the field.
    bot.click(PARTNER, render.ACTION_RENEW, cloud)
    modal = bot.modal(PARTNER)
    errors = bot.submit(MEMBER, {}, view=modal)
    assert errors is not None and "Only MPN partner admins" in errors["renewed_on"]
    ws = bot.store.workspace(TEAM)
    assert ws.find_offer("Cloud Platform").anniversary == A and len(ws.offers()) == 1


def test_stale_views_change_nothing(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    home = bot.open_home(PARTNER)
    cloud = value(bot, "Cloud Platform")
    bot.click(PARTNER, render.ACTION_EDIT, cloud)
    edit = bot.modal(PARTNER)
    bot.slack.views.close_all(TEAM, PARTNER)
    bot.click(PARTNER, render.ACTION_RENEW, cloud)
    renew = bot.modal(PARTNER)
    bot.command("remove Cloud Platform")  # removed meanwhile, elsewhere
    errors = bot.submit(PARTNER, {"name": "New name"}, view=edit)
    assert errors is not None and "isn't tracked any more" in errors["name"]
    errors = bot.submit(PARTNER, {}, view=renew)
    assert errors is not None and "isn't tracked any more" in errors["renewed_on"]
    bot.slack.views.close_all(TEAM, PARTNER)
    bot.click(PARTNER, render.ACTION_REMOVE, cloud, view=home)  # the old Home's button
    assert "isn't tracked any more" in text_of(bot.modal(PARTNER))
    assert bot.store.workspace(TEAM).offers() == []


def test_an_offer_renewed_meanwhile_makes_an_open_edit_stale(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_EDIT, value(bot, "Cloud Platform"))
    edit = bot.modal(PARTNER)
    bot.command("renew Cloud Platform")
    errors = bot.submit(PARTNER, {"anniversary": "2021-03-11"}, view=edit)
    assert errors is not None and "already been renewed" in errors["name"]
    assert bot.store.workspace(TEAM).find_offer("Cloud Platform").anniversary == date(2022, 3, 10)


def test_another_workspaces_offer_in_metadata_or_value_is_refused(bot: Harness) -> None:
    bot.store.install_workspace("T2", installer_user_id="U2")
    theirs = bot.store.workspace("T2").add_offer("Their Platform", "competency", A, actor="U2")
    bot.command("add Cloud Platform 2021-03-10")
    home = bot.open_home(PARTNER)
    foreign = f"{theirs.id}:{A.isoformat()}"
    for action in (render.ACTION_RENEW, render.ACTION_EDIT, render.ACTION_REMOVE):
        forged = json.loads(text_of(home).replace(value(bot, "Cloud Platform"), foreign))
        assert bot.click(PARTNER, action, foreign, view=forged) == 200
        modal = bot.modal(PARTNER)
        assert modal is not None and modal["callback_id"] == "workspace.message"
        bot.slack.views.close_all(TEAM, PARTNER)
    # A modal whose private_metadata names the other workspace and its offer.
    bot.click(PARTNER, render.ACTION_RENEW, value(bot, "Cloud Platform"))
    modal = bot.modal(PARTNER)
    assert modal is not None
    for metadata in (
        modals.ModalTarget("T2", theirs.id, A.isoformat()).dump(),
        modals.ModalTarget(TEAM, theirs.id, A.isoformat()).dump(),
        "not json",
    ):
        errors = bot.submit(PARTNER, {}, view={**modal, "private_metadata": metadata})
        assert errors is not None and list(errors) == ["renewed_on"]
    assert bot.store.workspace("T2").offer(theirs.id).anniversary == A
    assert bot.store.workspace("T2").renewal_history(theirs.id) == []
    assert bot.store.workspace(TEAM).find_offer("Cloud Platform").anniversary == A


def test_an_expired_or_reused_trigger_opens_nothing_and_changes_nothing(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    old = bot.slack.views.issue_trigger(TEAM, PARTNER, issued_at=bot.slack._clock() - 10)
    assert bot.click(PARTNER, render.ACTION_ADD, trigger_id=old) == 200
    assert bot.modal(PARTNER) is None
    assert bot.slack.calls_to("views.open")[-1].error == "expired_trigger_id"
    fresh = bot.slack.views.issue_trigger(TEAM, PARTNER)
    bot.click(PARTNER, render.ACTION_ADD, trigger_id=fresh)
    bot.slack.views.close_all(TEAM, PARTNER)
    bot.click(PARTNER, render.ACTION_RENEW, value(bot, "Cloud Platform"), trigger_id=fresh)
    assert bot.modal(PARTNER) is None
    assert bot.slack.calls_to("views.open")[-1].error == "exchanged_trigger_id"
    bot.click(PARTNER, render.ACTION_ADD, trigger_id="123.456.abc")  # never issued by Slack
    assert bot.slack.calls_to("views.open")[-1].error == "invalid_trigger_id"
    assert bot.store.workspace(TEAM).find_offer("Cloud Platform").anniversary == A


# ---------------------------------------------------------------------------------------- onboarding


def test_first_run_welcome_and_becoming_the_first_admin_from_the_home(bot: Harness) -> None:
    ws = bot.store.workspace(TEAM)
    ws.remove_admin(PARTNER, actor="test")
    home = bot.open_home(ADMIN)
    text = text_of(home)
    assert "I keep track of your MPN competencies" in text and "you can become the first one" in text
    assert render.ACTION_BECOME_ADMIN in action_ids(home) and render.ACTION_ADD not in action_ids(home)
    member = text_of(bot.open_home(MEMBER))
    assert "a Slack workspace admin or owner can become the first one" in member
    assert render.ACTION_BECOME_ADMIN not in member
    bot.click(MEMBER, render.ACTION_BECOME_ADMIN, view=home)  # forged: refused, nothing granted
    assert ws.admins() == []
    assert bot.click(ADMIN, render.ACTION_BECOME_ADMIN) == 200
    assert ws.admins() == [ADMIN] and ws.audit_log(limit=1)[0].actor == ADMIN
    home = republished(bot, ADMIN, lambda h: render.ACTION_ADD in action_ids(h))
    assert "add your first offer" in text_of(home)
    assert f"MPN partner admins ({'<@' + ADMIN + '>'})" in text_of(
        republished(bot, MEMBER, lambda h: ADMIN in text_of(h))
    )


def test_a_change_by_command_republishes_every_viewer_once_and_a_question_publishes_nothing(
    bot: Harness,
) -> None:
    bot.open_home(MEMBER)
    bot.open_home(PARTNER)
    before = len(bot.slack.calls_to("views.publish"))
    bot.command("status")
    bot.command("when cloud")  # a refusal (no such offer): nothing changed either
    bot.command("add Cloud Platform 2021-03-10")
    for user in (MEMBER, PARTNER):
        republished(bot, user, lambda h: "*Cloud Platform*" in text_of(h))
    publishes = bot.slack.calls_to("views.publish")[before:]
    assert sorted(c.params["user_id"] for c in publishes) == sorted([MEMBER, PARTNER])


def test_reminders_being_retried_are_a_warning_for_admins_only(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    ws = bot.store.workspace(TEAM)
    offer = ws.offers()[0]
    ws.fail_reminder(offer.id, offer.anniversary, "after", error="temporary:service_unavailable")
    home = text_of(bot.open_home(PARTNER))
    assert "1 reminder could not be delivered yet; I keep trying." in home
    assert home.index("could not be delivered") < home.index(render.OFFER_BLOCK)  # warnings first
    assert "could not be delivered" not in text_of(bot.open_home(MEMBER))


# ---------------------------------------------------------------------------------------- found by QA


def test_a_lost_offer_is_not_called_eligible_for_the_extension_as_in_mpn_extension(bot: Harness) -> None:
    """Data Analytics, anniversary 10 February 2021, was lost on 13 March: ``/mpn extension`` says its
    window closed, so the Home must not say the extension is "eligible" for it."""
    bot.command("add Data Analytics 2021-02-10")
    extension = bot.command("extension Data Analytics")
    assert "0 of 1 offers qualify" in extension.text and "lost" in extension.everything
    section = next(
        b["text"]["text"]
        for b in bot.open_home(PARTNER)["blocks"]
        if b.get("block_id", "").startswith(render.OFFER_BLOCK)
    )
    assert "benefits and competency lost since 13 March 2021" in section
    assert "extension: eligible" not in section and "extension" not in section.lower()


@pytest.mark.parametrize("user", [PARTNER, DUTCH])
def test_a_duplicate_name_in_the_add_modal_reads_as_plain_text(bot: Harness, user: str) -> None:
    """Slack shows a field error as plain text: no ``&lt;`` entities, no backticks, no "differ only in
    case" for a name typed exactly as it is stored."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add <!channel> & co 2021-09-01")
    bot.open_home(user)
    bot.click(user, render.ACTION_ADD)
    errors = bot.submit(user, {"name": "<!channel> & co", "anniversary": "2021-09-01"})
    assert errors is not None and list(errors) == ["name"]
    shown = errors["name"]
    assert "<!channel> & co" in shown, shown
    assert "&lt;" not in shown and "&amp;" not in shown and "`" not in shown, shown
    assert "differ only" not in shown and "verschillen alleen" not in shown, shown


def test_many_removals_in_a_day_keep_the_home_within_slacks_100_blocks(bot: Harness) -> None:
    """Each removal on the Home adds an Undo line for the undo window: a careless admin removing a hundred offers
    must not push the Home past Slack's 100 blocks (views.publish would fail and the Home go stale)."""
    ws = bot.store.workspace(TEAM)
    for i in range(110):
        ws.add_offer(f"Offer {i:03d}", "competency", date(2021, 3, 1).replace(day=1 + i % 28), actor=PARTNER)
    bot.open_home(PARTNER)
    for offer in ws.offers()[:105]:
        home = bot.open_home(PARTNER)
        check_limits(home)
        cycle = f"{offer.id}:{offer.anniversary.isoformat()}"
        assert home_click(bot, render.ACTION_REMOVE, value=cycle) == 200  # as on page 1 of the Home
    home = bot.open_home(PARTNER)
    check_limits(home)
    offers_shown = [b for b in home["blocks"] if b.get("block_id", "").startswith(render.OFFER_BLOCK)]
    assert len(offers_shown) == 5  # the 5 left all fit: the Undo lines do not crowd them out
    assert render.ACTION_UNDO in action_ids(home)
    assert "100 more" in text_of(home)  # the removals without an Undo line here are not hidden silently


def test_the_name_inputs_stop_where_storage_does(bot: Harness) -> None:
    """The inputs' ``max_length`` is the longest name storage keeps: Slack stops the typing there, instead
    of letting 150 characters be typed and then refused as too long."""
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_ADD)
    [name_input] = [b for b in bot.modal(PARTNER)["blocks"] if b.get("block_id") == "name"]  # type: ignore[index]
    longest = name_input["element"]["max_length"]
    assert bot.submit(PARTNER, {"name": "n" * longest, "anniversary": "2021-09-01"}) is None
    bot.open_home(PARTNER)
    bot.click(PARTNER, render.ACTION_EDIT, value(bot, "n" * longest))
    [edit_input] = [b for b in bot.modal(PARTNER)["blocks"] if b.get("block_id") == "name"]  # type: ignore[index]
    assert edit_input["element"]["max_length"] == longest


@pytest.mark.parametrize(
    ("user", "place"), [(PARTNER, "Membership > Competencies"), (DUTCH, "Lidmaatschap > Competenties")]
)
def test_the_anniversary_hint_points_where_partner_center_shows_it(
    bot: Harness, user: str, place: str
) -> None:
    """The seed: Partner Center shows the renewal information under Competencies ("Membership offers" is
    where the extension is taken). The Add modal's hint and its date refusal name the same place."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.open_home(user)
    bot.click(user, render.ACTION_ADD)
    [date_input] = [b for b in bot.modal(user)["blocks"] if b.get("block_id") == "anniversary"]  # type: ignore[index]
    assert place in date_input["hint"]["text"]
    errors = bot.submit(user, {"name": "Security", "anniversary": "1999-09-01"})
    assert errors is not None and place in errors["anniversary"]


@pytest.mark.parametrize("user", [PARTNER, DUTCH])
def test_the_last_day_to_renew_is_not_called_zero_days_left(bot: Harness, user: str) -> None:
    """On day 30 the offer can still be renewed today: "0 days left" would say it is too late. The Home
    says what ``/mpn status`` says that day: the last day is today."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add Cloud Platform 2021-03-10")
    bot.set_today("2021-04-09")
    text = text_of(bot.open_home(user))
    assert "0 days left" not in text and "nog 0 dagen" not in text
    status = bot.command("status", user=user).everything
    for words in (
        "Last day to renew: 9 April 2021 (today)",
        "Laatste dag om te verlengen: 9 april 2021 (vandaag)",
    ):
        assert (words in text) == (words in status)


@pytest.mark.parametrize(
    ("action", "forged"),
    [
        (render.ACTION_UNDO, "9" * 30),
        (render.ACTION_RENEW, "9" * 30 + ":2021-03-10"),
        (render.ACTION_EDIT, "9" * 19 + ":2021-03-10"),
    ],
)
def test_a_forged_huge_id_is_a_refusal_not_something_went_wrong(
    bot: Harness, action: str, forged: str
) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.open_home(PARTNER)
    assert home_click(bot, action, value=forged) == 200
    shown = text_of(bot.modal(PARTNER))
    assert "Nothing was changed" in shown and "went wrong" not in shown, shown
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]


def test_a_forgotten_viewer_takes_their_publish_lock_along() -> None:
    """The per-viewer publish locks are bounded like the viewers: one per person on the republish list."""
    state = HomeState(lambda: datetime(2021, 3, 20, tzinfo=UTC))
    for i in range(MAX_VIEWERS_PER_TEAM + 5):
        state.saw(TEAM, f"U{i}", None)
        assert state.publishing(TEAM, f"U{i}") is state.publishing(TEAM, f"U{i}")
    assert len(state._publishing) == MAX_VIEWERS_PER_TEAM
    assert (TEAM, "U0") not in state._publishing and (
        TEAM,
        f"U{MAX_VIEWERS_PER_TEAM + 4}",
    ) in state._publishing


def _republisher(alive: list[bool], fail: bool) -> tuple[Republisher, list[str], threading.Event]:
    """A Republisher for one viewer of ``TEAM`` whose publish records the viewer (or, with ``fail``,
    raises as a closed store does) and whose ``alive`` reads ``alive[0]``."""
    state = HomeState(lambda: datetime(2021, 3, 20, tzinfo=UTC))
    state.saw(TEAM, "UVIEWER", None)
    published: list[str] = []
    ran = threading.Event()

    def publish(client: Any, team: str, user: str, enterprise: str | None) -> None:
        ran.set()
        if fail:
            alive[0] = False  # the store closes while this publish reads it
            raise RuntimeError("Store is closed")
        published.append(user)

    return Republisher(publish, state, alive=lambda: alive[0]), published, ran


def test_a_republish_after_the_store_closed_publishes_nothing_and_logs_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Shutting down (the store closed) between a change and its republish is no failure to report."""
    alive = [True]
    republisher, published, _ = _republisher(alive, fail=False)
    republisher.changed(TEAM, client=None)  # type: ignore[arg-type]
    alive[0] = False
    time.sleep(DEBOUNCE * 3)
    assert published == [] and not caplog.records
    alive[0] = True
    republisher.changed(TEAM, client=None)  # type: ignore[arg-type]
    deadline = time.monotonic() + 10
    while not published and time.monotonic() < deadline:
        time.sleep(0.01)
    assert published == ["UVIEWER"]  # a live store republishes as before


def test_a_store_closed_under_a_republish_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    alive = [True]
    republisher, _, ran = _republisher(alive, fail=True)
    republisher.changed(TEAM, client=None)  # type: ignore[arg-type]
    assert ran.wait(10)
    time.sleep(DEBOUNCE)
    assert not [r for r in caplog.records if "republishing" in r.getMessage()]
