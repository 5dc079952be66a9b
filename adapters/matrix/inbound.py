"""What people send: nio room events read as plain facts the adapter can act on.

:func:`read_event` says what an event is (typed text, something the bot cannot
read, a reaction) without deciding anything about dialogues. :func:`addressed`
decides whether a message in a community room is meant for the bot (a command
prefix, a mention, or a reply to one of the bot's own messages) and returns the
text without that prefix or mention. :class:`OwnEvents` remembers which events
the bot sent, so a reply to one of them is recognised.
"""

from __future__ import annotations

import re
from collections import OrderedDict
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
    number: int | None = None  # reactions: 1 for 1️⃣, …; None for any other emoji
    replies_to: str | None = None  # text: the event this message replies to
    quoted_sender: str | None = None  # text: whose message the reply fallback quotes
    edited: bool = False  # an edit (m.replace): screened for safety, not an answer


def read_event(event: Any) -> Incoming | None:
    """Typed text, a reaction or something unreadable; None to ignore.

    Edits (``m.replace``) come back marked ``edited`` with the new text, so the safety
    screen sees an edit that adds a crisis sign. Pictures and files carry their
    caption as text (the same screen reads it). Ignored: notices (other bots),
    redactions, state and every other event type.
    """
    content = _content(event)
    if isinstance(event, nio.RoomMessageText | nio.RoomMessageEmote):
        if _relation(content) == "m.replace":
            return Incoming("text", _new_body(content), content, edited=True)
        body = str(event.body)
        replies_to = replied_to(content)
        quoted = None
        if _is_reply(content):
            quoted = quoted_sender(body)
            body = strip_reply_fallback(body)
        return Incoming("text", body, content, replies_to=replies_to, quoted_sender=quoted)
    if isinstance(event, nio.ReactionEvent):
        if not event.reacts_to or not event.key:
            return None
        number = keycap_number(str(event.key))
        return Incoming("reaction", reacts_to=str(event.reacts_to), number=number)
    if isinstance(event, _NOT_TEXT):
        edited = _relation(content) == "m.replace"
        caption = caption_of(_new_content(content) if edited else content)
        return Incoming("unsupported", caption, content=content, edited=edited)
    return None


def _new_content(content: dict[str, Any]) -> dict[str, Any]:
    new = content.get("m.new_content")
    return new if isinstance(new, dict) else content


def _new_body(content: dict[str, Any]) -> str:
    body = _new_content(content).get("body")
    return body if isinstance(body, str) else ""


def caption_of(content: dict[str, Any]) -> str:
    """The caption of a picture or file (spec v1.10: ``body`` when it differs from
    ``filename``); a bare file name is no caption."""
    body = content.get("body")
    if not isinstance(body, str):
        return ""
    filename = content.get("filename")
    if isinstance(filename, str):
        return body if body != filename else ""
    return body if " " in body.strip() else ""


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


def replied_to(content: dict[str, Any]) -> str | None:
    """The event a message replies to; None when it is no reply.

    A message in a thread carries an ``m.in_reply_to`` too, for clients without
    threads; with ``is_falling_back`` that is no reply of the person's own.
    """
    relates = content.get("m.relates_to")
    if not isinstance(relates, dict):
        return None
    reply = relates.get("m.in_reply_to")
    if not isinstance(reply, dict):
        return None
    if relates.get("rel_type") == "m.thread" and relates.get("is_falling_back") is True:
        return None
    event_id = reply.get("event_id")
    return event_id if isinstance(event_id, str) and event_id else None


_QUOTED_SENDER = re.compile(r"> (?:\* )?<(@[^>\s]+)>")


def quoted_sender(body: str) -> str | None:
    """Who wrote the message a reply quotes: ``> <@bot:server> …`` names them.

    Older clients and bridges send this quote (the reply fallback) instead of
    ``m.mentions``; it still tells, after a restart, that a reply is to the bot.
    """
    found = _QUOTED_SENDER.match(body)
    return found.group(1) if found else None


