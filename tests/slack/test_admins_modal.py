"""The Home's Admins button: the MPN partner admins as a people picker; bots, deactivated users and other
workspaces' users refused on the field; every change audited as ``/mpn admins add/remove`` is."""

from __future__ import annotations

from typing import Any

from bot.listeners.workspace_views import ACTION_ADMINS
from tests.harness import ADMIN, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.slack.modals import check_view, everything, home_click, opened, submit


def open_admins(bot: Harness, user: str = PARTNER) -> dict[str, Any]:
    assert home_click(bot, ACTION_ADMINS, user=user) == 200
    view = opened(bot, user)
    check_view(view)
    return view


def picked(*users: str) -> dict[str, Any]:
    return {"admins": {"type": "multi_users_select", "selected_users": list(users)}}


def admins(bot: Harness) -> list[str]:
    return bot.store.workspace(TEAM).admins()


def test_opens_with_the_current_admins_and_says_who_may_grant(bot: Harness) -> None:
    view = open_admins(bot)
    picker = next(b for b in view["blocks"] if b.get("block_id") == "admins")["element"]
    assert picker["type"] == "multi_users_select" and picker["initial_users"] == [PARTNER]
    assert "workspace admins and owners" in everything(view)


def test_adding_and_removing_is_audited_like_the_command(bot: Harness) -> None:
    view = open_admins(bot)
    answer = submit(bot, view, picked(PARTNER, MEMBER))
    assert answer["response_action"] == "update"
    check_view(answer["view"])
    assert sorted(admins(bot)) == sorted([PARTNER, MEMBER])
    entry = bot.store.workspace(TEAM).audit_log(1)[0]
    assert (entry.action, entry.target, entry.actor) == ("admin_add", MEMBER, PARTNER)
    answer = submit(bot, open_admins(bot), picked(MEMBER))
    assert admins(bot) == [MEMBER]
    entry = bot.store.workspace(TEAM).audit_log(1)[0]
    assert (entry.action, entry.target) == ("admin_remove", PARTNER)


def test_bots_deactivated_and_foreign_users_are_refused_on_the_field(bot: Harness) -> None:
    bot.slack.add_user(TEAM, "UROBOT", name="robot", is_bot=True)
    bot.slack.add_user(TEAM, "UGONE", name="gone", deleted=True)
    bot.slack.add_user(TEAM, "UGUEST", name="guest", home_team="T9")
    for user, words in (
        ("UROBOT", "bot"),
        ("UGONE", "not a member"),
        ("UGUEST", "not a member"),
        ("UNOBODY", "not a member"),
    ):
        answer = submit(bot, open_admins(bot), picked(PARTNER, user))
        assert answer["response_action"] == "errors" and words in answer["errors"]["admins"], user
        assert admins(bot) == [PARTNER]


def test_the_last_admin_cannot_be_removed(bot: Harness) -> None:
    answer = submit(bot, open_admins(bot), picked())
    assert "at least one" in answer["errors"]["admins"]
    assert admins(bot) == [PARTNER]


def test_forged_values_are_refused(bot: Harness) -> None:
    answer = submit(bot, open_admins(bot), picked(PARTNER, "<!channel>"))
    assert answer["response_action"] == "errors"
    assert admins(bot) == [PARTNER]


def test_a_change_made_meanwhile_stays(bot: Harness) -> None:
    view = open_admins(bot)
    bot.command(f"admins add <@{DUTCH}>")  # another admin adds someone while the modal is open
    submit(bot, view, picked(PARTNER, MEMBER))  # this admin added MEMBER only
    assert sorted(admins(bot)) == sorted([PARTNER, DUTCH, MEMBER])


def test_double_submission_adds_once(bot: Harness) -> None:
    view = open_admins(bot)
    submit(bot, view, picked(PARTNER, MEMBER))
    submit(bot, view, picked(PARTNER, MEMBER))
    adds = [
        e for e in bot.store.workspace(TEAM).audit_log(100) if e.action == "admin_add" and e.target == MEMBER
    ]
    assert len(adds) == 1


def test_members_and_slack_admins_who_are_not_partner_admins_change_nothing(bot: Harness) -> None:
    view = open_admins(bot)
    for user in (MEMBER, ADMIN):
        answer = submit(bot, view, picked(PARTNER, user), user=user)
        assert answer["view"]["callback_id"] == "workspace.message"
    assert admins(bot) == [PARTNER]


def test_another_workspaces_view_is_refused(bot: Harness) -> None:
    view = open_admins(bot)
    answer = submit(bot, {**view, "private_metadata": '{"team":"T2","shown":[]}'}, picked(PARTNER, MEMBER))
    assert answer["view"]["callback_id"] == "workspace.message"
    assert admins(bot) == [PARTNER]


def test_dutch(bot: Harness) -> None:
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    view = open_admins(bot, user=DUTCH)
    assert "MPN-partnerbeheerders" in everything(view)
    answer = submit(bot, view, picked(), user=DUTCH)
    assert "minstens één" in answer["errors"]["admins"]
