"""What a turn needs to know about group check-ins, filled in by the runtime.

The engine is pure, so before a message reaches it :func:`prepare`

* asks the platform whether the sender is a room admin, but only for a check-in
  *setting* ("checkin elke maandag om 19:00", "checkin stop"), and at that moment:
  Telegram's chat member status, Matrix's power level >= 50. Nothing is remembered,
  so someone who loses their admin rights loses them here at once;
* looks up the room's check-in and whether a round is open (then a message that
  reached the bot is an answer);
* for a private message: whether the user asked to answer a round privately.

:meth:`bot.runtime.runtime.Runtime.handle` calls it for every message; adapters never
hear of check-ins.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from bot.core.messages import CheckinFacts, Inbound
from bot.core.schedule import checkins, commands
from bot.runtime.ports import Transport
from bot.store.db import Store

log = logging.getLogger(__name__)


async def prepare(
    inbound: Inbound, store: Store, transport: Transport | None, now: datetime
) -> Inbound:
    """The inbound with what the engine needs to know for check-ins filled in."""
    if inbound.kind not in ("text", "choice") or inbound.checkin is not None:
        return inbound
    key = inbound.key
    if inbound.chat_type == "group":
        is_admin: bool | None = None
        command = commands.room_command(inbound.text)
        if command is not None and command.admin and transport is not None:
            try:
                is_admin = await transport.is_admin(key.chat_id, key.user_id)
            except Exception as exc:  # unknown means no: the refusal is kind
                log.warning("%s: could not ask for admin rights (%s)", key.platform, exc)
        facts = await store.room_facts(key.platform, key.chat_id, now)
        question = checkins.question_text(facts.open_question) if facts.open_question else None
        found = CheckinFacts(
            configured=facts.settings,
            round_open=facts.round_open,
            question=question,
            watch=facts.watch,
        )
        return replace(inbound, is_admin=is_admin, checkin=found)
    if await store.answers_privately(key.platform, key.user_id, now):
        return replace(inbound, checkin=CheckinFacts(private_answer=True))
    return inbound
