"""Offer names as people type them: a storage key, and a match against the known competencies.

Two functions with two jobs:

- ``normalize_name`` is the key storage finds an offer by (``/mpn renew gold cloud platform``). Its value
  is stored next to every offer, so it does not change lightly.
- ``match_competency`` says which 2021 competency a name is, and how sure that is. COVID-19 extension
  eligibility depends on it (Cloud Business Applications is excluded), so it is built to be robust and to
  say "close" rather than guess: a wrong "exact" or a missed near miss tells a partner that a CBA
  competency qualifies, which costs them the competency.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache

from rules.competencies import COMPETENCIES_2021, Competency

# Competency levels partners put in front of the name ("Gold Cloud Platform", "Silver Data Analytics").
_LEVEL_PREFIX = re.compile(r"^(?:(?:gold|silver)\s+(?:competency\s+)?)+", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-_/:,.()]+")


@lru_cache(maxsize=65536)  # pure and called for every offer of every status reply
def normalize_name(name: str) -> str:
    """Case-, accent-, spacing- and level-insensitive key: ``"  Gold Cloud-Business  Applications "`` ->
    ``"cloud business applications"``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SEPARATORS.sub(" ", text.casefold()).strip()
    text = _LEVEL_PREFIX.sub("", text).strip()
    return text


# --- the same offer, typed again -------------------------------------------------------------------------

_LEVEL_WORDS = frozenset({"gold", "silver", "goud", "zilver"})


class SameName(StrEnum):
    """Why two typed names are one offer's (the duplicate refusal says which). Ordered from the most to the
    least visible difference; values are stable message keys."""

    CASE = "case"  # only upper/lower case or accents differ
    SPACING = "spacing"  # spaces, hyphens, punctuation or joined words ("CloudPlatform")
    INVISIBLE = "invisible"  # zero-width or other invisible characters, emoji, look-alike forms
    LEVEL = "level"  # a Gold/Silver level anywhere in the name


def _loose_words(name: str, *, drop_levels: bool) -> list[str]:
    symbols = "".join(ch for ch in name if unicodedata.category(ch) not in ("So", "Sk", "Cn"))
    return [w for w in _fold(symbols) if not (drop_levels and w in _LEVEL_WORDS)]


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """The key under which two names are one offer: ``normalize_name``'s insensitivities plus invisible
    characters, emoji, NFKC look-alikes, joined words and a Gold/Silver level in any position."""
    return "".join(_loose_words(name, drop_levels=True))


def same_offer_name(typed: str, existing: str) -> SameName | None:
    """Why ``typed`` names ``existing`` again, or None when they are different names."""
    if loose_key(typed) != loose_key(existing) or not loose_key(typed):
        return None
    plain = [unicodedata.normalize("NFKD", n).casefold() for n in (typed, existing)]
    plain = ["".join(ch for ch in n if not unicodedata.combining(ch)) for n in plain]
    if plain[0].split() == plain[1].split():
        return SameName.CASE
    if "".join(_loose_words(typed, drop_levels=False)) == "".join(_loose_words(existing, drop_levels=False)):
        visible = ["".join(ch for ch in p if unicodedata.category(ch)[0] not in "ZP") for p in plain]
        return SameName.SPACING if visible[0] == visible[1] else SameName.INVISIBLE
    return SameName.LEVEL


# --- matching competencies -----------------------------------------------------------------------------


class MatchKind(StrEnum):
    """How sure ``match_competency`` is. Values are stable (they may be logged or stored)."""

    EXACT = "exact"  # certainly this competency: its name or an alias, up to case, spacing, levels...
    CLOSE = "close"  # probably one of ``candidates``, not certain: a typo, an extra or missing word, a hint
    NONE = "none"  # none of the known competencies


@dataclass(frozen=True, slots=True)
class CompetencyMatch:
    """The answer for one name. ``candidates`` is best first: one competency for EXACT, one or more for
    CLOSE (every competency it may be, so a caller can ask "may this be CBA?"), none for NONE."""

    query: str
    kind: MatchKind
    candidates: tuple[Competency, ...] = ()

    @property
    def competency(self) -> Competency | None:
        """The competency it is (EXACT) or most probably is (CLOSE)."""
        return self.candidates[0] if self.candidates else None

    def is_certainly(self, competency: Competency) -> bool:
        return self.kind is MatchKind.EXACT and self.candidates == (competency,)

    def may_be(self, competency: Competency) -> bool:
        """True when it is, or may be, ``competency``: the question eligibility has to ask."""
        return competency in self.candidates


