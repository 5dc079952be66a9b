"""The terminal chat and its --jsonl contract, through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from adapters.terminal import render, reply_dicts
from bot.messages import Document, Reply

ROOT = Path(__file__).resolve().parents[2]


def _chat(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_jsonl_prints_one_object_per_line(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    done = _chat("--jsonl", "--db", str(db), stdin="hoi\nnederland\n\ngevoel\n")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["in"] for line in lines] == ["hoi", "nederland", "", "gevoel"]
    assert lines[0]["replies"][-1]["choices"] == ["Nederland", "België", "Zeg ik liever niet"]
    assert all(set(r) == {"text", "choices"} for line in lines for r in line["replies"])
    assert lines[2]["replies"], "an empty line still gets a kind answer"
    assert lines[3]["replies"][-1]["choices"][0] == "Bang"


def test_running_twice_continues_the_conversation(tmp_path: Path) -> None:
    db = tmp_path / "twice.sqlite3"
    _chat("--jsonl", "--db", str(db), "--region", "nl", stdin="hoi\ngevoel\n")
    done = _chat("--jsonl", "--db", str(db), stdin="verdrietig\n")
    line = json.loads(done.stdout.splitlines()[0])
    assert line["replies"][0]["choices"][-1] == "Gewoon verdrietig"


def test_memory_database_and_users_are_separate(tmp_path: Path) -> None:
    done = _chat("--jsonl", "--db", ":memory:", "--user", "anna", "--region", "be", stdin="hoi\n")
    line = json.loads(done.stdout)
    assert "Waar wil je het over hebben" in line["replies"][-1]["text"]


def test_interactive_chat_numbers_the_choices(tmp_path: Path) -> None:
    done = _chat("--db", str(tmp_path / "i.sqlite3"), stdin="hoi\n")
    assert "jij> " in done.stdout
    assert "1. Nederland" in done.stdout and "2. België" in done.stdout


def test_render_and_dicts() -> None:
    items = [
        Reply("Hoe sterk?", ("Weet ik niet",), numbered=False),
        Document("a.json", b"{}", "Data"),
    ]
    assert "• Weet ik niet" in render(items)
    assert reply_dicts(items)[1]["text"] == "Data\n{}"
