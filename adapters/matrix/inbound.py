"""What people send: nio room events read as plain facts the adapter can act on.

:func:`read_event` says what an event is (typed text, something the bot cannot
read, a reaction) without deciding anything about dialogues. :func:`addressed`
decides whether a message in a community room is meant for the bot (a command
prefix or a mention) and returns the text without that prefix or mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote

import nio

from adapters.matrix.formatting import keycap_number

# Anything a person sends that is not text: pictures, voice, files, stickers,
# locations and message types nio does not know, and an encrypted message whose
# key never arrived (the adapter waits for the key first; see client.py).
_NOT_TEXT = (
    nio.RoomMessageMedia,
    nio.RoomEncryptedMedia,
    nio.StickerEvent,
    nio.RoomMessageUnknown,
    nio.MegolmEvent,
)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One event from someone else, reduced to what the adapter needs."""

    kind: Literal["text", "unsupported", "reaction"]
    text: str = ""
    content: dict[str, Any] | None = None  # the (decrypted) content, for mentions
    reacts_to: str | None = None  # reactions: the event reacted to
    number: int | None = None  # reactions: 1 for 1️⃣, …


def read_event(event: Any) -> Incoming | None:
    """Typed text, a keycap reaction or something unreadable; None to ignore.

    Ignored: notices (other bots), edits (the original was answered already),
    redactions, state and every other event type.
    """
    content = _content(event)
    if isinstance(event, nio.RoomMessageText | nio.RoomMessageEmote):
        if _relation(content) == "m.replace":
            return None
        body = str(event.body)
        if _is_reply(content):
            body = strip_reply_fallback(body)
        return Incoming("text", body, content)
    if isinstance(event, nio.ReactionEvent):
        number = keycap_number(str(event.key))
        if number is None:
            return None
        return Incoming("reaction", reacts_to=str(event.reacts_to), number=number)
    if isinstance(event, _NOT_TEXT):
        if _relation(content) == "m.replace":
            return None
        return Incoming("unsupported", content=content)
    return None


def _content(event: Any) -> dict[str, Any]:
    source = getattr(event, "source", None)
    content = source.get("content") if isinstance(source, dict) else None
    return content if isinstance(content, dict) else {}


def _relation(content: dict[str, Any]) -> str | None:
    relates = content.get("m.relates_to")
    if isinstance(relates, dict):
        rel = relates.get("rel_type")
        return rel if isinstance(rel, str) else None
    return None


def _is_reply(content: dict[str, Any]) -> bool:
    relates = content.get("m.relates_to")
    return isinstance(relates, dict) and isinstance(relates.get("m.in_reply_to"), dict)


def strip_reply_fallback(body: str) -> str:
    """Drop the quoted "> <@someone> …" lines clients put before a reply."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith(">"):
        return body
    for i, line in enumerate(lines):
        if not line.startswith(">"):
            return "\n".join(lines[i + 1 if line == "" else i :])
    return ""


_SEPARATORS = " \t\n:,;-"


def addressed(
    text: str,
    content: dict[str, Any] | None,
    *,
    prefix: str,
    user_id: str,
    names: Iterable[str],
) -> str | None:
    """The text meant for the bot, or None when the message is not for the bot.

    A message is for the bot when it starts with ``prefix`` (as a whole word),
    or mentions the bot: an intentional mention (``m.mentions``), a pill
    linking to the bot in the HTML, the bot's Matrix id, or one of its names
    followed by ":" or "," at the very start ("Verbonden: hoi"). A name alone
    elsewhere is not a mention: "verbonden" is also an ordinary Dutch word.
    """
    stripped = text.strip()
    if prefix and stripped.lower().startswith(prefix.lower()):
        rest = stripped[len(prefix) :]
        if not rest or not (rest[0].isalnum() or rest[0] == "_"):
            return rest.strip(_SEPARATORS)
    content = content or {}
    mentions = content.get("m.mentions")
    ids = mentions.get("user_ids") if isinstance(mentions, dict) else None
    formatted = content.get("formatted_body")
    pill = isinstance(formatted, str) and (
        f"matrix.to/#/{user_id}" in formatted or f"matrix.to/#/{quote(user_id)}" in formatted
    )
    mentioned = (isinstance(ids, list) and user_id in ids) or pill or user_id in stripped
    names = [n for n in names if n]
    for name in names:
        if stripped.lower().startswith(name.lower()) and stripped[len(name) : len(name) + 1] in (
            ":",
            ",",
        ):
            mentioned = True
    if not mentioned:
        return None
    rest = stripped.replace(user_id, " ", 1) if user_id in stripped else stripped
    if rest == stripped:
        # The pill's text (the bot's display name) is in the plain body: drop it once.
        for name in sorted(names, key=len, reverse=True):
            found = re.search(re.escape(name), rest, flags=re.IGNORECASE)
            if found:
                rest = rest[: found.start()] + " " + rest[found.end() :]
                break
    return " ".join(rest.split()).strip(_SEPARATORS)


class RecentChoices:
    """The choice lists of the bot's last few messages per room, for reactions.

    Kept in memory only: after a restart a reaction to an older message is
    ignored, and typing the number or the label still works.
    """

    def __init__(self, per_room: int = 5) -> None:
        self._per_room = per_room
        self._rooms: dict[str, dict[str, tuple[str, ...]]] = {}

    def remember(self, room_id: str, event_id: str, labels: tuple[str, ...]) -> None:
        recent = self._rooms.setdefault(room_id, {})
        recent[event_id] = labels
        while len(recent) > self._per_room:
            del recent[next(iter(recent))]

    def label(self, room_id: str, event_id: str | None, number: int | None) -> str | None:
        labels = self._rooms.get(room_id, {}).get(event_id or "")
        if not labels or number is None or not 1 <= number <= len(labels):
            return None
        return labels[number - 1]

    def forget_room(self, room_id: str) -> None:
        self._rooms.pop(room_id, None)
