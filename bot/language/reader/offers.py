"""Steps 2 and 3 of reading a DM: each word read as a keyword, a filler word or a word of one of the
workspace's offers (typos forgiven), then which offer the message names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from bot.language.reader.model import MIN_FUZZY_LENGTH
from bot.language.reader.text import clean_text, split_words
from bot.language.reader.vocabulary import (
    _MEANINGFUL,
    KNOWN_WORDS,
    _nearest,
    _word_set,
    nearest_keyword,
)

# --- offers ------------------------------------------------------------------------------------------

# Words that never point at one offer: levels, kinds, the programme, and function words in names
# ("Kubernetes on Azure"). "cloud" is not here: it names an offer when only one offer has it.
_NOT_DISTINCTIVE: Final = _word_set(
    """
    gold silver competency competencies competence specialization specializations specialisation
    specialisations advanced competentie competenties specialisatie specialisaties geavanceerde mpn
    microsoft partner network offer offers aanbieding
    and or of for to on in the a an with by at from via de het een en op met van voor naar
    """
)
_ACRONYM_MIN: Final = 3  # "cba"; two letters ("cp", "da") are too often something else


@dataclass(frozen=True)
class _Offer:
    name: str  # as the caller gave it
    words: frozenset[str]  # the words that identify it, folded
    joined: str  # "cloudplatform"
    acronym: str  # "cba", or "" when too short to be safe


@dataclass(frozen=True)
class _OfferIndex:
    offers: tuple[_Offer, ...]
    words: frozenset[str]
    by_joined: dict[str, tuple[int, ...]]
    by_acronym: dict[str, tuple[int, ...]]
    sorted_words: tuple[str, ...]


@lru_cache(maxsize=64)  # a workspace's offers change rarely; the same list comes with every message
def offer_index(offer_names: tuple[str, ...]) -> _OfferIndex:
    offers: list[_Offer] = []
    seen: set[str] = set()
    for name in offer_names:
        if name in seen:
            continue
        seen.add(name)
        all_words = [w for w in split_words(clean_text(name)) if w]
        words = [w for w in all_words if w not in _NOT_DISTINCTIVE] or all_words
        if not words:
            continue
        acronym = "".join(w[0] for w in words)
        offers.append(
            _Offer(
                name=name,
                words=frozenset(words),
                joined="".join(words) if len(words) > 1 else "",
                acronym=acronym if len(acronym) >= _ACRONYM_MIN and acronym not in KNOWN_WORDS else "",
            )
        )
    by_joined: dict[str, list[int]] = {}
    by_acronym: dict[str, list[int]] = {}
    for i, offer in enumerate(offers):
        if offer.joined:
            by_joined.setdefault(offer.joined, []).append(i)
        if offer.acronym:
            by_acronym.setdefault(offer.acronym, []).append(i)
    all_offer_words = frozenset().union(*(o.words for o in offers)) if offers else frozenset()
    return _OfferIndex(
        offers=tuple(offers),
        words=all_offer_words,
        by_joined={k: tuple(v) for k, v in by_joined.items()},
        by_acronym={k: tuple(v) for k, v in by_acronym.items()},
        sorted_words=tuple(sorted(all_offer_words)),
    )


# --- step 2: reading each word -----------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """One word of the message as understood."""

    word: str  # the word as typed (folded)
    known: str  # the keyword it was read as (itself when exact or unknown)
    meaningful: bool  # ``known`` means something of its own (``_MEANINGFUL``): it names no offer alone
    offer_words: frozenset[str] = frozenset()  # offer words it stands for
    whole_offers: tuple[int, ...] = ()  # offers it names on its own ("cloudplatform", "cba")


def read_word(word: str, index: _OfferIndex) -> Token:
    """Read a word exactly if possible, else as its nearest keyword or offer word (ties go to keywords).

    Keywords win ties because a misread intent word ("date" read as the offer "Data") would answer
    about an offer the user never named.
    """
    if word in index.by_joined or word in index.by_acronym:
        whole = index.by_joined.get(word, ()) + index.by_acronym.get(word, ())
        return Token(word, word, False, whole_offers=whole)
    meaningful = word in _MEANINGFUL
    if meaningful or word in index.words:
        return Token(word, word, meaningful, frozenset({word}) if word in index.words else frozenset())
    if word in KNOWN_WORDS or len(word) < MIN_FUZZY_LENGTH or word.isdigit():
        return Token(word, word, False)
    keyword_score, keyword = nearest_keyword(word)
    offer_score, offer_words = _offer_typo(word, index)
    if keyword is not None and keyword_score >= offer_score:
        return Token(word, keyword, True)
    if offer_words:
        return Token(word, word, False, frozenset(offer_words))
    return Token(word, word, False)


def _offer_typo(word: str, index: _OfferIndex) -> tuple[float, tuple[str, ...]]:
    """Offer words ``word`` is a typo ("platfrom") or a start ("kube", "analytic") of."""
    prefixed = tuple(w for w in index.sorted_words if len(w) > len(word) and w.startswith(word))
    if prefixed:
        return 1.0, prefixed
    score, found = _nearest(word, index.sorted_words)
    return score, found


# --- step 3: which offer -----------------------------------------------------------------------------


def match_offers(readings: Sequence[Token], index: _OfferIndex) -> tuple[list[_Offer], set[int]]:
    """The offers the message names, and the positions of the words that name them.

    An offer is *named in full* when every word that identifies it is there ("cloud platform"), and
    *partly* otherwise ("kubernetes", "the azure one"). Full names win over partial ones; among full
    names, one whose words are all inside another's is dropped ("security" inside "cloud security").
    Among partial ones, the most words matched win. Anything left with more than one offer is ambiguous.

    A word that means something of its own here (a keyword such as "renewal", or an everyday word of
    ``_WEAK_OFFER_WORDS`` such as "change") counts towards an offer only when the offer is named in full
    or next to another word of the same offer ("low code", "open source"), so that intent words and
    everyday words never pick an offer by themselves.
    """
    full: list[tuple[int, set[int]]] = []
    partial: list[tuple[int, int, set[int]]] = []
    for i, offer in enumerate(index.offers):
        positions = {p for p, r in enumerate(readings) if r.offer_words & offer.words or i in r.whole_offers}
        if not positions:
            continue
        covered = set().union(*(readings[p].offer_words for p in positions))
        if offer.words <= covered or any(i in readings[p].whole_offers for p in positions):
            full.append((i, positions))
            continue
        free = {p for p in positions if not readings[p].meaningful or {p - 1, p + 1} & positions}
        score = len(set().union(*(readings[p].offer_words & offer.words for p in free))) if free else 0
        if score:
            partial.append((i, score, free))
    if full:
        kept = [(i, ps) for i, ps in full if not any(ps < other for _, other in full)]
        return [index.offers[i] for i, _ in kept], set().union(*(ps for _, ps in kept))
    if partial:
        best = max(score for _, score, _ in partial)
        kept_partial = [(i, ps) for i, score, ps in partial if score == best]
        return [index.offers[i] for i, _ in kept_partial], set().union(*(ps for _, ps in kept_partial))
    return [], set()
