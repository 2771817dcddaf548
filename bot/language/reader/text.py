"""Step 1 of reading a DM: Slack text normalised to plain, folded words."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from bot.language.reader.model import MAX_CHARS, MAX_WORDS
from bot.language.reader.vocabulary import KNOWN_WORDS

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


def clean_text(text: str) -> str:
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


def split_words(clean: str) -> list[str]:
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
    if word in KNOWN_WORDS:
        return (word,)
    for tail in _COMPOUND_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return (word[: -len(tail)], tail)
    return (word,)
