"""Reading a direct message to mpn-bot: which question it asks, about which offer, in which language.

Partner admins type questions, not commands: "wanneer verlies ik mijn voordelen?", "when's the azure one
due", "status pls". ``understand`` maps such a message to one ``Intent``, at most one of the workspace's
offers and the language it is written in, with the standard library only:

1. Normalise (``_clean``): Slack markup (mentions, links, emoji, bold) and escaping go, accents and case
   are folded, contractions are expanded ("don't" -> "do not", "m'n" -> "mijn"). Only the first
   ``MAX_CHARS`` characters are read: no question to this bot is longer, and the work stays bounded.
2. Read every word as a known word (``_read``): a keyword, a filler word or a word of one of the offers,
   exactly or, for an unknown word, the nearest one by ``difflib`` (typos: "wehn", "benifits").
3. Find the offer the message names (``_match_offers``).
4. Collect concepts (WHEN, LOSE, BENEFITS, ...) from the other words and from short phrases.
5. The first rule in ``RULES`` that applies decides the intent: the precedence is that list, in order.

Why keywords and ordered rules rather than a classifier: the questions are few and short, a wrong answer
about a deadline costs a competency, and a table of words plus a list of rules can be read, argued about
and fixed by the next engineer. tests/test_intents.py holds the phrasings every rule has to handle.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final, Literal

from bot.language.i18n import Lang, detect_language

# --- the public API ------------------------------------------------------------------------------------


class Intent(StrEnum):
    """What a direct message asks. The values are stable: they may be logged and counted."""

    LOSS_DATE = "loss_date"  # when do I lose benefits? / wanneer verlies ik mijn voordelen?
    DUE_DATE = "due_date"  # when is X due / when must I renew X / anniversary / wanneer moet ik X verlengen
    GRACE = "grace"  # am I in the grace window? how many days left? / zit ik in de verlengingsperiode?
    CONSEQUENCES = "consequences"  # what happens if I don't renew? / wat gebeurt er als ik niet verleng?
    EXTENSION = "extension"  # COVID-19 extension, am I eligible / kom ik in aanmerking voor uitstel
    HOW_TO_RENEW = "how_to_renew"  # how do I renew? where in Partner Center? / hoe verleng ik?
    STATUS = "status"  # status / overview / what's the state of my competencies / overzicht
    HELP = "help"  # help / what can you do / hulp / wat kun je
    GREETING = "greeting"  # hi / hello / hoi / goedemorgen
    THANKS = "thanks"  # thanks / bedankt / dank je
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Understood:
    """What ``understand`` made of one message.

    ``offer`` is one of the ``offer_names`` passed in, character for character, so the caller can look
    it up without normalising again. When the message points at several offers equally ("the cloud one"
    with two cloud offers), ``offer`` is ``None`` and ``ambiguous_offers`` lists them in the caller's
    order, so the bot can ask which one rather than guess. ``lang`` is ``None`` when the words do not
    say ("status", "help", a bare offer name): the caller then falls back to the user's locale.
    """

    intent: Intent
    offer: str | None
    lang: Literal["en", "nl"] | None
    ambiguous_offers: tuple[str, ...] = ()


# Only this much of a message is read. Real questions are under 150 characters; a pasted log or a
# 10,000-character message must not cost more than a short one, and nothing useful hides at its end.
MAX_CHARS: Final = 500
# 500 characters hold at most 250 words; 100 is far more than any question and bounds the fuzzy matching.
MAX_WORDS: Final = 100

# Typo tolerance. difflib's ratio is 2*M/T (M matching characters, T both lengths together): one wrong,
# missing or extra letter gives 0.80 in a 5-letter word, 0.875 in an 8-letter one ("benifits",
# "platfrom"), 0.95 in "voordeelen". 0.8 therefore allows about one slip per five letters. One
# substitution in a 4-letter word (0.75) is refused, because there it usually makes another real word
# (cost/lost, then/when, that/what, held/help); two swapped letters keep all the letters ("wehn"), so
# that case alone is accepted at 0.75. Words shorter than 4 letters are only taken exactly.
FUZZY_CUTOFF: Final = 0.8
SWAP_CUTOFF: Final = 0.75
MIN_FUZZY_LENGTH: Final = 4


def understand(text: str, offer_names: Sequence[str]) -> Understood:
    """Read one direct message: the intent, the offer it names (one of ``offer_names``) and its language.

    Never raises for any string: empty, huge, emoji-only or control-character input is ``UNKNOWN``.
    The rules and their order are in ``RULES``; the module docstring describes the steps.
    """
    words = _words(_clean(text))
    index = _offer_index(tuple(offer_names))
    readings = [_read(word, index) for word in words]
    named, offer_positions = _match_offers(readings, index)
    reading = _concepts(readings, offer_positions, offer_named=bool(named))
    intent = next((rule.intent for rule in RULES if rule.applies(reading)), Intent.UNKNOWN)
    names = tuple(offer.name for offer in named)
    return Understood(
        intent=intent,
        offer=names[0] if len(names) == 1 else None,
        lang=_language(readings, offer_positions),
        ambiguous_offers=names if len(names) > 1 else (),
    )


# --- step 1: normalising Slack text ------------------------------------------------------------------

_SLACK_LABELLED_LINK: Final = re.compile(r"<(?:https?|mailto|tel|ftp)[^|>]*\|([^>]*)>", re.IGNORECASE)
_SLACK_ANGLE: Final = re.compile(r"<[^>]*>")  # mentions, channels, <!here>, unlabelled links
_SLACK_CUT_ANGLE: Final = re.compile(r"<[^>]*$")  # a token cut in two by MAX_CHARS
_BARE_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMOJI: Final = re.compile(r":[a-z0-9_+'\-]+:", re.IGNORECASE)  # :smile:, :+1::skin-tone-2:
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_CONTRACTIONS: Final = (
    (re.compile(r"\bm'n\b"), "mijn"),
    (re.compile(r"\bz'n\b"), "zijn"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"(?<!\w)'t\b"), "het"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'d\b"), " would"),
    (re.compile(r"'s\b"), " is"),
)
# The same contractions typed without the apostrophe, as people do in chat.
_BARE_CONTRACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    "shouldnt": ("should", "not"),
    "wouldnt": ("would", "not"),
    "whats": ("what", "is"),
    "whens": ("when", "is"),
    "hows": ("how", "is"),
    "wheres": ("where", "is"),
    "im": ("i", "am"),
    "ive": ("i", "have"),
}
# Dutch glues nouns together ("Security-competentie" is split by its hyphen, "securitycompetentie" is
# not): an unknown word ending in one of these is read as two words.
_COMPOUND_TAILS: Final = (
    "competenties",
    "competentie",
    "specialisaties",
    "specialisatie",
    "verlenging",
    "verlengen",
    "voordelen",
    "datum",
    "periode",
    "termijn",
)
_WORD: Final = re.compile(r"[^\W_]+")


def _clean(text: str) -> str:
    """Slack's text as a person reads it, folded to lower case without accents.

    Order matters: Slack's own ``<...>`` tokens are read before the ``&lt;``/``&gt;`` the user typed are
    unescaped (so a typed "<!channel>" stays text), and ``&amp;`` is unescaped last so "&amp;lt;" stays
    "&lt;". Labelled links keep their label ("<https://…|Partner Center>" is the words the user saw).
    """
    text = text[:MAX_CHARS]
    text = _SLACK_LABELLED_LINK.sub(r" \1 ", text)
    text = _SLACK_ANGLE.sub(" ", text)
    text = _SLACK_CUT_ANGLE.sub(" ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _BARE_URL.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    text = text.translate(_APOSTROPHES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def _words(clean: str) -> list[str]:
    """The words of a cleaned message, contractions and Dutch compounds split, at most ``MAX_WORDS``."""
    words: list[str] = []
    for word in _WORD.findall(clean):
        if word in _BARE_CONTRACTIONS:
            words.extend(_BARE_CONTRACTIONS[word])
        else:
            words.extend(_split_compound(word))
        if len(words) >= MAX_WORDS:
            break
    return words[:MAX_WORDS]


def _split_compound(word: str) -> tuple[str, ...]:
    """ "securitycompetentie" -> ("security", "competentie"); known words are left whole."""
    if word in _KNOWN:
        return (word,)
    for tail in _COMPOUND_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return (word[: -len(tail)], tail)
    return (word,)


# --- the vocabulary ----------------------------------------------------------------------------------


class Concept(StrEnum):
    """Concepts: what a word or phrase contributes to a question, independent of its language."""

    WHEN = "when"
    DATE = "date"
    DUE = "due"
    NEXT = "next"
    LOSE = "lose"
    BENEFITS = "benefits"
    OBJECT = "object"  # what can be lost besides benefits: "it", "them", "anything"
    RENEW = "renew"  # any form: "renew", "renewal", "verlengen", "verlenging"
    RENEW_VERB = "renew_verb"  # the verb only: "renew security" asks how, "security renewal" asks when
    RENEWED = "renewed"
    EXTENSION = "extension"
    ELIGIBLE = "eligible"
    GRACE = "grace"
    LAST = "last"  # the last day to renew: "latest", "uiterlijk", "until when"
    HOW_MANY = "how_many"
    HOW_LONG = "how_long"
    DAYS = "days"
    LEFT = "left"
    HAPPEN = "happen"
    WHAT_IF = "what_if"
    IF = "if"
    NOT = "not"
    MISS = "miss"
    HOW = "how"
    WHERE = "where"
    PARTNER_CENTER = "partner_center"
    STEPS = "steps"
    CAN = "can"
    WANT = "want"
    MUST = "must"
    HELP = "help"
    STATUS = "status"
    COLLECTION = "collection"  # plural "competencies", "offers": a question about all of them
    COMPETENCY = "competency"  # generic "competency", "gold": never names one offer
    GREETING = "greeting"
    THANKS = "thanks"


def _word_set(words: str) -> frozenset[str]:
    """A word list kept as prose-like lines (as in ``bot.language.i18n``), so it reads and diffs like vocabulary."""
    return frozenset(words.split())


@dataclass(frozen=True)
class _Words:
    """One concept's words, by language; ``both`` are used by English and Dutch speakers alike."""

    en: str = ""
    nl: str = ""
    both: str = ""


