"""Drive every conversation end to end through the runtime, from transcript files.

Each file in ``dialogues/transcripts/`` is a list of steps: what the user types
(or which button they press), then what must hold afterwards. The runner uses a
real SQLite file, so ``restart`` really closes and reopens everything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.core.dialogue.model import DIALOGUE_DIR, read_yaml
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Document, Inbound, Picture, Reply
from bot.runtime.runtime import Runtime
from bot.store.db import Store

TRANSCRIPTS = sorted((DIALOGUE_DIR / "transcripts").glob("*.yaml"))
KEY = ConversationKey("test", "chat-1", "user-1")
STEP_KEYS = {"user", "choice", "followup", "restart", "expect", "not_expect", "choices", "state"}
STEP_KEYS |= {"region", "journal", "followups", "rows", "slots"}


@dataclass
class Session:
    engine: Engine
    db: Path
    region: str | None
    runtime: Runtime | None = None
    said: list[str] = field(default_factory=list)
    last_choices: tuple[str, ...] = ()

    async def open(self) -> None:
        store = await Store.open(self.db)
        self.runtime = Runtime(self.engine, store)

    async def close(self) -> None:
        assert self.runtime
        await self.runtime.flush()
        await self.runtime.close()
        self.runtime = None

    async def send(self, inbound: Inbound) -> list[str]:
        assert self.runtime
        delivery = await self.runtime.handle(inbound)
        self.runtime.delivered(delivery)
        texts = []
        for item in delivery.outbound:
            if isinstance(item, Reply):
                texts.append(item.text)
                if item.choices:
                    self.last_choices = item.choices
            elif isinstance(item, Document):
                texts.append(item.content.decode("utf-8"))
            elif isinstance(item, Picture):
                assert item.content.startswith(b"\x89PNG\r\n\x1a\n"), "a picture is a PNG"
                texts.append(f"{item.sketch}\n{item.caption}")
        return texts


def _choice_id(session: Session, wanted: str) -> Inbound:
    """A button press: the engine gets the choice id, as adapters send it."""
    return Inbound(KEY, text=wanted, kind="choice", choice_id=wanted)


async def _followup(session: Session, target: str) -> Inbound:
    """A follow-up as the scheduler delivers it: with the slots kept when it was planned."""
    assert session.runtime
    rows = await session.runtime.store.execute_fetchall(
        "SELECT context FROM followups WHERE platform=? AND user_id=? AND target=?"
        " ORDER BY id DESC LIMIT 1",
        (KEY.platform, KEY.user_id, target),
    )
    context = json.loads(rows[0][0] or "{}") if rows else {}
    return Inbound(KEY, kind="followup", target=target, context=context)


async def _count(store: Store, sql: str) -> int:
    rows = await store.execute_fetchall(sql, (KEY.platform, KEY.user_id))
    return int(rows[0][0])


async def run_transcript(path: Path, engine: Engine, tmp_path: Path) -> None:
    spec = read_yaml(path.read_text(encoding="utf-8"))  # noqa: ASYNC240 - a small test fixture
    session = Session(engine, tmp_path / "transcript.sqlite3", spec.get("region"))
    await session.open()
    previous: str | None = None
    try:
        for number, step in enumerate(spec["steps"], start=1):
            where = f"{path.name} step {number} ({step})"
            unknown = set(step) - STEP_KEYS
            assert not unknown, f"{where}: unknown keys {unknown}"
            if step.get("restart"):
                await session.close()
                await session.open()
                continue
            if "user" in step:
                inbound = Inbound(KEY, text=str(step["user"]))
            elif "choice" in step:
                inbound = _choice_id(session, step["choice"])
            else:
                inbound = await _followup(session, step["followup"])
            texts = await session.send(inbound)
            if session.region and number == 1:
                # The transcript's region, as if chosen in the welcome.
                texts += await session.send(Inbound(KEY, text=session.region))
            await _check(session, step, texts, where)
            for text in texts:
                assert text != previous, f"{where}: said the same thing twice in a row: {text!r}"
                previous = text
    finally:
        if session.runtime:
            await session.close()


async def _check(session: Session, step: dict[str, Any], texts: list[str], where: str) -> None:
    assert session.runtime
    joined = "\n".join(texts)
    for wanted in step.get("expect", []):
        assert wanted.lower() in joined.lower(), f"{where}: expected {wanted!r} in:\n{joined}"
    for unwanted in step.get("not_expect", []):
        assert unwanted.lower() not in joined.lower(), f"{where}: did not expect {unwanted!r}"
    if "choices" in step:
        assert list(session.last_choices) == step["choices"], (
            f"{where}: choices {session.last_choices}"
        )
    store = session.runtime.store
    await store.flush()
    state, profile = await store.load(KEY)
    if "state" in step:
        assert state is not None, f"{where}: no conversation stored"
        assert f"{state.dialogue}.{state.state}" == step["state"], (
            f"{where}: at {state.dialogue}.{state.state}"
        )
    if "slots" in step:
        # Slots starting with "_" are the engine's own bookkeeping ("_terug").
        kept = {k: v for k, v in (state.slots if state else {}).items() if not k.startswith("_")}
        assert state is not None and kept == step["slots"], (
            f"{where}: slots {state and state.slots}"
        )
    if "region" in step:
        assert profile is not None and profile.region == step["region"], f"{where}: {profile}"
    if "journal" in step:
        found = await _count(store, "SELECT COUNT(*) FROM journal WHERE platform=? AND user_id=?")
        assert found == step["journal"], f"{where}: {found} journal entries"
    if "followups" in step:
        found = await _count(store, "SELECT COUNT(*) FROM followups WHERE platform=? AND user_id=?")
        assert found == step["followups"], f"{where}: {found} follow-ups"
    if "rows" in step:
        found = await store.rows_about(KEY.user)
        assert found == step["rows"], f"{where}: {found} rows about the user remain"


def test_there_are_transcripts_for_every_conversation(engine: Engine) -> None:
    covered = set()
    for path in TRANSCRIPTS:
        for step in read_yaml(path.read_text(encoding="utf-8"))["steps"]:
            if "state" in step:
                covered.add(step["state"].split(".")[0])
    assert set(engine.specs) - covered == set(), "some dialogue has no transcript"


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
async def test_transcript(path: Path, engine: Engine, tmp_path: Path) -> None:
    await run_transcript(path, engine, tmp_path)
