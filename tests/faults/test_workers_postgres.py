"""Three `verbonden run` workers on one PostgreSQL, Telegram webhooks behind a load
balancer, and SIGKILLs of random workers (the one holding the scheduler's role too).

The Bot API emulator delivers each update to a small round-robin proxy (the load
balancer), which passes it to a live worker; the workers share nothing but the
database. Simulated users play scripted conversations (the next message once the
answer to the previous one arrived). A killer SIGKILLs a random worker at random
moments and starts it again.

Afterwards, for every chat:

* every message of the uninterrupted in-memory reference run arrived, in order; a
  message arrived twice only right after itself (a kill between Telegram accepting
  it and the record that it was sent), at most one such copy per kill;
* no turn ran twice: every conversation ends in the reference run's state (rows and
  turn counters), one handled event per message, and nothing is left in the outbox
  (what a killed worker committed but never sent went out from another worker).
"""

from __future__ import annotations

import asyncio
import itertools
import random
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web

from bench.telegram_driver import (
    TOKEN_ENV,
    BotProcess,
    ObservedEmulator,
    Person,
    Reference,
    comparable_rows,
    gather_or_cancel,
    ours_argv,
    people,
)
from bench.workload import SCRIPTS
from bot.core.engine import Engine
from bot.store.db import Store
from tests.faults.test_crash_telegram import flat, parse, turns_answered
from tests.support.emulator_testing import free_port
from tests.support.postgres import Server

TOKEN = "545454545:AAH-verbonden_workers_TEST"
SECRET = "workers_webhook-secret"
SECRET_ENV = "VERBONDEN_TEST_WEBHOOK_SECRET"
TURN_TIMEOUT = 90.0
START_TIMEOUT = 60.0
AMS = ZoneInfo("Europe/Amsterdam")


class Balancer:
    """Round-robin over the workers' webhook ports; a worker that refuses is skipped.

    A worker killed mid-request makes this answer 502, so the emulator (as Telegram)
    delivers the update again, to whichever worker is next."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.port = free_port()
        self.forwarded: dict[int, int] = dict.fromkeys(ports, 0)
        self._next = itertools.cycle(range(len(ports)))
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/telegram", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self._session = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
        for _ in self.ports:
            port = self.ports[next(self._next)]
            try:
                async with self._session.post(
                    f"http://127.0.0.1:{port}/telegram",
                    data=body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=30),
                ) as answer:
                    self.forwarded[port] += 1
                    return web.Response(status=answer.status, body=await answer.read())
            except aiohttp.ClientConnectorError:
                continue  # not listening (killed, or still starting): the next one
            except (aiohttp.ClientError, TimeoutError):
                return web.Response(status=502)  # died while handling it
        return web.Response(status=503)


def worker_config(
    path: Path, emu: ObservedEmulator, url: str, port: int, hook: str, per_second: float = 1e5
) -> Path:
    path.write_text(
        f'[database]\nurl = "{url}"\n\n'
        '[logging]\nlevel = "INFO"\n\n'
        '[bot]\ndefault_region = "nl"\n\n'
        "[scheduler]\ntick_seconds = 1\nresend_after_seconds = 5\nspread_minutes = 0\n"
        "quiet_hours_start = 0\nquiet_hours_end = 0\n\n"  # the test runs at any hour
        f'[telegram]\nenabled = true\ntoken_env = "{TOKEN_ENV}"\n'
        f'base_url = "{emu.base_url}"\nbase_file_url = "{emu.base_file_url}"\n'
        f'mode = "webhook"\nwebhook_listen = "127.0.0.1"\nwebhook_port = {port}\n'
        f'webhook_url = "{hook}"\nwebhook_secret_env = "{SECRET_ENV}"\n'
        f"messages_per_second = {per_second}\nmessages_per_chat_per_second = 1000.0\n"
        "messages_per_group_per_minute = 100000\n",
        encoding="utf-8",
    )
    return path


async def listening(port: int, bot: BotProcess) -> None:
    """Until the worker's webhook port takes connections (or it died)."""
    deadline = asyncio.get_running_loop().time() + START_TIMEOUT
    while asyncio.get_running_loop().time() < deadline:
        assert bot.running, f"a worker exited at start:\n{bot.log_tail()}"
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        await writer.wait_closed()
        return
    raise AssertionError(f"a worker did not listen in time:\n{bot.log_tail()}")


class Progress:
    """Turns answered so far, over all users; the killer waits on it."""

    def __init__(self) -> None:
        self.done = 0
        self.changed = asyncio.Event()

    def step(self) -> None:
        self.done += 1
        self.changed.set()

    async def reach(self, point: int) -> None:
        while self.done < point:
            self.changed.clear()
            await self.changed.wait()


