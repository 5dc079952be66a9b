"""Many regular expressions, each searched only in text that holds the words it needs.

The safety rules are about a thousand phrase patterns. Tried as one alternation, the
regex engine tries every pattern at every word of a message, although most of them
cannot match: a word they need ("dood", "pillen", "brug") is not there. Each pattern's
literal needs are read once from its parse (:mod:`bot.core.regex_literals`, kept between
runs by :mod:`bot.core.regex_cache`); for a message, one Aho-Corasick pass
(pyahocorasick) finds which of those texts occur, and only the patterns whose needs are
all met are searched, in their order.

The answer is the alternation's by construction: a pattern is skipped only when a text
that every match of it contains is absent. A pattern with no needs is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick

from bot.core.regex_cache import compile_pattern, needs

__all__ = ["RegexIndex"]


class RegexIndex:
    """Groups of regex sources; :meth:`first` names the first group with a match."""

    __slots__ = ("_always", "_automaton", "_by_text", "_group", "_more", "_patterns")

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self._patterns: list[re.Pattern[str]] = []
        self._group: list[int] = []
        # The other needs, checked (as plain substrings) only for the few candidates.
        self._more: list[tuple[tuple[str, ...], ...]] = []
        texts: dict[str, int] = {}
        by_text: dict[int, set[int]] = {}
        always: list[int] = []
        for group, sources in enumerate(groups):
            for source in sources:
                index = len(self._patterns)
                self._patterns.append(compile_pattern(source))
                self._group.append(group)
                found = needs(source)
                if not found:
                    always.append(index)
                    self._more.append(())
                    continue
                for text in found[0]:  # the most telling need says where to look
                    by_text.setdefault(texts.setdefault(text, len(texts)), set()).add(index)
                self._more.append(found[1:])
        self._always: frozenset[int] = frozenset(always)
        self._by_text: dict[int, frozenset[int]] = {k: frozenset(v) for k, v in by_text.items()}
        self._automaton: ahocorasick.Automaton | None = None
        if texts:
            self._automaton = ahocorasick.Automaton()
            for text, text_id in texts.items():
                self._automaton.add_word(text, text_id)
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._patterns)

    def first(self, text: str) -> int:
        """The first group (in the order given) with a pattern that matches, or -1."""
        candidates = set(self._always)
        if self._automaton is not None:
            for _, text_id in self._automaton.iter(text):
                candidates |= self._by_text[text_id]
        for index in sorted(candidates):
            if all(any(t in text for t in need) for need in self._more[index]) and (
                self._patterns[index].search(text)
            ):
                return self._group[index]
        return -1

    def search(self, text: str) -> bool:
        """Whether any pattern matches ``text``."""
        return self.first(text) >= 0
