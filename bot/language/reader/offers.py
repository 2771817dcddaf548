"""Steps 2 and 3 of reading a DM: each word read as a keyword, a filler word or a word of one of the
workspace's offers (typos forgiven), then which offer the message names."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

import rules
from bot.language.reader.dictionary import is_real_word
from bot.language.reader.model import MIN_FUZZY_LENGTH
from bot.language.reader.text import clean_text, split_words
from bot.language.reader.vocabulary import (
    _MEANINGFUL,
    KNOWN_WORDS,
    _nearest,
    abbreviated_keyword,
    base_form,
    nearest_keyword,
    word_set,
)
from rules.aliases import LEVEL_WORDS, WORD_FORMS

# --- offers ------------------------------------------------------------------------------------------

# Words that never point at one offer: levels, kinds, the programme, and function words in names
# ("Kubernetes on Azure"). "cloud" is not here: it names an offer when only one offer has it.
_NOT_DISTINCTIVE: Final = word_set(
    """
    gold silver competency competencies competence specialization specializations specialisation
    specialisations advanced competentie competenties specialisatie specialisaties geavanceerde mpn
    microsoft partner network offer offers aanbieding
    and or of for to on in the a an with by at from via de het een en op met van voor naar
    """
)
_ACRONYM_MIN: Final = 3  # "cba"; two letters ("cp", "da") are too often something else
# "the specialization" names the workspace's one advanced specialization; the plural asks about all.
_KIND_WORDS: Final = word_set("specialization specialisation specialisatie specialty")
# Stems: a typed word and an offer word sharing this many first letters (and differing only in the last
# two or three: "developer"/"development", "migratie"/"migration") are the same word. Words that share a
# stem with an offer word by chance and mean something else are listed here.
_STEM_MIN: Final = 5
_NOT_STEMS: Final = word_set("applied apply applies applying secure securely datum dataset platte")


@dataclass(frozen=True)
class _Offer:
    name: str  # as the caller gave it
    words: frozenset[str]  # the words that identify it, folded
    joined: str  # "cloudplatform"
    acronym: str  # "cba", or "" when too short to be safe
    level: str = ""  # "gold" or "silver" when the name says so
    specialization: bool = False  # not one of the 2021 competencies: an advanced specialization
    forms: tuple[frozenset[str], ...] = ()  # other full names: the competency's aliases, the workspace's


@dataclass(frozen=True)
class _OfferIndex:
    offers: tuple[_Offer, ...]
    words: frozenset[str]
    by_joined: dict[str, tuple[int, ...]]
    by_acronym: dict[str, tuple[int, ...]]
    sorted_words: tuple[str, ...]
    # two-letter acronyms ("DA", "CP"): an offer only when typed in capitals in a message that is not shouting
    by_short_acronym: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, hash=False)
    # each word read once per list of offers: the same words come back in every message
    cache: dict[str, Token] = field(default_factory=dict, compare=False, hash=False)
    # the 2021 competencies of two words or more that the workspace does not track: (words, name)
    untracked: tuple[tuple[tuple[str, ...], str], ...] = field(default=(), compare=False, hash=False)
    untracked_firsts: frozenset[str] = field(default=frozenset(), compare=False, hash=False)
    # ...and those of one word ("Datacenter", "DevOps", "Messaging"): word -> name
    untracked_single: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    # each word of an offer (its name's or another form's) -> the offers that have it, in index order:
    # ``match_offers`` looks only at the offers a message's words can name, not at all of them
    by_word: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, hash=False)


def _distinctive(text: str) -> list[str]:
    all_words = [w for w in split_words(clean_text(text)) if w]
    return [w for w in all_words if w not in _NOT_DISTINCTIVE] or all_words


def _as_own_words(form: list[str], own: list[str]) -> list[str]:
    """A form's short words as the offer's own ("Cloud Business Apps" -> cloud business applications), so
    that a short form alone ("apps") counts for every offer it may mean, not for the one whose alias has it."""
    out: list[str] = []
    for word in form:
        known = WORD_FORMS.get(word, ())
        if not known:  # a word of its own ("kaas", "zorblax"): the form's word as typed
            out.append(word)
            continue
        targets = [w for w in known if w in own]
        # "appdev" stands for both its words; "apps" for whichever form of "application" the name uses
        out.extend(targets if len(targets) == len(known) else targets[:1] or [word])
    return out


@lru_cache(maxsize=1)
def _known_competencies() -> dict[str, rules.Competency]:
    """The 2021 competencies by ``rules.loose_key`` of their names and aliases (levels, case, spacing and
    joined words aside): an exact lookup, where ``rules.match_competency`` would be a fuzzy search."""
    return {
        rules.loose_key(form): competency
        for competency in rules.COMPETENCIES_2021
        for form in (competency.name, *competency.aliases)
    }


def _competency_forms(name: str) -> tuple[bool, tuple[str, ...]]:
    """Whether ``name`` is an advanced specialization (none of the 2021 competencies by name or alias), and
    the other names of the competency it is (``rules.competencies`` aliases: "CBA", "App Dev")."""
    competency = _known_competencies().get(rules.loose_key(name))
    if competency is None:
        return True, ()
    return False, (competency.name, *competency.aliases)


def offer_index(offer_names: tuple[str, ...], aliases: tuple[tuple[str, str], ...] = ()) -> _OfferIndex:
    """The workspace's offers as the reader matches them; ``aliases`` are the workspace's own (alias, offer
    name) pairs (``/mpn alias``)."""
    return _offer_index(offer_names, aliases)


@lru_cache(maxsize=64)  # a workspace's offers change rarely; the same list comes with every message
def _offer_index(offer_names: tuple[str, ...], aliases: tuple[tuple[str, str], ...]) -> _OfferIndex:
    offers: list[_Offer] = []
    seen: set[str] = set()
    own_aliases: dict[str, list[str]] = {}
    names_words = {name: frozenset(_distinctive(name)) for name in offer_names}
    for alias, target in aliases:
        alias_words = set(_distinctive(alias))
        # an alias made of another offer's name words ("data" for Security, beside Data Analytics) would
        # take that offer's own name from it; such an alias names nothing (``/mpn alias`` refuses it now)
        if not any(alias_words <= words for name, words in names_words.items() if name != target):
            own_aliases.setdefault(target, []).append(alias)
    for name in offer_names:
        if name in seen:
            continue
        seen.add(name)
        words = _distinctive(name)
        if not words:
            continue
        folded = split_words(clean_text(name))
        level = next((LEVEL_WORDS[w] for w in folded if w in LEVEL_WORDS), "")
        specialization, known_forms = _competency_forms(name)
        forms = {
            frozenset(_as_own_words(_distinctive(form), words))
            for form in (*known_forms, *own_aliases.get(name, ()))
        }
        forms.discard(frozenset(words))
        forms.discard(frozenset())
        acronym = "".join(w[0] for w in words)
        offers.append(
            _Offer(
                name=name,
                words=frozenset(words),
                joined="".join(words) if len(words) > 1 else "",
                acronym=acronym if len(acronym) >= _ACRONYM_MIN and acronym not in KNOWN_WORDS else "",
                level=level,
                specialization=specialization or any(w in _KIND_WORDS for w in folded),
                forms=tuple(sorted(forms, key=sorted)),
            )
        )
    by_joined: dict[str, list[int]] = {}
    by_acronym: dict[str, list[int]] = {}
    for i, offer in enumerate(offers):
        if offer.joined:
            by_joined.setdefault(offer.joined, []).append(i)
        if offer.acronym:
            by_acronym.setdefault(offer.acronym, []).append(i)
        for form in offer.forms:
            if len(form) == 1:  # "cba", "appdev": one word that names the offer whole
                (word,) = form
                if word not in _MEANINGFUL and i not in by_joined.get(word, []):
                    by_joined.setdefault(word, []).append(i)
            elif not any(w in _MEANINGFUL for w in form):
                by_joined.setdefault("".join(sorted(form, key=list(form).index)), [])
    by_joined = {k: v for k, v in by_joined.items() if v}
    by_short: dict[str, list[int]] = {}
    for i, offer in enumerate(offers):
        ordered = _distinctive(offer.name)
        letters = "".join(w[0] for w in ordered) if len(ordered) == 2 else ""
        if letters and not offer.acronym:
            by_short.setdefault(letters, []).append(i)
    all_offer_words = frozenset().union(*(o.words for o in offers)) if offers else frozenset()
    form_words = (
        frozenset().union(*(f for o in offers for f in o.forms if len(f) > 1)) if offers else frozenset()
    )
    words_all = all_offer_words | form_words
    tracked = {_known_competencies().get(rules.loose_key(name)) for name in offer_names}
    untracked = tuple(
        (name_words, competency.name)
        for competency in rules.COMPETENCIES_2021
        if competency not in tracked
        for form in (competency.name, *competency.aliases)
        if len(name_words := tuple(split_words(clean_text(form)))) > 1
    )
    untracked_single = {
        name_words[0]: competency.name
        for competency in rules.COMPETENCIES_2021
        if competency not in tracked
        for form in (competency.name, *competency.aliases)
        if len(name_words := tuple(split_words(clean_text(form)))) == 1 and name_words[0] not in words_all
    }
    return _OfferIndex(
        offers=tuple(offers),
        words=words_all,
        by_joined={k: tuple(v) for k, v in by_joined.items()},
        by_acronym={k: tuple(v) for k, v in by_acronym.items()},
        sorted_words=tuple(sorted(words_all)),
        by_short_acronym={k: tuple(v) for k, v in by_short.items()},
        untracked=untracked,
        untracked_firsts=frozenset(name_words[0] for name_words, _ in untracked),
        untracked_single=untracked_single,
        by_word=_offers_by_word(offers),
    )


def _offers_by_word(offers: Sequence[_Offer]) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for i, offer in enumerate(offers):
        for word in offer.words.union(*offer.forms) if offer.forms else offer.words:
            found.setdefault(word, []).append(i)
    return {word: tuple(ids) for word, ids in found.items()}


def untracked_competency(words: Sequence[str], index: _OfferIndex) -> str | None:
    """ "When does the Gold Windows and Devices competency need renewing" in a workspace that does not track
    Windows and Devices: the question is about a 2021 competency of ours that is not here, and one of its
    words ("windows") must not make it a question about a tracked offer that shares the word. A name of one
    word ("Datacenter", "DevOps", "Messaging") is as often a word of something else ("messaging in Teams"),
    so it counts only next to the programme's word for its kind or level ("our Datacenter competency", "the
    Gold Messaging competency"). The competency's name, or ``None``."""
    firsts = index.untracked_firsts
    several = next(
        (
            name
            for p, word in enumerate(words)
            if word in firsts
            for name_words, name in index.untracked
            if tuple(words[p : p + len(name_words)]) == name_words
        ),
        None,
    )
    if several is not None or not index.untracked_single:
        return several
    return next(
        (
            index.untracked_single[word]
            for p, word in enumerate(words)
            if word in index.untracked_single
            and any(0 <= q < len(words) and words[q] in _NAME_NEIGHBOURS for q in (p - 1, p + 1))
        ),
        None,
    )


