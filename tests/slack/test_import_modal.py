"""The Home's Import CSV button: upload (``file_input``), preview per line, confirm; the file is fetched
with ``files.info`` and ``url_private`` with the bot token, read like ``mpn-bot import`` reads it, and
imported all or nothing. Hostile files get a clear error on the file field, and nothing is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.i18n import t
from bot.language.spreadsheet import MAX_FILE_BYTES
from bot.listeners.workspace_views import ACTION_IMPORT
from bot.render import import_modal as render_import
from rules import Kind, Offer
from storage import ImportChange
from tests.harness import DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.slack.modals import check_view, everything, home_click, opened, submit

DUTCH_EXCEL = "Naam;Soort;Jubileumdatum\r\nCloud Platform;competentie;10-3-2021\r\nDonnées & <!channel>;geavanceerde specialisatie;1-4-2021\r\n".encode(
    "cp1252"
)


def open_import(bot: Harness, user: str = PARTNER) -> dict[str, Any]:
    assert home_click(bot, ACTION_IMPORT, user=user) == 200
    view = opened(bot, user)
    check_view(view)
    return view


def upload(bot: Harness, content: bytes, *, team: str = TEAM, name: str = "offers.csv") -> dict[str, Any]:
    return bot.slack.files.upload(team, PARTNER, name, content)


def chosen(file: dict[str, Any] | None, mode: str = "add") -> dict[str, Any]:
    return {
        "file": {"type": "file_input", "files": [file] if file else []},
        "mode": {"type": "radio_buttons", "selected_option": {"value": mode}},
    }


def names(bot: Harness) -> list[str]:
    return sorted(o.name for o in bot.store.workspace(TEAM).offers())


def preview(bot: Harness, content: bytes, mode: str = "add", user: str = PARTNER) -> dict[str, Any]:
    view = open_import(bot, user)
    answer = submit(bot, view, chosen(upload(bot, content), mode), user=user)
    assert answer["response_action"] == "update", answer
    check_view(answer["view"])
    return {**answer["view"], "id": view["id"]}


def test_a_dutch_excel_csv_is_previewed_then_imported(bot: Harness) -> None:
    shown = preview(bot, DUTCH_EXCEL)
    text = everything(shown)
    assert "line 2: add *Cloud Platform*" in text and "10 March 2021" in text
    assert "Données &amp; &lt;!channel&gt;" in text and "<!channel>" not in text  # escaped
    assert "Dutch (';'-separated, cp1252)" in text or "Windows-1252" in text
    assert shown["submit"]["text"] == "Import"
    assert names(bot) == []  # a preview stores nothing
    downloads = [c for c in bot.slack.calls_to("files.info") if c.ok]
    assert len(downloads) == 1
    done = submit(bot, shown, {})
    assert done["response_action"] == "update" and "2 added" in everything(done["view"])
    assert names(bot) == ["Cloud Platform", "Données & <!channel>"]
    assert {e.action for e in bot.store.workspace(TEAM).audit_log(2)} == {"offer_import"}
    assert all(e.actor == PARTNER for e in bot.store.workspace(TEAM).audit_log(2))


def test_utf16_with_a_bom_is_read(bot: Harness) -> None:
    data = "name\tkind\tanniversary\r\nSecurity\tcompetency\t2021-09-15\r\n".encode("utf-16")
    shown = preview(bot, data)
    submit(bot, shown, {})
    assert names(bot) == ["Security"]


def test_confirming_twice_imports_once(bot: Harness) -> None:
    shown = preview(bot, DUTCH_EXCEL)
    submit(bot, shown, {})
    again = submit(bot, shown, {})
    assert "changed since the preview" in everything(again["view"])
    assert "submit" not in again["view"]  # nothing left to import
    assert len([e for e in bot.store.workspace(TEAM).audit_log(100) if e.action == "offer_import"]) == 2


def test_offers_changed_since_the_preview_are_shown_again_not_imported(bot: Harness) -> None:
    shown = preview(bot, DUTCH_EXCEL)
    bot.command("add Cloud Platform 2021-03-10")  # someone adds one meanwhile
    answer = submit(bot, shown, {})
    assert "changed since the preview" in everything(answer["view"])
    assert names(bot) == ["Cloud Platform"]


def test_refused_lines_are_listed_and_nothing_can_be_imported(bot: Harness) -> None:
    data = b'name,kind,anniversary\nSecurity,competency,2021-09-15\n,competency,2021-01-01\nData,wizardry,2021-01-01\nAI,competency,03/04/2021\n=HYPERLINK("x"),competency,2021-01-01\n'
    shown = preview(bot, data)
    text = everything(shown)
    for line in ("line 3", "line 4", "line 5", "line 6"):
        assert line in text
    assert "formula" in text and "wizardry" in text and "Security" in text
    assert "submit" not in shown
    assert names(bot) == []


def test_merge_and_replace_are_a_choice(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    bot.command("add Cloud Platform 2021-03-10")
    data = b"name,kind,anniversary\nSecurity,competency,2021-10-01\n"
    refused = preview(bot, data, "add")
    assert "Add and update" in everything(refused) and "submit" not in refused
    merged = preview(bot, data, "merge")
    assert "update *Security*" in everything(merged)
    submit(bot, merged, {})
    assert bot.store.workspace(TEAM).find_offer("Security").anniversary.isoformat() == "2021-10-01"
    replaced = preview(bot, data, "replace")
    assert "remove *Cloud Platform*" in everything(replaced)
    submit(bot, replaced, {})
    assert names(bot) == ["Security"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "text file"),
        (b"", "empty"),
        (b"colour,shape\nred,round\n", "column"),
        (b"PK\x03\x04" + b"\x00" * 100, "text file"),
        (b"a" * (MAX_FILE_BYTES + 1), "MB"),
    ],
)
def test_hostile_files_are_errors_on_the_file_field(bot: Harness, content: bytes, words: str) -> None:
    answer = submit(bot, open_import(bot), chosen(upload(bot, content)))
    assert answer["response_action"] == "errors" and words in answer["errors"]["file"], answer
    assert names(bot) == []


def test_a_huge_file_is_refused_before_it_is_downloaded(bot: Harness) -> None:
    answer = submit(bot, open_import(bot), chosen(upload(bot, b"x" * (MAX_FILE_BYTES + 1))))
    assert "MB" in answer["errors"]["file"]
    assert [c for c in bot.slack.calls_to("files.info") if c.ok]  # files.info said how big it is
    assert bot.slack.files.downloads == []  # so the bytes were never fetched


def test_the_download_carries_the_bot_token(bot: Harness) -> None:
    preview(bot, DUTCH_EXCEL)
    assert [status for _, status in bot.slack.files.downloads] == [200]  # the stand-in demands the token


def test_a_big_file_still_fits_slacks_limits(bot: Harness) -> None:
    lines = ["name,kind,anniversary"]
    for i in range(2000):
        lines.append(f"Offer <@U{i}> *{i}*,competency,2021-0{1 + i % 9}-1{i % 9}")
        lines.append(f"Bad {i},wizardry,2021-01-01")
    shown = preview(bot, "\n".join(lines).encode())
    assert len(shown["blocks"]) <= 100
    assert "more lines" in everything(shown)
    assert names(bot) == []


def test_another_workspaces_file_is_not_found(bot: Harness) -> None:
    bot.slack.add_workspace("T2", name="Other", bot_token="xoxb-T2-token")
    foreign = upload(bot, DUTCH_EXCEL, team="T2")
    answer = submit(bot, open_import(bot), chosen(foreign))
    assert "can't find that file" in answer["errors"]["file"]
    assert [c.error for c in bot.slack.calls_to("files.info")] == ["file_not_found"]


def test_no_file_and_forged_ids_are_errors(bot: Harness) -> None:
    view = open_import(bot)
    assert "file" in submit(bot, view, chosen(None))["errors"]
    assert "file" in submit(bot, view, chosen({"id": "../../etc/passwd"}))["errors"]
    assert "mode" in submit(bot, view, chosen(upload(bot, DUTCH_EXCEL), "wipe"))["errors"]


def test_the_download_needs_the_bot_token(bot: Harness) -> None:
    import urllib.request

    file = upload(bot, DUTCH_EXCEL)
    with pytest.raises(urllib.error.HTTPError):  # Slack's sign-in page (302), never the file
        urllib.request.urlopen(file["url_private"], timeout=2)
    request = urllib.request.Request(
        file["url_private"], headers={"Authorization": "Bearer xoxb-T1-test-token"}
    )
    with urllib.request.urlopen(request, timeout=2) as response:
        assert response.read() == DUTCH_EXCEL


def test_replace_with_an_empty_list_is_refused(bot: Harness) -> None:
    bot.command("add Security 2021-09-15")
    answer = submit(bot, open_import(bot), chosen(upload(bot, b"name,kind,anniversary\n"), "replace"))
    assert "remove every tracked offer" in answer["errors"]["file"]
    assert names(bot) == ["Security"]


def test_a_member_cannot_confirm_an_import(bot: Harness) -> None:
    shown = preview(bot, DUTCH_EXCEL)
    answer = submit(bot, shown, {}, user=MEMBER)
    assert answer["view"]["callback_id"] == "workspace.message"
    assert names(bot) == []
    assert home_click(bot, ACTION_IMPORT, user=MEMBER) == 200
    assert opened(bot, MEMBER)["callback_id"] == "workspace.message"


def test_another_workspaces_preview_is_refused(bot: Harness) -> None:
    shown = preview(bot, DUTCH_EXCEL)
    forged = {**shown, "private_metadata": shown["private_metadata"].replace(TEAM, "T2")}
    assert submit(bot, forged, {})["view"]["callback_id"] == "workspace.message"
    assert names(bot) == []


def test_dutch(bot: Harness) -> None:
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    view = open_import(bot, DUTCH)
    assert view["title"]["text"] == "CSV importeren" and "jubileumdatum" in everything(view)
    shown = preview(bot, DUTCH_EXCEL, user=DUTCH)
    assert "regel 2: *Cloud Platform* toevoegen" in everything(shown) and "10 maart 2021" in everything(shown)
    answer = submit(
        bot, open_import(bot, DUTCH), chosen(upload(bot, b"\x00\x01\x02binary"), "add"), user=DUTCH
    )
    assert "geen tekstbestand" in answer["errors"]["file"]
    done = submit(bot, shown, {}, user=DUTCH)
    assert "Geïmporteerd" in everything(done["view"])


def test_a_confirmation_naming_another_workspaces_file_imports_nothing(bot: Harness) -> None:
    bot.slack.add_workspace("T2", name="Other", bot_token="xoxb-T2-token")
    shown = preview(bot, DUTCH_EXCEL)
    foreign = upload(bot, DUTCH_EXCEL, team="T2")
    forged = {
        **shown,
        "private_metadata": shown["private_metadata"].replace(shown_file(shown), foreign["id"]),
    }
    answer = submit(bot, forged, {})
    assert answer["view"]["callback_id"] == "workspace.message" and "can't find that file" in everything(
        answer["view"]
    )
    assert names(bot) == []


def shown_file(view: dict[str, Any]) -> str:
    import json

    return str(json.loads(view["private_metadata"])["file"])


PROBLEMS: dict[str, dict[str, Any]] = {
    "sheet.too_big": {"size": 3_000_000, "limit": 2_000_000},
    "sheet.too_many_rows": {"limit": 5000},
    "sheet.empty": {},
    "sheet.not_text": {},
    "sheet.missing_columns": {"missing": ["kind"], "found": ["naam"]},
    "sheet.unknown_column": {"column": "<!channel>"},
    "sheet.duplicate_column": {"column": "name", "first": "naam", "second": "name"},
    "sheet.bad_row": {"cells": 4, "expected": 3},
    "sheet.bad_csv": {"error": "x"},
    "sheet.unknown_kind": {"text": "<!here>"},
    "date.ambiguous": {
        "text": "03/04/2021",
        "first": date(2021, 3, 4),
        "second": date(2021, 4, 3),
        "first_iso": "2021-03-04",
        "second_iso": "2021-04-03",
    },
    "date.impossible": {"text": "2021-02-31"},
    "date.year_missing": {"text": "10 maart", "example": "10 maart 2021"},
    "date.invalid": {"text": "*soon*"},
    "invalid_date": {"value": "soon"},
    "name_empty": {"name": ""},
    "name_too_long": {"name": "x", "max_length": 100, "length": 120},
    "name_invalid_chars": {"name": "x"},
    "duplicate_name": {"name": "A", "existing": "a", "line": 2},
    "unknown_kind": {"kind": "x"},
    "formula": {"name": "=x"},
    "date.weekday_mismatch": {
        "text": "Friday 10 March 2021",
        "day": date(2021, 3, 10),
        "actual_weekday": "Wednesday",
        "typed_weekday": "Friday",
    },
    "anniversary.too_early": {"date": date(1999, 3, 10)},
    "anniversary.too_late": {"date": date(2031, 3, 10)},
    "database_busy": {},
}


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_every_problem_reads_in_dutch_and_english_with_user_text_escaped(code: str) -> None:
    from bot.language.spreadsheet import describe
    from bot.render.import_modal import problem_text

    english = problem_text(code, PROBLEMS[code], "en")
    dutch = problem_text(code, PROBLEMS[code], "nl")
    assert dutch != english and dutch != describe(code, PROBLEMS[code])
    for text in (english, dutch):
        assert "<!" not in text and "*soon*" not in text
    if code == "sheet.missing_columns":
        assert "soort" in dutch and "kind" in english
    for lang, text in (("en", english), ("nl", dutch)):
        assert text != t("import.problem_other", lang), code  # its own words, not the general line


def test_a_problem_without_catalogue_words_reads_in_the_users_language_not_the_clis_english() -> None:
    """``spreadsheet.describe`` is the operator's English; Slack users get the catalogue's general line."""
    from bot.language.spreadsheet import describe
    from bot.render.import_modal import problem_text

    for code, params in (("sheet.new_problem", {}), ("sheet.too_many_rows", {})):  # no words; a missing param
        assert problem_text(code, params, "nl") == t("import.problem_other", "nl")
        assert problem_text(code, params, "en") == t("import.problem_other", "en")
    assert describe("sheet.new_problem", {}) not in problem_text("sheet.new_problem", {}, "en")


def test_a_file_error_naming_user_text_reads_as_plain_text(bot: Harness) -> None:
    """Slack shows a field error unformatted: a column typed as ``<!channel> & co`` is named as typed,
    not as ``&lt;!channel&gt; &amp; co``."""
    view = open_import(bot)
    answer = submit(
        bot, view, chosen(upload(bot, b"name,kind,<!channel> & co\nSecurity,competency,2021-09-15\n"))
    )
    assert answer["response_action"] == "errors"
    assert "“<!channel> & co”" in answer["errors"]["file"] and "&lt;" not in answer["errors"]["file"]


def test_how_the_file_was_read_is_said_in_the_readers_language(bot: Harness) -> None:
    """No English line in a Dutch preview: how the file was read is Dutch too."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    dutch = everything(preview(bot, DUTCH_EXCEL, user=DUTCH))
    assert "gelezen als Nederlands (gescheiden door ';', Windows-1252)" in dutch, dutch
    assert "read as" not in dutch and "separated" not in dutch
    bot.slack.views.close_all(TEAM, DUTCH)
    assert "read as Dutch (';'-separated, Windows-1252)" in everything(preview(bot, DUTCH_EXCEL))


