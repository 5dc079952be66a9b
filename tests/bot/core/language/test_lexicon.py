"""The dictionaries behind typo repair and lemmas: simplemma's answers, opened fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import simplemma

from bot.core.language.lexicon import is_known, lemma

ROOT = Path(__file__).resolve().parents[4]
WORDS = ["dood", "slaappillen", "liep", "gelopen", "eenzaam", "zelfmoort", "Amsterdam", "knieën"]


@pytest.mark.parametrize("word", WORDS)
def test_the_same_answers_as_simplemma(word: str) -> None:
    assert is_known(word) == simplemma.is_known(word, lang="nl")
    assert is_known(word, ("nl", "en")) == simplemma.is_known(word, lang=("nl", "en"))
    assert lemma(word) == simplemma.lemmatize(word, lang="nl")


def test_english_is_asked_only_when_named() -> None:
    assert is_known("suicidal", ("nl", "en")) and not is_known("suicidal")


_CHILD = """
import json, sys
from bot.core.language import lexicon
lexicon.load()
print(json.dumps([lexicon.is_known(w) for w in sys.argv[1:]] + [lexicon.lemma("liep")]))
"""


@pytest.mark.parametrize("cache", ["tries", "off", "unwritable"])
def test_the_same_answers_with_or_without_a_cache(tmp_path: Path, cache: str) -> None:
    if cache == "tries":
        where = str(tmp_path)
    elif cache == "off":
        where = "off"
    else:
        (tmp_path / "file").write_text("x")
        where = str(tmp_path / "file" / "cache")  # can never become a directory
    env = {**os.environ, "VERBONDEN_CACHE_DIR": where, "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-c", _CHILD, *WORDS]
    out = subprocess.run(run, capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    expected = [simplemma.is_known(w, lang="nl") for w in WORDS] + ["lopen"]
    assert json.loads(out.stdout) == expected
    if cache == "tries":
        assert sorted(p.name for p in tmp_path.glob("simplemma-*/*.dic")) == ["en.dic", "nl.dic"]
