"""Reading incoming events: what is text, what is for the bot in a community room."""

from __future__ import annotations

from typing import Any

import nio
import pytest

from adapters.matrix.inbound import RecentChoices, addressed, read_event, strip_reply_fallback

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


def _for_bot(text: str, content: dict[str, Any] | None = None) -> str | None:
    return addressed(text, content, prefix="!verbonden", user_id=BOT, names=NAMES)


def test_text_and_emote_are_text() -> None:
    got = read_event(_event({"msgtype": "m.text", "body": "hoi"}))
    assert got is not None and got.kind == "text" and got.text == "hoi"
    emote = read_event(_event({"msgtype": "m.emote", "body": "zwaait"}))
    assert emote is not None and emote.kind == "text"


def test_notices_and_edits_are_ignored() -> None:
    assert read_event(_event({"msgtype": "m.notice", "body": "ik ben ook een bot"})) is None
    edit = {
        "msgtype": "m.text",
        "body": "* hallo",
        "m.new_content": {"msgtype": "m.text", "body": "hallo"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$old"},
    }
    assert read_event(_event(edit)) is None


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


def test_keycap_reaction() -> None:
    content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q", "key": "2️⃣"}}
    got = read_event(_event(content, "m.reaction"))
    assert got is not None and got.kind == "reaction"
    assert (got.reacts_to, got.number) == ("$q", 2)
    other = {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q", "key": "👍"}}
    assert read_event(_event(other, "m.reaction")) is None


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
