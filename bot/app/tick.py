"""`verbonden tick`: run the due work once, for one moment, and print it.

Delivery is printing: one JSON object per message on stdout. It is for operators'
tools and for tests; messages it prints count as sent.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO

from bot.config import Config
from bot.core.messages import OfferPrivateChat, Outbound, Reply
from bot.core.schedule.times import iso
from bot.runtime.ports import Transport
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Report, Scheduler
from bot.service.sender import UNLIMITED

log = logging.getLogger(__name__)


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
    chosen = list(platforms) if platforms else await runtime.store.platforms()

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
