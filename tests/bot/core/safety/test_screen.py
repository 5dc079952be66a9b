"""The combined screen (bot.core.safety.screen): rules, model and context together."""

from __future__ import annotations

import pytest

from bot.core.safety import Screening, screen
from bot.core.safety.model import Model, Scores, Thresholds
from bot.training.safety import talk_to_the_bot


def level(text: str, *, previous_flagged: bool = False, recent_risk: bool = False) -> str:
    return screen(text, previous_flagged=previous_flagged, recent_risk=recent_risk).level


@pytest.mark.parametrize(
    "text",
    [
        "ik heb net al mijn pillen ingenomen",
        "ik sta op het spoor",
        "het touw hangt al aan de balk en ik sta op de kruk",
        "ik heb mijn polsen doorgesneden en het bloedt",
        "ik heb zojuist een overdosis genomen",
    ],
)
def test_an_attempt_in_progress_is_acute(text: str) -> None:
    assert screen(text) == Screening("acute", "attempt", distress=True)


@pytest.mark.parametrize(
    "text",
    ["ik heb mijn pillen genomen", "ik zit op het balkon met koffie", "ik sta op het perron"],
)
def test_everyday_versions_are_not_acute(text: str) -> None:
    assert level(text) == "none"


def test_a_means_question_is_clear_only_after_distress() -> None:
    question = "hoe hoog is de euromast eigenlijk"
    assert level(question) == "none"
    assert screen("ik voel me niks waard").distress
    assert screen(question, recent_risk=True) == Screening("clear", "method_context", distress=True)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb een touw gekocht",
        "de pillen liggen klaar in de la",
        "de datum staat vast",
        "zaterdag is het zover",
        "het briefje ligt al op tafel",
        "ik ben vandaag bij de brug gaan kijken",
    ],
)
def test_preparation_is_a_plan_only_after_a_sign(text: str) -> None:
    """Alone these are everyday talk (a move, a wedding, a walk); after "ik voel me niks
    waard" or an earlier sign they are a plan: the lines at once, not a question."""
    assert level(text) == "none"
    assert screen(text, recent_risk=True).level == "clear"


def test_things_cancelled_as_no_longer_needed_may_be_asked_about() -> None:
    """Subscriptions cancelled "ik heb het niet meer nodig": the corpus holds this wording
    as a hint since round 13 ("..., ik heb ze toch niet meer nodig"), so alone it may get the
    direct check question, never the lines; after a sign it is a plan."""
    text = "ik heb mijn abonnementen opgezegd, ik heb het niet meer nodig"
    assert level(text) in ("none", "unclear")
    assert screen(text, recent_risk=True).level == "clear"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ik heb afscheidsbrieven geschreven voor mijn kinderen", "clear"),
        ("ze zullen me niet missen als ik weg ben", "unclear"),
        ("binnenkort hoeft niemand zich meer zorgen om mij te maken", "unclear"),
        ("ik weet al waar ik het ga doen", "unclear"),
        ("ze zullen me niet missen als ik weg ben op vakantie", "none"),
        ("de datum staat vast, we trouwen in mei", "none"),
    ],
)
def test_goodbyes_and_plans_said_on_their_own(text: str, want: str) -> None:
    """Written while building (not from the held-out sets): a farewell letter in the
    plural, being missed, no one needing to worry soon, a place chosen for "it". An
    unclear sign the model reads as clear gets the line at once, which is fine too."""
    got = level(text)
    assert got == want or (want == "unclear" and got == "clear"), got


@pytest.mark.parametrize(
    ("text", "worn_out"),
    [
        ("ik ben op", True),
        ("ik ben helemaal op, ik kan niet meer", True),
        ("ik ben echt op vandaag", True),
        ("ik ben best wel boos op mn zus eigenlijk", False),
        ("ik ben trots op mezelf", False),
    ],
)
def test_worn_out_is_distress_angry_at_someone_is_not(text: str, worn_out: bool) -> None:
    """Found trying it as a person: "boos op mn zus" matched "ben ... op" (worn out) and
    was remembered as distress, so the bot said "Wat naar dat je je zo voelt"."""
    assert screen(text).distress is worn_out


