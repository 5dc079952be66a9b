"""Wiring the scheduler into `verbonden run` and `verbonden tick`.

``run`` starts :meth:`Scheduler.run_forever` next to the adapters, using each adapter
as its platform's transport (paced by that platform's limits). ``tick`` runs the due
work once for one moment and delivers by printing: one JSON object per message on
stdout. It is for operators' tools and for tests; messages it prints count as sent.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO, cast

from bot.config import Config
from bot.core.messages import OfferPrivateChat, Outbound, Reply
from bot.runtime import checkins
from bot.runtime.ports import Transport
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Report, Scheduler
from bot.service.sender import MATRIX, UNLIMITED, Limits
from bot.store.db import Store
from bot.store.schedules import iso

log = logging.getLogger(__name__)


def platform_limits(config: Config) -> dict[str, Limits]:
    tg = config.telegram
    return {
        "telegram": Limits.telegram(
            tg.messages_per_second,
            tg.messages_per_chat_per_second,
            tg.messages_per_group_per_minute,
        ),
        "matrix": MATRIX,
    }


def for_adapters(config: Config, runtime: Runtime, adapters: Iterable[object]) -> Scheduler | None:
    """A scheduler sending through every started adapter that is a transport."""
    if not config.scheduler.enabled:
        return None
    transports: dict[str, Transport] = {}
    for adapter in adapters:
        platform = getattr(adapter, "platform", None)
        if isinstance(platform, str) and callable(getattr(adapter, "deliver", None)):
            transports[platform] = adapter  # type: ignore[assignment]  # checked above
    if not transports:
        return None
    return Scheduler(runtime, transports, config.scheduler, limits=platform_limits(config))


def connect(adapters: Iterable[object], runtime: Runtime) -> list[str]:
    """Let every adapter with a ``prepare_inbound`` hook fill in what check-ins need (an
    admin check for settings, the room's open round); returns the platforms connected."""
    connected = []
    for adapter in adapters:
        platform = getattr(adapter, "platform", None)
        if hasattr(adapter, "prepare_inbound") and isinstance(platform, str):
            transport = cast(Transport, adapter)  # it has the hook: it is a transport too
            hook = functools.partial(checkins.prepare, runtime=runtime, transport=transport)
            setattr(adapter, "prepare_inbound", hook)  # noqa: B010  (an attribute of any adapter)
            connected.append(platform)
    return connected


def message_json(message: Outbound) -> dict[str, Any]:
    if isinstance(message, Reply):
        return {"text": message.text, "choices": list(message.choices)}
    if isinstance(message, OfferPrivateChat):
        return {"private": message.text}
    return {"file": message.filename, "caption": message.caption}


class PrintTransport:
    """``tick``'s transport: nothing leaves the machine; the scheduler prints each message."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        return None

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        return False

    async def display_name(self, chat_id: str, user_id: str) -> str:
        return user_id


async def known_platforms(store: Store) -> list[str]:
    rows = await store.execute_fetchall(
        "SELECT platform FROM daily_prompts UNION SELECT platform FROM followups "
        "UNION SELECT platform FROM checkins UNION SELECT platform FROM checkin_rounds"
    )
    return sorted(str(r[0]) for r in rows)


async def tick(
    runtime: Runtime,
    config: Config,
    now: datetime,
    out: TextIO | None = None,
    *,
    platforms: Sequence[str] | None = None,
) -> Report:
    """Run what is due at ``now`` once; print every message as a JSON line (to stdout)."""
    stream = out or sys.stdout
    runtime.clock = lambda: now
    chosen = list(platforms) if platforms else await known_platforms(runtime.store)

    def printed(platform: str, kind: str, chat: str, user: str, message: Outbound) -> None:
        line = {
            "at": iso(now),
            "platform": platform,
            "kind": kind,
            "chat_id": chat,
            "user_id": user,
            **message_json(message),
        }
        stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        stream.flush()

    transports: Mapping[str, Transport] = {p: PrintTransport(p) for p in chosen}
    scheduler = Scheduler(
        runtime,
        transports,
        config.scheduler,
        clock=lambda: now,
        limits=dict.fromkeys(chosen, UNLIMITED),
        on_sent=printed,
    )
    try:
        report = await scheduler.run_due(now)
    finally:
        await scheduler.close()
        await runtime.flush()
    log.info("tick at %s: %s", iso(now), report.summary())
    return report
