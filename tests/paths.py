"""Where things are, independent of how deep a test module sits under ``tests/``."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository: bot/, rules/, storage/, manifest.yml
