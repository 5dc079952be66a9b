"""Shared pieces for the scheduler tests: a clock that only moves when told, a
transport that records what it was given, and a way to talk to the runtime."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from bot.config import SchedulerConfig
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound, OfferPrivateChat, Outbound, Reply
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Scheduler
from bot.service.sender import UNLIMITED
from bot.store.db import Store

PLATFORM = "test"
# Daily questions at the minute chosen: the spread over a window has its own tests.
EXACT = SchedulerConfig(spread_minutes=0)


class FakeClock:
    """UTC time that stands still until a test moves it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Sent:
    chat: str
    user: str
    message: Outbound

    @property
    def text(self) -> str:
        return self.message.text if isinstance(self.message, Reply | OfferPrivateChat) else ""


@dataclass
class FakeTransport:
    """Records every message; admins and display names are whatever the test says."""

    platform: str = PLATFORM
    sent: list[Sent] = field(default_factory=list)
    admins: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    admin_checks: int = 0

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        self.sent.extend(Sent(chat_id, user_id, m) for m in outbound)

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        self.admin_checks += 1
        return user_id in self.admins

    async def display_name(self, chat_id: str, user_id: str) -> str:
        return self.names.get(user_id, user_id)

    def texts(self, chat: str | None = None) -> list[str]:
        return [s.text for s in self.sent if chat is None or s.chat == chat]

    def take(self) -> list[str]:
        texts = self.texts()
        self.sent.clear()
        return texts


@dataclass
class World:
    """A runtime on a real database, a fake clock, a fake transport and a scheduler."""

    engine: Engine
    target: str  # a SQLite file or a PostgreSQL database
    clock: FakeClock
    transport: FakeTransport
    config: SchedulerConfig
    runtime: Runtime | None = None
    scheduler: Scheduler | None = None

    async def open(self) -> None:
        store = await Store.open(self.target)
        self.runtime = Runtime(self.engine, store, clock=self.clock, default_region="nl")
        self.runtime.attach(self.transport)  # asked about admin rights, as adapters are
        self.scheduler = Scheduler(
            self.runtime,
            {PLATFORM: self.transport},
            self.config,
            clock=self.clock,
            limits={PLATFORM: UNLIMITED},
        )

    async def close(self) -> None:
        assert self.runtime and self.scheduler
        await self.scheduler.close()
        await self.runtime.flush()
        await self.runtime.store.close()
        self.runtime = self.scheduler = None

    async def restart(self) -> None:
        await self.close()
        await self.open()

    async def say(self, *texts: str, user: str = "u1") -> list[str]:
        assert self.runtime
        key = ConversationKey(PLATFORM, user, user)
        said: list[str] = []
        for text in texts:
            delivery = await self.runtime.handle(Inbound(key, text=text))
            self.runtime.delivered(delivery)
            said += [r.text for r in delivery.replies]
        return said

    async def tick(self) -> list[str]:
        """Run what is due now; the texts the transport got."""
        assert self.scheduler
        await self.scheduler.run_due()
        return self.transport.take()

    async def rows(self, sql: str, *args: object) -> list[tuple[object, ...]]:
        assert self.runtime
        await self.runtime.flush()
        return [tuple(r) for r in await self.runtime.store.execute_fetchall(sql, args)]


def at(text: str) -> datetime:
    """ "2026-11-23 09:00 Europe/Amsterdam"-style moments for readable tests."""
    from zoneinfo import ZoneInfo

    day, clock, zone = text.split()
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(zone))


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Every scheduler test runs on both databases."""
    return str(request.param)


@pytest.fixture
async def world(engine: Engine, store_target: str) -> AsyncIterator[World]:
    made = World(
        engine,
        store_target,
        FakeClock(at("2026-11-22 20:00 Europe/Amsterdam")),
        FakeTransport(),
        EXACT,
    )
    await made.open()
    yield made
    if made.runtime:
        await made.close()


async def subscribe(world: World, time_text: str = "om 9 uur", user: str = "u1") -> None:
    """Opt in to the daily question through the dialogue, as a user would."""
    said = await world.say("hoi", "dagelijks", "ja", time_text, "ja", "nee", user=user)
    assert any("Afgesproken" in s for s in said), said