# Single words. Inflections are listed rather than stemmed: a list shows exactly what is understood.
# Typos of these words are found by difflib; they need no entry.
_VOCABULARY: Final[dict[Concept, _Words]] = {
    Concept.WHEN: _Words(en="when whenever", nl="wanneer"),
    Concept.DATE: _Words(en="date dates day", nl="datum dag"),
    Concept.DUE: _Words(
        en="due anniversary anniversaries",
        nl="jubileum jubileumdatum jubileumdatums vervaldatum vervaldag verlengdatum verlengingsdatum "
        "vernieuwingsdatum",
        both="deadline deadlines",
    ),
    Concept.NEXT: _Words(en="next upcoming", nl="volgende eerstvolgende aankomende komende"),
    Concept.LOSE: _Words(
        en="lose loose losing lost loses expire expires expired expiring expiry expiration lapse lapses "
        "lapsed lapsing forfeit",
        nl="verlies verliest verliezen verloren kwijt kwijtraken verloopt verlopen vervalt vervallen "
        "verloopdatum",
    ),
    Concept.BENEFITS: _Words(en="benefits benefit perks", nl="voordelen voordeel"),
    Concept.OBJECT: _Words(en="it them anything everything something", nl="ze iets alles niveau"),
    Concept.RENEW: _Words(
        en="renew renews renewal renewals renewing",
        nl="verleng verlengt verlengen verlenging verlengingen vernieuw vernieuwt vernieuwen vernieuwing "
        "vernieuwingen hernieuwen",
    ),
    Concept.RENEW_VERB: _Words(
        en="renew renews renewing",
        nl="verleng verlengt verlengen vernieuw vernieuwt vernieuwen hernieuwen",
    ),
    Concept.RENEWED: _Words(en="renewed", nl="verlengd vernieuwd hernieuwd"),
    Concept.EXTENSION: _Words(
        en="extension extensions extend extended exemption pandemic postpone postponed postponement delay "
        "delays delayed",
        nl="uitstel uitstellen uitbreiding extensie vrijstelling uitzondering pandemie",
        both="covid covid19 corona coronavirus",
    ),
    Concept.ELIGIBLE: _Words(
        en="eligible eligibility qualify qualifies entitled applies applicable",
        nl="aanmerking geldt gelden toepassing",
    ),
    Concept.GRACE: _Words(
        en="grace window period overdue late respite",
        nl="respijt respijtperiode gratieperiode verlengingsperiode verlengingsvenster "
        "vernieuwingsperiode venster periode termijn coulance",
    ),
    Concept.LAST: _Words(en="latest", nl="uiterlijk uiterste"),
    Concept.HOW_MANY: _Words(nl="hoeveel"),
    Concept.HOW_LONG: _Words(nl="hoelang"),
    Concept.DAYS: _Words(en="days time weeks", nl="dagen tijd weken", both="week"),
    Concept.LEFT: _Words(en="left remaining remain remains still", nl="nog resterend resterende"),
    Concept.HAPPEN: _Words(
        en="happen happens happened consequence consequences",
        nl="gebeurt gebeuren gebeurd gevolg gevolgen consequentie consequenties",
    ),
    Concept.IF: _Words(en="if unless", nl="als indien tenzij"),
    Concept.NOT: _Words(en="not no never without", nl="niet geen nooit zonder"),
    Concept.MISS: _Words(
        en="miss misses missed forget forgets forgot forgotten fail fails failed",
        nl="mis mist missen gemist vergeet vergeten",
    ),
    Concept.HOW: _Words(en="how", nl="hoe"),
    Concept.WHERE: _Words(en="where page button", nl="waar pagina knop", both="link"),
    Concept.PARTNER_CENTER: _Words(en="partnercenter portal", nl="portaal", both="dashboard"),
    Concept.STEPS: _Words(
        en="steps step procedure process instructions guide walkthrough",
        nl="stappen stap procedure proces instructies doen",
    ),
    Concept.CAN: _Words(en="can could may possible", nl="kan kun kunt kunnen mag mogelijk"),
    Concept.WANT: _Words(en="want wants wanna like", nl="wil wilt willen"),
    Concept.MUST: _Words(en="must need needs should", nl="moet moeten hoef hoeven dien dienen"),
    Concept.HELP: _Words(
        en="commands command usage manual",
        nl="hulp helpen commando commandos uitleg handleiding",
        both="help",
    ),
    Concept.STATUS: _Words(
        en="overview summary state list", nl="overzicht samenvatting lijst", both="status stand"
    ),
    Concept.COLLECTION: _Words(
        en="competencies specializations specialisations offers",
        nl="competenties specialisaties aanbiedingen",
    ),
    Concept.COMPETENCY: _Words(
        en="competency competence specialization specialisation offer certification advanced",
        nl="competentie specialisatie aanbieding geavanceerde",
        both="gold silver mpn",
    ),
    Concept.GREETING: _Words(
        en="hi hello hiya howdy yo morning afternoon evening greetings",
        nl="hoi hallo hee goedemorgen goedemiddag goedenavond goeiemorgen goeiemiddag goedendag",
        both="hey",
    ),
    Concept.THANKS: _Words(
        en="thanks thank thx thnx tnx ty cheers appreciated",
        nl="bedankt dank dankje dankjewel dankuwel",
        both="merci",
    ),
}

