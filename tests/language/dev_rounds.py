"""Reading a development round (``dev_round*.jsonl``: one JSON object a line with id, text, lang, intent and
offer, ``"intent": "uncovered"`` for a question nothing covers) and the four figures the lead measures on
the blind set, so every round is measured the same way."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.language.reader import Intent, understand
from tests.language.dev_messages import WIDE

# Replies that state nothing: a question nothing covers may get them.
NOT_ANSWERS = (Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS)


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    lang: str
    intent: Intent
    offer: str | None


@dataclass(frozen=True)
class Figures:
    intent: float  # right intent, of the covered rows
    offer: float  # right offer, of the covered rows that name one
    confident: float  # an answer stated, of the uncovered rows (lower is better)
    language: float  # right reply language (no language read counts as English), of all rows
    covered: int
    named: int
    uncovered: int

    def line(self, name: str) -> str:
        return (
            f"\n{name}: intent {self.intent:.1%} of {self.covered} covered; offer {self.offer:.1%} of "
            f"{self.named}; confident on {self.uncovered} not covered {self.confident:.1%}; "
            f"language {self.language:.1%}"
        )


def read_rows(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            intent = Intent.UNKNOWN if raw["intent"] == "uncovered" else Intent(raw["intent"])
            rows.append(Row(raw["id"], raw["text"], raw["lang"], intent, raw.get("offer")))
    return rows


def figures(rows: list[Row], offers: tuple[str, ...] = WIDE) -> Figures:
    read = {r.id: understand(r.text, offers) for r in rows}
    covered = [r for r in rows if r.intent is not Intent.UNKNOWN]
    uncovered = [r for r in rows if r.intent is Intent.UNKNOWN]
    named = [r for r in covered if r.offer]
    return Figures(
        intent=sum(read[r.id].intent is r.intent for r in covered) / len(covered),
        offer=sum(read[r.id].offer == r.offer for r in named) / len(named),
        confident=sum(read[r.id].intent not in NOT_ANSWERS for r in uncovered) / len(uncovered),
        language=sum((read[r.id].lang or "en") == r.lang for r in rows) / len(rows),
        covered=len(covered),
        named=len(named),
        uncovered=len(uncovered),
    )
