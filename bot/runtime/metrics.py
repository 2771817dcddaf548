"""Prometheus metrics at ``GET /metrics`` (the ``prometheus_client`` library's text format).

What an operator alerts on, and where it is recorded:

* ``mpn_http_request_duration_seconds{route, kind}``: every HTTP request, timed in ``bot.runtime.server``
  (route: ``events``, ``oauth``, ``healthz``, ``readyz``, ``metrics``, ``other``; kind: what Slack sent,
  ``command``, ``block_actions``, ``view_submission``, ``event_callback``, ... or ``none``). Buckets around
  Slack's 3-second limit.
* ``mpn_http_responses_total{route, status}``: answers by HTTP status (401s and 409s are refused forgeries
  and replays).
* ``mpn_reminder_sweep_duration_seconds`` and ``mpn_reminder_posts_total{outcome}`` (``posted``,
  ``failed``, ``skipped``, ``alerted``): one call per sweep from the reminder scheduler, ``observe_sweep``.
* ``mpn_reminders_unsettled{status, error_class}``: reminders claimed but not confirmed (``claimed``) or
  kept for a retry after an error (``failed``), by error class (``temporary``, ``uncertain``, ``channel``,
  ``recipient``, ``permanent``, ``token``, ...), asked of the database at scrape time, so every worker
  process reports the same truth.
* ``mpn_workspaces_disconnected{error}``: workspaces whose bot token the last sweep found not working
  (``token:invalid_auth``, ``token:token_revoked``...): nobody in them can be told, so the operators are
  (``delivery_alerts``' ``token`` rows, cleared by the next post that goes through). Alert on it above zero.

With several worker processes (``MPN_WORKERS``), counters and histograms are per process unless
``PROMETHEUS_MULTIPROC_DIR`` names a folder (``mpn-bot run`` empties it at start,
``bot.runtime.gunicorn_server.prepare_metrics_folder``): then prometheus_client's multiprocess mode adds
up every worker's figures in each scrape (README "Metrics").
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram
from prometheus_client import generate_latest as _generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric

from storage import Store

if TYPE_CHECKING:
    from bot.reminders.sweep import SweepReport

log = logging.getLogger(__name__)

REQUEST_SECONDS = Histogram(
    "mpn_http_request_duration_seconds",
    "Time to answer an HTTP request, by route and by what Slack sent.",
    ["route", "kind"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0),
)
RESPONSES = Counter("mpn_http_responses", "HTTP answers by route and status.", ["route", "status"])
SWEEP_SECONDS = Histogram(
    "mpn_reminder_sweep_duration_seconds",
    "Time one reminder sweep took (planning and posting).",
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0),
)
POSTS = Counter("mpn_reminder_posts", "Reminder posts by outcome.", ["outcome"])

_ROUTES = {"/slack/events": "events", "/healthz": "healthz", "/readyz": "readyz", "/metrics": "metrics"}


def route_of(path: str | None) -> str:
    if path in _ROUTES:
        return _ROUTES[path]
    if path and path.startswith("/slack/"):
        return "oauth"  # /slack/install and /slack/oauth_redirect
    return "other"


def kind_of(body: dict[str, Any]) -> str:
    """What a parsed Slack payload is: ``command`` or its ``type`` (``block_actions``, ...)."""
    if "command" in body:
        return "command"
    kind = body.get("type")
    return kind if isinstance(kind, str) and kind.isidentifier() and len(kind) <= 40 else "other"


def observe_sweep(report: SweepReport, took: timedelta) -> None:
    """One sweep's duration and its posts by outcome (called once per sweep by the scheduler)."""
    if report.dry_run:
        return
    SWEEP_SECONDS.observe(max(0.0, took.total_seconds()))
    for outcome, count in (
        ("posted", len(report.posted)),
        ("failed", len(report.failed)),
        ("skipped", len(report.skipped)),
        ("alerted", len(report.alerts)),
    ):
        if count:
            POSTS.labels(outcome).inc(count)


#: The ledger has no index on its status (every row is read), so a count is reused for this long: at
#: 2,000,000 offers a scrape every 15 s would otherwise scan the ledger four times a minute.
CACHE_SECONDS = 30.0


class UnsettledReminders:
    """``mpn_reminders_unsettled``, asked of the database at scrape time (at most every ``CACHE_SECONDS``)."""

    def __init__(self, store: Store, *, ttl_seconds: float = CACHE_SECONDS) -> None:
        self._store = store
        self._ttl = ttl_seconds
        self._cached: tuple[float, dict[tuple[str, str], int]] | None = None

    def _counts(self) -> dict[tuple[str, str], int]:
        now = time.monotonic()
        if self._cached is None or now - self._cached[0] >= self._ttl:
            self._cached = (now, self._store.unsettled_ledger_counts())
        return self._cached[1]

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "mpn_reminders_unsettled",
            "Reminders claimed but unconfirmed, or kept for a retry after an error, by error class.",
            labels=["status", "error_class"],
        )
        try:
            counts = self._counts()
        except Exception as err:  # a scrape reports what it can; /readyz reports the database
            log.warning("metrics: could not count unsettled reminders: %s", err)
            counts = {}
        for status in ("claimed", "failed"):
            if not any(s == status for s, _ in counts):
                family.add_metric([status, "none"], 0)
        for (status, error_class), count in sorted(counts.items()):
            family.add_metric([status, error_class], count)
        yield family


class DisconnectedWorkspaces:
    """``mpn_workspaces_disconnected``, asked of the database at scrape time (``delivery_alerts`` is a
    small table: one row per open problem)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "mpn_workspaces_disconnected",
            "Workspaces whose bot token does not work (the reminders wait; nobody there can be told).",
            labels=["error"],
        )
        counts: dict[str, int] = {}
        try:
            for alerts in self._store.delivery_alerts().values():
                for alert in alerts:
                    if alert.subject == "token":
                        counts[alert.error] = counts.get(alert.error, 0) + 1
        except Exception as err:  # a scrape reports what it can; /readyz reports the database
            log.warning("metrics: could not count disconnected workspaces: %s", err)
        if not counts:
            family.add_metric(["none"], 0)
        for error, count in sorted(counts.items()):
            family.add_metric([error], count)
        yield family


class _Joined:
    """Several collectors read as one registry (``generate_latest`` wants one)."""

    def __init__(self, *parts: Any) -> None:
        self._parts = parts

    def collect(self) -> Iterable[Metric]:
        for part in self._parts:
            yield from part.collect()


def exposition(store: Store) -> Any:
    """What ``/metrics`` serves: this process's metrics (or every worker's, in multiprocess mode) and the
    database's unsettled reminders."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return _Joined(registry, UnsettledReminders(store), DisconnectedWorkspaces(store))
    return _Joined(REGISTRY, UnsettledReminders(store), DisconnectedWorkspaces(store))


def render(source: Any) -> tuple[bytes, str]:
    return _generate_latest(source), CONTENT_TYPE_LATEST
