"""Every dialogue and state the code itself relies on, named once.

Dialogues are data that maintainers edit; the engine, the scheduler and the runtime
still need to know a few places by name (where safety goes, where a daily question
starts). They refer to them only through this module, and the loader refuses a
dialogue set that lacks any of them: renaming ``dagelijks.vraag`` fails ``verbonden
check`` instead of silently stopping every daily question.
"""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """A place the code enters: a dialogue, and a state in it (None: its start)."""

    dialogue: str
    state: str | None = None

    def __str__(self) -> str:
        return f"{self.dialogue}.{self.state}" if self.state else self.dialogue


# Conversation
WELCOME = Entry("welkom")
REGION = Entry("welkom", "regio")
MENU = Entry("menu", "hoofdmenu")
IDLE = Entry("menu", "rust")  # after "stop": quiet, waiting
JOURNAL = Entry("dagboek")
FORGET = Entry("vergeet", "bevestig")
LOSS = Entry("verlies", "erkennen")  # "mijn man is overleden": heard first
LONELY = Entry("eenzaam", "soort")  # "ik voel me eenzaam" at any step
# Towards new people: "ik ken hier niemand" said there is why it was asked, not a new topic.
NEW_PEOPLE = Entry("nieuw")
# Safety: the screen's outcomes, before any dialogue step
SAFETY = "veilig"
SAFETY_CHECK = Entry(SAFETY, "check")  # an unclear sign: ask
CRISIS = Entry(SAFETY, "crisis")
ACUTE = Entry(SAFETY, "acuut")  # an attempt now or means at hand: 112 first
SOMEONE_ELSE = Entry(SAFETY, "naaste")  # worry about another person
SOMEONE_ELSE_ACUTE = Entry(SAFETY, "naaste_acuut")  # the other person's attempt now: 112
VIOLENCE = Entry(SAFETY, "geweld")  # violence at home
FROM_GROUP = Entry(SAFETY, "uit_groep")  # a private chat opened after a sign in a room
REACHED = Entry(SAFETY, "veilig_vraag")  # a private chat opened after the bot was asked
# The daily question (the scheduler starts it; "dagelijks stop" ends it)
DAILY = Entry("dagelijks")
DAILY_QUESTION = Entry("dagelijks", "vraag")
DAILY_STOP = Entry("dagelijks", "uitzetten")
# A room's own conversation: not a dialogue file, the engine answers rooms itself.
GROUP = Entry("groep", "kamer")

ENTRIES: tuple[Entry, ...] = (
    WELCOME,
    REGION,
    MENU,
    IDLE,
    JOURNAL,
    FORGET,
    LOSS,
    LONELY,
    NEW_PEOPLE,
    SAFETY_CHECK,
    CRISIS,
    ACUTE,
    SOMEONE_ELSE,
    SOMEONE_ELSE_ACUTE,
    VIOLENCE,
    FROM_GROUP,
    REACHED,
    DAILY,
    DAILY_QUESTION,
    DAILY_STOP,
)
REQUIRED_DIALOGUES = tuple(dict.fromkeys(entry.dialogue for entry in ENTRIES))
# Dialogues where a conversation is between things: a scheduled question may come.
IDLE_DIALOGUES = frozenset({MENU.dialogue, GROUP.dialogue})
