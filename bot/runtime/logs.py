"""Log lines as operators read them: plain text on a terminal, or one JSON object per line
(``MPN_LOG_FORMAT=json``) for a log shipper (Docker, systemd's journal export, Loki, CloudWatch)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from datetime import UTC, datetime

PLAIN = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """``{"at", "level", "logger", "message"}``, plus ``error`` (the exception's type and text, never a
    multi-line trace: a trace is one JSON string under ``trace``)."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            line["error"] = f"{type(error).__name__}: {error}"
            line["trace"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure(env: Mapping[str, str] | None = None) -> None:
    """Set up the root logger from ``MPN_LOG_FORMAT`` (``text``, the default, or ``json``)."""
    env = os.environ if env is None else env
    handler = logging.StreamHandler()
    if env.get("MPN_LOG_FORMAT", "text").strip().casefold() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(PLAIN))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
