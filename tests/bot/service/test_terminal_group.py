"""The terminal's simulated group room: a check-in tried without a chat network."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.app.simulate import GroupChat
from bot.core.engine import Engine
from bot.runtime.runtime import Runtime
from bot.store.db import Store

ROOT = Path(__file__).resolve().parents[3]
CHAT = (sys.executable, "-m", "bot", "chat")


async def test_a_check_in_in_a_simulated_room(engine: Engine, tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "group.sqlite3")
    out = io.StringIO()
    group = GroupChat(Runtime(engine, store), "koffie", speaker="anna", out=out)
    for line in [
        "bram: checkin elke dag om 9u",  # bram is no admin
        "checkin elke maandag om 19:00",
        "checkin antwoordtijd 30 minuten",
        "checkin nu",
        "bram: Lekker gefietst",
        "cees: checkin stil",
        "cees: Soep gemaakt",
        "dirk: liever privé antwoorden",
        "#prive dirk: Mijn moeder gebeld",
        "#wacht 30 minuten",
    ]:
        await group.line(line)
    await group.scheduler.close()
    await store.close()
    text = out.getvalue()
    assert "[koffie] bot> Alleen beheerders" in text
    assert "[koffie] bot> Afgesproken! De check-in is elke maandag om 19:00" in text
    assert "[koffie] bot> Tijd voor de check-in!" in text
    assert "[privé dirk] bot> Hoi! Hier kun je privé antwoorden" in text
    roundup = text[text.index("De check-in is voorbij") :]
    assert "Er deden drie mensen mee: Bram, Dirk en nog" in roundup.replace("\n[koffie]     ", "")
    assert "moeder" not in roundup and "Cees" not in roundup


def test_the_chat_command_simulates_a_room(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [*CHAT, "--db", str(tmp_path / "g.sqlite3"), "--group", "wandelclub", "--as", "Mia"],
        input="checkin werkdagen 9:00\ncheckin nu\njoost: prima week\n#wacht 2 uur\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "[wandelclub] bot> Afgesproken! De check-in is op werkdagen om 9:00" in done.stdout
    assert "Joost deed mee" in done.stdout
