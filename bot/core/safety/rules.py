"""Screen every inbound message for suicide and self-harm risk.

The engine calls :func:`screen` on every message, in every dialogue state, before
anything else sees it. The result has three levels:

* ``clear``: explicit intent or wish to die, self-harm, method-seeking, goodbye
  notes. The bot shows the crisis lines.
* ``unclear``: vague or coded hopelessness. The bot asks one gentle, direct
  question ("Denk je aan zelfmoord?"), which is what crisis lines advise.
* ``none``: everything else, including everyday idioms ("ik lig dood 😂",
  "doodmoe"), grief and plain loneliness.

Worry about someone else at risk ("mijn zoon wil dood", "ik ben bang dat ze
zichzelf iets aandoet") is ``clear`` with the reason ``someone_else``: the bot
then speaks to the user as a *naaste* (someone close) instead of asking about
their own safety. The user's own risk always wins: the other person's words are
masked and the rest of the message is screened as usual ("ik wil dood, net als
mijn broer" stays ``explicit``).

How it works, in order:

1. :func:`bot.core.language.normalise.normalise` (case, accents, zero-width characters), then
   our own tokenising into a space-separated *canonical* string. Sentence
   punctuation becomes ``#`` (a clause boundary), emoji become ``@lach``,
   ``@skull``, ``@sad`` or ``@emo``.
2. Token repair, so typos and chat spelling still match: a small alias table for
   short forms where fuzzy matching is unsafe ("'k", "nie", "zjin"), glued words
   split back into known words ("ikwildood"), and typo-tolerant matching with
   rapidfuzz against the words that occur in the patterns ("zelfmoort").
   Only tokens that the Dutch dictionary does not know are repaired, so "door"
   never becomes "dood" and "geven" never becomes "leven".
3. Idiom spans ("dood van het lachen", "schrok me dood") are replaced by an
   inert token before any risk pattern runs.
4. Readable phrase patterns (see :func:`_compile`) are tried: clear first, then
   unclear. The first hit decides the level and the reason. When a pattern about
   someone else at risk matches, its spans are masked first (see :func:`screen`).

No message text is logged, cached or stored here: everything is local to one call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

import simplemma
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.language.normalise import emoji_of, normalise

__all__ = [
    "REASONS",
    "Level",
    "Screening",
    "canonical",
    "compile_specs",
    "screen",
    "screen_canonical",
    "without_idioms",
]

Level = Literal["none", "unclear", "clear", "acute"]

#: Every reason tag :func:`screen` can return (machine tags, never user text).
REASONS: Final = frozenset(
    {
        "none",
        "explicit",
        "passive_wish",
        "method",
        "third_party_method",
        "self_harm",
        "burden",
        "goodbye",
        "hopeless",
        "slang",
        "joke_after_disclosure",
        "someone_else",
        "command_voice",
        "topic",
        "attempt",
        "model",
        "method_context",
    }
)


@dataclass(frozen=True, slots=True)
class Screening:
    level: Level
    reason: str  # short machine tag from REASONS, never user text
    # Violence at home against the user: its own path (bot.core.safety.screen).
    violence: bool = False
    # Strong distress or any risk sign: makes a later means question a clear sign.
    distress: bool = False


_NONE: Final = Screening("none", "none")
_SOMEONE_ELSE: Final = Screening("clear", "someone_else")

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
        r"|stiekem|opnieuw|zelf|really|just|still|honestly|seriously|,) ){0,4}"
    ),
    # "ik wil", "wil ik" (after a fronted word: "soms wil ik"), or a dropped
    # subject at the start of a clause ("wil gewoon dood").
    "IW": (
        r"(?:ik {ADV}(?:wil|wou|wilde|zou willen|zou graag)|(?:wil|wou|wilde) ik"
        r"|# {ADV}(?:wil|wou))"
    ),
    # Reflexive object. "mezelf" and "m'n eigen" are unambiguous; bare "me" or
    # "mij" only counts with "ik" in front, because "hij wil me vermoorden" is a
    # threat from someone else, not self-harm.
    "SELF": (
        r"(?:{SELF_STRONG}|(?:ik|#) {ADV}(?:{MODAL} {ADV})?(?:me|mij)"
        r"|{MODAL} ik {ADV}(?:me|mij))"
    ),
    "SELF_STRONG": r"(?:mezelf|m'n eigen|mijn eigen|mn eigen|men eigen|mijne eigen|myself)",
    "MODAL": (
        r"(?:wil|ga|zal|moet|kan|zou|wou|wilde|doe|deed|heb|had|ging|denk erover|overweeg"
        r"|ben bang dat ik)"
    ),
    # After "dood": only clause ends or words that keep the meaning. Stops
    # "ik wil een dood vogeltje begraven".
    "DEND": (
        r"(?= (?:#|,|@\S+|en|maar|of|ik|echt|gewoon|nu|hoor|zijn|gaan|want|omdat|dus|dan|alles"
        r"|man|joh|zo|vandaag|vannacht|vanavond|nog|eigenlijk|liefst|ofzo|please|pls|graag"
        r"|hier|nou|serieus|gwn|jongens|dood|van|door) )"
    ),
    # After "ik kan niet meer": a clause end or a word that keeps it open-ended;
    # "ik kan niet meer wachten" and "... slapen" stay none. Laughter (@lach)
    # is not an end: "ik kan niet meer 😂" is someone laughing.
    "KEND": (
        r"(?= (?:#|,|@(?:sad|skull|emo)|en|maar|ik|echt|hoor|alles|nu|gewoon|gwn|meer"
        r"|jongens|zucht|pff|pfff|help|want|omdat|dus|man|joh|nou|niks|niets|mens) )"
    ),
    # Medication and other substances people ask lethal doses for.
    "SUBST": (
        r"(?:pil|pillen|pilletjes|tabletten|tablet|paracetamol\w*|ibuprofen|aspirine|oxazepam"
        r"|temazepam|diazepam|lorazepam|alprazolam|benzo\w*|slaappil\w*|slaapmiddel\w*"
        r"|slaaptablet\w*|medicijn\w*|medicatie|antidepressiva|insuline|morfine|oxycodon\w*"
        r"|tramadol|fentanyl|methadon|lithium|digoxine|antivries|rattengif|gif|bleekwater"
        r"|natriumnitriet|nitriet|pills|sleeping pills|tylenol|acetaminophen)"
    ),
    # Answers to "how much is ...": lethal, overdose, to die.
    "LETHAL": (
        r"(?:dodelijk\w*|fataal|fatale|letaal|letale|te veel|teveel|overdosis|overdosering"
        r"|om dood te gaan|om te sterven|om (?:niet|nooit) meer wakker te worden"
        r"|om er niet meer te zijn|om niet meer te leven|om er een eind aan te maken"
        r"|(?:dood|sterf|sterven|overlijd|overlijden)\w*|lethal|fatal|overdose|to die)"
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


def _expand(spec: str) -> str:
    """Expand macros and gap markers of one phrase pattern into regex source."""
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
    return re.compile(f" (?:{body})(?= )")


def _compile_shared_start(specs: Iterable[str], start: str) -> re.Pattern[str]:
    """Like :func:`_compile`, but the specs that begin with ``start`` try it once
    for all of them: the same matches, several times faster for a long macro."""
    specs = list(specs)
    shared = "|".join(f"(?:{s.removeprefix(start)})" for s in specs if s.startswith(start))
    rest = [s for s in specs if not s.startswith(start)]
    return _compile([f"{start}(?:{shared})", *rest] if shared else rest)


# --------------------------------------------------------------------------
# Idioms: removed before any risk pattern runs
# --------------------------------------------------------------------------
_IDIOM_SPECS: Final = [
    # Laughing: "ik lig dood", "lag dubbel", "lig in een deuk".
    r"(?:lig|lag|liggen|lagen|ligt) {ADV}(?:helemaal )?(?:dood|dubbel|in een deuk|krom|plat)",
    # "ga dood van de hitte": death as exaggeration. Not for feelings that are
    # themselves a warning sign (eenzaamheid, verdriet), see _UNCLEAR_HOPELESS.
    r"(?<!wil )(?<!wou )(?:dood|doodgaan|sterven|sterf|overlijden) (?:van|aan) (?:de |het )?"
    r"(?:{FIG}|pijn|hoofdpijn|kiespijn|buikpijn)",
    # Reflexive exaggerations: "schrok me dood", "maak me dood ongerust".
    r"(?:schrik|schrok|schrokken|schrikken|lach|lachte|lachen|verveel|verveelde|vervelen|schaam"
    r"|schaamde|schamen|erger|ergerde|ergeren|werk|werkte|werken|zoek|zocht|zoeken|maak|maakte"
    r"|maken|pieker|piekerde|eet|vreet|loop|liep|zweet|vries|stress|sjouw|fiets|fietste)"
    r" {ADV}(?:me|mij|mezelf) {ADV}(?:dood|rot|kapot|een ongeluk|suf|te pletter|het schompes)",
    r"(?:me|mij|mezelf) {ADV}dood (?:schrikken|lachen|ergeren|vervelen|schamen|werken|zoeken"
    r"|ongerust|zorgen|piekeren|lopen|fietsen|zweten|vriezen|eten)",
    # "doodmoe" typed with a space or hyphen.
    r"dood (?:moe|op|ziek|bang|normaal|saai|eng|stil|gewoon|ongerust|nerveus|kalm|serieus|leuk"
    r"|zonde|lekker|simpel|eenvoudig|benauwd|vermoeid|zenuwachtig|jammer|ongelukkig)",
    r"dodelijk\w* (?:saai|vermoeiend|vermoeid|serieus|eng|vervelend|lekker|goed|grappig|mooi"
    r"|verveeld|stil|gewoon)",
    # "ik kan mezelf wel voor m'n kop slaan / wel schieten": regret, not harm.
    r"(?:kan|kon|zou) (?:ik )?{SELF_STRONG} {ADV}(?:wel )?{ADV}(?:schieten|slaan|wurgen|vermoorden"
    r"|schoppen|ophangen)",
    r"(?:kan|kon|zou) (?:ik )?(?:mezelf|me|mij) {ADV}(?:wel )?{ADV}voor (?:m'n|mijn|mn|de|het|me)"
    r" (?:kop|hoofd|harses|kanis) (?:slaan|wel slaan)",
    r"(?:mezelf|me|mij) {ADV}voor (?:m'n|mijn|mn|de|het|me) (?:kop|hoofd|harses|kanis)"
    r" (?:slaan|sla)",
    # Suicide as a figure of speech or in the news.
    r"(?:politieke|sociale|commerciele|financiele|professionele|maatschappelijke) zelfmoord\w*",
    r"zelfmoord(?:aanslag|terrorist|commando|actie|missie|enaar|vest|drone|squad|piloot)\w*",
    r"suicide (?:squad|mission|bomb\w*|doors|door)",
    # Scratches on things, not on skin.
    r"(?:kras|krassen|gekrast|krast) (?:op|in|aan) (?:de|het|een|die|dat|zijn|haar|mijn|m'n)"
    r" (?:auto|telefoon|scherm|plaat|cd|bril|deur|tafel|fiets|vloer|lak|bumper|muur|pan|glas"
    r"|kast|laptop|horloge|gsm|mobiel|ruit|spiegel)\w*",
    # Kitchen and shaving accidents.
    r"(?:snij|snijd|snijdt|sneed|gesneden|brand|brandde|gebrand) {ADV}(?:(?:me|mij|mezelf) )?{ADV}"
    r"(?:in|aan|bij|met|tijdens|op) (?:mijn |m'n |de |het |een |het )?(?:vinger|duim|hand|koken"
    r"|keuken|mes|papier|groente|scheren|scheermes|blikje|oven|pan|strijkijzer|fornuis|kaars"
    r"|aardappel|brood|ui|uien|tomaat|glas|scherf)\w*",
    # "ik wil thuis sterven": an end-of-life wish about the where and how,
    # very normal for older people.
    r"(?:thuis|waardig|rustig|in (?:mijn|m'n) (?:slaap|eigen bed|eigen huis|bed)|oud|later|ooit"
    r"|als het zover is|in vrede) {ADV}(?:sterven|doodgaan|dood gaan|overlijden)",
    r"(?:sterven|doodgaan|overlijden) {ADV}(?:thuis|in (?:mijn|m'n) (?:slaap|eigen bed|eigen huis"
    r"|bed)|als het zover is|in vrede|waardig|op hoge leeftijd|later)",
    # Dutch summer fun: jumping off a bridge into the water.
    r"(?:springen|spring|sprong|sprongen) {ADV}(?:van|vanaf) (?:de|een|het) (?:brug|steiger|kade"
    r"|duikplank|boot)\w* (?:in|het water|in het water|de gracht)",
    r"(?:van|vanaf) (?:de|een|het) (?:brug|steiger|kade|duikplank|boot)\w* (?:af )?(?:springen"
    r"|spring) (?:in|het water)",
    # English hyperbole.
    r"(?:killing|kill) (?:me|it)(?: now| softly)?",
    r"(?:i'm|im|i am) (?:dead|dying) (?:@lach|lol|#)",
    r"dying (?:of|from) (?:laughter|laughing|boredom|cringe)",
]

# --------------------------------------------------------------------------
# Clear risk
# --------------------------------------------------------------------------
# Method-seeking: questions about doses, heights, trains, nooses. Checked first
# because it is the most urgent; "asking for a friend" changes only the tag.
_CLEAR_METHOD: Final = [
    r"(?:hoeveel|hoe veel|welke|wat voor) *3 {SUBST} *6 {LETHAL}",
    r"{SUBST} *4 (?:dodelijk\w*|letaal|letale|fataal|fatale|overdosis|lethal|fatal)",
    r"(?:dodelijke|letale|fatale|lethal|fatal) (?:dosis|hoeveelheid|dose|amount)",
    r"(?:neem|nemen|innemen|slikken|slik|nam|genomen|ingenomen|geslikt) *2 (?:een )?overdosis",
    r"overdosis *3 (?:nemen|innemen|slikken|genomen|ingenomen|geslikt|te nemen)",
    r"(?:hoeveel|welke|hoe) *5 (?:overdosis|overdose)",
    r"overdosis {SUBST}",
    r"{SUBST} {ADV}(?:gespaard|opgespaard|verzameld|gehamsterd|aan het sparen)",
    r"als (?:je|ik|iemand|u) *2 (?:\d+|alle|al mijn|al die|een hele|heel veel|een doos|een pot"
    r"|een strip|de hele) *2 {SUBST} (?:neem|neemt|slik|slikt|inneemt|innemen|nemen|slikken)",
    # Heights: "hoe hoog moet een brug zijn", "van welke hoogte overleef je het niet".
    r"hoe hoog *4 (?:brug|flat|gebouw|toren|dak|balkon|verdieping|raam|klif|rots)\w* *3"
    r" (?:zijn|springen|spring|dood|overleef\w*|sterf|sterven|te overleven)",
    r"hoe hoog moet *3 (?:zijn|springen|vallen)",
    r"(?:van|vanaf) (?:welke|wat voor|welk) (?:brug|flat|gebouw|toren|dak|hoogte|verdieping)\w* *4"
    r" (?:springen|spring|dood|sterven)",
    r"(?:brug|flat|gebouw|toren|dak)\w* *3 hoog genoeg",
    r"(?:brug|dak|flat|balkon|raam|rand|toren|spoor|perron)\w* *6 (?:ga|wil|zal) {ADV}springen"
    r"(?= (?:#|,|@\S+|en|nu) )",
    r"(?:rij|rijd|rijden|knal|knallen|crash|crashen) *3 tegen (?:een|de) (?:boom|muur|pijler"
    r"|brugpijler|vrachtwagen)",
    r"tegen (?:een|de) (?:boom|muur|pijler|brugpijler|vrachtwagen) {ADV}(?:aan )?(?:rijden"
    r"|te rijden|knallen|te knallen|rij|crashen)",
    r"(?:van|vanaf) (?:welke|hoeveel) (?:hoogte|meter|verdieping\w*) *4 (?:dood|overleef\w*|sterf"
    r"|sterven|springen|te overleven)",
    r"(?:hoogste|hoge) (?:brug|flat|gebouw|toren)\w* *4 (?:springen|te springen|spring)",
    # Trains and traffic; only present or future, "sprong voor de trein" is news.
    r"(?:voor|onder) (?:de|een|den) (?:trein|metro|tram|vrachtwagen|auto|bus)\w* *2 (?:springen"
    r"|te springen|spring|gaan liggen|te gaan liggen|lopen|te lopen|gaan staan|ga liggen"
    r"|ga staan|stappen|te stappen|liggen|staan)",
    r"{IW} {ADV}(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen)",
    r"(?:ik|#) {ADV}(?:spring|ga liggen|ga staan|loop|stap) {ADV}(?:voor|onder) (?:de|een)"
    r" (?:trein|metro|tram|vrachtwagen|bus)",
    r"(?:ik|#) ~4 (?:van|vanaf) (?:een|de|het) (?:brug|flat|dak|toren|gebouw|balkon|rots|klif)\w*"
    r" (?:af )?(?:springen|te springen|spring|af te springen)",
    # "hoe kan ik pijnloos sterven", "snelste manier om dood te gaan".
    r"pijnlo\w* (?:dood|doodgaan|sterven|overlijden|zelfmoord\w*|een eind|er een eind)",
    r"(?:hoe|wat is de|wat zijn) *3 (?:pijnlo\w*|snelste|makkelijkste|beste|zekerste|snelle"
    r"|zachtste) (?:manier|methode|manieren|methodes|weg) *4 (?:dood|sterven|te sterven|doodgaan"
    r"|zelfmoord\w*|er een eind|{SELF_STRONG}|suicide|te overlijden)",
    r"hoe (?:kan|kun|moet) (?:ik|je) *2 (?:het beste|het snelst|pijnloos|snel|makkelijk|zonder pijn"
    r"|ongemerkt) *2 (?:dood|sterven|doodgaan|overlijden|zelfmoord\w*)",
    r"hoe (?:knoop|maak|leg|bind) (?:je|ik|u) (?:een )?strop",
    r"strop (?:knopen|maken|leggen)",
    r"hoe lang duurt *3 (?:te verdrinken|dood te bloeden|doodbloeden|te stikken|stikken"
    r"|verdrinken|dood te gaan|doodgaat|dood gaat|te sterven|sterf|sterft)",
    r"(?:middel x|pil van drion|drionpil|pentobarbital|zelfdodingsmiddel\w*|laatste ?wil ?pil)",
    # English.
    r"how (?:many|much) *4 (?:lethal|fatal|overdose|to die|kill)",
    r"(?:painless|easiest|quickest|fastest|best) (?:way|method) to (?:die|kill myself|end it)",
    r"how (?:to|do i|can i) (?:kill myself|tie a noose|die)",
    r"how (?:high|tall) *4 (?:bridge|building) *3 (?:be|jump|die|survive)",
]

# Explicit statements of intent or wish.
_CLEAR_EXPLICIT: Final = [
    r"{IW} {ADV}(?:dood|doodgaan|sterven|sterve|overlijden|de dood in|de dood){DEND}",
    r"ik {ADV}(?:dood|doodgaan|sterven) {ADV}(?:wil|wou|zou willen)",
    r"(?:#|,) {ADV}(?:dood|doodgaan|sterven) {ADV}(?:wil|wou) ik",
    # The user together with someone else: "mijn zoon en ik willen allebei dood".
    r"(?:wij|we|en ik|ik en (?:{POSS} )?\S+) {ADV}willen {ADV}"
    r"(?:allebei |alle twee |beiden |samen )?{ADV}(?:dood|doodgaan|sterven|niet meer leven"
    r"|er niet meer zijn|er een eind aan maken){DEND}",
    r"{IW} {ADV}er {ADV}niet (?:meer|langer) {ADV}zijn",
    r"{IW} {ADV}niet (?:meer|langer) (?:echt |gewoon )?(?:leven?|bestaan|in leven zijn"
    r"|verder leven|ademen)"
    r"(?! zo| op deze manier| met| in| als| zonder| hier)",
    r"(?:ik|#|,) ~3 er {ADV}(?:een |n )?(?:eind|einde) aan(?: te)?(?: maken| maak| breien)?",
    # "ik denk er soms aan om er een eind aan te maken": the "om"-clause says it alone.
    r"om {ADV}er {ADV}(?:een |n )?(?:eind|einde) aan te (?:maken|breien)",
    r"(?:eind|einde|punt) (?:aan|achter) (?:mijn|m'n|mn|het|dit) (?:leven|bestaan)",
    r"(?:mijn|m'n|mn) (?:eigen )?leven {ADV}(?:te )?(?:beeindigen|beindigen|nemen|afsluiten)",
    r"(?:neem|nemen) {ADV}(?:mijn|m'n|mn) (?:eigen )?leven",
    r"(?:{SELF}|ik) {ADV}het leven (?:benemen|ontnemen|te benemen|te ontnemen)",
    r"uit het leven (?:stappen|te stappen|gaan|te gaan|stap)",
    r"de hand aan {SELF} (?:slaan|te slaan|sla)",
    # The words themselves count when the user owns them; alone or in a news item,
    # a thesis or a training they are a topic (_TOPIC), and the model decides.
    r"(?:ik|#) {ADV}(?:denk|dacht|denken|overweeg|overwoog|pleeg|ga|wil|wou|zou|peins|peis"
    r"|fantaseer|droom) {ADV}(?:(?:aan|over|van|erover) )?(?:een |om )?{ADV}(?:zelfmoord|zelfdoding"
    r"|suicide|zelfdood)\w*",
    r"(?:ik|#) {ADV}(?:heb|had|krijg|kreeg|zit met|worstel met|ken) {ADV}(?:weer |vaak |veel )?"
    r"(?:zelfmoord|zelfdoding|suicid)\w*(?:gedachte|neiging|plan|idee|fantasie)\w*",
    r"(?:ik|#) {ADV}(?:ben|voel me|voel mij|word) {ADV}suicida\w*",
    r"(?:mijn|m'n|mn) (?:zelfmoord|zelfdoding|suicid)\w*(?:gedachte|neiging|plan|idee)\w*",
    r"suicidale gedachte\w*|zelfmoordgedachte\w*|zelfdodingsgedachte\w*",
    r"(?:i'm|i am|i feel|feeling) {ADV}(?:so |very )?suicidal",
    r"{SELF} {ADV}(?:van kant|om zeep|om het leven|naar de andere wereld) (?:maken|te maken"
    r"|helpen|te helpen|brengen|te brengen|maak)",
    r"{SELF} {ADV}(?:doden|te doden|dood te maken|doodmaken|dood maken|ombrengen|om te brengen"
    r"|vermoorden|te vermoorden|ophangen|op te hangen|verhangen|te verhangen|verdrinken"
    r"|te verdrinken|doodschieten|dood te schieten|vergiftigen|te vergiftigen|neerschieten"
    r"|overhoop schieten|verzuipen|doodrijden|dood te rijden|unalive\w*)(?! in )",
    r"(?:verhang|hang|hing|verhing) {ADV}{SELF}(?: op| aan| #| ,)",
    r"{SELF} ~3 door (?:mijn|m'n|mn|het|de) (?:kop|hoofd) (?:schieten|te schieten|jagen)",
    r"(?:stoppen|stop|ophouden) met (?:leven|het leven|ademen|bestaan)",
    r"klaar met (?:het |mijn |m'n |mn )?leven",
    r"(?:niet|nooit) meer (?:bovenkomen|boven komen|boven te komen)",
    # English.
    r"(?:i|i'm|#) {ADV}(?:want|wish|plan|need|am going|going|will) (?:to )?(?:die|be dead"
    r"|not exist|commit suicide)",
    r"kill(?:ing)? (?:myself|my self|meself)|end(?:ing)? (?:my life|it all)"
    r"|tak(?:e|ing) my (?:own )?life",
    r"(?<!don't )(?<!dont )(?<!not )(?:want|wanna|wish) to die",
    r"(?:i|#) (?:don't|do not|dont) want to (?:live|be alive|exist)",
    r"unalive\w* (?:myself|mezelf|me|my self)",
]

_CLEAR_SELF_HARM: Final = [
    r"(?:ik|#) {ADV}(?:snij|snijd|snijdt|kerf|brand) {ADV}(?:mezelf|me|mij|{SELF_STRONG})",
    r"{SELF} {ADV}(?:snijden|te snijden|krassen|te krassen|branden|te branden|pijn doen"
    r"|pijn te doen|beschadigen|te beschadigen|verwonden|te verwonden|iets aandoen|iets aan doen"
    r"|iets aan te doen|wat aandoen|wat aan te doen|iets aandoe|wat aandoe|aandoen|aan te doen"
    r"|bezeren|te bezeren)",
    r"(?:doe|deed|doet) {ADV}{SELF} {ADV}(?:pijn|iets aan|wat aan)",
    r"(?:ik|#) {ADV}(?:doe|deed|ben|heb|had|zit|begin|begon) {ADV}(?:weer |aan |met |opnieuw )?"
    r"(?:aan |met )?(?:zelfbeschadig|zelfverwond|automutil|self ?harm|selfharm)\w*",
    # "ik kras (weer)": cutting, in the words people use for it. Scratches on
    # cars and phones are idioms (see above).
    r"(?:ik|#) {ADV}kras(?: {ADV}(?:weer|mezelf|me|mij|nog|soms|vaak|elke|iedere|opnieuw|steeds"
    r"|al))?(?= (?:#|,|@\S+|en|maar|weer|mezelf|me|mij|nog|soms|vaak|elke|iedere|opnieuw"
    r"|steeds|al|sinds|in mijn|in m'n|op mijn|op m'n) )",
    r"(?:ben|was|zit|zat) {ADV}(?:weer )?(?:aan het|te) krassen(?! (?:op|in|aan) (?:de|het|een"
    r"|die|dat))",
    r"(?:wil|ga|moet) {ADV}(?:weer )?krassen(?= (?:#|,|@\S+|en|maar) )",
    r"(?:heb|had) {ADV}(?:mezelf |me |mij )?{ADV}gekrast(?! (?:op|in|aan) (?:de|het|een|die|dat"
    r"|zijn|haar|hun))",
    r"(?:kras|krassen|gekrast|snij|snijd|snijden|gesneden|sneed) *2 (?:in|op) (?:mijn|m'n|mn)"
    r" (?:arm|armen|pols|polsen|been|benen|huid|dij|dijen|buik|bovenbeen|onderarm)\w*",
    r"(?:in|op) (?:mijn|m'n|mn) (?:arm|armen|pols|polsen|been|benen|huid|dij|dijen|buik"
    r"|bovenbeen|onderarm)\w* *2 (?:gesneden|gekrast|gebrand|snijden|krassen|te snijden)",
    r"(?:sla|slaan|bonk|bonken|bons) {ADV}(?:mezelf|me|mijn hoofd|m'n hoofd|mn hoofd) *3"
    r" (?:tot ik bloed|tot bloedens|bloed|blauw|tegen de muur)",
    r"(?:expres|opzettelijk|bewust|express|weer|opnieuw|expreh) *3 (?:gesneden|gekrast|gebrand"
    r"|verwond|beschadigd|pijn gedaan)",
    # English.
    r"(?:cut|cutting|burn|burning|hurt|hurting|harm|harming) {ADV}(?:myself|my self)"
    r"(?! (?:playing|while|at|when|on|with|during|doing|by accident|accidentally))",
]

_CLEAR_PASSIVE: Final = [
    r"(?:wou|wilde|wens|zou willen|hoop) {ADV}dat ik {ADV}dood (?:was|ben|zou zijn|ging|ga|lag"
    r"|zou gaan|word|ware)",
    r"(?:was|ware) ik {ADV}(?:maar|nou maar|toch maar|toch) {ADV}dood",
    r"(?:hoop|wens|wou|wil|zou willen|wilde) ~ (?:dat ik )?{ADV}(?:niet|nooit) meer wakker"
    r" (?:worden|word|wordt|te worden)(?! (?:van|door|om|als|voor|midden|zo|vroeg))",
    r"{IW} {ADV}(?:niet|nooit) meer wakker (?:worden|word|te worden)"
    r"(?! (?:van|door|om|als|voor|midden|zo|vroeg))",
    r"slapen ~ (?:en|,) {ADV}(?:niet|nooit) (?:meer|meer meer) wakker",
    r"om (?:niet|nooit) meer wakker te worden",
    r"(?:hopelijk|hoop|wens|liefst) *3 (?:niet|nooit) meer wakker(?! (?:van|door|om|als))",
    r"(?:wou|wilde|wens|zou willen|hoop) {ADV}dat ik {ADV}er {ADV}niet meer (?:was|ben|zou zijn"
    r"|ware)",
    r"ik zou {ADV}(?:het )?liefst {ADV}dood(?: zijn| willen| gaan)?",
    r"(?:hoop|wens) ~ dat ik {ADV}(?:in (?:mijn|m'n) slaap )?(?:doodga|dood ga|sterf|dood gaat"
    r"|overlijd|er niet meer ben|doodgaat|dood zal gaan|niet meer wakker)",
    r"(?:hoop|wens) ~ dat ik ~ (?:doodga|dood ga|sterf|dood gaat|overlijd|er niet meer ben"
    r"|doodgaat|dood zal gaan|niet meer wakker)",
    r"geen (?:reden|zin|reden meer|zin meer) (?:meer )?om (?:te leven|nog te leven|verder te leven"
    r"|door te leven|in leven te blijven)",
    # English.
    r"wish (?:i|i'd) (?:was|were|had) (?:dead|died)|better off dead|hope i (?:don't|dont) wake up",
]

_CLEAR_BURDEN: Final = [
    r"beter af zonder (?:mij|me)",
    r"beter af (?:zijn )?als ik (?:er )?(?:niet meer|dood|weg)(?: ben| was| zou zijn)?",
    r"(?:iedereen|de wereld|jullie|mijn familie|mijn kinderen|mijn gezin|ze|zij|alles|het|mijn"
    r" \w+) *3 (?:beter|gelukkiger|blijer) *2 zonder (?:mij|me)(?! (?:naar|op|te|de|het|uit|een"
    r"|in|met))",
    r"(?:blij|opgelucht|gelukkiger|beter af) *3 als ik (?:er )?(?:niet meer|dood|weg) (?:ben|was"
    r"|zou zijn|zou wezen)",
    # English.
    r"better off without me|(?:world|everyone) (?:would be|is) better (?:off )?without me",
]

# "Dit is mijn afscheid" is also what people say at their retirement party.
_NOT_WORK_FAREWELL: Final = (
    r"(?!(?: \S+){0,3} (?:werk|baan|job|school|collega\w*|club|vereniging|koor|team|vandaag"
    r"|vanavond|nu|even|vanmiddag|vanochtend|week|feest\w*|receptie|borrel|pensioen|afdeling"
    r"|bedrijf|kantoor|klas|buurt|vakantie) )"
)
_CLEAR_GOODBYE: Final = [
    r"dit is {ADV}(?:mijn|m'n|mn) (?:afscheid|laatste bericht\w*|afscheidsbericht\w*"
    r"|afscheidsbrief|laatste woorden)" + _NOT_WORK_FAREWELL,
    r"afscheidsbrief\w*" + _NOT_WORK_FAREWELL,
    r"(?:neem|nemen) {ADV}afscheid van (?:iedereen|jullie|alles|het leven|de wereld|deze wereld"
    r"|allen|jou en iedereen)" + _NOT_WORK_FAREWELL,
    r"vaarwel (?:iedereen|allemaal|wereld|jullie|allen|lieve|mijn|voor altijd)",
    r"als (?:je|jij|jullie|u) dit (?:lees|leest|lezen|ontvangt|ziet|krijgt) *3 (?:ben ik|is het"
    r"|zal ik) *2 (?:er niet meer|dood|al weg|te laat|niet meer)",
    # English.
    r"(?:goodbye|bye) (?:world|everyone|forever)|this is (?:my )?goodbye|my suicide note",
]

# --------------------------------------------------------------------------
# Unclear risk: worth one gentle, direct question
# --------------------------------------------------------------------------
_UNCLEAR_SELF_HARM: Final = [
    # Past tense, no context: could be an accident, could be cutting.
    r"(?:heb|had) {ADV}{SELF_STRONG} {ADV}(?:gesneden|gebrand|verwond|beschadigd|pijn gedaan)"
    r"(?! (?:aan|in|bij|met|tijdens|door|op) )",
    r"(?:heb|had) {ADV}(?:me|mij) {ADV}(?:gesneden|verwond|beschadigd)(?= (?:#|,|@\S+|en|maar) )",
    r"{IW} {ADV}bloeden(?= (?:#|,|@\S+|en|maar) )",
]

_UNCLEAR_PASSIVE: Final = [
    r"(?:wou|wilde|wens) {ADV}dat ik {ADV}(?:nooit )?(?:geboren was|was geboren|bestond"
    r"|had bestaan|er nooit was geweest|niet bestond|er niet was)",
    r"(?:was|ware) ik {ADV}(?:maar )?nooit geboren|had ik {ADV}maar nooit bestaan",
    r"liever dood",
    r"(?:hoop|wens) ~ dat ik {ADV}(?:gauw|snel|binnenkort) (?:mag gaan|ga|bij (?:haar|hem|hen)"
    r" ben|mag sterven|mag doodgaan|er ook niet meer ben)",
    r"(?:mag|mogen) van mij {ADV}(?:afgelopen|voorbij|over) (?:zijn|wezen)",
    r"van mij (?:mag|mogen) (?:het|alles) {ADV}(?:afgelopen|voorbij|over) (?:zijn|wezen)",
    r"{IW} {ADV}(?:de )?eeuwige rust|verlang {ADV}naar (?:de )?(?:eeuwige rust|de dood|het einde"
    r"|de hemel)",
    r"{IW} {ADV}(?:voor altijd|eeuwig|voorgoed) (?:gaan )?slapen",
    r"{IW} {ADV}(?:euthanasie|levensbeeindiging|dood gemaakt worden|een spuitje)",
    # English.
    r"wish (?:i|i'd) (?:was|were|had) never (?:been )?born|want to sleep forever",
]

_UNCLEAR_BURDEN: Final = [
    r"ik ben {ADV}(?:iedereen |jullie |mijn familie |mijn kinderen )?(?:alleen maar |maar )?"
    r"(?:een )?(?:last|tot last|blok aan het been)(?= (?:#|,|@\S+|en|maar|ik|hoor|voor (?:iedereen"
    r"|jullie|anderen|de mensen|mijn (?:familie|kinderen|gezin|omgeving|naasten|vrienden|dochter"
    r"|zoon|man|vrouw|partner))) )",
    r"niemand (?:zou|zal|gaat|zou het|zal het) {ADV}(?:me|mij) {ADV}missen",
    r"niemand mist {ADV}(?:me|mij)",
    r"niemand (?:zou|zal) {ADV}(?:het )?(?:merken|missen|erg vinden|jammer vinden|opmerken) *3 als"
    r" ik {ADV}(?:er )?(?:niet meer|dood|weg|er niet) (?:ben|was|zou zijn|ga|ging|zou gaan)",
    r"niemand (?:zou|zal) (?:me|mij|het) (?:missen|merken)(?= (?:#|,|@\S+|en|maar|hoor) )",
    # English.
    r"(?:nobody|no one|noone) (?:would|will) (?:miss|notice) me|i'm (?:just )?a burden"
    r"|i am (?:just )?a burden",
]

_UNCLEAR_METHOD: Final = [
    # "hoeveel slaappillen heb ik nodig?": sleeping pills are a common method;
    # with no purpose stated it is worth asking.
    r"hoeveel (?:slaappil\w*|slaapmiddel\w*|slaaptablet\w*|oxazepam|temazepam|diazepam|lorazepam"
    r"|benzo\w*|morfine|insuline|antidepressiva|pillen) *3 (?:nodig|nemen|innemen|slikken)"
    r"(?= (?:#|,|@\S+) )",
    r"(?:touw|strop) {ADV}(?:klaarliggen|klaar liggen|klaargelegd|klaar hangen|klaarhangen)",
]

_UNCLEAR_GOODBYE: Final = [
    r"tot nooit(?: meer)?",
    r"(?:(?:morgen|straks|vanavond|vannacht|binnenkort|na vandaag|na vanavond) ben ik er {ADV}niet"
    r" meer|ik ben er (?:morgen|straks|vanavond|vannacht|binnenkort) {ADV}niet meer)"
    r"(?!(?: \S+){0,5} (?:vakantie|reis|verhuis\w*|logeren|ziekenhuis|bezoek|weekend|werk) )",
    r"vaarwel(?= (?:#|,|@\S+) )",
    r"bedankt voor alles *3 (?:vaarwel|dag allemaal|het ga jullie goed|het beste|adieu)",
    r"(?:geef|gaf|heb) {ADV}(?:al )?(?:mijn|m'n) (?:spullen|bezittingen|dieren|kat|hond) {ADV}"
    r"(?:weg|weggegeven)",
    r"alles (?:is )?geregeld *3 (?:kan ik|ik kan) *2 (?:gaan|rustig gaan|weg)",
]

_UNCLEAR_HOPELESS: Final = [
    r"zie {ADV}(?:het|dat|dit|alles|het leven|het allemaal) {ADV}(?:niet|niet echt) meer zitten?",
    r"(?:ik|#) {ADV}kan {ADV}(?:het |dit |dat |er )?{ADV}niet meer (?:verder|aan|tegen|op)"
    r"(?= (?:#|,|@(?:sad|skull|emo)|en|maar|ik|echt|hoor|zo|meer) )",
    r"kan {ADV}(?:het|dit|dat) {ADV}niet meer {ADV}aan",
    r"hoeft (?:het )?(?:voor|van) mij {ADV}(?:allemaal )?niet meer",
    r"(?:voor|van) mij hoeft (?:het|dit|dat|alles|het allemaal|het leven) {ADV}niet meer",
    r"(?:het|alles) (?:leven )?hoeft {ADV}allemaal {ADV}niet meer",
    r"het leven hoeft {ADV}(?:voor mij )?niet meer",
    r"wat (?:heeft|heb) (?:het|dit|dat|alles|het leven|mijn leven|het allemaal|ik) {ADV}"
    r"(?:nog )?(?:voor )?(?:zin|nut)(?= (?:#|,|@\S+|nog|allemaal|eigenlijk|meer|om te leven"
    r"|om door te gaan|om op te staan|in het leven) )",
    r"waar (?:doe|leef) ik het {ADV}(?:allemaal )?nog voor",
    r"heeft (?:het leven|mijn leven|alles|het allemaal|het nog) {ADV}(?:nog )?(?:wel )?zin",
    r"(?:het leven|mijn leven|alles|niks|niets) heeft {ADV}(?:geen|nog) zin",
    r"heeft {ADV}(?:allemaal )?geen zin meer(?= (?:#|,|@\S+) )",
    r"(?:alles|het leven|mijn leven|m'n leven|het allemaal|mijn bestaan) (?:is|voelt|lijkt) {ADV}"
    r"(?:zo )?(?:hopeloos|uitzichtloos|zinloos|zwart|leeg|een hel|niks waard|niets waard"
    r"|waardeloos|voorbij|over|nutteloos|betekenisloos)",
    r"ik voel me {ADV}(?:zo )?(?:hopeloos|uitzichtloos|zinloos|levensmoe|overbodig)",
    r"uitzichtloos\w*|levensmoe\w*|doodsverlangen|doodswens",
    r"{IW} {ADV}(?:verdwijnen?|weg van alles|weg uit deze wereld|van de aardbodem verdwijnen"
    r"|oplossen in het niets|voorgoed weg|er voorgoed uit|ontsnappen aan alles"
    r"|weg (?:, )?voorgoed)",
    r"voorgoed (?:verdwijnen|weg zijn|slapen)",
    r"(?:hou|houd) {ADV}(?:het|dit|dat) {ADV}niet (?:meer|langer) vol",
    r"trek {ADV}(?:het|dat|dit) {ADV}niet meer",
    r"klaar(?: mee)? *2 met alles(?! (?:voor|van|wat|op|in))",
    r"ben {ADV}alles {ADV}(?:zat|beu|moe)",
    r"ben het (?:leven|allemaal|bestaan) {ADV}(?:zat|beu|moe)",
    r"genoeg van (?:alles|het leven)(?= (?:#|,|@\S+|en|maar) )",
    r"{IW} {ADV}(?:slapen|gaan slapen) {ADV}(?:en|,) {ADV}(?:nooit|niet) meer",
    r"{IW} {ADV}niet meer{KEND}",
    r"{IW} {ADV}hier {ADV}niet meer {ADV}zijn",
    r"(?:waarom|waarvoor) (?:leef|besta) ik {ADV}(?:nog|eigenlijk|nog eigenlijk|uberhaupt)",
    r"waarom (?:ben ik|ben ik er) {ADV}nog(?= (?:#|,|@\S+|hier|op aarde|op deze wereld) )",
    r"waarom (?:ben ik|werd ik) {ADV}(?:ooit )?geboren",
    r"waarom (?:zou|moet) ik {ADV}(?:nog )?(?:leven|doorgaan|verder gaan|verdergaan)",
    r"wat (?:moet|doe) ik {ADV}nog (?:op deze wereld|op aarde|hier)",
    r"(?:tussenuit|weg|vertrekken|gaan) (?:, )?voorgoed",
    r"geen zin meer in (?:het leven|leven|alles|mijn leven|m'n leven|niks|niets)",
    r"nergens {ADV}(?:meer )?zin in(?= (?:#|,|@\S+|en|maar) )",
    r"(?:zie|is|heb) {ADV}geen (?:uitweg|toekomst|licht|uitkomst)(?: meer)?",
    r"ga {ADV}dood van (?:de |het )?(?:eenzaamheid|verdriet|ellende|binnen|alleen zijn|heimwee"
    r"|gemis|angst)",
    r"{IW} {ADV}(?:ermee|met alles) stoppen|stoppen met alles",
    r"(?:was|ware) (?:het|alles) {ADV}(?:maar|nou maar|toch maar) voorbij",
    r"(?:stopt|ophoudt|ophoud|stoppen|ophouden|weg is|voorbij is|over is) *2 voorgoed",
    r"{IW} {ADV}dat (?:het|alles) {ADV}(?:stopt|ophoudt|voorbij is|over is)",
    r"{IW} {ADV}niet (?:meer|langer) zo (?:leven|doorgaan)",
    r"{IW} {ADV}(?:niet )?meer verder(?= (?:#|,|@\S+) )",
    # English.
    r"(?:can't|cant|cannot|can not) (?:do this|go on|take (?:it|this)|keep going) (?:anymore"
    r"|any more)|(?:what's|whats|what is) the point|no point (?:in )?(?:living|anymore|going on)",
    r"(?:i|#) (?:want|wanna) (?:to )?disappear|(?:i'm|im|i am) done with (?:life|everything)",
    r"(?:i|#) (?:don't|do not|dont) want to be here (?:anymore|any more)|(?:feel|feeling) {ADV}"
    r"hopeless|feel like dying",
]

# Exaggerations that are only a warning sign when nobody is laughing:
# "ik kan niet meer" is despair, "ik kan niet meer 😂" is a good joke.
_UNCLEAR_HYPERBOLE: Final = [
    r"(?:ik|#) {ADV}kan {ADV}(?:het |dit |dat )?{ADV}niet meer{KEND}",
    r"kan ik {ADV}(?:het )?niet meer{KEND}",
    r"(?:ik|#) {ADV}ga {ADV}dood{KEND}",
]

# The topic words alone: a news item, a thesis, a training, or someone's one-word cry.
# Screened as "topic"; bot.core.safety.screen lets the model and the message's length decide.
_TOPIC: Final = [
    r"zelfmoord\w*|zelfdoding\w*|zelfdood|suicid\w*|suicidaal",
    r"zelfbeschadig\w*|zelfverwond\w*|automutil\w*|self ?harm\w*|selfharm\w*",
]

# Chat slang for suicide. Directed at oneself it is worth a question.
_UNCLEAR_SLANG: Final = [
    r"unalive\w*|sewerslide|sewer slide",
    r"kms",
    r"(?:ik|mezelf|me) *2 kys|kys (?:mezelf|myself)",
    r"self ?delete|zelf deleten|{SELF} {ADV}(?:deleten|uitzetten)",
]

# "💀 alles is hopeloos": the skull as despair rather than as laughter.
_SKULL_WORDS: Final = [
    r"hopeloos|uitzichtloos|zinloos|waardeloos|nutteloos|leeg|klaar|niemand|opgeven|geef het op"
    r"|zat|beu|eenzaam|alleen|niks meer|niets meer|mijn leven|het leven|wil niet meer"
    r"|kan niet meer|hoeft niet meer|pijn|haat mezelf|kapot van binnen",
]

# Someone recently bereaved who wants to be with the person who died.
_REUNION: Final = [
    r"(?:{IW}|ik hoop|ik verlang) {ADV}(?:weer )?(?:bij|naar) (?:haar|hem|hen|(?:mijn|m'n|mn)"
    r" (?:overleden )?\S+) (?:toe|zijn|in de hemel|daarboven|boven|aan de overkant)",
]
_GRIEF_CONTEXT: Final = [
    r"overleden|gestorven|ontvallen|begraven|gecremeerd|hemel|weduwe|weduwnaar|er niet meer is"
    r"|niet meer leeft|mis (?:haar|hem)",
]

# "Vraag voor een vriend": turns "method" into "third_party_method".
_THIRD_PARTY: Final = [
    r"(?:vraag|vragen|gevraagd|vraagje) *2 voor (?:een|m'n|mijn|mn) (?:vriend|vriendin|kennis"
    r"|maat|collega|buurman|buurvrouw|klasgenoot|neef|nicht)",
    r"voor een (?:vriend|vriendin) gevraagd|(?:asking|ask) for a friend|for a friend",
    r"(?:een|mijn|m'n|mn) (?:vriend|vriendin|kennis|maat|collega) *3 (?:wil|wou|vroeg|vraagt)"
    r" (?:weten|me|mij)",
    r"voor iemand anders|niet voor (?:mij|mezelf)|voor (?:school|een werkstuk|een spreekbeurt"
    r"|onderzoek|een boek|een verhaal|mijn studie)",
]

# --------------------------------------------------------------------------
# Someone else at risk: the user worries about a naaste
# --------------------------------------------------------------------------
# "mijn zoon wil dood", "ons moeder wil niet meer leven", "ik ben bang dat ze
# zichzelf iets aandoet". Death as a fact ("mijn oma is dood gegaan", "mijn
# moeder gaat dood") and death as an exaggeration ("mijn zus wil dood van
# verveling") are not a risk. Completed suicide ("heeft zelfmoord gepleegd") is
# grief and stays with the patterns above.
_OTHER_SPECS: Final = [
    # Main clause: "mijn broer wil er een eind aan maken", "hij wil niet meer leven".
    r"{SUBJ_O} {GAP_O}{WANTS} {ADV}(?:{DEATH}(?! (?:van|aan) (?:de |het )?{FIG} ){DEND}"
    r"|niet (?:meer|langer) (?:leven|verder leven|bestaan)(?! zo| op deze manier| met| in| als"
    r"| zonder| hier)"
    r"|er {ADV}niet (?:meer|langer) {ADV}zijn(?! voor| bij| om| op)"
    r"|{END_IT} (?:maken|breien)|uit het leven (?:stappen|gaan)"
    r"|{POSS_O} (?:eigen )?leven (?:beeindigen|beindigen|nemen|afsluiten)"
    r"|niet (?:meer|langer) verder(?= (?:#|,|@\S+) ))",
    # Verb last: "dat mijn zoon dood wil", "dat ze er niet meer wil zijn".
    r"{SUBJ_O} {GAP_O}{DEATH} {ADV}{WANTS}(?: gaan)?(?! (?:van|aan) (?:de |het )?{FIG} ){DEND}",
    r"{SUBJ_O} {GAP_O}(?:er {ADV})?niet (?:meer|langer) {ADV}{WANTS} (?:leven|zijn|bestaan)",
    r"{SUBJ_O} {GAP_O}{END_IT} {ADV}{WANTS} (?:maken|breien)",
    r"{SUBJ_O} {GAP_O}uit het leven {ADV}{WANTS} (?:stappen|gaan)",
    # Talking, thinking, threatening: "mijn broer heeft het over een einde eraan
    # maken", "ze denkt erover om zichzelf iets aan te doen", "hij dreigt ermee".
    r"{SUBJ_O} {GAP_O}(?:(?:heeft|had|hebben) {ADV}het {ADV}over|(?:praat|praatte|praten"
    r"|spreekt|sprak|begint|begon|schrijft|schreef) {ADV}over|(?:denkt|dacht|denken|dachten)"
    r" {ADV}(?:aan|over|erover|erover na)(?: om)?|(?:dreigt|dreigde|dreigen|dreigden)"
    r"(?: {ADV}(?:met|ermee))?(?: om)?|zegt|zei|schrijft|schreef|appt|appte|roept|riep"
    r"|(?:overweegt|overwoog)(?: om)?|(?:speelt|speelde) {ADV}met de gedachte(?: om| aan)?)"
    r" {ADV}(?:{END_IT} (?:te )?maken|niet meer (?:te )?(?:willen )?(?:te )?(?:leven|zijn)"
    r"|er niet meer (?:te )?(?:willen )?(?:te )?zijn|dood (?:te )?willen(?: gaan)?"
    r"|(?:te )?willen sterven|{SELF_O} {ADV}(?:iets |wat |pijn )?{ADV}(?:aan te doen|aandoen"
    r"|te doen)|{SELF_O} {ADV}van kant te maken|{SELF_O} te (?:doden|verhangen)"
    r"|{SELF_O} op te hangen"
    r"|uit het leven (?:te )?stappen|{POSS_O} (?:eigen )?leven te (?:beeindigen|nemen))",
    # Words for it near the person: "mijn dochter heeft zelfmoordgedachten", "hij
    # is suïcidaal", "de zelfmoordpoging van mijn zus". Not "pleegde zelfmoord".
    r"{SUBJ_O} {GAP_N}(?<!pleegde )(?<!pleegden )(?<!door )(?:zelfmoord\w*|zelfdoding\w*|suicid\w*"
    r"|suicidaal|zelfbeschadig\w*|zelfverwond\w*|automutil\w*|doodswens|levensmoe\w*)"
    r"(?! (?:gepleegd|heeft gepleegd|hebben gepleegd|pleegde|pleegden|om het leven))",
    r"(?:zelfmoord\w*|zelfdoding\w*|suicid\w*|zelfbeschadig\w*|doodswens) (?:van|bij) {OTHER}",
    # Hurting themselves, with or without a subject: "dat ze zichzelf iets
    # aandoet", "mijn dochter snijdt zichzelf", "hij gaat z'n eigen iets aandoen".
    r"{SELF_O} {ADV}(?:iets |wat )?{ADV}(?:(?:wil|wou|zal|gaat|zou|kan|gaan|zullen) {ADV})?"
    r"{HURT_O}",
    r"{SELF_O} {ADV}(?:iets|wat) aan {ADV}(?:wil|zal|gaat|zou|kan) doen",
    r"(?:doet|deed|doen) {ADV}{SELF_O} {ADV}(?:pijn|iets aan|wat aan)",
    r"(?:snijdt|sneed|krast|kraste|kerft|verwondt|verwondde|brandt|verhangt|verhing|doodt)"
    r" {ADV}(?:zichzelf|z'n eigen|zijn eigen|haar eigen|d'r eigen)(?! (?:aan|bij|met|tijdens|per"
    r"|in (?:de|zijn|z'n|haar|d'r) (?:vinger|duim|hand)\w*) )",
    r"(?:hangt|hing) {ADV}(?:zichzelf|zich) {ADV}op",
    # "mijn zoon ziet het niet meer zitten": said of someone else, often a
    # careful way to say it.
    r"{SUBJ_O} {GAP_O}(?:ziet|zag|zien) {ADV}(?:het|het leven|het allemaal|dat|dit) {ADV}"
    r"(?:niet|niet echt) meer zitten(?= (?:#|,|@\S+|en|maar) )",
    r"{SUBJ_O} (?:het|het leven|het allemaal) {ADV}niet meer (?:ziet|zag|zien) zitten",
    # English.
    r"(?:my (?:\S+ )?(?:son|daughter|friend|mom|mother|dad|father|brother|sister|wife|husband"
    r"|partner|boyfriend|girlfriend|kid|child)|he|she|they) (?:wants|want|wanted|is going|is"
    r" planning|says (?:he|she) wants|talks about wanting) to (?:die|kill (?:himself|herself"
    r"|themselves)|end (?:his|her|their) life)",
    r"(?:kill|killing|kills) (?:himself|herself|themselves)|(?:he|she|they|he's|she's|they're)"
    r" (?:is |are )?suicidal",
]

# A voice that tells the person to hurt or kill themselves (command hallucinations).
_CLEAR_COMMAND_VOICE: Final = [
    r"(?:stem|stemmen|stemmetje|iets|iemand) *4 (?:zegt|zeggen|zei|zeiden|vertelt|vertellen"
    r"|beveelt|bevelen|wil|willen|fluistert|fluisteren|roept|roepen|dwingt|dwingen|schreeuwt"
    r"|schreeuwen|herhaalt|blijft zeggen) *4 (?:dat )?(?:ik|me|mij|mezelf) *4 (?:moet|zal|mag"
    r"|ga|te) *4 (?:springen|spring|sterven|dood|snijden|snijd|doden|pijn doen|iets aandoen"
    r"|ophangen|verdrinken|pillen|slikken|te gaan|verdwijnen|er een eind aan)",
    r"(?:stem|stemmen) *6 (?:opdracht|bevel|bevelen|opdrachten) *6 (?:sterven|dood|snijden|pijn"
    r"|springen|doden|iets aan te doen)",
    # Verb last: "de stemmen zeggen dat ik mezelf pijn moet doen".
    r"(?:stem|stemmen) *4 (?:zegt|zeggen|zei|zeiden|vertelt|vertellen|wil|willen|fluistert"
    r"|roept|roepen|dwingt|dwingen|schreeuwt|blijft zeggen) *3 dat (?:ik|je) *3 (?:pijn moet doen"
    r"|iets moet aandoen|moet aandoen|dood moet|moet sterven|moet springen|moet snijden"
    r"|moet doden|moet ophangen|dood moet gaan)",
]

# With a worry about someone else, these bring the user in: "mijn zoon wil
# dood, en ik ook", "net als ik", "we willen allebei ...".
_ME_TOO: Final = [
    r"(?:en|maar|,|#) ik {ADV}ook(?= (?:#|,|@\S+|en|maar|wel|soms|eigenlijk|niet|hoor|al"
    r"|weleens) )",
    r"net (?:als|zoals) ik|zoals ik(?= (?:#|,) )|(?:wij|we) {ADV}(?:allebei|alle twee|beiden)",
]

# Taking it back after the bot reacted: "grapje", "was maar een geintje".
_JOKE: Final = [
    r"grapje\w*|geintje\w*|grap|gein|jk|jking|jokes|joke|joking|kidding|just kidding|dolletje",
    r"niet serieus|niet gemeend|niet zo bedoeld|niet echt (?:hoor|bedoeld|gemeend)",
    r"(?:meende|meen) (?:het|ik het|dat|ik dat|ik) {ADV}niet",
    r"(?:zit|zat) {ADV}te (?:dollen|geinen|klieren|fokken|stangen|gekken|ouwehoeren|trollen)",
    r"overdrijf|overdreef|overdreven|ironisch|sarcastisch|sarcasme|trollen",
]
_ONLY_LAUGHTER: Final = re.compile(
    r"^(?=.*@lach)(?: (?:@lach|#|,|@emo|nee|neen|neej|hoor|joh|man|ok|oke))+ $"
)

_IDIOMS: Final = _compile(_IDIOM_SPECS)
_CLEAR: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("method", _compile(_CLEAR_METHOD)),
    ("explicit", _compile(_CLEAR_EXPLICIT)),
    ("self_harm", _compile(_CLEAR_SELF_HARM)),
    ("command_voice", _compile(_CLEAR_COMMAND_VOICE)),
    ("passive_wish", _compile(_CLEAR_PASSIVE)),
    ("burden", _compile(_CLEAR_BURDEN)),
    ("goodbye", _compile(_CLEAR_GOODBYE)),
)
_UNCLEAR: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("self_harm", _compile(_UNCLEAR_SELF_HARM)),
    ("passive_wish", _compile(_UNCLEAR_PASSIVE)),
    ("method", _compile(_UNCLEAR_METHOD)),
    ("burden", _compile(_UNCLEAR_BURDEN)),
    ("goodbye", _compile(_UNCLEAR_GOODBYE)),
    ("hopeless", _compile(_UNCLEAR_HOPELESS)),
    ("slang", _compile(_UNCLEAR_SLANG)),
)
_HYPERBOLE: Final = _compile(_UNCLEAR_HYPERBOLE)
_TOPIC_RE: Final = _compile(_TOPIC)
_SKULL_CONTEXT: Final = _compile(_SKULL_WORDS)
_REUNION_RE: Final = _compile(_REUNION)
_GRIEF_RE: Final = _compile(_GRIEF_CONTEXT)
_THIRD_PARTY_RE: Final = _compile(_THIRD_PARTY)
_OTHER_RE: Final = _compile_shared_start(_OTHER_SPECS, "{SUBJ_O} ")
_ME_TOO_RE: Final = _compile(_ME_TOO)
_JOKE_RE: Final = _compile(_JOKE)

# --------------------------------------------------------------------------
# Token repair
# --------------------------------------------------------------------------
# Short forms that fuzzy matching must not touch (too short to be safe), from
# Flemish, chat spelling and common slips.
_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "k": ("ik",),
    "ikke": ("ik",),
    "ic": ("ik",),
    "ikk": ("ik",),
    "nie": ("niet",),
    "ni": ("niet",),
    "nt": ("niet",),
    "nit": ("niet",),
    "niett": ("niet",),
    "mer": ("meer",),
    "dod": ("dood",),
    "doot": ("dood",),
    "zjin": ("zijn",),
    "zyn": ("zijn",),
    "wl": ("wil",),
    "wilt": ("wil",),
    "mijzelf": ("mezelf",),
    "mzelf": ("mezelf",),
    "mezelve": ("mezelf",),
    "mijzelve": ("mezelf",),
    "mezelfs": ("mezelf",),
    "t": ("het",),
    "da": ("dat",),
    "mn": ("m'n",),
    "wanna": ("want", "to"),
    "gonna": ("going", "to"),
    "dont": ("don't",),
    "cant": ("can't",),
    "im": ("i'm",),
    "ff": ("even",),
    "zelfmoordt": ("zelfmoord",),
}

# Look-alike letters from other scripts and digits used as letters.
_HOMOGLYPHS: Final = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ο": "o",
        "α": "a",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
    }
)
_LEET: Final = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})

_LAUGH: Final = frozenset("😂🤣😆😅😹😄😁😃😀😜😝😛🤪😸")
_SKULL: Final = frozenset("💀☠⚰🪦")
_SAD: Final = frozenset("😭😢😞😔😩😫😿💔🥀🖤😥😓😪🥺☹🙁")
# Means as emoji keep their meaning ("💊💊💊 allemaal"): the classifier's word classes
# (bot/data/safety_concepts.toml) read them like the words.
_MEANS_EMOJI: Final = {"💊": "@pill", "🔪": "@knife", "🗡": "@knife", "🩸": "@blood", "🔫": "@gun"}
_EMOJI_TOKENS: Final = {
    **dict.fromkeys(_LAUGH, "@lach"),
    **dict.fromkeys(_SKULL, "@skull"),
    **dict.fromkeys(_SAD, "@sad"),
    **_MEANS_EMOJI,
}
_LAUGH_WORD: Final = re.compile(r"(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|ah(?:ah)+a?|lol+|lmao|xd|xp")

_PIECE: Final = re.compile(r"[a-z0-9']+|[.!?;:]+|,|\S")
# "z.e.l.f.m.o.o.r.d" and "z-e-l-f": letters split by dots or dashes.
_SPELLED_OUT: Final = re.compile(r"(?<![a-z])(?:[a-z][.\-_*]){3,}[a-z](?![a-z])")
_SEPARATORS: Final = re.compile(r"[.\-_*]")


def _literal_words(specs: Iterable[str]) -> set[str]:
    """The plain words a list of pattern specs mentions (macros expanded)."""
    found: set[str] = set()
    for spec in specs:
        src = _expand(spec)
        # Drop regex syntax ("(?:", "\w", "{0,2}") before picking words out.
        src = re.sub(r"\\[a-zA-Z]|\(\?[:!=<]+|\{\d+,\d+\}", " ", src)
        found.update(re.findall(r"[a-z][a-z']+", src))
    return found


_RISK_SPECS: Final = (
    _CLEAR_METHOD
    + _CLEAR_EXPLICIT
    + _CLEAR_SELF_HARM
    + _CLEAR_COMMAND_VOICE
    + _CLEAR_PASSIVE
    + _CLEAR_BURDEN
    + _CLEAR_GOODBYE
    + _UNCLEAR_SELF_HARM
    + _UNCLEAR_PASSIVE
    + _UNCLEAR_METHOD
    + _UNCLEAR_BURDEN
    + _UNCLEAR_GOODBYE
    + _UNCLEAR_HOPELESS
    + _UNCLEAR_HYPERBOLE
    + _UNCLEAR_SLANG
    + _SKULL_WORDS
    + _TOPIC
)
# Not in _RISK_SPECS: names of relatives ("ma", "pa", "man") must not become
# pieces that glued tokens are split into.
_ALL_SPECS: Final = _RISK_SPECS + _OTHER_SPECS + _ME_TOO + _IDIOM_SPECS + _JOKE
# Every word the patterns can react to. Tokens already in here are left alone.
_VOCAB: Final = frozenset(_literal_words(_ALL_SPECS) | {"ik", "niet", "wil", "zijn"})
# Typo targets: only longer words, where one or two slips still leave a word
# that nothing else in Dutch is close to.
_FUZZ_VOCAB: Final = tuple(
    sorted(
        {w for w in _VOCAB if len(w) >= 5 and w.isalpha()}
        | {"zelfmoord", "zelfdoding", "suicide", "suicidaal", "zelfbeschadiging", "automutilatie"}
    )
)
# Compound heads that are often typed wrong inside longer words
# ("zelfmoortgedachten").
_STEMS: Final = ("zelfmoord", "zelfdoding", "zelfbeschadiging", "suicid")
# Pieces a glued token may be split into ("ikwilernietmeerzijn"): words of
# the risk patterns only, and no chat abbreviations ("soms" is not "so kms").
_SEG_VOCAB: Final = frozenset(
    {w for w in _literal_words(_RISK_SPECS) if w.isalpha() and len(w) >= 2}
    - {"kms", "kys", "jk", "im", "so", "nt", "ff", "wl", "da", "mn", "ic"}
    | {"nie", "ni"}
)
_SEG_MAX_PIECE: Final = max(len(w) for w in _SEG_VOCAB)
_JOIN_VOCAB: Final = frozenset(w for w in _VOCAB if len(w) >= 6 and w.isalpha())
_MAX_REPAIR_LEN: Final = 40
_LANGS: Final = ("nl", "en")  # English too: "suicidal" must not become "suicid al"


def _known(word: str) -> bool:
    """True for a real Dutch or English word, which is never 'repaired'."""
    return simplemma.is_known(word, lang=_LANGS)


# Load both dictionaries now, not on a person's message: "dood" alone is found in the
# Dutch one, and the English one would wait for the first unknown word (0.35 s then).
for _lang in _LANGS:
    simplemma.is_known("dood", lang=_lang)


def _segment(word: str) -> list[str] | None:
    """Split a glued token into pattern words, fewest pieces first, or None."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - _SEG_MAX_PIECE), end):
            prev = best[start]
            if prev is None:
                continue
            piece = word[start:end]
            # A lone "k" is Flemish "'k" (ik), and only at the start: "kwil".
            if piece in _SEG_VOCAB or (start == 0 and piece == "k"):
                cand = [*prev, piece]
                current = best[end]
                if current is None or len(cand) < len(current):
                    best[end] = cand
    result = best[n]
    return result if result is not None and len(result) >= 2 else None