# Words that say nothing about *which* competency: levels (English and Dutch), the word "competency",
# the company and programme, and "and" (so "Windows & Devices" and "Project Portfolio Management" match).
_NOISE = frozenset(
    {
        "gold",
        "silver",
        "goud",
        "gouden",
        "zilver",
        "zilveren",
        "competency",
        "competencies",
        "competentie",
        "competenties",
        "microsoft",
        "mpn",
        "and",
        "en",
    }
)
# Short forms that stand for a word of a competency name, in every competency they appear in.
_SYNONYMS = {
    "app": "application",
    "apps": "application",
    "applications": "application",
    "dev": "development",
    "centre": "center",
    "datacentre": "datacenter",
}
# Noise words that are never a piece of a competency word, so they can be dropped before the rest is
# joined up. "and"/"en" are pieces ("En terprise", "Cont ent"): they are dropped only after segmenting.
_SEPARATE_NOISE = _NOISE - {"and", "en"}
# A fuzzy token or string match: one or two typed letters wrong in a word ("Busines", "Aplications",
# "Platfrom") pass, different words sharing letters ("Deployment"/"Development", 0.76) do not.
_CLOSE_RATIO = 0.8
_MIN_FUZZY_LENGTH = 4
# A name sharing at least this share (and at least two) of a 3+ word competency's words is close to it
# ("Business Applications Development" shares "business applications" with CBA).
_OVERLAP_SHARE = 2 / 3


def _fold(text: str) -> list[str]:
    """Raw words of ``text``: NFKC (full-width letters, non-breaking spaces), invisible format characters
    (zero-width space, soft hyphen, BOM) removed, accents stripped, case folded, ``&``/``+`` read as "and",
    anything else that is not a letter or digit a separator."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("&", " and ").replace("+", " and ")
    return re.findall(r"[^\W_]+", text)


def _canonical(word: str) -> str:
    """One spelling per word: synonyms mapped, a plural ``s`` dropped (not ``ss``: "business")."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _SYNONYMS.get(word, word)


@dataclass(frozen=True, slots=True)
class _Form:
    """One name, alias or hint of a competency: its canonical words, those joined, and its words as
    written joined (``cloudbusinessapps``), which a joined typo ("Cloudbusinessaps") is closer to."""

    competency: Competency
    words: tuple[str, ...]
    compact: str
    surface: str
    is_hint: bool


@dataclass(frozen=True, slots=True)
class _Index:
    vocabulary: frozenset[str]
    longest: int
    exact: dict[str, Competency]
    forms: tuple[_Form, ...]


def _segment(compact: str, vocabulary: frozenset[str], longest: int) -> list[str] | None:
    """``compact`` split into the fewest vocabulary words ("goldcloudbusinessapps" -> gold, cloud,
    business, apps), or None when it cannot be: how joined words and spaces typed inside words are read."""
    size = len(compact)
    count: list[int | None] = [0] + [None] * size  # fewest words for compact[:end]
    start_of = [0] * (size + 1)
    for end in range(1, size + 1):
        for start in range(max(0, end - longest), end):
            before = count[start]
            if before is None or compact[start:end] not in vocabulary:
                continue
            current = count[end]
            if current is None or before + 1 < current:
                count[end], start_of[end] = before + 1, start
    if count[size] is None:
        return None
    pieces: list[str] = []
    end = size
    while end:
        pieces.append(compact[start_of[end] : end])
        end = start_of[end]
    return pieces[::-1]


def _surface(text: str) -> str:
    """The name's own letters joined, level words dropped, nothing else changed."""
    return "".join(w for w in _fold(text) if w not in _SEPARATE_NOISE)


def _words(text: str, index: _Index) -> tuple[str, ...]:
    """The canonical words of a name, noise removed.

    Separate level words are dropped first, then the rest is read as one string split into known words,
    so spacing (none, extra, inside a word) never matters for a name made of known words. A name with an
    unknown word falls back to its own words, each split where it can be, for the CLOSE comparison.
    """
    raw = [w for w in _fold(text) if w not in _SEPARATE_NOISE]
    whole = _segment("".join(raw), index.vocabulary, index.longest)
    if whole is None:
        whole = []
        for word in raw:
            whole.extend(_segment(word, index.vocabulary, index.longest) or [word])
    return tuple(c for c in (_canonical(w) for w in whole) if c not in _NOISE)


