"""The labelled messages the DM reader's second opinion (``bot.language.reader.second_opinion``) learns
from: the development table, every development round in this folder, and the phrasings the reader's tests
decide (each class, look-alike and precedence table of ``test_intents`` and ``test_topic``), never the blind
set. A phrasing marked as a known miss (``xfail``) is left out: its label is right, but training on it would
only hide the miss.

    python -m tests.language.second_opinion_data     # (make model) writes bot/language/reader/second_opinion.json
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from _pytest.mark.structures import ParameterSet

from bot.language.reader import Intent, model_features
from bot.language.reader.second_opinion import MODEL_FILE, train
from tests.language.dev_messages import DEV, WIDE
from tests.language.dev_rounds import read_rows
from tests.language.test_blind_set import SET as BLIND_SET
from tests.paths import ROOT

ROUNDS = sorted((ROOT / "tests" / "language").glob("dev_round*.jsonl"), key=lambda p: int(p.stem[9:]))


def examples() -> Iterator[tuple[list[str], Intent]]:
    """(features, intent) of every labelled development message, against the offers they were written for."""
    for text, intent, offers in labelled():
        yield model_features(text, offers), intent


def labelled() -> Iterator[tuple[str, Intent, tuple[str, ...]]]:
    """Every labelled message but those that are also in the blind set word for word (short ones like
    "status", and the issue's own examples, which its writer and the tables' writers both quoted): the
    model must not have seen a message it is measured on."""
    blind = {json.loads(line)["text"] for line in BLIND_SET.read_text(encoding="utf-8").splitlines() if line}
    return (example for example in _tables() if example[0] not in blind)


def _tables() -> Iterator[tuple[str, Intent, tuple[str, ...]]]:
    from tests.language import test_intents, test_topic  # the tests' tables, read as data

    for dev in DEV:
        yield dev.text, dev.intent, WIDE
    for path in ROUNDS:
        for row in read_rows(path):
            yield row.text, row.intent, WIDE
    for case in _plain(test_intents.TABLE):
        yield case.text, case.intent, test_intents.OFFERS
    tables: dict[str, Any] = {**vars(test_intents), **vars(test_topic)}
    for name, table in sorted(tables.items()):
        if (
            name.startswith("ROUND")
            and name.endswith("_CLASSES")
            or name in ("PRECEDENCE", "ASKED_BY_SHAPE", "PROPOSALS")
        ):
            yield from ((item[0], item[1], WIDE) for item in _plain(table))
        elif (
            name.startswith("ROUND")
            and name.endswith("_NEGATIVES")
            or name in ("OTHER_THINGS", "NOT_PROPOSALS", "BEYOND")
        ):
            yield from ((text, Intent.UNKNOWN, WIDE) for text in _plain(table))
        elif name == "NOT_THIS":
            yield from ((text, intent, WIDE) for text, _, intent in _plain(table))
        elif name in ("PAIRS", "SHAPES", "SUBJECTS", "LOOKALIKES"):
            for other, ours, intent in _plain(table):
                yield other, Intent.UNKNOWN, WIDE
                yield ours, intent, WIDE


def _plain(table: Iterable[Any]) -> Iterator[Any]:
    """A table's items, ``pytest.param`` unwrapped; a known miss (any mark) left out."""
    for item in table:
        if isinstance(item, ParameterSet):
            if item.marks:
                continue
            item = item.values if len(item.values) > 1 else item.values[0]
        yield item


def model_text() -> str:
    return json.dumps(train(examples()), ensure_ascii=False, separators=(",", ":")) + "\n"


if __name__ == "__main__":
    MODEL_FILE.write_text(model_text(), encoding="utf-8")
    print(f"wrote {MODEL_FILE} from {sum(1 for _ in examples())} messages")
