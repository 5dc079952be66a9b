"""The operator's endpoint in process: health, readiness, metrics that move, no user in them."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bench.telegram_driver import BotProcess, ours_argv
from bot import metrics
from bot.app.cli import main
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound
from bot.logs import PSEUDONYMS, JsonLines
from bot.runtime.runtime import Runtime
from bot.service.ops import OpsServer, parse_listen
from bot.store.db import Store
from tests.support.matrix_users import (
    close,
    create_dm,
    make_client,
    send_text,
    unique_localpart,
    wait_for_text,
)
from tests.support.synapse import Synapse, synapse  # noqa: F401  (the session fixture)
from tests.support.telegram_emulator import TelegramEmulator

KEY = ConversationKey("telegram", "chat-5551234", "user-5551234")
# Label names a metric may have: never a user, chat or text.
ALLOWED_LABELS = {"platform", "outcome", "region", "level", "result", "kind", "phase", "version"}


@dataclass
class Fake:
    name: str
    ready: bool = True


@pytest.fixture
async def server(store: Store) -> AsyncIterator[tuple[OpsServer, str, Fake]]:
    adapter = Fake("telegram")
    ops = OpsServer(store, [adapter])
    await ops.start("127.0.0.1:0")
    yield ops, f"http://127.0.0.1:{ops.port}", adapter
    await ops.stop()


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample by (name, sorted labels), parsed as Prometheus would."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(text: str, name: str, **labels: str) -> float:
    return samples(text).get((name, tuple(sorted(labels.items()))), 0.0)


async def test_health_and_readiness(server: tuple[OpsServer, str, Fake]) -> None:
    ops, url, adapter = server
    assert await get(f"{url}/healthz") == (200, "ok\n")
    assert await get(f"{url}/readyz") == (200, "ready\n")
    adapter.ready = False
    status, body = await get(f"{url}/readyz")
    assert status == 503 and "telegram not connected" in body
    adapter.ready = True
    ops.stopping = True
    assert await get(f"{url}/readyz") == (503, "not ready: shutting down\n")


async def test_a_database_that_is_gone_is_not_ready(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "gone.sqlite3")
    ops = OpsServer(store)
    await store.close()
    assert await ops.problems() == ["database not reachable (ValueError)"]


async def test_metrics_move_with_turns_and_hold_no_user(
    server: tuple[OpsServer, str, Fake], engine: Engine, store: Store
) -> None:
    _, url, _ = server
    runtime = Runtime(engine, store, default_region="nl")
    before = (await get(f"{url}/metrics"))[1]
    turns = value(before, "verbonden_turns_total", platform="telegram", outcome="ok")
    crisis = value(before, "verbonden_crisis_replies_total", region="nl", level="clear")
    delivery = await runtime.handle(Inbound(KEY, text="hoi", event_id="e1"))
    again = await runtime.handle(Inbound(KEY, text="hoi", event_id="e1"))  # re-delivered
    status, during = await get(f"{url}/metrics")
    assert status == 200
    assert value(during, "verbonden_turns_total", platform="telegram", outcome="ok") == turns + 1
    assert value(during, "verbonden_turns_total", platform="telegram", outcome="redelivered") >= 1
    assert value(during, "verbonden_outbox_backlog") == 1  # committed, not yet delivered
    assert value(during, "verbonden_turn_seconds_count", platform="telegram") >= 2
    runtime.delivered(delivery)
    runtime.delivered(again)
    await runtime.handle(Inbound(KEY, text="ik wil niet meer leven"))
    await store.flush()
    after = (await get(f"{url}/metrics"))[1]
    assert value(after, "verbonden_outbox_backlog") == 1  # the crisis reply, undelivered
    assert value(after, "verbonden_crisis_replies_total", region="nl", level="clear") == crisis + 1
    assert value(after, "verbonden_db_commit_batch_size_count") > 0
    assert value(after, "verbonden_build_info", version=metrics.VERSION) == 1
    assert value(after, "process_start_time_seconds") > 0
    for (name, labels), _ in samples(after).items():
        assert {k for k, _ in labels} <= ALLOWED_LABELS | {"le"}, name
        for _, label in labels:
            assert "5551234" not in label and "leven" not in label, (name, label)


def test_listen_addresses() -> None:
    assert parse_listen("127.0.0.1:9464") == ("127.0.0.1", 9464)
    assert parse_listen("[::1]:9464") == ("::1", 9464)
    with pytest.raises(ValueError, match="host:port"):
        parse_listen("9464")


def test_json_log_lines_carry_a_pseudonym_not_the_person(caplog: pytest.LogCaptureFixture) -> None:
    record = logging.LogRecord(
        "bot.runtime.runtime", logging.INFO, __file__, 1, "slow turn", (), None
    )
    record.__dict__.update(
        platform="telegram",
        conversation=PSEUDONYMS.of(KEY.platform, KEY.chat_id, KEY.user_id),
        latency_ms=1234.5,
        outcome="ok",
    )
    line = json.loads(JsonLines().format(record))
    assert line["event"] == "slow turn" and line["level"] == "INFO"
    assert line["platform"] == "telegram" and line["latency_ms"] == 1234.5
    assert len(line["conversation"]) == 16 and "5551234" not in json.dumps(line)
    # The same conversation, the same pseudonym; another person, another one.
    assert line["conversation"] == PSEUDONYMS.of(KEY.platform, KEY.chat_id, KEY.user_id)
    assert line["conversation"] != PSEUDONYMS.of(KEY.platform, KEY.chat_id, "someone-else")
    assert datetime.fromisoformat(line["time"]).tzinfo == UTC


async def test_healthcheck_command(
    server: tuple[OpsServer, str, Fake], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ops, url, _ = server
    ready = await asyncio.to_thread(main, ["healthcheck", "--url", f"{url}/readyz"])
    assert ready == 0 and "200 ready" in capsys.readouterr().out
    ops.stopping = True
    assert await asyncio.to_thread(main, ["healthcheck", "--url", f"{url}/readyz"]) == 1
    assert "503 not ready: shutting down" in capsys.readouterr().err
    config = tmp_path / "config.toml"
    config.write_text('[ops]\nlisten = "127.0.0.1:1"\n', encoding="utf-8")
    assert await asyncio.to_thread(main, ["--config", str(config), "healthcheck"]) == 1
    assert "nothing answers" in capsys.readouterr().err
    assert await asyncio.to_thread(main, ["healthcheck"]) == 1
    assert 'Fix: under [ops] set listen = "127.0.0.1:9464"' in capsys.readouterr().err


# ----------------------------------------------------------------- `verbonden run`, end to end

PERSON = 777123456  # a Telegram user id that no timestamp or port contains by chance
TG_TOKEN = "626262626:AAH-verbonden_ops_TEST"


async def _until(check: Callable[[], Awaitable[bool]], what: str) -> None:
    """Poll ``check`` (each a real HTTP round trip) until it holds, for a minute at most."""
    deadline = asyncio.get_running_loop().time() + 60
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"{what} did not happen within 60 s")
        await asyncio.sleep(0.1)


async def _status(url: str) -> int:
    try:
        return (await get(url))[0]
    except aiohttp.ClientError:
        return 0


async def test_verbonden_run_serves_health_readiness_and_metrics_on_both_networks(
    synapse: Synapse,  # noqa: F811
    tmp_path: Path,
) -> None:
    bot = synapse.register(unique_localpart("verbonden"), displayname="Verbonden")
    with socket.socket() as sock:  # a free port for the ops endpoint
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with TelegramEmulator(token=TG_TOKEN, username="verbonden_ops_bot") as emu:
        config = tmp_path / "config.toml"
        config.write_text(
            f'[database]\npath = "{tmp_path / "verbonden.sqlite3"}"\n\n'
            '[logging]\nformat = "json"\n\n[bot]\ndefault_region = "nl"\n\n'
            f'[telegram]\nenabled = true\ntoken_env = "OPS_TEST_TG"\nbase_url = "{emu.base_url}"\n'
            f'base_file_url = "{emu.base_file_url}"\npoll_timeout = 1\n\n'
            f'[matrix]\nenabled = true\nhomeserver = "{synapse.base_url}"\n'
            f'user_id = "{bot.user_id}"\npassword_env = "OPS_TEST_MX"\n'
            f'access_token_env = "OPS_TEST_MX_TOKEN_UNSET"\nstore_dir = "{tmp_path / "mx"}"\n'
            f'allowed_servers = ["{synapse.server_name}"]\n\n'
            f'[ops]\nlisten = "127.0.0.1:{port}"\n',
            encoding="utf-8",
        )
        log = tmp_path / "run.log"
        env = {"OPS_TEST_TG": TG_TOKEN, "OPS_TEST_MX": bot.password}
        process = BotProcess(ours_argv(config), env=env, log=log)
        person = await make_client(
            synapse, unique_localpart("anna"), store_dir=tmp_path / "anna", encryption=False
        )
        url = f"http://127.0.0.1:{port}"
        try:
            await process.start()
            await _until(lambda: _is(url + "/healthz", 200), "the ops endpoint")
            await _until(lambda: _is(url + "/readyz", 200), "both networks connected")
            before = (await get(url + "/metrics"))[1]

            anna = emu.user(PERSON, "Anna")
            chat = emu.private_chat(anna)
            emu.send_text(anna, chat, "hallo, ik voel me alleen")
            await emu.wait_for_sent(chat, 1, timeout=30)
            room = await create_dm(person, bot.user_id, encrypted=False)
            await send_text(person, room, "hoi daar")
            await wait_for_text(person, room, "Verbonden", timeout=30)

            async def settled() -> bool:
                text = (await get(url + "/metrics"))[1]
                return value(text, "verbonden_outbox_backlog") == 0

            await _until(settled, "the outbox emptied")
            after = (await get(url + "/metrics"))[1]
            for platform in ("telegram", "matrix"):
                grew = value(after, "verbonden_turns_total", platform=platform, outcome="ok")
                assert grew > value(
                    before, "verbonden_turns_total", platform=platform, outcome="ok"
                )
                count = value(after, "verbonden_turn_seconds_count", platform=platform)
                assert count >= 1, platform
                assert value(after, "verbonden_sends_total", platform=platform, result="ok") > 0
            assert value(after, "verbonden_matrix_last_sync_timestamp_seconds") > 0
            for (name, labels), _ in samples(after).items():
                assert {k for k, _ in labels} <= ALLOWED_LABELS | {"le"}, name
                for _, label in labels:
                    assert str(PERSON) not in label and person.user_id not in label

            # Shutdown: not ready at once, while turns finish; then gone.
            assert process.proc is not None
            process.proc.send_signal(signal.SIGTERM)
            seen = set()
            while process.proc.returncode is None:
                seen.add(await _status(url + "/readyz"))
                await asyncio.sleep(0.02)
            assert 503 in seen and process.proc.returncode == 0
        finally:
            if process.proc is not None:
                await process.stop()
            await close(person)
    output = log.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert lines and all({"time", "level", "logger", "event"} <= set(line) for line in lines)
    for secret in (str(PERSON), person.user_id, "ik voel me alleen", "hoi daar", TG_TOKEN):
        assert secret not in output, secret


async def _is(url: str, status: int) -> bool:
    return await _status(url) == status
