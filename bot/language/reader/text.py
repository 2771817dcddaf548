"""Step 1 of reading a DM: Slack text normalised to plain, folded words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from bot.language.reader.model import MAX_CHARS, MAX_WORDS
from bot.language.reader.vocabulary import (
    COMPOUND_HEADS,
    COURTESY_WORDS,
    FILLER_WORDS,
    KNOWN_WORDS,
    WORD_CONCEPTS,
    Concept,
    word_set,
)

# --- step 1: normalising Slack text ------------------------------------------------------------------

_SLACK_LABELLED_LINK: Final = re.compile(r"<(?:https?|mailto|tel|ftp)[^|>]*\|([^>]*)>", re.IGNORECASE)
_SLACK_CHANNEL: Final = re.compile(
    r"<#[A-Z0-9]+(?:\|[^>]*)?>|(?<![\w&])#[\w-]+"
)  # <#C123|mpn>, #mpn-renewals
_SLACK_ANGLE: Final = re.compile(r"<[^>]*>")  # mentions, channels, <!here>, unlabelled links
_SLACK_CUT_ANGLE: Final = re.compile(r"<[^>]*$")  # a token cut in two by MAX_CHARS
_BARE_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMOJI: Final = re.compile(r":[a-z0-9_+'\-]+:", re.IGNORECASE)  # :smile:, :+1::skin-tone-2:
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_CONTRACTIONS: Final = (
    (re.compile(r"\bm'n\b"), "mijn"),
    (re.compile(r"\bz'n\b"), "zijn"),
    (re.compile(r"(?<!\w)'k\b"), "ik"),
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
    "weve": ("we", "have"),
    "theyve": ("they", "have"),
    # chat abbreviations of question words and thanks (English and Dutch)
    "whn": ("when",),
    "wnr": ("wanneer",),
    "wr": ("waar",),  # chat Dutch: "wr moet ik X verlengen"
    "nix": ("niks",),
    "wa": ("wat",),  # Flemish chat: "wa moet ge hebben voor X"
    "wanneeer": ("wanneer",),
    "hvl": ("hoeveel",),
    "hw": ("how",),
    "hebde": ("hebt", "ge"),
    "kunde": ("kunt", "ge"),
    "moete": ("moet", "ge"),
    "zijde": ("zijt", "ge"),
    "weette": ("weet", "ge"),
    "tis": ("het", "is"),
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
    "geschiedenis",
    "historie",
    "periode",
    "termijn",
)
_WORD: Final = re.compile(r"[^\W_]+")
# Microsoft exam codes ("AZ-500", "ms900"): a person's certification, a thing of another trade.
_EXAM_CODE: Final = re.compile(r"\b[a-z]{2}-?\d{3}\b")


# "over 6 weken", "in 30 days", "over een maand": a day ahead, not a count of days left ("how many days left",
# "30 days or so"); the dates module reads the day, and here it names no days.
_IN_SOME_TIME: Final = re.compile(
    r"\b(?:over|in)\s+(?:\d+|een|twee|drie|vier|zes|one|two|three|four|six|a)\s+"
    r"(?:dagen|dag|weken|week|maanden|maand|days|day|weeks|months|month)\b",
    re.IGNORECASE,
)


# "in the next 90 days", "within 2 weeks", "binnen twee weken", "de komende 3 maanden", "the coming weeks": a
# range of days ahead (``bot.language.reader.when`` reads it), read as one word of time, not as a count of
# days left.
_A_RANGE: Final = re.compile(
    r"\b(?:(?:in|within|during|over|binnen)\s+)?(?:the\s+|de\s+)?(?:next|coming|komende|aankomende)\s+"
    r"(?:(?:\d{1,3}|a\s+few|few|couple\s+of|een\s+paar|paar|two|three|four|five|six|twee|drie|vier|vijf|zes)\s+)?"
    r"(?:dagen|weken|maanden|days|weeks|months)\b"
    r"|\b(?:within|binnen)\s+(?:\d{1,3}|een|twee|drie|vier|vijf|zes|one|two|three|four|five|six|a)\s+"
    r"(?:dagen|dag|weken|week|maanden|maand|days|day|weeks|week|months|month)\b",
    re.IGNORECASE,
)


# A currency sign is a word about money ("renewal $$$?", "€?"), read as one.
_MONEY: Final = re.compile(r"[$€£]+")
_NUMERIC_DAY: Final = re.compile(r"\b(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|20\d\d-\d\d-\d\d)\b")


def clean_text(text: str) -> str:
    """Slack's text as a person reads it, folded to lower case without accents.

    Order matters: Slack's own ``<...>`` tokens are read before the ``&lt;``/``&gt;`` the user typed are
    unescaped (so a typed "<!channel>" stays text), and ``&amp;`` is unescaped last so "&amp;lt;" stays
    "&lt;". Labelled links keep their label ("<https://…|Partner Center>" is the words the user saw).
    """
    text = text[:MAX_CHARS]
    text = _SLACK_CHANNEL.sub(" channelref ", text)
    text = _SLACK_LABELLED_LINK.sub(r" \1 ", text)
    text = _SLACK_ANGLE.sub(" ", text)
    text = _SLACK_CUT_ANGLE.sub(" ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _BARE_URL.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    text = _MONEY.sub(" moneysign ", text)
    text = _A_RANGE.sub(" dayrange ", text)  # "in the next 90 days": a range, read by the dates
    text = _IN_SOME_TIME.sub(
        " dayrange ", text
    )  # "over 6 weken", "in 30 days": a day ahead, read by the dates
    text = text.translate(_APOSTROPHES)
    # "jubileum 20/01", "per 1-9": a day typed in numbers is a day (the dates themselves are read by
    # bot.language.dates with their never-guess rule)
    text = _NUMERIC_DAY.sub(r"\g<0> daydate ", text)
    if not text.isascii():  # most messages are: NFKD and the accent filter change nothing in ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return _EXAM_CODE.sub(" examcode ", text)


# Dutch separable verbs: "pas de datum aan" is "aanpassen", "zet de meldingen uit" is "uitzetten". The
# verb is read as its infinitive when its particle comes later in the message.
_SEPARABLE: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "pas": (("aan", "aanpassen"),),
    "zet": (("uit", "uitzetten"), ("bij", "bijzetten"), ("erbij", "bijzetten"), ("erin", "erinzetten")),
    "lijst": (("op", "oplijsten"),),  # Flemish "lijst eens op wat je bijhoudt": to list
    "raad": (("aan", "aanraden"),),
    "raden": (("aan", "aanraden"),),
    "schakel": (("uit", "uitzetten"),),
    "leg": (("vast", "vastleggen"),),
    "meld": (("af", "afmelden"),),
    "voeg": (("toe", "toevoegen"),),
    "loopt": (("af", "aflopen"),),
    "gaat": (("af", "afgaat"),),  # "gaat Kubernetes er binnenkort af": it runs out
    "gaan": (("af", "afgaan"),),
    "houd": (("bij", "bijhouden"),),
    "hou": (("bij", "bijhouden"),),
}


def split_words(clean: str) -> list[str]:
    """The words of a cleaned message, contractions and Dutch compounds split, separable verbs joined, at
    most ``MAX_WORDS``."""
    words: list[str] = []
    for word in _WORD.findall(clean):
        if word in _BARE_CONTRACTIONS:
            words.extend(_BARE_CONTRACTIONS[word])
        else:
            words.extend(_split_compound(word))
        if len(words) >= MAX_WORDS:
            break
    words = words[:MAX_WORDS]
    # a separable verb's infinitive with "te" ("aan te passen", "toe te voegen", "uit te zetten") is the verb
    for i in range(len(words) - 2, 0, -1):
        if words[i] == "te" and words[i - 1] + words[i + 1] in KNOWN_WORDS:
            words[i - 1 : i + 2] = [words[i - 1] + words[i + 1]]
    # "hebben we X niet meer", "hebben we geen X meer": no longer having it ("nolonger", a word of losing)
    if "meer" in words and not _HAVE_FORMS.isdisjoint(words):
        for i, word in enumerate(words):
            if word == "meer" and not _NO.isdisjoint(words[max(0, i - 5) : i]):
                words[i] = "nolonger"
    particles = [p for p in _PARTICLES if p in words]  # most messages hold one or two, or none
    for i, word in enumerate(words):
        for particle, verb in _SEPARABLE.get(word, ()):
            if particle in words[i + 1 :]:
                words[i] = verb
                break
        else:
            joined = (
                _separable(word, words[i + 1 : i + 1 + _PARTICLE_REACH], particles) if particles else None
            )
            if joined:
                words[i] = joined
    return words


_HAVE_FORMS: Final = frozenset({"hebben", "heb", "hebt", "heeft"})
_NO: Final = frozenset({"niet", "geen"})


# Dutch separable particles, and how far after its verb one may stand ("lopen er in mei af").
_PARTICLES: Final = (
    "af",
    "aan",
    "op",
    "uit",
    "toe",
    "bij",
    "vast",
    "door",
    "terug",
    "over",
    "in",
    "mee",
    "weg",
)
_PARTICLE_REACH: Final = 6


def _separable(word: str, after: list[str], particles: Sequence[str]) -> str | None:
    """ "welke lopen af in mei" -> "aflopen", "zet de meldingen uit" -> "uitzetten": a verb whose particle
    comes later, when particle and verb (or its infinitive) make a word of ours. The table above holds the
    forms this cannot build ("zet" ... "erbij")."""
    if word in KNOWN_WORDS and word not in _VERB_FORMS_OF_OURS_ONLY_JOINED:
        return None
    for particle in particles:
        if particle in after:
            for form in (word, word + "en", word + word[-1:] + "en"):
                if particle + form in KNOWN_WORDS:
                    return particle + form
    return None


# Everyday verbs of ours only with a particle: "lopen" alone is "walk", "lopen ... af" expires.
_VERB_FORMS_OF_OURS_ONLY_JOINED: Final = frozenset({"lopen", "loopt", "liep", "liepen"})


def _split_compound(word: str) -> tuple[str, ...]:
    """ "securitycompetentie" -> ("security", "competentie"); known words are left whole."""
    if word in KNOWN_WORDS:
        return (word,)
    for tail in _COMPOUND_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return (word[: -len(tail)], tail)
    return _split_head(word)


@lru_cache(maxsize=4096)
def _split_head(word: str) -> tuple[str, ...]:
    """ "coronaregeling" -> ("corona", "regeling"), "verlengingsaanvraag" -> ("verlenging", "aanvraag"): an
    unknown word that starts with one of ours is read as that word and the rest (Dutch joins with an "s"
    after "-ing")."""
    for head in COMPOUND_HEADS:
        if word.startswith(head) and len(word) - len(head) >= 4:
            rest = word[len(head) :]
            if head.endswith("ing") and rest.startswith("s") and len(rest) > 4:
                rest = rest[1:]
            return (head, rest)
    return (word,)


# Words a question starts with (after a greeting or "and"): "did we renew X" asks, "we renewed X" tells.
_QUESTION_STARTS: Final = frozenset(
    [
        "did",
        "do",
        "does",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "will",
        "would",
        "should",
        "shall",
        "when",
        "what",
        "who",
        "whom",
        "which",
        "where",
        "how",
        "why",
        "heb",
        "hebt",
        "hebben",
        "heeft",
        "had",
        "hadden",
        "is",
        "zijn",
        "was",
        "waren",
        "kan",
        "kun",
        "kunt",
        "kunnen",
        "wordt",
        "worden",
        "werd",
        "wanneer",
        "wat",
        "wie",
        "welke",
        "welk",
        "waar",
        "hoe",
        "waarom",
        "waarvoor",
        "hoeveel",
        "wnr",
        "hvl",
        "zit",
        "zitten",
        "staat",
        "moet",
        "moeten",
        "mag",
    ]
)
_LEAD_INS: Final = frozenset(
    [
        "hi",
        "hey",
        "hello",
        "hoi",
        "hallo",
        "and",
        "en",
        "so",
        "dus",
        "btw",
        "ok",
        "oke",
        "okay",
        "thanks",
        "bedankt",
        "quick",
    ]
)


# Words that make a sentence a question without a question mark: "I wonder whether X was renewed", "ik ben
# benieuwd of ...", "can you tell me ...".
_ASKING: Final = word_set(
    "wonder wondering whether know tell benieuwd afvragen weten vertellen vertel zeggen"
)


_ASKED_OF: Final = word_set(
    "je jij ik u ge gij jullie we wij"
)  # "heb je", "heb ik": the question's inversion
_QUESTION_TAGS: Final = frozenset({("of", "niet"), ("or", "not"), ("ja", "nee"), ("yes", "no")})
# "let you know", "laat ik weten", "so you know": a word of asking after these tells rather than asks.
# "forgot to tell you", "vergeten te zeggen": an apology for not telling, no question
_INFORMING: Final = word_set(
    "let letting laat laten so forgot vergeten vergat"
)  # "just so you know": telling
_WH_WORDS: Final = word_set(
    "what when who which where how why wat wanneer wie welke waar hoe waarom waarvoor hoeveel"
)
_CLAUSE_WORD: Final = re.compile(r"\s*([^\W\d_]+)")


def asks(clean: str, words: list[str]) -> bool:
    """Whether a cleaned message asks something: a question mark, a question word first (after a greeting
    or "and"), or a word of asking ("wondering", "benieuwd")."""
    informing = (_INFORMING.intersection(words[max(0, p - 3) : p]) for p in range(len(words)))
    if "?" in clean or any(w in _ASKING and not told for w, told in zip(words, informing, strict=True)):
        return True
    at = next((p for p, w in enumerate(words) if w not in _LEAD_INS), len(words))
    first = words[at] if at < len(words) else ""
    if first in _QUESTION_STARTS and not (
        # chat Dutch drops the "ik" of a statement: "heb net cloud platform verlengd" tells, "heb je ..." asks
        first == "heb" and (at + 1 >= len(words) or words[at + 1] not in _ASKED_OF)
    ):
        return True
    # a tag at the end makes a statement a question: "cba al gedaan dit jaar of niet", "renewed already or not"
    if tuple(words[-2:]) in _QUESTION_TAGS:
        return True
    # a clause after a comma that starts with a question word: "new here, what is this bot for"
    starts = (_CLAUSE_WORD.match(clause) for clause in clean.split(",")[1:])
    return any(m is not None and m.group(1) in _WH_WORDS for m in starts)


# Sentences and clauses end here; a comma does not end one ("the sql one, when is it due?").
_SENTENCE_END: Final = re.compile(r"[.!?;:\n]+")
# ...and parts of a message: a dash between spaces ("hey, quick one - is anything ...")
_SPACED_DASH: Final = re.compile(r"\s[-\u2013\u2014]+\s")
# What a sentence of courtesy alone is made of: greetings, thanks, "it", filler and courtesy words.
_COURTESY_CONCEPTS: Final = frozenset({Concept.GREETING, Concept.THANKS})
# The words a message is signed off with, before the writer's name
_CLOSINGS: Final = word_set("regards groetjes groeten groet mvg gr cheers thanks thx bedankt dank best")
_COURTESY_OTHERS: Final = 2
_SMALL_TALK: Final = frozenset({Concept.OBJECT, Concept.OK})


def _courtesy_only(sentence: str) -> bool:
    """ "Hi there, hope you are doing well", "Thanks in advance, kind regards, Jan", "Korte vraag": no
    question of its own. Next to a word of courtesy, up to ``_COURTESY_OTHERS`` other words that are no
    keyword are allowed (a name, "gaat", "goed"), never alone: "and the azure one" is a question."""
    words = _WORD.findall(sentence)
    if len(words) > 1 and words[-2] in _CLOSINGS:
        words = words[:-1]  # "kind regards, Jan", "groetjes Piet": the name signed with ("jan" is no January)
    polite = [
        w for w in words if w in COURTESY_WORDS or WORD_CONCEPTS.get(w, frozenset()) & _COURTESY_CONCEPTS
    ]
    others = [
        w
        for w in words
        if w not in FILLER_WORDS
        and w not in COURTESY_WORDS
        # "hopelijk gaat alles goed", "hope all is good": "good" and "ok" are small talk here
        and not WORD_CONCEPTS.get(w, frozenset({Concept.QUESTION})) <= _COURTESY_CONCEPTS | _SMALL_TALK
    ]
    return not others or (
        len(others) <= _COURTESY_OTHERS
        and bool(polite)
        and not any(w.isdigit() or w in WORD_CONCEPTS for w in others)
    )


_SENTENCE: Final = re.compile(r"[^.!?;:\n]+[.!?;:\n]*")


def question_sentence(clean: str) -> str | None:
    """The sentence that asks, in a message of several: the last one that ends with a question mark or asks
    by its words ("what is the next renewal date?", "our finance people want to know the exact day ...").
    The sentences before it tell the context ("New here, took over from Jan last week"); ``None`` when the
    message is one sentence or none asks."""
    sentences = [m.group(0) for m in _SENTENCE.finditer(clean) if _WORD.search(m.group(0))]
    if len(sentences) < 2:
        return None
    for sentence in reversed(sentences):
        if asks(sentence, split_words(sentence)):
            return sentence
    return None


def first_sentence_asks(clean: str) -> bool:
    """Whether the message's first sentence ends with a question mark and more follows it: a cheap test
    before looking for the sentence that asks."""
    end = _SENTENCE_END.search(clean)
    return end is not None and "?" in end.group(0) and bool(clean[end.end() :].strip())


def earlier_questions(clean: str) -> list[str]:
    """The sentences that ask before the last one, last first: a question followed by its examples
    ("What do we need to keep X? certifications, customers, ...?") or by a question of its own that names
    nothing ("... X? and is it the same as last year?", "... nog X partner zijn. Is dat zo?")."""
    # a dash between spaces ends a part too: "what do we need to keep X - exams, customer references?"
    sentences = [
        part
        for m in _SENTENCE.finditer(clean)
        for part in _SPACED_DASH.split(m.group(0))
        if _WORD.search(part)
    ]
    found = []
    for sentence in reversed(sentences[:-1]):
        # "Our customer asks if we will still be a X partner on 30 September. Will we?": the question relayed
        relayed = relayed_question(sentence)
        if relayed is not None or asks(sentence, split_words(sentence)):
            found.append(relayed or sentence)
    return found


def question_clause(clean: str) -> str | None:
    """In a message of one sentence, its last clause after a comma when that starts with a question word and
    ends with a question mark: "we're doing the budget for H2, which date is the X renewal due?"."""
    if "," not in clean:
        return None
    clause = clean.rsplit(",", 1)[-1]
    found = _CLAUSE_WORD.match(clause)
    # a yes/no question after a comma asks too ("we're pitching on 3 March, can we still call ourselves X
    # specialized by then?"); read alone, the clause must name one of our offers itself
    return (
        clause
        if found is not None
        and (found.group(1) in _WH_WORDS or found.group(1) in _QUESTION_STARTS)
        and "?" in clause
        else None
    )


# Someone else's question relayed: "mijn collega vraagt wanneer ...", "Finance needs to know on which date ...".
# The words before the verb only say who asks; the question after it is what is asked.
_RELAYED: Final = re.compile(
    r"\b(?:wants? to know|needs? to know|would like to know|asks?|asked|is asking|wil graag weten|wil weten|"
    r"willen weten|vraagt|vroeg)\s+((?:(?:op|tot|vanaf|on|until|from|by)\s+)?([^\W\d_]+)\b.*)$"
)


def relayed_question(clean: str) -> str | None:
    """The question someone else asks, relayed after a verb of asking ("mijn manager wil weten op welke
    dagen de verlengingen vallen"), when it starts with a question word (after a preposition of time)."""
    found = _RELAYED.search(clean)
    if found is None:
        return None
    if found.group(2) in _WHETHER:  # "de klant vraagt of we nog X partner zijn": the question after "of"
        return found.group(1).split(None, 1)[-1] + "?"  # it asks, though its words are a statement's
    # "our US office wants to know the procedure for renewing a specialization": the thing they want to know
    return found.group(1) if found.group(2) in _WH_WORDS or found.group(2) in _THE else None


_WHETHER: Final = word_set("if whether of")
_THE: Final = word_set("the de het")


def drop_courtesy(clean: str) -> str:
    """The message without its sentences of courtesy, when another sentence is left: the question is read
    alone, and "Hi there, hope you are well! Quick question: is the gold one still ok? Thanks in advance,
    Jan" is the question in the middle. A message of courtesy only ("hi!", "thanks, Jan") is kept whole."""
    # courtesy before a dash between spaces goes as before a full stop: "hey, quick one - is anything ...?"
    opening = _SPACED_DASH.split(clean, maxsplit=1)
    if (
        len(opening) == 2
        and _WORD.search(opening[0])
        and _courtesy_only(opening[0])
        and _WORD.search(opening[1])
    ):
        clean = opening[1]
    clean = _sign_off_apart(clean)
    sentences = [s for s in _SENTENCE_END.split(clean) if _WORD.search(s)]
    if len(sentences) < 2:
        return clean
    kept = [s for s in sentences if not _courtesy_only(s)]
    thanked = [s for s in kept if _thanks_for(s)] if len(kept) > 1 else []
    if thanked and any(asks(s, split_words(s)) for s in kept if s not in thanked):
        # "thanks for last time!", "bedankt voor gisteren": thanks for something past, before a question, is
        # courtesy, and its time is no time of the question ("thanks for last time! when is X due?")
        kept = [s for s in kept if s not in thanked]
    if not kept or len(kept) == len(sentences):
        return clean
    ends = "?" if "?" in clean else ""
    return " . ".join(kept) + ends


_ENDS: Final = frozenset(".!?;:\n")
# Where a sign-off typed without a full stop starts: "when does X expire Thanks in advance, kind regards, Jan",
# "wat verloopt er eind mei Alvast bedankt, groetjes Piet"
_SIGN_OFF: Final = re.compile(
    r"\s(?=(?:thanks|thank you|thx|cheers|alvast|bedankt|dank je|dankjewel|merci)\b)"
)


def _sign_off_apart(clean: str) -> str:
    """A sign-off of courtesy only after a question typed without a full stop, set apart as a
    sentence of its own, so that it is left out as one ("... expire Thanks in advance, kind regards, Jan").
    Thanks in the middle that say more ("is it renewed thanks to Jan's work on X?") are no sign-off."""
    found = _SIGN_OFF.search(clean)
    if found is None:
        return clean
    head, tail = clean[: found.start()], clean[found.end() :]
    if (
        head.rstrip()[-1:] in _ENDS
        or not asks(head, split_words(head))  # "the renewal went fine, thanks": the thanks are the message
        or not _courtesy_only(tail)
    ):
        return clean
    return f"{head}. {tail}"


_THANKS_WORDS: Final = word_set(
    "thanks thank thx thnx tnx ty cheers bedankt dank dankje dankjewel dankuwel merci"
)
_THANKS_FOR: Final = word_set("for voor")
_THANKED: Final = word_set("you u je jullie")


def _thanks_for(sentence: str) -> bool:
    """A sentence of thanks for something ("thanks for last time", "dank je voor gisteren") that asks
    nothing."""
    words = _WORD.findall(sentence)
    if "?" in sentence or len(words) < 2 or words[0] not in _THANKS_WORDS:
        return False
    rest = words[2:] if words[1] in _THANKED else words[1:]
    return bool(rest) and rest[0] in _THANKS_FOR


_INNER_CAPITAL: Final = re.compile(r"[^\W\d_A-Z][A-Z]")
_ODD_MIN: Final = 2
_ODD_SHARE: Final = 4  # a quarter of the words
_ACRONYM_MAX: Final = 5  # "MCI", "COO", "IUR"; longer words in capitals are shouting
_SENTENCES: Final = re.compile(r"[.!?;:\n()]+")
_RAW_WORD: Final = re.compile(r"[^\W\d_]+")


def capitalised_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words typed with a capital inside a sentence, folded: names ("Solutions Partner", "Jira", "Contoso",
    "Inspire", "Action Pack"), and acronyms ("MCI", "QBR", "CFO"; an offer's own acronym is read as the
    offer before these count). A name the reader does not know is the name of something else, and so
    evidence that the question is about that; an acronym is as often a role or a side remark ("our CFO
    asks", "we're still on PMC"), so it only marks where a noun of something else stands. A sentence's
    first word, "I", a message typed in capitals and one whose casing is noise tell nothing."""
    text = _SLACK_ANGLE.sub(" ", _EMOJI.sub(" ", text[:MAX_CHARS]))
    if not any(map(str.isupper, text)):
        return frozenset(), frozenset()  # most messages: nothing typed with a capital
    letters = sum(map(str.isalpha, text))
    if not letters or sum(map(str.isupper, text)) * 2 > letters:
        return frozenset(), frozenset()
    typed = _RAW_WORD.findall(text)
    # capitals inside words ("eXtEnsion", "cOvId") in many of them: the casing is noise, not names
    # ("SharePoint" or "DevOps" alone is a name of its own)
    odd = sum(1 for w in typed if _INNER_CAPITAL.search(w))
    if odd >= _ODD_MIN and odd * _ODD_SHARE >= len(typed):
        return frozenset(), frozenset()
    inside = [word for sentence in _SENTENCES.split(text) for word in _RAW_WORD.findall(sentence)[1:]]
    names = [w for w in inside if w[0].isupper() and len(w) > 1 and w[1:].islower()]
    acronyms = [w for w in inside if w.isupper() and 1 < len(w) <= _ACRONYM_MAX and w != "I"]
    return _folded(names), _folded(acronyms)


def _folded(words: list[str]) -> frozenset[str]:
    """The words folded as ``clean_text`` folds them (case, accents), without its other work."""
    return frozenset(
        "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch)).casefold()
        if not w.isascii()
        else w.casefold()
        for w in words
    )
