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
def real_words() -> dict[str, float]:
    """The common words of both languages, folded, with their Zipf frequency (the higher of the two
    languages'); loaded once (about 40 ms, and importing wordfreq about 80 ms more), at the first unknown word."""
    found: dict[str, float] = {}
    for lang in LANGUAGES:
        # the list's buckets go down by one centibel (0.01 Zipf) from Zipf 9
        for index, bucket in enumerate(wordfreq.get_frequency_list(lang, wordlist="small")):
            zipf = 9.0 - index / 100
            for word in bucket:
                if word.isalpha():
                    folded = word if word.isascii() else _fold(word)
                    found[folded] = max(found.get(folded, 0.0), zipf)
    return found


def is_real_word(word: str) -> bool:
    """Whether ``word`` (folded) is a common English or Dutch word, and so no typo of another."""
    return word in real_words()


# Zipf 5 is once in 10,000 words: "krijgen", "meteen", "eigenlijk", "myself", "morning". Words that common
# are the grammar and small talk of any question; what a question is about is rarer ("lease", "webinar").
EVERYDAY_ZIPF: Final = 5.0


def is_everyday_word(word: str) -> bool:
    """Whether ``word`` is so common that it tells nothing of what a question is about."""
    return real_words().get(word, 0.0) >= EVERYDAY_ZIPF
