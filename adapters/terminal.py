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
:class:`bot.app.simulate.GroupChat`), so a check-in can be tried without a network.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from bot.core.messages import (
    ConversationKey,
    Document,
    Inbound,
    OfferPrivateChat,
    Outbound,
    Picture,
    Reply,
)
from bot.runtime.runtime import Delivery, Runtime

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
