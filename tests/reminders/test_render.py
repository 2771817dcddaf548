"""Reminder posts as Block Kit: every block is valid for slack_sdk's models, within Slack's limits, escaped,
and the post after "Mark renewed" keeps every other offer's button."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

import rules
from bot.core.answers import view
from bot.render.reminders import (
    ITEM_BLOCK,
    MAX_ITEMS_PER_POST,
    NOTE_BLOCK,
    ReminderItem,
    button_value,
    mark_renewed,
    parse_button_value,
    reminder_post,
)
from storage import StoredOffer, WorkspaceSettings

STAMP = datetime(2021, 1, 1, tzinfo=UTC)
SETTINGS = WorkspaceSettings("T1", None, None, "Europe/Amsterdam", "en", "C1", True, 9)


def item(
    offer_id: int, name: str, anniversary: date, today: date, kind: rules.ReminderKind, **flags: bool
) -> ReminderItem:
    offer = StoredOffer(offer_id, "T1", name, rules.Kind.COMPETENCY, anniversary, STAMP, STAMP)
    due = anniversary.replace(day=1) if kind is rules.ReminderKind.BEFORE else anniversary
    return ReminderItem(view(offer, SETTINGS, today), kind, due, **flags)


def assert_valid(blocks: list[dict]) -> None:
    assert len(blocks) <= 50
    for block in blocks:
        assert Block.parse(block).to_dict() == block  # slack_sdk's models accept it as it is


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("to_admins", [False, True])
def test_a_full_post_is_valid_block_kit(lang: str, to_admins: bool) -> None:
    today = date(2021, 2, 23)
    items = [
        item(
            n,
            f"Offer {n}",
            date(2021, 3, 10),
            today,
            rules.ReminderKind.BEFORE,
            late=n % 2 == 0,
            repeat=n % 3 == 0,
        )
        for n in range(1, MAX_ITEMS_PER_POST + 1)
    ]
    reply = reminder_post(items, today, lang, to_admins=to_admins)  # type: ignore[arg-type]
    assert_valid(reply.blocks)
    assert (
        len([b for b in reply.blocks if b.get("block_id", "").startswith(ITEM_BLOCK)]) == MAX_ITEMS_PER_POST
    )
    with pytest.raises(ValueError):
        reminder_post([*items, items[0]], today, lang)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        reminder_post([], today, lang)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(min_size=1, max_size=100).filter(lambda s: s.strip()),
    anniversary=st.dates(min_value=date(2020, 1, 1), max_value=date(2023, 12, 31)),
    offset=st.integers(min_value=-15, max_value=30),
    late=st.booleans(),
    repeat=st.booleans(),
)
def test_any_offer_name_gives_valid_escaped_blocks(
    name: str, anniversary: date, offset: int, late: bool, repeat: bool
) -> None:
    today = anniversary + timedelta(days=offset)
    kind = rules.ReminderKind.BEFORE if offset <= 0 else rules.ReminderKind.AFTER
    reply = reminder_post([item(7, name, anniversary, today, kind, late=late, repeat=repeat)], today, "en")
    assert_valid(reply.blocks)
    everything = reply.text + repr(reply.blocks)
    for raw in ("<!channel>", "<!here>", "<@"):
        if raw in name:
            assert raw not in everything


def test_posts_do_not_share_mutable_blocks() -> None:
    today = date(2021, 2, 23)
    first = reminder_post([item(1, "One", date(2021, 3, 10), today, rules.ReminderKind.BEFORE)], today, "en")
    first.blocks[0]["text"]["text"] = "changed"
    first.blocks[1]["accessory"]["text"]["text"] = "changed"
    second = reminder_post([item(2, "Two", date(2021, 3, 10), today, rules.ReminderKind.BEFORE)], today, "en")
    assert "changed" not in repr(second.blocks)


def test_mark_renewed_replaces_one_offer_and_drops_its_notes() -> None:
    today = date(2021, 4, 2)
    items = [
        item(n, f"Offer {n}", date(2021, 3, 10), today, rules.ReminderKind.AFTER, late=True) for n in (1, 2)
    ]
    blocks = reminder_post(items, today, "en").blocks
    after = mark_renewed(blocks, 1, "renewed!")
    assert_valid(after)
    ids = [b.get("block_id") for b in after]
    assert f"{NOTE_BLOCK}1" not in ids and f"{NOTE_BLOCK}2" in ids
    [renewed] = [b for b in after if b.get("block_id") == f"{ITEM_BLOCK}1"]
    assert renewed["text"]["text"] == "renewed!" and "accessory" not in renewed
    [other] = [b for b in after if b.get("block_id") == f"{ITEM_BLOCK}2"]
    assert other["accessory"]["value"] == button_value(2, date(2021, 3, 10))


def test_button_values_round_trip_and_junk_is_refused() -> None:
    assert parse_button_value(button_value(7, date(2021, 3, 10))) == (7, date(2021, 3, 10))
    for junk in ("", "7", "x:2021-03-10", "7:2021-13-10", "7:"):
        assert parse_button_value(junk) is None
