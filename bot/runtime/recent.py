"""Bounded memories an adapter keeps while it runs (events already seen, offers waiting).

Built on cachetools, so memory follows the bound, not the number of people: the
oldest (least recently touched) entries are forgotten first, and what expires
(an offer nobody took up) is gone after its time.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from typing import Generic, TypeVar

from cachetools import LRUCache, TTLCache

V = TypeVar("V")


class RecentSet:
    """A bounded set of recent keys (update ids, event ids), oldest forgotten first."""

    def __init__(self, size: int = 10_000) -> None:
        self._items: LRUCache[Hashable, bool] = LRUCache(maxsize=size)

    def add(self, key: Hashable) -> None:
        self._items[key] = True

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


class Expiring(Generic[V]):
    """Values kept for ``seconds`` at most, and at most ``size`` of them; taken once."""

    def __init__(self, seconds: float, size: int = 10_000) -> None:
        self._items: TTLCache[Hashable, V] = TTLCache(
            maxsize=size, ttl=seconds, timer=time.monotonic
        )

    def keep(self, key: Hashable, value: V) -> None:
        self._items[key] = value

    def take(self, key: Hashable) -> V | None:
        value: V | None = self._items.pop(key, None)
        return value