@pytest.mark.parametrize(
    ("user", "words"),
    [
        (PARTNER, ("before 2000", "more than two years away")),
        (DUTCH, ("vóór 2000", "meer dan twee jaar vooruit")),
    ],
)
def test_implausible_anniversaries_are_refused_per_line_as_by_the_add_modal(
    bot: Harness, user: str, words: tuple[str, str]
) -> None:
    """A year typed as 1999 or 2031 is refused by ``/mpn add`` and the Add modal; an import refuses the line
    too, instead of storing an offer whose reminders nobody expects."""
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    data = "Naam;Soort;Jubileumdatum\r\nA;competentie;1-1-1999\r\nB;competentie;1-4-2031\r\n".encode("cp1252")
    shown = preview(bot, data, user=user)
    text = everything(shown)
    assert words[0] in text and words[1] in text, text
    assert shown.get("submit") is None  # no Import button: nothing can be imported
    assert names(bot) == []


def _change(action: str, i: int) -> ImportChange:
    offer = Offer(f"Offer {i}", Kind.COMPETENCY, date(2021, 9, 1))
    return ImportChange(line=i + 2, action=action, name=offer.name, before=offer, after=offer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "n", "words"),
    [
        (
            "en",
            1,
            ["adds 1 offer and updates 1 offer; 1 stays as it is", "1 line needs fixing", "1 is tracked"],
        ),
        (
            "en",
            2,
            ["adds 2 offers and updates 2 offers; 2 stay as they are", "2 lines need", "2 are tracked"],
        ),
        (
            "nl",
            1,
            [
                "voegt 1 aanbieding toe en werkt 1 aanbieding bij; 1 blijft zoals die is",
                "moet 1 regel ",
                "1 wordt al",
            ],
        ),
        (
            "nl",
            2,
            [
                "voegt 2 aanbiedingen toe en werkt 2 aanbiedingen bij; 2 blijven",
                "moeten 2 regels",
                "2 worden al",
            ],
        ),
    ],
)
def test_counts_in_the_preview_take_their_plural_form(lang: str, n: int, words: list[str]) -> None:
    """Counted words follow CLDR's plural rules (``t_plural``), never "offer(s)" / "regel(s)"."""
    changes = [_change(a, i) for a in ("added", "updated", "unchanged") for i in range(n)]
    common: dict[str, Any] = {"lang": lang, "team_id": TEAM, "file_id": "F1", "digest": "d", "how_read": "x"}
    summary = everything(render_import.preview_modal(changes, [], mode="merge", **common))
    refused = [(i + 2, "csv_bad_row", {}) for i in range(n)]
    blocked = everything(render_import.preview_modal(changes, refused, mode="merge", **common))
    added = everything(render_import.preview_modal(changes[:n] + changes[2 * n :], [], mode="add", **common))
    for expected, text in zip(words, (summary, blocked, added), strict=True):
        assert expected in text and "(s)" not in text and "(en)" not in text, text
