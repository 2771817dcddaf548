"""Which words are real English or Dutch words: those are never "corrected" into a keyword.

A typo is a word nobody writes: "wehn", "benifits", "verlegnen". A real word near a keyword is another
word: "keurt" is not "beurt", "leeft" not "left", "close" not "lose". The reader therefore corrects only a
word that is in neither language's common-word list.

The lists are wordfreq's "small" word lists for English and Dutch: every word seen at least once per
million words (Zipf frequency 3) across its sources (Wikipedia, subtitles, news, books, web text, social
media). At that frequency a list holds the words people write (about 29,000 a language) and hardly any
typos: the commonest typos of our keywords ("wehn" 1.4, "benifits" 1.7, "wanner" 2.8) stay below it.
Accents are folded as ``clean_text`` folds them, so "één" and "een" are one word.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

import wordfreq

LANGUAGES: Final = ("en", "nl")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1)
def real_words() -> frozenset[str]:
    """The common words of both languages, folded; loaded once (about 30 ms), at the first unknown word."""
    return frozenset(
        _fold(word)
        for lang in LANGUAGES
        for word in wordfreq.get_frequency_dict(lang, wordlist="small")
        if word.isalpha()
    )


def is_real_word(word: str) -> bool:
    """Whether ``word`` (folded) is a common English or Dutch word, and so no typo of another."""
    return word in real_words()