def _fuzz(word: str) -> str | None:
    """The risk word this unknown token is a typo of, if one is close enough.

    One slip (typo, missing or doubled letter, swapped pair) is allowed, two in
    words of eight letters or more; in four-letter words only a dropped letter. A
    changed first letter counts only in long words ("selfmoord"): in short ones it
    turns "eeven" into "leven".
    """
    max_edits = 1 if len(word) < 8 else 2
    hits = process.extract(word, _FUZZ_VOCAB, scorer=OSA.distance, score_cutoff=max_edits, limit=4)
    for target, edits, _ in hits:
        # Four letters: only a dropped letter of a five-letter word ("lven", "levn").
        if len(word) == 4 and len(target) != 5:
            continue
        if target[0] == word[0] or (len(word) >= 8 and edits <= 1):
            return target
    for stem in _STEMS:
        size = len(stem)
        if len(word) <= size + 1:
            continue
        for cut in (size - 1, size, size + 1):
            if OSA.distance(word[:cut], stem, score_cutoff=1) <= 1:
                return stem
    return None


def _repair(word: str, out: list[str]) -> None:
    """Append the repaired form(s) of one word token to ``out``."""
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        word = word.translate(_LEET)  # "z3lfm00rd"
    alias = _ALIASES.get(word)
    if alias is not None:
        out.extend(alias)
        return
    if _LAUGH_WORD.fullmatch(word):
        out.append("@lach")
        return
    if (
        word in _VOCAB
        or len(word) < 3
        or len(word) > _MAX_REPAIR_LEN
        or not word.isalpha()
        or _known(word)
    ):
        out.append(word)
        return
    pieces = _segment(word)
    if pieces is not None:
        for piece in pieces:
            out.extend(_ALIASES.get(piece, (piece,)))
        return
    if len(word) >= 4:
        fixed = _fuzz(word)
        if fixed is not None:
            out.append(fixed)
            return
    out.append(word)


