"""The pure engine: safety first in every state, commands everywhere, shared rulebooks."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from bot.core.engine import Engine
from bot.core.messages import (
    ConversationKey,
    ConversationState,
    ExportData,
    Inbound,
    OfferPrivateChat,
    Profile,
    Reply,
    TurnResult,
)
from tests.conftest import SAMPLE_SLOTS

KEY = ConversationKey("test", "c", "u")
GROUP_KEY = ConversationKey("test", "room", "u")
WELCOMED_NL = Profile(region="nl", welcomed=True)
SLOTS = SAMPLE_SLOTS


def _every_waiting_state(engine: Engine) -> list[tuple[str, str]]:
    return [
        (name, state)
        for name, spec in sorted(engine.specs.items())
        for state, st in spec.states.items()
        if st.waits
    ]


def _texts(result: TurnResult) -> str:
    return "\n".join(a.text for a in result.actions if isinstance(a, Reply))


def say(
    engine: Engine,
    text: str,
    state: ConversationState | None,
    profile: Profile | None = WELCOMED_NL,
) -> TurnResult:
    return engine.turn(Inbound(KEY, text=text), state, profile)


def test_every_state_of_every_dialogue_is_listed(engine: Engine) -> None:
    # Guards the parametrisation below against silently testing nothing.
    assert len(_every_waiting_state(engine)) >= 50


@pytest.mark.parametrize(("region", "line"), [("nl", "113"), ("be", "1813"), (None, "1813")])
def test_crisis_message_gets_crisis_reply_in_every_state(
    engine: Engine, region: str | None, line: str
) -> None:
    for dialogue, state in _every_waiting_state(engine):
        stored = ConversationState(dialogue, state, slots=dict(SLOTS))
        result = say(
            engine, "ik wil niet meer leven", stored, Profile(region=region, welcomed=True)
        )
        text = _texts(result)
        where = f"{dialogue}.{state}"
        assert line in text, f"no crisis line in {where}: {text}"
        assert "112" in text, where
        assert (result.state.dialogue, result.state.state) == ("veilig", "veilig_vraag"), where
        assert result.state.flagged, where
        if dialogue not in ("veilig", "vergeet"):
            assert result.state.resume == (dialogue, state), where


def test_crisis_on_first_contact_comes_before_the_welcome(engine: Engine) -> None:
    result = engine.turn(Inbound(KEY, text="ik wil dood"), None, None)
    text = _texts(result)
    assert "113" in text and "1813" in text  # region unknown: both countries
    assert "welkom" not in text.lower()
    assert result.state.resume == ("welkom", "hallo")


def test_unclear_sign_gets_a_direct_check_in_every_state(engine: Engine) -> None:
    for dialogue, state in _every_waiting_state(engine):
        stored = ConversationState(dialogue, state, slots=dict(SLOTS))
        result = say(engine, "ik zie het niet meer zitten", stored)
        assert (result.state.dialogue, result.state.state) == ("veilig", "check"), (
            f"{dialogue}.{state}"
        )
        # At the question itself it is its answer, and the question stands in other words.
        wording = "aan zelfdoding" if (dialogue, state) == ("veilig", "check") else "jezelf iets"
        assert wording in _texts(result), f"{dialogue}.{state}"


def test_idioms_do_not_interrupt(engine: Engine) -> None:
    stored = ConversationState("gevoelens", "familie")
    for text in ("ik ga dood van verveling", "ik lig dood 😂", "doodmoe ben ik"):
        result = say(engine, text, stored)
        assert result.state.dialogue == "gevoelens", text


def test_a_feeling_named_at_the_menu_is_not_asked_again(engine: Engine) -> None:
    """ "ik ben zo verdrietig" at the menu names the feeling: the conversation about
    feelings starts at its shades, not with "Welk woord past bij je gevoel?"."""
    menu = ConversationState("menu", "hoofdmenu")
    for text, feeling in (
        ("ik ben zo verdrietig", "verdrietig"),
        ("ik ben best wel boos op mijn zus", "boos"),
    ):
        result = say(engine, text, menu)
        assert (result.state.dialogue, result.state.state) == ("gevoelens", f"verfijn_{feeling}")
    general = say(engine, "ik wil het over mijn gevoelens hebben", menu)
    assert (general.state.dialogue, general.state.state) == ("gevoelens", "familie")


def test_something_painful_about_oneself_is_heard_first_once(engine: Engine) -> None:
    """ "ik voel me zo waardeloos" at the menu: a word of acknowledgement before the
    feelings conversation starts; said again a turn later, not the same again."""
    result = say(engine, "ik voel me zo waardeloos", ConversationState("menu", "hoofdmenu"))
    replies = [a.text for a in result.actions if isinstance(a, Reply)]
    assert replies[0] in engine.texts.get("zwaar_erkennen"), replies
    assert result.state.dialogue == "gevoelens"
    again = say(engine, "ik voel me echt waardeloos", result.state)
    texts = [a.text for a in again.actions if isinstance(a, Reply)]
    assert not set(texts) & set(engine.texts.get("zwaar_erkennen")), texts


def test_a_feeling_answered_with_a_hedge_is_the_answer_not_a_sign(engine: Engine) -> None:
    """Asked which feeling fits, "boos denk ik": the model alone heard the hedge as a
    sign and asked whether they think of hurting themselves. A few words naming one of
    the step's own buttons answer the step; a wish to die still gets the crisis reply."""
    stored = ConversationState("gevoelens", "familie")
    for text, feeling in (("boos denk ik", "boos"), ("bang, denk ik", "bang")):
        result = say(engine, text, stored)
        assert result.risk == "none", text
        assert (result.state.dialogue, result.state.state) == ("gevoelens", f"verfijn_{feeling}")
    for text in ("ik wil dood denk ik", "ik weet het niet meer denk ik"):
        assert say(engine, text, stored).state.dialogue == "veilig", text