@lru_cache(maxsize=8)
def _index(competencies: tuple[Competency, ...]) -> _Index:
    """Every form of every competency read the way a typed name will be, built once per list."""
    surface: set[str] = set(_NOISE) | set(_SYNONYMS)
    for competency in competencies:
        for form in (competency.name, *competency.aliases, *competency.hints):
            for word in _fold(form):
                surface |= {word, _canonical(word), _canonical(word) + "s"}
    vocabulary = frozenset(surface)
    index = _Index(vocabulary, max(map(len, vocabulary)), {}, ())
    exact: dict[str, Competency] = {}
    forms: list[_Form] = []
    for competency in competencies:
        names = [(n, False) for n in (competency.name, *competency.aliases)]
        for form, is_hint in [*names, *((h, True) for h in competency.hints)]:
            words = _words(form, index)
            compact = "".join(words)
            if not is_hint:
                other = exact.setdefault(compact, competency)
                if other != competency:
                    raise ValueError(f"{form!r} names both {other.name!r} and {competency.name!r}")
            forms.append(_Form(competency, words, compact, _surface(form), is_hint))
    return _Index(vocabulary, index.longest, exact, tuple(forms))


def _similar(a: str, b: str) -> bool:
    """difflib's ratio reaches ``_CLOSE_RATIO``. The length bound (the ratio is at most 2*min/(sum)) skips
    most pairs without building a matcher; pairs repeat across names, hence the cache."""
    if 2 * min(len(a), len(b)) < _CLOSE_RATIO * (len(a) + len(b)):
        return False
    return _ratio(a, b) >= _CLOSE_RATIO


@lru_cache(maxsize=65536)
def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= _MIN_FUZZY_LENGTH and _similar(a, b)


def _covers(words: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Every word of ``others`` is (up to a typo) one of ``words``."""
    return all(any(_same_word(o, w) for w in words) for o in others)


def _is_close(words: tuple[str, ...], compact: str, surface: str, form: _Form) -> bool:
    if _covers(words, form.words):  # the name has every word of the form, maybe more ("... Plus")
        return True
    if _similar(compact, form.compact) or _similar(surface, form.surface):  # typos, also in joined words
        return True
    if form.is_hint:  # a hint says "may be" only when the name contains it, never for a part of it
        return False
    if _covers(form.words, words):  # the name is part of the form ("Business Applications")
        return True
    shared = sum(1 for f in form.words if any(_same_word(f, w) for w in words))
    return len(form.words) >= 3 and shared >= 2 and shared >= _OVERLAP_SHARE * len(form.words)


@lru_cache(maxsize=65536)  # pure; called for every offer of every status reply and reminder post
def match_competency(name: str, competencies: tuple[Competency, ...] = COMPETENCIES_2021) -> CompetencyMatch:
    """Which of ``competencies`` ``name`` is: EXACT, CLOSE (with every candidate, best first) or NONE.

    EXACT ignores case, spacing and separators (including none: ``CloudBusinessApplications``), levels and
    the word "competency" anywhere (``Cloud Business Applications (Gold)``), plurals (``Application``,
    ``Apps``), accents, NFKC-equivalent and invisible characters, and knows each competency's aliases
    (``CBA``). CLOSE is a name that is not certain but may well be the competency: a typo in a word or in
    a joined name, a word more or fewer, a hint such as a former name or a product it covers.
    """
    index = _index(competencies)
    words = _words(name, index)
    if not words:
        return CompetencyMatch(name, MatchKind.NONE)
    compact = "".join(words)
    found = index.exact.get(compact)
    if found is not None:
        return CompetencyMatch(name, MatchKind.EXACT, (found,))
    surface = _surface(name)
    scores: dict[Competency, float] = {}
    for form in index.forms:
        if _is_close(words, compact, surface, form):
            score = max(_ratio(compact, form.compact), _ratio(surface, form.surface))
            scores[form.competency] = max(score, scores.get(form.competency, 0.0))
    if not scores:
        return CompetencyMatch(name, MatchKind.NONE)
    order = {c: i for i, c in enumerate(competencies)}
    ranked = sorted(scores, key=lambda c: (-scores[c], order[c]))
    return CompetencyMatch(name, MatchKind.CLOSE, tuple(ranked))