def canonical(text: str) -> str:
    """The message as space-separated repaired tokens, framed by clause marks."""
    norm = normalise(text).translate(_HOMOGLYPHS)
    if "." in norm or "-" in norm or "_" in norm or "*" in norm:
        norm = _SPELLED_OUT.sub(lambda m: _SEPARATORS.sub("", m.group()), norm)
    raw: list[str] = []
    for piece in _PIECE.findall(norm):
        first = piece[0]
        if first.isalnum() or first == "'":
            raw.append(piece.strip("'") or piece)  # as bot.core.language.normalise.words does
        elif first in ".!?;:":
            raw.append("#")
        elif piece == ",":
            raw.append(",")
        else:
            emoji = _EMOJI_TOKENS.get(piece)
            if emoji is not None:
                raw.append(emoji)
            elif emoji_of(piece):
                raw.append("@emo")
    raw = _join_spelled_letters(raw)
    tokens: list[str] = []
    for tok in raw:
        if tok[0] in "#,@":
            tokens.append(tok)
        else:
            _repair(tok, tokens)
    _join_split_words(tokens)
    return " # " + " ".join(tokens) + " # "


def _join_spelled_letters(tokens: list[str]) -> list[str]:
    """Glue runs of four or more single letters back together ("z e l f ...")."""
    out: list[str] = []
    run: list[str] = []
    for tok in [*tokens, "#"]:
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if len(run) >= 4:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        out.append(tok)
    out.pop()  # the sentinel
    return out


