"""Reading incoming events: what is text, what is for the bot in a community room."""

from __future__ import annotations

from typing import Any

import nio
import pytest

from adapters.matrix.inbound import (
    OwnEvents,
    RecentChoices,
    addressed,
    quoted_sender,
    read_event,
    replied_to,
    strip_reply_fallback,
)

BOT = "@verbonden:localhost"
NAMES = ("Verbonden", "verbonden")


def _event(content: dict[str, Any], type_: str = "m.room.message") -> Any:
    return nio.Event.parse_event(
        {
            "type": type_,
            "event_id": "$e1",
            "sender": "@anna:localhost",
            "origin_server_ts": 1_700_000_000_000,
            "content": content,
        }
    )


def _for_bot(
    text: str, content: dict[str, Any] | None = None, *, reply_to_bot: bool = False
) -> str | None:
    return addressed(
        text, content, prefix="!verbonden", user_id=BOT, names=NAMES, reply_to_bot=reply_to_bot
    )


def test_text_and_emote_are_text() -> None:
    got = read_event(_event({"msgtype": "m.text", "body": "hoi"}))
    assert got is not None and got.kind == "text" and got.text == "hoi"
    emote = read_event(_event({"msgtype": "m.emote", "body": "zwaait"}))
    assert emote is not None and emote.kind == "text"


