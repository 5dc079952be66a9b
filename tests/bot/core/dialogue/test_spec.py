"""The loader refuses broken dialogue files, naming file, state and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.core.dialogue.model import DIALOGUE_DIR, DialogueError, read_yaml
from bot.core.dialogue.spec import load_dialogues


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped dialogues to break."""
    target = tmp_path / "dialogues"
    shutil.copytree(DIALOGUE_DIR, target, ignore=shutil.ignore_patterns("transcripts", "*.py"))
    return target


def _add(folder: Path, text: str, name: str = "proef") -> None:
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")


GOOD = """
name: proef
title: Proef
start: vraag
states:
  vraag:
    say: "Gaat het?"
    choices:
      - {id: ja, label: Ja, answer: yes, next: klaar}
      - {id: nee, label: Nee, answer: no, next: "@menu"}
  klaar:
    say: "Fijn."
    then: "@menu.nog_iets"
"""


def test_shipped_dialogues_load() -> None:
    loaded = load_dialogues()
    assert {"welkom", "menu", "eenzaam", "gevoelens", "opmerken", "herkaderen", "rust"} <= set(
        loaded.dialogues
    )


def test_a_good_extra_dialogue_loads(folder: Path) -> None:
    _add(folder, GOOD)
    # It is unreachable from elsewhere, but its own states hang together.
    assert "proef" in load_dialogues(folder).dialogues


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("next: klaar}", "next: kalr}"), "state 'vraag': unknown target state 'kalr'"),
        (('next: "@menu"}', 'next: "@menuu"}'), "state 'vraag': unknown target dialogue '@menuu'"),
        (
            ('then: "@menu.nog_iets"', 'then: "@menu.nergens"'),
            "unknown target state '@menu.nergens'",
        ),
        (('say: "Fijn."\n', ""), "state 'klaar': missing text"),
        (("{id: nee, label: Nee,", "{id: ja, label: Nee,"), "duplicate choice id 'ja'"),
        (("{id: nee, label: Nee,", "{id: nee, label: ja,"), "duplicate choice 'ja'"),
        (('then: "@menu.nog_iets"', "choices: []"), "state 'klaar': dead end"),
        (("next: klaar}", "next: klaar, do: [launch_rocket]}"), "unknown action 'launch_rocket'"),
        (
            ("next: klaar}", "next: klaar, do: [{journal: {velden: [x]}}]}"),
            "missing parameter(s): fields",
        ),
        (('say: "Gaat het?"', 'say: "Gaat het, {naam}?"'), "uses {naam} but no state saves"),
        (('    say: "Gaat het?"', '    zeg: "Gaat het?"'), "unknown key(s): zeg"),
        (("label: Ja,", 'label: "",'), "missing its text"),
        (('say: "Fijn."', 'say: [{plak: "Fijn."}]'), "'say' mapping must be {copy: a non-empty"),
        (('say: "Fijn."', 'say: [{copy: ""}]'), "state 'klaar': a 'say' mapping must be"),
        (('say: "Fijn."', "say: [{copy: 12}]"), "state 'klaar': a 'say' mapping must be"),
        (('say: "Fijn."', "say: [{copy: a, ook: b}]"), "state 'klaar': a 'say' mapping must be"),
        (('say: "Fijn."', 'say: ["Fijn.", {copy: "Hoi {naam}"}]'), "uses {naam} but no state"),
        # Keys that were accepted and ignored: a writer would believe they work.
        (("start: vraag", "start: vraag\ndefaults: {x: 1}"), "unknown top-level key(s): defaults"),
        (("start: vraag", "start: vraag\nchoices: []"), "unknown top-level key(s): choices"),
    ],
)
def test_broken_dialogue_gives_a_precise_error(
    folder: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    _add(folder, GOOD.replace(old, new))
    with pytest.raises(DialogueError) as info:
        load_dialogues(folder)
    assert "proef.yaml" in str(info.value)
    assert message in str(info.value)


def test_copy_texts_are_said_in_order_and_marked_apart(folder: Path) -> None:
    _add(
        folder,
        GOOD.replace(
            'say: "Fijn."',
            'say:\n      - "Fijn."\n      - {copy: "  Hoi, hoe gaat het?  "}\n      - "Klaar."',
        ),
    )
    klaar = load_dialogues(folder).dialogues["proef"].states["klaar"]
    assert klaar.say == ("Fijn.", "Hoi, hoe gaat het?", "Klaar.")
    assert klaar.apart == frozenset({1})
    assert load_dialogues(folder).dialogues["proef"].states["vraag"].apart == frozenset()


def test_the_shipped_message_drafts_are_texts_to_copy() -> None:
    states = load_dialogues().dialogues["opmerken"].states
    for name in ("concept", "klaar_voorstel", "klaar_eigen"):
        (index,) = states[name].apart
        assert states[name].say[index] in (
            "{concept}",
            "{bericht}",
        )


def test_unreachable_state_is_named(folder: Path) -> None:
    _add(folder, GOOD + "  vergeten:\n    say: Hallo\n    then: klaar\n")
    with pytest.raises(DialogueError, match=r"proef.yaml, state 'vergeten': unreachable"):
        load_dialogues(folder)


def test_loop_without_question_is_refused(folder: Path) -> None:
    looped = GOOD.replace('then: "@menu.nog_iets"', "then: heen") + (
        "  heen:\n    say: Heen\n    then: klaar\n"
    )
    _add(folder, looped)
    with pytest.raises(DialogueError, match="loop of states that never wait"):
        load_dialogues(folder)


def test_route_needs_a_fallback(folder: Path) -> None:
    routed = GOOD.replace(
        'then: "@menu.nog_iets"',
        'route:\n      - when: has_region\n        next: "@menu"',
    )
    _add(folder, routed)
    with pytest.raises(DialogueError, match="last route case must have no 'when'"):
        load_dialogues(folder)


def test_unknown_condition_is_named(folder: Path) -> None:
    routed = GOOD.replace(
        'then: "@menu.nog_iets"',
        'route:\n      - when: is_sunny\n        next: "@menu"\n      - next: "@menu"',
    )
    _add(folder, routed)
    with pytest.raises(DialogueError, match="unknown condition 'is_sunny'"):
        load_dialogues(folder)


def test_invalid_yaml_is_reported_with_the_file(folder: Path) -> None:
    _add(folder, "name: proef\nstates: [unclosed\n")
    with pytest.raises(DialogueError, match=r"proef.yaml: not valid YAML"):
        load_dialogues(folder)


def test_file_name_must_match_dialogue_name(folder: Path) -> None:
    _add(folder, GOOD, name="anders")
    with pytest.raises(DialogueError, match=r"'name' is 'proef' but the file is anders.yaml"):
        load_dialogues(folder)


def test_missing_engine_state_is_named(folder: Path) -> None:
    text = (
        (folder / "veilig.yaml").read_text(encoding="utf-8").replace("  crisis:\n", "  krisis:\n")
    )
    text = text.replace("next: crisis", "next: krisis").replace("then: crisis", "then: krisis")
    (folder / "veilig.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(
        DialogueError, match=r"veilig.yaml, state 'crisis': the code needs this state"
    ):
        load_dialogues(folder)


def test_missing_common_text_is_named(folder: Path) -> None:
    common = read_yaml((folder / "common.yaml").read_text(encoding="utf-8"))
    del common["texts"]["help"]
    import yaml

    (folder / "common.yaml").write_text(
        yaml.safe_dump(common, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(DialogueError, match=r"common.yaml: missing text 'help'"):
        load_dialogues(folder)


def test_yes_and_no_stay_words() -> None:
    # YAML 1.1 would read these as booleans; the loader must not.
    assert read_yaml("answer: yes\nid: no\nflag: true") == {
        "answer": "yes",
        "id": "no",
        "flag": True,
    }


def test_a_line_with_several_wordings_keeps_them_all(folder: Path) -> None:
    _add(
        folder,
        GOOD.replace('say: "Fijn."', 'say:\n      - one_of: ["Fijn.", "Goed zo.", "Dank je."]'),
    )
    klaar = load_dialogues(folder).dialogues["proef"].states["klaar"]
    assert klaar.say == ("Fijn.",)
    assert klaar.wordings(0) == ("Fijn.", "Goed zo.", "Dank je.")
    assert load_dialogues(folder).dialogues["proef"].states["vraag"].wordings(0) == ("Gaat het?",)


@pytest.mark.parametrize(
    ("say", "message"),
    [
        ('say:\n      - one_of: ["Fijn."]', "'one_of' needs at least two texts"),
        ('say:\n      - one_of: ["Fijn {naam}.", "Goed."]', "uses {naam}"),
    ],
)
def test_broken_wordings_are_named(folder: Path, say: str, message: str) -> None:
    _add(folder, GOOD.replace('say: "Fijn."', say))
    with pytest.raises(DialogueError, match=message):
        load_dialogues(folder)


def test_carry_needs_a_question_with_choices(folder: Path) -> None:
    _add(
        folder,
        GOOD.replace('  klaar:\n    say: "Fijn."', '  klaar:\n    carry: true\n    say: "Fijn."'),
    )
    with pytest.raises(DialogueError, match="'carry' is true or false \\(on a state with choices"):
        load_dialogues(folder)
    _add(
        folder,
        GOOD.replace(
            '  vraag:\n    say: "Gaat het?"', '  vraag:\n    carry: true\n    say: "Gaat het?"'
        ),
    )
    assert load_dialogues(folder).dialogues["proef"].states["vraag"].carry


def test_carry_story_needs_free_text(folder: Path) -> None:
    _add(
        folder,
        GOOD.replace(
            '  vraag:\n    say: "Gaat het?"', '  vraag:\n    carry: story\n    say: "Gaat het?"'
        ),
    )
    with pytest.raises(DialogueError, match="'carry: story' needs free_text"):
        load_dialogues(folder)
    _add(
        folder,
        GOOD.replace(
            '  vraag:\n    say: "Gaat het?"',
            '  vraag:\n    carry: story\n    free_text: {next: klaar}\n    say: "Gaat het?"',
        ),
    )
    vraag = load_dialogues(folder).dialogues["proef"].states["vraag"]
    assert vraag.carry_story and not vraag.carry


_POINTERS = {"next", "then", "start", "target"}


def _renamed(node: object, dialogue: str, old: str, new: str, own: bool, key: str = "") -> object:
    """``node`` with every pointer to state ``old`` of ``dialogue`` pointing at ``new``
    (``own``: this is that dialogue's file, where a bare state name points there too)."""
    if isinstance(node, dict):
        return {k: _renamed(v, dialogue, old, new, own, str(k)) for k, v in node.items()}
    if isinstance(node, list):
        return [_renamed(item, dialogue, old, new, own, key) for item in node]
    if node == f"@{dialogue}.{old}":
        return f"@{dialogue}.{new}"
    if own and node == old and key in _POINTERS:
        return new
    return node


@pytest.mark.parametrize(
    ("dialogue", "state"),
    [
        ("dagelijks", "vraag"),  # where the scheduler starts a daily question
        ("veilig", "acuut"),  # an attempt in progress: 112 first
        ("veilig", "veilig_vraag"),  # the private chat after a sign in a room
    ],
)
def test_renaming_a_place_the_code_needs_fails_the_check(
    folder: Path, dialogue: str, state: str
) -> None:
    """Before: renaming dagelijks.vraag (the state and every reference to it) passed
    `verbonden check`, and then every daily question stopped without a word. The
    places the code enters are named in bot.core.contract and checked at load."""
    for path in folder.glob("*.yaml"):
        raw = read_yaml(path.read_text(encoding="utf-8"))
        own = path.stem == dialogue
        if own:
            raw["states"][f"{state}_nieuw"] = raw["states"].pop(state)
        renamed = _renamed(raw, dialogue, state, f"{state}_nieuw", own)
        path.write_text(yaml.safe_dump(renamed, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DialogueError, match=f"state '{state}': the code needs this state"):
        load_dialogues(folder)


def test_a_line_many_dialogues_lead_to_needs_several_wordings(folder: Path) -> None:
    """Issue 18: "Wil je nog iets anders doen?" came back in the same words all evening.
    A state that four or more dialogues lead to comes back in one conversation, so
    `verbonden check` refuses it when its first line has only one wording."""
    path = folder / "rust.yaml"
    raw = read_yaml(path.read_text(encoding="utf-8"))
    first = raw["states"]["uitleg"]["say"][0]
    assert isinstance(first, dict) and len(first["one_of"]) >= 2  # the shipped file is fine
    raw["states"]["uitleg"]["say"][0] = first["one_of"][0]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DialogueError, match=r"rust.yaml, state 'uitleg': \d+ dialogues lead here"):
        load_dialogues(folder)


def test_a_line_few_dialogues_lead_to_may_have_one_wording(folder: Path) -> None:
    _add(folder, GOOD)  # "Fijn." in one state that only its own dialogue leads to
    assert load_dialogues(folder).dialogues["proef"].states["klaar"].variants == {}
