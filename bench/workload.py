"""Scripted conversations shared by benchmarks and fault tests: a realistic mix of
buttons, free text, numbers as words, typos and global commands, in Dutch."""

from __future__ import annotations

SCRIPTS: tuple[tuple[str, ...], ...] = (
    ("hoi", "gevoel", "verdrietig", "afgewezen", "7", "in mijn buik", "rust", "ja", "nee"),
    (
        "hallo",
        "afspraak",
        "mijn zus zei af",
        "ik doe er niet toe",
        "80",
        "boos",
        "druk",
        "ze hielp me vorige week",
        "ze had het gewoon druk",
        "40",
        "nieuwe datum",
        "ja",
    ),
    ("hey", "contact", "een buur", "Ans", "heel druk", "zo is het goed", "nee"),
    (
        "goedemorgen",
        "ik voel me eenzaam",
        "ik mis iemand",
        "kan wel",
        "ja",
        "mijn partner",
        "sla over",
        "stiller dan anders",
        "ik pas het aan",
        "Hoi! Zin in een wandeling?",
        "ja",
    ),
    ("hoi", "rust", "ja", "klaar", "een plant", "de koelkast", "iets rustiger", "thee"),
    (
        "hoi",
        "gevoel",
        "onrusitg",
        "gespannen",
        "zes",
        "help",
        "weet ik niet",
        "overal",
        "weet ik niet",
        "nee joh",
        "menu",
        "stop",
    ),
    (
        "hoi",
        "afspraak",
        "liever niet",
        "het ligt aan mij",
        "zeventig",
        "ik ga dood van verveling",
        "verdrietig",
        "weet ik niet",
        "geen idee",
        "het ging niet door, maar dat zegt niets",
        "30",
        "vanavond iets fijns voor mezelf",
        "nee",
    ),
)


def events(users: int) -> list[dict[str, str]]:
    """Interleaved messages of ``users`` people, each with a unique id."""
    per_user = {f"u{u}": SCRIPTS[u % len(SCRIPTS)] for u in range(users)}
    out = []
    step = 0
    while any(step < len(s) for s in per_user.values()):
        for user, script in per_user.items():
            if step < len(script):
                out.append({"id": f"{user}-{step}", "user": user, "text": script[step]})
        step += 1
    return out
