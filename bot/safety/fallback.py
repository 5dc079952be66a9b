"""Crisis lines that need no data file: for a turn that fails after a risk sign.

The lines normally come from ``bot/data/crisis_lines.toml`` (validated at start-up and
by ``verbonden check``). If a turn fails anyway, whatever the reason, and the message
or the conversation showed a risk sign, the apology still carries these numbers.
Keep them in step with the data file (tests/bot/safety/test_fallback.py checks it).
"""

from __future__ import annotations

from typing import Final

__all__ = ["FALLBACK_LINES", "fallback_lines"]

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


def fallback_lines(region: str | None) -> str:
    """The built-in lines for a region ("nl", "be"), both countries when unknown."""
    key = (region or "").strip().lower()[-2:]
    return FALLBACK_LINES.get(key, _BOTH)
