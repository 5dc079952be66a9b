"""Driving Telegram bots through the Bot API emulator: simulated users, bot processes, and
what the bot should answer (from an in-memory reference run of our engine).

Shared by ``bench/telegram.py`` and the Telegram fault and load tests. The emulator
(``tests/support/telegram_emulator.py``) runs in this process; the bots under test run as
child processes, one event loop and one core each, as they do in production.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adapters.telegram.render import SendFile, SendText, plan
from bench.ptb_conversation import TOKEN_ENV as TOKEN_ENV  # the env var both bots read
from bot.core.dialogue.spec import load_dialogues
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support.telegram_emulator import SimChat, SimUser, TelegramEmulator

ROOT = Path(__file__).resolve().parent.parent
OURS_TOKEN = "515151515:AAH-verbonden_bench_ours"
BASELINE_TOKEN = "525252525:AAH-verbonden_bench_baseline"
PLATFORM = "telegram"

Batch = tuple[str, ...]  # the texts the bot sends for one turn, in order


# ----------------------------------------------------------------------------- the emulator


@dataclass(frozen=True, slots=True)
class Arrival:
    """One message the bot sent, as the emulator accepted it."""

    at: float  # time.monotonic() when the emulator stored it
    text: str


Predicate = Callable[[list[Arrival]], bool]


class ObservedEmulator(TelegramEmulator):
    """The emulator, also keeping each chat's bot messages and waking waiters per chat.

    ``emu.wait_until``/``emu.sent(chat)`` re-check every waiter by scanning all sent
    messages after every API call, which is quadratic with hundreds of users. Here an
    arrival costs O(waiters of that chat).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.inbox: defaultdict[int, list[Arrival]] = defaultdict(list)
        self._watchers: defaultdict[int, list[tuple[Predicate, asyncio.Future[None]]]] = (
            defaultdict(list)
        )

    def _store_bot_message(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        message: dict[str, Any] = super()._store_bot_message(*args, **kwargs)
        chat_id = int(message["chat"]["id"])
        arrivals = self.inbox[chat_id]
        text = message.get("text") or message.get("caption") or ""
        arrivals.append(Arrival(time.monotonic(), str(text)))
        for predicate, future in self._watchers.get(chat_id, ()):
            if future.done():
                continue
            try:
                if predicate(arrivals):
                    future.set_result(None)
            except Exception as exc:  # the waiter's problem, not the bot's: no 500 for it
                future.set_exception(exc)
        return message

    async def wait_chat(
        self,
        chat_id: int,
        predicate: Predicate,
        timeout: float,  # noqa: ASYNC109 - a deadline is this helper's point
    ) -> list[Arrival]:
        """Wait until ``predicate(inbox[chat_id])`` holds (checked on every arrival there)."""
        arrivals = self.inbox[chat_id]
        if predicate(arrivals):
            return arrivals
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (predicate, future)
        self._watchers[chat_id].append(entry)
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            texts = [a.text[:40] for a in arrivals]
            raise TimeoutError(
                f"chat {chat_id}: condition not met within {timeout} s; got {texts}"
            ) from None
        finally:
            watchers = self._watchers[chat_id]
            watchers.remove(entry)
            if not watchers:
                del self._watchers[chat_id]
        return arrivals

    def texts(self, chat_id: int) -> list[str]:
        return [a.text for a in self.inbox.get(chat_id, ())]


def at_least(count: int) -> Predicate:
    return lambda arrivals: len(arrivals) >= count


# ----------------------------------------------------------------------------- what to expect


class Reference:
    """Our bot's answers, computed in memory with the same engine and dialogues.

    The engine is deterministic, so a script's batches are computed once and reused
    for every user who plays it.
    """

    def __init__(self, engine: Engine | None = None) -> None:
        self.engine = engine or Engine(load_dialogues())
        self._batches: dict[tuple[str, ...], list[Batch]] = {}

    async def batches(self, script: Sequence[str]) -> list[Batch]:
        """The texts our bot sends for each turn of ``script`` (a new private chat)."""
        key = tuple(script)
        if key not in self._batches:
            store = await Store.open(":memory:")
            try:
                runtime = Runtime(self.engine, store, default_region="nl")
                chat = ConversationKey(PLATFORM, "1", "1")
                out = []
                for n, text in enumerate(key):
                    delivery = await runtime.handle(private_inbound(chat, text, str(n)))
                    runtime.delivered(delivery)
                    out.append(batch_texts(delivery.outbound))
            finally:
                await store.close()
            self._batches[key] = out
        return self._batches[key]

    async def final_rows(self, users: Mapping[int, Sequence[str]]) -> dict[str, Any]:
        """The database rows an uninterrupted run of these users leaves behind."""
        store = await Store.open(":memory:")
        try:
            runtime = Runtime(self.engine, store, default_region="nl")
            n = 0
            for user_id, script in users.items():
                key = ConversationKey(PLATFORM, str(user_id), str(user_id))
                for text in script:
                    n += 1
                    runtime.delivered(await runtime.handle(private_inbound(key, text, str(n))))
            await store.flush()
            return await comparable_rows(store)
        finally:
            await store.close()


def private_inbound(key: ConversationKey, text: str, event_id: str) -> Inbound:
    """What the adapter makes of a typed private message (see adapters/telegram/updates.py)."""
    return Inbound(key, text=text, event_id=event_id, chat_type="private")


def batch_texts(outbound: Sequence[Any]) -> Batch:
    texts: list[str] = []
    for step in plan(outbound, group=False, bot_username="verbonden_bench_bot"):
        if isinstance(step, SendText):
            texts.append(step.text)
        elif isinstance(step, SendFile):
            texts.append(step.caption)
    return tuple(texts)


async def comparable_rows(store: Store) -> dict[str, Any]:
    """Everything about the conversations that must not depend on crashes or timing."""
    conversations = await store.execute_fetchall(
        "SELECT chat_id, user_id, dialogue, state, slots, resume, last_said, unclear_count, "
        "flagged, turn FROM conversations ORDER BY chat_id, user_id"
    )
    users = await store.execute_fetchall(
        "SELECT user_id, region, welcomed FROM users ORDER BY user_id"
    )
    followups = await store.execute_fetchall(
        "SELECT chat_id, user_id, target, context FROM followups ORDER BY chat_id, user_id, target"
    )
    return {
        "conversations": [tuple(r) for r in conversations],
        "users": [tuple(r) for r in users],
        "followups": [tuple(r) for r in followups],
    }


# ----------------------------------------------------------------------------- bot processes


def _pdeathsig() -> Callable[[], None] | None:
    """A pre-exec hook that SIGKILLs the child when its parent dies (Linux), else None.

    The C function is looked up here, in the parent; the hook only calls it, so the
    child runs no imports or lookups between fork and exec.
    """
    if sys.platform != "linux":
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1

    def hook() -> None:
        prctl(pr_set_pdeathsig, signal.SIGKILL)

    return hook


_DIE_WITH_PARENT = _pdeathsig()


class BotProcess:
    """A bot under test as a child process; SIGKILLed on exit unless stopped before."""

    def __init__(
        self, argv: Sequence[str], *, env: Mapping[str, str], log: Path, cwd: Path = ROOT
    ) -> None:
        self.argv = list(argv)
        self.env = {**os.environ, **env}
        self.log = log
        self.cwd = cwd
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self) -> None:
        if self.running:
            raise RuntimeError("already running")
        with self.log.open("ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                *self.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=out,
                preexec_fn=_DIE_WITH_PARENT,  # no bot outlives a driver that died
            )
        self.starts += 1

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def cpu_seconds(self) -> float:
        """User plus system CPU time the process used so far (all its threads)."""
        return process_cpu_seconds(self.pid)

    async def kill(self) -> None:
        """SIGKILL, and wait until it is gone."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc is not None:
            await self.proc.wait()

    async def stop(self, timeout: float = 30.0) -> int:  # noqa: ASYNC109 - a grace period
        """SIGTERM (a clean stop), SIGKILL if it takes longer than ``timeout``; the exit code."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                await self.kill()
        assert self.proc.returncode is not None
        return self.proc.returncode

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    async def __aenter__(self) -> BotProcess:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.kill()


