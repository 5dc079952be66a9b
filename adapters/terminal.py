"""The terminal adapter: the embedded default, and a contract for tools.

Interactive mode prints the bot's messages with numbered choices. ``--jsonl``
mode reads one user message per stdin line and prints exactly one JSON object
per input line, flushed at once::

    {"in": "<the user's line>", "replies": [{"text": "...", "choices": ["...", "..."]}]}
"""

from __future__ import annotations

import asyncio
import json
import sys
import textwrap
from collections.abc import Iterable
from typing import Any, TextIO

from bot.messages import ConversationKey, Document, Inbound, OfferPrivateChat, Outbound, Reply
from bot.runtime import Delivery, Runtime

PLATFORM = "terminal"


def reply_dicts(outbound: Iterable[Outbound]) -> list[dict[str, Any]]:
    """The JSON form of replies: text plus choices (an empty list when there are none)."""
    out: list[dict[str, Any]] = []
    for item in outbound:
        if isinstance(item, Reply):
            out.append({"text": item.text, "choices": list(item.choices)})
        elif isinstance(item, Document):
            body = item.content.decode("utf-8", errors="replace")
            out.append({"text": f"{item.caption}\n{body}", "choices": [], "file": item.filename})
        elif isinstance(item, OfferPrivateChat):
            out.append({"text": item.text, "choices": []})
    return out


def render(outbound: Iterable[Outbound], width: int = 72) -> str:
    """Human-readable form for the interactive chat."""
    lines: list[str] = []
    for item in outbound:
        if isinstance(item, Reply):
            for paragraph in item.text.splitlines() or [""]:
                lines.extend(
                    textwrap.wrap(
                        paragraph, width, initial_indent="bot> ", subsequent_indent="     "
                    )
                    or ["bot>"]
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
    def __init__(self, runtime: Runtime, user: str = "local") -> None:
        self.runtime = runtime
        self.key = ConversationKey(PLATFORM, user, user)

    async def send(self, text: str) -> Delivery:
        return await self.runtime.handle(Inbound(self.key, text=text))

    async def _leftovers(self) -> list[Outbound]:
        """Replies committed before a crash but never shown: show them now."""
        out: list[Outbound] = []
        for delivery in await self.runtime.undelivered(PLATFORM):
            if delivery.pending and delivery.pending.key == self.key:
                out.extend(delivery.outbound)
                self.runtime.delivered(delivery)
        return out

    async def run_jsonl(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        carried = reply_dicts(await self._leftovers())
        while True:
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            text = line.rstrip("\r\n")
            delivery = await self.send(text)
            replies = carried + reply_dicts(delivery.outbound)
            carried = []
            stdout.write(json.dumps({"in": text, "replies": replies}, ensure_ascii=False) + "\n")
            stdout.flush()
            self.runtime.delivered(delivery)
        await self.runtime.flush()

    async def run_interactive(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        leftovers = await self._leftovers()
        if leftovers:
            stdout.write(render(leftovers) + "\n")
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
            stdout.write(render(delivery.outbound) + "\n")
            stdout.flush()
            self.runtime.delivered(delivery)
        await self.runtime.flush()