# The programme's words for an offer's kind and level, next to a one-word competency name.
_NAME_NEIGHBOURS: Final = word_set(
    """
    competency competencies competence competentie competenties specialization specialisation specialisatie
    gold silver goud zilver golden gouden zilveren
    """
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
    guessed: bool = False  # read as an offer word by a typo, a stem or a short form: say so in the reply


def read_word(word: str, index: _OfferIndex) -> Token:
    """Read a word exactly if possible, else as its nearest keyword or offer word (ties go to keywords).

    Keywords win ties because a misread intent word ("date" read as the offer "Data") would answer
    about an offer the user never named.
    """
    token = index.cache.get(word)
    if token is None:
        token = _read_word(word, index)
        if len(index.cache) < 4096:
            index.cache[word] = token
    return token


def _read_word(word: str, index: _OfferIndex) -> Token:
    if word in index.by_joined or word in index.by_acronym:
        whole = index.by_joined.get(word, ()) + index.by_acronym.get(word, ())
        return Token(word, word, False, whole_offers=whole)
    meaningful = word in _MEANINGFUL
    if meaningful or word in index.words:
        return Token(word, word, meaningful, frozenset({word}) if word in index.words else frozenset())
    forms = index.words.intersection(WORD_FORMS.get(word, ()))
    if forms:
        return Token(word, word, False, frozenset(forms))
    if word in KNOWN_WORDS or len(word) < MIN_FUZZY_LENGTH or word.isdigit():
        return Token(word, word, False)
    stems = _stem_of(word, index)
    if stems:
        return Token(word, word, False, frozenset(stems), guessed=True)
    base = base_form(word)
    if base is not None:
        return Token(word, base, True)
    short = abbreviated_keyword(word) if not is_real_word(word) else None
    if short is not None:
        return Token(word, short, True)  # "anniv", "reqs", "reqts": the start of one word of ours
    keyword_score, keyword = nearest_keyword(word)
    if is_real_word(word) and not (keyword and _same_stem(word, keyword)):
        # a real word is no typo ("keurt" is not "beurt", "leeft" not "left") but may be another form of a
        # keyword ("require" of "requirement", "pauze" of "pauzeren") or start an offer word ("analytic")
        prefixed = _offer_prefixes(word, index)
        return (
            Token(word, word, False, frozenset(prefixed), guessed=True)
            if prefixed
            else Token(word, word, False)
        )
    offer_score, offer_words = _offer_typo(word, index)
    if keyword is not None and keyword_score >= offer_score:
        return Token(word, keyword, True)
    if offer_words:
        return Token(word, word, False, frozenset(offer_words), guessed=True)
    return Token(word, word, False)


def _stem_of(word: str, index: _OfferIndex) -> tuple[str, ...]:
    """Offer words ``word`` shares a stem with ("developer" -> "development", "migratie" -> "migration")."""
    if len(word) < _STEM_MIN or word in _NOT_STEMS:
        return ()
    head = word[:_STEM_MIN]
    found = []
    for known in index.sorted_words:
        if len(known) < _STEM_MIN or not known.startswith(head):
            continue
        shared = len(os.path.commonprefix((word, known)))
        if shared >= max(_STEM_MIN, min(len(word), len(known)) - 2):
            found.append(known)
    return tuple(found)


def _same_stem(word: str, keyword: str) -> bool:
    """Two forms of one word: all but the last letter of the shorter one start the other."""
    shared = len(os.path.commonprefix((word, keyword)))
    return shared >= max(MIN_FUZZY_LENGTH, min(len(word), len(keyword)) - 1)


def _offer_prefixes(word: str, index: _OfferIndex) -> tuple[str, ...]:
    """Offer words ``word`` is the start of ("kube", "analytic")."""
    return tuple(w for w in index.sorted_words if len(w) > len(word) and w.startswith(word))


def _offer_typo(word: str, index: _OfferIndex) -> tuple[float, tuple[str, ...]]:
    """Offer words ``word`` is a typo ("platfrom") or a start ("kube", "analytic") of."""
    prefixed = _offer_prefixes(word, index)
    if prefixed:
        return 1.0, prefixed
    score, found = _nearest(word, index.sorted_words)
    return score, found


# --- step 3: which offer -----------------------------------------------------------------------------


def match_offers(readings: Sequence[Token], index: _OfferIndex) -> tuple[list[_Offer], set[int]]:
    """The offers the message names, and the positions of the words that name them.

    An offer is *named in full* when every word that identifies it is there ("cloud platform"), or every
    word of one of its other names ("cloud business apps"), and *partly* otherwise ("kubernetes", "the
    azure one"). Full names win over partial ones; among full names, one whose words are all inside
    another's is dropped ("security" inside "cloud security"). Among partial ones, the most words matched
    win. Anything left with more than one offer is ambiguous. With no name at all, a level ("the gold one")
    or the kind ("the specialization") names the one offer that has it.

    A word that means something of its own here (a keyword such as "renewal", or an everyday word of
    ``_WEAK_OFFER_WORDS`` such as "change") counts towards an offer only when the offer is named in full
    or next to another word of the same offer ("low code", "open source"), so that intent words and
    everyday words never pick an offer by themselves.
    """
    full: list[tuple[int, set[int]]] = []
    partial: list[tuple[int, int, set[int]]] = []
    # where each offer word and each whole offer is named: one pass over the message, not one per offer
    at: dict[str, set[int]] = {}
    whole_at: dict[int, set[int]] = {}
    for p, r in enumerate(readings):
        for word in r.offer_words:
            at.setdefault(word, set()).add(p)
        for i in r.whole_offers:
            whole_at.setdefault(i, set()).add(p)
    if not at and not whole_at:
        return _by_level_or_kind(readings, index)
    named = set(whole_at).union(*(index.by_word.get(word, ()) for word in at))
    for i in sorted(named):  # the offers with a word in the message, in index order as before
        offer = index.offers[i]
        every = offer.words.union(*offer.forms) if offer.forms else offer.words
        positions = set(whole_at.get(i, ()))
        for word in every:
            positions |= at.get(word, set())
        if not positions:
            continue
        covered = set().union(*(readings[p].offer_words for p in positions))
        if (
            offer.words <= covered
            or any(form <= covered for form in offer.forms)
            or any(i in readings[p].whole_offers for p in positions)
        ):
            full.append((i, positions))
            continue
        free = {p for p in positions if not readings[p].meaningful or {p - 1, p + 1} & positions}
        score = len(set().union(*(readings[p].offer_words & every for p in free))) if free else 0
        if score:
            partial.append((i, score, free))
    if full:
        kept = [(i, ps) for i, ps in full if not any(ps < other for _, other in full)]
        return [index.offers[i] for i, _ in kept], set().union(*(ps for _, ps in kept))
    if partial:
        best = max(score for _, score, _ in partial)
        kept_partial = [(i, ps) for i, score, ps in partial if score == best]
        return [index.offers[i] for i, _ in kept_partial], set().union(*(ps for _, ps in kept_partial))
    return _by_level_or_kind(readings, index)


def _by_level_or_kind(readings: Sequence[Token], index: _OfferIndex) -> tuple[list[_Offer], set[int]]:
    """ "the gold one" with one Gold offer, "the specialisation" with one advanced specialization."""
    for p, r in enumerate(readings):
        level = LEVEL_WORDS.get(r.word)
        if level:
            hits = [o for o in index.offers if o.level == level]
            if len(hits) == 1:
                return hits, {p}
        if r.word in _KIND_WORDS:
            hits = [o for o in index.offers if o.specialization]
            if len(hits) == 1:
                return hits, {p}
    return [], set()


def guessed_offer(readings: Sequence[Token], positions: set[int]) -> bool:
    """Whether the offer was found through a typo, a stem or a level rather than typed: the reply then
    says what it understood."""
    return any(
        readings[p].guessed or readings[p].word in LEVEL_WORDS or readings[p].word in _KIND_WORDS
        for p in positions
    )


def close_offers(readings: Sequence[Token], index: _OfferIndex, chosen: tuple[str, ...]) -> tuple[str, ...]:
    """Other offers a guessed word may also have meant (sharing a word with it, or a near spelling), at
    most three, for "or did you mean ...?"."""
    words = frozenset().union(*(r.offer_words for r in readings if r.guessed))
    typed = [r.word for r in readings if r.guessed]
    found = []
    for offer in index.offers:
        if offer.name in chosen:
            continue
        if offer.words & words or any(_nearest(w, tuple(offer.words))[0] for w in typed):
            found.append(offer.name)
    return tuple(found[:3])


_CAPITALS: Final = re.compile(r"(?<![^\W\d_])[A-Z]{2}(?![^\W\d_])")


def capital_acronyms(text: str, words: Sequence[str], index: _OfferIndex) -> dict[int, Token]:
    """Two-letter offer acronyms typed in capitals ("renewed DA today", "CP due?"): the positions of
    ``words`` they stand at, read as the offer. Lower case ("da", "cp") is too often something else
    (Flemish "da", a copy command), and in a message typed all in capitals every short word is."""
    if not index.by_short_acronym:
        return {}
    letters = sum(map(str.isalpha, text))
    if not letters or sum(map(str.isupper, text)) * 2 > letters:
        return {}
    typed = {m.lower() for m in _CAPITALS.findall(text)}
    return {
        p: Token(w, w, False, whole_offers=index.by_short_acronym[w])
        for p, w in enumerate(words)
        if w in typed and w in index.by_short_acronym
    }