def process_cpu_seconds(pid: int) -> float:
    """User plus system CPU seconds of a live process, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        # The command name (field 2) may hold spaces; utime and stime follow it at 14, 15.
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ours_argv(config: Path) -> list[str]:
    """`verbonden --config CONFIG run`, from the same environment as this interpreter."""
    script = Path(sys.executable).parent / "verbonden"
    head = [str(script)] if script.exists() else [sys.executable, "-m", "bot"]
    return [*head, "--config", str(config), "run"]


def baseline_argv(emu: TelegramEmulator, pickle: Path) -> list[str]:
    return [sys.executable, "-m", "bench.ptb_conversation", emu.base_url, str(pickle)]


def write_ours_config(
    path: Path,
    emu: TelegramEmulator,
    db: Path,
    *,
    unpaced: bool = True,
    durability: str = "full",
    log_level: str = "WARNING",
    poll_timeout: int = 10,
) -> Path:
    """A config for `verbonden run` against ``emu``; ``unpaced`` lifts the send limits."""
    pacing = (
        "messages_per_second = 100000.0\n"
        "messages_per_chat_per_second = 1000.0\n"
        "messages_per_group_per_minute = 100000\n"
        if unpaced
        else ""
    )
    path.write_text(
        f'[database]\npath = "{db}"\ndurability = "{durability}"\n\n'
        f'[logging]\nlevel = "{log_level}"\n\n'
        '[bot]\ndefault_region = "nl"\n\n'
        f'[telegram]\nenabled = true\ntoken_env = "{TOKEN_ENV}"\n'
        f'base_url = "{emu.base_url}"\nbase_file_url = "{emu.base_file_url}"\n'
        f"poll_timeout = {poll_timeout}\n{pacing}",
        encoding="utf-8",
    )
    return path


async def wait_polling(emu: TelegramEmulator, since: int, bot: BotProcess, timeout: float) -> None:  # noqa: ASYNC109
    """Wait until the bot asked for updates (after call number ``since``); fail if it died."""

    def polling() -> bool:
        if not bot.running:
            return True
        return any(c.method == "getUpdates" for c in emu.calls[since:])

    await emu.wait_until(polling, timeout)
    if not bot.running:
        raise RuntimeError(f"the bot exited at start:\n{bot.log_tail()}")


# ----------------------------------------------------------------------------- users


@dataclass(frozen=True, slots=True)
class Person:
    user: SimUser
    chat: SimChat
    script: tuple[str, ...]
    batches: tuple[Batch, ...]  # what the bot should answer, turn by turn


@dataclass
class RoundResult:
    turns: int  # answered
    seconds: float  # from the first message to the last answer
    latencies: list[float] = field(default_factory=list)  # seconds, one per answered turn
    messages: int = 0  # bot messages in the answered turns
    bot_cpu: float = 0.0  # seconds of the bot process
    driver_cpu: float = 0.0  # seconds of this process: emulator and simulated users
    stalled: list[int] = field(default_factory=list)  # chats that gave up: a turn never came

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0


def people(
    emu: TelegramEmulator,
    first_id: int,
    scripts: Sequence[tuple[str, ...]],
    batches: Sequence[Sequence[Batch]],
) -> list[Person]:
    out = []
    for n, (script, expected) in enumerate(zip(scripts, batches, strict=True)):
        user = emu.user(first_id + n, f"Gebruiker{first_id + n}")
        out.append(Person(user, emu.private_chat(user), tuple(script), tuple(expected)))
    return out


async def converse(
    emu: ObservedEmulator,
    person: Person,
    tally: RoundResult,
    turn_timeout: float,
    *,
    give_up: bool = False,
) -> None:
    """A closed loop: send a message, wait for the whole answer of that turn, send the next.

    A turn not answered within ``turn_timeout`` raises, or with ``give_up`` ends this
    person's conversation (listed in ``tally.stalled``).
    """
    chat_id = person.chat.id
    expected = len(emu.inbox[chat_id])
    for text, batch in zip(person.script, person.batches, strict=True):
        expected += len(batch)
        started = time.monotonic()
        emu.send_text(person.user, person.chat, text)
        try:
            arrivals = await emu.wait_chat(chat_id, at_least(expected), turn_timeout)
        except TimeoutError:
            if not give_up:
                raise
            tally.stalled.append(chat_id)
            return
        answered = arrivals[expected - 1].at
        tally.latencies.append(answered - started)
        tally.turns += 1
        tally.messages += len(batch)
        tally.seconds = max(tally.seconds, answered)  # made relative in ``drive``


async def drive(
    emu: ObservedEmulator,
    crowd: Sequence[Person],
    bot: BotProcess | None = None,
    *,
    turn_timeout: float = 120.0,
    give_up: bool = False,
) -> RoundResult:
    """Everyone in ``crowd`` starts at once and talks until their script ends."""
    tally = RoundResult(turns=0, seconds=0.0)
    bot_cpu = bot.cpu_seconds() if bot else 0.0
    driver_cpu = time.process_time()
    started = time.monotonic()
    await gather_or_cancel(*(converse(emu, p, tally, turn_timeout, give_up=give_up) for p in crowd))
    tally.seconds = max(0.0, tally.seconds - started)
    tally.bot_cpu = (bot.cpu_seconds() - bot_cpu) if bot else 0.0
    tally.driver_cpu = time.process_time() - driver_cpu
    return tally


async def gather_or_cancel(*coroutines: Coroutine[Any, Any, Any]) -> None:
    """Run all; if one fails, cancel the rest (nothing keeps running) and raise its error."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def wrong_answers(
    emu: ObservedEmulator, crowd: Sequence[Person], *, compare_texts: bool = True
) -> dict[int, list[str]]:
    """Chats whose messages are not exactly the expected batches, once each, in order
    (only their number when ``compare_texts`` is false)."""
    wrong = {}
    for person in crowd:
        want = [text for batch in person.batches for text in batch]
        got = emu.texts(person.chat.id)
        if (got != want) if compare_texts else (len(got) != len(want)):
            wrong[person.chat.id] = got
    return wrong
