"""Crisis lines that need no data file: for a turn that fails after a risk sign.

The lines normally come from ``bot/data/crisis_lines.toml`` (validated at start-up and
by ``verbonden check``). If a turn fails anyway, whatever the reason, and the message
or the conversation showed a risk sign, the apology still carries these numbers.
Keep them in step with the data file (tests/bot/core/safety/test_fallback.py checks it).
"""

from __future__ import annotations

from typing import Final

__all__ = ["FALLBACK_LINES", "VIOLENCE_LINES", "fallback_lines"]

FALLBACK_LINES: Final[dict[str, str]] = {
    "nl": (
        "Praat er vandaag nog over met een mens:\n"
        "• 113 Zelfmoordpreventie: bel 113 of 0800-0113 (gratis, dag en nacht),"
        " of chat via 113.nl\n"
        "• Bij direct gevaar: bel 112"
    ),
    "be": (
        "Praat er vandaag nog over met een mens:\n"
        "• Zelfmoordlijn 1813: bel 1813 (gratis, dag en nacht), of chat via zelfmoord1813.be\n"
        "• Bij direct gevaar: bel 112"
    ),
}
_BOTH: Final = (
    "Praat er vandaag nog over met een mens:\n"
    "• In Nederland: 113 Zelfmoordpreventie, bel 113 of 0800-0113, of chat via 113.nl\n"
    "• In België: Zelfmoordlijn 1813, bel 1813, of chat via zelfmoord1813.be\n"
    "• Bij direct gevaar: bel 112"
)


VIOLENCE_LINES: Final[dict[str, str]] = {
    "nl": "• Veilig Thuis: bel 0800-2000 (gratis, dag en nacht), of chat via veiligthuis.nl",
    "be": "• 1712: bel 1712 (gratis, anoniem), of chat via 1712.be",
}


def fallback_lines(region: str | None, *, violence: bool = False) -> str:
    """The built-in lines for a region ("nl", "be"), both countries when unknown.

    ``violence``: violence at home, so Veilig Thuis / 1712 come first.
    """
    key = (region or "").strip().lower()[-2:]
    lines = FALLBACK_LINES.get(key, _BOTH)
    if not violence:
        return lines
    own = [VIOLENCE_LINES[key]] if key in VIOLENCE_LINES else list(VIOLENCE_LINES.values())
    head, _, rest = lines.partition("\n")
    return "\n".join([head, *own, rest])
