"""A turn's replies become as few chat messages as read well; drafts stay on their own."""

from __future__ import annotations

from bot.core.bubbles import MAX_UNITS, bubbles
from bot.core.messages import Document, OfferPrivateChat, Reply


def test_nothing_in_nothing_out() -> None:
    assert bubbles(()) == ()
    assert bubbles([]) == ()


def test_a_single_reply_is_kept_as_it_is() -> None:
    only = Reply("Waar woon je?", ("Nederland", "België"))
    assert bubbles((only,)) == (only,)


def test_plain_replies_join_the_question_with_its_buttons() -> None:
    merged = bubbles(
        (
            Reply("Hoi, welkom bij Verbonden."),
            Reply("Ik ben een bot, geen therapeut."),
            Reply("Hoe sterk is het, van 0 tot 10?", ("Weet ik niet",), numbered=False),
        )
    )
    assert merged == (
        Reply(
            "Hoi, welkom bij Verbonden.\n\nIk ben een bot, geen therapeut.\n\n"
            "Hoe sterk is het, van 0 tot 10?",
            ("Weet ik niet",),
            numbered=False,
        ),
    )


def test_plain_replies_at_the_end_become_one_message() -> None:
    assert bubbles((Reply("Dank je."), Reply("Tot later!"))) == (Reply("Dank je.\n\nTot later!"),)


def test_a_reply_with_choices_ends_a_message() -> None:
    question = Reply("Gaat het?", ("Ja", "Nee"))
    merged = bubbles((Reply("Fijn dat je er bent."), question, Reply("Nog iets."), Reply("Vraag?")))
    assert merged == (
        Reply("Fijn dat je er bent.\n\nGaat het?", ("Ja", "Nee")),
        Reply("Nog iets.\n\nVraag?"),
    )


def test_a_text_to_copy_keeps_a_message_of_its_own() -> None:
    draft = Reply("Hoi Sanne, het viel me op dat je stiller bent. Hoe gaat het met je?", apart=True)
    merged = bubbles(
        (
            Reply("Hier is een voorstel:"),
            draft,
            Reply("Wil je het zo houden?", ("Zo is het goed", "Ik pas het aan")),
        )
    )
    assert merged == (
        Reply("Hier is een voorstel:"),
        draft,
        Reply("Wil je het zo houden?", ("Zo is het goed", "Ik pas het aan")),
    )


def test_two_texts_to_copy_stay_apart_from_each_other() -> None:
    first, second = Reply("Bericht één", apart=True), Reply("Bericht twee", apart=True)
    assert bubbles((first, second)) == (first, second)


def test_offers_and_documents_are_never_merged_and_break_a_run() -> None:
    offer = OfferPrivateChat("talk", "Schrijf me gerust privé.")
    document = Document("verbonden.json", b"{}", "Alles wat ik van je weet.")
    merged = bubbles(
        (
            Reply("Hier zijn je gegevens."),
            Reply("Zie het bestand."),
            document,
            Reply("Wil je nog iets?"),
            offer,
            Reply("Tot ziens."),
        )
    )
    assert merged == (
        Reply("Hier zijn je gegevens.\n\nZie het bestand."),
        document,
        Reply("Wil je nog iets?"),
        offer,
        Reply("Tot ziens."),
    )


def test_merging_again_changes_nothing() -> None:
    turn = (
        Reply("Een."),
        Reply("Twee.", ("a", "b")),
        Reply("Drie."),
        Reply("Kopie", apart=True),
        Reply("Vier."),
        Document("x.json", b"{}"),
        Reply("Vijf."),
        Reply("x" * (MAX_UNITS - 10)),
        Reply("Zes.", ("c",)),
    )
    once = bubbles(turn)
    assert len(once) == 7
    assert bubbles(once) == once


def test_texts_that_would_not_fit_one_telegram_message_stay_apart() -> None:
    # Telegram counts UTF-16 code units: an emoji outside the BMP counts twice, so
    # these are 2047 units in 1024 characters.
    half = "🙂" * 1023 + "a"
    assert bubbles((Reply(half), Reply(half))) == (Reply(half + "\n\n" + half),)  # 4096
    longer = half + "a"  # 4097 together
    assert bubbles((Reply(half), Reply(longer))) == (Reply(half), Reply(longer))
    assert bubbles((Reply("a" * MAX_UNITS), Reply("b"))) == (Reply("a" * MAX_UNITS), Reply("b"))


def test_a_long_run_fills_messages_in_order() -> None:
    block = "z" * 2000
    merged = bubbles((Reply(block), Reply(block), Reply(block), Reply("Klaar?", ("Ja",))))
    assert merged == (
        Reply(block + "\n\n" + block),
        Reply(block + "\n\nKlaar?", ("Ja",)),
    )