def _join_split_words(tokens: list[str]) -> None:
    """Join neighbours that form a pattern word ("zelf moord", "me zelf"), in place."""
    i = 0
    while i < len(tokens) - 1:
        joined = tokens[i] + tokens[i + 1]
        if joined in _JOIN_VOCAB and tokens[i] not in _JOIN_VOCAB:
            tokens[i : i + 2] = [joined]
        else:
            i += 1


# --------------------------------------------------------------------------
# The screen
# --------------------------------------------------------------------------


def screen(text: str, *, previous_flagged: bool = False) -> Screening:
    """The rules' verdict on one message (see :func:`screen_canonical`)."""
    return screen_canonical(canonical(text), previous_flagged=previous_flagged)


def screen_canonical(
    canon: str, *, previous_flagged: bool = False, scan: str | None = None
) -> Screening:
    """Screen one message, given as its canonical string. Clear beats unclear beats none.

    ``previous_flagged`` says the user's previous message was screened clear or
    unclear; a "grapje" now is then itself a reason to check in.

    Worry about someone else is ``someone_else``, unless the user's own risk
    shows too: the words about the other person are masked and the rest of the
    message is screened as usual, so "ik wil dood, net als mijn broer" and "mijn
    zoon wil dood, en ik ook" take the user's own crisis path.
    """
    if scan is None:  # callers that already made idioms inert pass it (bot.core.safety.screen)
        scan = without_idioms(canon)
    if _OTHER_RE.search(scan):
        if _ME_TOO_RE.search(scan):
            return Screening("clear", "explicit")
        own = _screen_own(_OTHER_RE.sub(" @other", scan), canon, previous_flagged=False)
        return own if own.level != "none" else _SOMEONE_ELSE
    return _screen_own(scan, canon, previous_flagged=previous_flagged)


