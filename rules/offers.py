"""What the rules reason about: one offer (a competency or an advanced specialization) and its anniversary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    """The two kinds of MPN offer the seed page covers; the values are what storage and the CLI use."""

    COMPETENCY = "competency"
    ADVANCED_SPECIALIZATION = "advanced_specialization"


@dataclass(frozen=True, slots=True)
class Offer:
    """An offer as the rules see it: a name, a kind and the current anniversary (a calendar date)."""

    name: str
    kind: Kind
    anniversary: date

    def __post_init__(self) -> None:
        # Accept the enum's string value too, so callers reading from storage need no conversion.
        object.__setattr__(self, "kind", Kind(self.kind))
        if not isinstance(self.anniversary, date):
            raise TypeError("anniversary must be a datetime.date")
