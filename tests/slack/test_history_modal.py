"""The Home's History button: this workspace's audit log, newest first, ten changes a page, with
Newer/Older buttons that update the modal; who, when (in the workspace's zone), what, before and after."""

from __future__ import annotations

from typing import Any

from bot.listeners.workspace_views import ACTION_HISTORY
from bot.render.history import ACTION_PAGE
from tests.harness import CHANNEL, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.slack.modals import check_view, everything, home_click, modal_click, opened, top


def open_history(bot: Harness, user: str = PARTNER) -> dict[str, Any]:
    assert home_click(bot, ACTION_HISTORY, user=user) == 200
    view = opened(bot, user)
    check_view(view)
    return view


def buttons(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["text"]["text"]: e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]}


def test_newest_first_with_who_when_and_before_after(bot: Harness) -> None:
    bot.set_today("2021-03-20", hour=13)
    bot.command("add Security 2021-09-15")
    bot.command("timezone Asia/Tokyo")
    text = everything(open_history(bot))
    assert text.index("changed the settings") < text.index("added *Security*")  # newest first
    assert f"<@{PARTNER}>" in text
    assert "`Europe/Amsterdam` → `Asia/Tokyo`" in text
    assert "times in Asia/Tokyo" in text
    assert "installed the app" in text


def test_times_are_in_the_workspaces_zone(bot: Harness) -> None:
    bot.set_today("2021-03-20", hour=13)  # 13:00 UTC is 14:00 in Amsterdam
    bot.command("add Security 2021-09-15")
    text = everything(open_history(bot))
    assert "20 Mar 2021, 14:00" in text


def test_paging_with_older_and_newer(bot: Harness) -> None:
    for i in range(25):
        bot.command(f"add Offer {i:02d} 2021-09-15")
    first = open_history(bot)
    assert "Offer 24" in everything(first) and "Offer 14" not in everything(first)
    assert list(buttons(first)) == ["Older"]
    modal_click(bot, first, buttons(first)["Older"]["action_id"], buttons(first)["Older"]["value"])
    second = top(bot)
    check_view(second)
    assert "Offer 14" in everything(second) and "Offer 24" not in everything(second)
    assert set(buttons(second)) == {"Newer", "Older"}
    modal_click(bot, second, buttons(second)["Newer"]["action_id"], buttons(second)["Newer"]["value"])
    assert "Offer 24" in everything(top(bot))


def test_hostile_names_are_escaped(bot: Harness) -> None:
    bot.command("add <!channel> *bold* <https://evil.example|click> 2021-09-15")
    text = everything(open_history(bot))
    assert "<!channel>" not in text and "<https://evil" not in text
    assert "&lt;!channel&gt;" in text


def test_forged_page_values_and_other_workspaces_views_show_nothing(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    view = open_history(bot)
    for value in ("-10", "abc", "99999999999"):
        modal_click(bot, view, ACTION_PAGE, value)
        assert "out of date" in everything(top(bot))
        view = top(bot)
    view = open_history(bot)
    forged = {**view, "private_metadata": view["private_metadata"].replace(TEAM, "T2")}
    modal_click(bot, forged, ACTION_PAGE, "0")
    assert "out of date" in everything(top(bot))


def test_only_this_workspaces_log(bot: Harness) -> None:
    bot.store.install_workspace("T2", name="Other", time_zone="UTC", installer_user_id="UOTHER")
    bot.store.workspace("T2").add_offer("Secret Offer", "competency", "2021-09-15", actor="UOTHER")
    assert "Secret Offer" not in everything(open_history(bot))


def test_members_cannot_read_it(bot: Harness) -> None:
    assert home_click(bot, ACTION_HISTORY, user=MEMBER) == 200
    view = opened(bot, MEMBER)
    assert view["callback_id"] == "workspace.message"


def test_dutch(bot: Harness) -> None:
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.set_today("2021-03-20", hour=13)
    bot.command("add Security 2021-09-15")
    view = open_history(bot, DUTCH)
    assert view["title"]["text"] == "Geschiedenis"
    text = everything(view)
    assert "voegde *Security* toe" in text and "20 mrt 2021, 14:00" in text


def test_a_double_click_on_older_moves_one_page(bot: Harness) -> None:
    for i in range(25):
        bot.command(f"add Offer {i:02d} 2021-09-15")
    first = open_history(bot)
    older = buttons(first)["Older"]
    modal_click(bot, first, older["action_id"], older["value"])
    modal_click(bot, first, older["action_id"], older["value"])  # the same, stale, view again
    assert [c.error for c in bot.slack.calls_to("views.update")] == [None, "hash_conflict"]
    assert "Offer 14" in everything(top(bot))


def test_a_page_past_the_end_says_there_is_nothing_more(bot: Harness) -> None:
    view = open_history(bot)
    modal_click(bot, view, ACTION_PAGE, "90")
    shown = top(bot)
    check_view(shown)
    assert "No older changes" in everything(shown) and set(buttons(shown)) == {"Newer"}


def test_a_member_clicking_in_an_admins_modal_changes_nothing(bot: Harness) -> None:
    view = open_history(bot)
    assert modal_click(bot, view, ACTION_PAGE, "10", user=MEMBER) == 200
    assert bot.slack.calls_to("views.update") == []  # the refusal goes to the member, not into the modal
    pushed = bot.slack.calls_to("views.push")
    assert len(pushed) == 1 and "MPN partner admin" in str(pushed[0].params["view"])


def test_changes_read_in_the_readers_words_not_storage_field_names(bot: Harness) -> None:
    """A Dutch admin reads Dutch field names, kinds and languages, mentions for people and channels; never
    ``reminder_channel`` (nor ``reminderˍchannel`` with the look-alike underscore) or a bare user id."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add Security 2021-09-15")
    bot.command(f"channel <#{CHANNEL}|mpn-renewals>")
    bot.command(f"admins add <@{MEMBER}|mo>")
    dutch = everything(open_history(bot, DUTCH))
    assert f"maakte <@{MEMBER}> MPN-partnerbeheerder" in dutch
    assert f"herinneringskanaal: (geen) → <#{CHANNEL}>" in dutch
    assert "soort: competentie" in dutch and "jubileumdatum: `2021-09-15`" in dutch
    assert "taal: Engels" in dutch and "tijdzone: `Europe/Amsterdam`" in dutch
    for raw in ("reminder", "channel", "kind", "anniversary", "ˍ", "competency", f" {MEMBER} "):
        assert raw not in dutch.replace(f"<@{MEMBER}>", ""), raw
    english = everything(open_history(bot, PARTNER))
    assert f"made <@{MEMBER}> an MPN partner admin" in english
    assert f"reminder channel: (none) → <#{CHANNEL}>" in english and "kind: competency" in english
    assert "ˍ" not in english