# Phrases, longest first where they overlap. A phrase's words stop counting on their own: "how" in
# "how many days" is not the "how" of "how do I renew".
_PHRASES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = (
    ("what can you do", Concept.HELP, "en"),
    ("what do you do", Concept.HELP, "en"),
    ("how does this work", Concept.HELP, "en"),
    ("how does it work", Concept.HELP, "en"),
    ("how do you work", Concept.HELP, "en"),
    ("what can you", Concept.HELP, "en"),
    ("who are you", Concept.HELP, "en"),
    ("what are you", Concept.HELP, "en"),
    ("wat kun je", Concept.HELP, "nl"),
    ("wat kan je", Concept.HELP, "nl"),
    ("wat kun jij", Concept.HELP, "nl"),
    ("wat kan jij", Concept.HELP, "nl"),
    ("wat kunt u", Concept.HELP, "nl"),
    ("wat doe je", Concept.HELP, "nl"),
    ("wie ben je", Concept.HELP, "nl"),
    ("wie ben jij", Concept.HELP, "nl"),
    ("wat ben je", Concept.HELP, "nl"),
    ("hoe werkt dit", Concept.HELP, "nl"),
    ("hoe werkt het", Concept.HELP, "nl"),
    ("hoe werk je", Concept.HELP, "nl"),
    ("where do we stand", Concept.STATUS, "en"),
    ("how are we doing", Concept.STATUS, "en"),
    ("hoe staan", Concept.STATUS, "nl"),
    ("hoe staat", Concept.STATUS, "nl"),
    ("how many", Concept.HOW_MANY, "en"),
    ("how much", Concept.HOW_MANY, "en"),
    ("hoe veel", Concept.HOW_MANY, "nl"),
    ("how long", Concept.HOW_LONG, "en"),
    ("hoe lang", Concept.HOW_LONG, "nl"),
    ("what if", Concept.WHAT_IF, "en"),
    ("wat als", Concept.WHAT_IF, "nl"),
    ("wat nou als", Concept.WHAT_IF, "nl"),
    ("last day", Concept.LAST, "en"),
    ("final day", Concept.LAST, "en"),
    ("until when", Concept.LAST, "en"),
    ("laatste dag", Concept.LAST, "nl"),
    ("tot wanneer", Concept.LAST, "nl"),
    ("too late", Concept.GRACE, "en"),
    ("te laat", Concept.GRACE, "nl"),
    ("partner center", Concept.PARTNER_CENTER, None),
    ("partner centre", Concept.PARTNER_CENTER, "en"),
    ("membership offers", Concept.PARTNER_CENTER, "en"),
    ("to do", Concept.STEPS, "en"),
    ("have to", Concept.MUST, "en"),
    ("recht op", Concept.ELIGIBLE, "nl"),
    ("for your help", Concept.THANKS, "en"),  # "thanks for your help" is no request for help
    ("for the help", Concept.THANKS, "en"),
    ("for helping", Concept.THANKS, "en"),
    ("voor je hulp", Concept.THANKS, "nl"),
    ("voor jouw hulp", Concept.THANKS, "nl"),
    ("voor uw hulp", Concept.THANKS, "nl"),
    ("voor de hulp", Concept.THANKS, "nl"),
    ("good morning", Concept.GREETING, "en"),
    ("good afternoon", Concept.GREETING, "en"),
    ("good evening", Concept.GREETING, "en"),
    ("goede morgen", Concept.GREETING, "nl"),
    ("goeie morgen", Concept.GREETING, "nl"),
)

