"""The DM reader measured on messages it was never tuned on (``blind_dm_set.jsonl``: 354 messages, half
Dutch, written by someone who had not read the reader's vocabulary). A report with floors, not a target:
a regression fails here, but nobody may change the reader to fit these messages (tune on
``test_intents.py``'s table instead). README ("The DM reader") quotes these figures.

"Covered" means an intent the reader has; questions nothing should answer count as answered confidently
when they get any answer other than "I can't answer that yet" (or help, a greeting, thanks).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.language.reader import Intent, understand
from tests.paths import ROOT

SET = ROOT / "tests" / "language" / "blind_dm_set.jsonl"
# The workspace the messages were written against (given to their author with "today" = 2021-03-20).
OFFERS = (
    "Cloud Platform",
    "Gold Cloud Business Applications",
    "Kubernetes on Azure",
    "Data Analytics",
    "Security",
    "Windows Server and SQL Server Migration to Microsoft Azure",
    "Silver Application Development",
)
NOT_AN_ANSWER = frozenset({Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS})

# Floors: issue 14's targets, met after its eighth round (intent 95.7%, offer 100%, confident 2.8%, language
# 99.4%; before the issue: 84.1%, 66.7%, 35.9%, 98.0%); the offer keeps a margin for honest changes elsewhere.
# Raise them when the reader gets better; never lower them to pass.
FLOORS = {"intent": 0.95, "offer": 0.97, "language": 0.98}
CEILINGS = {"confident": 0.03}


@dataclass(frozen=True)
class Report:
    covered: int
    intent: float
    with_offer: int
    offer: float
    uncovered: int
    confident: float
    language: float

    def lines(self) -> str:
        return (
            f"blind set: intent {self.intent:.1%} of {self.covered} covered; offer {self.offer:.1%} of "
            f"{self.with_offer}; confident on {self.uncovered} not covered {self.confident:.1%}; reply "
            f"language {self.language:.1%}"
        )


def measure() -> Report:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    known = {i.value for i in Intent} - {Intent.UNKNOWN.value}
    read = {r["id"]: understand(r["text"], OFFERS) for r in rows}
    covered = [r for r in rows if r["intent"] in known]
    uncovered = [r for r in rows if r["intent"] not in known]
    named = [r for r in covered if r["offer"]]
    return Report(
        covered=len(covered),
        intent=sum(read[r["id"]].intent.value == r["intent"] for r in covered) / len(covered),
        with_offer=len(named),
        offer=sum(read[r["id"]].offer == r["offer"] for r in named) / len(named),
        uncovered=len(uncovered),
        confident=sum(read[r["id"]].intent not in NOT_AN_ANSWER for r in uncovered) / len(uncovered),
        # an English-locale user in an English workspace: the reply is in the reader's language, else English
        language=sum((read[r["id"]].lang or "en") == r["lang"] for r in rows) / len(rows),
    )


def test_the_blind_set_is_what_it_claims() -> None:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300 and len({r["id"] for r in rows}) == len(rows)
    assert abs(sum(r["lang"] == "nl" for r in rows) - len(rows) / 2) <= len(rows) * 0.05
    assert sum(r["intent"] == "uncovered" for r in rows) >= 50
    assert {r["offer"] for r in rows} - {None} <= set(OFFERS)


def test_the_blind_set_does_not_regress(capsys: object) -> None:
    report = measure()
    print("\n" + report.lines())
    assert report.intent >= FLOORS["intent"], report.lines()
    assert report.offer >= FLOORS["offer"], report.lines()
    assert report.language >= FLOORS["language"], report.lines()
    assert report.confident <= CEILINGS["confident"], report.lines()
