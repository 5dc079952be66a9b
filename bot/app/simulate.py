"""`verbonden chat --group koffie --as anna`: a group room in the terminal.

One room with several members, the scheduler running in simulated time (``#wacht``),
so a check-in can be tried without a chat network. It composes the terminal's
rendering with the scheduler service; adapters themselves never import a service.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TextIO

from adapters.terminal import PLATFORM, render
from bot.config import SchedulerConfig
from bot.core.messages import ConversationKey, Inbound, OfferPrivateChat, Outbound
from bot.core.schedule import times
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Scheduler
from bot.service.sender import UNLIMITED

GROUP_HELP = """\
Een groep in je terminal: '{room}', met jou als {speaker}. Zo praat je:
  hallo allemaal            zeg iets in de groep (als {speaker})
  bram: checkin stil        zeg iets als een ander lid (die doet dan mee)
  #prive anna: hoi          schrijf de bot privé (als anna)
  #als bram                 praat voortaan als bram
  #beheerder bram           maak bram beheerder (beheerders: {admins})
  #wacht 2 uur              laat de tijd verstrijken (de check-in loopt door)
  #hulp                     dit overzicht.   Ctrl-D sluit af.
Probeer: checkin elke maandag om 19:00, dan checkin nu, een paar antwoorden, en #wacht 2 uur."""


def _labelled(label: str, outbound: Iterable[Outbound]) -> str:
    return "\n".join(f"[{label}] {line}" for line in render(outbound).splitlines())


class TerminalTransport:
    """The scheduler's transport in the terminal: messages are printed, with their chat."""

    platform = PLATFORM

    def __init__(self, out: TextIO, *, rooms: dict[str, str], admins: set[str]) -> None:
        self.out = out
        self.rooms = rooms  # room id -> the name shown
        self.admins = admins

    def show(self, chat_id: str, user_id: str, outbound: Iterable[Outbound]) -> None:
        room = self.rooms.get(chat_id)
        for item in outbound:
            if isinstance(item, OfferPrivateChat) or room is None:
                label = f"privé {user_id}"
            else:
                label = room
            self.out.write(_labelled(label, [item]) + "\n")
        self.out.flush()

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        self.show(chat_id, user_id, outbound)

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        return user_id in self.admins

    async def display_name(self, chat_id: str, user_id: str) -> str:
        return user_id[:1].upper() + user_id[1:]


_SPEAKER = re.compile(r"^([a-z][\w-]{0,30}):\s+(.+)$", re.IGNORECASE)


class GroupChat:
    """`verbonden chat --group koffie --as anna`: one room with several members, so a
    check-in can be tried without a chat network. Time can be moved on with #wacht."""

    def __init__(
        self,
        runtime: Runtime,
        room: str,
        *,
        speaker: str = "anna",
        admins: Iterable[str] = (),
        config: SchedulerConfig | None = None,
        out: TextIO | None = None,
    ) -> None:
        self.runtime = runtime
        self.room = room
        self.room_id = f"groep-{room}"
        self.speaker = speaker.lower()
        self.admins = {a.lower() for a in admins} or {self.speaker}
        self.out = out or sys.stdout
        self.offset = timedelta(0)
        self.transport = TerminalTransport(self.out, rooms={self.room_id: room}, admins=self.admins)
        runtime.attach(self.transport)  # admin rights for check-in settings come from here
        self.scheduler = Scheduler(
            runtime,
            {PLATFORM: self.transport},
            config,
            clock=self.now,
            limits={PLATFORM: UNLIMITED},
        )

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def help(self) -> str:
        admins = ", ".join(sorted(self.admins))
        return GROUP_HELP.format(room=self.room, speaker=self.speaker, admins=admins)

    async def say(self, member: str, text: str) -> None:
        """A member writes in the room."""
        key = ConversationKey(PLATFORM, self.room_id, member.lower())
        inbound = Inbound(
            key, text=text, chat_type="group", display_name=member, received_at=self.now()
        )
        await self._turn(inbound)

    async def private(self, member: str, text: str) -> None:
        """A member writes to the bot privately."""
        member = member.lower()
        key = ConversationKey(PLATFORM, member, member)
        await self._turn(Inbound(key, text=text, received_at=self.now()))

    async def wait(self, minutes: int) -> None:
        self.offset += timedelta(minutes=minutes)
        local = self.now().astimezone(times.zone(None))
        day = times.DAY_NAMES[local.weekday()]
        self.out.write(f"(… {times.describe_minutes(minutes)} later: {day} {local:%H:%M})\n")
        await self.run_due()

    async def run_due(self) -> None:
        await self.scheduler.run_due(self.now())

    async def _turn(self, inbound: Inbound) -> None:
        delivery = await self.runtime.handle(inbound)
        key = inbound.key
        self.transport.show(key.chat_id, key.user_id, delivery.outbound)
        self.runtime.delivered(delivery)
        await self.run_due()

    async def line(self, text: str) -> None:
        """One line typed in the terminal (see :data:`GROUP_HELP`)."""
        text = text.strip()
        if not text:
            return
        if text.startswith("#"):
            await self._meta(text[1:].strip())
            return
        member, said = self.speaker, text
        if found := _SPEAKER.match(text):
            member, said = found.group(1).lower(), found.group(2)
        await self.say(member, said)

    async def _meta(self, command: str) -> None:
        word, _, rest = command.partition(" ")
        word = word.lower()
        if word == "wacht" and (minutes := times.parse_minutes(rest)) is not None:
            await self.wait(minutes)
        elif word == "als" and rest.strip():
            self.speaker = rest.strip().lower()
            self.out.write(f"(je praat nu als {self.speaker})\n")
        elif word == "beheerder" and rest.strip():
            self.admins.add(rest.strip().lower())
            self.out.write(f"({rest.strip().lower()} is nu beheerder)\n")
        elif word in ("prive", "privé") and rest.strip():
            found = _SPEAKER.match(rest.strip())
            member, said = (found.group(1), found.group(2)) if found else (self.speaker, rest)
            await self.private(member, said.strip())
        else:
            self.out.write(self.help() + "\n")

    async def run_interactive(self, stdin: TextIO | None = None) -> None:
        stdin = stdin or sys.stdin
        self.out.write(self.help() + "\n")
        try:
            while True:
                self.out.write(f"{self.speaker}> ")
                self.out.flush()
                text = await asyncio.to_thread(stdin.readline)
                if not text:
                    self.out.write("\n")
                    break
                await self.line(text)
        finally:
            await self.scheduler.close()
            await self.runtime.flush()