# Words that carry no question of their own. They let "and the azure one?" or "hoe zit het met
# security?" count as naming an offer and nothing else, and some of them tell the language.
_FILLER: Final = _Words(
    en="the a an my our your one ones about and also then what which are was be its for to on "
    "with please pls plz info i you me us do does did so now just there any am will would shall",
    nl="de het een mijn onze ons jouw uw je jij u ik wij die dat over en ook dan wat welke zijn zit "
    "zitten staat met voor van op aan graag aub alsjeblieft alstublieft svp er nu even eens",
    both="we in is of",
)

# Real words that are near a keyword but mean something else. They are taken as they are and never
# "corrected": "think" is not a typo of "thank", "close" not of "lose", "misschien" not of "missen".
# Found by running every word of an English and a Dutch dictionary (Debian's wamerican and wdutch)
# through the typo matching and keeping the ones a partner admin might write; a test checks that each
# one would otherwise be misread, so the list holds nothing that is not needed.
_COMMON: Final = _word_set(
    """
    think thinks things close closed closes closer closest closet closing than they this these their
    here were posted hold hell later latter lately states estate start starts started least less
    loss done other helper data dealing test windows wide update updates times timer nothing likely
    alike unlike listen indeed news newer every ever note hope home show weekend till stops main
    remind reminds retain regain issues issued messed port press prices offered file files filed
    filled fills falls false family fairly films allow calls sales almost lowest look looks loops
    shell rates decline advance agent passing quality settled expense express exiting tend apple
    apples lasted lasting locate relate stage gotten wonder cold ninety waits moment mails mailed
    sites ties green annual theme skill pros although completely progress exception exceptions
    expensive extensive reviewed reviewing introduction meetings handling headline headlines
    notification verification registered reserved training liability earliest override cloud

    altijd alle allen dienst dingen geld geven gezien gevoel heel hele heen heer hoge hoek ooit
    onder kans kant kennen komen laten laatst lasten links losse lossen oplossing meteen meten
    moeite overleg overige reeds rente stad staan starten stil stijl vallen velen verkoop verkopen
    verkoopt versies verzend vinden voelen volgen volgens waarom waarde waarin waarop waarna thans
    misschien momenten rekening levering oefening vereniging verenigingen vereisten vereist
    overleggen overlegt gevallen uitstekend instellen instelling uitvoering bijzonder benieuwd
    aanmelding verleden verlenen verleent verlangen verlaten vervanging voldoende voorbeeld
    voorstellen registreren beurt beurten weten werken zwaar lijkt lijken stond
    """
)


