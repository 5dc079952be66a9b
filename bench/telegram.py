"""Against the usual way: the reframing conversation on Telegram, ours vs. PTB's.

Both bots answer the same conversation (ours: ``dialogues/herkaderen.yaml``, reached via
the menu choice "Een afspraak ging niet door"; the baseline: ``bench/ptb_conversation.py``,
a ConversationHandler with PicklePersistence) through the same Bot API emulator,
driven by N simulated users at once in a closed loop: each user sends the next message
when the bot's whole answer to the previous one has arrived. A turn's latency runs from
the user's message to the last message the bot sends for it (a turn with a text to
copy sends more than one; how many is known exactly from an in-memory reference run).

Fairness:

* Each bot runs as its own process, as it would in production; the emulator and the
  simulated users share this process. On the 2-core benchmark machine that gives the
  bot under test a core of its own: in-process, the emulator's HTTP and JSON work would
  run in the bot's event loop and the ratio would mostly measure the emulator. It also
  lets us read each bot's own CPU time per turn, the figure least disturbed by noise.
* Both bots are started at the beginning and stay up; each has its own emulator (same
  class, same settings: every bot needs its own token and update queue). Only one is
  driven at a time, in alternating order round after round, so both see the same
  machine moments; the idle one sits in a long poll.
* Sending is not limited on either side: the emulator enforces no limits here, PTB has
  no rate limiter by default, and ours is configured with ``messages_per_second =
  100000``, ``messages_per_chat_per_second = 1000`` (Telegram's real limits would
  cap both at 30 messages a second).
* Ours is durable per turn: an SQLite file with ``durability = "full"`` (fsync), each
  reply released only after its turn is committed, and the reply's delivery recorded.
  The baseline keeps conversations in memory and pickles them every 60 s.
* Both bots do the same turns and send one message per turn: ours shows a turn's
  texts as one message (``bot.core.bubbles``); the figures say how many it sent.
* The baseline keeps PTB's defaults otherwise, PicklePersistence included: every 60 s
  it writes the whole pickle once per changed user and conversation (``on_flush=False``),
  a burst that grows with the number of users and lands wherever the minute ends.
* These machines are shared: "other load" is the CPU the rest of the machine used during
  the rounds (from /proc/stat, minus both bots and this process). With 2 cores, more
  than about 0.5 core of it means the rounds competed for CPU; rerun when it is quiet.
  Each ratio is the median over adjacent pairs of rounds, so slow drift cancels out.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.figures import Figure, at_least, percentile
from bench.telegram_driver import (
    BASELINE_TOKEN,
    OURS_TOKEN,
    TOKEN_ENV,
    BotProcess,
    ObservedEmulator,
    Person,
    Reference,
    RoundResult,
    baseline_argv,
    drive,
    ours_argv,
    people,
    wait_polling,
    write_ours_config,
    wrong_answers,
)
from bench.workload import SCRIPTS

# The reframing conversation, 12 messages: greeting, the menu choice "afspraak", then
# every step of herkaderen. The baseline has one state per message of this script.
REFRAMING: tuple[str, ...] = SCRIPTS[1]
QUICK_SIZES = (10,)
FULL_SIZES = (100, 200)
FULL_ROUNDS = 4  # per size and bot, alternating which bot goes first
WARM_UP_USERS = 5
START_TIMEOUT = 60.0


@dataclass
class Side:
    """One bot under test: its process, its emulator, and what it measured."""

    name: str
    emu: ObservedEmulator
    bot: BotProcess
    batches: tuple[tuple[str, ...], ...]
    compare_texts: bool
    give_up_after: float | None = None  # seconds a user waits for a turn; None: forever
    next_user: int = 1_000_000
    rounds: dict[int, list[RoundResult]] = field(default_factory=dict)
    other_load: list[float] = field(default_factory=list)  # cores busy with other work

    def crowd(self, users: int) -> list[Person]:
        first, self.next_user = self.next_user, self.next_user + users
        return people(self.emu, first, [REFRAMING] * users, [self.batches] * users)

    async def round(self, users: int, idle: BotProcess) -> RoundResult:
        """One round with ``users`` new users; ``idle`` is the other bot (not driven now)."""
        crowd = self.crowd(users)
        if not self.bot.running:
            raise RuntimeError(f"{self.name} bot died:\n{self.bot.log_tail()}")
        busy, idle_cpu = machine_busy_seconds(), idle.cpu_seconds()
        # Ours must answer every turn (a stall is an error); PTB's default error handling
        # drops a turn whose send failed, so a baseline user gives up after a minute.
        result = await drive(
            self.emu,
            crowd,
            self.bot,
            turn_timeout=self.give_up_after or 120.0,
            give_up=self.give_up_after is not None,
        )
        busy, idle_cpu = machine_busy_seconds() - busy, idle.cpu_seconds() - idle_cpu
        other = busy - result.bot_cpu - result.driver_cpu - idle_cpu
        self.other_load.append(max(0.0, other) / max(result.seconds, 1e-9))
        answered = [p for p in crowd if p.chat.id not in result.stalled]
        wrong = wrong_answers(self.emu, answered, compare_texts=self.compare_texts)
        if wrong:
            chat, got = next(iter(wrong.items()))
            raise AssertionError(
                f"{self.name}: {len(wrong)} chat(s) answered wrongly, {chat}: {got}"
            )
        return result


def machine_busy_seconds() -> float:
    """CPU seconds all cores spent busy since boot (Linux /proc/stat; idle and iowait not)."""
    with open("/proc/stat", encoding="ascii") as stat:
        ticks = [int(t) for t in stat.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def figure_names(quick: bool) -> list[str]:
    """The names of the figures ``run`` reports, in order."""
    names = []
    for n in QUICK_SIZES if quick else FULL_SIZES:
        names += [
            f"ours turns/s, {n} users",
            f"baseline turns/s, {n} users",
            f"ours / baseline turns/s, {n} users",
            f"ours latency p50, {n} users",
            f"baseline latency p50, {n} users",
            f"ours latency p99, {n} users",
            f"baseline latency p99, {n} users",
            f"ours bot CPU per turn, {n} users",
            f"baseline bot CPU per turn, {n} users",
            f"ours / baseline bot CPU per turn, {n} users",
            f"emulator + users CPU share, busiest round, {n} users",
            f"baseline chats stalled (reply never came), {n} users",
        ]
    names += [
        "ours messages per turn",
        "baseline messages per turn",
        "rounds per size and bot",
        "other load on the machine during the rounds, mean",
        "other load on the machine during the rounds, max",
    ]
    return names


def _figures(sizes: Sequence[int], ours: Side, base: Side, rounds: int) -> list[Figure]:
    figures: list[Figure] = []
    for n in sizes:
        mine, theirs = ours.rounds[n], base.rounds[n]
        # Rounds ran in adjacent pairs: the median of the pairs' ratios resists drift.
        ratio = statistics.median(
            a.turns_per_second / b.turns_per_second for a, b in zip(mine, theirs, strict=True)
        )
        ms_ours = sorted(s * 1000 for r in mine for s in r.latencies)
        ms_base = sorted(s * 1000 for r in theirs for s in r.latencies)
        busiest = max(r.driver_cpu / r.seconds for r in (*mine, *theirs))
        figures += [
            Figure(f"ours turns/s, {n} users", _median_rate(mine), "turns/s"),
            Figure(f"baseline turns/s, {n} users", _median_rate(theirs), "turns/s"),
            at_least(f"ours / baseline turns/s, {n} users", ratio, "ratio", 1.0),
            Figure(f"ours latency p50, {n} users", percentile(ms_ours, 50), "ms"),
            Figure(f"baseline latency p50, {n} users", percentile(ms_base, 50), "ms"),
            Figure(f"ours latency p99, {n} users", percentile(ms_ours, 99), "ms"),
            Figure(f"baseline latency p99, {n} users", percentile(ms_base, 99), "ms"),
            Figure(f"ours bot CPU per turn, {n} users", _cpu_per_turn(mine), "ms"),
            Figure(f"baseline bot CPU per turn, {n} users", _cpu_per_turn(theirs), "ms"),
            Figure(
                f"ours / baseline bot CPU per turn, {n} users",
                _cpu_per_turn(mine) / _cpu_per_turn(theirs),
                "ratio",
            ),
            Figure(f"emulator + users CPU share, busiest round, {n} users", busiest, "cores"),
            Figure(
                f"baseline chats stalled (reply never came), {n} users",
                sum(len(r.stalled) for r in theirs),
                "chats",
            ),
        ]
    per_turn = sum(len(b) for b in ours.batches) / len(ours.batches)
    other = ours.other_load + base.other_load
    figures += [
        Figure("ours messages per turn", per_turn, "messages"),
        Figure("baseline messages per turn", 1.0, "messages"),
        Figure("rounds per size and bot", rounds, "rounds"),
        Figure(
            "other load on the machine during the rounds, mean", statistics.mean(other), "cores"
        ),
        Figure("other load on the machine during the rounds, max", max(other), "cores"),
    ]
    return figures


def _median_rate(results: Sequence[RoundResult]) -> float:
    return statistics.median(r.turns_per_second for r in results)


def _cpu_per_turn(results: Sequence[RoundResult]) -> float:
    return sum(r.bot_cpu for r in results) / sum(r.turns for r in results) * 1000


async def _start(side: Side) -> None:
    mark = len(side.emu.calls)
    await side.bot.start()
    await wait_polling(side.emu, mark, side.bot, START_TIMEOUT)


async def _compare(tmp: Path, sizes: Sequence[int], rounds: int) -> list[Figure]:
    reference = await Reference().batches(REFRAMING)
    async with (
        ObservedEmulator(token=OURS_TOKEN, username="verbonden_bench_bot") as emu_ours,
        ObservedEmulator(token=BASELINE_TOKEN, username="ptb_bench_bot") as emu_base,
    ):
        config = write_ours_config(tmp / "ours.toml", emu_ours, tmp / "ours.sqlite3")
        ours = Side(
            "ours",
            emu_ours,
            BotProcess(ours_argv(config), env={TOKEN_ENV: OURS_TOKEN}, log=tmp / "ours.log"),
            tuple(reference),
            compare_texts=True,
        )
        base = Side(
            "baseline",
            emu_base,
            BotProcess(
                baseline_argv(emu_base, tmp / "baseline.pickle"),
                env={TOKEN_ENV: BASELINE_TOKEN},
                log=tmp / "baseline.log",
            ),
            tuple(("",) for _ in REFRAMING),
            compare_texts=False,
            give_up_after=60.0,
        )
        try:
            await _start(ours)
            await _start(base)
            # Connections, caches and imports warm, as in production.
            await ours.round(WARM_UP_USERS, base.bot)
            await base.round(WARM_UP_USERS, ours.bot)
            ours.other_load.clear()
            base.other_load.clear()
            for n in sizes:
                for r in range(rounds):
                    order = ((ours, base), (base, ours))[r % 2]
                    for side, idle in (order, order[::-1]):
                        side.rounds.setdefault(n, []).append(await side.round(n, idle.bot))
            for side in (ours, base):
                code = await side.bot.stop()
                if code != 0:
                    raise RuntimeError(f"{side.name} exited with {code}:\n{side.bot.log_tail()}")
        finally:
            await ours.bot.kill()
            await base.bot.kill()
    return _figures(sizes, ours, base, rounds)


def run(quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="verbonden-bench-telegram-") as tmp:
        if quick:
            return asyncio.run(_compare(Path(tmp), QUICK_SIZES, 1))
        return asyncio.run(_compare(Path(tmp), FULL_SIZES, FULL_ROUNDS))
