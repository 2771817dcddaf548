"""The one exception type for "the user asked for something we must refuse".

It carries a message key (see ``bot.language.catalogue``) and parameters, never English text, so that the single
place that turns it into a reply can render it in the reader's language.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
