"""Bad input is refused with its code and writes nothing; hostile but valid names are stored verbatim."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date, datetime

import pytest

from storage import CODES, StorageError
from tests.storage.helpers import table_dump

STORE_WORKSPACES = {"T1": {"installer_user_id": "U1"}}
pytestmark = pytest.mark.usefixtures("offer")  # every test starts with Cloud Platform in T1


def refused(ws, db_path, code, **kwargs):
    """Call add_offer, expect ``code``, and check that no row anywhere changed."""
    before = table_dump(db_path)
    audit_before = ws.audit_log()
    args = {"name": "Data Analytics", "kind": "competency", "anniversary": "2024-07-01", **kwargs}
    with pytest.raises(StorageError) as err:
        ws.add_offer(args["name"], args["kind"], args["anniversary"], actor="U1")
    assert err.value.code == code
    assert err.value.code in CODES
    assert table_dump(db_path) == before
    assert ws.audit_log() == audit_before
    return err.value


@pytest.mark.parametrize(
    "value",
    ["2021-02-30", "2021-13-01", "2021-00-10", "2021-04-31", "2023-02-29", "yesterday", "", "  ",
     "01/02/2021", "2021/02/01", "20210201", "2021-2-1", "2021-02-01T00:00", "٢٠٢١-٠٢-٠١", "0001-01-01",
     "9999-12-31", None, 20210201],
)  # fmt: skip
def test_impossible_or_unreadable_dates_are_refused(ws, db_path, value):
    err = refused(ws, db_path, "invalid_date", anniversary=value)
    assert err.params == {"value": str(value)}


def test_a_timestamp_is_not_a_calendar_date(ws, db_path):
    refused(ws, db_path, "invalid_date", anniversary=datetime(2024, 7, 1, 12, 0))


def test_a_leap_day_is_a_date(ws):
    assert ws.add_offer("Data Analytics", "competency", "2024-02-29", actor="U1").anniversary == date(
        2024, 2, 29
    )


@pytest.mark.parametrize("name", ["", "   ", "\t \n", None, "---", " - _ / "])
def test_empty_names_are_refused(ws, db_path, name):
    refused(ws, db_path, "name_empty", name=name)


def test_a_name_of_100_characters_is_fine_and_101_is_too_long(ws, db_path):
    assert ws.add_offer("x" * 100, "competency", "2024-07-01", actor="U1").name == "x" * 100
    assert ws.add_offer("  " + "y" * 100 + "  ", "competency", "2024-07-01", actor="U1").name == "y" * 100
    err = refused(ws, db_path, "name_too_long", name="z" * 101)
    assert err.params["max_length"] == 100 and err.params["length"] == 101
    refused(ws, db_path, "name_too_long", name="é" * 5000)


@pytest.mark.parametrize(
    "name", ["Data\x00Analytics", "Data\x07Analytics", "Data\nAnalytics", "Data\rAnalytics", "Data\x1bAnalytics",
             "Data\x7fAnalytics", "Data\x85Analytics", "Data\ud800Analytics", "\x00"],
)  # fmt: skip
def test_control_characters_are_refused(ws, db_path, name):
    refused(ws, db_path, "name_invalid_chars", name=name)


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_text_direction_controls_are_refused(ws, db_path, control):
    """A name like "Security\u202e...", drawn reversed after the control, the name would read as something else."""
    refused(ws, db_path, "name_invalid_chars", name=f"Security {control}ytiruceS")


def test_joiners_inside_emoji_and_soft_hyphens_are_kept(ws):
    for name in ("Security \U0001f469\u200d\U0001f4bb", "Data\u00adAnalytics"):
        assert ws.add_offer(name, "competency", "2024-07-01", actor="U1").name == name


@pytest.mark.parametrize(
    ("name", "why"),
    [("Cloud Platform", "case"), ("cloud platform", "case"), ("CLOUD  PLATFORM", "case"),
     (" Cloud-Platform ", "spacing"), ("Gold Cloud Platform", "level"), ("Cloud_Platform", "spacing"),
     ("Clöud Platform", "case"),
     # what the issue found slipping through: joined words, invisible characters, emoji, NFKC forms,
     # a level as a suffix or in brackets
     ("CloudPlatform", "spacing"), ("Cloud\u200bPlatform", "invisible"), ("Cloud\u200b Platform", "invisible"),
     ("Cloud Platform \u2601\ufe0f", "invisible"), ("\U0001f680 Cloud Platform", "invisible"),
     ("\uff23\uff4c\uff4f\uff55\uff44 Platform", "case"), ("Cloud\u00a0Platform", "case"),
     ("Cloud Platform Gold", "level"), ("Cloud Platform (Silver)", "level"), ("Cloud Gold Platform", "level")],
)  # fmt: skip
def test_duplicate_names_are_refused_naming_the_offer_and_why(ws, db_path, name, why):
    err = refused(ws, db_path, "duplicate_name", name=name)
    assert err.params == {"name": name.strip(), "existing": "Cloud Platform", "why": why}


@pytest.mark.parametrize("name", ["Cloud Platforms", "Data Platform", "Cloud", "Platform Cloud"])
def test_different_names_are_not_duplicates(ws, name):
    assert ws.add_offer(name, "competency", "2024-06-01", actor="U1").name == name


@pytest.mark.parametrize("kind", ["gold", "", "competencies", "advanced specialisation", None, 1])
def test_unknown_kinds_are_refused(ws, db_path, kind):
    err = refused(ws, db_path, "unknown_kind", kind=kind)
    assert err.params["allowed"] == ["competency", "advanced_specialization"]


def test_the_first_problem_found_is_reported_and_nothing_is_written(ws, db_path):
    refused(ws, db_path, "name_empty", name="", kind="nope", anniversary="never")


@pytest.mark.parametrize(
    "name",
    [
        "<!channel>",
        "<!here> renew now <@U123>",
        "'; DROP TABLE offers;--",
        'Robert"); DROP TABLE workspaces; --',
        "100% _ wildcards \\ and 'quotes'",
        "&lt;b&gt; *bold* _it_ ~strike~ `code`",
        "🚀 Azure ☁️ Gold",
        "Ünïcödé Àdvanced",
    ],
)
def test_hostile_but_valid_names_round_trip_verbatim(ws, db_path, name):
    offer = ws.add_offer(name, "competency", "2024-07-01", actor="U1")
    assert offer.name == name
    assert ws.offer(offer.id).name == name
    assert ws.find_offer(name) == offer
    assert name in [o.name for o in ws.offers()]
    assert [name, "competency", "2024-07-01"] in list(csv.reader(io.StringIO(ws.export_csv())))
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"offers", "workspaces", "audit_log"} <= tables
        assert conn.execute("SELECT count(*) FROM offers").fetchone() == (2,)
    removed = ws.remove_offer(offer.id, actor="U1")
    assert removed.name == name


def test_every_code_has_a_place_in_the_catalogue():
    expected = {
        "name_empty", "name_too_long", "name_invalid_chars", "duplicate_name", "unknown_kind", "invalid_date",
        "offer_not_found", "unknown_workspace", "schema_too_new", "invalid_setting", "window_not_open",
        "window_closed",
    }  # fmt: skip
    assert expected <= CODES


def test_storage_error_carries_code_and_params():
    err = StorageError("offer_not_found", {"name": "x", "suggestion": None})
    assert err.code == "offer_not_found" and err.params == {"name": "x", "suggestion": None}
    assert isinstance(err, Exception)
    assert "offer_not_found" in str(err)
