"""The DM reader's second opinion (``bot.language.reader.second_opinion``): a word-count model of every
labelled development message that may only say "this asks nothing we cover", and only when it is sure."""

from __future__ import annotations

import json

import pytest

from bot.language.reader import Intent, understand
from bot.language.reader import second_opinion as so
from bot.language.reader.offers import Token
from tests.language.dev_messages import WIDE
from tests.language.second_opinion_data import labelled, model_text
from tests.language.test_blind_set import SET as BLIND_SET

NOT_ANSWERS = frozenset({Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS})


def test_the_shipped_model_is_what_the_labelled_messages_train_today() -> None:
    """Stale after a change to the labelled messages or the reader's words: run ``make model``."""
    assert so.MODEL_FILE.read_text(encoding="utf-8") == model_text(), "run `make model` and commit the file"


def test_it_never_learns_from_the_blind_set() -> None:
    blind = {json.loads(line)["text"] for line in BLIND_SET.read_text(encoding="utf-8").splitlines() if line}
    learned = {text for text, _, _ in labelled()}
    overlap, size = len(blind & learned), len(learned)  # counts only: a failure never shows a blind message
    assert size > 4000
    assert overlap == 0


def _tiny() -> so.Model:
    examples = [
        (["w:when", "w:lease", "w:expire"], Intent.UNKNOWN),
        (["w:when", "w:lease", "w:end"], Intent.UNKNOWN),
        (["w:when", "w:<o>", "w:expire"], Intent.LOSS_DATE),
        (["w:when", "w:<o>", "w:due"], Intent.DUE_DATE),
    ]
    return so.Model(so.train(examples))


def test_the_model_favours_the_intent_whose_words_the_message_has() -> None:
    model = _tiny()
    lease = model.opinion(["w:lease", "w:lease", "w:expire"])
    ours = model.opinion(["w:<o>", "w:due"])
    assert lease is not None and lease.intent is Intent.UNKNOWN and 0.5 < lease.sureness <= 1
    assert ours is not None and ours.intent is Intent.DUE_DATE
    assert model.opinion(["w:never-seen"]) is None  # no evidence: no opinion


def _read(*words: str) -> tuple[list[str], list[Token]]:
    """Words as the reader read them; "<o>" stands for a word of one of the workspace's offers."""
    tokens = [
        Token("security", "security", False, offer_words=frozenset({"security"}))
        if w == "<o>"
        else Token(w, w, True)
        for w in words
    ]
    return [t.word for t in tokens], tokens


def test_what_the_model_sees_of_a_message() -> None:
    feats = so.features(*_read("when", "<o>", "due"))
    assert {"w:when", "w:<o>", "w:due", "b:^_when", "b:when_<o>", "b:due_$", "c:<whe", "c:due>"} <= set(feats)
    assert not [f for f in feats if "security" in f]  # no particular offer: any workspace's offers alike


@pytest.mark.parametrize("rules_read", list(Intent))
def test_what_it_may_change_and_how_sure_it_must_be(
    monkeypatch: pytest.MonkeyPatch, rules_read: Intent
) -> None:
    """It never answers what the rules left unanswered; it says "not ours" when sure, and "another of our
    questions" only when far surer (``SURE_OF_ANOTHER``)."""
    monkeypatch.setattr(so, "model", _tiny)
    model = _tiny()

    def sureness(words: tuple[list[str], list[Token]]) -> float:
        opinion = model.opinion(so.features(*words))
        assert opinion is not None
        return opinion.sureness

    not_ours, barely_not_ours = _read(*["lease"] * 12), _read("lease")
    a_due_date, fairly_a_due_date = _read(*["<o>", "due"] * 12), _read(*["<o>", "due"] * 6)
    assert sureness(not_ours) >= so.SURE > sureness(barely_not_ours)
    assert sureness(a_due_date) >= so.SURE_OF_ANOTHER > sureness(fairly_a_due_date) >= so.SURE
    answered = rules_read not in NOT_ANSWERS
    assert so.checked_intent(rules_read, *not_ours, NOT_ANSWERS) is (
        Intent.UNKNOWN if answered else rules_read
    )
    assert so.checked_intent(rules_read, *a_due_date, NOT_ANSWERS) is (
        Intent.DUE_DATE if answered else rules_read
    )
    for unsure in (barely_not_ours, fairly_a_due_date, _read("lease", "<o>")):
        assert so.checked_intent(rules_read, *unsure, NOT_ANSWERS) is rules_read


def test_without_its_file_the_rules_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(so, "model", lambda: None)
    assert so.checked_intent(Intent.LOSS_DATE, *_read(*["lease"] * 12), NOT_ANSWERS) is Intent.LOSS_DATE


@pytest.mark.parametrize(
    "text",
    [
        "when does our Partner Center MFA token expire?",
        "my manager says our benefits package is changing, when?",
        "what does the cost management dashboard show for last month?",
    ],
)
def test_look_alikes_the_rules_answered_get_no_answer(text: str) -> None:
    assert understand(text, WIDE).intent is Intent.UNKNOWN


@pytest.mark.parametrize("rules_read", [Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS])
def test_what_no_rule_read_it_answers_only_when_far_surer_and_allowed(
    monkeypatch: pytest.MonkeyPatch, rules_read: Intent
) -> None:
    """A message no rule read (``UNKNOWN``) may get another of our questions' answer, as surely as
    ``SURE_OF_ANOTHER`` and only when the caller allows it; a greeting, thanks or help stays what it is."""
    monkeypatch.setattr(so, "model", _tiny)
    a_due_date, fairly_a_due_date = _read(*["<o>", "due"] * 12), _read(*["<o>", "due"] * 6)
    not_ours = _read(*["lease"] * 12)
    answered = so.checked_intent(rules_read, *a_due_date, NOT_ANSWERS, may_answer_unread=True)
    assert answered is (Intent.DUE_DATE if rules_read is Intent.UNKNOWN else rules_read)
    assert so.checked_intent(rules_read, *a_due_date, NOT_ANSWERS, may_answer_unread=False) is rules_read
    for unsure in (fairly_a_due_date, not_ours, _read("lease", "<o>")):
        assert so.checked_intent(rules_read, *unsure, NOT_ANSWERS, may_answer_unread=True) is rules_read
