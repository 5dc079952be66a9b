"""Crisis and support lines per region, from bot/data/crisis_lines.toml.

The numbers are data, not code: whoever checks them edits only the TOML file.
The loader validates the file strictly, so a typo fails loudly at start-up (with
the region and key in the message) instead of showing someone in crisis a
broken or missing number.

Texts are short, plain Dutch (B1, je/jij). When the region is unknown, both
the Dutch and the Belgian lines are shown, each group with its country.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.core.paths import DATA

__all__ = [
    "DEFAULT_PATH",
    "CrisisLine",
    "RegionLines",
    "chat_line",
    "format_lines",
    "lines_for",
    "listening_line",
    "load_crisis_lines",
    "nearby_help",
    "short_line",
    "violence_line",
]

DEFAULT_PATH = DATA / "crisis_lines.toml"

_LINE_KEYS = frozenset({"name", "phone", "detail", "url", "audience"})
_REGION_KEYS = frozenset({"country", "main", "listening", "nearby", "acute", "violence", "lines"})


@dataclass(frozen=True, slots=True)
class CrisisLine:
    name: str
    phone: str
    detail: str  # short and plain, e.g. "gratis, dag en nacht"; may be empty
    url: str | None = None  # where to chat, without https://
    audience: str | None = None  # e.g. "voor jongeren van 8 tot 18"


@dataclass(frozen=True, slots=True)
class RegionLines:
    region: str
    lines: tuple[CrisisLine, ...]
    acute: CrisisLine  # the emergency number, always shown last
    country: str = ""  # "Nederland": labels the group when several regions are shown
    main: CrisisLine | None = None  # for {crisislijn_kort}
    listening: CrisisLine | None = None  # for {luisterlijn}
    violence: CrisisLine | None = None  # for {geweldlijn}: violence at home
    nearby: str = ""  # for {hulp_dichtbij}: professional help near home, not a crisis line

    @property
    def label(self) -> str:
        return f"In {self.country}:"


# --------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------


def _text(table: dict[str, object], key: str, where: str, *, optional: bool = False) -> str | None:
    value = table.get(key)
    if value is None:
        if optional:
            return None
        raise ValueError(f"{where}: missing key '{key}'")
    if not isinstance(value, str):
        raise ValueError(f"{where}: '{key}' must be a string, not {type(value).__name__}")
    return value.strip()


def _required(table: dict[str, object], key: str, where: str) -> str:
    value = _text(table, key, where)
    if not value:
        raise ValueError(f"{where}: '{key}' must not be empty")
    return value


def _line(raw: object, where: str) -> CrisisLine:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: must be a table with name, phone and detail")
    unknown = sorted(set(raw) - _LINE_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key '{unknown[0]}'")
    phone = _required(raw, "phone", where)
    if not any(ch.isdigit() for ch in phone):
        raise ValueError(f"{where}: 'phone' has no digits: {phone!r}")
    detail = _text(raw, "detail", where)
    assert detail is not None  # _text raises for a missing required key
    return CrisisLine(
        name=_required(raw, "name", where),
        phone=phone,
        detail=detail,
        url=_text(raw, "url", where, optional=True) or None,
        audience=_text(raw, "audience", where, optional=True) or None,
    )


def _named(
    lines: tuple[CrisisLine, ...], table: dict[str, object], key: str, where: str
) -> CrisisLine:
    name = _required(table, key, where)
    for line in lines:
        if line.name == name:
            return line
    raise ValueError(f"{where}: '{key}' names {name!r}, which is not one of its lines")


def _region(region: str, raw: object, where: str) -> RegionLines:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: must be a table")
    unknown = sorted(set(raw) - _REGION_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key '{unknown[0]}'")
    raw_lines = raw.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise ValueError(f"{where}: 'lines' must be a non-empty list of [[{region}.lines]] tables")
    lines = tuple(_line(item, f"{where}, lines[{i}]") for i, item in enumerate(raw_lines))
    for key in ("acute", "violence"):
        if key not in raw:
            raise ValueError(f"{where}: missing key '{key}'")
    return RegionLines(
        region=region,
        lines=lines,
        acute=_line(raw["acute"], f"{where}, acute"),
        country=_required(raw, "country", where),
        main=_named(lines, raw, "main", where),
        listening=_named(lines, raw, "listening", where),
        violence=_line(raw["violence"], f"{where}, violence"),
        nearby=_required(raw, "nearby", where),
    )


@lru_cache(maxsize=8)
def _load(path: Path) -> dict[str, RegionLines]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path.name}: cannot read crisis lines: {exc}") from exc
    if not data:
        raise ValueError(f"{path.name}: no regions")
    return {
        region: _region(region, raw, f"{path.name}, region '{region}'")
        for region, raw in data.items()
    }


def load_crisis_lines(path: Path | None = None) -> dict[str, RegionLines]:
    """All regions from the data file (cached per path); ValueError if it is malformed."""
    return dict(_load(path or DEFAULT_PATH))


# --------------------------------------------------------------------------
# Choosing and formatting
# --------------------------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.strip().casefold())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def lines_for(region: str | None, *, path: Path | None = None) -> list[RegionLines]:
    """The lines for one region; for an unknown or missing region, all of them (nl and be).

    Accepts the region key ("nl"), a locale ("nl-BE", "nl_BE") or the country
    name ("België", "belgie").
    """
    regions = load_crisis_lines(path)
    if region:
        wanted = _fold(region).replace("_", "-")
        for candidate in (wanted, wanted.rsplit("-", 1)[-1]):
            if candidate in regions:
                return [regions[candidate]]
        for lines in regions.values():
            if _fold(lines.country) == wanted:
                return [lines]
    return list(regions.values())


def _bullet(line: CrisisLine) -> str:
    verb = "Bel of chat met" if line.url else "Bel"
    text = f"• {verb} {line.name}: {line.phone}"
    if line.detail:
        text += f" ({line.detail})"
    if line.url:
        text += f", of chat via {line.url}"
    if line.audience:
        text += f", {line.audience}"
    return text


def _acute(line: CrisisLine) -> str:
    detail = line.detail[:1].upper() + line.detail[1:] if line.detail else "Bij direct gevaar"
    return f"• {detail}: bel {line.phone}"


def format_lines(region: str | None, *, path: Path | None = None) -> str:
    """A short block with the lines for the region, ending with the emergency number."""
    groups = lines_for(region, path=path)
    out: list[str] = []
    for group in groups:
        if len(groups) > 1:
            out.append(group.label)
        out.extend(_bullet(line) for line in group.lines)
    acute = list(dict.fromkeys(_acute(group.acute) for group in groups))
    out.extend(acute)
    return "\n".join(out)


def _brief(line: CrisisLine) -> str:
    if line.name == line.phone:  # "1712": the name is the number
        return f"{line.name} (of chat via {line.url})" if line.url else line.name
    chat = f", of chat via {line.url}" if line.url else ""
    return f"{line.name} ({line.phone}{chat})"


def _per_country(groups: list[RegionLines], pick: list[CrisisLine]) -> str:
    if len(groups) == 1:
        return _brief(pick[0])
    return " of ".join(
        f"{_brief(line)} in {group.country}" for group, line in zip(groups, pick, strict=True)
    )


def short_line(region: str | None, *, path: Path | None = None) -> str:
    """The main crisis line in a few words, to use inside a sentence.

    "113 Zelfmoordpreventie (113 of 0800-0113, of chat via 113.nl)"
    """
    groups = lines_for(region, path=path)
    return _per_country(groups, [g.main or g.lines[0] for g in groups])


def listening_line(region: str | None, *, path: Path | None = None) -> str:
    """The listening line (for when it is heavy, not acute), to use inside a sentence."""
    groups = lines_for(region, path=path)
    return _per_country(groups, [g.listening or g.lines[0] for g in groups])


def violence_line(region: str | None, *, path: Path | None = None) -> str:
    """The line for violence at home, to use inside a sentence: "Veilig Thuis (0800-2000, …)"."""
    groups = lines_for(region, path=path)
    return _per_country(groups, [g.violence or g.acute for g in groups])


def nearby_help(region: str | None, *, path: Path | None = None) -> str:
    """Professional help near home, to use inside a sentence ("je huisarts of …")."""
    groups = lines_for(region, path=path)
    if len(groups) == 1:
        return groups[0].nearby
    return " of ".join(f"{g.nearby} (in {g.country})" for g in groups)


def chat_line(region: str | None, *, path: Path | None = None) -> str:
    """Where to chat instead of calling: "113.nl" (or both countries' sites)."""
    groups = lines_for(region, path=path)
    found = [(g, url) for g in groups if (url := (g.main or g.lines[0]).url)]
    if len(found) == 1:
        return found[0][1]
    return " of ".join(f"{url} ({g.country})" for g, url in found)