async def user(emu: ObservedEmulator, person: Person, progress: Progress) -> None:
    chat = person.chat.id
    for turn, text in enumerate(person.script):
        assert emu.send_text(person.user, person.chat, text) is not None
        arrivals = await emu.wait_chat(chat, turns_answered(person.batches, turn + 1), TURN_TIMEOUT)
        result = parse(flat(person.batches), [a.text for a in arrivals])
        assert result.error is None, f"chat {chat}: {result.error}"
        progress.step()


async def killer(
    workers: list[tuple[BotProcess, int]], progress: Progress, points: list[int], seed: int
) -> int:
    """SIGKILL a random worker at each point; the first kill hits the first worker, which
    took the scheduler's role at the start (so a standby must take it over)."""
    rng = random.Random(seed)
    kills = 0
    for point in points:
        await progress.reach(point)
        bot, port = workers[0] if kills == 0 else rng.choice(workers)
        await asyncio.sleep(rng.uniform(0.0, 0.05))
        await bot.kill()
        kills += 1
        await asyncio.sleep(rng.uniform(0.1, 0.5))  # the others carry on meanwhile
        await bot.start()
        await listening(port, bot)
    return kills


async def soak(
    engine: Engine, tmp: Path, server: Server, users: int, kills: int, seed: int
) -> None:
    reference = Reference(engine)
    scripts = [SCRIPTS[u % len(SCRIPTS)] for u in range(users)]
    batches = [await reference.batches(s) for s in scripts]
    for script_batches in batches:  # what makes `parse` unambiguous
        assert all(a != b for a, b in itertools.pairwise(flat(script_batches)))
    url = server.new_database()
    rng = random.Random(seed)
    ports = [free_port() for _ in range(3)]
    balancer = Balancer(ports)
    await balancer.start()
    env = {TOKEN_ENV: TOKEN, SECRET_ENV: SECRET}
    try:
        async with ObservedEmulator(token=TOKEN, username="verbonden_workers_bot") as emu:
            crowd = people(emu, 5000, scripts, batches)
            procs = [
                (
                    BotProcess(
                        ours_argv(worker_config(tmp / f"w{n}.toml", emu, url, port, balancer.url)),
                        env=env,
                        log=tmp / f"w{n}.log",
                    ),
                    port,
                )
                for n, port in enumerate(ports)
            ]
            try:
                for bot, port in procs:
                    await bot.start()
                    await listening(port, bot)
                total = sum(len(s) for s in scripts)
                points = sorted(rng.sample(range(1, total), kills))
                progress = Progress()
                killed = asyncio.ensure_future(killer(procs, progress, points, seed))
                await gather_or_cancel(*(user(emu, person, progress) for person in crowd))
                assert await killed == kills
                store = await Store.open(url)
                try:
                    # What a killed worker committed but never sent goes out from the
                    # worker holding the scheduler's role, once it is 5 s old.
                    for _ in range(200):
                        if not await store.execute_fetchall("SELECT 1 FROM outbox"):
                            break
                        await asyncio.sleep(0.1)
                    assert await store.execute_fetchall("SELECT * FROM outbox") == []
                    assert await comparable_rows(store) == await reference.final_rows(
                        {p.user.id: p.script for p in crowd}
                    )
                    [(handled,)] = await store.execute_fetchall(
                        "SELECT COUNT(*) FROM handled_events"
                    )
                    assert handled == total
                finally:
                    await store.close()
                for bot, _ in procs:
                    assert await bot.stop() == 0, bot.log_tail()
            finally:
                for bot, _ in procs:
                    await bot.kill()
            repeats = 0
            for person in crowd:
                result = parse(flat(person.batches), emu.texts(person.chat.id))
                assert result.error is None, f"chat {person.chat.id}: {result.error}"
                assert result.answered == len(flat(person.batches))
                repeats += len(result.repeats)
            assert repeats <= kills, f"{repeats} repeated message(s) after {kills} kill(s)"
            print(
                f"\n3 workers, {users} users, {total} turns, {kills} SIGKILLs: "
                f"{repeats} repeated message(s); forwarded per worker {balancer.forwarded}"
            )
    finally:
        await balancer.stop()


async def test_three_workers_with_kills_lose_nothing_and_repeat_no_turn(
    engine: Engine, tmp_path: Path, postgres_server: Server
) -> None:
    await soak(engine, tmp_path, postgres_server, users=12, kills=4, seed=11)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_three_workers_soak(
    engine: Engine, tmp_path: Path, postgres_server: Server, seed: int
) -> None:
    await soak(engine, tmp_path, postgres_server, users=200, kills=15, seed=seed)


