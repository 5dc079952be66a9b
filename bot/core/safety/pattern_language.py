"""The language the risk patterns are written in: phrases over the canonical string, with
macros for the word families they share (see the comment below)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from bot.core.regex_cache import compile_pattern
from bot.core.regex_index import RegexIndex

# --------------------------------------------------------------------------
# Pattern language
# --------------------------------------------------------------------------
# Patterns are written as phrases over the canonical string: words separated by
# single spaces, plus a few markers so they stay readable:
#
#   {NAME}  a macro from _MACROS (expanded first; macros may nest)
#   " ~ "   a gap of up to 2 words (" ~3 " up to 3) that may not contain a
#           negation or another person ("ik wil niet dood", "ik wil dat hij ...")
#   " * "   a loose gap of up to 2 words (" *4 " up to 4); only for questions and
#           framing, where pronouns are normal ("hoeveel heb je nodig om ...")
#
# Gaps never cross a clause boundary (#) or an emoji token (@...). Everything
# else is ordinary regex. Each compiled pattern is anchored on token boundaries.

_STRICT_TOKEN: Final = (
    r"(?!(?:niet|geen|nooit|not|never|no|hij|zij|ze|jij|je|u|jou|jullie|hem|haar|hun|we|wij"
    r"|iemand|men|he|she|they|you|him|her) )[^ #@]+ "
)
_LOOSE_TOKEN: Final = r"[^ #@]+ "
# Gaps in patterns about someone else (macros GAP_O and GAP_N): never the user ("mijn
# zoon en ik willen ..." is the user's own risk), never a second person or object
# ("dat hij haar dood wil"). GAP_O also stops at negations and little words that
# start a new phrase; GAP_N, the wider gap before words like "zelfmoordgedachten",
# only at the user.
_OTHER_GAP_TOKEN: Final = (
    r"(?!(?:niet|geen|nooit|ik|me|mij|mezelf|mijn|m'n|wij|we|ons|onze|jij|je|jou|u|jullie"
    r"|hem|haar|hen|hun|iemand|iedereen|die|dat|dit|de|het|een|en|of|maar|,) )[^ #@]+ "
)
_OTHER_NOUN_GAP_TOKEN: Final = (
    r"(?!(?:ik|me|mij|mezelf|mijn|m'n|mijne|wij|we|ons|onze|jij|je|jou|jullie) )[^ #@]+ "
)

_MACROS: Final[dict[str, str]] = {
    # Filler that may sit between the words of a phrase without changing what
    # it means: "ik wil (echt gewoon) dood". Deliberately no nouns, so
    # "ik wil die mug dood" or "mijn eigen schilderij ophangen" cannot match.
    "ADV": (
        r"(?:(?:gewoon|gewoonweg|gwn|echt|zo|maar|wel|dan|nu|straks|vanavond|vannacht|morgen"
        r"|vandaag|snel|eindelijk|helemaal|liefst|het liefst|toch|nog|weer|al|soms|bijna|graag"
        r"|misschien|eigenlijk|ook|heel|even|steeds|vaak|allemaal|serieus|letterlijk|echt waar"
        r"|stiekem|opnieuw|zelf|really|just|still|honestly|seriously|alleen (?:nog )?maar"
        r"|enkel (?:nog )?maar|nog maar|elke dag|iedere dag|dagelijks|de hele dag|dag en nacht"
        r"|constant|continu|voortdurend|de laatste tijd|tegenwoordig|ineens|opeens|,) ){0,4}"
    ),
    # "ik wil", "wil ik" (after a fronted word: "soms wil ik"), or a dropped
    # subject at the start of a clause ("wil gewoon dood").
    "IW": (
        r"(?:ik {ADV}(?:wil|wiel|will|wou|wilde|zou willen|zou graag)|(?:wil|wou|wilde) ik"
        r"|# {ADV}(?:wil|wou))"
    ),
    # Reflexive object. "mezelf" and "m'n eigen" are unambiguous; bare "me" or
    # "mij" only counts with "ik" in front ("ik heb zin om mij ..." too), because "hij
    # wil me vermoorden" is a threat from someone else, not self-harm.
    "SELF": (
        r"(?:{SELF_STRONG}|(?:ik|#) {ADV}(?:{MODAL} {ADV})?(?:me|mij)"
        r"|{MODAL} ik {ADV}(?:me|mij)|ik (?:[^ #,]+ ){1,4}om (?:me|mij))"
    ),
    "SELF_STRONG": (
        r"(?:mezelf|m'n eigen|mijn eigen|mn eigen|men eigen|me eigen|mijne eigen|myself)"
    ),
    "MODAL": (
        r"(?:wil|ga|zal|moet|kan|zou|wou|wilde|doe|deed|heb|had|ging|denk erover|overweeg"
        r"|ben bang dat ik)"
    ),
    # After "dood": only clause ends or words that keep the meaning. Stops
    # "ik wil een dood vogeltje begraven".
    "DEND": (
        r"(?= (?:#|,|@\S+|en|maar|of|ik|echt|gewoon|nu|hoor|zijn|gaan|want|omdat|dus|dan|alles"
        r"|man|joh|zo|vandaag|vannacht|vanavond|nog|eigenlijk|liefst|ofzo|please|pls|graag"
        r"|hier|nou|serieus|gwn|jongens|dood|van|door|fr|frfr|btw|tbh|irl|ngl"
        # A new clause typed without a comma: "ik wil dood dit is geen grap".
        r"|dit|dat|het|mijn|niemand|iedereen|sorry|help|ja"
        # A hedge after it does not soften it: "ik wil dood denk ik", "… soms".
        r"|denk|geloof|volgens|misschien|soms) )"
    ),
    # After "ik kan niet meer": a clause end or a word that keeps it open-ended;
    # "ik kan niet meer wachten" and "... slapen" stay none. Laughter (@lach)
    # is not an end: "ik kan niet meer 😂" is someone laughing.
    "KEND": (
        r"(?= (?:#|,|@(?:sad|skull|emo)|en|maar|ik|echt|hoor|alles|nu|gewoon|gwn|meer"
        r"|jongens|zucht|pff|pfff|help|want|omdat|dus|man|joh|nou|niks|niets|mens) )"
    ),
    # After a burden or "niemand zal me missen": only at a club, a course, work or a party
    # ("een blok aan het been op de sportclub", "niemand zal me missen op dat feestje") it
    # is about keeping up or going out, not about one's life.
    "NOT_AT_ACTIVITY": (
        r"(?!(?: \S+){0,2} (?:op|bij|tijdens|in) (?:de|het|mijn|m'n|ons|onze|dat|die|dit|een)"
        r" (?:sport\w*|training\w*|club|clubje|team|koor|les|cursus|wandel\w*|fiets\w*"
        r"|hardloop\w*|voetbal\w*|tennis\w*|dans\w*|repetitie\w*|werk|groep|klas|project"
        r"|feest\w*|verjaardag\w*|bruiloft|party|borrel|etentje|vergadering|uitje|reunie) )"
    ),
    # After a height asked about: not diving, a trampoline or a parachute (round 19c: "van
    # welke hoogte mag je springen in het zwembad").
    "NOT_FOR_SPORT": (
        r"(?!(?: \S+){0,6} (?:zwembad|duikplank|trampoline|parachute|valscherm|bungee\w*"
        r"|klimmuur|schans|skischans|duiken|zwemles|turnen|gym) )"
    ),
    # Medication and other substances people ask lethal doses for.
    "SUBST": (
        r"(?:pil|pillen|pilletjes|tabletten|tablet|paracetamol\w*|ibuprofen|aspirine|oxazepam"
        r"|temazepam|diazepam|lorazepam|alprazolam|benzo\w*|slaappil\w*|slaapmiddel\w*"
        r"|slaaptablet\w*|medicijn\w*|medicatie|antidepressiva|insuline|morfine|oxycodon\w*"
        r"|tramadol|fentanyl|methadon|lithium|digoxine|antivries|rattengif|gif|bleekwater"
        r"|natriumnitriet|nitriet|pills|sleeping pills|tylenol|acetaminophen"
        # Round 16: brand and generic names people in Flanders and the Netherlands use.
        r"|dafalgan|perdolan|panadol|sedergine|lexotan|temesta|seresta|stilnoct|valium|rivotril"
        r"|xanax|zolpidem|alprazolam|bromazepam|clonazepam|escitalopram|sertraline|citalopram"
        r"|venlafaxine|mirtazapine|trazodone?|lyrica|pregabaline|seroquel|quetiapine|codeine"
        r"|oxycontin)"
    ),
    # Answers to "how much is ...": lethal, overdose, to die.
    "LETHAL": (
        r"(?:dodelijk\w*|fataal|fatale|letaal|letale|te veel|teveel|overdosis|overdosering"
        r"|om dood te gaan|om te sterven|om (?:niet|nooit) meer wakker te worden"
        r"|om er niet meer te zijn|om niet meer te leven|om er een eind aan te maken"
        r"|(?:dood|sterf|sterven|overlijd|overlijden)\w*|lethal|fatal|overdose|to die)"
    ),
    # How long dying takes of an illness or old age is a question of grief and care.
    "NOT_ILL": (
        r"(?!(?: \S+){0,3} (?:kanker|ziekte|ziek|alzheimer|dementie|hartfalen|ouderdom|copd"
        r"|longkanker|corona|covid|tumor|uitzaaiingen|euthanasie|palliatie\w*|hospice) )"
    ),
    # "dood van verveling": causes that make death an exaggeration. Pain is not
    # one of them when someone *wants* to die of it (see _IDIOM_SPECS).
    "FIG": (
        r"(?:lachen|verveling|honger|dorst|kou|hitte|warmte|schaamte|zenuwen|stress|ergernis"
        r"|nieuwsgierigheid|wachten|slaap|vermoeidheid|zorgen|spanning|benieuwdheid|plezier"
        r"|jaloezie|de kou|liefde|lol|cringe|gene|plaatsvervangende schaamte)"
    ),
    # ---- Someone else at risk (_OTHER_SPECS). Possessives, Flemish and chat
    # forms included: "ons moeder", "onze pa", "me zus".
    "POSS": r"(?:mijn|m'n|men|mijne|me|ons|onze|onzen)",
    "REL": (
        r"(?:zoon|zoontje|dochter|dochtertje|kind|kindje|kinderen|kids|kleinzoon|kleindochter"
        r"|kleinkind\w*|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|schoonzoon"
        r"|schoondochter|man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendin|vriendje"
        r"|vriendinnetje|vrienden|vriendinnen|lief|liefje|schat|vent|ex|broer|broertje|broers|zus"
        r"|zusje|zussen|zuster|zusters|tweelingbroer|tweelingzus|halfbroer|halfzus|stiefbroer"
        r"|stiefzus|moeder|mama|mam|ma|moeke|vader|papa|pap|pa|vake|ouders|oma|opa|bomma|bompa"
        r"|meme|pepe|grootmoeder|grootvader|tante|oom|nonkel|neef|nicht|neefje|nichtje"
        r"|schoonmoeder|schoonvader|schoonzus|schoonbroer|zwager|zwagerin|stiefvader|stiefmoeder"
        r"|buurman|buurvrouw|buren|buurjongen|buurmeisje|overbuurman|overbuurvrouw|collega"
        r"|collega's|baas|leerling|student|studente|client|clienten|patient|bewoner|maat|maatje"
        r"|makker|kameraad|bff|klasgenoot|klasgenote|huisgenoot|huisgenote|kamergenoot|teamgenoot"
        r"|peter|meter|petekind|metekind|peetoom|peettante|familielid|kennis|tweeling|kleine)"
    ),
    "ADJS": (
        r"(?:(?:beste|allerbeste|lieve|oudste|jongste|middelste|kleine|grote|oude|jonge|goede"
        r"|eigen|ex|jarige|\d+) ){0,2}"
    ),
    "OTHER": (
        r"(?:{POSS} {ADJS}{REL}|(?:een|n|die|de|het) (?!(?:man|vrouw|kind|kinderen|kids|kleine) )"
        r"{ADJS}{REL}(?: van (?:me|mij|ons|{POSS} \S+))?"
        r"|iemand (?:die|dat) (?:ik|we|wij) {ADV}(?:ken|kennen)"
        r"|iemand (?:in|uit|van|op|bij) (?:mijn|m'n|onze|ons|de) (?:omgeving|familie|klas|school"
        r"|werk|team|buurt|vriendengroep|vriendenkring|kerk|club|straat))"
    ),
    # Who is at risk: a person named by their relation, or he/she ("ie" is
    # "hij" in chat and Flemish). Not "ik" and not "je": the user's own words
    # are for the user's own crisis path.
    "SUBJ_O": r"(?<!ik en )(?:{OTHER}(?: ,)?(?: die)?|iemand(?: die)?|hij|zij|ze|ie)",
    # Between that person and what they say or want, a few words that are not
    # the user, another object, or a negation: "mijn vriendin van school wil ...".
    "GAP_O": f"(?:{_OTHER_GAP_TOKEN}){{0,3}}",
    "GAP_N": f"(?:{_OTHER_NOUN_GAP_TOKEN}){{0,5}}",
    # Only forms that two everyday tokens cannot be joined into ("wil den" is
    # not "wilden", see _join_split_words).
    "WANTS": r"(?:wil|wou|wilde|willen|zou {ADV}willen)",
    "DEATH": r"(?:dood|doodgaan|dood gaan|sterven|overlijden)",
    "SELF_O": r"(?:zichzelf|zichzelve|zich|z'n eigen|zijn eigen|haar eigen|d'r eigen|hun eigen)",
    "POSS_O": r"(?:zijn|z'n|haar|d'r|hun)",
    "END_IT": (
        r"(?:er {ADV})?(?:een |n )?(?:eind|einde) (?:aan|eraan|er aan)"
        r"(?: {POSS_O} (?:eigen )?leven)?"
    ),
    # Things given away in a tidy-up or a move, not as a goodbye: what may follow within
    # eight words (both rules about giving one's things away).
    "DECLUTTER": (
        r"(?!(?: \S+){0,8} (?:verhui[sz]\w*|verhuizing|kringloop|kleiner|opruim\w*|marktplaats"
        r"|emigr\w*|dozen|zolder|opruiming|goede doel|te klein|lees|e-reader|ereader|bibliotheek"
        r"|tweedehands|vinted|nieuw leven|nieuwe start|lekker|fijn|opgelucht|ruimte) )"
    ),
    "HURT_O": (
        r"(?:aandoet|aandoen|aan doet|aan doen|aan te doen|aandeed|aan deed|aan zal doen"
        r"|aan wil doen|aan gaat doen|pijn doet|pijn doen|pijn te doen|snijdt|snijden|te snijden"
        r"|krast|krassen|te krassen|verwondt|verwonden|te verwonden|beschadigt|beschadigen"
        r"|van kant maakt|van kant maken|van kant te maken|om het leven brengt|om het leven brengen"
        r"|om het leven te brengen|van het leven berooft|van het leven beroven"
        r"|van het leven te beroven|ophangt|ophangen|op te hangen|verhangt|verhangen|te verhangen"
        r"|doodt|doden|te doden|vergiftigt|vergiftigen|te vergiftigen|doodmaakt|dood maakt)"
    ),
}

_MACRO_RE: Final = re.compile(r"\{([A-Z_]+)\}")
_STRICT_GAP_RE: Final = re.compile(r" ~(\d?) ")
_LOOSE_GAP_RE: Final = re.compile(r" \*(\d?) ")
# A gap marker glued to what follows (" *3{HIGH}") would be read as regex (" *3": spaces
# and a digit) and silently never match: refused when the patterns are compiled.
_GLUED_GAP_RE: Final = re.compile(r" [*~](?:\d(?=[^ ])|(?=[^ \d]))")


# Memoised: every risk pattern is expanded when compiled and again when the typo repair
# collects the words the patterns know (bot.core.safety.canonical), all at start-up.
@cache
def _expand(spec: str) -> str:
    """Expand macros and gap markers of one phrase pattern into regex source."""
    if _GLUED_GAP_RE.search(spec):
        raise ValueError(f"a gap marker needs a space after it: {spec!r}")
    for _ in range(10):  # macros nest a few levels deep at most
        expanded = _MACRO_RE.sub(lambda m: _MACROS[m.group(1)], spec)
        if expanded == spec:
            break
        spec = expanded
    spec = _STRICT_GAP_RE.sub(lambda m: f" (?:{_STRICT_TOKEN}){{0,{m.group(1) or 2}}}", spec)
    return _LOOSE_GAP_RE.sub(lambda m: f" (?:{_LOOSE_TOKEN}){{0,{m.group(1) or 2}}}", spec)


def _compile(specs: Iterable[str]) -> re.Pattern[str]:
    """One regex for a list of phrase patterns, matching on whole tokens."""
    body = "|".join(f"(?:{_expand(s)})" for s in specs)
    return compile_pattern(f" (?:{body})(?= )")


def _index(groups: Iterable[Iterable[str]]) -> RegexIndex:
    """Groups of phrase patterns for :meth:`RegexIndex.first`: the same matches as
    :func:`_compile` per group, but each pattern is tried only when its words occur."""
    return RegexIndex([[f" (?:{_expand(s)})(?= )" for s in specs] for specs in groups])


def _compile_shared_start(specs: Iterable[str], start: str) -> re.Pattern[str]:
    """Like :func:`_compile`, but the specs that begin with ``start`` try it once
    for all of them: the same matches, several times faster for a long macro."""
    specs = list(specs)
    shared = "|".join(f"(?:{s.removeprefix(start)})" for s in specs if s.startswith(start))
    rest = [s for s in specs if not s.startswith(start)]
    return _compile([f"{start}(?:{shared})", *rest] if shared else rest)