def test_notices_are_ignored_and_edits_marked() -> None:
    assert read_event(_event({"msgtype": "m.notice", "body": "ik ben ook een bot"})) is None
    edit = {
        "msgtype": "m.text",
        "body": "* hallo",
        "m.new_content": {"msgtype": "m.text", "body": "hallo"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$old"},
    }
    incoming = read_event(_event(edit))
    assert incoming is not None and incoming.edited and incoming.text == "hallo"


@pytest.mark.parametrize(
    ("content", "caption"),
    [
        (
            {"msgtype": "m.image", "body": "ik wil dood", "filename": "a.jpg", "url": "mxc://h/a"},
            "ik wil dood",
        ),
        ({"msgtype": "m.image", "body": "a.jpg", "filename": "a.jpg", "url": "mxc://h/a"}, ""),
        ({"msgtype": "m.image", "body": "IMG_0001.jpg", "url": "mxc://h/a"}, ""),
        (
            {"msgtype": "m.file", "body": "lees dit alsjeblieft", "url": "mxc://h/b"},
            "lees dit alsjeblieft",
        ),
    ],
)
def test_a_caption_is_read_as_text(content: dict[str, object], caption: str) -> None:
    incoming = read_event(_event(content))
    assert incoming is not None and incoming.kind == "unsupported"
    assert incoming.text == caption


@pytest.mark.parametrize(
    ("content", "type_"),
    [
        ({"msgtype": "m.image", "body": "foto.jpg", "url": "mxc://hs/a"}, "m.room.message"),
        ({"msgtype": "m.file", "body": "a.pdf", "url": "mxc://hs/b"}, "m.room.message"),
        ({"msgtype": "m.audio", "body": "spraak.ogg", "url": "mxc://hs/c"}, "m.room.message"),
        ({"msgtype": "m.location", "body": "hier", "geo_uri": "geo:52,4"}, "m.room.message"),
        ({"body": "😀", "url": "mxc://hs/d", "info": {}}, "m.sticker"),
    ],
)
def test_things_that_are_not_text(content: dict[str, Any], type_: str) -> None:
    got = read_event(_event(content, type_))
    assert got is not None and got.kind == "unsupported"


def test_reactions() -> None:
    content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q", "key": "2️⃣"}}
    got = read_event(_event(content, "m.reaction"))
    assert got is not None and got.kind == "reaction"
    assert (got.reacts_to, got.number) == ("$q", 2)
    # Any other emoji is a reaction too (to a check-in question it is taking part),
    # just not a numbered choice.
    other = {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q", "key": "👍"}}
    thumbs = read_event(_event(other, "m.reaction"))
    assert thumbs is not None and thumbs.kind == "reaction"
    assert (thumbs.reacts_to, thumbs.number, thumbs.text) == ("$q", None, "")


def test_reply_fallback_is_dropped_only_from_replies() -> None:
    body = "> <@verbonden:localhost> Hoe gaat het?\n> echt?\n\ngoed hoor"
    assert strip_reply_fallback(body) == "goed hoor"
    reply = {
        "msgtype": "m.text",
        "body": body,
        "m.relates_to": {"m.in_reply_to": {"event_id": "$x"}},
    }
    got = read_event(_event(reply))
    assert got is not None and got.text == "goed hoor"
    quote = read_event(_event({"msgtype": "m.text", "body": "> een citaat\n\nvan mij"}))
    assert quote is not None and quote.text.startswith("> een citaat")


def _reply(body: str, to: str = "$post") -> dict[str, Any]:
    return {"msgtype": "m.text", "body": body, "m.relates_to": {"m.in_reply_to": {"event_id": to}}}


def test_what_a_message_replies_to() -> None:
    assert replied_to(_reply("ja")) == "$post"
    assert replied_to({"msgtype": "m.text", "body": "ja"}) is None
    assert replied_to({"m.relates_to": {"m.in_reply_to": {}}}) is None
    assert replied_to({"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q"}}) is None
    # In a thread, m.in_reply_to is only there for clients without threads ...
    thread = {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": True}
    thread["m.in_reply_to"] = {"event_id": "$latest"}
    assert replied_to({"m.relates_to": thread}) is None
    # ... unless the person replied to a message in the thread.
    assert replied_to({"m.relates_to": {**thread, "is_falling_back": False}}) == "$latest"


def test_the_reply_fallback_names_whom_it_quotes() -> None:
    assert quoted_sender(f"> <{BOT}> Tijd voor de check-in!\n> echt\n\nGoed!") == BOT
    assert quoted_sender("> * <@bram:localhost> zwaait\n\nhoi") == "@bram:localhost"
    assert quoted_sender("> een citaat\n\nvan mij") is None
    assert quoted_sender("gewoon tekst") is None
    got = read_event(_event(_reply(f"> <{BOT}> Tijd voor de check-in!\n\nLekker gewandeld")))
    assert got is not None and got.text == "Lekker gewandeld"
    assert (got.replies_to, got.quoted_sender) == ("$post", BOT)
    plain = read_event(_event(_reply("Lekker gewandeld")))  # newer clients send no fallback
    assert plain is not None and (plain.replies_to, plain.quoted_sender) == ("$post", None)
    # A quote typed by hand is no reply: nobody is named.
    typed = read_event(_event({"msgtype": "m.text", "body": f"> <{BOT}> zei iets\n\nja"}))
    assert typed is not None and (typed.replies_to, typed.quoted_sender) == (None, None)


def test_a_reply_to_the_bot_is_for_the_bot() -> None:
    # Without m.mentions (older clients, bridges): the whole text, the bot's name kept.
    text = "Ik voel me meer verbonden sinds de koffie"
    assert _for_bot(text, _reply(text), reply_to_bot=True) == text
    # Newer clients name the replied-to sender in m.mentions: that works after a
    # restart too, and still does not make "verbonden" in the text a mention.
    mentions = {**_reply(text), "m.mentions": {"user_ids": [BOT]}}
    assert _for_bot(text, mentions) == text
    # A mention or the prefix in a reply is handled as ever.
    assert _for_bot("!verbonden checkin", _reply("x"), reply_to_bot=True) == "checkin"
    assert _for_bot("Verbonden: hoi", _reply("x"), reply_to_bot=True) == "hoi"


def test_a_reply_to_someone_else_is_not_for_the_bot() -> None:
    reply = {**_reply("Mooi zo, Bram!", "$bram"), "m.mentions": {"user_ids": ["@bram:localhost"]}}
    assert _for_bot("Mooi zo, Bram!", reply) is None
    # The quoted original (its HTML fallback) may link to the bot: that is not a mention.
    quoted = {
        **_reply("Mooi zo", "$bram"),
        "format": "org.matrix.custom.html",
        "formatted_body": (
            '<mx-reply><blockquote><a href="https://matrix.to/#/!r/$bram">In reply to</a> '
            '<a href="https://matrix.to/#/@bram:localhost">@bram:localhost</a><br>'
            '<a href="https://matrix.to/#/@verbonden:localhost">Verbonden</a> help'
            "</blockquote></mx-reply>Mooi zo"
        ),
    }
    assert _for_bot("Mooi zo", quoted) is None
    # A pill of the person's own after the quote still is one.
    own = {
        **quoted,
        "formatted_body": quoted["formatted_body"] + " <a href="
        '"https://matrix.to/#/@verbonden:localhost">Verbonden</a>',
    }
    assert _for_bot("Mooi zo Verbonden", own) == "Mooi zo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!verbonden help", "help"),
        ("!Verbonden: privacy", "privacy"),
        ("!verbonden", ""),
        ("Verbonden: hoi", "hoi"),
        ("verbonden, ik wil praten", "ik wil praten"),
        ("@verbonden:localhost menu", "menu"),
        ("hoi @verbonden:localhost", "hoi"),
    ],
)
def test_commands_and_mentions(text: str, expected: str) -> None:
    assert _for_bot(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik voel me niet verbonden met mijn buren",
        "Verbonden is een mooi woord",
        "!verbondenheid is fijn",
        "gewoon een bericht",
    ],
)
def test_ordinary_messages_are_not_for_the_bot(text: str) -> None:
    assert _for_bot(text) is None


