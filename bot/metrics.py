"""What an operator can see: Prometheus metrics, in one registry of their own.

The usual Prometheus pattern (metrics as module-level objects, updated where things
happen), kept to a registry of Verbonden's own so tests and embedders see only these.
No label ever holds a user, a chat or a text: only platforms, outcomes, kinds and the
crisis region and level. ``/metrics`` (:mod:`bot.service.ops`) serves them.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    ProcessCollector,
)

REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)  # process_start_time_seconds, memory, CPU, open files

try:
    VERSION = version("verbonden")
except PackageNotFoundError:  # run from a source tree without installing
    VERSION = "0+unknown"

BUILD = Info("verbonden_build", "Which Verbonden runs", registry=REGISTRY)
BUILD.info({"version": VERSION})

# Turns: 1 ms to 10 s; a turn is usually a few milliseconds, a commit under load tens.
_TURN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

TURNS = Counter(
    "verbonden_turns",
    "Turns handled, by platform and outcome (ok, redelivered, failed)",
    ["platform", "outcome"],
    registry=REGISTRY,
)
TURN_SECONDS = Histogram(
    "verbonden_turn_seconds",
    "From an event to its committed replies (load, engine, commit)",
    ["platform"],
    buckets=_TURN_BUCKETS,
    registry=REGISTRY,
)
RELEASED = Counter(
    "verbonden_replies_released",
    "Turns whose replies were released to an adapter after their commit",
    ["platform"],
    registry=REGISTRY,
)
CRISIS = Counter(
    "verbonden_crisis_replies",
    "Turns answered on the crisis path, by region (nl, be, none) and level",
    ["region", "level"],
    registry=REGISTRY,
)
OUTBOX_BACKLOG = Gauge(
    "verbonden_outbox_backlog",
    "Committed turns whose replies are not yet confirmed as delivered",
    registry=REGISTRY,
)
OUTBOX_OLDEST = Gauge(
    "verbonden_outbox_oldest_seconds",
    "Age of the oldest undelivered reply (0 when none)",
    registry=REGISTRY,
)
SENDS = Counter(
    "verbonden_sends",
    "Calls to a chat network, by platform and result (ok, retry, retry_after, error)",
    ["platform", "result"],
    registry=REGISTRY,
)
RETRY_AFTER_SECONDS = Counter(
    "verbonden_retry_after_seconds",
    "Seconds a chat network asked the bot to wait (Telegram RetryAfter, Matrix 429)",
    ["platform"],
    registry=REGISTRY,
)
SCHEDULE_LATENESS = Histogram(
    "verbonden_schedule_lateness_seconds",
    "How late a scheduled turn (daily question, follow-up, check-in) ran after it was due",
    ["kind"],
    buckets=(1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600, 7200),
    registry=REGISTRY,
)
SCHEDULE_PENDING = Gauge(
    "verbonden_schedule_pending",
    "Scheduled turns due now or overdue, not yet run",
    registry=REGISTRY,
)
CHECKIN_ROUNDS = Counter(
    "verbonden_checkin_rounds",
    "Group check-in rounds opened and rounded up",
    ["phase"],
    registry=REGISTRY,
)
COMMIT_SECONDS = Histogram(
    "verbonden_db_commit_seconds",
    "Time of one database commit (a group of turns)",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
    registry=REGISTRY,
)
COMMIT_BATCH = Histogram(
    "verbonden_db_commit_batch_size",
    "Turns committed together in one transaction (group commit)",
    buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000),
    registry=REGISTRY,
)
# A moment, not an age (the Prometheus way): the age is time() minus it, so it keeps
# growing while syncing is stuck.
MATRIX_LAST_SYNC = Gauge(
    "verbonden_matrix_last_sync_timestamp_seconds",
    "When the Matrix adapter last synced successfully (Unix time)",
    registry=REGISTRY,
)
MATRIX_UNDECRYPTABLE = Counter(
    "verbonden_matrix_undecryptable_events",
    "Encrypted events that could not be decrypted in time (the sender was told)",
    registry=REGISTRY,
)
CHARTS = Counter(
    "verbonden_journal_charts",
    "Journal charts, by result (drawn, text: sent as words only)",
    ["result"],
    registry=REGISTRY,
)
