"""`verbonden run`: start every adapter the config enables, stop them cleanly.

On SIGINT/SIGTERM each adapter stops taking new events, lets in-flight turns
finish (their state is committed before any reply goes out), and only then the
database is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

from bot.config import Config
from bot.runtime.ports import Adapter, Transport
from bot.runtime.runtime import Runtime, utcnow
from bot.service.ops import OpsServer
from bot.service.scheduler import LEASE, LEASE_SECONDS, Scheduler
from bot.service.sender import MATRIX, Limits
from bot.store.db import Store
from bot.store.leases import lease_holder

log = logging.getLogger(__name__)


NO_ADAPTER = (
    "No chat network is enabled, so there is nothing to run.\n"
    "Enable one in your config file, for example:\n\n"
    "  [telegram]\n  enabled = true\n\n"
    "and set the token in the environment (VERBONDEN_TELEGRAM_TOKEN by default).\n"
    "See config.example.toml. To try the bot without a network: verbonden chat"
)


def build_adapters(config: Config, runtime: Runtime) -> list[Adapter]:
    adapters: list[Adapter] = []
    if config.telegram.enabled:
        from adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(config.telegram, runtime))
    if config.matrix.enabled:
        from adapters.matrix import MatrixAdapter

        adapters.append(MatrixAdapter(config.matrix, runtime, config=config))
    return adapters


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


def for_adapters(
    config: Config, runtime: Runtime, adapters: Sequence[Adapter], *, holder: str | None = None
) -> Scheduler | None:
    """A scheduler sending through every started adapter."""
    if not config.scheduler.enabled or not adapters:
        return None
    transports: dict[str, Transport] = {adapter.platform: adapter for adapter in adapters}
    return Scheduler(
        runtime, transports, config.scheduler, limits=platform_limits(config), holder=holder
    )


def once_only(adapter: Adapter, config: Config) -> bool:
    """What one worker runs at a time: Matrix (one device: its keys and its sync) and
    Telegram polling (Telegram refuses a second getUpdates). Telegram webhooks may
    reach any worker, behind a load balancer."""
    return adapter.platform == "matrix" or (
        adapter.platform == "telegram" and config.telegram.mode == "polling"
    )


async def _wait(stopping: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stopping.wait(), timeout=seconds)


async def _takes(store: Store, holder: str) -> bool:
    """Take or keep the scheduler's role; a database that does not answer means no."""
    try:
        return await store.take_lease(LEASE, holder, utcnow(), LEASE_SECONDS)
    except Exception as exc:  # a standby keeps standing by; a holder stops
        log.warning("could not ask the database for the scheduler's role (%s)", type(exc).__name__)
        return False


async def _primary(
    config: Config,
    runtime: Runtime,
    once: Sequence[Adapter],
    started: list[Adapter],
    stopping: asyncio.Event,
) -> bool:
    """Several workers: wait for the scheduler's role, then run what runs once.

    Returns False when the role was lost while held (the database session ended): this
    worker then stops, so that its supervisor restarts it clean as a standby."""
    holder, store = lease_holder(), runtime.store
    while not await _takes(store, holder):
        await _wait(stopping, config.scheduler.tick_seconds)
        if stopping.is_set():
            return True
    log.info("this worker holds the scheduler's role; starting what runs once")
    for adapter in once:
        if not await _started(adapter, stopping):
            return True
        started.append(adapter)
        log.info("%s adapter running (on this worker only)", adapter.name)
    scheduler = for_adapters(config, runtime, started, holder=holder)
    if scheduler is not None:
        return await scheduler.run_forever(stopping, while_held=True)
    while not stopping.is_set():  # no scheduling, but the role is still this worker's
        if not await _takes(store, holder):
            return False
        await _wait(stopping, config.scheduler.tick_seconds)
    await store.release_lease(LEASE, holder)
    return True


async def _started(adapter: Adapter, stopping: asyncio.Event) -> bool:
    """Start ``adapter``; False if a stop was asked first (SIGTERM while connecting to a
    network that does not answer must not wait for every retry)."""
    starting = asyncio.create_task(adapter.start())
    stop = asyncio.create_task(stopping.wait())
    await asyncio.wait({starting, stop}, return_when=asyncio.FIRST_COMPLETED)
    stop.cancel()
    if not starting.done():
        starting.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await starting
        return False
    starting.result()  # its error, if it failed
    return True


async def run(config: Config, *, db: str | None = None) -> int:
    from bot.app.wiring import open_runtime

    if not (config.telegram.enabled or config.matrix.enabled):
        print(NO_ADAPTER, file=sys.stderr)
        return 2
    runtime = await open_runtime(config, db=db)
    adapters = build_adapters(config, runtime)
    for adapter in adapters:
        runtime.attach(adapter)  # check-ins: admin rights asked of the platform, per command
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    started: list[Adapter] = []
    scheduling: asyncio.Task[bool] | None = None
    # Several workers on one database: what may run once runs where the scheduler's
    # role is; the others take Telegram's webhooks and stand by for the role.
    shared = runtime.store.shared
    once = [a for a in adapters if shared and once_only(a, config)]
    # A standby is ready without what only the role's holder runs (or the load balancer
    # would send it no webhooks).
    watched = [a for a in adapters if a not in once]
    ops = OpsServer(runtime.store, watched) if config.ops.listen else None
    try:
        if ops is not None:
            await ops.start(config.ops.listen)  # first: /readyz says "not yet" while connecting
        for adapter in adapters:
            if adapter in once:
                continue
            if not await _started(adapter, stopping):
                log.info("stopped while %s was connecting", adapter.name)
                break
            started.append(adapter)
            log.info("%s adapter running", adapter.name)
        # Daily questions, follow-ups and check-ins go out through the adapters.
        if shared and not stopping.is_set():
            scheduling = asyncio.create_task(_primary(config, runtime, once, started, stopping))
            scheduling.add_done_callback(lambda _: stopping.set())
            log.info("standing by for the scheduler's role (several workers)")
        else:
            scheduler = for_adapters(config, runtime, started)
            if scheduler is not None:
                scheduling = asyncio.create_task(scheduler.run_forever(stopping))
                log.info("scheduler running (every %d s)", config.scheduler.tick_seconds)
        await stopping.wait()
        log.info("stopping: finishing turns in flight")
    finally:
        if ops is not None:
            ops.stopping = True  # /readyz answers 503 from now on, while turns finish
        stopping.set()
        kept_role = True
        if scheduling is not None:
            kept_role = await scheduling  # it finishes the sends it started, then lets go
        for adapter in reversed(started):
            await adapter.stop()
        await runtime.flush()
        if ops is not None:
            await ops.stop()
        await runtime.close()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    if not kept_role:
        log.error(
            "lost the scheduler's role (the database session ended): stopped, so that a "
            "restart brings this worker back as a standby"
        )
        return 1
    return 0