@pytest.mark.parametrize(
    "command", ["stop", "menu", "help", "hulp", "privacy", "mijn gegevens", "vergeet mij"]
)
def test_global_commands_work_in_every_state(engine: Engine, command: str) -> None:
    for dialogue, state in _every_waiting_state(engine):
        stored = ConversationState(dialogue, state, slots=dict(SLOTS))
        result = say(engine, command, stored)
        where = f"{command} in {dialogue}.{state}"
        assert result.actions, where
        after = (result.state.dialogue, result.state.state)
        if command == "stop":
            assert after == ("menu", "rust") and not result.state.slots, where
        elif command == "menu":
            assert after == ("menu", "hoofdmenu") and not result.state.slots, where
        elif command == "vergeet mij":
            assert after == ("vergeet", "bevestig"), where
        elif command == "mijn gegevens":
            assert any(isinstance(a, ExportData) for a in result.actions), where
            assert after == (dialogue, state), where
        else:
            assert after == (dialogue, state), where


def test_help_me_names_a_person_to_talk_to(engine: Engine) -> None:
    """'help mij' may be a cry more than a question about commands."""
    result = say(engine, "help mij", ConversationState("gevoelens", "lichaam", slots=dict(SLOTS)))
    text = " ".join(a.text for a in result.actions if isinstance(a, Reply))
    assert "Luisterlijn" in text and "'stop'" in text
    assert (result.state.dialogue, result.state.state) == ("gevoelens", "lichaam")


def test_unclear_answer_rephrases_and_never_repeats(engine: Engine) -> None:
    state = ConversationState("eenzaam", "ruimte")  # choices only, no free text
    seen = []
    for _ in range(5):
        result = say(engine, "xyzzy", state)
        replies = [a for a in result.actions if isinstance(a, Reply)]
        assert replies[-1].choices, "the options come again"
        seen.append(replies[-1].text)
        state = result.state
    assert all(a != b for a, b in itertools.pairwise(seen))
    assert state.state == "ruimte"


def test_free_text_is_accepted_where_choices_are_offered(engine: Engine) -> None:
    result = say(engine, "een beetje raar eigenlijk", ConversationState("gevoelens", "familie"))
    assert result.state.state == "intensiteit"
    assert result.state.slots["gevoel"] == "een beetje raar eigenlijk"