def test_doing_it_now_is_acute_only_after_a_sign() -> None:
    assert level("ik ga het nu doen") == "none"
    assert level("ik ga het nu doen", recent_risk=True) == "acute"


def test_a_joke_after_a_disclosure_stays_flagged() -> None:
    assert level("grapje haha") == "none"
    assert level("grapje haha", recent_risk=True) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "ik las in de krant over zelfdoding bij jongeren",
        "morgen geef ik een training over zelfmoordpreventie",
        "mijn scriptie gaat over zelfbeschadiging",
    ],
)
def test_the_topic_in_news_school_or_training_is_no_alarm(text: str) -> None:
    assert level(text) == "none"


@pytest.mark.parametrize("text", ["zelfmoord", "zelfdoding 😞", "suïcide"])
def test_the_topic_word_alone_is_at_least_a_check(text: str) -> None:
    assert level(text) in ("unclear", "clear")


@pytest.mark.parametrize(
    "text",
    ["mijn man slaat me", "ik ben bang voor mijn vriend als hij gedronken heeft, hij slaat"],
)
def test_violence_at_home_is_flagged(text: str) -> None:
    assert screen(text).violence


@pytest.mark.parametrize(
    "text", ["de storm sloeg toe", "mijn man slaat de maat in het koor", "contact maken met iemand"]
)
def test_violence_hard_negatives_stay_quiet(text: str) -> None:
    assert not screen(text).violence


def test_one_repeated_word_is_not_scored() -> None:
    assert level("ik " * 5000) == "none"


def test_someone_else_keeps_the_naaste_path() -> None:
    assert screen("mijn zoon zegt dat hij dood wil").reason == "someone_else"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ik denk er soms aan om er een eind aan te maken", "clear"),
        ("hoeveel van die pillen moet je nemen om er niet meer te zijn", "clear"),
        ("de stem zegt dat ik moet springen", "clear"),
        ("de stemmen zeggen dat ik mezelf pijn moet doen", "clear"),
        ("ik sta bij de rivier en wil er in", "acute"),
        ("ik wil gewoon dat de pijn stopt, voorgoed", "unclear"),
        ("ik stop voorgoed met roken", "none"),
        ("mijn vriend zegt dat ik moet springen in het zwembad", "none"),
    ],
)
def test_found_while_trying_it_as_a_person(text: str, want: str) -> None:
    """Phrasings typed in the terminal chat while building, not from the held-out sets."""
    assert level(text) == want


class _Scored(Model):
    """A model that gives every message the same scores: the screen's logic on its own."""

    def __init__(self, scores: Scores, **thresholds: float) -> None:
        self._scores = scores
        self.thresholds = Thresholds(
            **{"clear": 0.9, "check": 0.8, "geweld": 0.9, "confirm": 0.2, **thresholds}
        )

    def scores_of(self, canon: str) -> Scores:
        return self._scores


_SURE_NONE = Scores(0.99, 0.0, 0.0, 0.0, 0.01, 0.0)


def test_the_models_clear_sign_is_acute_when_its_acute_class_leads() -> None:
    # An attempt worded in a way no rule lists: 112 first all the same.
    attempt = _Scored(Scores(0.0, 0.0, 0.3, 0.7, 0.0, 0.0))
    intent = _Scored(Scores(0.0, 0.0, 0.7, 0.3, 0.0, 0.0))
    text = "het is een rustige dag vandaag"
    assert screen(text, model=attempt).level == "acute"
    assert screen(text, model=intent).level == "clear"


