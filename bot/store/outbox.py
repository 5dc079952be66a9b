"""The outbox: a turn's replies as stored until the platform confirmed them.

Pictures and documents are stored with their bytes, so a resend after a crash
needs no redrawing and no second export.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.core.messages import ConversationKey, Document, OfferPrivateChat, Outbound, Picture, Reply


@dataclass(frozen=True, slots=True)
class Pending:
    """Replies committed for a turn but not yet confirmed as delivered."""

    key: ConversationKey
    turn: int
    outbound: tuple[Outbound, ...]
    event_id: str | None = None
    sent: int = 0  # how many of the adapter's sends for it were confirmed (see progress)
    planned: int = 0  # of how many sends in all, as the adapter planned them then

    def digest(self) -> str:
        """The same for every (re)send of these replies: a network that deduplicates
        by an id (Matrix transaction ids) derives it from this."""
        k = self.key
        parts = [k.chat_id, k.user_id, self.turn, self.event_id, encode_outbound(self.outbound)]
        raw = json.dumps([str(p) for p in parts], ensure_ascii=False).encode("utf-8")
        return hashlib.blake2b(raw, digest_size=16).hexdigest()


def encode_outbound(items: Iterable[Outbound]) -> str:
    out: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Reply):
            entry = {"reply": item.text, "choices": list(item.choices), "numbered": item.numbered}
            if item.apart:
                entry["apart"] = True
            out.append(entry)
        elif isinstance(item, OfferPrivateChat):
            out.append({"private": item.reason, "text": item.text})
        elif isinstance(item, Picture):
            # The bytes, not the data to redraw them: a resend after a crash needs no plotting.
            out.append(
                {
                    "picture": item.filename,
                    "content": base64.b64encode(item.content).decode("ascii"),
                    "caption": item.caption,
                    "sketch": item.sketch,
                    "size": [item.width, item.height],
                }
            )
        else:
            content = base64.b64encode(item.content).decode("ascii")
            out.append({"document": item.filename, "content": content, "caption": item.caption})
    return json.dumps(out, ensure_ascii=False)


def decode_outbound(payload: str) -> tuple[Outbound, ...]:
    items: list[Outbound] = []
    for raw in json.loads(payload):
        if "reply" in raw:
            items.append(
                Reply(
                    raw["reply"],
                    tuple(raw["choices"]),
                    raw.get("numbered", True),
                    raw.get("apart", False),
                )
            )
        elif "private" in raw:
            items.append(OfferPrivateChat(raw["private"], raw["text"]))
        elif "picture" in raw:
            width, height = raw.get("size", [0, 0])
            content = base64.b64decode(raw["content"])
            items.append(
                Picture(raw["picture"], content, raw["caption"], raw["sketch"], width, height)
            )
        else:
            content = base64.b64decode(raw["content"])
            items.append(Document(raw["document"], content, raw.get("caption", "")))
    return tuple(items)
