"""Replies -> Bot API sends: splitting, buttons, private-chat offers, documents."""

from __future__ import annotations

from adapters.telegram.render import (
    MAX_TEXT,
    ReachPrivately,
    SendFile,
    SendText,
    chosen_text,
    plan,
    split_text,
)
from bot.core.messages import Document, OfferPrivateChat, Outbound, Reply


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_short_text_is_one_piece() -> None:
    assert split_text("  Hoi!  ") == ["Hoi!"]
    assert split_text("   ") == []


def test_long_text_is_split_at_paragraphs_within_the_limit() -> None:
    paragraph = "Dit is een zin die iets zegt. " * 40
    text = "\n\n".join([paragraph.strip()] * 6)
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(units(p) <= MAX_TEXT for p in pieces)
    assert all(p.endswith(".") for p in pieces)  # cut between paragraphs, not mid-sentence
    assert "".join("".join(pieces).split()) == "".join(text.split())  # nothing lost


def test_emoji_count_double_and_text_without_spaces_still_fits() -> None:
    assert all(units(p) <= MAX_TEXT for p in split_text("🙂" * 3000))
    assert "".join(split_text("x" * 10_000)) == "x" * 10_000


def test_reply_with_choices_gets_numbered_buttons_on_the_last_piece() -> None:
    long_text = "woord " * 1000
    steps = plan([Reply(long_text, ("Ja", "Nee"))], group=False, bot_username="b")
    assert len(steps) == 2 and all(isinstance(s, SendText) for s in steps)
    first, last = steps
    assert isinstance(first, SendText) and first.markup is None
    assert isinstance(last, SendText) and last.markup is not None
    buttons = [row[0] for row in last.markup.inline_keyboard]
    assert [b.text for b in buttons] == ["1. Ja", "2. Nee"]
    assert [b.callback_data for b in buttons] == ["c0:Ja", "c1:Nee"]


def test_unnumbered_choices_keep_their_labels() -> None:
    [step] = plan(
        [Reply("Hoe sterk?", ("Weet ik niet",), numbered=False)], group=False, bot_username="b"
    )
    assert isinstance(step, SendText) and step.markup is not None
    assert step.markup.inline_keyboard[0][0].text == "Weet ik niet"


def test_an_offer_in_a_group_links_to_the_private_chat_and_tries_it() -> None:
    outbound: list[Outbound] = [
        Reply("Dank je dat je dit deelt."),
        OfferPrivateChat("crisis", "Hier zijn de lijnen"),
    ]
    steps = plan(outbound, group=True, bot_username="verbonden_bot")
    reply, reach = steps
    assert isinstance(reply, SendText) and reply.markup is not None
    assert reply.markup.inline_keyboard[0][0].url == "https://t.me/verbonden_bot?start=steun"
    assert reach == ReachPrivately("crisis", "Hier zijn de lijnen")


def test_a_turns_texts_are_one_message_with_the_buttons_under_it() -> None:
    outbound: list[Outbound] = [
        Reply("Hier is een voorstel:"),
        Reply("Hoi Sanne, hoe gaat het met je?", apart=True),
        Reply("Mooi zo."),
        Reply("Wil je het zo houden?", ("Ja", "Nee")),
        Reply("Nog één ding."),
    ]
    steps = plan(outbound, group=False, bot_username="b")
    assert [s.text for s in steps if isinstance(s, SendText)] == [
        "Hier is een voorstel:",
        "Hoi Sanne, hoe gaat het met je?",  # a text to copy stays on its own
        "Mooi zo.\n\nWil je het zo houden?",
        "Nog één ding.",
    ]
    markups = [s.markup for s in steps if isinstance(s, SendText)]
    assert markups[0] is None and markups[1] is None and markups[3] is None
    assert markups[2] is not None
    assert [row[0].text for row in markups[2].inline_keyboard] == ["1. Ja", "2. Nee"]


def test_an_offer_in_a_group_links_under_the_merged_reply() -> None:
    outbound: list[Outbound] = [
        Reply("Dank je dat je dit deelt."),
        Reply("Ik ben hier maar een bot."),
        OfferPrivateChat("write", "Hoi!"),
    ]
    steps = plan(outbound, group=True, bot_username="verbonden_bot")
    reply, reach = steps
    assert isinstance(reply, SendText) and reply.markup is not None
    assert reply.text == "Dank je dat je dit deelt.\n\nIk ben hier maar een bot."
    assert reply.markup.inline_keyboard[0][0].url == "https://t.me/verbonden_bot?start=praat"
    assert reach == ReachPrivately("write", "Hoi!")
    # Only offered: a link in the room, no private message the person did not ask for.
    offered = plan([Reply("Praat gerust privé."), OfferPrivateChat("talk", "Hoi!")],
                   group=True, bot_username="verbonden_bot")  # fmt: skip
    assert len(offered) == 1 and isinstance(offered[0], SendText)


def test_an_offer_in_private_is_just_its_text() -> None:
    steps = plan([OfferPrivateChat("talk", "Hoi!")], group=False, bot_username="b")
    assert steps == [SendText("Hoi!")]


def test_a_document_with_a_long_caption() -> None:
    steps = plan([Document("a.json", b"{}", "c" * 2000)], group=False, bot_username="b")
    assert isinstance(steps[-1], SendFile) and steps[-1].caption == ""
    assert isinstance(steps[0], SendText)
    [short] = plan([Document("a.json", b"{}", "Je gegevens")], group=False, bot_username="b")
    assert short == SendFile("a.json", b"{}", "Je gegevens")


def test_chosen_text_marks_the_choice_when_it_fits() -> None:
    assert chosen_text("Kies maar", "Ja") == "Kies maar\n\n✓ Ja"
    assert chosen_text("x" * MAX_TEXT, "Ja") is None
    assert chosen_text(None, "Ja") is None
