"""The one contract between the bot and a chat network: :class:`Adapter`.

An adapter turns the platform's events into :class:`~bot.core.messages.Inbound` and
hands them to :meth:`Runtime.handle`, then delivers what it returns. Its sending half,
:class:`Transport`, is what the scheduler and the runtime call: turns started by the
bot itself (a daily prompt, a promised follow-up, a group check-in) go through the
runtime like any other turn and leave through the platform's transport, paced by
that platform's limits; the runtime asks it about admin rights for check-in settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.core.messages import Outbound


class Transport(Protocol):
    platform: str

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        """Send replies to a chat, within the platform's rate limits; raise if it failed.

        ``key`` is the same on every attempt at one message from the outbox (a retry, a
        restart): a network that deduplicates sends by an id (Matrix transaction ids)
        derives it from the key, so a message whose first send did arrive is not sent
        twice.
        """

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        """Ask the platform (never a cache) whether the user may configure this room."""

    async def display_name(self, chat_id: str, user_id: str) -> str:
        """How the room shows this member, for a check-in round-up."""


class Adapter(Transport, Protocol):
    """A chat network, as ``verbonden run`` starts and stops it."""

    name: str

    @property
    def ready(self) -> bool:
        """Connected and taking events (for /readyz)."""

    async def start(self) -> None:
        """Connect and begin handling events (returns once running)."""

    async def stop(self) -> None:
        """Stop taking events and wait for in-flight turns to finish."""