def test_pills_and_intentional_mentions() -> None:
    pill = {
        "msgtype": "m.text",
        "body": "Verbonden kun je helpen?",
        "format": "org.matrix.custom.html",
        "formatted_body": (
            '<a href="https://matrix.to/#/@verbonden:localhost">Verbonden</a> kun je helpen?'
        ),
    }
    assert _for_bot(pill["body"], pill) == "kun je helpen?"
    intentional = {"msgtype": "m.text", "body": "hoi Verbonden", "m.mentions": {"user_ids": [BOT]}}
    assert _for_bot("hoi Verbonden", intentional) == "hoi"
    other = {
        "msgtype": "m.text",
        "body": "hoi Bram",
        "m.mentions": {"user_ids": ["@bram:localhost"]},
    }
    assert _for_bot("hoi Bram", other) is None


def test_recent_choices_are_bounded_per_room() -> None:
    recent = RecentChoices(per_room=2)
    recent.remember("!r", "$1", ("Ja", "Nee"))
    recent.remember("!r", "$2", ("A", "B", "C"))
    recent.remember("!r", "$3", ("X",))
    assert recent.label("!r", "$1", 1) is None  # forgotten: only the last two are kept
    assert recent.label("!r", "$2", 3) == "C"
    assert recent.label("!r", "$2", 4) is None
    assert recent.label("!other", "$2", 1) is None
    recent.forget_room("!r")
    assert recent.label("!r", "$3", 1) is None


def test_own_events_are_bounded_per_room_and_by_rooms() -> None:
    own = OwnEvents(per_room=2, rooms=2)
    for event_id in ("$1", "$2", "$3"):
        own.add("!a", event_id)
    assert not own.sent("!a", "$1")  # only the last two per room
    assert own.sent("!a", "$2") and own.sent("!a", "$3")
    assert not own.sent("!b", "$3") and not own.sent("!a", None)
    own.add("!b", "$b", post=True)
    assert own.latest_post("!b") == "$b" and own.latest_post("!a") is None
    own.add("!b", "$b2")  # an answer to someone: the room's post stays the same
    assert own.latest_post("!b") == "$b"
    own.add("!a", "$4")  # "!a" is now the most recent room ...
    own.add("!c", "$c")  # ... so "!b" is forgotten first
    assert not own.sent("!b", "$b") and own.latest_post("!b") is None
    assert own.sent("!a", "$4") and own.sent("!c", "$c")
    own.forget_room("!a")
    assert not own.sent("!a", "$4")


def test_recent_choices_keep_a_bounded_number_of_rooms() -> None:
    recent = RecentChoices(per_room=2, rooms=2)
    recent.remember("!a", "$1", ("Ja",))
    recent.remember("!b", "$2", ("Ja",))
    recent.remember("!a", "$3", ("Ja",))
    recent.remember("!c", "$4", ("Ja",))
    assert recent.label("!b", "$2", 1) is None
    assert recent.label("!a", "$1", 1) == "Ja" and recent.label("!c", "$4", 1) == "Ja"
