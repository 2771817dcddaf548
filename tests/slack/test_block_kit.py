"""Block Kit validity of the surfaces that build their blocks as dicts (``bot.render.reply``'s
``header_block``, ``section_block``, ``context_block``, ``packed_sections``): in production they skip
slack_sdk's models for speed, so here every block they make goes through the models.

Two checks: each builder gives exactly what the model-based builder (``header``, ``section``, ``context``)
gives for the same text, whatever the text; and every reply about offers (status in every phase, on
another day, empty, overflowing Slack's 50 blocks, with hostile and over-long names; when, loss,
extension, added, renewed, corrected, removed) is accepted by ``Block.parse`` unchanged and passes
``validate_json``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

import rules
from bot.core.answers import ExtensionAnswer, LossAnswer, RenewalAnswer, StatusAnswer, view
from bot.language.i18n import Lang
from bot.render import Reply
from bot.render import offers as render_offers
from bot.render.reply import (
    MAX_BLOCKS,
    context,
    context_block,
    header,
    header_block,
    packed_sections,
    section,
    section_block,
)
from storage import StoredOffer, WorkspaceSettings

TODAY = date(2021, 3, 20)
STAMP = datetime(2021, 1, 1, tzinfo=UTC)
texts = st.text(alphabet=st.sampled_from(list("&<>*_ ab\n:é😀")) | st.characters(), max_size=3200)


def assert_valid(blocks: list[dict[str, Any]]) -> None:
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        model = Block.parse(block)
        assert model is not None
        model.validate_json()  # raises on a breach of Slack's limits
        assert model.to_dict() == block  # slack_sdk's models accept it exactly as it is


@given(texts)
@example("")
@example("h" * 151)  # one past a header's limit
@example("s " * 1501)  # past a section's and a context element's limit
def test_each_builder_gives_what_the_model_gives(text: str) -> None:
    assert header_block(text) == header(text).to_dict()
    assert section_block(text) == section(text).to_dict()
    assert context_block(text, text) == context(text, text).to_dict()


@pytest.mark.parametrize("count", [0, 1, 10, 11, 60])
def test_context_blocks_match_the_model_for_any_number_of_elements(count: int) -> None:
    parts = [f"part {n}" for n in range(count)]
    assert context_block(*parts) == context(*parts).to_dict()


def test_packed_sections_are_valid_when_they_overflow() -> None:
    paragraphs = ["x" * 2500] * 80
    blocks = packed_sections(paragraphs, room=MAX_BLOCKS - 3, overflow=lambda n: f"{n} more")
    assert_valid(blocks)
    assert len(blocks) <= MAX_BLOCKS - 3
    assert blocks[-1] == context_block("34 more")  # 46 sections of one paragraph each, then the rest


def offers_named(names: list[str], *, moved: bool = True) -> tuple[WorkspaceSettings, list[StoredOffer]]:
    settings = WorkspaceSettings("T1", None, None, "Europe/Amsterdam", "en", "C1", moved, 9)
    start = date(2020, 12, 1)
    kinds = (rules.Kind.COMPETENCY, rules.Kind.ADVANCED_SPECIALIZATION)
    offers = [
        StoredOffer(n, "T1", name, kinds[n % 2], start + timedelta(days=7 * n), STAMP, STAMP)
        for n, name in enumerate(names, 1)
    ]
    return settings, offers


NAME_SETS = {
    "every phase": ["Cloud Platform", "Data Analytics", "Security", "Cloud Business Applications"] * 3,
    "hostile": ["<!channel> *bold* _it_ ~s~ `c` &amp; <@U1>", "a" * 400, "😀" * 200, "x"],
    "overflow": [f"Offer {n} " + "long name " * 120 for n in range(120)],
}


def replies(names: list[str], lang: Lang, moved: bool) -> list[Reply]:
    settings, offers = offers_named(names, moved=moved)
    items = tuple(view(o, settings, TODAY) for o in offers)
    later = view(offers[0], settings, TODAY + timedelta(days=400))
    lapsed = tuple(i for i in items if i.phase is rules.Phase.LAPSED)
    return [
        render_offers.status(StatusAnswer(TODAY, TODAY, settings, items), lang),
        render_offers.status(StatusAnswer(TODAY, TODAY + timedelta(days=90), settings, items), lang),
        render_offers.status(StatusAnswer(TODAY, TODAY, settings, ()), lang),
        render_offers.status(StatusAnswer(TODAY, TODAY + timedelta(days=9), settings, ()), lang),
        render_offers.extension(ExtensionAnswer(TODAY, moved, items), lang),
        render_offers.loss(LossAnswer(TODAY, items[-1], lapsed, named=False), lang),
        render_offers.loss(LossAnswer(TODAY, None, lapsed[:1], named=True), lang),
        *(render_offers.when(i, TODAY, lang) for i in items[:8]),
        *(render_offers.added(i, lang) for i in items[:8]),
        render_offers.renewed(RenewalAnswer(items[0], later), lang),
        render_offers.corrected(RenewalAnswer(items[0], later), lang),
        render_offers.removed(items[0], lang),
    ]


@pytest.mark.parametrize("moved", [True, False])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("names", NAME_SETS.values(), ids=NAME_SETS.keys())
def test_every_reply_about_offers_is_valid_block_kit(names: list[str], lang: Lang, moved: bool) -> None:
    for reply in replies(names, lang, moved):
        assert reply.blocks, reply.text
        assert_valid(reply.blocks)


def test_a_status_that_overflows_says_how_many_offers_it_left_out() -> None:
    settings, offers = offers_named(NAME_SETS["overflow"])
    items = tuple(view(o, settings, TODAY) for o in offers)
    reply = render_offers.status(StatusAnswer(TODAY, TODAY, settings, items), "en")
    assert len(reply.blocks) == MAX_BLOCKS  # header, summary, 46 sections, "and N more", footer
    assert reply.blocks[-2]["type"] == "context" and "more" in reply.blocks[-2]["elements"][0]["text"]