def test_a_weak_rule_sign_needs_the_models_word() -> None:
    text = "ik hou het niet meer vol"  # a rules' unclear sign, also said of noisy neighbours
    assert screen(text, model=_Scored(Scores(0.5, 0.5, 0, 0, 0, 0))).level == "unclear"
    assert screen(text, model=_Scored(_SURE_NONE)).level == "none"
    # After a disclosure, a joke stands without the model: the model does not see context.
    joke = screen("grapje haha", recent_risk=True, model=_Scored(_SURE_NONE))
    assert joke.level == "unclear"


def test_a_clear_rule_sign_stands_whatever_the_model_says() -> None:
    assert screen("ik wil dood", model=_Scored(_SURE_NONE)).level == "clear"


def test_worry_about_a_character_in_a_lesson_is_not_the_naasten_path() -> None:
    lesson = "we bespraken in de klas een boek over een meisje dat zichzelf snijdt"
    worried = "mijn dochter snijdt zichzelf"
    assert screen(lesson, model=_Scored(_SURE_NONE)).level == "none"
    assert screen(worried, model=_Scored(_SURE_NONE)).reason == "someone_else"
    assert screen(lesson).level == "none"  # and so with the shipped model


def test_no_button_the_bot_offers_reads_as_a_risk_sign() -> None:
    # Button presses are screened like typed text; the bot's own labels must pass.
    from bot.core.engine import Engine

    engine = Engine()
    labels = {
        c.label for sp in engine.specs.values() for st in sp.states.values() for c in st.choices
    }
    flagged = sorted(label for label in labels if screen(label).level != "none")
    assert not flagged, "add these to bot/data/safety_corpus/none_buttons.yaml and retrain"


def test_no_dictionary_is_loaded_on_a_persons_message() -> None:
    """Both word lists load at start: the first unknown word once cost 0.35 s (issue 12)."""
    import subprocess
    import sys

    probe = (
        "import bot.core.safety.rules\n"
        "from simplemma.strategies.dictionaries import dictionary_factory as f\n"
        "def refuse(lang):\n"
        "    raise AssertionError(f'{lang} loaded during a turn')\n"
        "f._load_dictionary_from_disk = refuse\n"
        "from bot.core import safety\n"
        "safety.screen('qwerty blabla zoiets, suicidal thoughtz')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("text", ["kms", "levensmoe", "sewerslide"])
def test_one_word_the_model_does_not_read_keeps_the_rules_sign(text: str) -> None:
    """The model abstains on a single word, so it cannot set a rule's sign aside (a
    retrained threshold for that had silenced "kms" and "levensmoe")."""
    assert level(text) == "unclear"


def test_a_denial_of_suicidal_thoughts_is_no_sign() -> None:
    """ "zelfmoordgedachten" is read whole now; "geen" before it is a denial."""
    assert level("ik heb geen zelfmoordgedachten, maak je geen zorgen") == "none"
    assert level("ik heb zelfmoordgedachten") == "clear"


def test_on_the_edge_of_a_high_place_is_acute_the_edge_of_the_bed_is_not() -> None:
    assert level("ik zit op de rand van het balkon") == "acute"
    assert level("ik zit op de rand van het bed") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "ik heb alles ingenomen wat in de kast stond",
        "ik ben aan het doodbloeden",
        "ik lig in bad met mijn polsen open",
        "ik zit in de auto met de uitlaat naar binnen",
        "ik heb net rattengif gegeten",
        "ik heb mijn insulinepen helemaal leeggespoten",
        "ik heb net geprobeerd mezelf te doden",
    ],
)
def test_an_attempt_in_other_words_is_acute(text: str) -> None:
    """Written for the acute path (112 first), not from the held-out sets."""
    assert level(text) == "acute"


@pytest.mark.parametrize(
    "text",
    ["mijn polsen doen pijn van het typen", "ik heb alles genomen wat ik kon vinden aan info"],
)
def test_everyday_words_of_the_acute_rules_are_not_acute(text: str) -> None:
    assert level(text) == "none"