def test_unclear_number_explains_the_range(engine: Engine) -> None:
    result = say(engine, "appeltaart", ConversationState("herkaderen", "geloof", slots=dict(SLOTS)))
    assert "0" in _texts(result) and "100" in _texts(result)


def test_button_press_uses_the_choice_id(engine: Engine) -> None:
    stored = ConversationState("gevoelens", "familie")
    result = engine.turn(
        Inbound(KEY, text="Blij", kind="choice", choice_id="blij"), stored, WELCOMED_NL
    )
    assert result.state.state == "verfijn_blij"


def test_stale_button_is_read_as_its_label(engine: Engine) -> None:
    stored = ConversationState("gevoelens", "familie")
    result = engine.turn(
        Inbound(KEY, text="Boos", kind="choice", choice_id="oud"), stored, WELCOMED_NL
    )
    assert result.state.state == "verfijn_boos"


def test_non_text_message_gets_a_kind_reply_and_the_question_again(engine: Engine) -> None:
    stored = ConversationState("gevoelens", "familie")
    result = engine.turn(Inbound(KEY, kind="unsupported"), stored, WELCOMED_NL)
    replies = [a for a in result.actions if isinstance(a, Reply)]
    assert "tekst" in replies[0].text
    assert replies[-1].choices
    assert result.state.state == "familie"


def test_engine_is_pure(engine: Engine) -> None:
    stored = ConversationState("gevoelens", "intensiteit", slots={"gevoel": "boos"})
    first = say(engine, "7", stored)
    second = say(engine, "7", stored)
    assert first == second
    assert stored.slots == {"gevoel": "boos"}  # the input state is untouched


def test_one_machine_per_dialogue_shared_and_without_models(engine: Engine) -> None:
    machines = dict(engine.machines)
    for text in ("hoi", "gevoel", "boos"):
        say(engine, text, ConversationState("menu", "hoofdmenu"))
    assert engine.machines == machines
    for machine in engine.machines.values():
        assert machine.models == []  # conversations are never registered


def test_group_chat_never_runs_a_private_dialogue(engine: Engine) -> None:
    inbound = Inbound(GROUP_KEY, text="ik voel me eenzaam", chat_type="group")
    result = engine.turn(inbound, None, None)
    assert (result.state.dialogue, result.state.state) == ("groep", "kamer")
    assert any(isinstance(a, OfferPrivateChat) and a.reason == "talk" for a in result.actions)


def test_group_crisis_gets_a_short_reply_and_private_support(engine: Engine) -> None:
    inbound = Inbound(GROUP_KEY, text="ik wil er een eind aan maken", chat_type="group")
    result = engine.turn(inbound, None, Profile(region="be"))
    public = _texts(result)
    assert "1813" not in public  # the full support is given privately, not in the room
    assert "112" in public and "privégesprek" in public
    assert "?" not in public  # no question in the room: an answer there would not be read
    private = [a for a in result.actions if isinstance(a, OfferPrivateChat)]
    assert private and private[0].reason == "crisis" and "1813" in private[0].text


# ---- worry about someone else at risk: the answer for naasten


@pytest.mark.parametrize(("region", "line"), [("nl", "0800-0113"), ("be", "1813"), (None, "1813")])
def test_worry_about_someone_else_gets_the_naaste_reply_in_every_state(
    engine: Engine, region: str | None, line: str
) -> None:
    for dialogue, state in _every_waiting_state(engine):
        if dialogue == "veilig" and state.startswith("naaste"):
            continue  # there the user is already telling about that person
        stored = ConversationState(dialogue, state, slots=dict(SLOTS))
        result = say(engine, "mijn zoon wil dood", stored, Profile(region=region, welcomed=True))
        text = _texts(result)
        where = f"{dialogue}.{state}"
        assert (result.state.dialogue, result.state.state) == ("veilig", "naaste"), where
        assert line in text and "112" in text, where
        assert "hoe het voor jou is" in text, where
        assert "jezelf iets aan te doen" not in text, where  # not the user's own check
        assert result.state.flagged, where
        if dialogue not in ("veilig", "vergeet"):
            assert result.state.resume == (dialogue, state), where


