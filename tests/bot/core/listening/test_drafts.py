"""Message drafts in correct Dutch: a table of what people type and the clause after "dat"."""

from __future__ import annotations

import pytest

from bot.core.listening.drafts import compose, second_person

TABLE = [
    # A time said last goes before the verb; a clause with "toen", "dat" or "sinds" after
    # it, with its own subject addressed too; "mijn zus" is the person addressed.
    ("ze is erg stil de laatste tijd", "je de laatste tijd erg stil bent"),
    ("hij is stil tegenwoordig", "je tegenwoordig stil bent"),
    ("ze leek verdrietig toen ik haar zag", "je verdrietig leek toen ik je zag"),
    ("ze zei dat ze zich alleen voelt", "je zei dat je je alleen voelt"),
    ("hij zei dat hij moe is", "je zei dat je moe bent"),
    ("ze komt niet meer sinds haar man ziek is", "je niet meer komt sinds je man ziek is"),
    ("mijn zus lacht niet meer zoveel", "je niet meer zoveel lacht"),
    ("mijn buurman groet niet meer", "je niet meer groet"),
    ("ze lacht minder", "je minder lacht"),
    ("hij lacht minder", "je minder lacht"),
    ("zij praat weinig", "je weinig praat"),
    ("ze is moe", "je moe bent"),
    ("hij is vaak alleen", "je vaak alleen bent"),
    ("ze is ziek geweest", "je ziek geweest bent"),
    ("hij heeft veel pijn", "je veel pijn hebt"),
    ("ze heeft weinig tijd", "je weinig tijd hebt"),
    ("hij kan niet slapen", "je niet kunt slapen"),
    ("ze wil niet praten", "je niet wilt praten"),
    ("hij gaat minder vaak wandelen", "je minder vaak gaat wandelen"),
    ("ze moet veel werken", "je veel moet werken"),
    ("hij mag niet autorijden", "je niet mag autorijden"),
    ("ze komt nooit meer langs", "je nooit meer langskomt"),
    ("hij belt niet terug", "je niet terugbelt"),
    ("ze gaat vaak weg", "je vaak weggaat"),
    ("hij doet niet meer mee", "je niet meer meedoet"),
    ("ze kijkt somber", "je somber kijkt"),
    ("hij zit vaak binnen", "je vaak binnen zit"),
    ("ze slaapt slecht", "je slecht slaapt"),
    ("hij eet weinig", "je weinig eet"),
    ("ze zegt niet veel", "je niet veel zegt"),
    ("hij reageert traag", "je traag reageert"),
    ("ze appt minder", "je minder appt"),
    ("hij zucht veel", "je veel zucht"),
    ("haar moeder is ziek", "je moeder ziek is"),
    ("zijn broer is verhuisd", "je broer verhuisd is"),
    ("haar werk is zwaar", "je werk zwaar is"),
    ("zijn rug doet pijn", "je rug pijn doet"),
    ("ze maakt zich druk", "je je druk maakt"),
    ("hij schaamt zich", "je je schaamt"),
    ("ze voelt zich alleen", "je je alleen voelt"),
    ("hij heeft het moeilijk met zijn baan", "je het moeilijk hebt met je baan"),
    ("ze heeft het druk met de kinderen", "je het druk hebt met de kinderen"),
    ("hij piekert over zijn toekomst", "je piekert over je toekomst"),
    ("ze denkt veel aan haar vader", "je veel aan je vader denkt"),
    ("hij praat niet over zijn werk", "je niet praat over je werk"),
    ("ze zorgt voor haar moeder", "je zorgt voor je moeder"),
    ("Het viel me op dat ze stil is", "je stil bent"),
    ("het viel me op dat hij moe is", "je moe bent"),
    ("ik merkte dat ze minder praat", "je minder praat"),
    ("dat hij weinig lacht", "je weinig lacht"),
    ("je bent stil", "je stil bent"),
    ("je lacht minder", "je minder lacht"),
    ("je de laatste tijd moe bent", "je de laatste tijd moe bent"),
    ("jij bent vaak moe", "je vaak moe bent"),
    ("ze is stil.", "je stil bent"),
    ("Ze is stil!", "je stil bent"),
    ("stiller dan anders", "stiller dan anders"),
    ("Veel verdriet om de hond", "veel verdriet om de hond"),
    ("er is veel gebeurd", "er is veel gebeurd"),
    ("die is de laatste tijd stil", "je de laatste tijd stil bent"),
    # The clause ends at a comma (found in a chat: "zo moeilijk, loopt met een stok").
    (
        "ze loopt de laatste tijd zo moeilijk, met een stok",
        "je de laatste tijd zo moeilijk loopt, met een stok",
    ),
    (
        "hij zit vaak alleen op het bankje, ook als het regent",
        "je vaak alleen op het bankje zit, ook als het regent",
    ),
    # Two things noticed, each clause with its own verb at its end (found in a chat:
    # "je stil bent, en ze kijkt weg").
    ("ze is stil, en ze kijkt weg", "je stil bent en dat je wegkijkt"),
    ("ze lacht minder en ze belt niet meer terug", "je minder lacht en dat je niet meer terugbelt"),
    ("ze eet weinig en slaapt slecht", "je weinig eet en slecht slaapt"),
    ("hij is moe, hij slaapt slecht", "je moe bent en dat je slecht slaapt"),
    ("haar moeder is ziek en ze is vaak moe", "je moeder ziek is en dat je vaak moe bent"),
    ("ze is stil en moe", "je stil en moe bent"),
]


@pytest.mark.parametrize(("typed", "clause"), TABLE)
def test_the_clause_after_dat(typed: str, clause: str) -> None:
    assert second_person(typed) == clause


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 50


def test_a_name_as_subject_turns_to_je() -> None:
    assert second_person("Mieke lacht minder", name="Mieke") == "je minder lacht"


@pytest.mark.parametrize(
    ("name", "draft"),
    [
        ("Mieke", "Hoi Mieke, het viel me op dat je stil bent. Hoe gaat het met je?"),
        (None, "Hoi, het viel me op dat je stil bent. Hoe gaat het met je?"),
        ("", "Hoi, het viel me op dat je stil bent. Hoe gaat het met je?"),
    ],
)
def test_one_greeting(name: str | None, draft: str) -> None:
    assert compose(name, "je stil bent") == draft
