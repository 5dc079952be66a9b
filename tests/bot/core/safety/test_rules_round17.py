"""Round 17: two new probe sets of my own (90 risk, 45 everyday), each read once before
the rules it led to (84 of 90 handled at first reading). Checked with a model that has no
opinion, so the rules alone decide.
"""

from __future__ import annotations

import pytest

from tests.support.safety import rules_level


@pytest.mark.parametrize(
    "text",
    [
        "ben nu bij de sluis, ik spring zo",
        "ik sta op het perron en ik spring",
        "ik zit nu op de reling van de brug, ik ga springen",
    ],
)
def test_about_to_jump_where_one_is_now_is_acute(text: str) -> None:
    assert rules_level(text) == "acute"


@pytest.mark.parametrize(
    "text",
    [
        "ik sta bij de brug en ik spring zo in het water, lekker",
        "ik sta op de kade en ik spring zo even op de boot",
        "ben nu bij het zwembad, ik spring zo",
        "ik spring zo even onder de douche",
    ],
)
def test_jumping_for_fun_is_no_attempt(text: str) -> None:
    assert rules_level(text) != "acute"


@pytest.mark.parametrize(
    "text",
    [
        "ik hoop dat die vrachtwagen mij een keer raakt",
        "ik ga een lange reis maken waar ik niet van terugkom",
        "ik heb zitten kijken hoe hoog ons balkon eigenlijk is",
        "ik ben bang dat ik iets doms ga doen vannacht",
        "na de begrafenis van mijn man wil ik hem zo snel mogelijk achterna",
    ],
)
def test_these_get_the_check_question(text: str) -> None:
    assert rules_level(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "ik schrijf een afscheidsbrief voor mijn collega's, ik ga met pensioen",
        "ik ben bang dat ik iets doms ga doen op het feest van mijn zus",
        "ik heb gemeten hoe hoog ons balkon is voor de nieuwe zonwering",
        "we maken een reis waar ik nog lang van na zal genieten",
        "na de begrafenis van mijn oom gingen we koffie drinken",
    ],
)
def test_the_same_words_in_everyday_life_stay_quiet(text: str) -> None:
    assert rules_level(text) == "none"