def test_naaste_reply_is_short_and_ends_with_one_question(engine: Engine) -> None:
    result = say(engine, "ons moeder wil niet meer leven", ConversationState("menu", "hoofdmenu"))
    replies = [a for a in result.actions if isinstance(a, Reply)]
    assert len(replies) <= 4
    assert all(r.text.count("?") == 0 for r in replies[:-1])
    assert replies[-1].text.count("?") == 1 and replies[-1].choices


@pytest.mark.parametrize(
    "text",
    ["ik wil dood, net als mijn broer", "mijn zoon en ik willen allebei dood"],
)
def test_own_risk_wins_over_worry_about_someone_else(engine: Engine, text: str) -> None:
    result = say(engine, text, ConversationState("herkaderen", "gedachte"))
    assert (result.state.dialogue, result.state.state) == ("veilig", "veilig_vraag")


@pytest.mark.parametrize("state", ["naaste", "naaste_vertel", "naaste_gehoord"])
def test_more_about_that_person_is_listened_to_not_restarted(engine: Engine, state: str) -> None:
    stored = ConversationState("veilig", state, resume=("herkaderen", "gedachte"), flagged=True)
    result = say(engine, "hij zegt steeds dat hij dood wil", stored)
    assert result.state.state != "naaste" and result.state.state.startswith("naaste")
    assert "Wat zwaar om je zulke zorgen" not in _texts(result)
    assert result.state.resume == ("herkaderen", "gedachte")
    assert result.state.flagged


def test_worry_about_someone_else_during_the_users_own_crisis(engine: Engine) -> None:
    stored = ConversationState("veilig", "veilig_vraag", resume=("herkaderen", "gedachte"))
    result = say(engine, "mijn broer wil ook dood", stored)
    assert (result.state.dialogue, result.state.state) == ("veilig", "naaste")
    assert result.state.resume == ("herkaderen", "gedachte")


def test_naaste_can_say_it_is_about_themselves(engine: Engine) -> None:
    stored = ConversationState("veilig", "naaste", resume=("menu", "hoofdmenu"))
    result = say(engine, "het gaat eigenlijk over mij", stored)
    assert (result.state.dialogue, result.state.state) == ("veilig", "veilig_vraag")
    assert "113" in _texts(result)


def test_check_question_can_be_about_someone_else(engine: Engine) -> None:
    stored = ConversationState("veilig", "check", resume=("menu", "hoofdmenu"))
    press = Inbound(KEY, text="ander", kind="choice", choice_id="ander")
    result = engine.turn(press, stored, WELCOMED_NL)
    assert (result.state.dialogue, result.state.state) == ("veilig", "naaste")


def test_naaste_can_go_back_to_where_they_were(engine: Engine) -> None:
    stored = ConversationState("veilig", "naaste", resume=("herkaderen", "gedachte"))
    result = say(engine, "nu even niet", stored)
    assert (result.state.dialogue, result.state.state) == ("herkaderen", "gedachte")


def test_group_worry_about_someone_else_points_to_the_lines_and_offers_private_chat(
    engine: Engine,
) -> None:
    inbound = Inbound(GROUP_KEY, text="mijn maat wil er een eind aan maken", chat_type="group")
    result = engine.turn(inbound, None, Profile(region="be"))
    public = _texts(result)
    assert "1813" in public and "112" in public and "privébericht" in public
    assert "jezelf" not in public
    private = [a for a in result.actions if isinstance(a, OfferPrivateChat)]
    assert (
        len(private) == 1 and private[0].reason == "naaste"
    )  # written privately, not moved to crisis support
    assert "1813" in private[0].text and "hoe het voor jou is" in private[0].text
    assert result.state.flagged
    assert (result.state.dialogue, result.state.state) == ("groep", "kamer")


def test_group_own_risk_still_gets_the_crisis_reply(engine: Engine) -> None:
    inbound = Inbound(GROUP_KEY, text="ik wil dood, net als mijn broer", chat_type="group")
    result = engine.turn(inbound, None, Profile(region="be"))
    assert "1813" not in _texts(result)  # own crisis: the lines only privately
    private = [a for a in result.actions if isinstance(a, OfferPrivateChat)]
    assert private and "1813" in private[0].text