def test_a_household_product_used_up_is_not_poison_swallowed() -> None:
    """Found rereading the change: "op" (used up) counted as "swallowed" for poison."""
    assert level("het wasmiddel is op") == "none"
    assert level("de ontstopper is op, ik moet nieuwe kopen") == "none"
    assert level("ik heb bleekmiddel gedronken") == "acute"
    assert level("ik heb net rattengif gegeten") == "acute"


class _BySentence(Model):
    """A model that reads one sentence as risk, and anything longer as everyday talk
    (as a linear model does when cheerful words outnumber the sign)."""

    def __init__(self, risky: str, risk: Scores, **thresholds: float) -> None:
        self._risky, self._risk = risky, risk
        self.thresholds = Thresholds(
            **{"clear": 0.9, "check": 0.8, "geweld": 0.9, "confirm": 0.2, "sentence": 0.85}
            | thresholds
        )

    def scores_of(self, canon: str) -> Scores:
        return self._risk if canon.strip(" #") == self._risky else _SURE_NONE


_CHEERFUL = "We hebben soep gegeten bij mijn zus, dat was gezellig. "


def test_a_sign_among_cheerful_sentences_is_read_on_its_own() -> None:
    # No rule reads "alles is zo grijs en zwaar": the model's reading decides.
    sign = Scores(0.05, 0.9, 0.05, 0, 0, 0)
    model = _BySentence("alles is zo grijs en zwaar", sign)
    assert screen(_CHEERFUL + "Alles is zo grijs en zwaar.", model=model).level == "unclear"
    # One sentence of several is one more chance of a false alarm: its own threshold.
    strict = _BySentence("alles is zo grijs en zwaar", sign, sentence=0.99)
    assert screen(_CHEERFUL + "Alles is zo grijs en zwaar.", model=strict).level == "none"
    # A line break ends a sentence too.
    typed = _CHEERFUL.strip() + "\nalles is zo grijs en zwaar"
    assert screen(typed, model=model).level == "unclear"


def test_a_cheerful_sentence_does_not_set_a_rules_sign_aside() -> None:
    # The rules' unclear sign ("voor mij hoeft het niet meer") needs the model's word; the
    # whole message reads as everyday talk, the sentence itself does not.
    text = _CHEERFUL + "Voor mij hoeft het niet meer."
    model = _BySentence("voor mij hoeft het niet meer", Scores(0.6, 0.4, 0, 0, 0, 0))
    assert screen(text, model=model).level == "unclear"
    assert screen(text, model=_Scored(_SURE_NONE)).level == "none"


def test_a_sign_in_one_sentence_makes_preparation_in_another_a_plan() -> None:
    undecided = _Scored(Scores(0.5, 0.5, 0, 0, 0, 0))
    plan = "Voor mij hoeft het niet meer. Ik heb de pillen al klaarliggen."
    assert screen(plan, model=undecided).level == "clear"
    everyday = "Ik heb de pillen al klaarliggen voor morgenochtend. Het was een gezellige dag."
    assert screen(everyday, model=undecided).level == "none"
    # The model alone hearing a hint in another sentence is too little to build on.
    hint = _BySentence("het was een lange dag", Scores(0.1, 0.9, 0, 0, 0, 0))
    told = "Het was een lange dag. Ik heb de pillen al klaarliggen."
    assert screen(told, model=hint).level == "unclear"


def test_what_people_type_to_use_the_bot_reads_as_no_risk_sign() -> None:
    """ "hoofdmenu", "wat kan ik nog meer doen", "ik wil mijn dochter laten merken dat ik aan
    haar denk", "geen idee eerlijk gezegd": the listening corpus's messages that operate the
    bot or answer its questions (trained on as "none", bot.training.safety.BOT_TALK and
    ANSWERS) never get the check question."""
    flagged = [(intent, text) for text, intent in talk_to_the_bot() if level(text) != "none"]
    assert not flagged, flagged[:10]