def _by_language(words: _Words) -> tuple[tuple[Lang | None, str], ...]:
    return (("en", words.en), ("nl", words.nl), (None, words.both))


def _vocabulary_tables() -> tuple[dict[str, frozenset[Concept]], dict[str, Lang | None]]:
    concepts: dict[str, set[Concept]] = {}
    languages: dict[str, Lang | None] = {}

    def tag(word: str, lang: Lang | None) -> None:
        if word in languages and languages[word] != lang:
            languages[word] = None
        else:
            languages[word] = lang

    for concept, words in _VOCABULARY.items():
        for lang, text in _by_language(words):
            for word in text.split():
                concepts.setdefault(word, set()).add(concept)
                tag(word, lang)
    for phrase, _, lang in _PHRASES:
        for word in phrase.split():
            if word not in concepts:
                tag(word, lang)
    for lang, text in _by_language(_FILLER):
        for word in text.split():
            if word not in concepts:
                tag(word, lang)
    return {word: frozenset(cs) for word, cs in concepts.items()}, languages


_WORD_CONCEPTS, _WORD_LANGUAGE = _vocabulary_tables()
_FILLER_WORDS: Final = frozenset(f"{_FILLER.en} {_FILLER.nl} {_FILLER.both}".split())
_PHRASE_TABLE: Final = tuple(
    sorted(((tuple(p.split()), c) for p, c, _ in _PHRASES), key=lambda item: -len(item[0]))
)
# Every word with a meaning here: a typo is corrected towards one of these...
_TARGETS: Final = tuple(sorted(set(_WORD_LANGUAGE) | set(_WORD_CONCEPTS)))
# Words of real offer names that are also everyday words ("can I change the date", "when does the window
# open", "partner center"): they name an offer together with its other words ("Adoption and Change
# Management", "Data Center") but never alone, like keywords.
_WEAK_OFFER_WORDS: Final = _word_set(
    """
    open source change access low code content information service services solution solutions
    management development modern small work project web
    """
)
# A word with a meaning of its own here: it names an offer only as part of the offer's full name.
_MEANINGFUL: Final = frozenset(_TARGETS) | _WEAK_OFFER_WORDS
# ...and a word that is one of these (or of the offers) is never corrected.
_KNOWN: Final = _MEANINGFUL | _COMMON