def test_group_idiom_about_someone_else_is_no_crisis(engine: Engine) -> None:
    inbound = Inbound(GROUP_KEY, text="mijn zus wil dood van verveling", chat_type="group")
    result = engine.turn(inbound, None, Profile(region="nl"))
    assert not any(isinstance(a, OfferPrivateChat) for a in result.actions)
    assert not result.state.flagged


def test_follow_up_enters_the_promised_state_with_context(engine: Engine) -> None:
    inbound = Inbound(
        KEY, kind="followup", target="gevoelens.nazorg", context={"gevoel": "eenzaam"}
    )
    result = engine.turn(inbound, ConversationState("menu", "rust"), WELCOMED_NL)
    assert result.state.state == "nazorg"
    assert "eenzaam" in _texts(result)


def test_follow_up_to_a_removed_state_stays_silent(engine: Engine) -> None:
    inbound = Inbound(KEY, kind="followup", target="gevoelens.bestaat_niet")
    result = engine.turn(inbound, ConversationState("menu", "rust"), WELCOMED_NL)
    assert result.actions == ()


def test_very_long_free_text_is_kept_short(engine: Engine) -> None:
    stored = ConversationState("herkaderen", "gedachte")
    result = say(engine, "het ligt vast aan mij dat ze afzei " * 700, stored)
    assert len(str(result.state.slots["gedachte"])) <= 500


def test_a_message_draft_is_a_reply_apart(engine: Engine) -> None:
    stored = ConversationState("opmerken", "opgemerkt", slots={"naam": "Sanne"})
    result = say(engine, "stiller dan anders", stored)
    assert result.state.state == "concept"
    replies = [a for a in result.actions if isinstance(a, Reply)]
    assert [(r.text, r.apart) for r in replies] == [
        ("Hier is een voorstel. Alleen wat je zag, en een uitnodiging om te vertellen:", False),
        (
            "Hoi Sanne, het viel me op dat je de laatste tijd wat stiller bent."
            " Hoe gaat het met je?",
            True,
        ),
        ("Wil je het zo houden, of zelf aanpassen?", False),
    ]
    assert replies[-1].choices == ("Zo is het goed", "Ik pas het aan")


def test_violence_at_home_in_a_group_is_answered_short_and_offered_privately(
    engine: Engine,
) -> None:
    group = ConversationKey("test", "room-1", "user-1")
    inbound = Inbound(
        group, text="@bot mijn man slaat me als hij gedronken heeft", chat_type="group"
    )
    result = engine.turn(inbound, None, WELCOMED_NL)
    room = [a.text for a in result.actions if isinstance(a, Reply)]
    assert len(room) == 1 and "112" in room[0] and "Veilig Thuis" not in room[0]
    [offer] = [a for a in result.actions if isinstance(a, OfferPrivateChat)]
    assert "Veilig Thuis" in offer.text and "0800-2000" in offer.text


def _at(dialogue: str, state: str) -> ConversationState:
    return ConversationState(dialogue, state, slots={})


def test_a_sentence_that_answers_the_next_question_is_not_asked_again(engine: Engine) -> None:
    menu = _at("menu", "hoofdmenu")
    said = say(engine, "ik voel me eenzaam naast mijn man", menu)
    assert (said.state.dialogue, said.state.state) == ("eenzaam", "ruimte_relatie")
    assert said.state.slots.get("soort") == "relatie"
    assert "Wat past nu het best" not in _texts(said)
    # Also in a longer sentence, too long to be read as a button press.
    story = "ik voel me eenzaam naast mijn man, hij zit altijd op zijn telefoon"
    said = say(engine, story, menu)
    assert (said.state.dialogue, said.state.state) == ("eenzaam", "ruimte_relatie")
    # A word that only chose the topic, or a bare number, answers nothing more.
    for text in ("eenzaam", "1", "ik voel me zo eenzaam"):
        said = say(engine, text, menu)
        assert (said.state.dialogue, said.state.state) == ("eenzaam", "soort"), text