async def subscribe_due_now(url: str, ids: list[int]) -> None:
    """People idle in the menu whose daily question is due now (written directly)."""
    import asyncpg

    now = datetime.now(UTC).isoformat(timespec="seconds")
    at = datetime.now(AMS).strftime("%H:%M")
    connection = await asyncpg.connect(url)
    try:
        for n in ids:
            u = str(n)
            await connection.execute(
                "INSERT INTO users (platform, user_id, region, welcomed, created_at, "
                "updated_at) VALUES ('telegram', $1, 'nl', 1, $2, $2)",
                u,
                now,
            )
            await connection.execute(
                "INSERT INTO daily_prompts (platform, chat_id, user_id, local_time, zone, "
                "slot_at, due_at, created_at, updated_at) "
                "VALUES ('telegram', $1, $1, $2, 'Europe/Amsterdam', $3, $3, $3, $3)",
                u,
                at,
                now,
            )
    finally:
        await connection.close()


async def test_the_schedulers_holder_killed_mid_burst_hands_over(
    engine: Engine, tmp_path: Path, postgres_server: Server
) -> None:
    """Two workers; the one holding the scheduler's role is SIGKILLed while it sends a
    burst of daily questions (paced at 20 a second). The standby takes the role and
    sends what the killed one had committed but not sent: every person gets their
    question, and only a send in flight at the kill can come twice."""
    url = postgres_server.new_database()
    ports = [free_port() for _ in range(2)]
    balancer = Balancer(ports)
    await balancer.start()
    env = {TOKEN_ENV: TOKEN, SECRET_ENV: SECRET}
    try:
        async with ObservedEmulator(token=TOKEN, username="verbonden_workers_bot") as emu:
            ids = list(range(7000, 7120))
            chats = [emu.private_chat(emu.user(n, f"Abonnee{n}")).id for n in ids]
            procs = [
                BotProcess(
                    ours_argv(
                        worker_config(tmp_path / f"w{n}.toml", emu, url, p, balancer.url, 20)
                    ),
                    env=env,
                    log=tmp_path / f"w{n}.log",
                )
                for n, p in enumerate(ports)
            ]
            try:
                await procs[0].start()
                await listening(ports[0], procs[0])
                await asyncio.sleep(1.5)  # the first worker takes the role
                await procs[1].start()
                await listening(ports[1], procs[1])
                await subscribe_due_now(url, ids)

                def got(count: int) -> bool:
                    return sum(1 for c in chats if emu.inbox.get(c)) >= count

                await emu.wait_until(lambda: got(30), 60)
                await procs[0].kill()  # mid-burst: most are committed, queued, not sent
                held = sum(1 for c in chats if emu.inbox.get(c))
                await emu.wait_until(lambda: got(len(chats)), 90)
                await asyncio.sleep(1.0)  # anything sent twice would have come by now
                for bot in procs[1:]:
                    assert await bot.stop() == 0, bot.log_tail()
            finally:
                for bot in procs:
                    await bot.kill()
            counts = [len(emu.inbox.get(c, [])) for c in chats]
            twice = [c for c, k in zip(chats, counts, strict=True) if k > 1]
            for chat in twice:
                texts = emu.texts(chat)
                assert len(set(texts)) == 1, f"chat {chat}: a different question came: {texts}"
            assert all(k >= 1 for k in counts)
            assert len(twice) <= 3, f"{len(twice)} people got their question twice"
            print(
                f"\n{len(chats)} questions; holder killed after {held}; the standby sent the "
                f"rest; {len(twice)} sent twice (in flight at the kill)"
            )
        store = await Store.open(url)
        try:
            assert await store.execute_fetchall("SELECT * FROM outbox") == []
            rows = await store.execute_fetchall(
                "SELECT COUNT(*) FROM daily_prompts WHERE due_at <= ?",
                (datetime.now(UTC).isoformat(timespec="seconds"),),
            )
            assert rows[0][0] == 0  # every row moved on to tomorrow
        finally:
            await store.close()
    finally:
        await balancer.stop()


async def test_a_holder_whose_session_is_cut_stops_for_a_clean_restart(
    engine: Engine, tmp_path: Path, postgres_server: Server
) -> None:
    """The database session holding the scheduler's role is terminated (an operator, a
    failover, a network cut): the worker must not go on as if it held the role. It
    stops with exit code 1, so its supervisor restarts it as a standby."""
    url = postgres_server.new_database()
    port = free_port()
    env = {TOKEN_ENV: TOKEN, SECRET_ENV: SECRET}
    async with ObservedEmulator(token=TOKEN, username="verbonden_workers_bot") as emu:
        config = worker_config(
            tmp_path / "w.toml", emu, url, port, f"http://127.0.0.1:{port}/telegram"
        )
        bot = BotProcess(ours_argv(config), env=env, log=tmp_path / "w.log")
        try:
            await bot.start()
            await listening(port, bot)
            for _ in range(100):
                if "holds the scheduler's role" in (tmp_path / "w.log").read_text():
                    break
                await asyncio.sleep(0.1)
            postgres_server.psql(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
            )
            assert bot.proc is not None
            code = await asyncio.wait_for(bot.proc.wait(), 30)
            assert code == 1, bot.log_tail()
            assert "lost the scheduler's role" in (tmp_path / "w.log").read_text()
        finally:
            await bot.kill()