def _typo_score(word: str, known: str) -> float:
    """How surely ``word`` is a typo of ``known`` (0 when not); see ``FUZZY_CUTOFF``."""
    ratio = difflib.SequenceMatcher(None, word, known, autojunk=False).ratio()
    if ratio >= FUZZY_CUTOFF:
        return ratio
    if ratio >= SWAP_CUTOFF and len(word) == len(known) and sorted(word) == sorted(known):
        return ratio
    return 0.0


def _nearest(word: str, candidates: Sequence[str]) -> tuple[float, tuple[str, ...]]:
    """The best typo score of ``word`` against ``candidates``, and every candidate that reaches it."""
    best, found = 0.0, ()
    for candidate in difflib.get_close_matches(word, candidates, n=5, cutoff=SWAP_CUTOFF):
        score = _typo_score(word, candidate)
        if score > best:
            best, found = score, (candidate,)
        elif score == best and score > 0:
            found = (*found, candidate)
    return best, found


@lru_cache(maxsize=16384)
def _nearest_keyword(word: str) -> tuple[float, str | None]:
    score, found = _nearest(word, _TARGETS)
    return (score, found[0]) if found else (0.0, None)


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
def _offer_index(offer_names: tuple[str, ...]) -> _OfferIndex:
    offers: list[_Offer] = []
    seen: set[str] = set()
    for name in offer_names:
        if name in seen:
            continue
        seen.add(name)
        all_words = [w for w in _words(_clean(name)) if w]
        words = [w for w in all_words if w not in _NOT_DISTINCTIVE] or all_words
        if not words:
            continue
        acronym = "".join(w[0] for w in words)
        offers.append(
            _Offer(
                name=name,
                words=frozenset(words),
                joined="".join(words) if len(words) > 1 else "",
                acronym=acronym if len(acronym) >= _ACRONYM_MIN and acronym not in _KNOWN else "",
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
class _Token:
    """One word of the message as understood."""

    word: str  # the word as typed (folded)
    known: str  # the keyword it was read as (itself when exact or unknown)
    meaningful: bool  # ``known`` means something of its own (``_MEANINGFUL``): it names no offer alone
    offer_words: frozenset[str] = frozenset()  # offer words it stands for
    whole_offers: tuple[int, ...] = ()  # offers it names on its own ("cloudplatform", "cba")


def _read(word: str, index: _OfferIndex) -> _Token:
    """Read a word exactly if possible, else as its nearest keyword or offer word (ties go to keywords).

    Keywords win ties because a misread intent word ("date" read as the offer "Data") would answer
    about an offer the user never named.
    """
    if word in index.by_joined or word in index.by_acronym:
        whole = index.by_joined.get(word, ()) + index.by_acronym.get(word, ())
        return _Token(word, word, False, whole_offers=whole)
    meaningful = word in _MEANINGFUL
    if meaningful or word in index.words:
        offer_words = frozenset({word}) if word in index.words else frozenset()
        return _Token(word, word, meaningful, offer_words)
    if word in _KNOWN or len(word) < MIN_FUZZY_LENGTH or word.isdigit():
        return _Token(word, word, False)
    keyword_score, keyword = _nearest_keyword(word)
    offer_score, offer_words = _offer_typo(word, index)
    if keyword is not None and keyword_score >= offer_score:
        return _Token(word, keyword, True)
    if offer_words:
        return _Token(word, word, False, frozenset(offer_words))
    return _Token(word, word, False)


def _offer_typo(word: str, index: _OfferIndex) -> tuple[float, tuple[str, ...]]:
    """Offer words ``word`` is a typo ("platfrom") or a start ("kube", "analytic") of."""
    prefixed = tuple(w for w in index.sorted_words if len(w) > len(word) and w.startswith(word))
    if prefixed:
        return 1.0, prefixed
    score, found = _nearest(word, index.sorted_words)
    return score, found


# --- step 3: which offer -----------------------------------------------------------------------------


def _match_offers(readings: Sequence[_Token], index: _OfferIndex) -> tuple[list[_Offer], set[int]]:
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


# --- step 4: concepts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """The concepts of a message: all that the rules in ``RULES`` look at."""

    concepts: frozenset[Concept]
    offer_named: bool  # one or several offers were named
    other_words: bool  # words that are no keyword, filler or offer word ("yesterday", "lunch")

    def any(self, *concepts: Concept) -> bool:
        """At least one of ``concepts`` is in the message."""
        return any(c in self.concepts for c in concepts)

    def only(self, allowed: Iterable[Concept]) -> bool:
        """Nothing but ``allowed`` concepts, filler and offer names."""
        return not self.other_words and self.concepts <= frozenset(allowed)


def _concepts(readings: Sequence[_Token], offer_positions: set[int], *, offer_named: bool) -> Reading:
    """Concepts from phrases and single words, leaving out the words that named an offer."""
    words = [(p, r.known) for p, r in enumerate(readings) if p not in offer_positions]
    concepts: set[Concept] = set()
    other = False
    i = 0
    while i < len(words):
        for phrase, concept in _PHRASE_TABLE:
            end = i + len(phrase)
            # a phrase counts only when its words were next to each other in the message
            if (
                end <= len(words)
                and tuple(w for _, w in words[i:end]) == phrase
                and words[end - 1][0] - words[i][0] == len(phrase) - 1
            ):
                concepts.add(concept)
                i = end
                break
        else:
            word = words[i][1]
            if word in _WORD_CONCEPTS:
                concepts |= _WORD_CONCEPTS[word]
            elif word not in _FILLER_WORDS and len(word) > 1 and not word.isdigit():
                other = True
            i += 1
    return Reading(frozenset(concepts), offer_named, other)


# --- step 5: the rules, in order of precedence ---------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One line of the precedence list: when ``applies``, the message is ``intent``."""

    intent: Intent
    why: str
    applies: Callable[[Reading], bool]


C = Concept  # the rules below read better with a short name
_BARE_OFFER: Final = (C.GREETING, C.COMPETENCY, C.HOW, C.OBJECT)
_ONLY_RENEWING: Final = (
    C.RENEW, C.RENEW_VERB, C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER, C.CAN, C.WANT, C.HELP,
    C.COMPETENCY, C.GREETING, C.OBJECT,
)  # fmt: skip

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        Intent.EXTENSION,
        "the COVID-19 extension or eligibility is named: nothing else answers it",
        lambda r: r.any(C.EXTENSION, C.ELIGIBLE),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'what happens', 'what if', 'gevolgen': asks for consequences even when it names loss or renewal",
        lambda r: r.any(C.HAPPEN, C.WHAT_IF),
    ),
    Rule(
        Intent.LOSS_DATE,
        "asks when or what day something is lost ('when do I lose benefits', 'wanneer vervalt X')",
        lambda r: r.any(C.LOSE) and r.any(C.WHEN, C.DATE),
    ),
    Rule(
        Intent.HOW_TO_RENEW,
        "'how', 'where', steps or Partner Center together with renewing, not asking when",
        lambda r: r.any(C.RENEW) and r.any(C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER) and not r.any(C.WHEN),
    ),
    Rule(
        Intent.GRACE,
        "the grace window, the last day, a count of days left, or whether one can still renew",
        lambda r: (
            r.any(C.GRACE, C.LAST)
            or (r.any(C.RENEW) and r.any(C.CAN) and r.any(C.LEFT))
            or (r.any(C.HOW_MANY) and r.any(C.DAYS))
            or (r.any(C.DAYS) and r.any(C.LEFT))
            or (r.any(C.HOW_LONG) and not r.any(C.BENEFITS, C.LOSE))
        ),
    ),
    Rule(
        Intent.LOSS_DATE,
        "benefits, or losing a competency, an offer or 'it' ('do we still have benefits', 'lose gold?')",
        lambda r: (
            r.any(C.BENEFITS)
            or (r.any(C.LOSE) and (r.offer_named or r.any(C.COMPETENCY, C.COLLECTION, C.OBJECT)))
        ),
    ),
    Rule(
        Intent.STATUS,
        "'status', 'overview', 'overzicht', 'where do we stand'",
        lambda r: r.any(C.STATUS),
    ),
    Rule(
        Intent.HOW_TO_RENEW,
        "wanting or being able to renew without asking when, Partner Center questions, or 'renew X' alone",
        lambda r: (
            (r.any(C.RENEW) and r.any(C.CAN, C.WANT, C.HELP) and not r.any(C.WHEN, C.DATE, C.MUST))
            or (r.any(C.PARTNER_CENTER) and r.any(C.HOW, C.WHERE, C.STEPS, C.CAN, C.WANT))
            or (r.any(C.RENEW_VERB, C.PARTNER_CENTER, C.STEPS) and r.only(_ONLY_RENEWING))
        ),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'if we don't renew', 'if we miss it', 'we missed the deadline'",
        lambda r: (
            (r.any(C.IF) and r.any(C.NOT, C.MISS))
            or (r.any(C.MISS) and r.any(C.RENEW, C.DUE, C.DATE, C.GRACE, C.LAST))
        ),
    ),
    Rule(
        Intent.DUE_DATE,
        "due, anniversary, deadline, next renewal, or 'when' with renewing or an offer",
        lambda r: (
            r.any(C.DUE)
            or (r.any(C.NEXT) and (r.offer_named or r.any(C.RENEW, C.COMPETENCY, C.COLLECTION)))
            or (r.any(C.WHEN, C.DATE) and (r.offer_named or r.any(C.RENEW, C.RENEWED, C.COMPETENCY)))
            or (r.any(C.RENEW) and r.any(C.MUST))
        ),
    ),
    Rule(
        Intent.STATUS,
        "competencies in the plural, no offer named ('my competencies', 'which offers do we have')",
        lambda r: r.any(C.COLLECTION) and not r.offer_named,
    ),
    Rule(Intent.HELP, "'help', 'what can you do', 'wat kun je'", lambda r: r.any(C.HELP)),
    Rule(
        Intent.DUE_DATE,
        "an offer's name or 'renewal' and nothing else ('cloud platform?', 'security renewal'): its dates",
        lambda r: (r.offer_named or r.any(C.RENEW)) and r.only((*_BARE_OFFER, C.RENEW)),
    ),
    Rule(Intent.THANKS, "'thanks', 'bedankt' with no question", lambda r: r.any(C.THANKS)),
    Rule(Intent.GREETING, "'hi', 'hoi' with no question", lambda r: r.any(C.GREETING)),
)


# --- language ----------------------------------------------------------------------------------------


def _language(readings: Sequence[_Token], offer_positions: set[int]) -> Lang | None:
    """The message's language from its words as corrected, leaving out offer names.

    ``bot.language.i18n.detect_language`` decides first, so the bot's notion of language is one. Offer names are
    left out ("Kubernetes on Azure" would make any Dutch question English by one word), and corrected
    words are used ("wehn" counts as "when"). When it cannot tell, this module's own language tags on
    its keywords decide ("overzicht", "hoi", "pls"), by the same more-than-twice rule.
    """
    words = [r.known for p, r in enumerate(readings) if p not in offer_positions]
    detected = detect_language(" ".join(words))
    if detected is not None:
        return detected
    tally = Counter(_WORD_LANGUAGE.get(word) for word in words)
    if tally["nl"] > 2 * tally["en"]:
        return "nl"
    if tally["en"] > 2 * tally["nl"]:
        return "en"
    return None
