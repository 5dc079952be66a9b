"""The Dutch and English dictionaries (simplemma's): is a word real, and its lemma.

simplemma decodes its shipped dictionaries in pure Python, about 0.6 s for Dutch and
English together, more than half of the start-up budget. Its own trie backend
(marisa-trie) builds the same dictionaries once into files in the cache directory and
then opens them in milliseconds, with the same words and lemmas. Without a cache
directory or without marisa-trie the plain dictionaries are used: slower to start,
the same answers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory, DictionaryFactory
from simplemma.utils import normalize_token

from bot.core.paths import cache_dir

log = logging.getLogger(__name__)


class _Fallback(DictionaryFactory):
    """simplemma's trie factory, or its plain one where the trie cannot be used."""

    def __init__(self) -> None:
        self._plain = DefaultDictionaryFactory()
        self._trie: DictionaryFactory | None = None
        where = cache_dir()
        if where is not None:
            try:
                import simplemma
                from simplemma.strategies.dictionaries import TrieDictionaryFactory

                self._trie = TrieDictionaryFactory(
                    disk_cache_dir=str(where / f"simplemma-{simplemma.__version__}")
                )
            except ImportError:  # marisa-trie not installed: plain dictionaries
                self._trie = None

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if self._trie is not None:
            try:
                return self._trie.get_dictionary(lang)
            except (OSError, RuntimeError) as error:  # cache not writable: say so once
                log.warning(
                    "dictionary cache unusable (%s); using the plain dictionary",
                    type(error).__name__,
                )
                self._trie = None
        return self._plain.get_dictionary(lang)


_FACTORY: Final = _Fallback()
_LOOKUP: Final = DictionaryLookupStrategy(_FACTORY)
_LEMMATIZER: Final = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_FACTORY))


def is_known(word: str, langs: tuple[str, ...] = ("nl",)) -> bool:
    """True when ``word`` is in the dictionary of one of ``langs`` (as simplemma.is_known)."""
    token = normalize_token(word)
    return any(_LOOKUP.get_lemma(token, lang) is not None for lang in langs)


@lru_cache(maxsize=20_000)
def lemma(word: str) -> str:
    """The Dutch lemma of ``word`` (as simplemma.lemmatize), the word itself when unknown."""
    return str(_LEMMATIZER.lemmatize(word, lang="nl"))


def load(langs: tuple[str, ...] = ("nl", "en")) -> None:
    """Open the dictionaries now, not on a person's first message."""
    for lang in langs:
        _FACTORY.get_dictionary(lang)
