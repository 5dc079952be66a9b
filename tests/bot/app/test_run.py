"""`verbonden run` on a database several workers share: what runs once moves between them."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.app.run import _primary, once_only
from bot.config import Config, MatrixConfig, SchedulerConfig, TelegramConfig
from bot.core.engine import Engine
from bot.core.messages import Outbound
from bot.runtime.ports import Adapter
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support.postgres import Server


@dataclass
class FakeAdapter:
    """Counts starts and stops; sends nothing anywhere."""

    platform: str
    name: str = ""
    starts: int = 0
    stops: int = 0
    sent: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.starts > self.stops

    async def start(self) -> None:
        self.starts += 1

    async def stop(self) -> None:
        self.stops += 1

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        self.sent.append(chat_id)

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        return False

    async def display_name(self, chat_id: str, user_id: str) -> str:
        return user_id


def test_what_runs_once() -> None:
    polling = Config(telegram=TelegramConfig(mode="polling"))
    webhook = Config(telegram=TelegramConfig(mode="webhook", webhook_url="https://b.example/t"))
    assert once_only(FakeAdapter("matrix"), Config(matrix=MatrixConfig()))
    assert once_only(FakeAdapter("telegram"), polling)
    assert not once_only(FakeAdapter("telegram"), webhook)


async def test_matrix_runs_on_the_role_holder_and_moves_when_it_stops(
    engine: Engine, postgres_server: Server
) -> None:
    url = postgres_server.new_database()
    config = Config(scheduler=SchedulerConfig(tick_seconds=1))
    workers = []
    for _ in range(2):
        runtime = Runtime(engine, await Store.open(url), default_region="nl")
        matrix = FakeAdapter("matrix", "matrix")
        stopping = asyncio.Event()
        started: list[Adapter] = []
        task = asyncio.create_task(_primary(config, runtime, [matrix], started, stopping))
        workers.append((runtime, matrix, stopping, task))
        await asyncio.sleep(0.3)  # the first one takes the role first
    (first_rt, first, first_stop, first_task), (second_rt, second, second_stop, second_task) = (
        workers
    )
    try:
        assert (first.starts, second.starts) == (1, 0)  # one device, one sync
        first_stop.set()
        assert await first_task is True  # stopped on request, kept its role until then
        await first_rt.close()  # its session ends: the role is free
        for _ in range(50):
            if second.starts:
                break
            await asyncio.sleep(0.1)
        assert second.starts == 1  # the standby took it over within a tick
    finally:
        second_stop.set()
        await asyncio.wait_for(second_task, 10)
        await second_rt.close()