# The quoted original in a reply's HTML: its links are not the person's own mentions.
_MX_REPLY = re.compile(r"<mx-reply>.*?</mx-reply>", flags=re.IGNORECASE | re.DOTALL)


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
    reply_to_bot: bool = False,
) -> str | None:
    """The text meant for the bot, or None when the message is not for the bot.

    A message is for the bot when it starts with ``prefix`` (as a whole word),
    replies to one of the bot's own messages (``reply_to_bot``: the caller knows
    what the bot sent), or mentions the bot: an intentional mention
    (``m.mentions``, which clients also fill in with the sender of the message
    replied to), a pill linking to the bot in the HTML, the bot's Matrix id, or
    one of its names followed by ":" or "," at the very start ("Verbonden:
    hoi"). A name alone elsewhere is not a mention: "verbonden" is also an
    ordinary Dutch word. Links in the quoted original of a reply (``<mx-reply>``)
    are not mentions either.
    """
    stripped = text.strip()
    if prefix and stripped.lower().startswith(prefix.lower()):
        rest = stripped[len(prefix) :]
        if not rest or not (rest[0].isalnum() or rest[0] == "_"):
            return rest.strip(_SEPARATORS)
    content = content or {}
    mentions = content.get("m.mentions")
    ids = mentions.get("user_ids") if isinstance(mentions, dict) else None
    intentional = isinstance(ids, list) and user_id in ids
    formatted = content.get("formatted_body")
    formatted = _MX_REPLY.sub("", formatted) if isinstance(formatted, str) else ""
    pill = f"matrix.to/#/{user_id}" in formatted or f"matrix.to/#/{quote(user_id)}" in formatted
    named = False
    names = [n for n in names if n]
    for name in names:
        if stripped.lower().startswith(name.lower()) and stripped[len(name) : len(name) + 1] in (
            ":",
            ",",
        ):
            named = True
    if not (intentional or pill or named or reply_to_bot or user_id in stripped):
        return None
    # In a reply, m.mentions names the replied-to sender by itself: the bot's
    # name in the text is then only a word ("ik voel me meer verbonden").
    name_in_text = pill or named or (intentional and replied_to(content) is None)
    rest = stripped.replace(user_id, " ", 1) if user_id in stripped else stripped
    if rest == stripped and name_in_text:
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
    ignored, and typing the number or the label still works. Rooms not written
    to for the longest time are forgotten first, beyond ``rooms``.
    """

    def __init__(self, per_room: int = 5, rooms: int = 1000) -> None:
        self._per_room = per_room
        self._max_rooms = rooms
        self._rooms: OrderedDict[str, dict[str, tuple[str, ...]]] = OrderedDict()

    def remember(self, room_id: str, event_id: str, labels: tuple[str, ...]) -> None:
        recent = self._rooms.setdefault(room_id, {})
        self._rooms.move_to_end(room_id)
        recent[event_id] = labels
        while len(recent) > self._per_room:
            del recent[next(iter(recent))]
        while len(self._rooms) > self._max_rooms:
            self._rooms.popitem(last=False)

    def label(self, room_id: str, event_id: str | None, number: int | None) -> str | None:
        labels = self._rooms.get(room_id, {}).get(event_id or "")
        if not labels or number is None or not 1 <= number <= len(labels):
            return None
        return labels[number - 1]

    def forget_room(self, room_id: str) -> None:
        self._rooms.pop(room_id, None)


class _Room:
    __slots__ = ("ids", "post")

    def __init__(self) -> None:
        self.ids: OrderedDict[str, None] = OrderedDict()
        self.post: str | None = None


class OwnEvents:
    """The events the bot sent, per room: a reply to one of them is for the bot.

    Bounded: the last ``per_room`` events in each of the ``rooms`` rooms the bot
    sent to most recently. Kept in memory only: after a restart a reply to an
    older message counts when the client says whom it replies to (``m.mentions``
    or the quoted "> <@bot…>" fallback), and otherwise needs a mention.

    Also the room's latest post of its own (a check-in question or round-up,
    not an answer to someone): a reaction to it while a round is open is taking
    part in the check-in.
    """

    def __init__(self, per_room: int = 300, rooms: int = 1000) -> None:
        self._per_room = per_room
        self._max_rooms = rooms
        self._rooms: OrderedDict[str, _Room] = OrderedDict()

    def add(self, room_id: str, event_id: str, *, post: bool = False) -> None:
        room = self._rooms.get(room_id)
        if room is None:
            room = self._rooms[room_id] = _Room()
        self._rooms.move_to_end(room_id)
        room.ids[event_id] = None
        room.ids.move_to_end(event_id)
        while len(room.ids) > self._per_room:
            room.ids.popitem(last=False)
        if post:
            room.post = event_id
        while len(self._rooms) > self._max_rooms:
            self._rooms.popitem(last=False)

    def sent(self, room_id: str, event_id: str | None) -> bool:
        room = self._rooms.get(room_id)
        return room is not None and event_id is not None and event_id in room.ids

    def latest_post(self, room_id: str) -> str | None:
        room = self._rooms.get(room_id)
        return room.post if room is not None else None

    def forget_room(self, room_id: str) -> None:
        self._rooms.pop(room_id, None)