def test_a_line_with_several_wordings_is_not_the_same_every_time(engine: Engine) -> None:
    seen = set()
    for turn in range(6):
        stored = ConversationState("rust", "liever_niet", slots={}, turn=turn)
        said = engine.turn(
            Inbound(KEY, kind="followup", target="menu.nog_iets"), stored, WELCOMED_NL
        )
        seen.add(_texts(said).split("\n")[0])
    assert len(seen) >= 2


def test_a_plain_yes_answers_are_you_safe_and_is_not_silence(engine: Engine) -> None:
    asked = _at("veilig", "veilig_vraag")
    for text in ("ja", "ok", "jaja"):
        said = say(engine, text, asked)
        assert said.state.state == "veilig_ja", text
    # Where nothing was asked with a yes button, "ok" is a quiet answer and is heard.
    assert say(engine, "ok", _at("veilig", "gehoord")).state.state == "stil"


def test_a_first_message_with_a_loss_is_answered_before_the_welcome(engine: Engine) -> None:
    said = say(engine, "Mijn man is vorig jaar overleden en ik voel me zo alleen", None, None)
    text = _texts(said)
    assert text.startswith("Dank je dat je me dit vertelt")
    assert "welkom bij Verbonden" not in text
    assert said.state.slots.get("eerste_wens") == "verlies"


def test_loneliness_with_a_typo_in_a_sentence_is_heard_at_the_menu(engine: Engine) -> None:
    said = say(engine, "ik voel me zo eenzam de laatste tijd", _at("menu", "hoofdmenu"))
    assert (said.state.dialogue, said.state.state) == ("eenzaam", "soort")


def test_a_room_message_for_others_is_only_screened_where_the_watch_is_on(engine: Engine) -> None:
    from bot.core.messages import CheckinFacts

    said = "ik wil niet meer leven"
    unwatched = Inbound(GROUP_KEY, text=said, chat_type="group", addressed=False)
    assert engine.turn(unwatched, None, Profile(region="nl")).actions == ()
    watched = replace(unwatched, checkin=CheckinFacts(watch=True))
    result = engine.turn(watched, None, Profile(region="nl"))
    assert any(isinstance(a, OfferPrivateChat) and a.reason == "crisis" for a in result.actions)
    harmless = replace(watched, text="wie wil er koffie?")
    assert engine.turn(harmless, None, Profile(region="nl")).actions == ()  # not answered
    command = replace(watched, text="checkin")  # nor a command: it was not said to the bot
    assert engine.turn(command, None, Profile(region="nl")).actions == ()


@pytest.mark.parametrize(("region", "line"), [("nl", "113"), ("be", "1813")])
def test_stop_on_the_crisis_path_still_leaves_the_line(
    engine: Engine, region: str, line: str
) -> None:
    """ "doei" there gets the farewell with the line; "stop" stops, and says it too."""
    profile = Profile(region=region, welcomed=True)
    for dialogue, state in _every_waiting_state(engine):
        if dialogue != "veilig":
            continue
        result = say(engine, "stop", ConversationState(dialogue, state), profile)
        text = _texts(result)
        want = "112" if state.startswith("geweld") else line
        assert want in text and "stoppen" in text, f"{state}: {text}"
        assert (result.state.dialogue, result.state.state) == ("menu", "rust"), state
    elsewhere = say(engine, "stop", ConversationState("menu", "rust"), profile)
    assert line not in _texts(elsewhere)


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("113 is bezet", "weer bezet, al drie keer"),
        ("ik weet het niet", "weet ik echt niet"),
        ("bellen durf ik niet", "ik durf echt niet te bellen"),
        ("...", "..."),
    ],
)
def test_the_crisis_path_says_it_in_other_words_the_second_time(
    engine: Engine, first: str, again: str
) -> None:
    """ "113 is bezet" twice in a row gets another wording (and another way to reach
    someone), not the same sentence again."""
    said = say(engine, first, _at("veilig", "veilig_ja"))
    second = say(engine, again, said.state)
    assert said.state.state == second.state.state
    assert _texts(said).split("\n")[0] != _texts(second).split("\n")[0]


