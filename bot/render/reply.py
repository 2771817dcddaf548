"""The rendered message and Slack's size limits, in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.render.escape import plain_text

MAX_BLOCKS = 50  # Slack: at most 50 blocks in a message
SECTION_TEXT_LIMIT = 3000  # Slack: a section's text object holds at most 3,000 characters
HEADER_LIMIT = 150  # Slack: a header's plain text holds at most 150 characters
FALLBACK_LIMIT = 3000  # the notification text: keep it short enough to read in a push notification


@dataclass(frozen=True)
class Reply:
    """What any surface sends: a plain-text fallback (notifications, screen readers, the console) and the
    Block Kit blocks as dicts, validated by slack_sdk's models or built within Slack's limits."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def as_message(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks} if self.blocks else {"text": self.text}


#: A block as Slack receives it. The hot surfaces (``/mpn status``, the other answers about offers) build
#: these dicts directly with the builders below, whose output is what slack_sdk's models give for the same
#: input (tests/slack/test_block_kit.py checks every one through the models): the models' own build and
#: validation cost more than the whole status answer. Other surfaces hand ``build`` the models.
BlockDict = dict[str, Any]


def _text(kind: str, text: str, **extra: Any) -> dict[str, Any]:
    # slack_sdk leaves an empty text out of the object; so do these builders
    return {"type": kind, "text": text, **extra} if text else {"type": kind, **extra}


def header_block(text: str) -> BlockDict:
    return {"type": "header", "text": _text("plain_text", plain_text(text, HEADER_LIMIT), emoji=True)}


def section_block(mrkdwn: str) -> BlockDict:
    return {"type": "section", "text": _text("mrkdwn", mrkdwn[:SECTION_TEXT_LIMIT])}


def context_block(*mrkdwn: str) -> BlockDict:
    elements = [_text("mrkdwn", m[:SECTION_TEXT_LIMIT]) for m in mrkdwn[:10]]
    return {"type": "context", "elements": elements} if elements else {"type": "context"}


def header(text: str) -> HeaderBlock:
    return HeaderBlock(text=PlainTextObject(text=plain_text(text, HEADER_LIMIT), emoji=True))


def section(mrkdwn: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=mrkdwn[:SECTION_TEXT_LIMIT]))


def context(*mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=m[:SECTION_TEXT_LIMIT]) for m in mrkdwn[:10]])


def divider() -> DividerBlock:
    return DividerBlock()


def packed_sections(
    paragraphs: Iterable[str], *, room: int, overflow: Callable[[int], str]
) -> list[BlockDict]:
    """Paragraphs joined into as few sections as the 3,000-character limit allows, within ``room``
    blocks; what does not fit is replaced by one line, ``overflow(count_left_out)``."""
    items = list(paragraphs)
    blocks: list[BlockDict] = []
    current: list[str] = []
    size = 0
    for index, para in enumerate(items):
        para = para[: SECTION_TEXT_LIMIT - 10]
        if current and size + len(para) + 2 > SECTION_TEXT_LIMIT:
            blocks.append(section_block("\n\n".join(current)))
            current, size = [], 0
            if len(blocks) >= room - 1:
                blocks.append(context_block(overflow(len(items) - index)))
                return blocks
        current.append(para)
        size += len(para) + 2
    if current:
        blocks.append(section_block("\n\n".join(current)))
    return blocks


def build(text: str, blocks: Sequence[Block | BlockDict]) -> Reply:
    """Validate the models with slack_sdk (``to_dict`` raises on a limit breach), take the builders' dicts
    as they are (they keep to the limits by construction), and cap the block count."""
    dicts = [b if isinstance(b, dict) else b.to_dict() for b in blocks[:MAX_BLOCKS]]
    return Reply(text=plain_text(text, FALLBACK_LIMIT), blocks=dicts)
