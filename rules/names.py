"""Normalising offer names, so policy lookups survive how people actually type them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
