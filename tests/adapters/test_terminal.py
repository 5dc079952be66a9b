"""The terminal chat and its --jsonl contract, through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from adapters.terminal import render, reply_dicts
from bot.core.messages import Document, Outbound, Reply

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
    items: list[Outbound] = [
        Reply("Hoe sterk?", ("Weet ik niet",), numbered=False),
        Document("a.json", b"{}", "Data"),
    ]
    assert "• Weet ik niet" in render(items)
    assert reply_dicts(items)[1]["text"] == "Data\n{}"


JOURNAL_WEEK = "hoi\ngevoel\nbang\nnerveus\n4\nbuik\nrust\nja\nnee\ndagboek\nweek\n"


def test_the_journal_prints_a_sketch_and_saves_the_chart_next_to_the_database(
    tmp_path: Path,
) -> None:
    db = tmp_path / "j.sqlite3"
    done = _chat("--db", str(db), "--region", "nl", stdin=JOURNAL_WEEK)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "bot> Hoe sterk je gevoel was, per dag" in out
    assert "De afgelopen week schreef je één keer op hoe je je voelde." in out
    [saved] = list((tmp_path / "dagboek").glob("mijn-dagboek-*.png"))
    assert f"(Als plaatje: {saved})" in out
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_journal_in_jsonl_names_the_image_file(tmp_path: Path) -> None:
    db = tmp_path / "j.sqlite3"
    done = _chat("--jsonl", "--db", str(db), "--region", "nl", stdin=JOURNAL_WEEK)
    last = json.loads(done.stdout.splitlines()[-1])
    [picture] = [r for r in last["replies"] if "image" in r]
    assert Path(picture["image"]).parent == tmp_path / "dagboek"
    assert "▄" in picture["text"] and "schreef je één keer" in picture["text"]
    assert last["replies"][-1]["choices"][0] == "De afgelopen week"