def _screen_own(scan: str, canon: str, *, previous_flagged: bool) -> Screening:
    """The user's own risk in the idiom-free canonical string ``scan``."""
    for reason, pattern in _CLEAR:
        if pattern.search(scan):
            if reason == "method" and _THIRD_PARTY_RE.search(canon):
                reason = "third_party_method"
            return Screening("clear", reason)

    for reason, pattern in _UNCLEAR:
        if pattern.search(scan):
            return Screening("unclear", reason)
    if " @lach " not in scan and _HYPERBOLE.search(scan):
        return Screening("unclear", "hopeless")
    if " @skull " in scan and _SKULL_CONTEXT.search(scan):
        return Screening("unclear", "hopeless")
    if _REUNION_RE.search(scan) and _GRIEF_RE.search(scan):
        return Screening("unclear", "passive_wish")

    if previous_flagged and (_JOKE_RE.search(scan) or _ONLY_LAUGHTER.match(scan)):
        return Screening("unclear", "joke_after_disclosure")
    if _TOPIC_RE.search(scan):
        return Screening("unclear", "topic")
    return _NONE


def without_idioms(canon: str) -> str:
    """The canonical string with idiom spans ("dood van het lachen") made inert."""
    return _IDIOMS.sub(" @idiom", canon)


compile_specs = _compile