def test_dag_after_the_conversation_ended_is_a_hello(engine: Engine) -> None:
    """In Flanders "dag" is the usual hello; at rest it is someone coming back."""
    resting = _at("menu", "rust")
    said = say(engine, "Dag!", resting)
    hello = ("Waar wil je het over hebben", "Fijn dat je er bent")
    assert any(h in _texts(said) for h in hello)
    # "doei" there, or "dag" in the middle of a conversation, is still a goodbye.
    assert not any(h in _texts(say(engine, "doei", resting)) for h in hello)
    assert say(engine, "dag", _at("gevoelens", "familie")).state.state == "rust"


def test_stop_soon_after_a_risk_sign_still_leaves_the_line(engine: Engine) -> None:
    """Back in another conversation a few turns after the crisis path, "stop" still names
    the region's line; without a recent sign it does not."""
    after_sign = ConversationState("opmerken", "wie", turn=6, concern_turn=3)
    assert "113" in _texts(say(engine, "stop", after_sign))
    long_ago = ConversationState("opmerken", "wie", turn=40, concern_turn=3)
    assert "113" not in _texts(say(engine, "stop", long_ago))
    assert "113" not in _texts(say(engine, "stop", _at("opmerken", "wie")))


def test_not_answering_the_check_question_points_to_the_line_not_the_menu(
    engine: Engine,
) -> None:
    """Three answers to something else at "Denk je erover om jezelf iets aan te doen?"
    ("mijn buurvrouw", "ze heet Ria") get the line, never "typ 'menu'"."""
    state = _at("veilig", "check")
    texts = []
    for text in ("mijn buurvrouw", "ze heet ria", "ze loopt zo moeilijk met een stok"):
        said = say(engine, text, state)
        texts.append(_texts(said))
        state = said.state
    assert state.state == "check"
    assert "menu" not in texts[2] and "113" in texts[2]


def test_someone_there_is_company_also_in_flemish(engine: Engine) -> None:
    """Found in a Flemish chat: "nee ik ben thuis, men ma is er" ("men" for "mijn") at
    "ben je op dit moment veilig?" is someone with the person, not free text."""
    said = say(engine, "nee ik ben thuis, men ma is er", _at("veilig", "veilig_vraag"))
    assert said.state.state == "veilig_ja"


@pytest.mark.parametrize("text", ["misschien", "tja", "kan zijn", "mwah"])
def test_maybe_where_only_buttons_answer_is_not_knowing(engine: Engine, text: str) -> None:
    """Found in a chat: "misschien" at "Wat past nu het best bij jou?" after a loss got
    "Dat begreep ik niet helemaal"; it was understood: not knowing, answered kindly."""
    said = say(engine, text, _at("verlies", "gehoord_keuze"))
    assert said.state.state == "gehoord_keuze"
    said_text = _texts(said)
    assert "begreep ik niet" not in said_text
    assert "niet erg" in said_text or "hoeft het niet" in said_text


@pytest.mark.parametrize("text", ["hoi", "Goeiemiddag!", "goedemorgen", "hallo verbonden"])
def test_a_greeting_gets_a_hello_and_the_question_again(engine: Engine, text: str) -> None:
    """Found in a Flemish chat: "goeiemiddag" at the menu got "Kies een van de knoppen"."""
    for where in (_at("menu", "hoofdmenu"), _at("gevoelens", "intensiteit")):
        said = say(engine, text, where)
        assert (said.state.dialogue, said.state.state) == (where.dialogue, where.state)
        assert _texts(said).startswith(("Hoi!", "Hallo"))
        assert "begreep ik niet" not in _texts(said)


def test_goeiendag_at_the_menu_is_a_hello_and_dag_a_goodbye(engine: Engine) -> None:
    menu = _at("menu", "hoofdmenu")
    for text in ("goeiendag", "goedenavond"):
        assert say(engine, text, menu).state.state == "hoofdmenu"
    assert say(engine, "dag", menu).state.state == "rust"
    # Deep in a conversation a "goedenavond" is leaving, as before.
    assert say(engine, "goedenavond", _at("gevoelens", "intensiteit")).state.state == "rust"
