"""The terminal adapter: the embedded default, and a contract for tools.

Interactive mode prints the bot's messages with numbered choices. ``--jsonl``
mode reads one user message per stdin line and prints exactly one JSON object
per input line, flushed at once::

    {"in": "<the user's line>", "replies": [{"text": "...", "choices": ["...", "..."]}]}

A journal chart is a reply with its text sketch and sentences as ``text`` and the
path of the saved PNG as ``image``.

With ``--events`` each stdin line is a JSON object ``{"id": "...", "text": "...",
"user": "..."}`` instead (``user`` optional), and each answer carries the ``id``.
A driver that re-sends an event it got no answer for (say, after a crash) gets
the committed answer exactly once: the runtime recognises the id.

``--group NAME --as anna`` simulates a group room with several members (see
:class:`GroupChat`), so a check-in can be tried without a chat network.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sys
import textwrap
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from bot.config import SchedulerConfig
from bot.core.messages import (
    ConversationKey,
    Document,
    Inbound,
    OfferPrivateChat,
    Outbound,
    Picture,
    Reply,
)
from bot.core.schedule import times
from bot.runtime import checkins
from bot.runtime.runtime import Delivery, Runtime
from bot.service.scheduler import Scheduler
from bot.service.sender import UNLIMITED

PLATFORM = "terminal"


def save_picture(picture: Picture, folder: Path) -> Path:
    """Write the picture into ``folder`` (named by its content: the same chart, one file)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(picture.filename).stem
    digest = hashlib.blake2b(picture.content, digest_size=4).hexdigest()
    path = folder / f"{stem}-{digest}.png"
    path.write_bytes(picture.content)
    return path


def reply_dicts(outbound: Iterable[Outbound], pictures: Path | None = None) -> list[dict[str, Any]]:
    """The JSON form of replies: text plus choices (an empty list when there are none).

    A picture is its caption and text sketch, plus the path of the PNG when a folder
    to save it in is given.
    """
    out: list[dict[str, Any]] = []
    for item in outbound:
        if isinstance(item, Reply):
            out.append({"text": item.text, "choices": list(item.choices)})
        elif isinstance(item, Picture):
            shown: dict[str, Any] = {"text": f"{item.sketch}\n\n{item.caption}", "choices": []}
            if pictures is not None:
                shown["image"] = str(save_picture(item, pictures))
            out.append(shown)
        elif isinstance(item, Document):
            body = item.content.decode("utf-8", errors="replace")
            out.append({"text": f"{item.caption}\n{body}", "choices": [], "file": item.filename})
        elif isinstance(item, OfferPrivateChat):
            out.append({"text": item.text, "choices": []})
    return out


def render(outbound: Iterable[Outbound], width: int = 72, pictures: Path | None = None) -> str:
    """Human-readable form for the interactive chat (pictures saved into ``pictures``)."""
    lines: list[str] = []
    for item in outbound:
        if isinstance(item, Picture):
            rows = item.sketch.splitlines() or [""]
            lines += ["bot> " + rows[0]] + ["     " + row for row in rows[1:]]
            lines += textwrap.wrap(
                item.caption, width, initial_indent="     ", subsequent_indent="     "
            )
            if pictures is not None:
                lines.append(f"     (Als plaatje: {save_picture(item, pictures)})")
            continue
        if isinstance(item, Reply):
            for n, paragraph in enumerate(item.text.splitlines() or [""]):
                first = "bot> " if n == 0 else "     "
                lines.extend(
                    textwrap.wrap(paragraph, width, initial_indent=first, subsequent_indent="     ")
                    or [first.rstrip()]
                )
            for i, label in enumerate(item.choices, start=1):
                lines.append(f"      {i}. {label}" if item.numbered else f"      • {label}")
        elif isinstance(item, Document):
            lines.append(f"bot> {item.caption} ({item.filename}):")
            lines.append(item.content.decode("utf-8", errors="replace"))
        else:
            lines.append(f"bot> {item.text}")
    return "\n".join(lines)


