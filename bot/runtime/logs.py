"""Log lines as operators read them: plain text on a terminal, or one JSON object per line
(``MPN_LOG_FORMAT=json``) for a log shipper (Docker, systemd's journal export, Loki, CloudWatch).

On a terminal every event is one line: an exception adds its type and text, not a stack trace, which an
operator cannot act on and which buries the next line. Whoever debugs sets ``MPN_LOG_TRACES=1`` for the
traces; the JSON format always carries the trace, inside its one line (``trace``)."""

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


class PlainFormatter(logging.Formatter):
    """``PLAIN``, one line per record: an exception as `` (Type: text)`` at the end, its trace only when
    ``traces``."""

    def __init__(self, *, traces: bool = False) -> None:
        super().__init__(PLAIN)
        self.traces = traces

    def format(self, record: logging.LogRecord) -> str:
        if self.traces or not record.exc_info or record.exc_info[1] is None:
            return super().format(record)
        error = record.exc_info[1]
        bare = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        text = " ".join(str(error).split()) or "no details"
        return f"{super().format(bare)} ({type(error).__name__}: {text})"


def configure(env: Mapping[str, str] | None = None) -> None:
    """Set up the root logger from ``MPN_LOG_FORMAT`` (``text``, the default, or ``json``) and
    ``MPN_LOG_TRACES`` (``1``: stack traces in the text format too)."""
    env = os.environ if env is None else env
    handler = logging.StreamHandler()
    if env.get("MPN_LOG_FORMAT", "text").strip().casefold() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        traces = env.get("MPN_LOG_TRACES", "").strip().casefold() in ("1", "true", "yes", "on")
        handler.setFormatter(PlainFormatter(traces=traces))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