class TerminalChat:
    def __init__(self, runtime: Runtime, user: str = "local", pictures: Path | None = None) -> None:
        self.runtime = runtime
        self.key = ConversationKey(PLATFORM, user, user)
        self.pictures = pictures  # where journal charts are saved as PNG files

    async def send(
        self, text: str, *, user: str | None = None, event_id: str | None = None
    ) -> Delivery:
        key = ConversationKey(PLATFORM, user, user) if user else self.key
        return await self.runtime.handle(Inbound(key, text=text, event_id=event_id))

    async def _leftovers(self) -> list[Outbound]:
        """Replies committed before a crash but never shown: show them now."""
        out: list[Outbound] = []
        for delivery in await self.runtime.undelivered(PLATFORM):
            if delivery.pending and delivery.pending.key == self.key:
                out.extend(delivery.outbound)
                self.runtime.delivered(delivery)
        return out

    async def run_jsonl(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        carried = reply_dicts(await self._leftovers(), self.pictures)
        while True:
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            text = line.rstrip("\r\n")
            delivery = await self.send(text)
            replies = carried + reply_dicts(delivery.outbound, self.pictures)
            carried = []
            stdout.write(json.dumps({"in": text, "replies": replies}, ensure_ascii=False) + "\n")
            stdout.flush()
            self.runtime.delivered(delivery)
        await self.runtime.flush()

    async def run_events(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        """Events with ids; no unsolicited resends: a re-sent id gets its pending answer."""
        while True:
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            try:
                event = json.loads(line)
                text, event_id = str(event["text"]), str(event["id"])
                user = str(event["user"]) if event.get("user") else None
            except (ValueError, KeyError, TypeError):
                error = {
                    "error": 'each line must be {"id": "...", "text": "..."}',
                    "in": line.rstrip(),
                }
                stdout.write(json.dumps(error, ensure_ascii=False) + "\n")
                stdout.flush()
                continue
            delivery = await self.send(text, user=user, event_id=event_id)
            replies = reply_dicts(delivery.outbound, self.pictures)
            answer = {"id": event_id, "in": text, "replies": replies}
            stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
            stdout.flush()
            self.runtime.delivered(delivery)
        await self.runtime.flush()

    async def run_interactive(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        leftovers = await self._leftovers()
        if leftovers:
            stdout.write(render(leftovers, pictures=self.pictures) + "\n")
        else:
            stdout.write("(Typ een bericht om te beginnen, bijvoorbeeld 'hoi'. Ctrl-D sluit af.)\n")
        while True:
            stdout.write("jij> ")
            stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                stdout.write("\n")
                break
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            delivery = await self.send(text)
            stdout.write(render(delivery.outbound, pictures=self.pictures) + "\n")
            stdout.flush()
            self.runtime.delivered(delivery)
        await self.runtime.flush()


# ----------------------------------------------------------------- a simulated group room

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
        runtime.clock = self.now
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
        inbound = Inbound(key, text=text, chat_type="group", display_name=member)
        await self._turn(inbound)

    async def private(self, member: str, text: str) -> None:
        """A member writes to the bot privately."""
        member = member.lower()
        await self._turn(Inbound(ConversationKey(PLATFORM, member, member), text=text))

    async def wait(self, minutes: int) -> None:
        self.offset += timedelta(minutes=minutes)
        local = self.now().astimezone(times.zone(None))
        day = times.DAY_NAMES[local.weekday()]
        self.out.write(f"(… {times.describe_minutes(minutes)} later: {day} {local:%H:%M})\n")
        await self.run_due()

    async def run_due(self) -> None:
        await self.scheduler.run_due(self.now())

    async def _turn(self, inbound: Inbound) -> None:
        prepared = await checkins.prepare(inbound, self.runtime, self.transport)
        delivery = await self.runtime.handle(prepared)
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
